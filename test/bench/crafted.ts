/**
 * Crafted inputs for the cost bench (issue 13): the longest input each endpoint accepts,
 * made of what is expensive to search (long unknown words, characters that expand under NFD,
 * digit runs, many distinct typo-like words), beside ordinary queries. Shared by the node
 * and workerd benches.
 */
import { QUERY_MAX, QUESTION_MAX } from '../../functions/lib/params.ts';

export interface Input {
  name: string;
  text: string;
  crafted: boolean;
}

const fill = (unit: string, max: number) => {
  const chars = [...unit];
  return Array.from({ length: max }, (_, i) => chars[i % chars.length]).join('').trim();
};
// Distinct letter words the index cannot know: "bqzkvx", "bqzkvy", …
const unknownWords = (max: number, len: number) => {
  const out: string[] = [];
  for (let i = 0; out.join(' ').length + len + 1 <= max; i++) out.push(`bqzk${i.toString(26).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`.padEnd(len, 'x').slice(0, len));
  return out.join(' ');
};

export const ORDINARY = ['cai nghiện ma túy', 'hỗ trợ nạn nhân bị mua bán trở về', 'methadone', 'con tôi nghiện thì cai ở đâu'];

/** Inputs for an endpoint that takes at most `max` characters (after NFC). */
export function inputs(max: number): Input[] {
  return [
    ...ORDINARY.map((text) => ({ name: `ordinary: ${text}`, text, crafted: false })),
    { name: 'long unknown words (19 letters)', text: unknownWords(max, 19), crafted: true },
    { name: 'one unknown word, whole length', text: fill('nghienqz', max).replace(/\s/g, ''), crafted: true },
    { name: 'typo-like words (6 letters)', text: unknownWords(max, 6), crafted: true },
    { name: 'NFD-expanding 각 (Hangul, 3 jamo)', text: fill('각', max), crafted: true },
    { name: 'NFD Vietnamese ệ (sent decomposed)', text: fill('ệ', max).normalize('NFD'), crafted: true },
    { name: 'digit run', text: fill('9', max), crafted: true },
    { name: 'dates and codes', text: fill('1/2 08/KH-U ', max), crafted: true },
  ];
}

export const SEARCH_INPUTS = inputs(QUERY_MAX);
export const QUESTION_INPUTS = inputs(QUESTION_MAX);

export interface Timed {
  name: string;
  crafted: boolean;
  ms: number;
  status?: number;
}

/** "name  0.42 ms  1.3x" lines, and the worst crafted / median ordinary ratio. */
export function report(label: string, rows: Timed[]): string[] {
  const ordinary = rows.filter((r) => !r.crafted).map((r) => r.ms).sort((a, b) => a - b);
  const base = ordinary[Math.floor(ordinary.length / 2)] || Number.EPSILON;
  const worst = Math.max(...rows.filter((r) => r.crafted).map((r) => r.ms));
  const lines = rows.map((r) => `  ${r.name.padEnd(40)} ${r.ms.toFixed(3).padStart(8)} ms  ${(r.ms / base).toFixed(2)}x${r.status ? `  (HTTP ${r.status})` : ''}`);
  return [`${label}: worst crafted / ordinary = ${(worst / base).toFixed(2)}x (budget 3x)`, ...lines];
}
