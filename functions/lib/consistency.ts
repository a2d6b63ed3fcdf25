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

export const STATUS_LABEL: Record<CheckStatus, string> = {
  ok: 'Khớp',
  'rounded-down': 'Lệch nhỏ: số liệu bị cắt bớt thay vì làm tròn',
  mismatch: 'Không khớp',
  unreadable: 'Không đọc được số liệu',
};
