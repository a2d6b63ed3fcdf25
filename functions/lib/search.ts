/**
 * Search over the portal's content with lunr: the index is built at build time
 * (buildSearchIndex, from scripts/) and only loaded in the Worker (createSearcher).
 * User text never reaches lunr's query parser: queries are built with Index#query, so
 * ~ : * ^ + - are plain characters.
 */
import lunr from 'lunr';
import { foldVietnamese, tokenize } from './fold.ts';
import { indexTerms, pairsOf } from './search-text.ts';
import { expandSynonyms } from './synonyms.ts';

export interface SearchDoc {
  id: string;
  title: string;
  url: string;
  text: string;
  plan: string | null;
  topic: string;
  kind: 'paragraph' | 'target' | 'page';
}

export interface PlanRef {
  slug: string;
  code: string | null;
  province: string;
  year: number;
}

export interface SearchData {
  index: object;
  store: SearchDoc[];
  plans: PlanRef[];
  /** "Lào Cai 2020", "Sơn La 2021-2025": how pages name each plan */
  planLabels: Record<string, string>;
}

export interface SearchResult {
  id: string;
  title: string;
  url: string;
  snippet: string;
  highlights: [number, number][];
  score: number;
  plan: PlanRef | null;
  topic: string;
}

export interface SearchOptions {
  limit?: number;
  plan?: string;
  topic?: string;
}

/** Build the serialised index and display store (build time only). */
export function buildSearchIndex(docs: SearchDoc[], plans: PlanRef[], planLabels: Record<string, string>): SearchData {
  const index = lunr(function () {
    // No stemmer, stop-word filter or trimmer: they are English and would cut Vietnamese
    // syllables ("hỗ" -> "h"). Terms are pre-tokenised and folded by indexTerms.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('i');
    this.field('folded');
    this.field('accented');
    docs.forEach((d, i) => {
      const t = indexTerms(`${d.title}. ${d.text}`);
      // Accented forms only where they differ from the folded one: the folded field
      // already matches words without diacritics.
      const accented = t.accented.filter((a, k) => a !== t.folded[k]);
      this.add({ i: String(i), folded: t.folded, accented });
    });
  });
  return { index: compact(index.toJSON()), store: docs, plans, planLabels };
}

// Compaction of the serialised index: vector weights rounded to 2 decimals (they rank the
// same), term indexes stored as gaps, empty postings ({"accented":{}}) dropped. expand()
// undoes it in place when the Worker loads the bundled JSON, once per object.
const FIELDS = ['folded', 'accented'] as const;
const expanded = new WeakSet<object>();
type SerialisedIndex = { fieldVectors: [string, number[]][]; invertedIndex: [string, Record<string, unknown>][] };
function compact(json: object): object {
  const j = json as SerialisedIndex;
  j.fieldVectors = j.fieldVectors.map(([ref, v]) => [
    ref,
    v.map((x, i) => (i % 2 ? Math.round(x * 100) / 100 : i === 0 ? x : x - (v[i - 2] ?? 0))),
  ]);
  for (const [, posting] of j.invertedIndex) {
    for (const f of FIELDS) if (Object.keys(posting[f] as object).length === 0) delete posting[f];
  }
  return j;
}
function expand(json: object): object {
  const j = json as SerialisedIndex;
  if (expanded.has(j)) return j;
  for (const [, posting] of j.invertedIndex) for (const f of FIELDS) posting[f] ??= {};
  for (const [, v] of j.fieldVectors) for (let i = 2; i < v.length; i += 2) v[i] = v[i]! + v[i - 2]!;
  expanded.add(j);
  return j;
}

interface QueryTerms {
  folded: string[];
  accented: string[];
  pairs: string[];
  typedAccents: boolean;
}

export function queryTerms(q: string): QueryTerms {
  const t = indexTerms(q);
  const synonyms = expandSynonyms(t.folded.join(' ')).map((s) => s.split(' '));
  const pairs = [...t.pairs, ...synonyms.flatMap(pairsOf)];
  return {
    folded: [...new Set([...t.folded, ...synonyms.flat()])],
    accented: [...new Set(t.accented)],
    pairs: [...new Set(pairs)],
    typedAccents: t.accented.some((a, i) => a !== t.folded[i]),
  };
}

const MAX_TERMS = 24;
/** How many of the best matches are re-ranked for syllable pairs, and by how much. */
const RERANK = 60;
const MAX_FUZZY = 4;
const PAIR_BONUS = 3;

