/**
 * What the search index stores for a text, and what a query looks up: folded syllables,
 * accented syllables (one tone placement) and syllable pairs, so "cai nghiện" ranks as a
 * word. The index build and the query both call these: one fold for both sides.
 */
import { accentKey, foldVietnamese, tokenize } from './fold.ts';

export interface IndexTerms {
  folded: string[];
  accented: string[];
  pairs: string[];
}

const PAIR_SEP = '_';

/**
 * @example indexTerms('Cai nghiện ma túy')
 *   // { folded: ['cai','nghien','ma','tuy'], accented: ['cai','nghiện','ma','tuý'], pairs: ['cai_nghien','nghien_ma','ma_tuy'] }
 */
export function indexTerms(text: string): IndexTerms {
  const tokens = tokenize(text.normalize('NFC'));
  const folded = tokens.map((t) => foldVietnamese(t.text));
  const accented = tokens.map((t) => accentKey(t.text));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < folded.length; i++) {
    const a = folded[i]!;
    const b = folded[i + 1]!;
    // Pairs exist to rank multi-syllable words; a pair with a figure is never one.
    if (!/\d/.test(a) && !/\d/.test(b)) pairs.push(`${a}${PAIR_SEP}${b}`);
  }
  return { folded, accented, pairs };
}

export function pairOf(a: string, b: string): string {
  return `${a}${PAIR_SEP}${b}`;
}
