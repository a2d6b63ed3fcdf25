/**
 * `npm run load`: a bounded load test of the built portal under `wrangler dev` on
 * 127.0.0.1 only: 20 s, 10 connections, a mix of pages, search and bot requests.
 * Bounded by time (autocannon's duration) and by a hard stop a little after it.
 * Prints requests per second, latency p50/p99 and errors (non-2xx and socket errors),
 * and exits 1 if there was any error. Not part of `npm test`.
 */
import autocannon from 'autocannon';
import { startServer } from './lib/server.ts';

const DURATION_S = Number(process.env.LOAD_SECONDS ?? 20);

const { base, stop } = await startServer();

const paths = [
  '/', '/ke-hoach/', '/ke-hoach/lao-cai-2020/', '/cai-nghien/', '/duong-day-nong/', '/lich/', '/lich.ics',
  '/api/search?q=cai%20nghi%E1%BB%87n', '/api/search?q=nha%20nhan%20ai&limit=5', '/api/search?q=methadon',
  '/tim-kiem/?q=mua%20b%C3%A1n%20ng%C6%B0%E1%BB%9Di',
  '/api/faq?q=con%20t%C3%B4i%20nghi%E1%BB%87n%20th%C3%AC%20cai%20%E1%BB%9F%20%C4%91%C3%A2u',
  '/hoi-dap/?q=Ai%20k%C3%BD%20k%E1%BA%BF%20ho%E1%BA%A1ch%20Qu%E1%BA%A3ng%20Ninh',
];
let n = 0;
const hardStop = setTimeout(() => {
  console.error('load: hard stop reached');
  stop();
  process.exit(2);
}, (DURATION_S + 30) * 1000);
const result = await autocannon({
  url: base,
  connections: 10,
  duration: DURATION_S,
  requests: [
    {
      setupRequest: (req: autocannon.Request): autocannon.Request => {
        n += 1;
        // Many clients, as in real use: each address stays under the per-client rate limit.
        const ip = `198.51.${(n >> 8) & 255}.${n & 255}`;
        const post = n % 7 === 0;
        return post
          ? { ...req, method: 'POST', path: '/api/faq', headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip }, body: JSON.stringify({ question: 'Lào Cai năm 2020 cai nghiện bao nhiêu người?' }) }
          : { ...req, method: 'GET', path: paths[n % paths.length]!, headers: { 'cf-connecting-ip': ip } };
      },
    },
  ],
});
clearTimeout(hardStop);
stop();
const errors = result.errors + result.timeouts + result.non2xx;
console.log(`load: ${DURATION_S} s, 10 connections, ${result.requests.total} requests, ${paths.length + 1} kinds`);
console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, median ${result.requests.p50}`);
console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
console.log(`errors: ${errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
process.exit(errors ? 1 : 0);
