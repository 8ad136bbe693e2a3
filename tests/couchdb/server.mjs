// Starts pouchdb-server, the CouchDB stand-in (CouchDB's HTTP and replication API, in memory),
// on loopback for a test, with an admin, a team database and its members: what a team sets
// up on its own CouchDB. Installed in this folder with its own lock file (see package.json).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const here = dirname(fileURLToPath(import.meta.url));
const BINARY = join(here, 'node_modules', '.bin', 'pouchdb-server');
export const ADMIN = { name: 'admin', password: 'admin-secret' };

/** Basic auth headers for `user`. */
export function auth({ name, password }) {
  return { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

/** Calls the server: the parsed reply and its status. */
export async function call(base, method, path, { user, body, headers = {} } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(user ? auth(user) : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, json, headers: response.headers };
}

/**
 * Starts a server on `port`, in a working folder of its own (it writes its config and log
 * there), with an admin; returns its address and a stop().
 */
export async function startServer(port) {
  const folder = mkdtempSync(join(tmpdir(), 'couchdb-stand-in-'));
  const server = spawn(BINARY, ['--in-memory', '--host', '127.0.0.1', '--port', String(port), '-n'], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  server.stderr.on('data', (chunk) => (errors += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (server.exitCode !== null || i > 150) throw new Error(`pouchdb-server did not start: ${errors}`);
    }
    await sleep(100);
  }
  const admin = await call(base, 'PUT', '/_config/admins/admin', { body: ADMIN.password });
  if (admin.status >= 300) throw new Error(`no admin: ${admin.status}`);
  return {
    base,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Makes `database` with `members` (users made too), as a team's administrator would. */
export async function makeTeamDatabase(base, database, members) {
  for (const member of members) {
    await call(base, 'PUT', `/_users/org.couchdb.user:${member.name}`, {
      user: ADMIN,
      body: { name: member.name, password: member.password, roles: [], type: 'user' },
    });
  }
  await call(base, 'PUT', `/${database}`, { user: ADMIN });
  const security = await call(base, 'PUT', `/${database}/_security`, {
    user: ADMIN,
    body: { admins: { names: [ADMIN.name], roles: [] }, members: { names: members.map((m) => m.name), roles: [] } },
  });
  if (security.status >= 300) throw new Error(`no _security: ${security.status}`);
}
