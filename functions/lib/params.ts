/**
 * Validation of user parameters, shared by the API and the on-demand pages so both give
 * the same answer to the same input.
 */
import type { ErrorCode } from './errors.ts';

export const PLAN_SLUGS = ['quang-ninh-2022', 'lao-cai-2020', 'ninh-thuan-2023', 'hung-yen-2021', 'son-la-2021-2025'] as const;
export const TOPICS = ['ma-tuy', 'mai-dam', 'mua-ban-nguoi', 'tuyen-truyen', 'chung'] as const;

/**
 * The on-demand pages that run search or the bot: their no-JavaScript forms post (what
 * people type never reaches the URL), and the per-client rate limit covers them.
 */
export const POST_PAGES: ReadonlySet<string> = new Set(['/tim-kiem', '/tim-kiem/', '/hoi-dap', '/hoi-dap/']);

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

/** Limits in characters (code points), counted after cleanText, i.e. after NFC. */
export const QUERY_MAX = 200;
export const QUESTION_MAX = 2000;
/** Context from the client (the hidden fields of /hoi-dap/): at most this many terms of this length. */
export const TERMS_MAX = 30;
export const TERM_MAX = 40;

/** Length in characters, not UTF-16 code units: an emoji or a rare CJK character is one. */
export const charLength = (s: string): number => [...s].length;

export interface SearchParams {
  q: string;
  limit: number;
  plan?: string;
  topic?: string;
}

/** q: 1-200 characters after cleaning (NFC); limit 1-50 (default 10); plan and topic from the lists. */
export function parseSearchParams(params: URLSearchParams): Parsed<SearchParams> {
  const raw = params.get('q');
  if (raw === null) return { ok: false, error: 'missing_query' };
  const q = cleanText(raw);
  if (q.length === 0) return { ok: false, error: 'missing_query' };
  if (charLength(q) > QUERY_MAX) return { ok: false, error: 'query_too_long' };
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

/** A context field that must be one of a list or match a pattern: cleaned first, like the question. */
function pick<T extends string>(raw: unknown, ok: (v: string) => boolean): T | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const v = cleanText(raw);
  if (v === '') return undefined;
  return ok(v) ? (v as T) : null;
}

/**
 * Validates a question (1-2,000 characters after cleaning) and an optional context object.
 * Every context field is cleaned like the question (type, length, characters: no control
 * characters, bidi overrides, NUL or lone surrogates survive) and checked; unknown keys are
 * dropped, so nothing else the client sends comes back in the answer's context.
 */
export function parseFaqInput(body: unknown): Parsed<FaqInput> {
  if (!isRecord(body)) return { ok: false, error: 'bad_body' };
  if (typeof body.question !== 'string') return { ok: false, error: body.question === undefined ? 'missing_question' : 'bad_body' };
  const question = cleanText(body.question);
  if (!question) return { ok: false, error: 'missing_question' };
  if (charLength(question) > QUESTION_MAX) return { ok: false, error: 'question_too_long' };
  const raw = body.context;
  if (raw === undefined || raw === null) return { ok: true, value: { question, context: {} } };
  if (!isRecord(raw)) return { ok: false, error: 'bad_context' };
  const context: FaqInput['context'] = {};
  const plan = pick<string>(raw.plan, (v) => (PLAN_SLUGS as readonly string[]).includes(v));
  if (plan === null) return { ok: false, error: 'unknown_plan' };
  if (plan) context.plan = plan;
  const intent = pick<string>(raw.intent, (v) => v.length <= 80 && /^[a-z0-9-]+$/.test(v));
  if (intent === null) return { ok: false, error: 'bad_context' };
  if (intent) context.intent = intent;
  const topic = pick<string>(raw.topic, (v) => (TOPICS as readonly string[]).includes(v));
  if (topic === null) return { ok: false, error: 'unknown_topic' };
  if (topic) context.topic = topic;
  const detail = pick<(typeof DETAILS)[number]>(raw.detail, (v) => (DETAILS as readonly string[]).includes(v));
  if (detail === null) return { ok: false, error: 'bad_context' };
  if (detail) context.detail = detail;
  if (raw.terms !== undefined && raw.terms !== null) {
    if (!Array.isArray(raw.terms) || raw.terms.length > TERMS_MAX || !raw.terms.every((t) => typeof t === 'string' && t.length <= 4 * TERM_MAX)) return { ok: false, error: 'bad_context' };
    // One word per term: a control character cleaned away inside a term leaves two words.
    const terms = (raw.terms as string[]).flatMap((t) => cleanText(t).split(' ')).filter(Boolean);
    if (terms.length > TERMS_MAX || terms.some((t) => charLength(t) > TERM_MAX)) return { ok: false, error: 'bad_context' };
    if (terms.length) context.terms = terms;
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
