/**
 * Consistency checks over a plan's own figures: does a total equal the sum of its parts,
 * does a percentage match its ratio. The portal shows every figure as published and marks
 * where the source does not add up; it never corrects a figure.
 */
import { parseViNumber, formatVi } from './numbers.ts';

export type CheckStatus = 'ok' | 'rounded-down' | 'mismatch' | 'unreadable';

export interface CheckResult {
  id: string;
  kind: 'sum' | 'ratio';
  label: string;
  status: CheckStatus;
  /** the figures as printed, e.g. "1.122 = 225 + 454 + 304 + 139" */
  expression: string;
  /** what the arithmetic gives, printed the Vietnamese way */
  computed: string;
  /** the figure the source prints */
  published: string;
  /** paragraph ids the figures come from */
  paragraphs: string[];
  note?: string;
}

interface Fig {
  value: string;
  paragraph: string;
}

const decimals = (printed: string) => (printed.split(',')[1] ?? '').length;

/**
 * total = sum(parts)?
 * @example checkSum('c', 'Tổng', {value:'900',paragraph:'p-9'}, [{value:'700',…},{value:'200',…}]).status // 'ok'
 */
export function checkSum(id: string, label: string, total: Fig, parts: Fig[], note?: string): CheckResult {
  const t = parseViNumber(total.value);
  const ps = parts.map((p) => parseViNumber(p.value));
  const paragraphs = [...new Set([total.paragraph, ...parts.map((p) => p.paragraph)])];
  const expression = `${total.value} = ${parts.map((p) => p.value).join(' + ')}`;
  if (Number.isNaN(t) || ps.some(Number.isNaN)) {
    return { id, kind: 'sum', label, status: 'unreadable', expression, computed: '', published: total.value, paragraphs, note };
  }
  const sum = ps.reduce((a, b) => a + b, 0);
  const d = Math.max(decimals(total.value), ...parts.map((p) => decimals(p.value)));
  const status: CheckStatus = Math.abs(sum - t) < 10 ** -d / 2 ? 'ok' : 'mismatch';
  return { id, kind: 'sum', label, status, expression, computed: formatVi(sum, d), published: total.value, paragraphs, note };
}

/**
 * percent = numerator / denominator × 100, at the precision the source prints?
 * A percentage cut off instead of rounded (108,57 printed as 108,5) is 'rounded-down'.
 */
export function checkRatio(id: string, label: string, percent: Fig, numerator: Fig, denominator: Fig, note?: string): CheckResult {
  const p = parseViNumber(percent.value);
  const n = parseViNumber(numerator.value);
  const d = parseViNumber(denominator.value);
  const paragraphs = [...new Set([percent.paragraph, numerator.paragraph, denominator.paragraph])];
  const expression = `${percent.value}% = ${numerator.value} / ${denominator.value}`;
  if ([p, n, d].some(Number.isNaN) || d === 0) {
    return { id, kind: 'ratio', label, status: 'unreadable', expression, computed: '', published: `${percent.value}%`, paragraphs, note };
  }
  const exact = (n / d) * 100;
  const k = decimals(percent.value);
  const scale = 10 ** k;
  const rounded = Math.round(exact * scale) / scale;
  const truncated = Math.floor(exact * scale + 1e-9) / scale;
  const status: CheckStatus = Math.abs(rounded - p) < 1e-9 ? 'ok' : Math.abs(truncated - p) < 1e-9 ? 'rounded-down' : 'mismatch';
  return { id, kind: 'ratio', label, status, expression, computed: `${formatVi(exact, Math.max(k + 1, 2))}%`, published: `${percent.value}%`, paragraphs, note };
}

/**
 * The one classification of check results. Every page, the JSON and the bot use it, so the
 * count on /du-lieu/ is the count on each plan page:
 * - `mismatch` (Không khớp): the figures do not agree at all (a total that is not the sum);
 * - `rounded-down` (Lệch nhỏ): a percentage whose digits were cut off instead of rounded;
 *   the figures agree to the precision printed, so it is not counted as "không khớp";
 * - `unreadable`: a figure the checker could not read as a number.
 */
