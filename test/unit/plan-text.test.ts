import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../functions/lib/plan-text.ts';
import { checkRatio, checkSum } from '../../functions/lib/consistency.ts';

const SOURCE = [
  'Header line (not in body)',
  'I. MỤC TIÊU',
  '1. Mục tiêu chung',
  'a) Giảm tệ nạn;',
  '- Một ý, câu bị ngắt',
  'giữa chừng ở đây.',
  '2.4. Cai nghiện cho 900 lượt người.',
  '-------',
  'Đảm bo 100% xã.',
].join('\n');
const spec = { body: [2, 9] as [number, number], corrections: [] };

describe('parsePlanText', () => {
  it('numbers paragraphs in source order and classifies the numbering', () => {
    const blocks = parsePlanText(SOURCE, spec);
    expect(blocks.map((b) => [b.id, b.kind, b.marker])).toEqual([
      ['p-1', 'heading', 'I'],
      ['p-2', 'item', '1'],
      ['p-3', 'letter', 'a'],
      ['p-4', 'bullet', '-'],
      ['p-5', 'item', '2.4'],
      ['p-6', 'para', null],
    ]);
  });

  it('joins a line the source broke in the middle of a sentence, and records both lines', () => {
    const b = parsePlanText(SOURCE, spec)[3]!;
    expect(b.text).toBe('- Một ý, câu bị ngắt giữa chừng ở đây.');
    expect(b.lines).toEqual([5, 6]);
  });

  it('labels sections from the numbering the source uses', () => {
    const blocks = parsePlanText(SOURCE, spec);
    expect(blocks[2]!.section).toBe('điểm a mục I.1');
    expect(blocks[4]!.section).toBe('mục I.2.4');
  });

  it('applies listed corrections and keeps the original beside them', () => {
    const blocks = parsePlanText(SOURCE, { ...spec, corrections: [{ paragraph: 'p-6', original: 'Đảm bo', corrected: 'Đảm bảo' }] });
    expect(blocks[5]!.text).toBe('Đảm bảo 100% xã.');
    expect(blocks[5]!.original).toBe('Đảm bo 100% xã.');
  });

  it('refuses a correction whose original text is not in the paragraph', () => {
    expect(() => parsePlanText(SOURCE, { ...spec, corrections: [{ paragraph: 'p-6', original: 'không có', corrected: 'x' }] })).toThrow(/does not occur in p-6/);
  });
});

describe('consistency checks', () => {
  const f = (value: string) => ({ value, paragraph: 'p-1' });
  it.each([
    ['900', ['700', '200'], 'ok'],
    ['1.600', ['550', '650', '400'], 'ok'],
    ['145', ['100', '50'], 'mismatch'],
    ['72,62', ['44,69', '27,93'], 'ok'],
  ])('%s = sum of %j is %s', (total, parts, status) => {
    expect(checkSum('x', 'x', f(total), parts.map(f)).status).toBe(status);
  });

  it.each([
    ['149,6', '1.122', '750', 'ok'],
    ['112,5', '225', '200', 'ok'],
    ['108,5', '304', '280', 'rounded-down'],
    ['50', '1', '3', 'mismatch'],
  ])('%s%% = %s / %s is %s', (pct, n, d, status) => {
    expect(checkRatio('x', 'x', f(pct), f(n), f(d)).status).toBe(status);
  });
});
