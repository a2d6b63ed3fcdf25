/**
 * Per-client rate limit with the Workers Rate Limiting binding (wrangler.toml,
 * API_RATE_LIMIT), on the API and on the on-demand pages that run search or the bot
 * (/tim-kiem/ and /hoi-dap/ with a query, GET or POST): one counter per client for both,
 * since they run the same code. Over the limit: 429 with Retry-After (the contract's JSON
 * on the API, a short Vietnamese page on the pages). Where the binding is absent (plain
 * node tests), nothing is limited. The client address is used only as the counter key and
 * never logged.
 */
import type { MiddlewareHandler } from 'hono';
import { env } from 'cloudflare:workers';
import { fail } from './json.ts';
import { ERRORS, errorPageHtml } from './lib/errors.ts';
import { POST_PAGES } from './lib/params.ts';

/** The binding's window: a client over the limit may try again after this many seconds. */
export const RATE_PERIOD_SECONDS = 60;

interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** True when this client is over the limit (counts the request). */
export async function overLimit(req: Request): Promise<boolean> {
  const limiter = (env as unknown as { API_RATE_LIMIT?: RateLimiter }).API_RATE_LIMIT;
  if (!limiter) return false;
  const key = req.headers.get('cf-connecting-ip') ?? 'local';
  const { success } = await limiter.limit({ key });
  return !success;
}

const retryAfter = { 'Retry-After': String(RATE_PERIOD_SECONDS) };

/** For the API (Hono): the contract's JSON 429. */
export function rateLimit(): MiddlewareHandler {
  return async (c, next) => {
    if (await overLimit(c.req.raw)) return fail('rate_limited', retryAfter);
    await next();
  };
}

/** Does this page request run search or the bot? A POST form, or a GET with a query. */
export function runsSearchOrBot(req: Request): boolean {
  const url = new URL(req.url);
  if (!POST_PAGES.has(url.pathname)) return false;
  return req.method === 'POST' || url.searchParams.has('q');
}

/** For the on-demand pages (Hono, site/fetch.ts): a short Vietnamese page with 429. */
export function pageRateLimit(): MiddlewareHandler {
  return async (c, next) => {
    if (runsSearchOrBot(c.req.raw) && (await overLimit(c.req.raw))) {
      const body = errorPageHtml(ERRORS.rate_limited.message);
      return new Response(body, { status: 429, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...retryAfter } });
    }
    await next();
  };
}
