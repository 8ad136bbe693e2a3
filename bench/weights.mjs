// What weighs in the wasm: the code of rustc's wasm (before wasm-bindgen and wasm-opt, which
// keep the proportions and drop the names), grouped by where it comes from, from twiggy's
// list of every item. Usage: node bench/weights.mjs <twiggy top --format csv output> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';

/** Where an item of code comes from, judged by its (demangled) name; first match wins. */
const GROUPS = [
  ['data (strings, tables)', (name) => name.startsWith('data segment')],
  ['serde: derives, serde_json, serde-wasm-bindgen', (name) => name.includes('serde')],
  [
    'Leptos: reactive_graph, tachys, router (our views are compiled into their generics)',
    (name) => /reactive_graph|tachys|leptos|any_spawner|either_of|throw_error|or_poisoned/.test(name),
  ],
  ['one_on_one: our own code, outside the above', (name) => name.includes('one_on_one')],
  ['chrono', (name) => name.includes('chrono')],
  ['icalendar', (name) => name.includes('icalendar')],
  ['indexed_db_futures', (name) => name.includes('indexed_db')],
  ['wasm-bindgen, js-sys, web-sys, gloo', (name) => /js_sys|web_sys|wasm_bindgen|gloo/.test(name)],
  ['std: core, alloc, hashbrown, dlmalloc', (name) => /^<?((core|alloc|std|hashbrown|dlmalloc|compiler_builtins)(\[[0-9a-f]+\])?::|(str|char)>)|^<T as (core|alloc)::/.test(name)],
  ['other', () => true],
];

/** Items that are not code of the shipped wasm: names, and what wasm-bindgen strips. */
const notShipped = (name) =>
  name.startsWith('"function names"') || name.startsWith('custom section') || name.includes('__wbindgen_describe');

/** Parses one CSV line of twiggy's output (quoted fields may hold commas and doubled quotes). */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}

export function weigh(csv) {
  const groups = new Map(GROUPS.map(([label]) => [label, { bytes: 0, items: 0 }]));
  let total = 0;
  for (const line of csv.split('\n').slice(1)) {
    if (!line) continue;
    const [name, shallow] = fields(line);
    const bytes = Number(shallow);
    if (!Number.isFinite(bytes) || notShipped(name)) continue;
    const [label] = GROUPS.find(([, test]) => test(name));
    const group = groups.get(label);
    group.bytes += bytes;
    group.items += 1;
    total += bytes;
  }
  return {
    total,
    groups: [...groups].map(([label, g]) => ({ label, ...g })).sort((a, b) => b.bytes - a.bytes),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [csvPath, outPath] = process.argv.slice(2);
  const weights = weigh(readFileSync(csvPath, 'utf8'));
  writeFileSync(outPath, JSON.stringify(weights, null, 2));
  for (const g of weights.groups) {
    console.log(`  ${(g.bytes / 1024).toFixed(0).padStart(6)} KB ${((100 * g.bytes) / weights.total).toFixed(1).padStart(5)}%  ${g.label}`);
  }
}
