/**
 * First contentful paint on an emulated slow line, in Debian Chromium: 360 px, 400 kbit/s
 * both ways, 400 ms round trip, CPU 4x slower, cold cache (DESIGN.md budget: 1.5 s).
 */
import { launch } from '../../test/e2e/browser.ts';

export async function measureFcp(base: string, paths: string[], runs = 3): Promise<{ path: string; median: number }[]> {
  const browser = await launch();
  const out: { path: string; median: number }[] = [];
  try {
    for (const path of paths) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 400,
          downloadThroughput: (400 * 1024) / 8,
          uploadThroughput: (400 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(base + path, { waitUntil: 'load' });
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
        times.push(fcp);
        await context.close();
      }
      times.sort((a, b) => a - b);
      out.push({ path, median: times[Math.floor(times.length / 2)]! });
    }
  } finally {
    await browser.close();
  }
  return out;
}
