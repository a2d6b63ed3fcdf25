/**
 * Deterministic variants of a corpus question, judged separately from the original:
 * - unaccented: tones, vowel marks and đ removed (as people type on a phone without a
 *   Vietnamese keyboard), case and spacing kept;
 * - typo: one typo in the longest word of 5 or more letters: two adjacent inner letters
 *   swapped, the pair chosen by a hash of the question.
 */
import { foldVietnamese, tokenize } from '../../functions/lib/fold.ts';

export const VARIANTS = ['original', 'unaccented', 'typo'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The question without accents. Uses the one fold (functions/lib/fold.ts), then puts back
 * the capitals of the original, letter by letter.
 * @example unaccented('Đi cai nghiện ở đâu?') // 'Di cai nghien o dau?'
 */
export function unaccented(text: string): string {
  const nfc = text.normalize('NFC');
  const folded = foldVietnamese(nfc);
  const a = [...nfc];
  const b = [...folded];
  if (a.length !== b.length) return folded; // a letter whose lower case has another length: keep the fold
  return b.map((ch, i) => (a[i] !== a[i]!.toLowerCase() ? ch.toUpperCase() : ch)).join('');
}

/** 32-bit FNV-1a of the text's UTF-16 code units. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The question with one typo, or the question unchanged when it has no word of 5+ letters
 * (or the only swaps would exchange two equal letters).
 * @example typo('Cai nghiện bắt buộc kéo dài bao lâu') // one swap inside "nghiện"
 */
export function typo(text: string): string {
  const nfc = text.normalize('NFC');
  let best: { start: number; letters: string[] } | undefined;
  for (const t of tokenize(nfc)) {
    if (!/^\p{L}+$/u.test(t.text)) continue;
    const letters = [...t.text];
    if (letters.length >= 5 && (!best || letters.length > best.letters.length)) best = { start: t.start, letters };
  }
  if (!best) return nfc;
  const n = best.letters.length;
  // inner letters are 1 .. n-2; a swap of i and i+1 keeps both inside: i in 1 .. n-3
  const choices = n - 3;
  const h = hash(nfc);
  for (let k = 0; k < choices; k++) {
    const i = 1 + ((h + k) % choices);
    const l = best.letters;
    if (l[i] === l[i + 1]) continue;
    const swapped = [...l];
    [swapped[i], swapped[i + 1]] = [l[i + 1]!, l[i]!];
    const word = l.join('');
    return nfc.slice(0, best.start) + swapped.join('') + nfc.slice(best.start + word.length);
  }
  return nfc;
}

export function variantOf(text: string, v: Variant): string {
  return v === 'original' ? text : v === 'unaccented' ? unaccented(text) : typo(text);
}
