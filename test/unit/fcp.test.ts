import { describe, expect, it } from 'vitest';
import { minimalPage } from '../../scripts/lib/fcp.ts';

describe('the reference page of the first-paint budget', () => {
  it('is 1 KB of HTML linking one 2 KB stylesheet, as DESIGN.md defines it', () => {
    const { html, css } = minimalPage();
    expect(Buffer.byteLength(html)).toBe(1024);
    expect(Buffer.byteLength(css)).toBe(2048);
    expect(html.match(/<link rel="stylesheet" href="\/minimal\.css">/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<img|<link rel="icon"/);
  });
});
