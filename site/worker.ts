/**
 * The Worker's entry (wrangler.toml `main`, with `run_worker_first = true`): every request,
 * static files included, passes here first. Here, and only here:
 * - a path whose percent-encoding does not decode is refused before Astro (which would log
 *   an error for each one: anyone could flood the log);
 * - methods: pages and files answer GET and HEAD; the search and bot pages also POST (their
 *   no-JavaScript forms); /api/* decides for itself (JSON 405s). Anything else gets 405 with
 *   Allow and a short Vietnamese body, static files included (the asset server's own 405 has
 *   neither);
 * - /404 and /404.html answer 404, not 200; /_image (Astro's image endpoint) is off: the
 *   portal serves no optimised images;
 * - the API (/api/*) and the calendar feeds go straight to their Hono apps; built files
 *   straight to the ASSETS binding; anything else (on-demand pages, the 404) to the adapter's
 *   handler and Astro (site/fetch.ts), so Astro's pipeline only ever sees page requests.
 *   Each part is imported on first use: a cold isolate that serves a stylesheet loads
 *   neither the search index nor Astro;
 * - every response leaves with the security headers (HSTS too) and the reason phrase that
 *   belongs to its status (the runtime writes whatever statusText says: "400 OK").
 */
import { Hono } from 'hono';
import { securityHeaders } from '../functions/lib/headers.ts';
import siteStyle from '../build/site-style.json';
import { POST_PAGES } from '../functions/lib/params.ts';
import { ERRORS, errorBody, errorPageHtml } from '../functions/lib/errors.ts';

/** RFC 9110 reason phrases for every status the portal sends. */
export const REASON: Readonly<Record<number, string>> = {
  200: 'OK',
  204: 'No Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};


type Env = { ASSETS: { fetch(req: Request | string): Promise<Response> } };
type Handler = { fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> };

/** A short HTML page for an error the gate answers itself (no user text in it). */
function errorPage(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(errorPageHtml(message), { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra } });
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The decoded path, or null when its percent-encoding is broken (`/%zz`, `/%E0%A4%A`). */
function decoded(path: string): string | null {
  try {
    // decodeURI, as Astro does; the result is used, so the bundler cannot drop the call.
    return decodeURI(path);
  } catch {
    return null;
  }
}

/** What the gate answers itself, or undefined to pass the request on. */
async function gate(request: Request, env: Env): Promise<Response | undefined> {
  const url = new URL(request.url);
  const path = url.pathname;
  if (decoded(path) === null) {
    return isApi(path)
      ? new Response(JSON.stringify(errorBody('bad_path')), { status: ERRORS.bad_path.status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })
      : errorPage(ERRORS.bad_path.status, ERRORS.bad_path.message);
  }
  if (isApi(path)) return undefined;
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && POST_PAGES.has(path))) {
    const postable = POST_PAGES.has(path);
    return errorPage(405, postable ? 'Phương thức này không được hỗ trợ. Trang chỉ nhận GET và POST.' : 'Phương thức này không được hỗ trợ. Trang chỉ nhận GET.', {
      Allow: postable ? 'GET, HEAD, POST' : 'GET, HEAD',
    });
  }
  if (path === '/_image' || path.startsWith('/_image/')) return notFound(request, env);
  if (path === '/404' || path === '/404/' || path === '/404.html') return notFound(request, env);
  return undefined;
}

/** The site's own 404 page (prerendered), with status 404. */
async function notFound(request: Request, env: Env): Promise<Response> {
  const page = await env.ASSETS.fetch(new Request(new URL('/404', request.url), { method: request.method === 'HEAD' ? 'HEAD' : 'GET' }));
  if (page.status !== 200) return errorPage(404, 'Không tìm thấy trang.');
  return new Response(page.body, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

const SECURITY_HEADERS = securityHeaders(siteStyle.hash);

/** Security headers on, the right reason phrase, and text/html always with its charset. */
export function finish(res: Response): Response {
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
  if (headers.get('content-type') === 'text/html') headers.set('content-type', 'text/html; charset=utf-8');
  if (res.status < 200 || res.status > 599) return res; // (never sent: a Response cannot be rebuilt with it)
  return new Response(res.body, { status: res.status, statusText: REASON[res.status] ?? '', headers });
}

// Each part is imported on the first request that needs it: a static file never loads the
// search index, the bot or Astro; the API never loads Astro.
let astro: Promise<Handler> | undefined;
/** The adapter's handler (on-demand pages and the rendered 404), imported on first use. */
const pages = (): Promise<Handler> => (astro ??= import('@astrojs/cloudflare/entrypoints/server').then((m) => m.default as unknown as Handler));

let directApp: Promise<Hono<{ Bindings: Env }>> | undefined;
/** The API and the feeds, without Astro; an unknown feed goes on to the pages (their 404). */
const direct = () =>
  (directApp ??= Promise.all([import('../functions/index.ts'), import('../functions/routes/calendar.ts')]).then(([{ api }, { calendarRoute }]) => {
    const app = new Hono<{ Bindings: Env }>();
    app.route('/api', api);
    app.route('/', calendarRoute);
    app.notFound(async (c) => (await pages()).fetch(c.req.raw, c.env, c.executionCtx as ExecutionContext));
    return app;
  }));

const needsDirect = (path: string) => isApi(path) || (path.endsWith('.ics') && (path === '/lich.ics' || path.startsWith('/lich/')));

/** A built file (prerendered page, stylesheet, script, data file), or undefined. */
async function staticFile(request: Request, env: Env): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const res = await env.ASSETS.fetch(request);
  if (res.status === 404) return void (await res.body?.cancel());
  return res;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const early = await gate(request, env);
    if (early) return finish(early);
    const path = new URL(request.url).pathname;
    if (needsDirect(path)) return finish(await (await direct()).fetch(request, env, ctx));
    return finish((await staticFile(request, env)) ?? (await (await pages()).fetch(request, env, ctx)));
  },
};
