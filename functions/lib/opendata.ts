/**
 * The open data files: every plan with its details and targets as JSON, and one CSV row
 * per target (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting) that spreadsheet
 * programs open with Vietnamese intact.
 */
import { parseViNumber } from './numbers.ts';

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
  url: string;
  quote: string;
  note?: string;
  fromTable?: boolean;
}

export const CSV_COLUMNS = [
  'ke_hoach', 'tinh', 'so_hieu', 'ma_chi_tieu', 'noi_dung', 'gia_tri_nhu_van_ban', 'gia_tri_so', 'don_vi', 'so_sanh',
  'nam', 'loai', 'chu_de', 'doan', 'muc', 'duong_dan', 'trich_dan', 'ghi_chu', 'tu_phu_bieu',
] as const;

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes. */
export function csvField(v: string | number | boolean | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function targetsCsv(rows: CsvTarget[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const t of rows) {
    const n = parseViNumber(t.value);
    lines.push(
      [
        t.plan, t.province, t.code ?? '', t.id, t.indicator, t.value, Number.isNaN(n) ? '' : n, t.unit, t.comparator,
        t.year, t.kind, t.topic, t.paragraph, t.section, t.url, t.quote, t.note ?? '', t.fromTable ? 'co' : 'khong',
      ].map(csvField).join(','),
    );
  }
  // The BOM tells spreadsheet programs the file is UTF-8, so Vietnamese shows correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
