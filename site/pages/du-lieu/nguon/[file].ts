/**
 * /du-lieu/nguon/<file>.txt: each plan's original text, byte for byte as in content/sources/
 * (the seeds are valid UTF-8 without a byte-order mark, so the raw import round-trips
 * exactly; test/unit/built-site.test.ts compares the bytes), as text/plain; charset=utf-8.
 */
import type { APIRoute } from 'astro';
import { plans } from '../../../lib/data.ts';

export const prerender = true;

const raw = import.meta.glob<string>('../../../../content/sources/*.txt', { query: '?raw', import: 'default', eager: true });
const byName = new Map(Object.entries(raw).map(([path, text]) => [path.split('/').pop()!, text]));

export function getStaticPaths() {
  return plans.map((p) => ({ params: { file: p.source } }));
}

export const GET: APIRoute = ({ params }) => {
  const text = byName.get(params.file ?? '');
  if (text === undefined) return new Response('Không có văn bản này.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
