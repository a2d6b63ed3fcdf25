/**
 * Validation of user parameters, shared by the API and the on-demand pages so both give
 * the same answer to the same input.
 */
import type { ErrorCode } from './errors.ts';

export const PLAN_SLUGS = ['quang-ninh-2022', 'lao-cai-2020', 'ninh-thuan-2023', 'hung-yen-2021', 'son-la-2021-2025'] as const;
export const TOPICS = ['ma-tuy', 'mai-dam', 'mua-ban-nguoi', 'tuyen-truyen', 'chung'] as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

/** Trim, NFC, and drop control characters and lone surrogates that no one means to type. */
export function cleanText(raw: string): string {
  return raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchParams {
  q: string;
  limit: number;
  plan?: string;
  topic?: string;
}

/** q: 1-200 characters after trimming; limit 1-50 (default 10); plan and topic from the lists. */
export function parseSearchParams(params: URLSearchParams): Parsed<SearchParams> {
  const raw = params.get('q');
  if (raw === null) return { ok: false, error: 'missing_query' };
  const q = cleanText(raw);
  if (q.length === 0) return { ok: false, error: 'missing_query' };
  if ([...q].length > 200) return { ok: false, error: 'query_too_long' };
  let limit = 10;
  const rawLimit = params.get('limit');
  if (rawLimit !== null && rawLimit !== '') {
    if (!/^\d{1,3}$/.test(rawLimit)) return { ok: false, error: 'bad_limit' };
    limit = Number(rawLimit);
    if (limit < 1 || limit > 50) return { ok: false, error: 'bad_limit' };
  }
  const plan = params.get('plan') || undefined;
  if (plan !== undefined && !(PLAN_SLUGS as readonly string[]).includes(plan)) return { ok: false, error: 'unknown_plan' };
  const topic = params.get('topic') || undefined;
  if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) return { ok: false, error: 'unknown_topic' };
  return { ok: true, value: { q, limit, plan, topic } };
}
