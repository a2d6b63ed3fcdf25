/**
 * Search over the portal's content with lunr: the index is built at build time
 * (buildSearchIndex, from scripts/) and only loaded in the Worker (createSearcher).
 * The build writes it compact (CompactIndex): terms, and every list of numbers (postings,
 * vectors, accent lists) packed as a string. The Worker builds a lunr.Index on it directly
 * and decodes a term's postings or a document's vector the first time a query reads it, so
 * an isolate's start parses about 2,200 short strings instead of about 85,000 numbers.
 * User text never reaches lunr's query parser: queries are built with Index#query from
 * exact index terms, so ~ : * ^ + - are plain characters.
 *
 * Ranking, after lunr's BM25 over folded terms:
 * - syllable pairs: a text with the query's words next to each other ranks higher;
 * - typed accents: a word typed with its diacritics ("bán") ranks texts holding that exact
 *   word above texts that only match it folded ("bản");
 * - coverage: a text holding more of the query's words ranks higher, so a heading of a few
 *   words only leads when it is the best match;
 * - a question that leads to a page ("số điện thoại đường dây nóng") ranks that page first.
 *
 * Cost is bounded whatever the input: at most MAX_TERMS words, tokens longer than any
 * index term are dropped, typo tolerance only for a few words of 5-20 characters, looked up
 * in the index vocabulary (no edit-distance automaton), and prefix expansion capped.
 */
import lunr from 'lunr';
import { MAX_TOKEN, hasDigit, indexTerms, pairsOf, searchTokens, type SearchToken } from './search-text.ts';
import { expandSynonyms } from './synonyms.ts';
import { packInts, unpackInts } from './packed.ts';

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

/**
 * The index as the build writes it: lunr's postings and vectors, compacted (see compact),
 * every list of numbers packed as a string (functions/lib/packed.ts). The Worker decodes a
 * term's postings or a document's vector only when a query first reads it.
 */
export interface CompactIndex {
  /** index terms, sorted */
  terms: string[];
  /** lunr's _index of each term, packed */
  tix: string;
  /** documents of each term, as gaps between ascending document numbers, packed */
  post: string[];
  /** each document's field vector: term index gaps and weights x 1000 (WEIGHT_SCALE), interleaved, packed */
  vec: string[];
  /** accented forms of words (where they differ from the folded form): their documents, as gaps, packed */
  acc: Record<string, string>;
}

export interface SearchData {
  index: CompactIndex;
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
  /** results to skip (paging); the total counts them all */
  offset?: number;
  plan?: string;
  topic?: string;
}

/** Results per page on /tim-kiem/ (with and without JavaScript). */
export const PAGE_SIZE = 20;
/** The furthest result the API pages to (offset), beyond any index this portal will hold. */
export const MAX_OFFSET = 5000;

