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
// Pages only answer GET and HEAD: anything else gets 405 with Allow, never Astro's 403/500.
// The search and bot pages also take their no-JavaScript forms by POST, so that what people
// type never reaches the URL or the history.
const POST_PAGES = new Set(['/tim-kiem', '/tim-kiem/', '/hoi-dap', '/hoi-dap/']);
app.use(async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const postable = POST_PAGES.has(new URL(c.req.url).pathname);
  if (postable && c.req.method === 'POST') return next();
  return c.text('Phương thức này không được hỗ trợ. Trang chỉ nhận GET.', 405, { Allow: postable ? 'GET, HEAD, POST' : 'GET, HEAD' });
});
app.route('/', calendarRoute);
app.use(middleware());
app.use(pages());

export default app;
