/**
 * Runs after `astro build` (the "build" npm script): minifies what public/ copied into
 * dist/client unminified, so fewer bytes sit ahead of the stylesheet on a slow line
 * (DESIGN.md budget: first paint within 1.10x of a minimal page).
 *
 * - every dist/client/**\/*.css and dist/client/js/*.js, with esbuild (a wrangler
 *   dependency): same rules and same behaviour, comments and whitespace gone. No syntax is
 *   lowered (target esnext), so selectors such as ::details-content pass through.
 * - nothing inline is created: the CSP (script-src/style-src 'self') stays valid.
 *
 * Prerendered HTML is left as Astro writes it (compressHTML already removes whitespace
 * between tags and keeps <pre> and text as written). The asset server computes ETags from
 * the files it serves, so nothing else needs updating.
 */
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const ROOT = 'dist/client';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Minified text of one stylesheet or classic script; throws on a syntax error (the build must fail, not ship a broken file). */
export function minify(source: string, kind: 'css' | 'js'): string {
  const out = transformSync(source, { loader: kind, minify: true, legalComments: 'none', target: 'esnext', charset: 'utf8', logLevel: 'silent' });
  if (out.warnings.length) throw new Error(out.warnings.map((w) => w.text).join('\n'));
  return out.code;
}

function main(): void {
  let before = 0;
  let after = 0;
  const files = walk(ROOT).filter((p) => p.endsWith('.css') || (p.startsWith(join(ROOT, 'js')) && p.endsWith('.js')));
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const code = minify(source, file.endsWith('.css') ? 'css' : 'js');
    writeFileSync(file, code);
    before += gzipSync(source).length;
    after += gzipSync(code).length;
  }
  console.log(`postbuild: minified ${files.length} CSS/JS files in ${ROOT}, ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB gzip`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
