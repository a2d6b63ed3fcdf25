/**
 * The open data files: every plan with its details and targets as JSON, and one CSV row
 * per target (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting) that spreadsheet
 * programs open with Vietnamese intact and safely: no cell starts with a character a
 * spreadsheet reads as a formula, comparators and kinds are Vietnamese words, links absolute.
 */
import { parseViNumber } from './numbers.ts';
import { COMPARATOR_WORDS, KIND_WORDS, capitalise } from './format.ts';
import { absoluteUrl } from './site.ts';

/** Comparators as words for the CSV ("=" alone in a cell starts a formula in a spreadsheet). */
export const COMPARATOR_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COMPARATOR_WORDS).map(([k, v]) => [k, v.trim() || 'bằng']),
);

/** Kinds as the pages label them: "Chỉ tiêu", "Kết quả", "Số liệu hiện trạng". */
export const KIND_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KIND_WORDS).map(([k, v]) => [k, capitalise(v)]),
);

/** The public address of a plan's original text, served byte for byte (site/pages/du-lieu/nguon/). */
export const sourcePath = (file: string): string => `/du-lieu/nguon/${file}`;

export interface CsvTarget {
  plan: string;
  province: string;
  code: string | null;
  id: string;
  indicator: string;
  value: string;
  unit: string;
  comparator: string;
  year: number;
  kind: string;
  topic: string;
  paragraph: string;
  section: string;
  /** site-relative link to the paragraph; written absolute */
  url: string;
  /** the plan's source file in content/sources/ */
  source: string;
  quote: string;
  note?: string;
  fromTable?: boolean;
}

export const CSV_COLUMNS = [
  'ke_hoach', 'tinh', 'so_hieu', 'ma_chi_tieu', 'noi_dung', 'gia_tri_nhu_van_ban', 'gia_tri_so', 'don_vi', 'so_sanh',
  'nam', 'loai', 'ma_loai', 'chu_de', 'doan', 'muc', 'duong_dan', 'van_ban_goc', 'trich_dan', 'ghi_chu', 'tu_phu_bieu',
] as const;

/**
 * Characters that make a spreadsheet read a cell as a formula when it opens the file
 * (OWASP "CSV injection": = + - @, and a tab or carriage return before them).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. A text that would start like a formula gets a leading apostrophe (which
 * spreadsheets read as "this is text"); then RFC 4180 quoting of a field holding a comma,
 * quote, CR or LF, with inner quotes doubled. Numbers are written as they are.
 * @example csvField('=1+1') // "'=1+1"
 * @example csvField('a, "b"') // '"a, ""b"""'
 */
export function csvField(v: string | number | boolean | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v !== 'number' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function targetsCsv(rows: CsvTarget[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const t of rows) {
    const n = parseViNumber(t.value);
    lines.push(
      [
        t.plan, t.province, t.code ?? '', t.id, t.indicator, t.value, Number.isNaN(n) ? '' : n, t.unit,
        COMPARATOR_NAMES[t.comparator] ?? t.comparator, t.year, KIND_NAMES[t.kind] ?? t.kind, t.kind, t.topic, t.paragraph,
        t.section, absoluteUrl(t.url), absoluteUrl(sourcePath(t.source)), t.quote, t.note ?? '', t.fromTable ? 'co' : 'khong',
      ].map(csvField).join(','),
    );
  }
  // The BOM tells spreadsheet programs the file is UTF-8, so Vietnamese shows correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
