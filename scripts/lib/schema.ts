/**
 * Schemas for every content shape. Messages tell the editor what is wrong and what to do.
 */
import { z } from 'zod';

import { PLAN_SLUGS, TOPICS } from '../../functions/lib/params.ts';

// The plan slugs and topics are defined once, where the API validates them.
export const SLUGS = PLAN_SLUGS;
export { TOPICS };

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'must be an ISO date like 2022-01-10 (YYYY-MM-DD)');

const paragraphId = z.string().regex(/^p-\d+$/, 'must be a paragraph id like "p-12" (see the plan page anchors)');

export const planFrontSchema = z.object({
  code: z.string().nullable(),
  title: z.string().min(10),
  docType: z.string(),
  province: z.string(),
  issuer: z.string(),
  signer: z.string().nullable(),
  signerTitle: z.string().optional(),
  issued: isoDate.nullable(),
  issuedYear: z.number().int().optional(),
  posted: isoDate.optional(),
  period: z.object({ from: isoDate, to: isoDate }),
  field: z.string().nullable(),
  topics: z.array(z.enum(TOPICS)).min(1, 'list at least one topic'),
  source: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be the file name in content/sources/'),
  sourceKind: z.string(),
  sourceNotes: z.array(z.string()),
  status: z.object({ draft: z.boolean(), periodEnded: z.boolean() }),
  reviewed: isoDate,
  evidence: z.record(z.string(), z.number().int().positive()),
  text: z.object({
    body: z.tuple([z.number().int(), z.number().int()]),
    table: z
      .object({
        lines: z.tuple([z.number().int(), z.number().int()]),
        firstRow: z.number().int(),
        columns: z.array(
          z.object({ key: z.string(), label: z.string(), group: z.string().optional(), sub: z.string().optional() }),
        ),
        /** row checks: in every row, total = sum of parts (column keys) */
        checks: z.array(z.object({ label: z.string(), total: z.string(), parts: z.array(z.string()).min(2) })).default([]),
      })
      .optional(),
  }),
  corrections: z.array(
    z.object({
      paragraph: paragraphId,
      original: z.string().min(1),
      corrected: z.string(),
      note: z.string().optional(),
    }),
  ),
});
export type PlanFront = z.infer<typeof planFrontSchema>;

export const KINDS = ['target', 'result', 'baseline'] as const;

export const targetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case letters, digits and hyphens, unique in the file'),
  indicator: z.string().min(3),
  value: z.string().min(1, 'value: the figure exactly as printed in the quote, e.g. "1.600" or "27,93"'),
  unit: z.string(),
  comparator: z.enum(['=', '>=', '>', '<=', '<', '~']).default('='),
  year: z.number().int().min(2015).max(2026),
  kind: z.enum(KINDS),
  topic: z.enum(TOPICS),
  paragraph: paragraphId,
  quote: z.string().min(5),
  note: z.string().optional(),
});
export type Target = z.infer<typeof targetSchema>;

export const checkSchema = z.object({
  id: z.string(),
  kind: z.enum(['sum', 'ratio']),
  label: z.string(),
  /** sum: total = sum(parts); ratio: percent = numerator / denominator * 100 */
  total: z.string().optional(),
  parts: z.array(z.string()).optional(),
  percent: z.string().optional(),
  numerator: z.string().optional(),
  denominator: z.string().optional(),
  note: z.string().optional(),
});

export const targetsFileSchema = z.object({
  targets: z.array(targetSchema),
  checks: z.array(checkSchema).default([]),
});
export type TargetsFile = z.infer<typeof targetsFileSchema>;

/** Format a zod error as "file: path: message" lines. */
export function explain(file: string, err: z.ZodError): string {
  return err.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

const reference = z.string().url('reference: a public URL from ../shared/FACTS.md');

export const changesSchema = z.object({
  changes: z.array(z.object({ id: z.string(), date: z.string(), text: z.string(), reference })),
  provinces: z.record(
    z.string(),
    z.object({
      text: z.string(),
      reference,
      /** FACTS.md "Other plans of the same provinces": named on the archived notice, texts not in the portal */
      otherPlans: z
        .array(
          z.object({
            code: z.string().min(3, 'otherPlans[].code: the number as FACTS.md prints it, e.g. 90/KH-UBND'),
            date: isoDate,
            issuer: z.string(),
            subject: z.string(),
            reference,
          }),
        )
        .default([]),
    }),
  ),
});
export type Changes = z.infer<typeof changesSchema>;

const slug = z.enum(SLUGS);
export const sourceRefSchema = z.object({
  plan: slug,
  paragraph: paragraphId,
  quote: z.string().min(5, 'quote: copy the sentence from the paragraph exactly'),
});

export const treatmentFrontSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  order: z.number().int(),
  /** one plain sentence, no digits */
  lead: z.string().refine((s) => !/\d/.test(s), 'lead: no figures here; put them in the body with their link'),
  sources: z.array(sourceRefSchema).min(1, 'sources: cite at least one plan paragraph'),
  references: z.array(reference).default([]),
});
export type TreatmentFront = z.infer<typeof treatmentFrontSchema>;

const monthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

export const campaignsSchema = z.object({
  campaigns: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case letters, digits and hyphens (used in /lich/<id>.ics)'),
      title: z.string(),
      /** first and last day, inclusive, every year */
      start: monthDay,
      end: monthDay,
      /** plain text, no digits (dates are shown from start/end) */
      description: z.string().refine((s) => !/\d/.test(s), 'description: no figures; dates come from start/end'),
      basis: z.string(),
      reference: z.string().url(),
      /** what the plans ask for this campaign, each cited */
      planAsks: z.array(sourceRefSchema.extend({ text: z.string() })).default([]),
      /** how to take part, plain text, grounded in the plans' asks */
      takePart: z.array(z.string()).default([]),
      /**
       * other days on the same dates (the UN day on the national day): one event per date,
       * so a subscribed phone shows the day once, with both names
       */
      also: z
        .array(
          z.object({
            title: z.string(),
            description: z.string().refine((s) => !/\d/.test(s), 'also[].description: no figures; dates come from start/end'),
            basis: z.string(),
            reference: z.string().url(),
          }),
        )
        .default([]),
    }),
  ),
  archive: z.array(
    sourceRefSchema.extend({
      title: z.string(),
      start: isoDate,
      end: isoDate,
    }),
  ),
});
export type Campaigns = z.infer<typeof campaignsSchema>;

export const hotlinesSchema = z.object({
  hotlines: z.array(
    z.object({
      id: z.string(),
      number: z.string().regex(/^[\d.]+$/, 'number: digits (and dots) only, as people dial it'),
      name: z.string(),
      needs: z.array(z.string()).min(1),
      whatHappens: z.string(),
      cost: z.string(),
      hours: z.string().optional(),
      notFor: z.string().optional(),
      references: z.array(z.object({ text: z.string(), url: reference })).min(1, 'references: every number needs its FACTS.md reference'),
    }),
  ),
  noNumber: z.array(z.object({ need: z.string(), where: z.string() })),
});
export type Hotlines = z.infer<typeof hotlinesSchema>;

