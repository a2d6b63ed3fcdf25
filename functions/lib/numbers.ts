/**
 * Numbers as Vietnamese documents print them: "1.600" (dot groups thousands), "27,93"
 * (comma is the decimal mark), "04" (leading zeros kept). Used by the truth checks and the
 * consistency checks, so "a figure occurs in its source" means the same thing everywhere.
 */

const NUMBER = /\d+(?:[.,]\d+)*/g;

/**
 * Every number token in a text, exactly as printed.
 * @example numberTokens('cho 1.600 người, chiếm 27,93%') // ['1.600', '27,93']
 */
export function numberTokens(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((t) => t.replace(/[.,]$/, ''));
}

/**
 * Parse a printed figure to a number: dots group thousands, the comma is the decimal mark.
 * @example parseViNumber('1.600') // 1600; parseViNumber('27,93') // 27.93; parseViNumber('04') // 4
 */
export function parseViNumber(printed: string): number {
  const s = printed.trim();
  if (!/^\d+(?:\.\d{3})*(?:,\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** Whether `value` occurs as a whole number token in `text` ("16" is not found in "1.600"). */
export function containsNumber(text: string, value: string): boolean {
  return numberTokens(text).includes(value);
}

/**
 * The same figure written with or without leading zeros ("07" in a date, "7" in words).
 * @example figureKey('07') // '7'
 */
export function figureKey(printed: string): string {
  return printed.replace(/^0+(?=\d)/, '');
}

/** Collapse runs of white space, for comparing quotes with their source. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Format a number the Vietnamese way: 1600 -> "1.600", 27.93 -> "27,93". */
export function formatVi(n: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits }).format(n);
}
