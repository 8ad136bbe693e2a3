// The build as a good static host serves it (scripts/compress.mjs writes the copies,
// serve.mjs picks one): brotli or gzip by the request's Accept-Encoding, with Content-Encoding
// and Vary, each copy decoding to the very bytes of its file; the page itself loads that way.
import { get } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures.mjs';

const DIST = new URL('../../dist/', import.meta.url);

/** GET `url` with `acceptEncoding`: the status, headers and raw body as sent. */
function fetchRaw(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('every text and wasm file is sent as brotli or gzip to a browser that takes it, as itself otherwise', async ({ baseURL }) => {
  const index = readFileSync(new URL('index.html', DIST), 'utf8');
  const wasm = index.match(/href="\/(one-on-one-[0-9a-f]+_bg\.wasm)"/)[1];
  const chunk = readFileSync(new URL('sw.js', DIST), 'utf8').match(/"\/(split_people_list-[0-9a-f]+\.wasm)"/)[1];
  for (const file of [wasm, chunk, 'sw.js']) {
    const original = readFileSync(new URL(file, DIST));
    const br = await fetchRaw(`${baseURL}/${file}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding'], file).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(Buffer.compare(brotliDecompressSync(br.body), original), file).toBe(0);
    expect(br.body.length).toBeLessThan(original.length);

    const gz = await fetchRaw(`${baseURL}/${file}`, 'gzip');
    expect(gz.headers['content-encoding'], file).toBe('gzip');
    expect(Buffer.compare(gunzipSync(gz.body), original), file).toBe(0);

    const plain = await fetchRaw(`${baseURL}/${file}`, '');
    expect(plain.headers['content-encoding'], file).toBeUndefined();
    expect(Buffer.compare(plain.body, original), file).toBe(0);
  }
  // A deep link gets the page compressed too.
  const page = await fetchRaw(`${baseURL}/people`, 'br');
  expect(page.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(page.body).toString()).toContain('<title>One-on-one</title>');
});

test('the app loads and runs from compressed files', async ({ page }) => {
  const encodings = [];
  page.on('response', (response) => {
    if (/\.(wasm|js)$/.test(new URL(response.url()).pathname)) encodings.push(response.headers()['content-encoding']);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(encodings.length).toBeGreaterThan(0);
  expect(encodings.every((encoding) => encoding === 'br' || encoding === 'gzip')).toBe(true);
});
