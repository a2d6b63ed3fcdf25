/**
 * What the search index stores for a text, and what a query looks up. The index build and
 * the query both call these: one fold for both sides.
 *
 * Tokens are words (folded: no tones, đ -> d, lower case), numbers as printed ("1.600",
 * "27,93", "04" -> "4"), and compounds that must match whole: dates ("10/12",
 * "27/7/2016") and document codes ("08/KH-UBND", "116/2021/NĐ-CP"). A compound is indexed
 * whole, and a date also as day/month and month/year, so "1/12" finds "01/12/2020"; its
 * lone day and month are not indexed, so "10/12" never matches a text that merely holds 10
 * and 12.
 */
import { accentKey, foldVietnamese } from './fold.ts';

export interface SearchToken {
  /** the token as written, NFC */
  text: string;
  start: number;
  end: number;
  /** the folded token (a compound normalised: no leading zeros, lower case) */
  folded: string;
  /** every index term the token yields: `folded` first, then a compound's parts */
  terms: string[];
  /** a word with its diacritics (one tone placement); null for numbers and compounds */
  accented: string | null;
}

// A run of letters and digits, with the figures' dots and commas ("1.600") and the joints
// of a code or date ("08/KH-UBND", "27/7/2016"); what it is is decided below.
const RUN = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*(?:[/-][\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*)*/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*/gu;
const DIGIT = /\p{N}/u;
const FIGURE = /^\d+(?:[.,]\d+)*$/;
/** Longest token kept for matching: nothing in the index is longer, so longer cannot match. */
export const MAX_TOKEN = 40;

// Fold one character at a time, memoised: the same result as foldVietnamese on NFC text
// (decomposition, mark removal and đ -> d all act per character), without normalising
// every token again.
const foldMemo = new Map<string, string>();
function foldFast(s: string): string {
  let out = '';
  for (const ch of s) {
    let f = foldMemo.get(ch);
    if (f === undefined) {
      f = foldVietnamese(ch);
      if (foldMemo.size < 4096) foldMemo.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** "04" -> "4", "1.600" stays: a figure's leading zeros do not change it. */
const figure = (s: string) => (/^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : s);

// A word's folded and accented forms, memoised: the texts repeat the same few thousand
// syllables, and the first queries of an isolate tokenise the documents they rank (that
// was most of their cost). Only words an index term can match (<= MAX_TOKEN), at most
// WORD_MEMO_MAX of them: when full it starts again, so odd input cannot hold it.
const wordMemo = new Map<string, { folded: string; accented: string | null }>();
const WORD_MEMO_MAX = 8192;
function wordToken(text: string, start: number): SearchToken {
  let w = wordMemo.get(text);
  if (w === undefined) {
    const folded = figure(foldFast(text));
    const accented = DIGIT.test(text) ? null : accentKey(text);
    w = { folded, accented: accented === folded ? null : accented };
    if (text.length <= MAX_TOKEN) {
      if (wordMemo.size >= WORD_MEMO_MAX) wordMemo.clear();
      wordMemo.set(text, w);
    }
  }
  return { text, start, end: start + text.length, folded: w.folded, terms: [w.folded], accented: w.accented };
}

/**
 * A date or document code, whole: "08/KH-UBND" -> "8/kh-ubnd" (+ "kh", "ubnd"),
 * "27/7/2016" -> "27/7/2016" (+ "27/7", "7/2016", "2016").
 */
function compoundToken(text: string, start: number): SearchToken {
  const parts = foldFast(text).split(/([/-])/);
  const norm = parts.map((p) => (p === '/' || p === '-' ? p : figure(p)));
  const folded = norm.join('');
  const terms = [folded];
  const segs = norm.filter((p) => p !== '/' && p !== '-');
  const isDate = /^\d{1,2}\/\d{1,2}(?:\/\d{4})?$/.test(folded) && Number(segs[0]) <= 31 && Number(segs[1]) <= 12;
  if (isDate && segs.length === 3) terms.push(`${segs[0]}/${segs[1]}`, `${segs[1]}/${segs[2]}`, segs[2]!);
  if (!isDate) for (const s of segs.slice(1)) if (/^\p{L}/u.test(s) || /^\d{4}$/.test(s)) terms.push(s);
  return { text, start, end: start + text.length, folded, terms: [...new Set(terms)], accented: null };
}

/**
 * The search tokens of a text (NFC or NFD), with offsets into `text.normalize('NFC')`.
 * @example searchTokens('ngày 10/12/2020 số 08/KH-UBND').map((t) => t.folded)
 *   // ['ngay', '10/12/2020', 'so', '8/kh-ubnd']
 */
export function searchTokens(text: string): SearchToken[] {
  const nfc = text.normalize('NFC');
  const out: SearchToken[] = [];
  for (const m of nfc.matchAll(RUN)) {
    const run = m[0];
    // A compound starts with a figure and has a slash: "10/12", "75/KH-SLĐTBXH".
    if (run.includes('/') && /^\d/.test(run)) {
      out.push(compoundToken(run, m.index));
      continue;
    }
    if (!run.includes('/') && !run.includes('-')) {
      out.push(wordToken(run, m.index));
      continue;
    }
    // Hyphenated or slashed words ("HIV/AIDS", "2021-2025") are their words.
    for (const w of run.matchAll(WORD)) out.push(wordToken(w[0], m.index + w.index));
  }
  return out;
}

export interface IndexTerms {
  /** index terms, in text order (a compound's parts follow it) */
  folded: string[];
  /** folded words only, in order: what syllable pairs are made of */
  words: string[];
  pairs: string[];
}

/**
 * Adjacent word pairs, "a b"; a pair with a figure is never a multi-syllable word.
 * @example pairsOf(['cai', 'nghien', '2020']) // ['cai nghien']
 */
export function pairsOf(words: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (!DIGIT.test(a) && !DIGIT.test(b)) pairs.push(`${a} ${b}`);
  }
  return pairs;
}

/**
 * @example indexTerms('Cai nghiện ma túy').folded // ['cai', 'nghien', 'ma', 'tuy']
 */
export function indexTerms(text: string): IndexTerms {
  const toks = searchTokens(text);
  const words = toks.map((t) => t.folded);
  return { folded: toks.flatMap((t) => t.terms), words, pairs: pairsOf(words) };
}

/** Whether a folded token is a figure, a date or a code (never typo-corrected). */
export const hasDigit = (t: string) => DIGIT.test(t) || FIGURE.test(t);
