/**
 * A family's and a student's path on a 360 × 740 phone, JavaScript on and off: the quick
 * exit stays on screen, the help numbers are big enough to tap, nothing typed into the bot
 * reaches the URL or the title, /cai-nghien/ starts with today's steps, the newest answer
 * is in view, an over-long question keeps its text, and each campaign handout prints on
 * one A4 page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, sharedBrowser } from './browser.ts';
import { allPages } from './pages.ts';
import { SITE_ORIGIN } from '../../functions/lib/site.ts';
import { campaignEvents } from '../../functions/data.ts';

const calendarIds = () => campaignEvents().map((e) => e.id);

const base = inject('baseURL');
const browser = sharedBrowser();
const SCREEN = { width: 360, height: 740 };

/** A fresh 360 × 740 page; `touch` makes it a phone (touch screen, no mouse). */
async function phone<T>(b: Browser, js: boolean, fn: (page: Page) => Promise<T>, touch = false): Promise<T> {
  const context = await b.newContext({ viewport: SCREEN, javaScriptEnabled: js, locale: 'vi-VN', hasTouch: touch, isMobile: touch });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The element's box relative to the viewport, or null when it is not rendered. */
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });

const onScreen = (b: { top: number; bottom: number; left: number; right: number }) =>
  b.top >= 0 && b.left >= 0 && b.bottom <= SCREEN.height && b.right <= SCREEN.width;

