// Checks the shape of src/ that the compiler does not: no import circles between files, the
// layers pointing one way, no component naming an IndexedDB index or reading a store field,
// no inner HTML, and no file over 400 lines.
// Usage: node scripts/check-layout.mjs [src]. Prints what it finds; exits 1 if anything.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'src';
const MAX_LINES = 400;
const problems = [];

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

// The module path of a file: src/ui/today/page.rs -> ["ui", "today", "page"].
function modulePath(file) {
  const parts = relative(root, file).replace(/\.rs$/, '').split('/');
  if (['mod', 'lib', 'main'].includes(parts.at(-1))) parts.pop();
  return parts;
}

// The file a module path names, or the file of its longest prefix that is a module (the rest
// names an item inside it).
function fileOf(segments) {
  for (let n = segments.length; n >= 0; n--) {
    const base = join(root, ...segments.slice(0, n));
    if (n === 0) return join(root, 'lib.rs');
    if (existsSync(`${base}.rs`)) return `${base}.rs`;
    if (existsSync(join(base, 'mod.rs'))) return join(base, 'mod.rs');
  }
  return null;
}

// Every path a file uses: `crate::a::b`, `super::a`, `self::a` and a child module's `a::b`
// (in a `use` or written inline), resolved to module segments from the crate root. `mod`
// declarations are not uses.
function usedPaths(file, text) {
  const here = modulePath(file);
  const isModRoot = /(^|\/)(mod|lib|main)\.rs$/.test(file);
  const children = new Set(
    [...text.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+([a-z_0-9]+)\s*;/gm)].map((m) => m[1]),
  );
  const code = text.replace(/\/\/.*$/gm, '');
  const paths = [];
  // Expand `use a::{b, c::{d}}` into a::b, a::c::d.
  const expand = (prefix, body) => {
    let depth = 0, start = 0;
    const items = [];
    for (let i = 0; i <= body.length; i++) {
      const c = body[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if ((c === ',' && depth === 0) || i === body.length) {
        items.push(body.slice(start, i).trim());
        start = i + 1;
      }
    }
    for (const item of items.filter(Boolean)) {
      const brace = item.indexOf('{');
      if (brace >= 0) expand(prefix + item.slice(0, brace), item.slice(brace + 1, item.lastIndexOf('}')));
      else paths.push((prefix + item).replace(/\s+as\s+\w+$/, ''));
    }
  };
  for (const m of code.matchAll(/\buse\s+([^;]+);/g)) expand('', m[1].replace(/\s+/g, ''));
  // Inline paths; a macro (`crate::impl_record!`) is exported from the crate root, not a use.
  for (const m of code.matchAll(/\b(?:crate|super)(?:::[A-Za-z_0-9]+)+(?!\s*!)/g)) paths.push(m[0]);
  const resolved = [];
  for (const path of paths) {
    const segments = path.split('::').filter((s) => s && s !== '*' && s !== 'self');
    if (segments[0] === 'crate') resolved.push(segments.slice(1));
    else if (segments[0] === 'super') {
      let up = here.slice(0, -1);
      let rest = segments.slice(1);
      while (rest[0] === 'super') {
        up = up.slice(0, -1);
        rest = rest.slice(1);
      }
      resolved.push([...up, ...rest]);
    } else if (isModRoot && children.has(segments[0])) resolved.push([...here, ...segments]);
  }
  return resolved;
}

const files = rustFiles(root);
const edges = new Map(files.map((f) => [f, new Set()]));
// The crate root (lib.rs, main.rs) wires every layer together; its own uses are not edges.
const isCrateRoot = (file) => ['lib.rs', 'main.rs'].includes(relative(root, file));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - 1;
  if (lines > MAX_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_LINES})`);
  if (isCrateRoot(file)) continue;
  for (const segments of usedPaths(file, text)) {
    const target = fileOf(segments);
    if (target && target !== file && edges.has(target)) edges.get(file).add(target);
  }
}

// Layers: domain uses nothing of ours outside domain; store uses domain (and platform's
// timing); nothing but store names IndexedDB.
const layer = (file) => modulePath(file)[0] ?? '';
const allowed = {
  domain: ['domain', ''],
  store: ['store', 'domain', 'platform'],
  platform: ['platform', 'domain'],
  ui: ['ui', 'store', 'platform', 'domain', ''],
};
for (const [file, targets] of edges) {
  const from = layer(file);
  for (const target of targets) {
    const to = layer(target);
    if (allowed[from] && !allowed[from].includes(to)) {
      problems.push(`${file}: the ${from} layer uses ${target}`);
    }
  }
}

// Only the store knows IndexedDB: its index names, key ranges and crate.
for (const file of files.filter((f) => layer(f) !== 'store')) {
  const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const named =
    text.match(/"by_[a-z_]+"|\bKeyRange\b|indexed_db_futures|\bIdb[A-Z]\w*/) ??
    // A component asks for what it shows, never for an index read, a key range or a field.
    (layer(file) === 'ui'
      ? text.match(/js_sys::Array|store::fields|\.(?:by_index|first_in_range|first_in_order|pick_all|pick_one|pick_each|delete_with_dependents)\b/)
      : null);
  if (named) problems.push(`${file}: names IndexedDB (${named[0]}); ask the store instead`);
}

// User text is never HTML.
for (const file of files) {
  if (/\binner_html\b|\.set_inner_html\(/.test(readFileSync(file, 'utf8'))) {
    problems.push(`${file}: sets inner HTML; user text renders as text`);
  }
}

// Circles: strongly connected components of more than one file (Tarjan).
let counter = 0;
const index = new Map(), low = new Map(), stack = [], onStack = new Set();
const circles = [];
function visit(v) {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) circles.push(component.sort());
  }
}
for (const file of files) if (!index.has(file)) visit(file);
for (const circle of circles) problems.push(`import circle: ${circle.join(' <-> ')}`);

if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
const edgeCount = [...edges.values()].reduce((n, s) => n + s.size, 0);
console.log(`layout ok: ${files.length} files, ${edgeCount} imports between them, no circle`);
