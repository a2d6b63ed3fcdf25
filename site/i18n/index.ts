/** UI strings, one JSON per locale; t('nav.plans') returns the Vietnamese text. */
import vi from './vi.json';
import en from './en.json';

export type Key = keyof typeof vi;
const tables: Record<'vi' | 'en', Partial<Record<Key, string>>> = { vi, en };

export function t(key: Key, locale: 'vi' | 'en' = 'vi'): string {
  return tables[locale][key] ?? vi[key];
}

const numberFormat = new Intl.NumberFormat('vi-VN');
/** 1600 -> "1.600" */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const plural = new Intl.PluralRules('vi-VN');
/** Vietnamese has one plural form; kept through PluralRules so other locales work. */
export function count(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[plural.select(n)] ?? forms.other;
  return form.replace('{n}', formatNumber(n));
}
