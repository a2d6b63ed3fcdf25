/**
 * The Worker's request pipeline (Astro advanced routing): security headers on every
 * response, the API under /api, then Astro's pages (on-demand ones and the 404).
 */
import { Hono } from 'hono';
import { middleware, pages } from 'astro/hono';
import { api } from '../functions/index.ts';
import { calendarRoute } from '../functions/routes/calendar.ts';
import { SECURITY_HEADERS } from '../functions/lib/headers.ts';

const app = new Hono();

app.use(async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  if (c.res.headers.get('content-type') === 'text/html') c.res.headers.set('content-type', 'text/html; charset=utf-8');
});

app.route('/api', api);
app.route('/', calendarRoute);
app.use(middleware());
app.use(pages());

export default app;
