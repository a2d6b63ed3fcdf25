/**
 * Cold start in workerd: starts the built Worker (dist/server/wrangler.json) in a fresh
 * workerd N times with Miniflare and times, each time, start -> ready and
 * ready -> first answer of /api/search, /api/faq and a page; then the same for a Worker that
 * only says "ok", whose figures are the runtime's own cost. Miniflare is the one that
 * @cloudflare/vitest-plugin brings (a development dependency). Medians; the machine is shared
 * and noisy, so compare figures from one run, never assert them.
 *
 *   node --experimental-strip-types scripts/cold-start.ts [runs=9]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';

const RUNS = Number(process.argv[2] ?? 9);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Sample {
  ready: number;
  first: number;
  second: number;
}

type Options = Record<string, unknown>;

/** The built Worker as the deployment runs it: its modules, flags and bindings. */
const PORTAL: Options = {
  modulesRoot: 'dist/server',
  // entry.mjs first: the first module is the Worker's main.
  modules: ['entry.mjs', ...readdirSync('dist/server', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs') && f !== 'entry.mjs')].map((f) => ({ type: 'ESModule', path: join('dist/server', f) })),
  compatibilityDate: '2026-10-01',
  compatibilityFlags: ['nodejs_compat'],
  ratelimits: { API_RATE_LIMIT: { namespace_id: '1001', simple: { limit: 100000, period: 60 } } },
  assets: {
    directory: 'dist/client',
    binding: 'ASSETS',
    routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: Boolean((JSON.parse(readFileSync('dist/server/wrangler.json', 'utf8')) as { assets?: { run_worker_first?: boolean } }).assets?.run_worker_first) },
  },
};
/** The same static files, and a Worker that only says "ok": what the runtime and the tooling cost. */
const BASELINE: Options = {
  modules: true,
  script: 'export default { fetch() { return new Response("ok"); } };',
  compatibilityDate: '2026-10-01',
  assets: { directory: 'dist/client', binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } },
};

async function once(options: Options, path: string): Promise<Sample> {
  const t0 = performance.now();
  const mf = new Miniflare(convertV4MiniflareOptions({ workers: [{ name: 'w', ...options }] } as never));
  await mf.ready;
  const t1 = performance.now();
  const res = await mf.dispatchFetch(`http://127.0.0.1${path}`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  const t2 = performance.now();
  await (await mf.dispatchFetch(`http://127.0.0.1${path}`)).arrayBuffer();
  const t3 = performance.now();
  await mf.dispose();
  return { ready: t1 - t0, first: t2 - t1, second: t3 - t2 };
}

async function series(label: string, options: Options, path: string): Promise<void> {
  const samples: Sample[] = [];
  await once(options, path); // warm the disk cache and the JIT of the tooling
  for (let i = 0; i < RUNS; i++) samples.push(await once(options, path));
  const m = (k: keyof Sample) => median(samples.map((s) => s[k])).toFixed(1);
  console.log(`${label.padEnd(44)} start->ready ${m('ready').padStart(7)} ms   ready->first answer ${m('first').padStart(6)} ms   second ${m('second').padStart(5)} ms   (median of ${RUNS})`);
}

console.log('Cold start in workerd (a fresh Miniflare instance each run):');
await series('baseline Worker ("ok", same files)', BASELINE, '/');
await series('portal: GET /api/search?q=cai nghiện', PORTAL, '/api/search?q=cai%20nghi%E1%BB%87n');
await series('portal: GET /api/faq?q=methadone', PORTAL, '/api/faq?q=methadone');
await series('portal: GET /tim-kiem/?q=methadone (a page)', PORTAL, '/tim-kiem/?q=methadone');
