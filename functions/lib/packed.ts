/**
 * Lists of whole numbers >= 0 packed as short ASCII strings, for the search index: the
 * Worker parses one JSON string far faster than thousands of JSON numbers, and decodes a
 * list only when a query needs it.
 *
 * Each number is written in base 32, most significant digit first: its last digit is one
 * of the first 32 characters of DIGITS, every digit before it one of the other 32. So
 * 0-31 take one character, up to 1023 two, up to 32767 three. The characters need no
 * escaping in JSON or URLs.
 * @example packInts([0, 5, 31, 32, 1000]) // '05vx0_8'
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const BASE = 32;
const VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < DIGITS.length; k++) VALUE[DIGITS.charCodeAt(k)] = k;

export function packInts(xs: readonly number[]): string {
  let out = '';
  for (const x of xs) {
    if (!Number.isSafeInteger(x) || x < 0) throw new Error(`packInts: not a whole number >= 0: ${x}`);
    let digits = DIGITS[x % BASE]!;
    for (let v = Math.floor(x / BASE); v > 0; v = Math.floor(v / BASE)) digits = DIGITS[BASE + (v % BASE)]! + digits;
    out += digits;
  }
  return out;
}

export function unpackInts(s: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const d = VALUE[s.charCodeAt(k)] ?? -1;
    if (d < 0) throw new Error(`unpackInts: not a packed digit at ${k}`);
    if (d >= BASE) {
      n = n * BASE + (d - BASE);
    } else {
      out.push(n * BASE + d);
      n = 0;
    }
  }
  return out;
}
