/**
 * Cost of crafted requests through the whole Worker in workerd (run by `npm run bench`):
 * /api/search, /api/faq, /tim-kiem/ and /hoi-dap/, each with ordinary and crafted input,
 * median per request. Prints BENCH lines that scripts/bench.ts collects. Each request
 * comes from its own client address, so the rate limit does not answer in its place.
 */
import { it } from 'vitest';
import { exports } from 'cloudflare:workers';
import { QUESTION_INPUTS, SEARCH_INPUTS, report, type Input, type Timed } from './crafted.ts';

const worker = (exports as unknown as { default: { fetch(req: Request): Promise<Response> } }).default;
let client = 0;
const from = () => {
  client++;
  return { 'cf-connecting-ip': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` };
};
const form = (q: string) => ({ method: 'POST', headers: { ...from(), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ q }).toString() });
const ENDPOINTS: { label: string; inputs: Input[]; request: (q: string) => Request }[] = [
  { label: 'GET /api/search', inputs: SEARCH_INPUTS, request: (q) => new Request(`http://portal.test/api/search?${new URLSearchParams({ q })}`, { headers: from() }) },
  { label: 'POST /api/faq', inputs: QUESTION_INPUTS, request: (q) => new Request('http://portal.test/api/faq', { method: 'POST', headers: { ...from(), 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) }) },
  { label: 'POST /tim-kiem/', inputs: SEARCH_INPUTS, request: (q) => new Request('http://portal.test/tim-kiem/', form(q)) },
  { label: 'POST /hoi-dap/', inputs: QUESTION_INPUTS, request: (q) => new Request('http://portal.test/hoi-dap/', form(q)) },
];

async function timed(input: Input, request: (q: string) => Request): Promise<Timed> {
  const REPS = 10;
  const rounds: number[] = [];
  let status = 0;
  for (let k = 0; k < 2; k++) await (await worker.fetch(request(input.text))).arrayBuffer(); // warm-up
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let r = 0; r < REPS; r++) {
      const res = await worker.fetch(request(input.text));
      await res.arrayBuffer();
      status = res.status;
    }
    rounds.push((performance.now() - t0) / REPS);
  }
  rounds.sort((a, b) => a - b);
  return { name: input.name, crafted: input.crafted, ms: rounds[2]!, status: status === 200 ? undefined : status };
}

it('measures ordinary and crafted requests on the four endpoints', async () => {
  for (const e of ENDPOINTS) {
    const rows: Timed[] = [];
    for (const input of e.inputs) rows.push(await timed(input, e.request));
    for (const line of report(`workerd ${e.label}`, rows)) console.log(`BENCH ${line}`);
  }
}, 300_000);
