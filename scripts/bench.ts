/** Prints page weights and the Worker size; later sections add search and bot latency. */
import { builtPageWeights, workerGzip } from './lib/weights.ts';

const kb = (n: number) => (n / 1024).toFixed(1);
console.log('Page weights (gzip KB: HTML + CSS + JS = total)');
for (const p of builtPageWeights()) console.log(`  ${p.url.padEnd(36)} ${kb(p.html)} + ${kb(p.css)} + ${kb(p.js)} = ${kb(p.total)}`);
const w = workerGzip();
console.log(`Worker bundle: ${kb(w.raw)} KB raw, ${kb(w.gzip)} KB gzip`);