const LONG_QUESTION = `Con tôi nghiện ma túy đá, tôi phải làm gì? ${'Xin hãy giúp tôi. '.repeat(130)}`.trim();

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('with %s', (_label, js) => {
  it('keeps the quick exit on screen, at least 44 × 44 px, 60% down every page', async () => {
    await phone(browser(), js, async (page) => {
      const missing: string[] = [];
      for (const path of allPages()) {
        await page.goto(base + path);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
        const b = await box(page, 'a[data-quick-exit]');
        if (!onScreen(b) || b.width < 44 || b.height < 44) missing.push(`${path}: ${JSON.stringify(b)}`);
      }
      expect(missing).toEqual([]);
    });
  });

  it('never lays the quick exit over a phone number on screen, at the top of every page or 60% down', async () => {
    await phone(browser(), js, async (page) => {
      const covered: string[] = [];
      for (const path of allPages()) {
        await page.goto(base + path);
        for (const at of [0, 0.6]) {
          await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), at);
          // A bar across the whole width is the bottom edge of the screen: what lies below its
          // top is off screen, as below the window. A button over part of the width is not.
          const hidden = await page.evaluate(() => {
            const bar = document.querySelector('a[data-quick-exit]')!.getBoundingClientRect();
            const bottom = bar.left <= 0 && bar.right >= innerWidth ? bar.top : innerHeight;
            return [...document.querySelectorAll('a[href^="tel:"]')].flatMap((a) => {
              const r = a.getBoundingClientRect();
              const x = r.left + r.width / 2;
              const y = r.top + r.height / 2;
              if (!r.width || x < 0 || y < 0 || x > innerWidth || y >= bottom) return [];
              const top = document.elementFromPoint(x, y);
              return top && (top === a || a.contains(top)) ? [] : [`${a.getAttribute('href')} under ${top?.className || top?.tagName}`];
            });
          });
          covered.push(...hidden.map((h) => `${path} at ${at * 100}%: ${h}`));
        }
      }
      expect(covered).toEqual([]);
    });
  });

  it('makes the help-bar numbers tap targets of at least 44 × 44 px that say what each is for', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/cai-nghien/`);
      const links = page.locator('.helpbar a[href^="tel:"]');
      await expect(links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual(['tel:111', 'tel:113', 'tel:115']);
      for (let i = 0; i < 3; i++) {
        const r = await links.nth(i).boundingBox();
        expect(r!.width).toBeGreaterThanOrEqual(44);
        expect(r!.height).toBeGreaterThanOrEqual(44);
        expect(((await links.nth(i).textContent()) ?? '').replace(/\d/g, '').trim().length).toBeGreaterThan(3);
      }
      await expect(page.locator('.helpbar').textContent()).resolves.toContain('Không có tổng đài quốc gia về cai nghiện');
    });
  });

  it('starts /cai-nghien/ with its numbered steps within the first two screens', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/cai-nghien/`);
      const steps = page.locator('ol.steps > li');
      expect(await steps.count()).toBeGreaterThanOrEqual(5);
      const first = await box(page, 'ol.steps > li');
      expect(first.top).toBeLessThan(2 * SCREEN.height);
      await expect(steps.first().textContent()).resolves.toContain('Công an xã');
    });
  });

  it('keeps a question typed into /hoi-dap/ out of the URL and the title, and shows the answer in view', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/hoi-dap/`);
      const question = 'Con tôi nghiện ma túy đá thì cai ở đâu?';
      await page.fill('#q', question);
      await page.click('form[data-ask] button[type="submit"]');
      await page.locator('[data-transcript] .reply').first().waitFor();
      for (const text of [question, encodeURIComponent(question), 'ma+t', 'nghi%E1%BB%87n']) {
        expect(page.url()).not.toContain(text);
        expect(await page.title()).not.toContain(text.slice(0, 12));
      }
      expect(page.url()).not.toContain('?');
      await expect(page.locator('[data-transcript] .q').last().textContent()).resolves.toContain(question);
      // The newest answer begins on screen.
      const b = await box(page, '[data-transcript] > li:last-child .reply');
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeLessThan(SCREEN.height);
    });
  });

  it('puts the emergency numbers and the check-in line first when a message reads like danger the crisis rules miss', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/hoi-dap/`);
      // A real message quoted in the news (test/real-questions/tune/c.yaml, c-031): neither crisis
      // reader sees danger in it; the check-in model does.
      await page.fill('#q', 'Bố mẹ có khoẻ không, con T. đây! Con được 5 phút để gặp bố mẹ qua điện thoại thôi, không biết có được về gặp bố mẹ nữa không…');
      await page.click('form[data-ask] button[type="submit"]');
      const reply = page.locator('[data-transcript] > li:last-child .reply');
      await reply.waitFor();
      await expect(reply.locator('a.tel').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')))).resolves.toEqual(['tel:113', 'tel:111', 'tel:115']);
      const line = reply.locator('p').first();
      await expect(line.getAttribute('class')).resolves.toBe('check-in');
      await expect(line.textContent()).resolves.toMatch(/^Nếu bạn hoặc người thân đang gặp nguy hiểm ngay lúc này: gọi 113/);
      // The ordinary answer follows it.
      expect(await reply.locator('p').count()).toBeGreaterThan(1);
    });
  });

  it('asks a suggestion without putting it in the URL, and scrolls the newest answer into view', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/hoi-dap/`);
      await page.fill('#q', 'Ai ký kế hoạch Quảng Ninh?');
      await page.click('form[data-ask] button[type="submit"]');
      await page.locator('[data-transcript] .reply').first().waitFor();
      const before = await page.locator('[data-transcript] > li').count();
      const suggestion = page.locator('[data-transcript] > li:last-child button.suggestion').first();
      const text = (await suggestion.textContent())!.trim();
      if (js) {
        await suggestion.click();
        await expect.poll(() => page.locator('[data-transcript] > li').count()).toBe(before + 1);
      } else {
        await Promise.all([page.waitForEvent('load'), suggestion.click()]);
      }
      expect(page.url()).not.toContain('?');
      await expect(page.locator('[data-transcript] > li:last-child .q').textContent()).resolves.toContain(text);
      const b = await box(page, '[data-transcript] > li:last-child');
      expect(b.top).toBeGreaterThanOrEqual(-1);
      expect(b.top).toBeLessThan(SCREEN.height);
    });
  });

  it('keeps an over-long question in the box, with a clear message', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/hoi-dap/`);
      expect([...LONG_QUESTION].length).toBeGreaterThan(2000);
      await page.fill('#q', LONG_QUESTION);
      await page.click('form[data-ask] button[type="submit"]');
      await page.locator('[data-error]:not([hidden])').waitFor();
      await expect(page.locator('[data-error]').textContent()).resolves.toMatch(/\S.*Câu hỏi của bạn vẫn còn trong ô/s);
      await expect(page.locator('#q').inputValue()).resolves.toBe(LONG_QUESTION);
      expect(page.url()).not.toContain('?');
      await expect(page.locator('[data-transcript] .reply').count()).resolves.toBe(0);
    });
  });

  it('shows two sources of an answer and keeps the rest behind "Xem thêm nguồn"', async () => {
    await phone(browser(), js, async (page) => {
      await page.goto(`${base}/hoi-dap/`);
      await page.fill('#q', 'con tôi nghiện thì cai ở đâu');
      await page.click('form[data-ask] button[type="submit"]');
      await page.locator('[data-transcript] .reply').first().waitFor();
      const reply = page.locator('[data-transcript] > li:last-child .reply');
      const all = await reply.locator('.sources li').count();
      expect(all).toBeGreaterThan(2);
      await expect(reply.locator('.sources > ul > li').count()).resolves.toBe(2);
      await expect(reply.locator('.sources details summary').textContent()).resolves.toContain('Xem thêm nguồn');
      await expect(reply.locator('.sources details li').first().isVisible()).resolves.toBe(false);
    });
  });
});

describe('keyboard advice', () => {
  it('is not shown on a touch phone, and is shown where there is a mouse and keyboard', async () => {
    const touch = await phone(browser(), true, async (page) => {
      await page.goto(`${base}/duong-day-nong/`);
      return page.locator('.kbd-only').evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
    }, true);
    expect(touch.length).toBeGreaterThan(0);
    expect(touch.every((d) => d === 'none')).toBe(true);
    const desktop = await phone(browser(), true, async (page) => {
      await page.goto(`${base}/duong-day-nong/`);
      return page.locator('.kbd-only').evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
    });
    expect(desktop.some((d) => d !== 'none')).toBe(true);
  });
});

