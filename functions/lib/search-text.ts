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

/**
 * Adjacent word pairs, "a b"; a pair with a figure is never a multi-syllable word.
 * @example pairsOf(['cai', 'nghien', '2020']) // ['cai nghien']
 */
export function pairsOf(words: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (!/\d/.test(a) && !/\d/.test(b)) pairs.push(`${a} ${b}`);
  }
  return pairs;
}

/**
 * @example indexTerms('Cai nghiện ma túy')
 *   // { folded: ['cai','nghien','ma','tuy'], accented: ['cai','nghiện','ma','tuý'], pairs: ['cai nghien','nghien ma','ma tuy'] }
 */
export function indexTerms(text: string): IndexTerms {
  const tokens = tokenize(text.normalize('NFC'));
  const folded = tokens.map((t) => foldVietnamese(t.text));
  return { folded, accented: tokens.map((t) => accentKey(t.text)), pairs: pairsOf(folded) };
}