/** The page number a paging button sent: a whole number from 1, anything else is page 1. */
export function pageOf(raw: string | null): number {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** The API's offset parameter: absent is 0, a whole number 0-5000, anything else null (a 400). */
export function offsetOf(raw: string | null): number | null {
  if (raw === null || raw === '') return 0;
  if (!/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_OFFSET ? n : null;
}

const FIELD = 'f';
/**
 * BM25 length normalisation. lunr's default (0.75) let a heading of four words outrank
 * every paragraph holding the same words; 0.35 keeps some preference for focused texts.
 */
const LENGTH_B = 0.35;

/**
 * lunr's own index of the documents, and the documents holding each accented word (build
 * time, and the unit test that compares the compact index with it).
 */
export function buildLunrIndex(store: SearchDoc[]): { index: lunr.Index; acc: Map<string, number[]> } {
  const acc = new Map<string, number[]>();
  const index = lunr(function () {
    // No stemmer, stop-word filter or trimmer: they are English and would cut Vietnamese
    // syllables ("hỗ" -> "h"). Terms are pre-tokenised and folded by indexTerms.
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.b(LENGTH_B);
    this.ref('i');
    this.field(FIELD);
    store.forEach((d, i) => {
      const text = `${d.title}. ${d.text}`;
      this.add({ i: String(i), [FIELD]: indexTerms(text).folded });
      for (const t of searchTokens(text)) {
        if (!t.accented) continue;
        const docs = acc.get(t.accented) ?? [];
        if (docs[docs.length - 1] !== i) docs.push(i);
        acc.set(t.accented, docs);
      }
    });
  });
  return { index, acc };
}

/** Build the serialised index and display store (build time only). */
export function buildSearchIndex(docs: SearchDoc[], plans: PlanRef[], planLabels: Record<string, string>): SearchData {
  const store = docs.map((d) => ({ ...d, title: d.title.normalize('NFC'), text: d.text.normalize('NFC') }));
  const { index, acc } = buildLunrIndex(store);
  const accented = Object.fromEntries([...acc].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, packInts(gaps(v))]));
  return { index: { ...compact(index.toJSON() as unknown as SerialisedIndex, store.length), acc: accented }, store, plans, planLabels };
}

type SerialisedIndex = {
  version: string;
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number } & Record<string, Record<string, object>>][];
};

/** Vector weights are kept to 3 decimals: lunr's own index ranks the same (2 did not, at near ties). */
const WEIGHT_SCALE = 1000;
const gaps = (xs: number[]) => xs.map((x, k) => (k === 0 ? x : x - xs[k - 1]!));

// lunr's JSON holds {"f":{"12":{},"40":{}}} for each term and "f/12" for each vector: the
// compact form keeps only numbers, packed, weights rounded to 3 decimals (they rank the
// same: the unit tests compare the top 10 with lunr's own index).
function compact(j: SerialisedIndex, docs: number): Omit<CompactIndex, 'acc'> {
  const vec: string[] = Array.from({ length: docs }, () => '');
  for (const [ref, v] of j.fieldVectors) {
    const out: number[] = [];
    for (let k = 0; k < v.length; k += 2) out.push(k === 0 ? v[k]! : v[k]! - v[k - 2]!, Math.round(v[k + 1]! * WEIGHT_SCALE));
    vec[Number(ref.slice(FIELD.length + 1))] = packInts(out);
  }
  return {
    terms: j.invertedIndex.map(([t]) => t),
    tix: packInts(j.invertedIndex.map(([, p]) => p._index)),
    post: j.invertedIndex.map(([, p]) => packInts(gaps(Object.keys(p[FIELD] ?? {}).map(Number).sort((a, b) => a - b)))),
    vec,
  };
}

/**
 * A lunr.Index over the compact index, built directly (not by lunr.Index.load, which
 * decodes every posting and vector and builds its TokenSet at once). lunr's Index#query
 * reads only `tokenSet` (to expand a term), `invertedIndex[term]` (its _index and the
 * documents under the field) and `fieldVectors["f/<doc>"]` (to score), plus
 * Object.keys(fieldVectors) for a query of only prohibited terms: each posting and vector
 * is decoded on first read and kept. The postings share one empty metadata object (lunr
 * copies it, never writes to it).
 */
