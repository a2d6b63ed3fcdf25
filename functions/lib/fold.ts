/**
 * Vietnamese text folding: the one place that decides when two spellings are the same word.
 * The search index, the search query and the bot all call these, so what was folded for the
 * index is folded the same way for the query.
 */

const COMBINING = /\p{M}/gu;

/**
 * Remove tones and vowel marks, map đ/Đ to d, lower-case; NFC or NFD input alike.
 * @example foldVietnamese('Cai Nghiện Ma Tuý') // 'cai nghien ma tuy'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// Old-style (hoà, khoẻ, tuý) and new-style (hòa, khỏe, túy) spelling put the tone on a
// different vowel of the pair oa / oe / uy when the syllable ends there. In NFD the tone is
// a combining mark after its vowel; we move it onto the second vowel so both styles agree.
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const PAIR_TONE_ON_FIRST = new RegExp(`([ou])(${TONE})([aey])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Lower-case NFC key that keeps diacritics, with one canonical tone placement.
 * @example accentKey('TÚY') === accentKey('tuý') // true
 */
export function accentKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(PAIR_TONE_ON_FIRST, (_m, v1: string, tone: string, v2: string) => `${v1}${v2}${tone}`)
    .normalize('NFC');
}

/**
 * Split text into word tokens (Unicode letters and digits, dots and commas inside numbers
 * kept: "1.600", "27,93"), with their offsets in the original string.
 * @example tokenize('Cai nghiện 1.600 người') // [{text:'Cai',start:0,end:3}, …]
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,][\p{N}]+)*/gu;
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
