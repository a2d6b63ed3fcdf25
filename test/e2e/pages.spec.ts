/**
 * Every page, in real Chromium at 360 px, with JavaScript on and off: no axe violations,
 * an empty console, every request on the portal's own origin, no cookie, and the
 * help bar and quick exit present.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, phonePage, sharedBrowser, withPage } from './browser.ts';
import { allPages } from './pages.ts';

const base = inject('baseURL');
const browser = sharedBrowser();

const pages = allPages();
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const c of opened) await c.close();
});

/**
 * axe needs to inject its own script, which a context with JavaScript disabled refuses; so
 * the JavaScript-off audit loads the page with every script of the portal blocked instead.
 */
async function withoutOwnScripts(path: string) {
  const w = await phonePage(browser(), true);
  opened.push(w.context);
  await w.context.route(/\.m?js(\?|$)/, (route) => route.abort());
  await w.page.goto(base + path, { waitUntil: 'load' });
  return w.page;
}

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('every page with %s', (_label, js) => {
  it.each(pages)('%s passes axe, keeps the console empty and stays on its origin', async (path) => {
    await withPage(browser(), js, async (w) => {
    const res = await w.page.goto(base + path, { waitUntil: 'load' });
    expect(res, path).not.toBeNull();
    expect(res!.status(), path).toBe(path === '/trang-khong-co/' ? 404 : 200);
    expect(await axeViolations(js ? w.page : await withoutOwnScripts(path))).toEqual([]);
    // A 404 document logs its own status in Chromium; anything else is a real problem.
    expect(w.console.filter((l) => !/status of 404/.test(l))).toEqual([]);
    const origin = new URL(base).origin;
    expect(w.requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'))).toEqual([]);
    expect(await w.context.cookies()).toEqual([]);
    expect(await w.page.locator('html').getAttribute('lang')).toBe('vi');
    await expect(w.page.locator('a[data-quick-exit]').count()).resolves.toBe(1);
    await expect(w.page.locator('a[href="/duong-day-nong/"]').first().isVisible()).resolves.toBe(true);
    // Nothing wider than the phone screen: no sideways scrolling of the page itself.
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    });
  });
});

describe('quick exit', () => {
  it('replaces the history entry with JavaScript, so Back does not return to the portal', async () => {
    await withPage(browser(), true, async (w) => {
    // Intercept the exit destination so the test stays offline.
    await w.context.route('https://www.google.com.vn/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>x</title>' }));
    await w.page.goto(`${base}/`);
    await w.page.goto(`${base}/cai-nghien/`).catch(() => undefined);
    await w.page.click('a[data-quick-exit]');
    await w.page.waitForURL(/google\.com\.vn/);
    await w.page.goBack().catch(() => undefined);
    // Back goes to the page before the one replaced: never the page being read.
    expect(w.page.url()).not.toContain('/cai-nghien/');
    });
  });

  it('is a plain link that leaves the site without JavaScript', async () => {
    await withPage(browser(), false, async (w) => {
    await w.context.route('https://www.google.com.vn/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>x</title>' }));
    await w.page.goto(`${base}/`);
    await w.page.click('a[data-quick-exit]');
    await w.page.waitForURL(/google\.com\.vn/);
    expect(w.page.url()).toContain('google.com.vn');
    });
  });
});