const NO_METADATA = {};
export function loadCompactIndex(c: Omit<CompactIndex, 'acc'>): lunr.Index {
  const tix = unpackInts(c.tix);
  const termNumber = (term: string): number => {
    // c.terms is sorted by code unit, as lunr's toJSON sorts it
    let lo = 0;
    let hi = c.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return c.terms[lo] === term ? lo : -1;
  };
  type Posting = { _index: number; [FIELD]: Record<string, object> };
  const postings: Record<string, Posting> = Object.create(null);
  const invertedIndex = new Proxy(postings, {
    get(target, term) {
      if (typeof term !== 'string') return undefined;
      let p = target[term];
      if (p === undefined) {
        const k = termNumber(term);
        if (k < 0) return undefined;
        const docs: Record<string, object> = {};
        let d = 0;
        for (const g of unpackInts(c.post[k]!)) docs[(d += g)] = NO_METADATA;
        p = target[term] = { _index: tix[k]!, [FIELD]: docs };
      }
      return p;
    },
  });

  const prefix = `${FIELD}/`;
  const docNumber = (ref: string): number => {
    if (!ref.startsWith(prefix)) return -1;
    const i = Number(ref.slice(prefix.length));
    return Number.isInteger(i) && i >= 0 && i < c.vec.length && String(i) === ref.slice(prefix.length) ? i : -1;
  };
  const vectors: Record<string, lunr.Vector> = Object.create(null);
  const vectorOf = (ref: string): lunr.Vector | undefined => {
    let v = vectors[ref];
    if (v === undefined) {
      const i = docNumber(ref);
      if (i < 0) return undefined;
      const packed = unpackInts(c.vec[i]!);
      const elements = new Array<number>(packed.length);
      let t = 0;
      for (let k = 0; k < packed.length; k += 2) {
        elements[k] = t += packed[k]!;
        elements[k + 1] = packed[k + 1]! / WEIGHT_SCALE;
      }
      v = vectors[ref] = new lunr.Vector(elements);
    }
    return v;
  };
  const fieldVectors = new Proxy(vectors, {
    get: (_t, ref) => (typeof ref === 'string' ? vectorOf(ref) : undefined),
    has: (_t, ref) => typeof ref === 'string' && docNumber(ref) >= 0,
    ownKeys: () => c.vec.map((_, i) => `${prefix}${i}`),
    getOwnPropertyDescriptor: (_t, ref) => {
      const v = typeof ref === 'string' ? vectorOf(ref) : undefined;
      return v && { value: v, writable: true, enumerable: true, configurable: true };
    },
  });

  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSetOf(c.terms),
    fields: [FIELD],
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
}

/**
 * lunr's TokenSet of the (sorted) terms as a plain trie: the same words as the minimised
 * automaton lunr.Index.load builds, without the minimising (which renders every node as a
 * string). Index#query intersects it with each term to find the index terms it matches.
 */
type TokenNode = lunr.TokenSet & { final: boolean; edges: Record<string, TokenNode> };
function tokenSetOf(terms: string[]): lunr.TokenSet {
  const root = new lunr.TokenSet() as TokenNode;
  for (const term of terms) {
    let node = root;
    // by UTF-16 code unit, as lunr's TokenSet.Builder and TokenSet.fromClause read words
    for (let k = 0; k < term.length; k++) node = node.edges[term[k]!] ??= new lunr.TokenSet() as TokenNode;
    node.final = true;
  }
  return root;
}

/** At most this many distinct query words count; the rest of a long text is ignored. */
const MAX_TERMS = 24;
/** Characters of the query read at all (after NFC). */
const MAX_QUERY = 1000;
/** Typo tolerance: for words of 5-20 characters the index does not know, at most 4 of them. */
const FUZZY_MIN = 5;
const FUZZY_MAX = 20;
const MAX_FUZZY = 4;
const FUZZY_PER_WORD = 3;
/** The last word may be half-typed: at most this many index terms it begins. */
const MAX_PREFIX = 8;
/** How many of the best matches are re-ranked, and by how much. */
const RERANK = 80;
const PAIR_BONUS = 3;
const COVER_BONUS = 4;
const NAV_BONUS = 6;
const NAV_SECTIONS = 2;
const TITLE_BONUS = 3;
const ANSWER_WEIGHT = 0.7;
const PAGE_WEIGHT = 0.9;

/**
 * Questions that lead to a page rather than a paragraph: folded cue phrases, and the page
 * whose sections answer them.
 */