export function createSearcher(data: SearchData) {
  const index = lunr.Index.load(expand(data.index));
  const plans = new Map(data.plans.map((p) => [p.slug, p]));
  const vocabulary = new Set(Object.keys((index as unknown as { invertedIndex: object }).invertedIndex));
  // Folded "title. text" of each document, computed once per isolate when first needed.
  const folded: string[] = [];
  const foldedText = (i: number) =>
    (folded[i] ??= ` ${indexTerms(`${data.store[i]!.title}. ${data.store[i]!.text}`).folded.join(' ')} `);

  function search(q: string, opts: SearchOptions = {}): { total: number; results: SearchResult[] } {
    const terms = queryTerms(q);
    if (terms.folded.length === 0) return { total: 0, results: [] };
    const folded = terms.folded.slice(0, MAX_TERMS);
    // Typo tolerance only for longer words the index does not know ("nghein", "methadon"),
    // and for a few of them: fuzzy expansion is the costly part of a query.
    const fuzzy = folded.filter((t) => t.length >= 5 && !vocabulary.has(t)).slice(0, MAX_FUZZY);
    const matches = index.query((query) => {
      for (const t of folded) query.term(t, { fields: ['folded'], boost: 1, usePipeline: false });
      for (const t of fuzzy) query.term(t, { fields: ['folded'], editDistance: 1, boost: 0.2, usePipeline: false });
      if (terms.typedAccents) {
        for (const a of terms.accented.slice(0, MAX_TERMS)) {
          if (a !== foldVietnamese(a)) query.term(a, { fields: ['accented'], boost: 3, usePipeline: false });
        }
      }
      // The last word may be half-typed (results as you type).
      const last = folded[folded.length - 1];
      if (last && last.length >= 3) query.term(last, { fields: ['folded'], wildcard: lunr.Query.wildcard.TRAILING, boost: 0.1, usePipeline: false });
    });
    // One result per page location: a target and its paragraph share a URL.
    const seen = new Set<string>();
    const candidates = matches
      .map((m) => ({ m, i: Number(m.ref), doc: data.store[Number(m.ref)]!, score: m.score }))
      .filter(({ doc }) => (!opts.plan || doc.plan === opts.plan) && (!opts.topic || doc.topic === opts.topic));
    // Syllable pairs: among the best candidates, a text that has the query's words next to
    // each other ("cai nghiện", "mua bán người") ranks as having the word, not just syllables.
    if (terms.pairs.length) {
      for (const c of candidates.slice(0, RERANK)) {
        const text = foldedText(c.i);
        const hits = terms.pairs.filter((p) => text.includes(` ${p} `)).length;
        c.score += PAIR_BONUS * hits;
      }
      candidates.sort((a, b) => b.score - a.score);
    }
    const filtered = candidates.filter(({ doc }) => !seen.has(doc.url) && (seen.add(doc.url), true));
    const limit = opts.limit ?? 10;
    const results = filtered.slice(0, limit).map(({ score, doc }) => {
      const { snippet, highlights } = makeSnippet(doc.text, new Set(folded));
      return {
        id: doc.id,
        title: doc.title,
        url: doc.url,
        snippet,
        highlights,
        score: Math.round(score * 1000) / 1000,
        plan: doc.plan ? (plans.get(doc.plan) ?? null) : null,
        topic: doc.topic,
      };
    });
    return { total: filtered.length, results };
  }
  return { search, planLabels: data.planLabels };
}

const SNIPPET = 220;

/**
 * A plain-text window of the text around the densest run of matched words, with the
 * [start, end) offsets of those words inside the snippet.
 */
export function makeSnippet(text: string, foldedTerms: Set<string>): { snippet: string; highlights: [number, number][] } {
  const toks = tokenize(text);
  const hits = toks.filter((t) => foldedTerms.has(foldVietnamese(t.text)));
  let start = 0;
  if (text.length > SNIPPET && hits.length) {
    // Window starting a little before the hit that has the most hits within SNIPPET chars.
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i < hits.length; i++) {
      const count = hits.filter((h) => h.start >= hits[i]!.start && h.end <= hits[i]!.start + SNIPPET - 40).length;
      if (count > bestCount) {
        bestCount = count;
        best = i;
      }
    }
    start = Math.max(0, hits[best]!.start - 40);
    const space = text.lastIndexOf(' ', start);
    start = start === 0 ? 0 : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const snippet = prefix + text.slice(start, end) + suffix;
  const highlights: [number, number][] = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => [h.start - start + prefix.length, h.end - start + prefix.length]);
  return { snippet, highlights };
}
