/** Shared wording for figures: comparators as Vietnamese words. */
export const COMPARATOR_WORDS: Readonly<Record<string, string>> = {
  '=': '',
  '>=': 'ít nhất ',
  '>': 'trên ',
  '<=': 'tối đa ',
  '<': 'dưới ',
  '~': 'khoảng ',
};

/** "1.600 người", "27,93%", "trên 90%" */
export function figure(t: { comparator: string; value: string; unit: string }): string {
  return `${COMPARATOR_WORDS[t.comparator] ?? ''}${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`;
}

/** What a figure is, in words; pages show it capitalised in tables ("Kết quả"). */
export const KIND_WORDS: Readonly<Record<string, string>> = {
  target: 'chỉ tiêu',
  result: 'kết quả',
  baseline: 'số liệu hiện trạng',
};

/** "kết quả" -> "Kết quả" */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * The year of a figure, said only where the source says it (in the quote or the plan's
 * label): the year field alone is an editor's reading, not a published figure.
 * @example yearOf({ year: 2019, quote: '… đến ngày 25/12/2019 …' }, 'Lào Cai 2020') // 2019
 */
export function yearOf(t: { year: number; quote: string }, label: string): number | null {
  return t.quote.includes(String(t.year)) || label.includes(String(t.year)) ? t.year : null;
}
