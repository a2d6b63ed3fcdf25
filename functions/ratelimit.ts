/**
 * Per-client rate limit on the API with the Workers Rate Limiting binding (wrangler.toml,
 * API_RATE_LIMIT). Over the limit: the contract's 429 with Retry-After. Where the binding
 * is absent (plain node tests), nothing is limited. The client address is used only as
 * the counter key and never logged.
 */
import type { MiddlewareHandler } from 'hono';
import { env } from 'cloudflare:workers';
import { fail } from './json.ts';

/** The binding's window: a client over the limit may try again after this many seconds. */
export const RATE_PERIOD_SECONDS = 60;

interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export function rateLimit(): MiddlewareHandler {
  return async (c, next) => {
    const limiter = (env as unknown as { API_RATE_LIMIT?: RateLimiter }).API_RATE_LIMIT;
    if (limiter) {
      const key = c.req.header('cf-connecting-ip') ?? 'local';
      const { success } = await limiter.limit({ key });
      if (!success) return fail('rate_limited', { 'Retry-After': String(RATE_PERIOD_SECONDS) });
    }
    await next();
  };
}