const NAVIGATION: { cue: RegExp; prefix: string }[] = [
  { cue: /\b(bat dau tu dau|bat dau the nao|nen lam gi|lam gi dau tien|hinh thuc cai nghien|cach cai nghien|cai nghien o dau|cai o dau|thu tuc cai nghien|dua di cai)\b/, prefix: '/cai-nghien/' },
  { cue: /\b(so dien thoai|duong day nong|goi so|so nao|tong dai|hotline|goi cho ai|goi ai)\b/, prefix: '/duong-day-nong/' },
];

interface QueryWord {
  folded: string;
  /** typed with diacritics that differ from the folded form */
  accented: string | null;
}

interface Query {
  words: QueryWord[];
  /** synonym expansions: matched, but not counted for coverage or highlighted as typed */
  extra: string[];
  pairs: string[];
  typedAccents: boolean;
  /** the folded query, for navigation cues */
  folded: string;
}

export function parseQuery(q: string): Query {
  const text = q.normalize('NFC').slice(0, MAX_QUERY);
  const seen = new Map<string, QueryWord>();
  const order: string[] = [];
  for (const t of searchTokens(text)) {
    if (!t.folded || t.folded.length > MAX_TOKEN) continue;
    const prev = seen.get(t.folded);
    if (prev) {
      prev.accented ??= t.accented;
    } else if (seen.size < MAX_TERMS) {
      seen.set(t.folded, { folded: t.folded, accented: t.accented });
    }
    order.push(t.folded);
  }
  const words = [...seen.values()];
  const folded = order.join(' ');
  const synonyms = expandSynonyms(folded).map((s) => s.split(' '));
  const extra = [...new Set(synonyms.flat())].filter((w) => !seen.has(w));
  return {
    words,
    extra,
    pairs: [...new Set([...pairsOf(order), ...synonyms.flatMap(pairsOf)])],
    typedAccents: words.some((w) => w.accented !== null),
    folded,
  };
}

