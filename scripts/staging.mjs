// What the post-build steps share: the build folder they work on (Trunk's staging folder, or
// one given as argument when a step is run by hand) and every file under a folder.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The build folder: Trunk's staging folder, or the first argument. */
export function stagingDir() {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('run by trunk (TRUNK_STAGING_DIR) or with the build folder as argument');
  return dir;
}

/** The paths of every file under `folder`, in its subfolders too. */
export function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
