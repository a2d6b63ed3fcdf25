/**
 * `node --experimental-strip-types scripts/fcp-trace.ts URL...`: where first paint goes on
 * the bench's emulated slow line (same conditions as scripts/lib/fcp.ts). For each URL, the
 * median over FCP_RUNS (default 3) of: document response start/end, each stylesheet/script
 * request start/end and bytes, first contentful paint. A diagnostic, not a budget check.
 */
import { launch } from '../test/e2e/browser.ts';
import { slowLinePage } from './lib/fcp.ts';

const urls = process.argv.slice(2);
const runs = Number(process.env.FCP_RUNS ?? 3);
const browser = await launch();
type Row = Record<string, number>;
const all = new Map<string, Row[]>(urls.map((u) => [u, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const url of urls) {
      const { context, page, cdp } = await slowLinePage(browser);
      const wire = new Map<string, number>();
      const ids = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (e: any) => ids.set(e.requestId, new URL(e.request.url).pathname));
      cdp.on('Network.loadingFinished', (e: any) => wire.set(ids.get(e.requestId) ?? '?', e.encodedDataLength));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const row: Row = await page.evaluate(
        () =>
          new Promise<Row>((resolve) => {
            new PerformanceObserver((list) => {
              const f = list.getEntriesByName('first-contentful-paint')[0];
              if (!f) return;
              const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              const r: Record<string, number> = { fcp: f.startTime, 'doc.start': n.responseStart, 'doc.end': n.responseEnd, domInteractive: n.domInteractive };
              for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
                const p = new URL(e.name).pathname;
                r[`${p}.req`] = e.startTime;
                r[`${p}.start`] = e.responseStart;
                r[`${p}.end`] = e.responseEnd;
              }
              resolve(r);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      for (const [p, b] of wire) row[`${p === new URL(url).pathname ? 'doc' : p}.bytes`] = b;
      all.get(url)!.push(row);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
for (const [url, rows] of all) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const med = (k: string) => {
    const v = rows.map((r) => r[k]).filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
    return v.length ? v[Math.floor(v.length / 2)]! : NaN;
  };
  console.log(`${url}  (median of ${rows.length}; fcp runs ${rows.map((r) => Math.round(r.fcp!)).join(' ')})`);
  for (const k of keys) console.log(`  ${k.padEnd(28)} ${Math.round(med(k))}`);
}
