import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../functions/lib/plan-text.ts';
import { checkRatio, checkSum, editorNote, explainCheck, summarizeChecks } from '../../functions/lib/consistency.ts';
import { relatedTargets, type TargetOut } from '../../scripts/lib/plan-data.ts';
import { csvField } from '../../functions/lib/opendata.ts';
import { readCsv } from './csv-reader.ts';

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

describe('one account of each discrepancy', () => {
  const f = (value: string) => ({ value, paragraph: 'p-1' });

  it('counts a cut-off percentage as "lệch nhỏ", not as "không khớp"', () => {
    const checks = [
      checkSum('a', 'a', f('900'), [f('700'), f('200')]),
      checkSum('b', 'b', f('145'), [f('100'), f('50')]),
      checkRatio('c', 'c', f('108,5'), f('304'), f('280')),
    ];
    const s = summarizeChecks(checks);
    expect([s.ok, s.mismatch, s.roundedDown]).toEqual([1, 1, 1]);
    expect(s.text).toBe('3 phép kiểm tra: 1 khớp, 1 không khớp, 1 lệch nhỏ');
  });

  it('says once what was published and what it computes to', () => {
    const ratio = checkRatio('c', 'c', f('108,5'), f('304'), f('280'), '304/280 = 108,57%; văn bản ghi 108,5%.');
    const sentence = `${explainCheck(ratio)} ${editorNote(ratio)}`.trim();
    expect(sentence).toBe('Văn bản ghi 108,5% cho 304 / 280; chia ra được 108,57%.');
    expect(sentence.match(/108,57/g)).toHaveLength(1);
    expect(explainCheck(checkSum('b', 'b', f('145'), [f('100'), f('50')]))).toBe('Văn bản ghi tổng 145, nhưng 100 + 50 = 150.');
  });

  it("keeps the editor's sentences that add something", () => {
    const sum = checkSum('m', 'm', f('400'), [f('400'), f('80')], 'Trong ngoặc là 400 và 80; 400 + 80 = 480. Văn bản không giải thích.');
    expect(editorNote(sum)).toBe('Văn bản không giải thích.');
  });
});

describe('related targets', () => {
  const t = (id: string, indicator: string, paragraph: string, unit = '%'): TargetOut => ({
    id, indicator, paragraph, unit, value: '1', comparator: '=', year: 2020, kind: 'target', topic: 'ma-tuy', quote: 'x 1 x', plan: 'p', url: '', section: '',
  });

  it('links the same indicator set in different paragraphs, whichever way it is written', () => {
    const out = relatedTargets([
      t('a', 'Tỷ lệ người nghiện được điều trị nghiện bằng các hình thức', 'p-14'),
      t('b', 'Tỷ lệ người nghiện được điều trị cai nghiện bằng các hình thức', 'p-25'),
      t('c', 'Tỷ lệ người nghiện được điều trị nghiện bằng các hình thức', 'p-31'),
      t('d', 'Tỷ lệ người nghiện đang được điều trị cai nghiện', 'p-27'),
      t('e', 'Tỷ lệ người nghiện được điều trị nghiện bằng các hình thức', 'p-40', 'người'),
    ]);
    expect(out.map((x) => x.related ?? [])).toEqual([['b', 'c'], ['a', 'c'], ['a', 'b'], [], []]);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['- Một ý', "'- Một ý"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a, "b"', '"a, ""b"""'],
    ['dòng 1\r\ndòng 2', '"dòng 1\r\ndòng 2"'],
    ['bằng', 'bằng'],
  ])('writes %j as %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('reads back what it wrote, whatever the text', () => {
    const cells = ['=cmd|x', 'a,b', 'say "hi"', 'x\r\ny', '', '-5'];
    const [row] = readCsv(`${cells.map(csvField).join(',')}\r\n`);
    expect(row).toEqual(cells.map((c) => (/^[=+\-@]/.test(c) ? `'${c}` : c)));
  });
});
