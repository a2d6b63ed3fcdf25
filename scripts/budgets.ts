/** Fails (exit 1) when a page, the Worker or the search index is over its budget. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_BUDGET, PAGE_BUDGET, WORKER_BUDGET, builtPageWeights, gz, workerGzip } from './lib/weights.ts';

const problems: string[] = [];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const p of builtPageWeights()) {
  if (p.total > PAGE_BUDGET) problems.push(`page ${p.url}: ${kb(p.total)} gzip > ${kb(PAGE_BUDGET)}`);
}
const w = workerGzip();
if (w.gzip > WORKER_BUDGET) problems.push(`Worker: ${kb(w.gzip)} gzip > ${kb(WORKER_BUDGET)}`);
const idx = join(process.cwd(), 'build', 'search-index.json');
if (existsSync(idx)) {
  const size = gz(readFileSync(idx));
  if (size > INDEX_BUDGET) problems.push(`search index: ${kb(size)} gzip > ${kb(INDEX_BUDGET)}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`budgets ok: ${builtPageWeights().length} pages <= ${kb(PAGE_BUDGET)}, Worker ${kb(w.gzip)} gzip`);
