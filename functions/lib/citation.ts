/**
 * Ready-to-paste citations of a plan or one of its paragraphs, and Vietnamese dates.
 */

/** "2022-01-10" -> "10/01/2022" */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today (UTC) as "04/12/2026": the build stamps no-JavaScript citations with it. */
export const todayVi = (now: Date = new Date()): string => formatDateVi(now.toISOString().slice(0, 10));

export interface CitablePlan {
  code: string | null;
  title: string;
  issuer: string;
  issued: string | null;
  issuedYear: number;
  posted: string | null;
  docType: string;
  url: string;
}

/** Where the document comes from, in one line: number, issuer, date. */
export function documentLabel(p: CitablePlan): string {
  const number = p.code ? `số ${p.code}` : p.docType.includes('dự thảo') ? '(dự thảo, chưa có số)' : '(không ghi số hiệu)';
  const date = p.issued ? `ngày ${formatDateVi(p.issued)}` : p.posted ? `đăng ngày ${formatDateVi(p.posted)}` : `năm ${p.issuedYear}`;
  return `${p.issuer}, Kế hoạch ${number}, ${date}`;
}

/**
 * A citation for a paragraph (or the whole plan when section/paragraph are omitted).
 * @example citation(plan, 'https://x.vn', { section: 'mục I.2.4', paragraph: 'p-9' }, '25/11/2026')
 *   // 'Ủy ban nhân dân tỉnh Quảng Ninh, Kế hoạch số 08/KH-UBND, ngày 10/01/2022, “…”, mục I.2.4. https://x.vn/ke-hoach/quang-ninh-2022/#p-9 (truy cập ngày 25/11/2026).'
 */
export function citation(
  p: CitablePlan,
  origin: string,
  where: { section?: string; paragraph?: string },
  accessed: string,
): string {
  const place = [where.section, where.paragraph ? `đoạn ${where.paragraph}` : ''].filter(Boolean).join(', ');
  const url = `${origin}${p.url}${where.paragraph ? `#${where.paragraph}` : ''}`;
  return `${documentLabel(p)}, “${p.title}”${place ? `, ${place}` : ''}. ${url} (truy cập ngày ${accessed}).`;
}
