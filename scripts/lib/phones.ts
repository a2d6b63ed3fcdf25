/**
 * Finds phone numbers in published text and HTML: tel: links and anything shaped like a
 * Vietnamese phone number. Used by the tests that keep every number on the site to the
 * ones in content/hotlines.yaml (and so FACTS.md).
 */
const TEL = /href="tel:([^"]+)"/g;
// 0xx… subscriber numbers (with dots or spaces) and 1800/1900 service numbers.
const PHONE_TEXT = /(?<![\d.,/])(0\d{2,3}(?:[ .]?\d{2,4}){2,3}|1[89]00(?:[ .]?\d{3,4}){1,2})(?![\d,/])/g;

export function phoneNumbersIn(html: string): string[] {
  const found = [...html.matchAll(TEL)].map((m) => (m[1] ?? '').replace(/\D/g, ''));
  // The page's text only: a stylesheet's colours (#00000059) are not numbers anyone dials.
  const text = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  found.push(...[...text.matchAll(PHONE_TEXT)].map((m) => (m[1] ?? '').replace(/\D/g, '')));
  return found;
}
