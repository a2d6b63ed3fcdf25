/**
 * The real-question corpus (issue 12): questions people actually wrote, from public pages,
 * each with its source URL and the behaviour expected of the bot. Files:
 * test/real-questions/tune/*.yaml (the bot engineers may read these) and
 * test/real-questions/heldout/*.yaml (never used to tune rules; only its aggregate is shown).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { foldVietnamese } from '../../functions/lib/fold.ts';

export const KINDS = ['family', 'treatment', 'costs', 'compulsory', 'methadone', 'trafficking', 'prostitution', 'legal', 'campaign', 'figures', 'crisis'] as const;
export const EXPECTS = ['crisis', 'answer', 'legal', 'decline'] as const;
export const TOPICS = ['drugs', 'meth', 'opioids', 'prostitution', 'trafficking', 'campaign', 'plan', 'portal'] as const;
export const NEEDS = ['what', 'where', 'how', 'cost', 'duration', 'who', 'next', 'figures', 'legal', 'help'] as const;
export const FORMS = ['letter', 'headline', 'message'] as const;
/** The numbers a crisis answer may have to put first. */
export const FIRST_NUMBERS = ['111', '113', '114', '115'] as const;

const phrase = z.string().trim().min(1);

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-j]-\d{3,}$/, 'id: a letter a to j (the gatherer), a dash and a number, e.g. a-017'),
    q: z.string().trim().min(1).max(4000),
    source: z.url({ protocol: /^https?$/, error: 'source: the http(s) URL of the page the question came from' }),
    form: z.enum(FORMS),
    kind: z.enum(KINDS),
    expect: z.enum(EXPECTS),
    first: z.enum(FIRST_NUMBERS).optional(),
    topic: z.enum(TOPICS),
    need: z.enum(NEEDS),
    mustAny: z.array(phrase).optional(),
    mustNot: z.array(phrase).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.expect === 'crisis' && !e.first) ctx.addIssue({ code: 'custom', path: ['first'], message: 'a crisis entry needs `first`: the number that must come first' });
    if (e.expect !== 'crisis' && e.first) ctx.addIssue({ code: 'custom', path: ['first'], message: '`first` is only for crisis entries' });
    if (e.expect === 'answer' && !e.mustAny?.length) ctx.addIssue({ code: 'custom', path: ['mustAny'], message: 'an answer entry needs `mustAny`: phrases a helpful answer contains' });
  });

export type Entry = z.infer<typeof entrySchema>;
export type Split = 'tune' | 'heldout';
export const SPLITS: Split[] = ['tune', 'heldout'];

export const CORPUS_DIR = 'test/real-questions';

export interface LoadedEntry extends Entry {
  split: Split;
  file: string;
}

/** Problems found while loading: file, entry id (or index) and message. */
export interface CorpusProblem {
  file: string;
  where: string;
  message: string;
}

/** A question's text for comparing entries: accents, case, punctuation and spacing ignored. */
export function questionKey(q: string): string {
  return foldVietnamese(q).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Reads and validates every corpus file; ids must be unique across both splits, and so must
 * questions (compared by questionKey), so a question found twice can never sit in tune/ and
 * heldout/ at once. A problem names the entry's id and the other id, never the text.
 */
export function loadCorpus(dir = CORPUS_DIR): { entries: LoadedEntry[]; problems: CorpusProblem[] } {
  const entries: LoadedEntry[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  const seenQ = new Map<string, string>();
  for (const split of SPLITS) {
    const folder = join(dir, split);
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      problems.push({ file: folder, where: '-', message: 'folder missing' });
      continue;
    }
    for (const f of files) {
      const file = join(folder, f);
      let raw: unknown;
      try {
        raw = parse(readFileSync(file, 'utf8'));
      } catch (err) {
        problems.push({ file, where: '-', message: `not valid YAML: ${(err as Error).message}` });
        continue;
      }
      if (raw == null) continue;
      if (!Array.isArray(raw)) {
        problems.push({ file, where: '-', message: 'the file must be one YAML list' });
        continue;
      }
      raw.forEach((item, i) => {
        const r = entrySchema.safeParse(item);
        const where = (item as { id?: string })?.id ?? `#${i + 1}`;
        if (!r.success) {
          for (const issue of r.error.issues) problems.push({ file, where, message: `${issue.path.join('.') || '(entry)'}: ${issue.message}` });
          return;
        }
        const prev = seen.get(r.data.id);
        if (prev) problems.push({ file, where, message: `duplicate id (also in ${prev})` });
        seen.set(r.data.id, file);
        const key = questionKey(r.data.q);
        const twin = seenQ.get(key);
        if (twin) problems.push({ file, where, message: `the same question as ${twin}` });
        seenQ.set(key, r.data.id);
        entries.push({ ...r.data, split, file });
      });
    }
  }
  return { entries, problems };
}

/** The host of an entry's source, for "corpus size by site". */
export function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}
