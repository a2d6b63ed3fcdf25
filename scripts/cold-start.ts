/**
 * Cold start in workerd: starts the built Worker (dist/server/wrangler.json) in a fresh
 * workerd N times with Miniflare and times, each time, start -> ready and
 * ready -> first answer of /api/search, /api/faq, a page and a static file, and the CPU time
 * workerd spent until that first answer; then the same for a Worker that
 * only says "ok", whose figures are the runtime's own cost. Miniflare is the one that
 * @cloudflare/vitest-plugin brings (a development dependency). Medians; the machine is shared
 * and noisy, so compare figures from one run, never assert them.
 *
 *   node --experimental-strip-types scripts/cold-start.ts [runs=9] [dist ...]
 *
 * With several build directories (e.g. dist of this branch and of another checkout), runs
 * are interleaved (A, B, A, B, ...) so that the machine's load falls on all of them alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare, convertV4MiniflareOptions } from 'miniflare';

const RUNS = Number(process.argv[2] ?? 9);
const DISTS = process.argv.length > 3 ? process.argv.slice(3) : ['dist'];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Sample {
  ready: number;
  first: number;
  second: number;
  /** CPU time of the workerd process from its start to the first answer (10 ms ticks; far less load-sensitive than wall time). */
  cpu: number;
}

/** CPU milliseconds (user + system) of every workerd process under this one. */
function workerdCpu(): number {
  let total = 0;
  const visit = (pid: number) => {
    let children: number[] = [];
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return;
    }
    for (const c of children) {
      try {
        const stat = readFileSync(`/proc/${c}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (stat.includes('(workerd)')) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {
        /* gone */
      }
      visit(c);
    }
  };
  visit(process.pid);
  return total;
}

type Options = Record<string, unknown>;

/** A built Worker as the deployment runs it: its modules, flags and bindings. */
function portal(dist: string): Options {
  const config = JSON.parse(readFileSync(join(dist, 'server/wrangler.json'), 'utf8')) as { compatibility_date: string; compatibility_flags?: string[]; assets?: { run_worker_first?: boolean } };
  const server = join(dist, 'server');
  return {
    modulesRoot: server,
    // entry.mjs first: the first module is the Worker's main.
    modules: ['entry.mjs', ...readdirSync(server, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs') && f !== 'entry.mjs')].map((f) => ({ type: 'ESModule', path: join(server, f) })),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    ratelimits: { API_RATE_LIMIT: { namespace_id: '1001', simple: { limit: 100000, period: 60 } } },
    assets: { directory: join(dist, 'client'), binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: Boolean(config.assets?.run_worker_first) } },
  };
}

/** The same static files, and a Worker that only says "ok": what the runtime and the tooling cost. */
const baseline = (dist: string): Options => ({
  modules: true,
  script: 'export default { fetch() { return new Response("ok"); } };',
  compatibilityDate: '2026-10-01',
  assets: { directory: join(dist, 'client'), binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } },
});

async function once(options: Options, path: string): Promise<Sample> {
  const t0 = performance.now();
  const mf = new Miniflare(convertV4MiniflareOptions({ workers: [{ name: 'w', ...options }] } as never));
  await mf.ready;
  const t1 = performance.now();
  const res = await mf.dispatchFetch(`http://127.0.0.1${path}`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  const t2 = performance.now();
  const cpu = workerdCpu();
  await (await mf.dispatchFetch(`http://127.0.0.1${path}`)).arrayBuffer();
  const t3 = performance.now();
  await mf.dispose();
  return { ready: t1 - t0, first: t2 - t1, second: t3 - t2, cpu };
}

const CASES: [string, string, boolean][] = [
  ['baseline Worker ("ok", same files)', '/', true],
  ['GET /api/search?q=cai nghiện', '/api/search?q=cai%20nghi%E1%BB%87n', false],
  ['GET /api/faq?q=methadone', '/api/faq?q=methadone', false],
  ['GET /tim-kiem/?q=methadone (a page)', '/tim-kiem/?q=methadone', false],
  ['GET /site.css (a static file)', '/site.css', false],
];

console.log(`Cold start in workerd: a fresh Miniflare instance per run, start -> ready, ready -> first answer, then a second answer (median of ${RUNS})`);
for (const [label, path, isBaseline] of CASES) {
  const samples = new Map<string, Sample[]>(DISTS.map((d) => [d, []]));
  for (const d of DISTS) await once(isBaseline ? baseline(d) : portal(d), path); // warm the disk cache and the tooling
  for (let i = 0; i < RUNS; i++) for (const d of DISTS) samples.get(d)!.push(await once(isBaseline ? baseline(d) : portal(d), path));
  for (const d of DISTS) {
    const m = (k: keyof Sample) => median(samples.get(d)!.map((s) => s[k])).toFixed(1);
    const total = median(samples.get(d)!.map((s) => s.ready + s.first)).toFixed(1);
    console.log(`  ${label.padEnd(40)} ${DISTS.length > 1 ? d.padEnd(24) : ''} ready ${m('ready').padStart(7)} ms  first ${m('first').padStart(6)} ms  start->first ${total.padStart(7)} ms  second ${m('second').padStart(5)} ms  workerd CPU to first ${m('cpu').padStart(6)} ms`);
  }
}
