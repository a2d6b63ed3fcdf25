/**
 * Compiles content/faq/*.yaml, the plans' targets and details, and the hotlines into the
 * bot's knowledge (build/bot.json): phrases folded, examples reduced to content words,
 * every source resolved to a URL and checked.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { accentKey, foldVietnamese, tokenize } from '../../functions/lib/fold.ts';
import { createSafety, MAX_PHRASE_WORDS, phraseWords, type Rule } from '../../functions/lib/bot-safety.ts';
import { createDanger, lexemeWords, ROUTES, SIGNAL_CLASSES, type DangerLexicon } from '../../functions/lib/bot-danger.ts';
import { z } from 'zod';
import { contentWords, type BotCheck, type BotCompareRow, type BotData, type BotIntent, type BotPlan, type BotTable, type BotTarget, type BotToday, type Source, type TodayPart } from '../../functions/lib/bot.ts';
import { CONTENT, ContentError, loadYaml } from './content.ts';
import { compareSchema, faqFileSchema, rulesFileSchema, sharedSourcesSchema, todaySchema, type FaqSource, type Hotlines, type Intent, type SharedSources } from './schema.ts';
import type { PlanData } from './plan-data.ts';
import { PROBLEM_ORDER, STATUS_LABEL, editorNote, explainCheck, summarizeChecks } from '../../functions/lib/consistency.ts';

export function resolveSource(s: FaqSource, plans: PlanData[], shared: SharedSources = {}, file = 'content/faq'): Source {
  if ('use' in s) {
    const found = shared[s.use];
    if (!found) throw new ContentError(`${file}: source "${s.use}" is not in content/faq/sources.yaml`);
    return resolveSource(found, plans);
  }
  if ('plan' in s) {
    const p = plans.find((x) => x.slug === s.plan);
    return { title: `Kế hoạch ${p ? p.label : s.plan}, đoạn ${s.paragraph}`, url: `/ke-hoach/${s.plan}/#${s.paragraph}`, quote: s.quote };
  }
  if ('page' in s) return { title: s.title, url: s.page, quote: s.quote };
  return { title: s.title, url: s.reference, quote: s.quote };
}

/** A safety phrase as the matcher reads it: lower case, accents kept in one canonical form, single spaces. */
export function safetyPhrase(file: string, id: string, phrase: string): string {
  const words = phraseWords(phrase.replace(/…/g, ' '));
  if (!words.length) throw new ContentError(`${file}: ${id}: empty phrase "${phrase}"`);
  if (words.length > MAX_PHRASE_WORDS) throw new ContentError(`${file}: ${id}: phrase "${phrase}" has more than ${MAX_PHRASE_WORDS} words`);
  // Keep "…" (words allowed in between) where the editor put it; it is a separate word-free mark.
  return accentKey(phrase).replace(/\s*…\s*/g, ' … ').replace(/\s+/g, ' ').trim();
}

