/**
 * Astro's request pipeline (advanced routing) for the pages. site/worker.ts has already
 * refused malformed paths and wrong methods, answered the API and the calendar feeds
 * itself, and adds the security headers to every response. Here: the per-client rate limit
 * of the search and bot pages, then Astro's whole pipeline (astro(): redirects, sessions,
 * actions, middleware, i18n, cache and pages, in Astro's own order), so Astro runs every
 * feature it has and its start-up check has nothing to warn about.
 */
import { Hono } from 'hono';
import { astro } from 'astro/hono';
import { pageRateLimit } from '../functions/ratelimit.ts';

const app = new Hono();

// The search and bot pages run the same code as the API: the same per-client limit.
app.use(pageRateLimit());
app.use(astro());

export default app;
