/**
 * Words people type for what the plans call by another name: English words and common
 * variants. Keys and values are folded (foldVietnamese); a key expands to extra query
 * words. Shared by search and the bot so both understand the same vocabulary.
 */
export const SYNONYMS: Readonly<Record<string, string[]>> = {
  drug: ['ma tuy'],
  drugs: ['ma tuy'],
  narcotics: ['ma tuy'],
  heroin: ['ma tuy'],
  addiction: ['nghien'],
  addict: ['nguoi nghien'],
  rehab: ['cai nghien'],
  rehabilitation: ['cai nghien'],
  detox: ['cai nghien'],
  treatment: ['dieu tri', 'cai nghien'],
  methadon: ['methadone'],
  prostitution: ['mai dam'],
  'sex work': ['mai dam'],
  trafficking: ['mua ban nguoi'],
  'human trafficking': ['mua ban nguoi'],
  victim: ['nan nhan'],
  victims: ['nan nhan'],
  hotline: ['duong day nong'],
  school: ['truong hoc', 'hoc sinh'],
  student: ['hoc sinh', 'sinh vien'],
  students: ['hoc sinh', 'sinh vien'],
  target: ['chi tieu'],
  targets: ['chi tieu'],
  aids: ['hiv aids'],
  'buon nguoi': ['mua ban nguoi'],
  'buon ban nguoi': ['mua ban nguoi'],
  'ban dam': ['mai dam'],
  'xi ke': ['ma tuy'],
  'nghien hut': ['nghien ma tuy'],
  'tro ve': ['tro ve'],
};

// Each key as a whole-word pattern, compiled once.
const PATTERNS = Object.entries(SYNONYMS)
  .filter(([k, v]) => k !== v[0])
  .map(([k, v]) => [new RegExp(`(^|\\s)${k}(\\s|$)`), v] as const);

/** Extra folded words for a folded query. */
export function expandSynonyms(folded: string): string[] {
  const out: string[] = [];
  for (const [re, v] of PATTERNS) if (re.test(folded)) out.push(...v);
  return out;
}
