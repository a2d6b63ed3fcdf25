/** /du-lieu/chi-tieu.csv: one row per target of every plan. */
import type { APIRoute } from 'astro';
import { plans } from '../../lib/data.ts';
import { targetsCsv } from '../../../functions/lib/opendata.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(targetsCsv(plans.flatMap((p) => p.targets.map((t) => ({ ...t, province: p.province, code: p.code, source: p.source })))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
