/**
 * The API (/api/*): a Hono app mounted by site/fetch.ts. Routes parse the request, call
 * functions/lib, and shape the JSON of the contract in DESIGN.md. Nothing here logs what
 * people type.
 */
import { Hono } from 'hono';
import { fail, json, methodNotAllowed } from './json.ts';
import { VERSION } from './version.ts';
import { searchRoute } from './routes/search.ts';
import { faqRoute } from './routes/faq.ts';
import { rateLimit } from './ratelimit.ts';

export const api = new Hono();

api.use(rateLimit());

api.get('/health', (c) => json({ ok: true, version: VERSION }));
api.all('/health', methodNotAllowed(['GET', 'HEAD']));

api.route('/search', searchRoute);
api.route('/faq', faqRoute);

// Any other /api path: the contract's JSON 404, not the HTML page.
api.all('*', () => fail('not_found'));
// Never a stack trace, never the request text: a fixed message.
api.onError(() => fail('internal'));

export default api;
