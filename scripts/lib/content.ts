/**
 * Reads content/ from disk, validates every file and returns typed data. Build scripts and
 * node tests use this; the Worker only sees the JSON the build writes.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parsePlanText, type Block } from '../../functions/lib/plan-text.ts';
import { SLUGS, planFrontSchema, targetsFileSchema, treatmentFrontSchema, explain, type PlanFront, type TargetsFile } from './schema.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTENT = join(ROOT, 'content');

export class ContentError extends Error {}

export interface LoadedPlan {
  slug: (typeof SLUGS)[number];
  front: PlanFront;
  /** markdown after the front matter: the plain-language summary */
  summary: string;
  sourceText: string;
  blocks: Block[];
  targets: TargetsFile;
}

export function splitFrontMatter(file: string, raw: string): { data: unknown; body: string } {
  const m = raw.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) throw new ContentError(`${file}: no front matter: start the file with a --- block`);
  return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

export function loadPlan(slug: (typeof SLUGS)[number]): LoadedPlan {
  const file = `content/plans/${slug}.md`;
  const { data, body } = splitFrontMatter(file, readFileSync(join(ROOT, file), 'utf8'));
  const parsed = planFrontSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(explain(file, parsed.error));
  const front = parsed.data;
  const srcPath = join(CONTENT, 'sources', front.source);
  if (!existsSync(srcPath)) throw new ContentError(`${file}: source: content/sources/${front.source} does not exist`);
  const sourceText = readFileSync(srcPath, 'utf8');
  let blocks: Block[];
  try {
    blocks = parsePlanText(sourceText, { body: front.text.body, table: front.text.table, corrections: front.corrections });
  } catch (e) {
    throw new ContentError(`${file}: ${(e as Error).message}`);
  }
  const tfile = `content/plans/${slug}.targets.yaml`;
  let targets: TargetsFile = { targets: [], checks: [] };
  if (existsSync(join(ROOT, tfile))) {
    const t = targetsFileSchema.safeParse(parseYaml(readFileSync(join(ROOT, tfile), 'utf8')));
    if (!t.success) throw new ContentError(explain(tfile, t.error));
    targets = t.data;
  }
  return { slug, front, summary: body.trim(), sourceText, blocks, targets };
}

export function loadPlans(): LoadedPlan[] {
  const files = readdirSync(join(CONTENT, 'plans')).filter((f) => f.endsWith('.md'));
  for (const f of files) {
    const slug = f.replace(/\.md$/, '');
    if (!(SLUGS as readonly string[]).includes(slug)) {
      throw new ContentError(`content/plans/${f}: unknown slug "${slug}": the plan slugs are ${SLUGS.join(', ')}`);
    }
  }
  return SLUGS.map(loadPlan);
}

/** Read and validate a YAML file of content/ against its schema. */
export function loadYaml<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): T {
  const raw = readFileSync(join(ROOT, file), 'utf8');
  const r = schema.safeParse(parseYaml(raw));
  if (!r.success) throw new ContentError(explain(file, r.error));
  return r.data;
}

export interface LoadedTreatment {
  file: string;
  front: import('./schema.ts').TreatmentFront;
  body: string;
}

export function loadTreatments(): LoadedTreatment[] {
  const dir = join(CONTENT, 'treatment');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = `content/treatment/${f}`;
      const { data, body } = splitFrontMatter(file, readFileSync(join(ROOT, file), 'utf8'));
      const r = treatmentFrontSchema.safeParse(data);
      if (!r.success) throw new ContentError(explain(file, r.error));
      return { file, front: r.data, body: body.trim() };
    })
    .sort((a, b) => a.front.order - b.front.order);
}
