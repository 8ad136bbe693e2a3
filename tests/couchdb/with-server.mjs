// Runs a command (the browser tests) beside a CouchDB stand-in on loopback: pouchdb-server with
// team databases ("team-web" for the connection check, "team-sync…" for syncing, one per
// test) whose member is ana, an account that is not a member (olga), and, for the connection
// check, a plain server that answers without CORS. Their addresses go to the command as
// COUCHDB_TEST_SERVER and NO_CORS_TEST_SERVER (the wasm tests read them when they are
// compiled). Usage: node tests/couchdb/with-server.mjs <command> [args...]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { startServer, makeTeamDatabase, call, ADMIN } from './server.mjs';

const port = Number(process.env.COUCHDB_TEST_PORT ?? 5991);
const server = await startServer(port);
const plain = createServer((_, response) => response.end('{"ok":true}'));
let code = 1;
try {
  await makeTeamDatabase(server.base, 'team-web', [{ name: 'ana', password: 'ana-secret-1' }]);
  for (const database of ['team-sync', 'team-sync-conflict', 'team-sync-stranger', 'team-sync-fresh', 'team-outbox']) {
    await makeTeamDatabase(server.base, database, [{ name: 'ana', password: 'ana-secret-1' }]);
  }
  await call(server.base, 'PUT', '/_users/org.couchdb.user:olga', {
    user: ADMIN,
    body: { name: 'olga', password: 'olga-secret-1', roles: [], type: 'user' },
  });
  await new Promise((done) => plain.listen(port + 1, '127.0.0.1', done));
  const [command, ...args] = process.argv.slice(2);
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      COUCHDB_TEST_SERVER: server.base,
      // Serve the test page as the app is served, without cross-origin isolation (COEP would
      // block the no-cors probe that tells a CORS refusal from a server that is down).
      WASM_BINDGEN_TEST_NO_ORIGIN_ISOLATION: '1',
      NO_CORS_TEST_SERVER: `http://127.0.0.1:${port + 1}`,
    },
  });
  code = await new Promise((done) => child.on('exit', (exit) => done(exit ?? 1)));
} finally {
  plain.close();
  server.stop();
}
process.exit(code);
