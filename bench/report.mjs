// The benchmark's markdown report: every figure with its target, and ratios to the floor.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (x === undefined || x === null || Number.isNaN(x) ? 'n/a' : `${x} ms`);
const spread = (s) => (s ? `${ms(s.median)} (p95 ${s.p95}, ${s.min}–${s.max}, n=${s.runs})` : 'n/a');
const check = (ok) => (ok ? '✅' : '❌');

export function markdown(report) {
  const { app, floor } = report.size;
  const lines = [
    `# Benchmark, ${report.date}`,
    '',
    `Release build, headless Chromium, CPU throttled ${report.throttle}x, ${report.runs} runs; median (p95, min–max, n).`,
    '',
    '## First load (html + js + main wasm + css: what Today needs)',
    '',
    '| build | raw | gzip | brotli |',
    '|---|---|---|---|',
    `| app | ${kb(app.raw)} | ${kb(app.gzip)} | ${kb(app.brotli)} ${check(app.brotli <= 150 * 1024)} (target ≤ 150 KB) |`,
    `| floor (minimal Leptos page) | ${kb(floor.raw)} | ${kb(floor.gzip)} | ${kb(floor.brotli)} |`,
    `| app / floor | ${(app.raw / floor.raw).toFixed(1)}x | ${(app.gzip / floor.gzip).toFixed(1)}x | ${(app.brotli / floor.brotli).toFixed(1)}x |`,
    '',
    '| app file | raw | gzip | brotli |',
    '|---|---|---|---|',
    ...Object.entries(app.files).map(([name, f]) => `| ${name.replace(/-[0-9a-f]{16}/, '')} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
    ...(app.chunks?.count
      ? [`| the other screens' ${app.chunks.count} chunks, fetched after Today paints | ${kb(app.chunks.raw)} | ${kb(app.chunks.gzip)} | ${kb(app.chunks.brotli)} |`]
      : []),
    ...weights(report.weights),
    '',
    `Floor cold start: ${spread(report.floorColdStart)}. Floor keystroke to next frame: ${spread(report.floorKeystrokeToPaint)}.`,
  ];
  for (const d of report.datasets) {
    const ratio = d.coldStart.median / report.floorColdStart.median;
    const records = Object.entries(d.records).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ');
    lines.push(
      '',
      `## Dataset ${d.label}: ${records}`,
      '',
      '| measure | result | target |',
      '|---|---|---|',
      `| cold start from the service worker to Today with data | ${spread(d.coldStart)}; ${ratio.toFixed(2)}x the floor${d.servedFromWorker ? '' : ' (NOT from the service worker)'} | ≤ 1.5x floor and < 400 ms ${check(ratio <= 1.5 && d.coldStart.median < 400)} |`,
      `| … until Today shows the database's lists (the above paints the last start's snapshot) | ${spread(d.coldStartFromDatabase)} | |`,
      `| open a person with 50 meetings (in-app link) | ${spread(d.openPersonWith50Meetings)} | |`,
      `| open People (in-app link): first cards shown | ${spread(d.openPeople)} | ≤ 1.5x Today's ${ms(d.coldStartFromDatabase.median)} ${check(d.openPeople?.median <= 1.5 * d.coldStartFromDatabase.median)} |`,
      `| … until all it read is in (the page quiet) | ${spread(d.openPeopleQuiet)} | |`,
      `| open a debrief (in-app link): fields ready | ${spread(d.openDebrief)} | |`,
      `| … until all it read is in (the page quiet) | ${spread(d.openDebriefQuiet)} | |`,
      `| open the map (in-app link): first paint | ${spread(d.openMapPainted)} | < 1 s ${check(d.openMapPainted?.median < 1000)} |`,
      `| … until the map is drawn (laid out a slice at a time) | ${spread(d.openMapDrawn)} | |`,
      `| panning and zooming the map: long tasks (> 50 ms) | ${d.longTasksWhilePanning.count}, longest ${d.longTasksWhilePanning.max} ms | none over 100 ms ${check(d.longTasksWhilePanning.max <= 100)} |`,
      `| search index build (in the background) | ${spread(d.searchIndexBuild)} | does not block the first screen |`,
      `| search: the query itself (10 queries) | ${spread(d.searchQuery)} | < 30 ms ${check(d.searchQuery.p95 < 30)} |`,
      `| search: keystroke to results painted | ${spread(d.searchToPaint)} | |`,
      `| typing a note: keystroke to next frame | ${spread(d.keystrokeToPaint)}; ${(d.keystrokeToPaint.median / report.floorKeystrokeToPaint.median).toFixed(2)}x the floor | p95 < 16 ms ${check(d.keystrokeToPaint.p95 < 16)} |`,
      `| typing: key events over 16 ms (Event Timing) | ${d.slowKeyEvents.count}, longest ${d.slowKeyEvents.max} ms | |`,
      `| typing: long tasks (> 50 ms) | ${d.longTasksWhileTyping.count}, longest ${d.longTasksWhileTyping.max} ms | none ${check(d.longTasksWhileTyping.count === 0)} |`,
      `| save latency (IndexedDB put to commit) | ${spread(d.save)} | |`,
      `| backup import | ${spread(d.import)} | |`,
      `| backup export | ${spread(d.export)}, ${kb(d.export.bytes)} | |`,
      ...(d.exportProtected ? [`| backup export, protected by a passphrase | ${spread(d.exportProtected)}, ${kb(d.exportProtected.bytes)} | |`] : []),
      `| memory after search and typing | JS heap ${kb(d.memory.jsHeapUsed)}, wasm ${kb(d.memory.wasmMemory ?? 0)} | |`,
      ...locked(d),
      '',
      `Timeline of the first run's start and person page (ms since navigation): ${(d.loadsDuringStart ?? []).join('; ')}.`,
      '',
      '| query | found | query itself | keystroke to paint |',
      '|---|---|---|---|',
      ...d.perQuery.map((q) => `| \`${q.q}\` | ${q.found} | ${ms(q.query.median)} (max ${q.query.max}) | ${ms(q.toPaint.median)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The rows measured with the lock on, against the same dataset's unlocked figures. */
function locked(d) {
  const l = d.locked;
  if (!l) return [];
  const toToday = l.unlockToToday.median / d.coldStart.median;
  const typing = l.keystrokeToPaint.median / d.keystrokeToPaint.median;
  return [
    `| lock: turning it on (sealing everything stored) | ${ms(l.turnOn)} | |`,
    `| lock: cold start until the lock screen shows | ${spread(l.lockScreen)} | |`,
    `| lock: the key made from the PIN (PBKDF2, 600,000 iterations) | ${spread(l.keyFromPasscode)} | |`,
    `| lock: tap on Unlock to Today with data | ${spread(l.unlockToToday)}; ${toToday.toFixed(2)}x the unlocked cold start | ≤ 2x ${check(toToday <= 2)} |`,
    `| … until Today shows the database's lists | ${spread(l.unlockToTodayFromDatabase)} | |`,
    `| lock: typing a note, keystroke to next frame | ${spread(l.keystrokeToPaint)}; ${typing.toFixed(2)}x unlocked | ≤ 1.2x ${check(typing <= 1.2)} |`,
    `| lock: save latency | ${spread(l.save)} | |`,
  ];
}

/** The wasm's code by origin, as shares (they hold through wasm-opt, which drops the names). */
function weights(w) {
  if (!w) return [];
  return [
    '',
    `What weighs in the wasm: ${kb(w.total)} of code and data in rustc's output, by origin (twiggy; \`bench/weights.mjs\`).`,
    '',
    '| origin | share | before wasm-opt |',
    '|---|---|---|',
    ...w.groups.map((g) => `| ${g.label} | ${((100 * g.bytes) / w.total).toFixed(1)}% | ${kb(g.bytes)} |`),
  ];
}
