/**
 * The post-build step (scripts/postbuild.ts) ships site/public's stylesheet and scripts
 * minified: fewer bytes ahead of the first paint on a slow line, the same rules and code.
 * Needs `npm run build` first (as the other built-site checks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minify } from '../../scripts/postbuild.ts';

const source = readFileSync('site/public/site.css', 'utf8');
const built = readFileSync('dist/client/site.css', 'utf8');
/** the selectors and at-rule preludes of a stylesheet, whitespace-insensitive */
const preludes = (css: string) =>
  minify(css, 'css')
    .replace(/\{[^{}]*\}/g, '{}')
    .split(/[{}]+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('the minified stylesheet and scripts in dist/client', () => {
  it('serve site.css minified, smaller, with every rule, at-rule and custom property of the source', () => {
    expect(built).toBe(minify(source, 'css'));
    expect(built.length).toBeLessThan(source.length * 0.85);
    expect(built.trimEnd()).not.toMatch(/\/\*|\n/);
    expect(preludes(built)).toEqual(preludes(source));
    for (const token of ['@media print', '@media(prefers-color-scheme:dark)', '::details-content', 'var(--focus)', 'min-height:44px']) expect(built).toContain(token);
    expect(built.match(/--[a-z-]+:/g)!.length).toBe(source.replace(/\/\*[\s\S]*?\*\//g, '').match(/--[a-z-]+\s*:/g)!.length);
  });

  it('serve each script of site/public/js minified from its own source, keeping the global names pages call', () => {
    const names = readdirSync('site/public/js').filter((n) => n.endsWith('.js'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const src = readFileSync(`site/public/js/${name}`, 'utf8');
      const out = readFileSync(`dist/client/js/${name}`, 'utf8');
      expect(out, name).toBe(minify(src, 'js'));
      expect(out.length, name).toBeLessThanOrEqual(src.length);
    }
    expect(readFileSync('dist/client/js/site.js', 'utf8')).toMatch(/function leave\(/);
  });

  it('refuses broken input instead of shipping it', () => {
    expect(() => minify('function (', 'js')).toThrow();
    expect(() => minify('a { color: red', 'css')).toThrow();
  });
});
