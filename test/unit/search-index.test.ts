/**
 * The compact index the build writes (packed numbers, decoded on first use in the Worker)
 * ranks exactly as lunr's own index of the same documents: same results, same order, same
 * scores, over the recall query set and the bot question set.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import lunr from 'lunr';
import searchData from '../../build/search-index.json';
import { buildLunrIndex, createSearcher, loadCompactIndex, type SearchData } from '../../functions/lib/search.ts';
import { packInts, unpackInts } from '../../functions/lib/packed.ts';

const data = searchData as unknown as SearchData;
const plain = buildLunrIndex(data.store);
const compact = createSearcher(data);
const lunrs = createSearcher(data, plain.index);
const queries = [
  ...(parse(readFileSync('test/search-queries.yaml', 'utf8')) as { queries: { q: string }[] }).queries.map((x) => x.q),
  ...(parse(readFileSync('test/bot-questions.yaml', 'utf8')) as { questions: { q: string }[] }).questions.map((x) => x.q),
];

describe('packed numbers', () => {
  it('round-trips whole numbers of any size, one character for 0-31', () => {
    const xs = [0, 1, 31, 32, 1000, 1023, 1024, 32767, 32768, 2 ** 31, Number.MAX_SAFE_INTEGER];
    expect(unpackInts(packInts(xs))).toEqual(xs);
    expect(packInts([0, 5, 31])).toHaveLength(3);
    expect(packInts([32, 1000])).toHaveLength(4);
    expect(unpackInts('')).toEqual([]);
    expect(packInts(xs)).toMatch(/^[0-9A-Za-z_-]+$/);
  });

  it('refuses what it cannot pack or read', () => {
    expect(() => packInts([-1])).toThrow();
    expect(() => packInts([1.5])).toThrow();
    expect(() => unpackInts('a"b')).toThrow();
  });
});

describe('the compact index ranks as lunr does', () => {
  it(`gives the same top 10, in the same order with the same scores, for ${queries.length} queries`, () => {
    expect(queries.length).toBeGreaterThan(200);
    const differ: string[] = [];
    for (const q of queries) {
      const a = compact.search(q, { limit: 10 });
      const b = lunrs.search(q, { limit: 10 });
      const show = (r: typeof a) => r.results.map((x) => `${x.id} ${x.score}`);
      if (a.total !== b.total || show(a).join('|') !== show(b).join('|')) differ.push(q);
    }
    expect(differ).toEqual([]);
  });

  it('matches the same documents as lunr for every index term, with the same scores to 3 decimals', () => {
    const index = loadCompactIndex(data.index);
    const byTerm = (ix: lunr.Index, t: string) =>
      ix
        .query((q) => q.term(t, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE }))
        .map((m) => [m.ref, m.score.toFixed(3)])
        .sort(([a], [b]) => Number(a) - Number(b));
    expect(data.index.terms.length).toBeGreaterThan(500);
    for (const t of data.index.terms) expect(byTerm(index, t), t).toEqual(byTerm(plain.index, t));
  });

  it('holds the same accented words, for the same documents', () => {
    const decoded = Object.entries(data.index.acc).map(([w, packed]) => {
      let d = 0;
      return [w, unpackInts(packed).map((g) => (d += g))] as const;
    });
    expect(decoded).toEqual([...plain.acc].sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  it('answers lunr queries it does not use itself: unknown terms, prefixes, typos, prohibited terms', () => {
    const index = loadCompactIndex(data.index);
    const refs = (ix: lunr.Index, build: lunr.Index.QueryBuilder) => ix.query(build).map((m) => m.ref).sort();
    const cases: lunr.Index.QueryBuilder[] = [
      (q) => q.term('khongcotu', {}),
      (q) => q.term('nghi', { wildcard: lunr.Query.wildcard.TRAILING }),
      (q) => q.term('nghein', { editDistance: 2 }),
      (q) => q.term('ma', { presence: lunr.Query.presence.PROHIBITED }),
    ];
    for (const c of cases) expect(refs(index, c)).toEqual(refs(plain.index, c));
    expect(refs(index, cases[3]!).length).toBeGreaterThan(0);
  });
});
