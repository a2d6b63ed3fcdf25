import { describe, expect, it } from 'vitest';
import { containsNumber, numberTokens, parseViNumber } from '../../functions/lib/numbers.ts';

describe('Vietnamese number printing', () => {
  it.each([
    ['1.600', 1600],
    ['27,93', 27.93],
    ['04', 4],
    ['12.000', 12000],
    ['149,6', 149.6],
  ])('reads %s as %d', (printed, value) => {
    expect(parseViNumber(printed)).toBe(value);
  });

  it('rejects text that is not a printed figure', () => {
    expect(parseViNumber('1.60')).toBeNaN();
    expect(parseViNumber('abc')).toBeNaN();
  });

  it('finds figures as whole tokens only', () => {
    expect(numberTokens('cho 1.600 người, chiếm 27,93%.')).toEqual(['1.600', '27,93']);
    expect(containsNumber('cho 1.600 người', '600')).toBe(false);
    expect(containsNumber('cho 1.600 người', '1.600')).toBe(true);
  });
});
