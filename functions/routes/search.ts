/** GET /api/search: parse and validate, call lib/search, shape the contract's JSON. */
import { Hono } from 'hono';
import { fail, json, methodNotAllowed } from '../json.ts';
import { parseSearchParams } from '../lib/params.ts';
import { offsetOf } from '../lib/search.ts';
import { searcher } from '../data.ts';

export const searchRoute = new Hono();

searchRoute.get('/', (c) => {
  const params = new URL(c.req.url).searchParams;
  const parsed = parseSearchParams(params);
  if (!parsed.ok) return fail(parsed.error);
  // offset: results to skip, for "Xem thêm"; `total` always counts every result.
  const offset = offsetOf(params.get('offset'));
  if (offset === null) return fail('bad_offset');
  const { q, limit, plan, topic } = parsed.value;
  const { total, results } = searcher().search(q, { limit, offset, plan, topic });
  return json({ query: q, total, results });
});
searchRoute.all('/', methodNotAllowed(['GET', 'HEAD']));
