/**
 * Search over the real index: the recall set (test/search-queries.yaml) must all find
 * their paragraph in the top 5, accents must not change the result set, and accented
 * queries rank exact-accent matches first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import searchData from '../../build/search-index.json';
import { createSearcher, makeSnippet, type SearchData } from '../../functions/lib/search.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';

const searcher = createSearcher(searchData as unknown as SearchData);
const { queries } = parse(readFileSync('test/search-queries.yaml', 'utf8')) as {
  queries: { q: string; expect: string[]; kind: string }[];
};

describe('search recall over the query set', () => {
  it('has at least 80 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
  });

  const misses: string[] = [];
  it.each(queries.map((x) => [x.kind, x.q, x] as const))('[%s] %s finds its paragraph in the top 5', (_k, _q, x) => {
    const q = x.kind === 'nfd' ? x.q.normalize('NFD') : x.q;
    const urls = searcher.search(q, { limit: 5 }).results.map((r) => r.url);
    const found = x.expect.some((u) => urls.includes(u));
    if (!found) misses.push(x.q);
    expect(urls, `expected one of ${x.expect.join(', ')}`).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(x.expect.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')))]));
  });

  it('prints the recall', () => {
    const recall = ((queries.length - misses.length) / queries.length) * 100;
    console.log(`search recall@5: ${queries.length - misses.length}/${queries.length} (${recall.toFixed(1)}%)`);
    expect(misses).toEqual([]);
  });
});

describe('accents', () => {
  it.each([
    ['cai nghiện tại gia đình', 'cai nghien tai gia dinh'],
    ['Nhà Nhân ái', 'nha nhan ai'],
    ['mua bán người', 'mua ban nguoi'],
    ['điểm tư vấn', 'diem tu van'],
  ])('"%s" and "%s" match the same results (accents only reorder them)', (accented, plain) => {
    const a = searcher.search(accented, { limit: 10_000 });
    const b = searcher.search(plain, { limit: 10_000 });
    expect(a.total).toBe(b.total);
    expect(a.results.map((r) => r.url).sort()).toEqual(b.results.map((r) => r.url).sort());
  });

  it('ranks a paragraph with the exact accents first when accents were typed', () => {
    // "mại dâm" (prostitution) and "mãi" differ only by tone: the exact one must lead.
    const top = searcher.search('mại dâm', { limit: 3 }).results[0]!;
    expect(foldVietnamese(top.snippet)).toContain('mai dam');
    expect(top.snippet).toContain('mại dâm');
  });

  it('treats NFD input like NFC', () => {
    const nfc = searcher.search('hỗ trợ nạn nhân', { limit: 5 }).results.map((r) => r.url);
    const nfd = searcher.search('hỗ trợ nạn nhân'.normalize('NFD'), { limit: 5 }).results.map((r) => r.url);
    expect(nfd).toEqual(nfc);
  });
});

describe('the search API shape', () => {
  it('returns plain-text snippets with highlight offsets on matched words', () => {
    const r = searcher.search('methadone', { limit: 3 }).results[0]!;
    expect(r.snippet).not.toMatch(/<[a-z]/i);
    expect(r.highlights.length).toBeGreaterThan(0);
    for (const [s, e] of r.highlights) expect(foldVietnamese(r.snippet.slice(s, e))).toBe('methadone');
  });

  it('filters by plan and by topic', () => {
    const byPlan = searcher.search('cai nghiện', { plan: 'son-la-2021-2025', limit: 50 }).results;
    expect(byPlan.length).toBeGreaterThan(0);
    expect(byPlan.every((r) => r.plan?.slug === 'son-la-2021-2025')).toBe(true);
    const byTopic = searcher.search('tuyên truyền', { topic: 'mua-ban-nguoi', limit: 50 }).results;
    expect(byTopic.every((r) => r.topic === 'mua-ban-nguoi')).toBe(true);
  });

  it('treats lunr syntax as plain characters and never throws', () => {
    for (const q of ['~', ':', '*', '^', '+', '-', 'ma~túy', 'title:x', '"', '\\', '***', 'a:b:c~2^3']) {
      expect(() => searcher.search(q)).not.toThrow();
    }
  });

  it('deep-links every result to a plan paragraph or a page', () => {
    for (const r of searcher.search('nạn nhân', { limit: 50 }).results) expect(r.url).toMatch(/^\/[a-z0-9\-/]*(\?q=[^#\s]+)?(#[a-z0-9-]+)?$/);
  });
});

describe('what else is indexed', () => {
  it('finds the bot answers, the treatment pages, the hotlines and the campaigns', () => {
    const urls = (q: string) => searcher.search(q, { limit: 10 }).results.map((r) => r.url);
    expect(urls('111 có phải đường dây cai nghiện').some((u) => u.startsWith('/hoi-dap/?q='))).toBe(true);
    expect(urls('cai nghiện bắt buộc')).toContain('/cai-nghien/#bat-buoc');
    expect(urls('cấp cứu 115')).toContain('/duong-day-nong/#so-115');
    expect(urls('tháng hành động phòng chống HIV')).toContain('/lich/#thang-hanh-dong-hiv');
  });
});

describe('makeSnippet', () => {
  it('centres on the matched words in a long text and marks each', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Nhà Nhân ái hỗ trợ nạn nhân. ${'Kết thúc. '.repeat(20)}`;
    const { snippet, highlights } = makeSnippet(text, new Set(['nhan', 'ai']));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(expect.arrayContaining(['Nhân', 'ái']));
  });
});