const pageSourceSchema = z.object({ page: z.string().regex(/^\/[a-z0-9\-/#]*$/, 'page: a site path like /cai-nghien/#tu-nguyen'), title: z.string(), quote: z.string() }).strict();
const referenceSourceSchema = z.object({ reference: z.string().url(), title: z.string(), quote: z.string() }).strict();
/** A source of a bot answer: a plan paragraph, a page of the portal, a FACTS.md reference, or one of content/faq/sources.yaml by id. */
export const faqSourceSchema = z.union([
  sourceRefSchema,
  pageSourceSchema,
  referenceSourceSchema,
  z.object({ use: z.string().regex(/^[A-Za-z0-9]+$/, 'use: the id of a source in content/faq/sources.yaml') }).strict(),
]);
export type FaqSource = z.infer<typeof faqSourceSchema>;
/** content/faq/sources.yaml: the sources answers share, each written once. */
export const sharedSourcesSchema = z.object({ sources: z.record(z.string().regex(/^[A-Za-z0-9]+$/), z.union([pageSourceSchema, referenceSourceSchema])) }).strict();
export type SharedSources = z.infer<typeof sharedSourcesSchema>['sources'];

export const intentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  handler: z.enum(['static', 'targets', 'details', 'compare', 'today', 'checks', 'legal']).default('static'),
  /** handler today: the content/today.yaml items the answer is built from ("steps" = all steps), after `answer` */
  today: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(3, 'examples: at least three questions that must reach this intent'),
  counterexamples: z.array(z.string()).default([]),
  answer: z.string().default(''),
  /** handler today: what the plans said, shown after today's answer (the past after the present) */
  past: z.string().default(''),
  sources: z.array(faqSourceSchema).default([]),
  hotlines: z.array(z.string()).default([]),
  suggestions: z.array(z.string()).default([]),
});
export const faqFileSchema = z.object({ intents: z.array(intentSchema) });
export type Intent = z.infer<typeof intentSchema>;

/** A crisis or harm phrase: Vietnamese words (accents honoured), no regular-expression syntax. */
const safetyPhrase = z.string().regex(/^[\p{L}\p{M}\p{N} …]+$/u, 'a phrase is words only (letters, digits, spaces; "…" in an except): no regular expressions');
export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** danger phrases: trigger when typed with accents, outside a question about a procedure or the law */
  patterns: z.array(safetyPhrase).default([]),
  /** unmistakable even without accents or inside a question about the law */
  severe: z.array(safetyPhrase).default([]),
  /** danger phrases that count only with a context word of the rule near them ("cứu tụi em" + "lao động") */
  withContext: z.array(safetyPhrase).default([]),
  /** words that confirm a weak match of this rule when they stand near it */
  context: z.array(safetyPhrase).default([]),
  /** phrases whose words never count for this rule ("đánh giá" is not "bị đánh") */
  except: z.array(safetyPhrase).default([]),
  /** words that let a later rule that also triggers answer first */
  deferWhen: z.array(safetyPhrase).default([]),
  /** words that make this rule read the question as one about a procedure (treatment, police) */
  weakWhen: z.array(safetyPhrase).default([]),
  /** questions that must trigger this rule (checked by the build) */
  examples: z.array(z.string()).min(3),
  /** ordinary questions that must trigger no rule at all (checked by the build) */
  counterexamples: z.array(z.string()).default([]),
  answer: z.string(),
  hotlines: z.array(z.string()).default([]),
  sources: z.array(faqSourceSchema).default([]),
  suggestions: z.array(z.string()).default([]),
}).refine((r) => r.patterns.length + r.severe.length + r.withContext.length > 0, 'a rule needs at least one phrase in patterns or severe');
export const rulesFileSchema = z.object({
  signals: z.object({
    /** danger now: confirms a weak match, overrides procedure and hypothetical context */
    urgent: z.array(safetyPhrase).min(1),
    /** a question about a procedure or the law */
    procedure: z.array(safetyPhrase).min(1),
    /** single words that make the phrase right after them hypothetical or negated */
    hypothetical: z.array(z.string().regex(/^[\p{L}\p{M}]+$/u, 'hypothetical: single words')).min(1),
    /** a general question ("làm gì khi"): danger phrases after it are examples, not events */
    general: z.array(safetyPhrase).default([]),
    /** the person speaks of their own ("con tôi"): a general question is about a real case */
    personal: z.array(safetyPhrase).default([]),
  }),
  crisis: z.array(ruleSchema),
  harm: z.array(ruleSchema),
  /** the line put first when only the check-in model (content/faq/check-in.json) reads danger */
  checkIn: z.object({ answer: z.string().min(20), hotlines: z.array(z.string()).min(1), sources: z.array(faqSourceSchema).min(1) }).strict(),
  fallback: z.object({
    answer: z.string(),
    suggestions: z.array(z.string()).min(3),
    hotlines: z.array(z.string()),
    /** what the bot says when asked for a detail it has no source for (a fee amount, an address...), by kind (functions/lib/bot-facets.ts) */
    declines: z.record(z.string(), z.string().refine((s) => !/\d/.test(s), 'declines: no figures (they would have no source)')).default({}),
  }),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;

export const compareSchema = z.object({
  rows: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      note: z.string().optional(),
      cells: z.partialRecord(z.enum(SLUGS), z.array(z.string()).min(1)),
    }),
  ),
});
export type Compare = z.infer<typeof compareSchema>;

/** content/today.yaml: what a family does today (FACTS.md), shown on /cai-nghien/ and used by the bot. */
const todayItem = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: lower-case letters, digits and hyphens (used as the #anchor on /cai-nghien/)'),
  title: z.string().refine((s) => !/\d/.test(s), 'title: no figures in titles; put them in the text with their link'),
  /** markdown; every figure inside a link to its FACTS.md reference */
  text: z.string().min(20),
});
export const todaySchema = z.object({
  law: z.object({ title: z.string(), text: z.string() }),
  steps: z.array(todayItem).min(3),
  topics: z.array(
    todayItem.extend({
      /** the need the bot answers with this item */
      facet: z.enum(['what', 'where', 'how', 'cost', 'duration', 'who', 'next']),
      /** a detail of the former law (Luật 73/2021, until 30/6/2026), never today's rule */
      older: z.boolean().default(false),
    }),
  ),
  emergencies: z.array(todayItem.omit({ title: true }).extend({ number: z.string().regex(/^\d+$/), when: z.string() })),
  legal: z.object({ title: z.string(), text: z.string() }),
});
export type Today = z.infer<typeof todaySchema>;
