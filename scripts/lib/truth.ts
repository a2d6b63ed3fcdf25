/**
 * The rules of truth, as code: every quote occurs in its paragraph, every value in its
 * quote, every figure of a summary in the paragraph it links to, every link resolves.
 * Returns a list of problems (empty = all true); the build and the tests both call it.
 */
import { containsNumber, numberTokens, squash } from '../../functions/lib/numbers.ts';
import type { LoadedPlan, LoadedTreatment } from './content.ts';
import { checkFigures, factContext, factSupports, type ParagraphLookup } from './figures.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function checkPlan(plan: LoadedPlan): Problem[] {
  const problems: Problem[] = [];
  const tfile = `content/plans/${plan.slug}.targets.yaml`;
  const mfile = `content/plans/${plan.slug}.md`;
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const lookup: ParagraphLookup = (slug, pid) => (slug === plan.slug ? byId.get(pid) : undefined);
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
    problems.push(...checkQuote(tfile, `${field}.quote`, { plan: plan.slug, paragraph: t.paragraph, quote: t.quote }, lookup));
    if (!containsNumber(t.quote, t.value)) {
      problems.push({ file: tfile, field: `${field}.value`, message: `"${t.value}" does not occur as a number in its quote: write the figure exactly as printed` });
    }
  });

  // Every figure in the summary must be inside a link to a paragraph that contains it.
  problems.push(...checkFigures(mfile, 'summary', plan.summary, lookup, plan.slug));
  problems.push(...checkDetails(plan));
  return problems;
}

/** The plan's number, date and signer must be what its source says, at the line cited. */
export function checkDetails(plan: LoadedPlan): Problem[] {
  const f = plan.front;
  const file = `content/plans/${plan.slug}.md`;
  const lines = plan.sourceText.split(/\r?\n/);
  const at = (field: string) => {
    const n = f.evidence[field];
    return n ? (lines[n - 1] ?? '') : null;
  };
  const problems: Problem[] = [];
  const nospace = (s: string) => s.replace(/\s+/g, '');
  const code = at('code');
  if (f.code) {
    if (code === null || !nospace(code).includes(nospace(f.code))) problems.push({ file, field: 'code', message: `"${f.code}" is not on source line ${f.evidence.code}: set evidence.code to the line with "Số:"` });
  } else if (code !== null && /Số:\s*\d/.test(code)) {
    problems.push({ file, field: 'code', message: `the source gives a number on line ${f.evidence.code}: fill in code` });
  }
  if (f.issued) {
    const line = at('issued') ?? '';
    const [y, m, d] = f.issued.split('-').map(Number);
    const forms = [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, new RegExp(`ngày 0?${d} tháng 0?${m} năm ${y}`)];
    if (!forms.some((x) => (typeof x === 'string' ? line.includes(x) : x.test(line)))) {
      problems.push({ file, field: 'issued', message: `${f.issued} is not the date on source line ${f.evidence.issued}: check the date` });
    }
  }
  if (f.signer) {
    const line = at('signer');
    if (line === null || !line.includes(f.signer)) problems.push({ file, field: 'signer', message: `"${f.signer}" is not on source line ${f.evidence.signer}: check the name and the line` });
  }
  return problems;
}

/** A lookup over all plans' paragraphs, for prose that cites several plans. */
export function paragraphLookup(plans: LoadedPlan[]): ParagraphLookup {
  const map = new Map<string, { text: string; original: string }>(plans.flatMap((p) => p.blocks.map((b) => [`${p.slug}#${b.id}`, b] as const)));
  return (slug, pid) => map.get(`${slug}#${pid}`);
}

/** A cited quote must occur in its paragraph (published or original text). */
export function checkQuote(file: string, field: string, ref: { plan: string; paragraph: string; quote: string }, lookup: ParagraphLookup): Problem[] {
  const b = lookup(ref.plan, ref.paragraph);
  if (!b) return [{ file, field, message: `${ref.plan} has no paragraph ${ref.paragraph}` }];
  const q = squash(ref.quote);
  if (squash(b.text).includes(q) || squash(b.original).includes(q)) return [];
  return [{ file, field, message: `quote does not occur in /ke-hoach/${ref.plan}/#${ref.paragraph}: copy it exactly` }];
}

