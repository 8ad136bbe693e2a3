// Which files of a split build are fetched only on demand, never precached nor preloaded: the
// modules of the splits named `team_…` (team sync, src/ui/shell/screens.rs) and every chunk
// only they use, read from the loader wasm-split-cli wrote (__wasm_split-<hash>.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ON_DEMAND_SPLIT = /^team_/;

/** The names of the on-demand files in the build folder `dir` (none in a build not split). */
export function onDemandFiles(dir) {
  const loaderName = readdirSync(dir).find((name) => /^__wasm_split-[0-9a-f]+\.js$/.test(name));
  if (!loaderName) return [];
  const loader = readFileSync(join(dir, loaderName), 'utf8');

  const chunkFiles = new Map(
    [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
      .map(([, variable, file]) => [variable, file]),
  );
  const splits = loader.split(/^export const __wasm_split_load_/m).slice(1).map((block) => ({
    name: block.match(/^(\w+) =/)[1],
    file: block.match(/new URL\("\.\/(split_[^"]+)"/)?.[1],
    chunks: [...(block.match(/\[([^\]]*)\]\)\);\s*$/)?.[1] ?? '').matchAll(/__chunk_\d+/g)].map(([v]) => v),
  }));
  if (splits.length === 0) throw new Error(`${loaderName}: no split loaders found; has wasm-split-cli's output changed?`);

  const needed = new Set(splits.filter((s) => !ON_DEMAND_SPLIT.test(s.name)).flatMap((s) => s.chunks));
  return splits
    .filter((s) => ON_DEMAND_SPLIT.test(s.name))
    .flatMap((s) => [s.file, ...s.chunks.filter((c) => !needed.has(c)).map((c) => chunkFiles.get(c))])
    .filter(Boolean);
}