export function loadIntents(): { file: string; intent: Intent }[] {
  return readdirSync(join(CONTENT, 'faq'))
    .filter((f) => f.endsWith('.yaml') && f !== 'rules.yaml' && f !== 'danger.yaml' && f !== 'sources.yaml')
    .flatMap((f) => loadYaml(`content/faq/${f}`, faqFileSchema).intents.map((intent) => ({ file: `content/faq/${f}`, intent })));
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * One item of content/today.yaml as the bot shows it: plain text (links keep their words),
 * and its FACTS.md references as sources, one per URL, quoting the linked words. This is
 * the one place the bot cites those references from: no FAQ file copies them.
 */
export function todayPart(id: string, title: string, markdown: string): TodayPart {
  const byUrl = new Map<string, string[]>();
  for (const m of markdown.matchAll(LINK)) {
    const list = byUrl.get(m[2]!) ?? [];
    if (!list.includes(m[1]!)) list.push(m[1]!);
    byUrl.set(m[2]!, list);
  }
  const text = markdown.replace(LINK, '$1').replace(/\*\*?/g, '').replace(/\s+/g, ' ').trim();
  const sources = [...byUrl].map(([url, quotes]) => ({ title: `${title} (nguồn: ${new URL(url).hostname.replace(/^www\./, '')})`, url, quote: quotes.join(' … ') }));
  return { id, title, text, sources };
}

export function buildToday(): BotToday {
  const t = loadYaml('content/today.yaml', todaySchema);
  return {
    law: todayPart('law', t.law.title, t.law.text),
    legal: todayPart('legal', t.legal.title, t.legal.text),
    steps: t.steps.map((x) => todayPart(x.id, x.title, x.text)),
    topics: t.topics.map((x) => ({ ...todayPart(x.id, x.title, x.text), facet: x.facet, older: x.older })),
    emergencies: t.emergencies.map((x) => ({ ...todayPart(x.id, x.when, x.text), number: x.number })),
  };
}

/** The Lào Cai Phụ biểu (and any annex table): rows a question can name, cells as printed. */
function buildTables(plans: PlanData[]): BotTable[] {
  return plans.flatMap((p) =>
    p.blocks
      .filter((b) => b.table)
      .map((b) => ({
        plan: p.slug,
        label: p.label,
        url: `${p.url}#${b.id}`,
        columns: b.table!.columns.map((c) => ({ key: c.key, label: [c.group, c.label, c.sub].filter(Boolean).join(' – ') })),
        rows: b.table!.rows.map((r) => ({
          name: r.name,
          total: !r.stt,
          // "M. Khương" is Mường Khương; the row "Lào Cai" is the city, named as such.
          words: foldVietnamese(r.name === 'M. Khương' ? 'muong khuong' : r.name).replace(/[.]/g, '').trim(),
          cells: r.cells,
        })),
      })),
  );
}

/**
 * Where the source's own figures do not add up, in the one classification of
 * functions/lib/consistency.ts (the plan page, the data page and the JSON use it too):
 * real mismatches first, each with its label, what was published and what it computes to.
 */
function buildChecks(plans: PlanData[]): BotCheck[] {
  return plans.flatMap((p) =>
    PROBLEM_ORDER.flatMap((status) => p.checks.filter((c) => c.status === status)).map((c) => {
      const explanation = explainCheck(c);
      const note = editorNote(c);
      return {
        plan: p.slug,
        label: p.label,
        id: c.id,
        status: STATUS_LABEL[c.status],
        text: `${STATUS_LABEL[c.status]}: ${c.label}. ${explanation}${note ? ` ${note}` : ''}`,
        url: `${p.url}#${c.paragraphs[0] ?? 'kiem-tra'}`,
        quote: `${c.expression}. ${explanation}${note ? ` ${note}` : ''}`,
      };
    }),
  );
}

/** Each plan's count of checks, the sentence every page prints. */
function buildCheckSummaries(plans: PlanData[]): BotData['checkSummaries'] {
  return plans.map((p) => {
    const sum = summarizeChecks(p.checks);
    return { plan: p.slug, label: p.label, url: `${p.url}#kiem-tra`, text: sum.text, total: sum.total };
  });
}

function buildCompare(plans: PlanData[]): BotCompareRow[] {
  const rows = loadYaml('content/compare.yaml', compareSchema).rows;
  return rows.map((r) => {
    const ids = Object.values(r.cells).flat();
    const indicators = plans.flatMap((p) => p.targets.filter((t) => ids.includes(t.id)).map((t) => t.indicator));
    return {
      id: r.id,
      label: r.label,
      note: r.note ?? '',
      terms: contentWords(foldVietnamese(`${r.label} ${indicators.join(' ')}`)),
      cells: r.cells as Record<string, string[]>,
    };
  });
}

export function buildBotData(plans: PlanData[], hotlines: Hotlines): BotData {
  const rules = loadYaml('content/faq/rules.yaml', rulesFileSchema);
  const shared = loadYaml('content/faq/sources.yaml', sharedSourcesSchema).sources;
  const today = buildToday();
  const todayIds = new Set(['steps', 'law', 'legal', ...today.steps.map((x) => x.id), ...today.topics.map((x) => x.id), ...today.emergencies.map((x) => x.id)]);
  const hotlineIds = new Set(hotlines.hotlines.map((h) => h.id));
  const checkHotlines = (file: string, ids: string[]) => {
    for (const id of ids) if (!hotlineIds.has(id)) throw new ContentError(`${file}: hotline "${id}" is not in content/hotlines.yaml`);
  };
  const intents: BotIntent[] = loadIntents().map(({ file, intent }) => {
    checkHotlines(file, intent.hotlines);
    if (intent.past && intent.handler !== 'today') throw new ContentError(`${file}: ${intent.id}.past: only a "today" intent has a past, shown after today's answer`);
    if (intent.handler === 'static' && !intent.answer) throw new ContentError(`${file}: ${intent.id}.answer: a static intent needs an answer`);
    if (intent.handler === 'today' && !intent.today.length) throw new ContentError(`${file}: ${intent.id}.today: a "today" intent lists the content/today.yaml items it answers from`);
    for (const id of intent.today) if (!todayIds.has(id)) throw new ContentError(`${file}: ${intent.id}.today: "${id}" is not an item of content/today.yaml`);
    return {
      id: intent.id,
      title: intent.title,
      handler: intent.handler,
      keywords: intent.keywords.map((k) => foldVietnamese(k)),
      examples: intent.examples.map((e) => contentWords(foldVietnamese(e))),
      answer: intent.answer,
      today: intent.today,
      ...(intent.past ? { past: intent.past } : {}),
      option: intent.examples[0]!,
      sources: intent.sources.map((s) => resolveSource(s, plans, shared, file)),
      hotlines: intent.hotlines,
      suggestions: intent.suggestions,
    };
  });
  const ids = new Set<string>();
  for (const i of intents) {
    if (ids.has(i.id)) throw new ContentError(`content/faq: intent id "${i.id}" is used twice`);
    ids.add(i.id);
  }
  const toRule = (file: string, r: (typeof rules.crisis)[number]): Rule => {
    checkHotlines(file, r.hotlines);
    const phrases = (list: string[]) => list.map((p) => safetyPhrase(file, r.id, p));
    const all = [...r.patterns, ...r.severe, ...r.withContext].map((p) => accentKey(p).trim());
    const twice = all.find((p, i) => all.indexOf(p) !== i);
    if (twice) throw new ContentError(`${file}: ${r.id}: phrase "${twice}" is listed twice`);
    return {
      id: r.id,
      patterns: phrases(r.patterns),
      severe: phrases(r.severe),
      withContext: phrases(r.withContext),
      context: phrases(r.context),
      except: phrases(r.except),
      deferWhen: phrases(r.deferWhen),
      weakWhen: phrases(r.weakWhen),
      answer: r.answer,
      hotlines: r.hotlines,
      sources: r.sources.map((s) => resolveSource(s, plans, shared, file)),
      suggestions: r.suggestions,
    };
  };
  const rulesFile = 'content/faq/rules.yaml';
  const crisis = rules.crisis.map((r) => toRule(rulesFile, r));
  const harm = rules.harm.map((r) => toRule(rulesFile, r));
  const signals = {
    urgent: rules.signals.urgent.map((p) => safetyPhrase(rulesFile, 'signals.urgent', p)),
    procedure: rules.signals.procedure.map((p) => safetyPhrase(rulesFile, 'signals.procedure', p)),
    hypothetical: rules.signals.hypothetical.map((p) => accentKey(p).trim()),
    general: rules.signals.general.map((p) => safetyPhrase(rulesFile, 'signals.general', p)),
    personal: rules.signals.personal.map((p) => safetyPhrase(rulesFile, 'signals.personal', p)),
  };
  // Every example triggers its own rule first; no counterexample triggers any rule.
  const safety = createSafety({ crisis, harm, signals });
  for (const r of [...rules.crisis, ...rules.harm]) {
    for (const q of r.examples) {
      const hit = safety.check(q);
      if (hit?.rule.id !== r.id) throw new ContentError(`${rulesFile}: ${r.id}: example "${q}" ${hit ? `triggers ${hit.rule.id} first` : 'triggers no rule'}`);
    }
    for (const q of r.counterexamples) {
      const hit = safety.check(q);
      if (hit) throw new ContentError(`${rulesFile}: ${r.id}: counterexample "${q}" triggers ${hit.rule.id} (${hit.phrases.join(', ')})`);
    }
  }
  const danger = buildDanger(crisis);
  const targets: BotTarget[] = plans.flatMap((p) =>
    p.targets
      .filter((t) => !t.fromTable)
      .map((t) => ({
        id: t.id,
        plan: p.slug,
        label: p.label,
        indicator: t.indicator,
        value: t.value,
        unit: t.unit,
        comparator: t.comparator,
        year: t.year,
        kind: t.kind,
        topic: t.topic,
        url: t.url,
        quote: t.quote,
        terms: contentWords(foldVietnamese(`${t.indicator} ${t.unit}`)),
        quoteTerms: contentWords(foldVietnamese(t.quote)),
      })),
  );
  const botPlans: BotPlan[] = plans.map((p) => ({
    slug: p.slug,
    province: p.province,
    label: p.label,
    title: p.title,
    code: p.code,
    signer: p.signer,
    signerTitle: p.signerTitle,
    issuer: p.issuer,
    issued: p.issued,
    posted: p.posted,
    draft: p.status.draft,
    periodText: p.period.from.slice(0, 4) === p.period.to.slice(0, 4) ? `trong năm ${p.period.from.slice(0, 4)}` : `từ năm ${p.period.from.slice(0, 4)} đến hết năm ${p.period.to.slice(0, 4)}`,
    url: p.url,
    evidence: Object.fromEntries(
      Object.entries(p.evidence).map(([k, e]) => [k, { url: e.paragraph ? `${p.url}#${e.paragraph}` : `${p.url}#thong-tin`, text: e.text }]),
    ),
  }));
  return {
    intents,
    targets,
    plans: botPlans,
    hotlines: Object.fromEntries(hotlines.hotlines.map((h) => [h.id, { number: h.number, name: h.name }])),
    crisis,
    harm,
    signals,
    danger,
    today,
    tables: buildTables(plans),
    checks: buildChecks(plans),
    checkSummaries: buildCheckSummaries(plans),
    checkIn: (checkHotlines('content/faq/rules.yaml', rules.checkIn.hotlines), {
      // JSON is YAML: the same loader checks it (content/faq/check-in.json, from scripts/train-check-in.ts).
      model: loadYaml('content/faq/check-in.json', checkInSchema),
      answer: rules.checkIn.answer,
      hotlines: rules.checkIn.hotlines,
      sources: rules.checkIn.sources.map((s) => resolveSource(s, plans, shared, 'content/faq/rules.yaml')),
    }),
    compare: buildCompare(plans),
    fallback: (checkHotlines('content/faq/rules.yaml', rules.fallback.hotlines), rules.fallback),
  };
}

const checkInSchema = z
  .object({ prior: z.number(), threshold: z.number(), weights: z.record(z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)?$/), z.number()) })
  .strict();

