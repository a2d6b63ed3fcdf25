/**
 * Page weights from the build: for each page, the gzip size of its HTML plus every
 * stylesheet and script it links to (what a first visit transfers). Shared by the bench,
 * the budgets check and the tests.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

export const CLIENT = join(process.cwd(), 'dist', 'client');
export const SERVER = join(process.cwd(), 'dist', 'server');
export const PAGE_BUDGET = 30 * 1024;
export const WORKER_BUDGET = 1024 * 1024;
export const INDEX_BUDGET = 300 * 1024;

export const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every prerendered HTML page: its site URL ("/", "/ke-hoach/lao-cai-2020/", "/404.html") and file. */
export function builtHtml(): { url: string; file: string }[] {
  return walk(CLIENT)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ url: '/' + relative(CLIENT, file).replace(/index\.html$/, ''), file }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Weight of one HTML document and the same-origin assets it links. */
export function weighHtml(url: string, html: string): PageWeight {
  const refs = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1] ?? '');
  let css = 0;
  let js = 0;
  for (const ref of new Set(refs)) {
    const file = join(CLIENT, ref.split('?')[0] ?? '');
    if (!existsSync(file)) continue;
    const size = gz(readFileSync(file));
    if (ref.endsWith('.css')) css += size;
    else if (ref.endsWith('.js') || ref.endsWith('.mjs')) js += size;
  }
  const h = gz(html);
  return { url, html: h, css, js, total: h + css + js };
}

export function builtPageWeights(): PageWeight[] {
  return builtHtml().map((p) => weighHtml(p.url, readFileSync(p.file, 'utf8')));
}

/** gzip size of the Worker code wrangler uploads (dist/server, without source maps). */
export function workerGzip(): { raw: number; gzip: number } {
  const files = walk(SERVER).filter((f) => /\.(m?js|wasm|json)$/.test(f) && !f.endsWith('.map') && !f.endsWith('wrangler.json'));
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: buf.length, gzip: gz(buf) };
}
