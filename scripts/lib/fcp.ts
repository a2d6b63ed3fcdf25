/**
 * First contentful paint on an emulated slow line, in Debian Chromium: 360 px, 400 kbit/s
 * both ways, 400 ms round trip, CPU 4x slower, cold cache. The budget (DESIGN.md) is relative:
 * every page paints within 1.10x of a minimal page (1 KB of HTML and one 2 KB stylesheet)
 * measured on the same line in the same run, so a noisy machine moves both alike.
 */
import { createServer, type Server } from 'node:http';
import { launch } from '../../test/e2e/browser.ts';

/** The budget: a page's first paint over the minimal page's, at most this. */
export const FCP_RATIO_BUDGET = 1.1;

const pad = (s: string, bytes: number, filler: string) => {
  let out = s;
  while (Buffer.byteLength(out) + Buffer.byteLength(filler) <= bytes) out += filler;
  return out + ' '.repeat(bytes - Buffer.byteLength(out));
};

/** The reference page: exactly 1024 bytes of HTML that links one stylesheet of exactly 2048 bytes. */
export function minimalPage(): { html: string; css: string } {
  const head = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang tối thiểu</title><link rel="stylesheet" href="/minimal.css"></head><body><h1>Trang tối thiểu</h1><p>';
  const tail = '</p></body></html>\n';
  const body = pad('', 1024 - Buffer.byteLength(head) - Buffer.byteLength(tail), 'Trang này chỉ để đo. ');
  const css = pad('body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1a1a1a;background:#fff}\nh1{font-size:1.5rem}\n', 2047, 'p{margin:0 0 1rem}\n') + '\n';
  return { html: head + body + tail, css };
}

/** Serves the minimal page on a spare 127.0.0.1 port (the bench's only extra server; it stops with stop()). */
export async function startMinimalServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const { html, css } = minimalPage();
  const server: Server = createServer((req, res) => {
    if (req.url === '/minimal.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'content-length': Buffer.byteLength(css) });
      res.end(css);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
      res.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const a = server.address();
  if (!a || typeof a !== 'object') throw new Error('minimal page server has no port');
  return { base: `http://127.0.0.1:${a.port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A fresh 360 px page on the budget's emulated line: 400 kbit/s both ways, 400 ms latency,
 * CPU 4x slower, cache off. The bench and scripts/fcp-trace.ts share it, so the diagnostic
 * sees exactly the line the budget is measured on.
 */
export async function slowLinePage(browser: Awaited<ReturnType<typeof launch>>) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

export interface FcpResult {
  /** the URL measured (the minimal page first) */
  url: string;
  median: number;
  runs: number[];
}

/**
 * Measures each URL `runs` times, taking the URLs in turn in every round (so a slow moment
 * of the machine touches all pages, not one), and returns the medians in milliseconds.
 */
export async function measureFcp(urls: string[], runs = 5): Promise<FcpResult[]> {
  const browser = await launch();
  const times = new Map<string, number[]>(urls.map((u) => [u, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const url of urls) {
        const { context, page } = await slowLinePage(browser);
        await page.goto(url, { waitUntil: 'load' });
        const fcp = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const e = list.getEntriesByName('first-contentful-paint')[0];
                if (e) resolve(e.startTime);
              }).observe({ type: 'paint', buffered: true });
              setTimeout(() => resolve(Number.NaN), 10_000);
            }),
        );
        times.get(url)!.push(fcp);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return urls.map((url) => {
    const t = [...times.get(url)!].sort((a, b) => a - b);
    return { url, median: t[Math.floor(t.length / 2)]!, runs: times.get(url)! };
  });
}
