/**
 * The rules of truth, as code: every quote occurs in its paragraph, every value in its
 * quote, every figure of a summary in the paragraph it links to, every link resolves.
 * Returns a list of problems (empty = all true); the build and the tests both call it.
 */
import { containsNumber, numberTokens, squash } from '../../functions/lib/numbers.ts';
import type { LoadedPlan } from './content.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Links in markdown of the form [text](#p-12) or [text](/ke-hoach/slug/#p-12). */
const LINK = /\[([^\]]+)\]\(((?:\/ke-hoach\/([a-z0-9-]+)\/)?#(p-\d+))\)/g;

export function checkPlan(plan: LoadedPlan): Problem[] {
  const problems: Problem[] = [];
  const tfile = `content/plans/${plan.slug}.targets.yaml`;
  const mfile = `content/plans/${plan.slug}.md`;
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const seen = new Set<string>();

  plan.targets.targets.forEach((t, i) => {
    const field = `targets[${i}] (${t.id})`;
    if (seen.has(t.id)) problems.push({ file: tfile, field, message: `duplicate id "${t.id}": give each target its own id` });
    seen.add(t.id);
    const b = byId.get(t.paragraph);
    if (!b) {
      problems.push({ file: tfile, field: `${field}.paragraph`, message: `${t.paragraph} is not a paragraph of this plan: see the plan page anchors` });
      return;
    }
    const q = squash(t.quote);
    if (!squash(b.text).includes(q) && !squash(b.original).includes(q)) {
      problems.push({ file: tfile, field: `${field}.quote`, message: `does not occur in ${t.paragraph} (content/sources/${plan.front.source}, line ${b.lines[0]}): copy the sentence exactly` });
    }
    if (!containsNumber(t.quote, t.value)) {
      problems.push({ file: tfile, field: `${field}.value`, message: `"${t.value}" does not occur as a number in its quote: write the figure exactly as printed` });
    }
  });

  // Every figure in the summary must be inside a link to a paragraph that contains it.
  const summary = plan.summary;
  const covered: [number, number][] = [];
  for (const m of summary.matchAll(LINK)) {
    const [whole, text, , otherSlug, pid] = m;
    const start = m.index ?? 0;
    covered.push([start, start + whole.length]);
    if (otherSlug && otherSlug !== plan.slug) continue; // cross-plan links are checked by the site link check
    const b = byId.get(pid ?? '');
    if (!b) {
      problems.push({ file: mfile, field: 'summary', message: `link ${whole} points to ${pid}, which does not exist` });
      continue;
    }
    for (const n of numberTokens(text ?? '')) {
      if (!containsNumber(b.text, n) && !containsNumber(b.original, n)) {
        problems.push({ file: mfile, field: 'summary', message: `figure ${n} in ${whole} does not occur in ${pid}: link the paragraph it comes from` });
      }
    }
  }
  for (const m of summary.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const at = m.index ?? 0;
    if (!covered.some(([s, e]) => at >= s && at < e)) {
      const line = summary.slice(0, at).split('\n').length;
      problems.push({ file: mfile, field: `summary line ${line}`, message: `figure "${m[0]}" is not inside a link to its paragraph: write it as [${m[0]} …](#p-N)` });
    }
  }
  return problems;
}
