/** GET /api/search: parse and validate, call lib/search, shape the contract's JSON. */
import { Hono } from 'hono';
import { fail, json, methodNotAllowed } from '../json.ts';
import { parseSearchParams } from '../lib/params.ts';
import { searcher } from '../data.ts';

export const searchRoute = new Hono();

searchRoute.get('/', (c) => {
  const parsed = parseSearchParams(new URL(c.req.url).searchParams);
  if (!parsed.ok) return fail(parsed.error);
  const { q, limit, plan, topic } = parsed.value;
  const { total, results } = searcher().search(q, { limit, plan, topic });
  return json({ query: q, total, results });
});
searchRoute.all('/', methodNotAllowed(['GET', 'HEAD']));
