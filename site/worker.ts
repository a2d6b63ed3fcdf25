/**
 * The Worker's entry (wrangler.toml `main`, with `run_worker_first = true`): every request,
 * static files included, passes here before the adapter's handler (static assets, then
 * Astro with site/fetch.ts). Here, and only here:
 * - a path whose percent-encoding does not decode is refused before Astro (which would log
 *   an error for each one: anyone could flood the log);
 * - methods: pages and files answer GET and HEAD; the search and bot pages also POST (their
 *   no-JavaScript forms); /api/* decides for itself (JSON 405s). Anything else gets 405 with
 *   Allow and a short Vietnamese body, static files included (the asset server's own 405 has
 *   neither);
 * - /404 and /404.html answer 404, not 200;
 * - /_image (Astro's image endpoint) is off: the portal serves no optimised images;
 * - every response leaves with the security headers (HSTS too) and the reason phrase that
 *   belongs to its status (the runtime writes whatever statusText says: "400 OK").
 */
import astro from '@astrojs/cloudflare/entrypoints/server';
import { SECURITY_HEADERS } from '../functions/lib/headers.ts';
import { POST_PAGES } from '../functions/lib/params.ts';

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
  const body = `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title></head><body><p>${message}</p><p><a href="/">Về trang chủ</a></p></body></html>\n`;
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra } });
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
      ? Response.json({ error: { code: 'bad_parameter', message: 'Địa chỉ không hợp lệ.' } }, { status: 400, headers: { 'cache-control': 'no-store' } })
      : errorPage(400, 'Địa chỉ không hợp lệ.');
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

/** Security headers on, the right reason phrase, and text/html always with its charset. */
export function finish(res: Response): Response {
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
  if (headers.get('content-type') === 'text/html') headers.set('content-type', 'text/html; charset=utf-8');
  const statusText = REASON[res.status] ?? '';
  // 101 and the null-body statuses keep their (absent) body.
  return new Response(res.body, { status: res.status, statusText, headers });
}

const handler = astro as unknown as Handler;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const early = await gate(request, env);
    return finish(early ?? (await handler.fetch(request, env, ctx)));
  },
};