const lexemeList = z.array(z.string().trim().min(1)).default([]);
const dangerFileSchema = z
  .object({
    rules: z.object(Object.fromEntries(ROUTES.map((r) => [r, z.string()])) as Record<(typeof ROUTES)[number], z.ZodString>).strict(),
    classes: z.object(Object.fromEntries(SIGNAL_CLASSES.map((c) => [c, lexemeList])) as Record<(typeof SIGNAL_CLASSES)[number], typeof lexemeList>).strict(),
    negators: lexemeList,
    except: lexemeList,
    ambiguous: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'ambiguous: words without accents, lower case')).default([]),
    unmistakable: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'unmistakable: words without accents, lower case')).default([]),
    examples: z.array(z.object({ q: z.string(), rule: z.string() }).strict()).min(1),
    counterexamples: z.array(z.string()).min(1),
  })
  .strict();

/**
 * content/faq/danger.yaml: the second line of crisis detection (functions/lib/bot-danger.ts).
 * Lexemes in accentKey form; every route names a crisis rule of rules.yaml; every example
 * answers with its rule and no counterexample raises an alarm.
 */
export function buildDanger(crisis: Rule[]): DangerLexicon {
  const file = 'content/faq/danger.yaml';
  const d = loadYaml(file, dangerFileSchema);
  const norm = (where: string, list: string[]) => [
    ...new Set(
      list.map((p) => {
      const words = lexemeWords(p);
      if (!words.length) throw new ContentError(`${file}: ${where}: empty lexeme "${p}"`);
      if (words.length > MAX_PHRASE_WORDS) throw new ContentError(`${file}: ${where}: "${p}" has more than ${MAX_PHRASE_WORDS} words`);
      return accentKey(p).replace(/\s*…\s*/g, ' … ').replace(/\s+/g, ' ').trim();
      }),
    ),
  ];
  const lexicon: DangerLexicon = {
    rules: d.rules,
    classes: Object.fromEntries(SIGNAL_CLASSES.map((c) => [c, norm(`classes.${c}`, d.classes[c])])) as DangerLexicon['classes'],
    negators: norm('negators', d.negators),
    except: norm('except', d.except),
    ambiguous: d.ambiguous,
    unmistakable: d.unmistakable,
  };
  const ids = new Set(crisis.map((r) => r.id));
  for (const [route, id] of Object.entries(d.rules)) if (!ids.has(id)) throw new ContentError(`${file}: rules.${route}: "${id}" is not a crisis rule of content/faq/rules.yaml`);
  const danger = createDanger({ crisis, danger: lexicon });
  for (const e of d.examples) {
    const hit = danger.check(e.q);
    if (hit?.rule.id !== e.rule) throw new ContentError(`${file}: example "${e.q}" ${hit ? `answers with ${hit.rule.id} (${hit.classes.join(', ')})` : 'raises no alarm'}, not ${e.rule}`);
  }
  for (const q of d.counterexamples) {
    const hit = danger.check(q);
    if (hit) throw new ContentError(`${file}: counterexample "${q}" raises ${hit.rule.id} (${hit.phrases.join(', ')})`);
  }
  return lexicon;
}

/** Tokens count for tests: how many content words an example has. */
export const exampleWords = (q: string) => tokenize(q).length;