export const STATUS_LABEL: Record<CheckStatus, string> = {
  ok: 'Khớp',
  'rounded-down': 'Lệch nhỏ',
  mismatch: 'Không khớp',
  unreadable: 'Không đọc được số liệu',
};

/** What each class means, in one plain sentence (shown once, beside the count). */
export const STATUS_MEANING: Record<CheckStatus, string> = {
  ok: 'các con số khớp nhau',
  'rounded-down': 'tỷ lệ bị cắt bớt chữ số thập phân thay vì làm tròn; chênh lệch dưới một đơn vị của chữ số cuối',
  mismatch: 'tổng hoặc tỷ lệ văn bản ghi khác với kết quả cộng, chia lại',
  unreadable: 'có con số không đọc được',
};

/** Order in which problems are listed: the real mismatches first. */
export const PROBLEM_ORDER: readonly CheckStatus[] = ['mismatch', 'rounded-down', 'unreadable'];

export interface CheckSummary {
  total: number;
  ok: number;
  mismatch: number;
  roundedDown: number;
  unreadable: number;
  /** "12 phép kiểm tra: 5 khớp, 4 không khớp, 3 lệch nhỏ" */
  text: string;
}

/**
 * Counts per class, and the one sentence every page prints.
 * @example summarizeChecks([ok, ok, mismatch]).text // '3 phép kiểm tra: 2 khớp, 1 không khớp'
 */
export function summarizeChecks(checks: readonly Pick<CheckResult, 'status'>[]): CheckSummary {
  const n = (s: CheckStatus) => checks.filter((c) => c.status === s).length;
  const s = { total: checks.length, ok: n('ok'), mismatch: n('mismatch'), roundedDown: n('rounded-down'), unreadable: n('unreadable') };
  const parts = [
    `${s.ok} khớp`,
    s.mismatch ? `${s.mismatch} không khớp` : '',
    s.roundedDown ? `${s.roundedDown} lệch nhỏ` : '',
    s.unreadable ? `${s.unreadable} không đọc được số liệu` : '',
  ].filter(Boolean);
  return { ...s, text: `${s.total} phép kiểm tra: ${parts.join(', ')}` };
}

/**
 * What was published and what it computes to, said once.
 * @example explainCheck(checkRatio(…108,5% = 304 / 280…))
 *   // 'Văn bản ghi 108,5% cho 304 / 280; chia ra được 108,57%.'
 */
export function explainCheck(c: Pick<CheckResult, 'kind' | 'status' | 'expression' | 'computed' | 'published'>): string {
  const rhs = c.expression.slice(c.expression.indexOf('=') + 1).trim();
  if (c.status === 'unreadable') return `Không đọc được một trong các con số của ${c.expression}.`;
  if (c.kind === 'sum') {
    return c.status === 'ok'
      ? `Văn bản ghi tổng ${c.published} = ${rhs}.`
      : `Văn bản ghi tổng ${c.published}, nhưng ${rhs} = ${c.computed}.`;
  }
  return c.status === 'ok'
    ? `Văn bản ghi ${c.published} cho ${rhs}; chia ra khớp (${c.computed}).`
    : `Văn bản ghi ${c.published} cho ${rhs}; chia ra được ${c.computed}.`;
}

/**
 * The editor's note without the sentences that only restate the arithmetic (a sentence
 * holding the computed figure repeats what explainCheck already says).
 * @example editorNote({ computed: '108,57%', note: '304/280 = 108,57%; văn bản ghi 108,5%.' }) // ''
 */
export function editorNote(c: Pick<CheckResult, 'computed' | 'note'>): string {
  if (!c.note) return '';
  const computed = c.computed.replace(/%$/, '');
  return c.note
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !computed || !sentence.includes(computed))
    .join(' ')
    .trim();
}