export function checkTreatment(t: LoadedTreatment, lookup: ParagraphLookup): Problem[] {
  return [
    ...t.front.sources.flatMap((s, i) => checkQuote(t.file, `sources[${i}]`, s, lookup)),
    ...checkFigures(t.file, 'body', t.body, lookup),
  ];
}

/** Campaigns: references from FACTS.md, quotes in their paragraphs, figures linked. */
export function checkCampaigns(c: import('./schema.ts').Campaigns, lookup: ParagraphLookup): Problem[] {
  const file = 'content/campaigns.yaml';
  const problems: Problem[] = [];
  c.campaigns.forEach((k, i) => {
    if (!factContext(k.reference)) problems.push({ file, field: `campaigns[${i}].reference`, message: `${k.reference} is not a reference in FACTS.md` });
    k.also.forEach((x, j) => {
      if (!factContext(x.reference)) problems.push({ file, field: `campaigns[${i}].also[${j}].reference`, message: `${x.reference} is not a reference in FACTS.md` });
    });
    const same = c.campaigns.findIndex((o) => o.start.month === k.start.month && o.start.day === k.start.day && o.end.month === k.end.month && o.end.day === k.end.day);
    if (same !== i) {
      problems.push({ file, field: `campaigns[${i}]`, message: `same dates as campaigns[${same}] (${c.campaigns[same]!.id}): one event per date, so put this day under that campaign's also:` });
    }
    k.planAsks.forEach((a, j) => {
      problems.push(...checkQuote(file, `campaigns[${i}].planAsks[${j}]`, a, lookup));
      problems.push(...checkFigures(file, `campaigns[${i}].planAsks[${j}].text`, a.text, lookup));
    });
    k.takePart.forEach((t, j) => problems.push(...checkFigures(file, `campaigns[${i}].takePart[${j}]`, t, lookup)));
  });
  c.archive.forEach((a, i) => problems.push(...checkQuote(file, `archive[${i}]`, a, lookup)));
  return problems;
}

/** Hotlines: each number and every figure of its texts must be in its FACTS.md entries. */
export function checkHotlines(h: import('./schema.ts').Hotlines): Problem[] {
  const file = 'content/hotlines.yaml';
  const problems: Problem[] = [];
  h.hotlines.forEach((l, i) => {
    const contexts = l.references.map((r) => factContext(r.url));
    l.references.forEach((r, j) => {
      if (!contexts[j]) problems.push({ file, field: `hotlines[${i}].references[${j}]`, message: `${r.url} is not a reference in FACTS.md` });
    });
    const all = contexts.filter(Boolean).join('\n');
    if (!all.includes(l.number)) problems.push({ file, field: `hotlines[${i}].number`, message: `${l.number} does not occur in the FACTS.md entries it cites` });
    const texts = [l.whatHappens, l.cost, l.hours ?? '', l.notFor ?? '', ...l.references.map((r) => r.text)];
    for (const n of texts.flatMap((t) => numberTokens(t))) {
      if (!factSupports(all, n)) problems.push({ file, field: `hotlines[${i}]`, message: `figure ${n} is not in the FACTS.md entries this number cites` });
    }
  });
  return problems;
}

/** Every rule of truth over all of content/: what the build runs before writing anything. */
export function checkContent(c: {
  plans: LoadedPlan[];
  treatments: LoadedTreatment[];
  hotlines: import('./schema.ts').Hotlines;
  campaigns: import('./schema.ts').Campaigns;
}): Problem[] {
  const lookup = paragraphLookup(c.plans);
  return [
    ...c.plans.flatMap(checkPlan),
    ...c.treatments.flatMap((t) => checkTreatment(t, lookup)),
    ...checkHotlines(c.hotlines),
    ...checkCampaigns(c.campaigns, lookup),
  ];
}
