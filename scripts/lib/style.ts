/**
 * The site's stylesheet as every page carries it inline (site/layouts/Base.astro): minified
 * site/public/site.css and the CSP hash that allows exactly that text
 * (functions/lib/headers.ts). Inline, a page paints after one round trip instead of two: on
 * the slow line DESIGN.md budgets for (400 ms each way), that is most of the first paint.
 * /site.css itself stays served, for the Worker's own error pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from '../postbuild.ts';
import { ROOT } from './content.ts';

export interface SiteStyle {
  css: string;
  /** "'sha256-…'" for the CSP's style-src */
  hash: string;
}

export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

export function siteStyle(): SiteStyle {
  const css = minify(readFileSync(join(ROOT, 'site/public/site.css'), 'utf8'), 'css').trim();
  return { css, hash: styleHash(css) };
}