describe('the printable handouts', () => {
  const ids = calendarIds();
  it.each(ids)('/lich/%s/in/ prints on one A4 page, with the portal address and no relative links or controls', async (id) => {
    await phone(browser(), true, async (page) => {
      const res = await page.goto(`${base}/lich/${id}/in/`);
      expect(res!.status()).toBe(200);
      await page.emulateMedia({ media: 'print' });
      const visible = await page.evaluate(() => {
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        return {
          links: [...document.querySelectorAll('a')].filter(shown).map((a) => a.getAttribute('href')),
          controls: [...document.querySelectorAll('button, input, select, textarea')].filter(shown).length,
          text: document.body.innerText,
        };
      });
      expect(visible.links.filter((h) => !/^https?:\/\//.test(h ?? ''))).toEqual([]);
      expect(visible.controls).toBe(0);
      expect(visible.text).toContain(`${SITE_ORIGIN}/lich/#${id}`);
      for (const n of ['111', '113', '115']) expect(visible.text).toContain(n);
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
    });
  });

  it('counts the pages of a PDF that runs over one page', async () => {
    // The page count above is a real count: a page with a long body prints on several.
    await phone(browser(), true, async (page) => {
      await page.goto(`${base}/cai-nghien/`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)!.length).toBeGreaterThan(1);
    });
  });
});

describe('sharing tags', () => {
  const meta = (html: string, attr: 'property' | 'name', key: string) =>
    html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');

  it.each(allPages().filter((p) => p !== '/trang-khong-co/'))('%s has Open Graph and Twitter card tags with an absolute address from SITE_ORIGIN', async (path) => {
    const html = await (await fetch(base + path)).text();
    const url = meta(html, 'property', 'og:url');
    expect(url).toBe(`${SITE_ORIGIN}${path.split('?')[0]}`);
    expect(meta(html, 'property', 'og:title')?.length).toBeGreaterThan(2);
    expect(meta(html, 'property', 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(html, 'name', 'twitter:card')).toBe('summary');
  });

  it('never puts a question into the shared address, whatever the Host header says', async () => {
    const html = await (await fetch(`${base}/hoi-dap/?q=${encodeURIComponent('con tôi bí mật')}`, { headers: { 'x-forwarded-host': 'evil.example' } })).text();
    expect(meta(html, 'property', 'og:url')).toBe(`${SITE_ORIGIN}/hoi-dap/`);
    expect(html).not.toContain('evil.example');
  });
});

describe('controls that need JavaScript', () => {
  it('hides the share and print buttons without JavaScript and shows them with it', async () => {
    for (const [path, selector] of [['/lich/', 'button[data-share]'], ['/lich/ngay-toan-dan-ma-tuy/in/', 'button[data-print]']] as const) {
      const off = await phone(browser(), false, async (page) => {
        await page.goto(base + path);
        return page.locator(selector).first().isVisible();
      });
      const on = await phone(browser(), true, async (page) => {
        await page.goto(base + path);
        return page.locator(selector).first().isVisible();
      });
      expect([path, off, on]).toEqual([path, false, true]);
    }
  });
});

describe('an over-long question, rendered by the page', () => {
  it.each([
    ['JavaScript on', false],
    ['scripts blocked', true],
  ])('answers 400 with the text kept and passes axe (%s)', async (_label, block) => {
    await phone(browser(), true, async (page) => {
      if (block) await page.context().route(/\.m?js(\?|$)/, (route) => route.abort());
      const res = await page.goto(`${base}/hoi-dap/?q=${encodeURIComponent(LONG_QUESTION)}`);
      expect(res!.status()).toBe(400);
      await expect(page.locator('#q').inputValue()).resolves.toBe(LONG_QUESTION);
      await expect(page.locator('[data-error]').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('the archive on /cai-nghien/', () => {
  it('opens the form of treatment a link points to (search results and the bot link to /cai-nghien/#id)', async () => {
    await phone(browser(), true, async (page) => {
      await page.goto(`${base}/cai-nghien/#bat-buoc`);
      await expect(page.locator('details#bat-buoc').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
      await expect(page.locator('details#tu-nguyen').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      const b = await box(page, 'details#bat-buoc');
      expect(b.top).toBeGreaterThanOrEqual(-1);
      expect(b.top).toBeLessThan(SCREEN.height);
    });
  });

  it('states the changes since 2025 once, not in every form of treatment', async () => {
    await phone(browser(), false, async (page) => {
      await page.goto(`${base}/cai-nghien/`);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text.match(/không còn cấp huyện/gi) ?? []).toHaveLength(1);
      await expect(page.locator('main h4', { hasText: 'Điều gì đã thay đổi' }).count()).resolves.toBe(0);
    });
  });
});
