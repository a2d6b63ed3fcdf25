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

export const DETAILS = ['signer', 'code', 'issued', 'period', 'issuer', 'status'] as const;

export interface FaqInput {
  question: string;
  context: {
    plan?: string;
    intent?: string;
    topic?: string;
    detail?: (typeof DETAILS)[number];
    terms?: string[];
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a question (1-500 characters after cleaning) and an optional context object. */
export function parseFaqInput(body: unknown): Parsed<FaqInput> {
  if (!isRecord(body)) return { ok: false, error: 'bad_body' };
  if (typeof body.question !== 'string') return { ok: false, error: body.question === undefined ? 'missing_question' : 'bad_body' };
  const question = cleanText(body.question);
  if (!question) return { ok: false, error: 'missing_question' };
  if ([...question].length > 500) return { ok: false, error: 'question_too_long' };
  const raw = body.context;
  if (raw === undefined || raw === null) return { ok: true, value: { question, context: {} } };
  if (!isRecord(raw)) return { ok: false, error: 'bad_context' };
  const context: FaqInput['context'] = {};
  const str = (v: unknown) => typeof v === 'string' && v.length <= 80;
  if (raw.plan !== undefined) {
    if (!str(raw.plan) || !(PLAN_SLUGS as readonly string[]).includes(raw.plan as string)) return { ok: false, error: 'unknown_plan' };
    context.plan = raw.plan as string;
  }
  if (raw.intent !== undefined) {
    if (!str(raw.intent) || !/^[a-z0-9-]+$/.test(raw.intent as string)) return { ok: false, error: 'bad_context' };
    context.intent = raw.intent as string;
  }
  if (raw.topic !== undefined) {
    if (!(TOPICS as readonly unknown[]).includes(raw.topic)) return { ok: false, error: 'unknown_topic' };
    context.topic = raw.topic as string;
  }
  if (raw.detail !== undefined) {
    if (!(DETAILS as readonly unknown[]).includes(raw.detail)) return { ok: false, error: 'bad_context' };
    context.detail = raw.detail as FaqInput['context']['detail'];
  }
  if (raw.terms !== undefined) {
    if (!Array.isArray(raw.terms) || raw.terms.length > 30 || !raw.terms.every((t) => typeof t === 'string' && t.length <= 40)) return { ok: false, error: 'bad_context' };
    context.terms = raw.terms as string[];
  }
  return { ok: true, value: { question, context } };
}

/** The GET form of the bot: ?q= plus the context fields as plain parameters. */
export function faqInputFromParams(params: URLSearchParams): Parsed<FaqInput> {
  const q = params.get('q');
  const context: Record<string, unknown> = {};
  for (const k of ['plan', 'intent', 'topic', 'detail'] as const) {
    const v = params.get(k);
    if (v) context[k] = v;
  }
  const terms = params.get('terms');
  if (terms) context.terms = terms.split(' ').filter(Boolean);
  return parseFaqInput({ question: q ?? undefined, context });
}
