// What team sync relies on from a CouchDB server, checked against the stand-in the tests use
// (pouchdb-server) so a difference from CouchDB 3 shows here first, not as a sync bug:
// members only, CORS for the app's origin with credentials, revisions that refuse a stale
// write (one document or in bulk), and the changes feed from a sequence, deletions included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, makeTeamDatabase, call, ADMIN } from './server.mjs';

const ANA = { name: 'ana', password: 'ana-secret-1' };
const BEN = { name: 'ben', password: 'ben-secret-1' };
const OUTSIDER = { name: 'olga', password: 'olga-secret' };
const DB = 'eastside-council';
let server;

before(async () => {
  server = await startServer(Number(process.env.COUCHDB_PORT ?? 5990));
  await makeTeamDatabase(server.base, DB, [ANA, BEN]);
  await call(server.base, 'PUT', `/_users/org.couchdb.user:${OUTSIDER.name}`, {
    user: ADMIN,
    body: { name: OUTSIDER.name, password: OUTSIDER.password, roles: [], type: 'user' },
  });
});

after(() => server?.stop());

test('only the team database members read and write; others are told apart', async () => {
  const doc = { v: 1, sealed: 'AAAA' };
  assert.equal((await call(server.base, 'PUT', `/${DB}/a1`, { user: ANA, body: doc })).status, 201);
  const read = await call(server.base, 'GET', `/${DB}/a1`, { user: BEN });
  assert.equal(read.status, 200);
  assert.deepEqual({ v: read.json.v, sealed: read.json.sealed }, doc, 'stored as sent');
  assert.equal((await call(server.base, 'GET', `/${DB}/a1`)).status, 401, 'no credentials');
  const wrong = await call(server.base, 'GET', `/${DB}/a1`, { user: { ...ANA, password: 'nope' } });
  assert.equal(wrong.status, 401, 'a wrong password');
  const outsider = await call(server.base, 'GET', `/${DB}/a1`, { user: OUTSIDER });
  assert.ok([401, 403].includes(outsider.status), `not a member: ${outsider.status}`);
  assert.equal((await call(server.base, 'GET', '/no-such-team', { user: ADMIN })).status, 404);
});

test('the app on another origin may call it with credentials (CORS)', async () => {
  const origin = 'http://localhost:4180';
  const preflight = await fetch(`${server.base}/${DB}/_bulk_docs`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
  assert.ok(preflight.status < 300, `preflight ${preflight.status}`);
  const reply = await call(server.base, 'GET', `/${DB}`, { user: ANA, headers: { origin } });
  assert.equal(reply.headers.get('access-control-allow-origin'), origin);
  assert.equal(reply.headers.get('access-control-allow-credentials'), 'true');
});

test('a write from a stale revision is refused, alone or in bulk; the current one lands', async () => {
  const first = await call(server.base, 'PUT', `/${DB}/p1`, { user: ANA, body: { v: 1, sealed: 'one' } });
  const rev1 = first.json.rev;
  const second = await call(server.base, 'PUT', `/${DB}/p1`, { user: BEN, body: { _rev: rev1, v: 1, sealed: 'two' } });
  assert.equal(second.status, 201);
  const stale = await call(server.base, 'PUT', `/${DB}/p1`, { user: ANA, body: { _rev: rev1, v: 1, sealed: 'three' } });
  assert.equal(stale.status, 409);
  assert.equal((await call(server.base, 'PUT', `/${DB}/p1`, { user: ANA, body: { v: 1, sealed: 'x' } })).status, 409, 'no revision at all');
  const bulk = await call(server.base, 'POST', `/${DB}/_bulk_docs`, {
    user: ANA,
    body: { docs: [{ _id: 'p1', _rev: rev1, v: 1, sealed: 'stale' }, { _id: 'p2', v: 1, sealed: 'new' }] },
  });
  assert.equal(bulk.status, 201);
  const [p1, p2] = bulk.json;
  assert.deepEqual([p1.id, p1.error], ['p1', 'conflict']);
  assert.equal(p2.id, 'p2');
  assert.ok(p2.rev && !p2.error);
  const now = await call(server.base, 'GET', `/${DB}/p1`, { user: ANA });
  assert.equal(now.json.sealed, 'two', 'the refused writes changed nothing');
});

test('the changes feed gives every change after a sequence, deletions included', async () => {
  const start = await call(server.base, 'GET', `/${DB}/_changes?since=now`, { user: ANA });
  const since = start.json.last_seq;
  const made = await call(server.base, 'PUT', `/${DB}/s1`, { user: BEN, body: { v: 1, sealed: 'step' } });
  await call(server.base, 'DELETE', `/${DB}/s1?rev=${made.json.rev}`, { user: BEN });
  await call(server.base, 'PUT', `/${DB}/s2`, { user: BEN, body: { v: 1, sealed: 'other' } });
  const changes = await call(server.base, 'GET', `/${DB}/_changes?since=${encodeURIComponent(String(since))}&include_docs=true`, { user: ANA });
  assert.equal(changes.status, 200);
  const byId = Object.fromEntries(changes.json.results.map((r) => [r.id, r]));
  assert.deepEqual(Object.keys(byId).sort(), ['s1', 's2'], 'one entry per document, the latest');
  assert.equal(byId.s1.deleted, true);
  assert.equal(byId.s2.doc.sealed, 'other');
  const after = await call(server.base, 'GET', `/${DB}/_changes?since=${encodeURIComponent(String(changes.json.last_seq))}`, { user: ANA });
  assert.deepEqual(after.json.results, [], 'nothing twice');
});
