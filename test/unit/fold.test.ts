import { describe, expect, it } from 'vitest';
import { accentKey, foldVietnamese, tokenize } from '../../functions/lib/fold.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Cai nghiện ma túy', 'cai nghien ma tuy'],
    ['CAI NGHIỆN MA TÚY', 'cai nghien ma tuy'],
    ['Đường dây nóng', 'duong day nong'],
    ['đđĐ', 'ddd'],
    ['hỗ trợ nạn nhân', 'ho tro nan nhan'],
    ['thuế', 'thue'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('treats NFD input (decomposed, from some keyboards) like NFC', () => {
    const nfd = 'nghiện ma túy'.normalize('NFD');
    expect(nfd).not.toBe('nghiện ma túy');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('nghiện ma túy'));
  });

  it('treats tuý and túy as the same word', () => {
    expect(foldVietnamese('tuý')).toBe(foldVietnamese('túy'));
  });
});

describe('accentKey', () => {
  it.each([
    ['tuý', 'túy'],
    ['hoà', 'hòa'],
    ['khoẻ', 'khỏe'],
    ['THUỶ', 'thủy'],
  ])('gives old (%s) and new (%s) tone placement one key', (a, b) => {
    expect(accentKey(a)).toBe(accentKey(b));
  });

  it('keeps the tones, so different words stay different', () => {
    expect(accentKey('mại dâm')).not.toBe(accentKey('mãi dâm'));
    expect(accentKey('hoàng')).toBe('hoàng');
  });

  it('accepts NFD input', () => {
    expect(accentKey('túy'.normalize('NFD'))).toBe(accentKey('tuý'));
  });
});

describe('tokenize', () => {
  it('keeps Vietnamese syllables whole and numbers with their separators', () => {
    expect(tokenize('Cai nghiện 1.600 người, 27,93%.').map((t) => t.text)).toEqual(['Cai', 'nghiện', '1.600', 'người', '27,93']);
  });

  it('reports offsets into the original text', () => {
    const text = 'hỗ trợ nạn nhân';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('treats lunr syntax characters as separators, not operators', () => {
    expect(tokenize('ma~túy:* +cai ^nghiện').map((t) => t.text)).toEqual(['ma', 'túy', 'cai', 'nghiện']);
  });
});
