/** Shared Chromium set-up for the e2e specs: Debian chromium, flags that keep it offline. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** console messages and page errors */
  console: string[];
  /** every URL the page requested */
  requests: string[];
}

/** A 360 px phone-sized page that records console output and requests. */
export async function phonePage(browser: Browser, javaScriptEnabled = true): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, javaScriptEnabled, locale: 'vi-VN' });
  const page = await context.newPage();
  const consoleLines: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, console: consoleLines, requests };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** Runs `fn` with a fresh phone-sized page and always closes its context. */
export async function withPage<T>(browser: Browser, javaScriptEnabled: boolean, fn: (w: Watched) => Promise<T>): Promise<T> {
  const w = await phonePage(browser, javaScriptEnabled);
  try {
    return await fn(w);
  } finally {
    await w.context.close();
  }
}

/** One Chromium for the spec file: launched before its tests, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}
