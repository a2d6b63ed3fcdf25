/**
 * What a journalist does on a phone, in real Chromium at 360 px: read a plan page through its
 * contents list, follow a citation link to its paragraph (JavaScript on and off), compare
 * provinces without sideways scrolling, and fetch the original texts byte for byte.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sharedBrowser, withPage } from './browser.ts';
import { SITE_ORIGIN } from '../../functions/lib/site.ts';

const base = inject('baseURL');
const browser = sharedBrowser();
const PLANS = ['/ke-hoach/lao-cai-2020/', '/ke-hoach/quang-ninh-2022/', '/ke-hoach/ninh-thuan-2023/', '/ke-hoach/hung-yen-2021/', '/ke-hoach/son-la-2021-2025/'];

/** Every table container, table and the document: what is wider than its box (clipped, scrolls sideways). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.table-wrap, table, main')]
      .concat([document.documentElement])
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth)
      .map((e) => `${e.tagName}.${e.className} ${e.scrollWidth}>${e.clientWidth}`),
  );

/** Is the element's top inside the viewport (it is what the reader sees after the jump)? */
const inView = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= -2 && r.top < window.innerHeight;
  });

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('at 360 px with %s', (_label, js) => {
  it.each([...PLANS, '/so-sanh/', '/du-lieu/'])('%s has no clipped table and no sideways scrolling, with every collapsed part opened', async (path) => {
    await withPage(browser(), js, async (w) => {
      await w.page.goto(base + path);
      expect(await clipped(w.page)).toEqual([]);
      // Open every <details> (the annex, the target groups): still nothing clipped.
      await w.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await clipped(w.page)).toEqual([]);
    });
  });

  it('a citation link /ke-hoach/lao-cai-2020/#p-31 lands on its paragraph, opened', async () => {
    await withPage(browser(), js, async (w) => {
      for (const id of ['p-31', 'p-75', 'p-5']) {
        await w.page.goto(`${base}/ke-hoach/lao-cai-2020/#${id}`);
        await expect(w.page.locator(`[id="${id}"]`).isVisible(), id).resolves.toBe(true);
        expect(await inView(w.page, id), id).toBe(true);
      }
    });
  });

  it('every link of the contents list lands on its section, and "Về đầu trang" comes back to the top', async () => {
    await withPage(browser(), js, async (w) => {
      await w.page.goto(`${base}/ke-hoach/lao-cai-2020/`);
      const hrefs = await w.page.locator('nav[aria-labelledby="muc-luc"] a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs).toEqual(expect.arrayContaining(['#thong-tin', '#tom-tat', '#chi-tieu', '#toan-van', '#sua-loi', '#kiem-tra']));
      for (const href of hrefs) {
        await w.page.locator(`nav[aria-labelledby="muc-luc"] a[href="${href}"]`).click();
        await w.page.waitForFunction((h) => window.location.hash === h, href);
        expect(await inView(w.page, href.slice(1)), href).toBe(true);
        const back = w.page.locator(`section:has([id="${href.slice(1)}"]) .to-top a`).last();
        if ((await back.count()) === 0) continue;
        await back.click();
        await w.page.waitForFunction(() => window.location.hash === '#dau-trang');
        expect(await inView(w.page, 'dau-trang'), `back from ${href}`).toBe(true);
      }
    });
  });

  it('the full text has its own contents list, whose links open the paragraph', async () => {
    await withPage(browser(), js, async (w) => {
      await w.page.goto(`${base}/ke-hoach/lao-cai-2020/#toan-van`);
      await w.page.locator('[data-fulltext] > summary').click();
      const links = w.page.locator('nav[aria-label="Mục lục toàn văn"] a');
      expect(await links.count()).toBeGreaterThan(3);
      const href = (await links.nth(2).getAttribute('href'))!;
      await links.nth(2).click();
      expect(await inView(w.page, href.slice(1)), href).toBe(true);
    });
  });

  it('citations carry the configured origin and a filled-in date', async () => {
    await withPage(browser(), js, async (w) => {
      await w.page.goto(`${base}/ke-hoach/quang-ninh-2022/#p-14`);
      const text = (await w.page.locator('[id="p-14"] [data-cite]').textContent())!;
      expect(text).toContain(`${SITE_ORIGIN}/ke-hoach/quang-ninh-2022/#p-14`);
      expect(text).toMatch(/\(truy cập ngày \d\d\/\d\d\/\d{4}\)\.$/);
      expect(text).not.toContain(new URL(base).host);
    });
  });
});

describe('citations with JavaScript', () => {
  it('a citation, once opened, offers a "Sao chép" button that copies it with its origin and date', async () => {
    await withPage(browser(), true, async (w) => {
      await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await w.page.goto(`${base}/ke-hoach/quang-ninh-2022/#p-14`);
      const cite = w.page.locator('[id="p-14"] .tools details');
      await expect(cite.locator('button').count()).resolves.toBe(0);
      await cite.locator('summary').click();
      await cite.locator('button', { hasText: 'Sao chép' }).click();
      await cite.locator('button', { hasText: 'Đã sao chép' }).waitFor();
      const copied = await w.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`${SITE_ORIGIN}/ke-hoach/quang-ninh-2022/#p-14`);
      expect(copied).toMatch(/\(truy cập ngày \d\d\/\d\d\/\d{4}\)\.$/);
      expect(w.console).toEqual([]);
    });
  });
});

describe('sources anyone can check', () => {
  const json = JSON.parse(readFileSync(join('dist', 'client', 'du-lieu', 'ke-hoach.json'), 'utf8')) as { plans: { url: string; source: { url: string; file: string } }[] };

  it.each(json.plans.map((p) => [p.source.file, p] as const))('/du-lieu/nguon/%s answers the seed byte for byte as text/plain; charset=utf-8', async (file, p) => {
    await withPage(browser(), false, async (w) => {
      const path = new URL(p.source.url).pathname;
      const res = await w.page.request.get(base + path);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const body = await res.body();
      expect(body.equals(readFileSync(join('content', 'sources', file)))).toBe(true);
      const seeds = [join(process.cwd(), '..', 'shared', 'seeds'), '/work/shared/seeds'].find((d) => existsSync(join(d, file)));
      if (seeds) expect(body.equals(readFileSync(join(seeds, file)))).toBe(true);
      // The plan page links it.
      await w.page.goto(base + new URL(p.url).pathname);
      await expect(w.page.locator(`a[href="${path}"]`).count()).resolves.toBeGreaterThan(0);
    });
  });
});
