// Killing a browser as a crash or a phone's task killer would: no unload, no flush.
import { execSync } from 'node:child_process';

/** SIGKILLs every Chromium process started with this profile directory. */
export async function killChromiumUsing(profileDir) {
  // The bracket keeps the pattern from matching this shell's own command line.
  const pattern = `user-data-di[r]=${profileDir}`;
  execSync(`pkill -KILL -f -- '${pattern}' || true`);
  for (let i = 0; i < 50; i++) {
    try {
      execSync(`pgrep -f -- '${pattern}'`);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      return;
    }
  }
}
