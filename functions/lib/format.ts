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
