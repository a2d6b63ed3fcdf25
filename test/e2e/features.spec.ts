/** What users do, in real Chromium at 360 px: ask the bot, subscribe to the calendar (search: search.spec.ts). */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, withPage } from './browser.ts';
import { SITE_ORIGIN } from '../../functions/lib/site.ts';

const base = inject('baseURL');
const browser = sharedBrowser();

describe('the FAQ bot', () => {
  it('answers without JavaScript and keeps the context for a follow-up', async () => {
    await withPage(browser(), false, async (w) => {
    await w.page.goto(`${base}/hoi-dap/`);
    await w.page.fill('#q', 'Ai ký kế hoạch Quảng Ninh?');
    // The form posts: the context of the answer travels in hidden fields, not in the URL.
    await Promise.all([w.page.waitForEvent('load'), w.page.click('form[data-ask] button[type="submit"]')]);
    await expect(w.page.locator('[data-transcript]').textContent()).resolves.toContain('Nguyễn Thị Hạnh');
    await expect(w.page.locator('form[data-ask] input[name="plan"]').inputValue()).resolves.toBe('quang-ninh-2022');
    await w.page.fill('#q', 'còn Sơn La thì sao?');
    await Promise.all([w.page.waitForEvent('load'), w.page.click('form[data-ask] button[type="submit"]')]);
    await expect(w.page.locator('[data-transcript]').textContent()).resolves.toContain('Nguyễn Tuấn Anh');
    expect(w.page.url()).toBe(`${base}/hoi-dap/#tra-loi`);
    });
  });

  it('keeps a conversation with JavaScript, answers as text, puts help numbers first in a crisis', async () => {
    await withPage(browser(), true, async (w) => {
    await w.page.goto(`${base}/hoi-dap/`);
    await w.page.fill('#q', '<img src=x onerror=alert(1)> em gái tôi bị lừa bán sang Trung Quốc');
    await w.page.press('#q', 'Enter');
    await w.page.waitForFunction(() => document.querySelectorAll('[data-transcript] .hotlines a').length > 0);
    await expect(w.page.locator('[data-transcript] .hotlines a').first().textContent()).resolves.toBe('111');
    await expect(w.page.locator('[data-transcript] img').count()).resolves.toBe(0);
    await expect(w.page.locator('[data-transcript]').getAttribute('aria-live')).resolves.toBe('polite');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(w.console).toEqual([]);
    });
  });
});

describe('calendar', () => {
  it('subscribe links point to the feed, which is a calendar', async () => {
    await withPage(browser(), false, async (w) => {
    await w.page.goto(`${base}/lich/`);
    // Absolute links come from the one configured origin, never from the request's Host.
    const host = new URL(SITE_ORIGIN).host;
    const hrefs = await w.page.locator('#dang-ky ~ ul a, section[aria-labelledby="dang-ky"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([`webcal://${host}/lich.ics`, '/lich.ics', `${SITE_ORIGIN}/lich.ics`]));
    expect(hrefs.join(' ')).not.toContain(new URL(base).host);
    expect(hrefs.some((h) => h?.startsWith('https://calendar.google.com/') && decodeURIComponent(h).includes(`webcal://${host}/lich.ics`))).toBe(true);
    const res = await w.page.request.get(`${base}/lich.ics`);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await res.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const one = await w.page.locator('a[href$=".ics"][href^="/lich/"]').first().getAttribute('href');
    expect((await w.page.request.get(base + one)).status()).toBe(200);
    });
  });
});
