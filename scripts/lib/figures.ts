/**
 * The figure rule for any prose we publish beside the plans (summaries, treatment pages,
 * hotlines, campaigns, bot answers): every number must sit inside a link to where it comes
 * from, and occur there: a plan paragraph (/ke-hoach/<slug>/#p-N) or a reference listed in
 * content/facts.md (the copy of FACTS.md), near that reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsNumber, figureKey, numberTokens } from '../../functions/lib/numbers.ts';
import { CONTENT } from './content.ts';
import type { Problem } from './truth.ts';

export interface ParagraphLookup {
  (slug: string, paragraph: string): { text: string; original: string } | undefined;
}

let factsCache: string | undefined;
export function factsText(): string {
  factsCache ??= readFileSync(join(CONTENT, 'facts.md'), 'utf8');
  return factsCache;
}

/** The text of FACTS.md that a reference URL stands for: its table row, or its bullet. */
export function factContext(url: string): string | null {
  const facts = factsText();
  const lines = facts.split('\n');
  const i = lines.findIndex((l) => l.includes(url));
  if (i < 0) return null;
  // A table row carries its own fact; a bullet's URL ends the bullet, whose text may run
  // over several lines above it (from its "- " line down to the URL).
  const row = lines[i] ?? '';
  if (row.startsWith('|')) {
    // Rows whose reference reads "same as 113" share the reference of the 113 row.
    const key = row.split('|')[1]?.trim();
    const same = lines.filter((l) => l.startsWith('|') && key && l.includes(`| same as ${key} |`));
    return [row, ...same].join('\n');
  }
  let start = i;
  while (start > 0 && !/^\s*- /.test(lines[start] ?? '') && lines[start - 1]?.trim()) start--;
  return lines.slice(start, i + 1).join('\n');
}

/** Numbers that a FACTS.md context supports: its figures, plus the parts of its dates and numbers. */
export function factSupports(context: string, n: string): boolean {
  if (containsNumber(context, n)) return true;
  // "1/3/2025" in FACTS supports 1, 3 and 2025; "0769.04.04.04" supports "04".
  return context.split(/[^\d]+/).map(figureKey).includes(figureKey(n));
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Check one markdown text. `defaultPlan` resolves bare "#p-N" links (plan summaries).
 * Returns problems naming the file and what to do.
 */
export function checkFigures(file: string, field: string, md: string, lookup: ParagraphLookup, defaultPlan?: string): Problem[] {
  const problems: Problem[] = [];
  const covered: [number, number][] = [];
  for (const m of md.matchAll(LINK)) {
    const [whole, text = '', href = ''] = m;
    const start = m.index ?? 0;
    covered.push([start, start + whole.length]);
    const nums = numberTokens(text);
    const plan = href.match(/^(?:\/ke-hoach\/([a-z0-9-]+)\/)?#(p-\d+)$/);
    if (plan) {
      const slug = plan[1] ?? defaultPlan;
      const b = slug ? lookup(slug, plan[2] ?? '') : undefined;
      if (!b) {
        problems.push({ file, field, message: `link ${whole}: ${href} is not a paragraph of a plan: use /ke-hoach/<slug>/#p-N` });
        continue;
      }
      for (const n of nums) {
        if (!containsNumber(b.text, n) && !containsNumber(b.original, n)) {
          problems.push({ file, field, message: `figure ${n} in ${whole} does not occur in ${href}: link the paragraph it comes from` });
        }
      }
    } else if (/^https?:\/\//.test(href)) {
      const ctx = factContext(href);
      if (!ctx) {
        problems.push({ file, field, message: `link ${href} is not a reference in FACTS.md: facts from outside the plans need a FACTS.md reference` });
        continue;
      }
      for (const n of nums) {
        if (!factSupports(ctx, n)) problems.push({ file, field, message: `figure ${n} in ${whole} is not in the FACTS.md entry of that reference` });
      }
    } else if (nums.length) {
      problems.push({ file, field, message: `figure(s) ${nums.join(', ')} in ${whole}: a figure may only link to a plan paragraph or a FACTS.md reference` });
    }
  }
  for (const m of md.matchAll(/\d+(?:[.,/]\d+)*/g)) {
    const at = m.index ?? 0;
    if (!covered.some(([s, e]) => at >= s && at < e)) {
      const line = md.slice(0, at).split('\n').length;
      problems.push({ file, field: `${field} line ${line}`, message: `figure "${m[0]}" is not inside a link to its source: write it as [${m[0]} …](/ke-hoach/<slug>/#p-N) or link its FACTS.md reference` });
    }
  }
  return problems;
}
