/**
 * Search in real Chromium at 360 px, with JavaScript on and off: the form posts (nothing
 * typed reaches the URL, the title or the history), results land on the paragraph, paging
 * shows every result with an honest count.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, withPage } from './browser.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';

const base = inject('baseURL');
const browser = sharedBrowser();
const COUNT = /Tìm thấy ([\d.]+) kết quả cho “(.+)”, đang xem ([\d.]+)–([\d.]+)\./;
const num = (s: string) => Number(s.replace(/\./g, ''));

describe('search without JavaScript', () => {
  it('posts the form, keeps the query out of the URL and title, and lands on the paragraph', async () => {
    await withPage(browser(), false, async (w) => {
      await w.page.goto(`${base}/tim-kiem/`);
      await w.page.fill('#q', 'nha nhan ai');
      await w.page.selectOption('#plan', 'lao-cai-2020');
      await Promise.all([w.page.waitForLoadState('load'), w.page.waitForSelector('[data-results] li'), w.page.click('form[role="search"] button[type="submit"]')]);
      expect(w.page.url()).toBe(`${base}/tim-kiem/`);
      expect(await w.page.title()).toMatch(/^Tìm kiếm/);
      expect(await w.page.title()).not.toContain('nha nhan ai');
      await expect(w.page.locator('[data-status]').textContent()).resolves.toMatch(/Tìm thấy \d+ kết quả/);
      // Marks are the words the user typed, whatever their accents ("nhận" folds to "nhan").
      const marks = await w.page.locator('[data-results] mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(['nha', 'nhan', 'ai']).toContain(foldVietnamese(m));
      const href = await w.page.locator('[data-results] a').first().getAttribute('href');
      expect(href).toMatch(/^\/ke-hoach\/lao-cai-2020\/#p-\d+$/);
      await w.page.click('[data-results] a >> nth=0');
      const id = href!.split('#')[1]!;
      const bg = await w.page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).borderLeftColor);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    });
  });

  it('pages through the results by POST with an honest count, the query never in the URL', async () => {
    await withPage(browser(), false, async (w) => {
      await w.page.goto(`${base}/tim-kiem/`);
      await w.page.fill('#q', 'ma tuy');
      await Promise.all([w.page.waitForSelector('[data-results] li'), w.page.click('form[role="search"] button[type="submit"]')]);
      const first = COUNT.exec((await w.page.locator('[data-status]').textContent()) ?? '')!;
      expect(first).not.toBeNull();
      const total = num(first[1]!);
      expect(total).toBeGreaterThan(20);
      expect([num(first[3]!), num(first[4]!)]).toEqual([1, 20]);
      const page1 = await w.page.locator('[data-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await Promise.all([w.page.waitForLoadState('load'), w.page.click('[data-pager] [data-next]')]);
      await w.page.waitForSelector('[data-results] li');
      expect(w.page.url()).toBe(`${base}/tim-kiem/`);
      const second = COUNT.exec((await w.page.locator('[data-status]').textContent()) ?? '')!;
      expect(num(second[1]!)).toBe(total);
      expect([num(second[3]!), num(second[4]!)]).toEqual([21, Math.min(40, total)]);
      await expect(w.page.locator('[data-results]').getAttribute('start')).resolves.toBe('21');
      const page2 = await w.page.locator('[data-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(page2.filter((h) => page1.includes(h))).toEqual([]);
      // Back to the first twenty, by the other button.
      await Promise.all([w.page.waitForLoadState('load'), w.page.click('[data-pager] button:not([data-next])')]);
      await w.page.waitForSelector('[data-results] li');
      expect(COUNT.exec((await w.page.locator('[data-status]').textContent()) ?? '')![3]).toBe('1');
    });
  });

  it('still answers a ?q= link, and offers a way forward when nothing is found', async () => {
    await withPage(browser(), false, async (w) => {
      await w.page.goto(`${base}/tim-kiem/?q=zzqxw`);
      await expect(w.page.locator('[data-empty]').isVisible()).resolves.toBe(true);
      await expect(w.page.locator('[data-empty] a[href="/hoi-dap/"]').count()).resolves.toBe(1);
      expect(await w.page.title()).not.toContain('zzqxw');
    });
  });
});

describe('search with JavaScript', () => {
  it('shows results as you type, announces the count, and writes nothing to the URL or history', async () => {
    await withPage(browser(), true, async (w) => {
      await w.page.goto(`${base}/tim-kiem/`);
      const before = await w.page.evaluate(() => history.length);
      await w.page.locator('#q').pressSequentially('methadone', { delay: 20 });
      await w.page.waitForFunction(() => document.querySelectorAll('[data-results] li').length > 0);
      await expect(w.page.locator('[data-status]').getAttribute('aria-live')).resolves.toBe('polite');
      await expect(w.page.locator('[data-status]').textContent()).resolves.toMatch(/Tìm thấy \d+ kết quả cho “methadone”, đang xem 1–\d+\./);
      await w.page.keyboard.press('Enter');
      await w.page.waitForTimeout(400);
      expect(w.page.url()).toBe(`${base}/tim-kiem/`);
      expect(await w.page.title()).not.toContain('methadone');
      expect(await w.page.evaluate(() => history.length)).toBe(before);
    });
  });

  it('"Xem thêm" appends the next results until all are shown', async () => {
    await withPage(browser(), true, async (w) => {
      await w.page.goto(`${base}/tim-kiem/`);
      await w.page.fill('#q', 'ma tuy');
      await w.page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 20);
      const total = num(COUNT.exec((await w.page.locator('[data-status]').textContent()) ?? '')![1]!);
      const more = w.page.getByRole('button', { name: 'Xem thêm kết quả' });
      await more.click();
      await w.page.waitForFunction(() => document.querySelectorAll('[data-results] li').length === 40);
      await expect(w.page.locator('[data-status]').textContent()).resolves.toMatch(/đang xem 1–40\./);
      const hrefs = await w.page.locator('[data-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(40);
      while (await more.isVisible()) {
        const n = await w.page.locator('[data-results] li').count();
        await more.click();
        await w.page.waitForFunction((k) => document.querySelectorAll('[data-results] li').length > k, n);
      }
      await expect(w.page.locator('[data-results] li').count()).resolves.toBe(total);
      expect(w.page.url()).toBe(`${base}/tim-kiem/`);
    });
  });
});
