/**
 * Astro's request pipeline (advanced routing), reached through site/worker.ts, which has
 * already refused malformed paths and wrong methods and adds the security headers to every
 * response. Here: the API under /api, the calendar feeds, the rate limit of the search and
 * bot pages, then Astro's pages (on-demand ones and the 404).
 */
import { Hono } from 'hono';
import { middleware, pages } from 'astro/hono';
import { api } from '../functions/index.ts';
import { calendarRoute } from '../functions/routes/calendar.ts';
import { pageRateLimit } from '../functions/ratelimit.ts';

const app = new Hono();

app.route('/api', api);
app.route('/', calendarRoute);
// The search and bot pages run the same code as the API: the same per-client limit.
app.use(pageRateLimit());
app.use(middleware());
app.use(pages());

export default app;
