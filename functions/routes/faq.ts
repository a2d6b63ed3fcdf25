/** POST /api/faq and GET /api/faq?q=: validate, ask lib/bot, shape the contract's JSON. */
import { Hono } from 'hono';
import { fail, json, methodNotAllowed } from '../json.ts';
import { faqInputFromParams, parseFaqInput, type FaqInput } from '../lib/params.ts';
import { readLimited } from '../body.ts';
import { ask } from '../data.ts';

export const faqRoute = new Hono();

const respond = (input: FaqInput) => json(ask(input.question, input.context));

faqRoute.get('/', (c) => {
  const parsed = faqInputFromParams(new URL(c.req.url).searchParams);
  return parsed.ok ? respond(parsed.value) : fail(parsed.error);
});

faqRoute.post('/', async (c) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return fail('unsupported_media_type');
  const body = await readLimited(c.req.raw);
  if (!body.ok) return fail(body.error);
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    return fail('bad_body');
  }
  const parsed = parseFaqInput(data);
  return parsed.ok ? respond(parsed.value) : fail(parsed.error);
});

faqRoute.all('/', methodNotAllowed(['GET', 'HEAD', 'POST']));
