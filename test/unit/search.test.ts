/**
 * Search over the real index: the recall set (test/search-queries.yaml) must all find
 * their paragraph in the top 5, accents must not change the result set, accented queries
 * rank exact-accent matches first, dates and codes match whole, bot training phrases never
 * show, paging is honest, and the cost of odd input stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import searchData from '../../build/search-index.json';
import { createSearcher, makeSnippet, parseQuery, type SearchData } from '../../functions/lib/search.ts';
import { searchTokens } from '../../functions/lib/search-text.ts';
import { accentKey, foldVietnamese } from '../../functions/lib/fold.ts';
import { loadIntents } from '../../scripts/lib/bot-data.ts';

const data = searchData as unknown as SearchData;
const searcher = createSearcher(data);
const textOf = (id: string) => {
  const d = data.store.find((x) => x.id === id)!;
  return `${d.title}. ${d.text}`;
};
/** Whether a text holds the word with exactly these accents (one tone placement). */
const holdsExactly = (text: string, word: string) => searchTokens(text).some((t) => t.accented === accentKey(word) || (t.accented === null && t.folded === word));
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

  it('ranks texts holding "người bán" with those accents above texts with "bản" or "ban"', () => {
    const results = searcher.search('người bán', { limit: 10_000 }).results;
    const exact = results.map((r) => ['người', 'bán'].filter((w) => holdsExactly(textOf(r.id), w)).length);
    expect(exact[0]).toBe(2);
    // more words with the typed accents always rank above fewer
    for (let k = 1; k < exact.length; k++) expect(exact[k]).toBeLessThanOrEqual(exact[k - 1]!);
    expect(exact.some((x) => x < 2)).toBe(true);
  });

  it('highlights only the words with the typed accents when the text has them', () => {
    for (const r of searcher.search('người bán', { limit: 20 }).results) {
      const marked = r.highlights.map(([s, e]) => r.snippet.slice(s, e).toLowerCase());
      if (r.snippet.toLowerCase().includes('bán')) expect(marked).not.toContain('bản');
    }
    const bản = searcher.search('bản', { limit: 10 }).results;
    expect(bản.length).toBeGreaterThan(0);
    for (const r of bản) for (const [s, e] of r.highlights) expect(r.snippet.slice(s, e).toLowerCase()).toBe('bản');
  });

  it('finds the same words folded when the query has no accents', () => {
    const marks = searcher.search('nguoi ban', { limit: 20 }).results.flatMap((r) => r.highlights.map(([s, e]) => foldVietnamese(r.snippet.slice(s, e))));
    expect(new Set(marks)).toEqual(new Set(['nguoi', 'ban']));
  });

  it('treats old and new tone placement alike (tuý / túy, hoà / hòa)', () => {
    for (const [a, b] of [['ma tuý', 'ma túy'], ['hoà nhập', 'hòa nhập']] as const) {
      expect(searcher.search(a, { limit: 20 })).toEqual(searcher.search(b, { limit: 20 }));
    }
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

describe('bot training phrases are not content', () => {
  const norm = (t: string) => ` ${foldVietnamese(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  // An example that is also a title, or a phrase that content itself uses (a plan, a page,
  // a written answer), is content too. The bot's own documents are left out of that check,
  // so an example indexed with its answer would still be caught.
  const intents = loadIntents().map((x) => x.intent);
  const titles = [...intents.map((i) => i.title), ...data.store.map((d) => d.title)].map(norm).join(' ');
  const planText = [...data.store.filter((d) => !d.url.startsWith('/hoi-dap/')).map((d) => d.text), ...intents.map((i) => i.answer ?? '')].map(norm).join(' ');
  const examples = intents
    .flatMap((i) => i.examples)
    .map(norm)
    .filter((e) => e.trim().split(' ').length >= 3 && !titles.includes(e) && !planText.includes(e));

  it('never shows an example question of content/faq/*.yaml in a result, for the whole query set', () => {
    expect(examples.length).toBeGreaterThan(50);
    const shown: string[] = [];
    for (const x of queries) {
      for (const r of searcher.search(x.q, { limit: 20 }).results) {
        const seen = [norm(r.snippet), norm(decodeURIComponent(r.url.replace(/\+/g, ' ')))];
        for (const e of examples) if (seen.some((t) => t.includes(e))) shown.push(`${x.q} -> ${r.url}: ${e}`);
      }
    }
    expect(shown).toEqual([]);
  });

  it('indexes a bot answer by its answer and title, and opens it asked with its title', () => {
    const r = searcher.search('Nhà Nhân ái và Tổ chức Vòng tay Thái Bình', { limit: 10 }).results.find((x) => x.url.startsWith('/hoi-dap/'));
    expect(r).toBeDefined();
    expect(new URL(r!.url, 'https://x').searchParams.get('q')).toBe(r!.title.replace(/^Hỏi đáp: /, ''));
  });
});

describe('dates, codes and figures are whole tokens', () => {
  const holds = (id: string, token: string) => searchTokens(textOf(id)).some((t) => t.terms.includes(token));

  it('"10/12" finds only texts holding that date, never 10 and 12 apart', () => {
    const r = searcher.search('10/12', { limit: 50 });
    expect(r.total).toBeGreaterThanOrEqual(3);
    for (const x of r.results) expect(holds(x.id, '10/12')).toBe(true);
    for (const x of r.results) for (const [s, e] of x.highlights) expect(x.snippet.slice(s, e)).toMatch(/^10\/12\b/);
    expect(r.results.map((x) => x.url)).toEqual(expect.arrayContaining(['/ke-hoach/hung-yen-2021/#p-1', '/ke-hoach/son-la-2021-2025/#p-45', '/ke-hoach/lao-cai-2020/#p-29']));
  });

  it('"1/12" finds 1/12 and not 21/12/2021 or 01/12 written otherwise', () => {
    const r = searcher.search('1/12', { limit: 50 });
    expect(r.total).toBeGreaterThan(0);
    for (const x of r.results) expect(holds(x.id, '1/12')).toBe(true);
    expect(searchTokens('ngày 01/12/2020').flatMap((t) => t.terms)).toContain('1/12');
    expect(searchTokens('ngày 21/12/2021').flatMap((t) => t.terms)).not.toContain('1/12');
  });

  it('a document code finds the paragraphs holding it first', () => {
    const r = searcher.search('08/KH-UBND', { limit: 5 }).results;
    expect(r.map((x) => x.url).slice(0, 2).sort()).toEqual(['/ke-hoach/quang-ninh-2022/#p-1', '/ke-hoach/quang-ninh-2022/#thong-tin']);
    expect(searcher.search('98/NQ-CP', { limit: 1 }).results[0]!.url).toBe('/ke-hoach/lao-cai-2020/#p-30');
  });

  it('"5.000" is not found inside "15.000"', () => {
    const r = searcher.search('5.000', { limit: 50 });
    expect(r.results[0]!.url).toBe('/ke-hoach/lao-cai-2020/#p-46');
    for (const x of r.results) expect(holds(x.id, '5.000')).toBe(true);
  });

  it('tokenises dates, codes and figures whole', () => {
    expect(searchTokens('ngày 27/7/2016, số 08/KH-UBND, 1.600 người, HIV/AIDS').map((t) => t.folded)).toEqual(['ngay', '27/7/2016', 'so', '8/kh-ubnd', '1.600', 'nguoi', 'hiv', 'aids']);
    expect(searchTokens('27/7/2016')[0]!.terms).toEqual(['27/7/2016', '27/7', '7/2016', '2016']);
  });
});

describe('ranking', () => {
  it.each([
    ['nen bat dau tu dau khi nguoi than nghien', '/cai-nghien/#cac-buoc'],
    ['cac hinh thuc cai nghien', '/cai-nghien/'],
    ['so dien thoai duong day nong', '/duong-day-nong/'],
  ])('"%s" puts a section of %s first', (q, page) => {
    expect(searcher.search(q, { limit: 1 }).results[0]!.url.startsWith(page)).toBe(true);
  });

  it('a heading of a few words does not outrank the paragraphs that hold all the words', () => {
    // p-45 of Lào Cai is the heading "2.3. Tiếp nhận và hỗ trợ nạn nhân bị mua bán trở về
    // tái hòa nhập cộng đồng"; the paragraphs under it say what is done.
    const urls = searcher.search('tiếp nhận hỗ trợ nạn nhân bị mua bán trở về', { limit: 5 }).results.map((r) => r.url);
    expect(urls[0]).not.toBe('/ke-hoach/lao-cai-2020/#p-45');
  });
});

describe('paging', () => {
  it('pages through every result once, and the total is honest', () => {
    const all = searcher.search('ma tuy', { limit: 10_000 });
    expect(all.total).toBe(all.results.length);
    expect(all.total).toBeGreaterThan(100);
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset += 20) {
      const page = searcher.search('ma tuy', { limit: 20, offset });
      expect(page.total).toBe(all.total);
      paged.push(...page.results.map((r) => r.url));
    }
    expect(paged).toEqual(all.results.map((r) => r.url));
    expect(new Set(paged).size).toBe(paged.length);
    expect(searcher.search('ma tuy', { limit: 20, offset: all.total }).results).toEqual([]);
  });
});

describe('bounded cost', () => {
  it('drops tokens longer than any index term (200 × "각", long digit runs)', () => {
    expect(parseQuery('각'.repeat(200)).words).toEqual([]);
    expect(parseQuery('각'.repeat(200).normalize('NFD')).words).toEqual([]);
    expect(parseQuery('9'.repeat(200)).words).toEqual([]);
    expect(searcher.search('각'.repeat(200)).total).toBe(0);
  });

  it('reads at most 24 distinct words of a long text', () => {
    const long = Array.from({ length: 300 }, (_, i) => `tu${i}`).join(' ');
    expect(parseQuery(long).words.length).toBe(24);
  });

  it('corrects typos only in words of 5 to 20 letters', () => {
    expect(searcher.search('nghein', { limit: 1 }).total).toBeGreaterThan(0);
    expect(searcher.search('methadol', { limit: 5 }).results.map((r) => r.url)).toContain('/cai-nghien/#methadone');
    // 21 letters: one typo from a real word is not corrected
    expect(searcher.search('nghienxxxxxxxxxxxxxxx', { limit: 1 }).total).toBe(0);
    expect(searcher.search('ngh', { limit: 1 }).total).toBeGreaterThan(0); // half-typed word
  });
});

describe('what else is indexed', () => {
  it('finds the bot answers, the treatment pages, the hotlines and the campaigns', () => {
    const urls = (q: string) => searcher.search(q, { limit: 10 }).results.map((r) => r.url);
    expect(urls('Số 111 và đường dây tư vấn cai nghiện').some((u) => u.startsWith('/hoi-dap/?q='))).toBe(true);
    expect(urls('cai nghiện bắt buộc')).toContain('/cai-nghien/#bat-buoc');
    expect(urls('cấp cứu 115')).toContain('/duong-day-nong/#so-115');
    expect(urls('tháng hành động phòng chống HIV')).toContain('/lich/#thang-hanh-dong-hiv');
  });
});

describe('makeSnippet', () => {
  it('centres on the matched words in a long text and marks each', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Nhà Nhân ái hỗ trợ nạn nhân. ${'Kết thúc. '.repeat(20)}`;
    const { snippet, highlights } = makeSnippet(text, 'nhan ai');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(expect.arrayContaining(['Nhân', 'ái']));
  });
});
