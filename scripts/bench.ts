/**
 * `npm run bench`: page weights (gzip), Worker size, search index size and load time,
 * search and bot latency in node and inside workerd. Medians and 95th percentiles; the
 * machine is shared and noisy, so compare figures, never assert them in tests.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { builtPageWeights, gz, workerGzip } from './lib/weights.ts';
import { createSearcher, type SearchData } from '../functions/lib/search.ts';
import { createBot, type BotData } from '../functions/lib/bot.ts';
import { summarise } from '../test/bench/stats.ts';
import { perItem } from '../test/bench/measure.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
console.log('Page weights (gzip KB: HTML + CSS + JS = total)');
for (const p of builtPageWeights()) console.log(`  ${p.url.padEnd(36)} ${kb(p.html)} + ${kb(p.css)} + ${kb(p.js)} = ${kb(p.total)}`);
const w = workerGzip();
console.log(`Worker bundle: ${kb(w.raw)} KB raw, ${kb(w.gzip)} KB gzip`);

const indexRaw = readFileSync('build/search-index.json', 'utf8');
console.log(`Search index: ${kb(Buffer.byteLength(indexRaw))} KB raw, ${kb(gz(indexRaw))} KB gzip`);

const loads: number[] = [];
let searcher = createSearcher(JSON.parse(indexRaw) as SearchData);
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  searcher = createSearcher(JSON.parse(indexRaw) as SearchData);
  loads.push(performance.now() - t0);
}
console.log(`node index-load ${summarise(loads)}`);
const queries = (parse(readFileSync('test/search-queries.yaml', 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q);
const times = perItem(queries, (q) => searcher.search(q, { limit: 10 }));
console.log(`node search ${summarise(times)}`);
const bot = createBot(JSON.parse(readFileSync('build/bot.json', 'utf8')) as BotData);
const questions = (parse(readFileSync('test/bot-questions.yaml', 'utf8')) as { questions: { q: string }[] }).questions.map((x) => x.q);
const botTimes = perItem(questions, (q) =>
  bot.answer(q, {}, (s) => searcher.search(s, { limit: 3 }).results.map((r) => ({ title: r.title, url: r.url, quote: r.snippet }))),
);
console.log(`node bot ${summarise(botTimes)}`);

const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], { encoding: 'utf8' });
const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes('BENCH ')).map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').replace(/.*BENCH /, ''));
if (!lines.length) console.log(`workerd bench did not report:\n${run.stdout}\n${run.stderr}`);
for (const l of lines) console.log(l);
