/**
 * Checks over the built site (dist/client, made by `npm run build` before the tests):
 * links and anchors resolve, open data agrees with the pages, phone numbers are only the
 * ones from FACTS.md, and 111 is never presented as a treatment line.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { phoneNumbersIn } from '../../scripts/lib/phones.ts';
import { hotlinesSchema } from '../../scripts/lib/schema.ts';
import { checkHotlines } from '../../scripts/lib/truth.ts';
import { CSV_COLUMNS } from '../../functions/lib/opendata.ts';
import { summarizeChecks, type CheckStatus } from '../../functions/lib/consistency.ts';
import { CLIENT, builtHtml } from '../../scripts/lib/weights.ts';
import { SITE_ORIGIN } from '../../functions/lib/site.ts';
import { readCsv } from './csv-reader.ts';

const pages = new Map(builtHtml().map((p) => [p.url, readFileSync(p.file, 'utf8')] as const));
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hotlines = hotlinesSchema.parse(parse(readFileSync('content/hotlines.yaml', 'utf8')));
const allowed = new Set(hotlines.hotlines.map((h) => h.number.replace(/\D/g, '')));
// Pages rendered on demand are not in dist; links to them are valid.
const ON_DEMAND = ['/tim-kiem/', '/hoi-dap/', '/lich/'];

describe('links in the built site', () => {
  it('built every page of the design', () => {
    for (const p of ['/', '/ke-hoach/', '/so-sanh/', '/cai-nghien/', '/duong-day-nong/', '/du-lieu/', '/gioi-thieu/', '/ke-hoach/lao-cai-2020/']) {
      expect(pages.has(p), p).toBe(true);
    }
  });

  it.each([...pages.keys()])('every internal link and anchor on %s resolves', (path) => {
    const html = pages.get(path)!;
    const broken: string[] = [];
    for (const m of html.matchAll(/href="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|tel:|webcal:|mailto:)/.test(href)) continue;
      const [rawPath, hash] = href.split('#');
      const target = rawPath ? rawPath.split('?')[0]! : path;
      if (ON_DEMAND.some((p) => target === p || target.startsWith('/lich/')) || target.startsWith('/api/')) continue;
      if (/\.(css|js|svg|ics|json|csv|txt)$/.test(target)) {
        if (!existsSync(join(CLIENT, target)) && !target.endsWith('.ics')) broken.push(href);
        continue;
      }
      const page = rawPath ? pages.get(target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`) : html;
      if (!page) broken.push(href);
      else if (hash && !idsOf(page).has(hash)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});

describe('open data agrees with the pages', () => {
  const json = JSON.parse(readFileSync(join(CLIENT, 'du-lieu', 'ke-hoach.json'), 'utf8')) as {
    plans: { slug: string; url: string; code: string | null; targets: { id: string; value: string; paragraph: string; fromTable?: boolean; indicator: string }[] }[];
  };
  const csv = readFileSync(join(CLIENT, 'du-lieu', 'chi-tieu.csv'), 'utf8');

  it('has all five plans', () => {
    expect(json.plans.map((p) => p.slug).sort()).toEqual(['hung-yen-2021', 'lao-cai-2020', 'ninh-thuan-2023', 'quang-ninh-2022', 'son-la-2021-2025']);
  });

  it('writes the CSV as UTF-8 with a BOM, CRLF line ends and one row per target', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const rows = csv.trimEnd().split('\r\n').length - 1;
    expect(rows).toBe(json.plans.reduce((n, p) => n + p.targets.length, 0));
    expect(csv).toContain('Lào Cai');
  });

  it.each(json.plans.map((p) => [p.slug, p] as const))('%s: every target in the JSON is on its page, at an anchor that exists', (_s, p) => {
    const html = pages.get(new URL(p.url).pathname)!;
    const ids = idsOf(html);
    for (const t of p.targets) {
      expect(ids.has(t.paragraph), `${t.id} -> ${t.paragraph}`).toBe(true);
      if (!t.fromTable) expect(html, t.id).toContain(t.value);
    }
  });
});

describe('phone numbers', () => {
  it('every phone number in the built site is one from FACTS.md (content/hotlines.yaml)', () => {
    const bad: string[] = [];
    for (const [path, html] of pages) for (const n of phoneNumbersIn(html)) if (!allowed.has(n)) bad.push(`${path}: ${n}`);
    expect(bad).toEqual([]);
  });

  it('would catch an unsupported number added to a page', () => {
    expect(phoneNumbersIn('<p>Gọi 1900 969 680 để được tư vấn</p>')).toContain('1900969680');
    expect(phoneNumbersIn('<a href="tel:18001567">x</a>')).toContain('18001567');
  });

  it('would catch an unsupported number added to content/hotlines.yaml', () => {
    const copy = structuredClone(hotlines);
    copy.hotlines.push({ ...copy.hotlines[0]!, id: 'x', number: '1900969680' });
    expect(checkHotlines(copy).some((p) => p.message.includes('1900969680'))).toBe(true);
  });

  it('never presents 111 as a drug-treatment line', () => {
    const treatment = pages.get('/cai-nghien/')!.replace(/<[^>]+>/g, ' ');
    for (const sentence of treatment.split(/(?<=[.!?])\s+/).filter((s) => /\b111\b/.test(s))) {
      expect(sentence, sentence).toMatch(/không phải|trẻ em|mua bán|lừa bán|bảo vệ|Tổng đài/);
    }
    const line = hotlines.hotlines.find((h) => h.number === '111')!;
    expect(line.needs.join(' ')).not.toMatch(/cai nghiện/i);
  });
});

describe('one account of the discrepancies', () => {
  const json = JSON.parse(readFileSync(join(CLIENT, 'du-lieu', 'ke-hoach.json'), 'utf8')) as {
    plans: { url: string; checkSummary: { text: string; mismatch: number; roundedDown: number }; checks: { id: string; status: CheckStatus; statusLabel: string; explanation: string }[] }[];
  };
  const statusesOn = (html: string) => [...html.matchAll(/data-check="([^"]+)" data-status="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`).sort();

  it('/du-lieu/ gives the same count and the same classification as the plan pages and the JSON', () => {
    const all = json.plans.flatMap((p) => p.checks);
    const data = pages.get('/du-lieu/')!;
    expect(data).toContain(summarizeChecks(all).text);
    const onPlans = json.plans.flatMap((p) => statusesOn(pages.get(new URL(p.url).pathname)!)).sort();
    const inJson = all.filter((c) => c.status !== 'ok').map((c) => `${c.id}:${c.status}`).sort();
    expect(statusesOn(data)).toEqual(inJson);
    expect(onPlans).toEqual(inJson);
    for (const p of json.plans) if (p.checks.length) expect(pages.get(new URL(p.url).pathname)!, p.url).toContain(p.checkSummary.text);
  });

  it('says each published figure and its computed value once per note', () => {
    for (const c of json.plans.flatMap((p) => p.checks).filter((x) => x.status !== 'ok')) {
      const html = pages.get('/du-lieu/')!;
      const item = html.match(new RegExp(`data-check="${c.id}"[^>]*>([\\s\\S]*?)</li>`))![1]!.replace(/<[^>]+>/g, '');
      const computed = c.explanation.match(/(?:được|=) ([\d.,]+%?)\.$/)![1]!;
      // "văn bản ghi …" once, and the computed value given once (as "= 150" or "được 108,57%")
      expect(item.match(/văn bản ghi/gi), item).toHaveLength(1);
      expect(item.split(`= ${computed}`).length + item.split(`được ${computed}`).length - 2, item).toBe(1);
    }
  });
});

describe('the CSV opens safely in a spreadsheet', () => {
  const csv = readFileSync(join(CLIENT, 'du-lieu', 'chi-tieu.csv'), 'utf8');
  const [header, ...rows] = readCsv(csv.replace(/^\uFEFF/, ''));
  const json = JSON.parse(readFileSync(join(CLIENT, 'du-lieu', 'ke-hoach.json'), 'utf8')) as {
    plans: { url: string; source: { url: string }; targets: { id: string; url: string; kind: string }[] }[];
  };
  const col = (name: string) => header!.indexOf(name);

  it('reads back with an RFC 4180 parser: the header, then one row per target, every row as wide as the header', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(json.plans.reduce((n, p) => n + p.targets.length, 0));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('has no cell a spreadsheet would read as a formula', () => {
    const bad = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(bad).toEqual([]);
  });

  it('says comparators and kinds in Vietnamese words, with the kind code in its own column', () => {
    expect(new Set(rows.map((r) => r[col('so_sanh')]))).toEqual(new Set(['bằng', 'trên', 'ít nhất', 'tối đa', 'khoảng'].filter((w) => rows.some((r) => r[col('so_sanh')] === w))));
    expect(rows.map((r) => r[col('so_sanh')])).toContain('bằng');
    expect(new Set(rows.map((r) => r[col('loai')]))).toEqual(new Set(['Chỉ tiêu', 'Kết quả', 'Số liệu hiện trạng']));
    expect(new Set(rows.map((r) => r[col('ma_loai')]))).toEqual(new Set(['target', 'result', 'baseline']));
  });

  it('gives every link absolute, on the configured origin, and each lands on a built page and anchor', () => {
    for (const r of rows) {
      for (const link of [r[col('duong_dan')]!, r[col('van_ban_goc')]!]) {
        expect(link.startsWith(`${SITE_ORIGIN}/`), link).toBe(true);
      }
      const u = new URL(r[col('duong_dan')]!);
      expect(idsOf(pages.get(u.pathname)!).has(u.hash.slice(1)), u.href).toBe(true);
      expect(existsSync(join(CLIENT, new URL(r[col('van_ban_goc')]!).pathname)), r[col('van_ban_goc')]).toBe(true);
    }
  });

  it('gives the same absolute links in the JSON', () => {
    for (const p of json.plans) {
      expect(p.url.startsWith(`${SITE_ORIGIN}/ke-hoach/`)).toBe(true);
      expect(p.source.url.startsWith(`${SITE_ORIGIN}/du-lieu/nguon/`)).toBe(true);
      for (const t of p.targets) expect(t.url.startsWith(`${p.url}#p-`), t.url).toBe(true);
    }
  });
});

describe('sources anyone can check', () => {
  const json = JSON.parse(readFileSync(join(CLIENT, 'du-lieu', 'ke-hoach.json'), 'utf8')) as { plans: { url: string; source: { url: string; file: string } }[] };
  // shared/ sits beside the repository (as in CI); /work/shared in the developers' workplace.
  const seeds = [join(process.cwd(), '..', 'shared', 'seeds'), '/work/shared/seeds'].find((d) => existsSync(d)) ?? '';

  it.each(json.plans.map((p) => [p.source.file, p] as const))('/du-lieu/nguon/%s is content/sources/ byte for byte, and the seed when present', (file, p) => {
    const served = readFileSync(join(CLIENT, new URL(p.source.url).pathname));
    expect(served.equals(readFileSync(join('content', 'sources', file)))).toBe(true);
    if (seeds) expect(served.equals(readFileSync(join(seeds, file)))).toBe(true);
  });

  it.each(json.plans.map((p) => [new URL(p.url).pathname, p] as const))('%s links its source text and no repository path', (path, p) => {
    const html = pages.get(path)!;
    expect(html).toContain(`href="${new URL(p.source.url).pathname}"`);
    expect(html).not.toContain('content/sources/');
  });

  it.each(json.plans.map((p) => [new URL(p.url).pathname] as const))('%s: no-JavaScript citations carry the configured origin and a real date', (path) => {
    const html = pages.get(path)!;
    const cites = [...html.matchAll(/data-cite data-cite-date="(\d\d\/\d\d\/\d{4})">([^<]+)</g)];
    expect(cites.length).toBeGreaterThan(0);
    for (const [, date, text] of cites) {
      expect(text).toContain(`${SITE_ORIGIN}/ke-hoach/`);
      expect(text).toContain(`(truy cập ngày ${date}).`);
    }
    expect(html).not.toContain('[ngày truy cập]');
  });
});

describe('the bot quotes the portal\'s own pages as they are', () => {
  // A bot answer that cites "/cai-nghien/" must quote a sentence the reader finds there:
  // pages change (the guide was rewritten), quotes must follow.
  const text = (html: string) =>
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<\/?(p|li|ul|ol|h[1-6]|div|section|details|summary|br|td|th|tr|table|dd|dt|dl|nav|header|footer|main|article|aside)\b[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .normalize('NFC');
  const quotes: { file: string; page: string; quote: string }[] = [];
  const walk = (file: string, v: unknown): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(file, x));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.page === 'string' && typeof o.quote === 'string') quotes.push({ file, page: o.page, quote: o.quote });
    Object.values(o).forEach((x) => walk(file, x));
  };
  for (const file of ['content/faq/topics.yaml', 'content/faq/data.yaml', 'content/faq/rules.yaml', 'content/faq/sources.yaml']) walk(file, parse(readFileSync(file, 'utf8')));
  const seen = new Set<string>();
  quotes.splice(0, quotes.length, ...quotes.filter((q) => !seen.has(q.page + q.quote) && (seen.add(q.page + q.quote), true)));
  it('finds the page quotes to check', () => expect(quotes.length).toBeGreaterThan(10));
  it.each(quotes.map((q) => [q.page, q.quote, q.file]))('%s holds "%s" (%s)', (page, quote) => {
    const path = page.split('#')[0]!;
    const html = pages.get(path);
    if (!html) return expect(ON_DEMAND.includes(path), `${path} is neither built nor on demand`).toBe(true);
    expect(text(html)).toContain(quote.normalize('NFC'));
  });
});

describe('the inline stylesheet and the CSP', () => {
  // Each page carries the site's CSS inline (one round trip less on a slow line). If its text
  // and the hash in the CSP ever differ, browsers drop the style and the page is unstyled.
  const headersFile = readFileSync(join(CLIENT, '_headers'), 'utf8');
  const csp = /Content-Security-Policy: (.+)/.exec(headersFile)?.[1] ?? '';
  const styleSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src')) ?? '';
  it.each([...pages.keys()])('%s: one inline <style>, allowed by its hash, no style attributes', (path) => {
    const html = pages.get(path)!;
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}'`;
    expect(styleSrc.split(' ')).toContain(hash);
    expect(styles[0]!.length).toBeGreaterThan(2000);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain('href="/site.css"');
  });
  it('style-src allows nothing inline beyond that hash', () => {
    expect(styleSrc).not.toContain('unsafe-inline');
    expect(styleSrc.split(' ').filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
  });
});
