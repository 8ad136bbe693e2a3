// Trunk post-build hook: writes sw.js into the build from scripts/sw-template.js, with the list
// of every file of this build to precache and a version that changes whenever any file does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('run by trunk (TRUNK_STAGING_DIR) or with the build folder as argument');

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const hash = createHash('sha256');
const urls = files(dir)
  .map((path) => ({ path, url: '/' + relative(dir, path).split(sep).join('/') }))
  .filter(({ url }) => url !== '/sw.js')
  .sort((a, b) => a.url.localeCompare(b.url))
  .map(({ path, url }) => {
    hash.update(url).update(readFileSync(path));
    return url;
  });
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
const worker = template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(urls, null, 2));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`sw.js: ${urls.length} files precached, version ${version}`);
