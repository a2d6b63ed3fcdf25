/**
 * `npm run bench`: page weights (gzip), Worker size, search index size and load time,
 * search and bot latency in node and inside workerd. Medians and 95th percentiles; the
 * machine is shared and noisy, so compare figures, never assert them in tests.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { builtPageWeights, gz, workerGzip } from './lib/weights.ts';
import { runLatencySuite } from '../test/bench/suite.ts';
import { startServer } from './lib/server.ts';
import { FCP_RATIO_BUDGET, measureFcp, startMinimalServer } from './lib/fcp.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSearcher, type SearchData } from '../functions/lib/search.ts';
import { createBot, searchSources, type BotData } from '../functions/lib/bot.ts';
import { QUESTION_INPUTS, SEARCH_INPUTS, report, type Input, type Timed } from '../test/bench/crafted.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
console.log('Page weights (gzip KB: HTML + CSS + JS = total)');
for (const p of builtPageWeights()) console.log(`  ${p.url.padEnd(36)} ${kb(p.html)} + ${kb(p.css)} + ${kb(p.js)} = ${kb(p.total)}`);
const w = workerGzip();
console.log(`Worker bundle: ${kb(w.raw)} KB raw, ${kb(w.gzip)} KB gzip`);

const indexRaw = readFileSync('build/search-index.json', 'utf8');
console.log(`Search index: ${kb(Buffer.byteLength(indexRaw))} KB raw, ${kb(gz(indexRaw))} KB gzip`);

const r = runLatencySuite({
  indexRaw,
  botRaw: readFileSync('build/bot.json', 'utf8'),
  queriesYaml: readFileSync('test/search-queries.yaml', 'utf8'),
  questionsYaml: readFileSync('test/bot-questions.yaml', 'utf8'),
});
for (const line of [r.first, r.load, r.search, r.bot]) console.log(`node ${line}`);

// Crafted input in node, in process (search, and the bot with search as its sources, as the
// Worker calls them): time per call and heap growth (peak while running, kept after a GC).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
{
  const searcher = createSearcher(JSON.parse(indexRaw) as SearchData);
  const bot = createBot(JSON.parse(readFileSync('build/bot.json', 'utf8')) as BotData);
  const sources = searchSources(searcher);
  const kbOf = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const cost = (inputs: Input[], call: (q: string) => unknown, label: string) => {
    const rows: Timed[] = [];
    const heap: string[] = [];
    for (const input of inputs) {
      const q = input.text.normalize('NFC'); // as the API cleans it
      for (let k = 0; k < 3; k++) call(q);
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = 0;
      const t0 = performance.now();
      for (let k = 0; k < 50; k++) {
        call(q);
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
      rows.push({ name: input.name, crafted: input.crafted, ms: (performance.now() - t0) / 50 });
      gc();
      heap.push(`  ${input.name.padEnd(40)} peak +${kbOf(peak)}, kept +${kbOf(Math.max(0, process.memoryUsage().heapUsed - before))} after 50 calls`);
    }
    for (const line of report(`node ${label}`, rows)) console.log(line);
    console.log(`node ${label}: heap growth`);
    for (const line of heap) console.log(line);
  };
  cost(SEARCH_INPUTS, (q) => searcher.search(q, { limit: 10 }), 'search (as /api/search, /tim-kiem/)');
  cost(QUESTION_INPUTS, (q) => bot.answer(q, {}, sources), 'bot (as /api/faq, /hoi-dap/)');
}

const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], { encoding: 'utf8' });
const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes('BENCH ')).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').replace(/.*BENCH /, ''));
if (!lines.length) console.log(`workerd bench did not report:\n${run.stdout}\n${run.stderr}`);
for (const l of lines) console.log(l);

// First contentful paint on the emulated slow line (needs Debian chromium), as a ratio to a
// minimal page (1 KB HTML + one 2 KB stylesheet) measured on the same line in the same run.
// FCP_PAGES=/a/,/b/ and FCP_RUNS=N narrow a run while working on one page.
const FCP_PAGES = [
  '/', '/ke-hoach/', '/ke-hoach/lao-cai-2020/', '/ke-hoach/ninh-thuan-2023/', '/ke-hoach/quang-ninh-2022/', '/so-sanh/', '/du-lieu/',
  '/gioi-thieu/', '/cai-nghien/', '/duong-day-nong/', '/tim-kiem/?q=cai+nghi%E1%BB%87n', '/hoi-dap/?q=methadone', '/lich/',
];
const { base, stop } = await startServer();
const minimal = await startMinimalServer();
try {
  const paths = process.env.FCP_PAGES ? process.env.FCP_PAGES.split(',') : FCP_PAGES;
  const [ref, ...fcp] = await measureFcp([`${minimal.base}/`, ...paths.map((p) => base + p)], Number(process.env.FCP_RUNS ?? 5));
  console.log(`First contentful paint, 400 kbit/s, 400 ms RTT, CPU 4x, cold (median of ${ref!.runs.length}); budget ${FCP_RATIO_BUDGET.toFixed(2)}x the minimal page:`);
  console.log(`  ${'minimal page (1 KB HTML + 2 KB CSS)'.padEnd(40)} ${(ref!.median / 1000).toFixed(2)} s  1.00x        (runs ${ref!.runs.map((t) => Math.round(t)).join(' ')} ms)`);
  const over: string[] = [];
  for (const f of fcp) {
    const ratio = f.median / ref!.median;
    if (ratio > FCP_RATIO_BUDGET) over.push(f.url.slice(base.length));
    console.log(`  ${f.url.slice(base.length).padEnd(40)} ${(f.median / 1000).toFixed(2)} s  ${ratio.toFixed(2)}x  ${ratio > FCP_RATIO_BUDGET ? 'FAIL' : 'PASS'}  (runs ${f.runs.map((t) => Math.round(t)).join(' ')} ms)`);
  }
  console.log(over.length ? `FCP budget: FAIL, ${over.length} of ${fcp.length} pages over ${FCP_RATIO_BUDGET.toFixed(2)}x: ${over.join(' ')}` : `FCP budget: PASS, all ${fcp.length} pages at or below ${FCP_RATIO_BUDGET.toFixed(2)}x`);
} finally {
  stop();
  await minimal.stop();
}