/**
 * Whether a and b differ by at most `max` edits: insert, delete, substitute, or swap two
 * neighbours ("nghein" -> "nghien"), as lunr's own fuzzy match counts them. Bounded: a band
 * of 2 * max + 1 cells per row, and it stops as soon as a row exceeds `max`.
 */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const far = max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(far);
    cur[0] = i <= max ? i : far;
    let best = cur[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** Per document, computed once per isolate when first needed: its tokens and lookups. */
interface DocInfo {
  title: SearchToken[];
  text: SearchToken[];
  /** every index term of title and text */
  terms: Set<string>;
  /** folded words of its title */
  titleWords: Set<string>;
  /** adjacent folded word pairs, "a b" */
  pairs: Set<string>;
}

/**
 * The searcher over the built index. `lunrIndex` replaces the compact index's lunr.Index
 * (the unit tests pass lunr's own build of the same documents, to compare rankings).
 */
export function createSearcher(data: SearchData, lunrIndex?: lunr.Index) {
  const index = lunrIndex ?? loadCompactIndex(data.index);
  const plans = new Map(data.plans.map((p) => [p.slug, p]));
  const vocabulary = data.index.terms;
  const known = new Set(vocabulary);
  const info: (DocInfo | undefined)[] = [];
  function docInfo(i: number): DocInfo {
    let d = info[i];
    if (d) return d;
    const doc = data.store[i]!;
    const title = searchTokens(doc.title);
    const text = searchTokens(doc.text);
    const all = [...title, ...text];
    d = {
      title,
      text,
      terms: new Set(all.flatMap((t) => t.terms)),
      titleWords: new Set(title.map((t) => t.folded)),
      pairs: new Set(pairsOf(all.map((t) => t.folded))),
    };
    info[i] = d;
    return d;
  }

  // Documents holding an accented word, decoded on first use.
  const accentDocs = new Map<string, Set<number>>();
  function withAccent(a: string): Set<number> {
    let docs = accentDocs.get(a);
    if (!docs) {
      docs = new Set();
      let d = 0;
      for (const g of unpackInts(Object.hasOwn(data.index.acc, a) ? data.index.acc[a]! : '')) docs.add((d += g));
      if (accentDocs.size < 2048) accentDocs.set(a, docs);
    }
    return docs;
  }

  /** Index terms a word of 5-20 letters may be a typo of: within 1 edit, 2 from 8 letters. */
  function corrections(w: string): string[] {
    const max = w.length >= 8 ? 2 : 1;
    const out: string[] = [];
    for (const t of vocabulary) {
      if (Math.abs(t.length - w.length) > max || hasDigit(t)) continue;
      if (withinEdits(w, t, max)) out.push(t);
      if (out.length >= FUZZY_PER_WORD) break;
    }
    return out;
  }

  /** Index terms beginning with `p` (not `p` itself), from the sorted vocabulary. */
  function completions(p: string): string[] {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let k = lo; k < vocabulary.length && out.length < MAX_PREFIX && vocabulary[k]!.startsWith(p); k++) {
      if (vocabulary[k] !== p) out.push(vocabulary[k]!);
    }
    return out;
  }

  function search(q: string, opts: SearchOptions = {}): { total: number; results: SearchResult[] } {
    const query = parseQuery(q);
    if (query.words.length === 0) return { total: 0, results: [] };
    // Exact terms with their boosts; each index term once, with its highest boost.
    const boosts = new Map<string, number>();
    const want = (t: string, b: number) => {
      if (known.has(t) && (boosts.get(t) ?? 0) < b) boosts.set(t, b);
    };
    for (const w of query.words) want(w.folded, 1);
    for (const t of query.extra) want(t, 0.6);
    let fuzzy = 0;
    for (const w of query.words) {
      const f = w.folded;
      if (known.has(f) || f.length < FUZZY_MIN || f.length > FUZZY_MAX || hasDigit(f) || fuzzy >= MAX_FUZZY) continue;
      fuzzy++;
      for (const t of corrections(f)) want(t, 0.3);
    }
    // A last word the index does not know may be half-typed ("cai nghie"): a few index
    // terms it begins. A known word is taken as typed (its completions would only add
    // documents, and cost).
    const last = query.words[query.words.length - 1]!.folded;
    if (last.length >= 3 && !known.has(last)) for (const t of completions(last)) want(t, 0.1);
    if (boosts.size === 0) return { total: 0, results: [] };

    const matches = index.query((lq) => {
      for (const [t, boost] of boosts) lq.term(t, { fields: [FIELD], boost, usePipeline: false, wildcard: lunr.Query.wildcard.NONE, editDistance: 0 });
    });
    const candidates: { i: number; score: number; exact: number }[] = [];
    for (const m of matches) {
      const i = Number(m.ref);
      const doc = data.store[i]!;
      if ((!opts.plan || doc.plan === opts.plan) && (!opts.topic || doc.topic === opts.topic)) candidates.push({ i, score: m.score, exact: 0 });
    }
    // Words typed with accents: a candidate holding more of them exactly ranks above one
    // holding fewer, whatever its place in lunr's order ("bán" above "bản" for "người bán").
    const typed: Set<number>[] = [];
    for (const w of query.words) if (w.accented) typed.push(withAccent(w.accented));
    const byRank = (a: { score: number; exact: number }, b: { score: number; exact: number }) => b.exact - a.exact || b.score - a.score;
    if (typed.length) {
      for (const c of candidates) for (const docs of typed) if (docs.has(c.i)) c.exact++;
      candidates.sort(byRank);
    }
    // Re-rank the best candidates; lunr's order stands below them.
    const top = candidates.slice(0, RERANK);
    const nav = NAVIGATION.filter((n) => n.cue.test(query.folded)).map((n) => n.prefix);
    const n = query.words.length;
    for (const c of top) {
      const d = docInfo(c.i);
      const url = data.store[c.i]!.url;
      let covered = 0;
      let inTitle = 0;
      for (const w of query.words) {
        if (d.terms.has(w.folded)) covered++;
        if (d.titleWords.has(w.folded)) inTitle++;
      }
      c.score += COVER_BONUS * (covered / n);
      // A title that names the query's words: the text is about them.
      if (inTitle / n >= 0.5) c.score += TITLE_BONUS * (inTitle / n);
      let pairs = 0;
      for (const p of query.pairs) if (d.pairs.has(p)) pairs++;
      c.score += PAIR_BONUS * pairs;
      if (url.startsWith('/hoi-dap/')) c.score *= ANSWER_WEIGHT;
      else if (!url.startsWith('/ke-hoach/')) c.score *= PAGE_WEIGHT;
    }
    // A question that leads to a page: its best matching sections first (a few, so the
    // plan paragraphs that answer the same words stay near the top).
    if (nav.length) {
      const onPage = top.filter((c) => nav.some((p) => data.store[c.i]!.url.startsWith(p))).sort((a, b) => b.score - a.score);
      for (const c of onPage.slice(0, NAV_SECTIONS)) c.score += NAV_BONUS;
    }
    top.sort(byRank);
    const ranked = top.concat(candidates.slice(RERANK));
    // One result per page location: a target and its paragraph share a URL.
    const seen = new Set<string>();
    const unique = ranked.filter(({ i }) => {
      const url = data.store[i]!.url;
      return !seen.has(url) && (seen.add(url), true);
    });
    const offset = opts.offset ?? 0;
    const limit = opts.limit ?? 10;
    const results = unique.slice(offset, offset + limit).map(({ i, score }) => {
      const doc = data.store[i]!;
      const { snippet, highlights } = snippetOf(doc.text, docInfo(i).text, query);
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
    return { total: unique.length, results };
  }
  return { search, planLabels: data.planLabels };
}

const SNIPPET = 220;

/**
 * Which tokens of a text to mark: the query's words, folded; but a word typed with its
 * accents marks only the tokens with those accents, when the text has any.
 */
function hitsOf(tokens: SearchToken[], query: Query): SearchToken[] {
  // folded word -> the accented form to require, or null for any spelling
  const want = new Map<string, string | null>();
  for (const w of query.words) want.set(w.folded, null);
  for (const w of query.words) {
    if (w.accented && tokens.some((t) => t.accented === w.accented)) want.set(w.folded, w.accented);
  }
  const hits: SearchToken[] = [];
  for (const t of tokens) {
    for (const term of t.terms) {
      const need = want.get(term);
      if (need === undefined) continue;
      if (need === null || (term === t.folded && t.accented === need)) {
        hits.push(t);
        break;
      }
    }
  }
  return hits;
}

/**
 * A plain-text window of the text around the densest run of matched words, with the
 * [start, end) offsets of those words inside the snippet.
 */
function snippetOf(text: string, tokens: SearchToken[], query: Query): { snippet: string; highlights: [number, number][] } {
  const hits = hitsOf(tokens, query);
  let start = 0;
  if (text.length > SNIPPET && hits.length) {
    // Window starting a little before the hit that has the most hits within SNIPPET chars
    // (two pointers over the hits, in order).
    let best = 0;
    let bestCount = -1;
    let j = 0;
    for (let i = 0; i < hits.length; i++) {
      if (j < i) j = i;
      while (j < hits.length && hits[j]!.end <= hits[i]!.start + SNIPPET - 40) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
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

/**
 * The snippet and highlights of `text` for a query, as search results show them.
 * @example makeSnippet('Nhà Nhân ái hỗ trợ nạn nhân', 'nhan ai').highlights.length // 3
 */
export function makeSnippet(text: string, q: string): { snippet: string; highlights: [number, number][] } {
  const nfc = text.normalize('NFC');
  return snippetOf(nfc, searchTokens(nfc), parseQuery(q));
}
