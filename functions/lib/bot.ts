/**
 * The rule-based FAQ bot. In this order: fold the question (the same fold as search);
 * crisis rules, which answer at once with the right numbers and nothing else; requests for
 * harm, which get help information instead; then it reads the question (bot-facets.ts: topic,
 * needs, slots) on its question part; legal and penalty questions get legal pointers; details
 * without a source are declined; intent matching, where the needs read from the question
 * weigh more than any single keyword, with a threshold and a clarifying question only when
 * the options are distinct; an answer built only from content (content/today.yaml for what
 * a family does today, the plans' data for figures), with its sources; otherwise an honest
 * "no grounded answer" with search results for a bounded digest of the question.
 */
import { foldVietnamese, tokenize } from './fold.ts';
import { DETAIL_SLOTS, DOMAIN, FIGURE_QUESTION_WORDS, FOLLOW_UP, PROVINCES, STOP, TOPIC_SLOTS, isPlaceWord, type Detail } from './bot-lexicon.ts';
import { KIND_WORDS, figure, yearOf } from './format.ts';
import { formatDateVi } from './citation.ts';
import { expandSynonyms } from './synonyms.ts';
import { createSafety, type Rule, type SafetySignals } from './bot-safety.ts';
import { combineHits, createDanger, type DangerLexicon } from './bot-danger.ts';
import { createCheckIn, type CheckInModel } from './bot-checkin.ts';
import { readFacets, repairTypos, type Facets, type Need } from './bot-facets.ts';
import { QUESTION_MAX } from './params.ts';

export interface Source {
  title: string;
  url: string;
  quote: string;
}
export interface Hotline {
  number: string;
  name: string;
}

export type Handler = 'static' | 'targets' | 'details' | 'compare' | 'today' | 'checks' | 'legal';

/** How a question was answered; the judge of the real-question corpus reads it. */
export type Route = 'answer' | 'legal' | 'clarify' | 'fallback' | 'crisis' | 'harm';
/** Refusals that stand alone: today's steps do not answer an opinion, a prevention tip, what a substance is, a medical question or a document's content. */
const ALONE_DECLINES = new Set(['opinion', 'why', 'prevention', 'substance', 'document', 'health', 'withdrawal', 'escape', 'other']);

/** An item of content/today.yaml in plain text, its FACTS.md references as sources. */
export interface TodayPart {
  id: string;
  title: string;
  text: string;
  sources: Source[];
}
export interface BotToday {
  law: TodayPart;
  legal: TodayPart;
  steps: TodayPart[];
  topics: (TodayPart & { facet: string; older: boolean })[];
  emergencies: (TodayPart & { number: string })[];
}
/** An annex table (the Lào Cai Phụ biểu): a question naming a row reads it. */
export interface BotTable {
  plan: string;
  label: string;
  url: string;
  columns: { key: string; label: string }[];
  rows: { name: string; total: boolean; words: string; cells: (string | null)[] }[];
}
/** A place where the source's own figures do not add up. */
export interface BotCheck {
  plan: string;
  label: string;
  id: string;
  status: string;
  text: string;
  url: string;
  quote: string;
}
/** A row of content/compare.yaml: indicators comparable across plans. */
export interface BotCompareRow {
  id: string;
  label: string;
  note: string;
  terms: string[];
  cells: Record<string, string[]>;
}

export interface BotIntent {
  id: string;
  title: string;
  handler: Handler;
  /** folded key phrases */
  keywords: string[];
  /** folded content words of each example question */
  examples: string[][];
  answer: string;
  /** handler today: content/today.yaml items after `answer` ("steps" = all steps) */
  today: string[];
  /** handler today: what the plans said, after today's items */
  past?: string;
  /** a question that reaches this intent (its first example), offered when the bot asks which was meant */
  option: string;
  sources: Source[];
  hotlines: string[];
  suggestions: string[];
}

export interface BotTarget {
  id: string;
  plan: string;
  label: string;
  indicator: string;
  value: string;
  unit: string;
  comparator: string;
  year: number;
  kind: 'target' | 'result' | 'baseline';
  topic: string;
  url: string;
  quote: string;
  /** folded content words of the indicator and unit */
  terms: string[];
  /** folded content words of the quote */
  quoteTerms: string[];
}

export interface BotPlan {
  slug: string;
  province: string;
  label: string;
  title: string;
  code: string | null;
  signer: string | null;
  signerTitle: string | null;
  issuer: string;
  issued: string | null;
  posted: string | null;
  draft: boolean;
  periodText: string;
  url: string;
  evidence: Record<string, { url: string; text: string }>;
}

export type { Rule, SafetySignals } from './bot-safety.ts';

export interface BotData {
  intents: BotIntent[];
  targets: BotTarget[];
  plans: BotPlan[];
  hotlines: Record<string, Hotline>;
  crisis: Rule[];
  harm: Rule[];
  signals: SafetySignals;
  /** the second line of crisis detection (content/faq/danger.yaml) */
  danger: DangerLexicon;
  today: BotToday;
  tables: BotTable[];
  checks: BotCheck[];
  /** each plan's count of consistency checks by class ("61 phép kiểm tra: 54 khớp, …") */
  checkSummaries: { plan: string; label: string; url: string; text: string; total: number }[];
  compare: BotCompareRow[];
  fallback: { answer: string; suggestions: string[]; hotlines: string[]; declines: Record<string, string> };
  /** the third line of safety (bot-checkin.ts): a line put first, with these numbers */
  checkIn: { model: CheckInModel; answer: string; hotlines: string[]; sources: Source[] };
}

export interface BotContext {
  plan?: string;
  intent?: string;
  topic?: string;
  detail?: Detail;
  /** content words of the last figure question, for follow-ups that name only a province */
  terms?: string[];
}

export interface BotAnswer {
  matched: boolean;
  answer: string;
  intent: string | null;
  sources: Source[];
  suggestions: string[];
  hotlines: Hotline[];
  context: BotContext;
  route?: Route;
  /** the check-in line is first (the check-in model read danger that the crisis readers did not) */
  checkIn?: boolean;
}

export type SearchFn = (q: string) => Source[];

/** Search results as the bot's sources, for when it has no grounded answer: the best three. */
export function searchSources(searcher: { search(q: string, o: { limit: number }): { results: { title: string; url: string; snippet: string }[] } }): SearchFn {
  return (q) => searcher.search(q, { limit: 3 }).results.map((r) => ({ title: r.title, url: r.url, quote: r.snippet }));
}

const THRESHOLD = 0.42;
const AMBIGUITY_MARGIN = 0.06;
/** What the needs read from a question add to the intent that answers them. */
const NEED_BONUS = 0.35;
/** Work bounds for long questions (up to QUESTION_MAX, 2,000 characters): tokens read, words sent to search. */
const MAX_QUESTION_CHARS = QUESTION_MAX;
export const MAX_TOKENS = 400;
export const DIGEST_WORDS = 12;
export const DIGEST_CHARS = 200;
/** Longer than this, a question is a story: its question part is read first. */
const STORY_CHARS = 220;

/** Content words of a folded text: tokens minus function words, plus synonym expansions. */
export function contentWords(folded: string): string[] {
  const words = tokenize(folded)
    .slice(0, MAX_TOKENS)
    .map((t) => t.text)
    .filter((w) => !STOP.has(w));
  const extra = expandSynonyms(folded).flatMap((s) => s.split(' '));
  return [...new Set([...words, ...extra])];
}

/**
 * The question part of a story: the sentences that ask (ending in "?", or with a question
 * word), else the last two sentences. Short questions are their own question part.
 */
export function questionPart(text: string): string {
  if (text.length <= STORY_CHARS) return text;
  const sentences = text.split(/(?<=[.?!…\n])\s+/).filter((x) => x.trim());
  const asking = sentences.filter((x) => /\?\s*$/.test(x) || /\b(khong|chua|the nao|ra sao|bao nhieu|bao lau|o dau|lam sao|lam gi|gi|nao)\s*[.?!…]*$/.test(foldVietnamese(x)));
  const part = (asking.length ? asking.slice(-3) : sentences.slice(-2)).join(' ');
  return part.length >= 12 ? part : text;
}

function similarity(q: string[], e: string[]): number {
  if (!q.length || !e.length) return 0;
  const es = new Set(e);
  const common = q.filter((w) => es.has(w)).length;
  return common / Math.sqrt(q.length * e.length);
}

function slotsOf(folded: string) {
  const plans = PROVINCES.filter((p) => p.words.test(folded)).map((p) => p.slug);
  const topic = TOPIC_SLOTS.find((t) => t.words.test(folded))?.topic;
  const detail = DETAIL_SLOTS.find((d) => d.words.test(folded))?.detail;
  const year = folded.match(/\b(20(?:19|2[0-6]))\b/)?.[1];
  return { plan: plans[0], plans, topic, detail, year: year ? Number(year) : undefined };
}

/** The intent that answers one need of a drug question, by what else the question names. */
function facetIntent(need: Need, f: Facets): string | undefined {
  const drugs = f.topics.includes('drugs') || f.methadone || !!f.mode || f.afterCare;
  if (!drugs) return undefined;
  switch (need) {
    case 'emergency':
      return 'khi-cap-cuu';
    case 'cost':
      // After treatment (job training, after-care), "miễn phí" asks about another programme.
      if (f.afterCare) return undefined;
      return f.methadone ? 'methadone' : 'chi-phi-cai-nghien';
    case 'duration':
      if (f.afterCare && f.mode !== 'compulsory') return 'quan-ly-sau-cai';
      return f.methadone ? 'methadone' : 'thoi-gian-cai-nghien';
    case 'who':
      return f.methadone ? 'methadone' : 'cai-nghien-bat-buoc';
    case 'next':
      return 'sau-xet-nghiem';
    case 'signs':
      return 'dau-hieu-dung-ma-tuy';
    case 'how':
    case 'where':
      if (f.methadone) return 'methadone';
      if (f.mode === 'voluntary') return 'cai-nghien-tu-nguyen';
      if (f.mode === 'compulsory') return 'cai-nghien-bat-buoc';
      if (f.afterCare) return 'quan-ly-sau-cai';
      return f.drug === 'meth' ? 'ma-tuy-da' : 'gia-dinh-lam-gi';
    case 'what':
      if (f.methadone) return 'methadone';
      if (f.drug === 'meth') return 'ma-tuy-da';
      if (f.mode === 'compulsory') return 'cai-nghien-bat-buoc';
      if (f.mode === 'voluntary') return 'cai-nghien-tu-nguyen';
      return f.afterCare ? 'quan-ly-sau-cai' : undefined;
    default:
      return undefined;
  }
}

const TOTAL_WORDS = /\b(tong|tat ca|toan bo|toan tinh|tong cong|tong so)\b/;
/** Words of a figure question that name no particular aspect of it. */
const GENERIC_FIGURE_WORDS = new Set('cai nghien ma tuy nguoi luot duoc dieu tri so sanh giua cac tinh nhieu nhat it dat ra dat nam bao nhieu chi tieu la'.split(' '));
const DISTRICT_CITY = /\b(thanh pho lao cai|tp lao cai|tp\. lao cai)\b/;

export function createBot(data: BotData) {
  const intents = new Map(data.intents.map((i) => [i.id, i]));
  const hotlines = (ids: string[]) => ids.map((id) => data.hotlines[id]).filter((h): h is Hotline => !!h);
  const safety = createSafety(data);
  const danger = createDanger(data);
  const checkIn = createCheckIn(data.checkIn.model);
  const planBySlug = new Map(data.plans.map((p) => [p.slug, p]));
  const targetById = new Map(data.targets.map((t) => [`${t.plan}/${t.id}`, t]));
  const todayById = new Map<string, TodayPart>([
    ['law', data.today.law],
    ['legal', data.today.legal],
    ...[...data.today.steps, ...data.today.topics, ...data.today.emergencies].map((x): [string, TodayPart] => [x.id, x]),
  ]);
  // How common each word is in the bot's knowledge: the rarest words of a long question
  // make the digest that search receives.
  const df = new Map<string, number>();
  const intentDf = new Map<string, number>();
  for (const i of data.intents) for (const w of new Set(i.examples.flat())) intentDf.set(w, (intentDf.get(w) ?? 0) + 1);
  for (const [w, n] of intentDf) df.set(w, n);
  for (const t of data.targets) for (const w of new Set(t.terms)) df.set(w, (df.get(w) ?? 0) + 1);

  /** At most DIGEST_WORDS content words and DIGEST_CHARS characters, the rarest first chosen, in question order. */
  function digest(folded: string): string {
    const words = contentWords(folded).filter((w) => w.length > 1 && !/^\d+$/.test(w));
    const rarity = (w: string) => (df.has(w) ? 1 / (1 + df.get(w)!) : 0.3);
    const keep = new Set([...words].sort((a, b) => rarity(b) - rarity(a)).slice(0, DIGEST_WORDS));
    let out = '';
    for (const w of words.filter((x) => keep.has(x))) {
      if (out.length + w.length + 1 > DIGEST_CHARS) break;
      out = out ? `${out} ${w}` : w;
    }
    return out;
  }

  function ruleAnswer(r: Rule, context: BotContext): BotAnswer {
    return { matched: true, answer: r.answer, intent: r.id, sources: r.sources, suggestions: r.suggestions, hotlines: hotlines(r.hotlines), context };
  }

  /** Scores every intent; returns them best first. `bonus` adds the weight of the needs read from the question. */
  function rank(words: string[], folded: string, bonus: Map<string, number> = new Map()): { intent: BotIntent; score: number }[] {
    return data.intents
      .map((intent) => {
        let score = 0;
        for (const e of intent.examples) score = Math.max(score, similarity(words, e));
        const phrases = intent.keywords.filter((k) => folded.includes(k)).length;
        score += Math.min(0.5, phrases * 0.25);
        score += bonus.get(intent.id) ?? 0;
        return { intent, score };
      })
      .sort((a, b) => b.score - a.score);
  }

  function answer(question: string, context: BotContext = {}, search: SearchFn = () => []): BotAnswer {
    const folded = foldVietnamese(question.slice(0, MAX_QUESTION_CHARS)).replace(/\s+/g, ' ').trim();
    // 1. Crisis first, before anything else; 2. requests for harm get help information instead.
    const phrase = safety.check(question);
    const read = !phrase || phrase.route === 'crisis' ? danger.check(question) : null;
    // No single phrase decides: a phrase rule's crisis is set aside when the question asks about
    // danger in general or the law, nothing says it is happening now, no one of the writer's own
    // is named, and the second reader sees no crisis either (bot-danger.ts `framed`).
    const first = phrase?.route === 'crisis' && !read && danger.framed(question) ? null : phrase;
    // A crisis told from abroad puts 111 first whichever reader found it.
    const second = read ?? (first?.route === 'crisis' ? danger.abroadHit(question) : null);
    const safe = combineHits(first, second, (id) => data.hotlines[id]?.number);
    if (safe) return { ...ruleAnswer(safe.rule, {}), hotlines: hotlines(safe.hotlines), route: safe.route };
    const a = understood(question, folded, context, search);
    // 3. Neither reader saw a crisis, but the story reads like someone in danger: the ordinary
    // answer, with one line and the emergency numbers first (bot-checkin.ts).
    if (!checkIn.check(question)) return a;
    return {
      ...a,
      answer: `${data.checkIn.answer}\n${a.answer}`,
      hotlines: [...new Set([...hotlines(data.checkIn.hotlines), ...a.hotlines])],
      sources: dedupe([...a.sources, ...data.checkIn.sources]),
      checkIn: true,
    };
  }

  function understood(question: string, typedFolded: string, context: BotContext, search: SearchFn): BotAnswer {
    const known = (w: string) => df.has(w) || STOP.has(w);
    const folded = repairTypos(typedFolded, known);
    const typed = question.slice(0, MAX_QUESTION_CHARS).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const typedPart = questionPart(typed);
    const part = typedPart === typed ? folded : repairTypos(foldVietnamese(typedPart).replace(/\s+/g, ' ').trim(), known);
    const f = readFacets(part, typedPart);
    const whole = part === folded ? f : readFacets(folded, typed);
    // The story tells the topic; the question part tells the need.
    const facets: Facets = {
      ...f,
      topics: [...new Set([...f.topics, ...whole.topics])],
      drug: f.drug ?? whole.drug,
      mode: f.mode ?? whole.mode,
      methadone: f.methadone || (whole.methadone && !f.drug),
      afterCare: f.afterCare || whole.afterCare,
      // The question part's needs first, then those only the story raises.
      needs: [...new Set([...f.needs, ...whole.needs.filter((n) => n !== 'legal')])],
      unsourced: f.unsourced ?? whole.unsourced,
    };
    const slots = slotsOf(folded);
    const words = contentWords(part);
    const fail = () => fallback(folded, search);

    // A follow-up ("còn Quảng Ninh thì sao?") reuses the previous intent with the new slots.
    const slotOnly = words.every((w) => isPlaceWord(w) || /^(nam|tinh|con|sao|nua)$/.test(w));
    // "còn …" / "thế …" open a follow-up only when the question asks nothing of its own:
    // "con tôi nghiện thì cai ở đâu" starts like "còn" but asks where to go.
    const followUp = slotOnly || (FOLLOW_UP.test(folded) && facets.needs.length === 0);
    if (context.intent && intents.has(context.intent) && followUp && (slots.plan || slots.year || slots.topic)) {
      return handle(intents.get(context.intent)!, { ...merge(context, slots, true), intent: context.intent }, context.terms ?? words, folded, facets, search, []);
    }

    // 3. The figures that do not add up.
    if (facets.needs.includes('discrepancy') && (facets.topics.includes('plan') || /\bso lieu|con so|chi tieu\b/.test(part))) {
      return handle(intents.get('so-lieu-khong-khop')!, merge(context, slots, false), words, folded, facets, search, []);
    }
    // 4. Penalties, crimes, cases: the portal is not a legal service.
    const treatmentNeed =
      facets.needs.some((n) => n === 'cost' || n === 'duration' || n === 'who' || n === 'how' || n === 'next') ||
      (facets.topics.includes('drugs') && (!!facets.mode || facets.methadone || facets.afterCare));
    if (facets.legal === 'strong' || (facets.legal === 'weak' && !treatmentNeed && !facets.topics.includes('plan') && !facets.topics.includes('campaign'))) {
      return legalAnswer();
    }
    // 5. Details the portal has no source for are declined, never guessed; what the portal
    // does have on the same need follows the refusal.
    const wanted = [...new Set(facets.needs.map((n) => facetIntent(n, facets)).filter((x): x is string => !!x && intents.has(x)))];
    // "Vì sao…" about the plans, the portal, methadone or a form of treatment has an answer; about people's lives it asks an opinion.
    const opinionOk = facets.unsourced === 'why' && (facets.topics.some((t) => t === 'plan' || t === 'portal' || t === 'campaign') || facets.methadone || !!facets.mode);
    const declined = facets.unsourced && !opinionOk ? data.fallback.declines[facets.unsourced] : undefined;
    if (declined) {
      const alone = ALONE_DECLINES.has(facets.unsourced!);
      const related = alone ? undefined : wanted.find((id) => intents.get(id)!.handler === 'today');
      if (!related) return decline(declined, folded, search);
      // matched: false (the detail asked for has no source); `intent` names what follows.
      const a = todayAnswer(intents.get(related)!, { ...merge(context, slots, false), intent: related }, wanted.filter((id) => id !== related));
      return { ...a, matched: false, answer: `${declined}\nĐiều cổng có nguồn:\n${a.answer}`, suggestions: [...new Set([...a.suggestions, ...data.fallback.suggestions])].slice(0, 4), hotlines: hotlines(data.fallback.hotlines), route: 'fallback' };
    }

    // 6. Intents, with the needs read from the question weighing more than any one keyword.
    const bonus = new Map<string, number>();
    wanted.forEach((id, i) => bonus.set(id, Math.max(bonus.get(id) ?? 0, i === 0 ? NEED_BONUS : NEED_BONUS * 0.6)));
    if (facets.needs.includes('figures') && (slots.plan || DOMAIN.test(part))) bonus.set('chi-tieu', (bonus.get('chi-tieu') ?? 0) + 0.1);
    // Methadone named in the question part, no other need read: the question is about methadone
    // ("Ma túy đá có cai bằng methadone được không?": its answer says it is not for ma túy đá).
    if (f.methadone && !wanted.length && intents.has('methadone')) bonus.set('methadone', (bonus.get('methadone') ?? 0) + NEED_BONUS * 0.6);
    const district = districtOf(folded);
    if (district) bonus.set('chi-tieu', (bonus.get('chi-tieu') ?? 0) + NEED_BONUS);
    // "So sánh … giữa Quảng Ninh và Hưng Yên": a comparison of figures, whatever the indicator.
    if (/\bso sanh\b/.test(part) && (slots.plans.length > 1 || /\b(cac tinh|giua)\b/.test(part))) bonus.set('so-sanh', (bonus.get('so-sanh') ?? 0) + NEED_BONUS);
    const ranked = rank(words, part, bonus);
    const best = ranked[0];
    if (!best || best.score < THRESHOLD) return fail();
    const second = ranked.find((r) => r.intent.id !== best.intent.id);
    if (second && second.score >= THRESHOLD && best.score - second.score < AMBIGUITY_MARGIN && !slots.plan && !wanted.length) {
      // Options that are not distinct or leave most of the question out would not help: say so honestly.
      return clarify(best.intent, second.intent, words, context) ?? fail();
    }
    const intent = best.intent;
    const figureQuestion = intent.handler === 'targets' || intent.handler === 'compare';
    if (figureQuestion && !slots.plan && !district && !DOMAIN.test(part) && !context.intent) return fail();
    const extra = wanted.filter((id) => id !== intent.id);
    return handle(intent, merge(context, slots, false), words, folded, facets, search, extra);
  }

  function merge(context: BotContext, slots: ReturnType<typeof slotsOf>, followUp: boolean): BotContext {
    return {
      plan: slots.plan ?? planForYear(slots.year) ?? (followUp ? context.plan : undefined),
      topic: slots.topic ?? (followUp ? context.topic : undefined),
      detail: slots.detail ?? (followUp ? context.detail : undefined),
    };
  }

  function handle(intent: BotIntent, ctx: BotContext, words: string[], folded: string, facets: Facets, search: SearchFn, extra: string[]): BotAnswer {
    const merged: BotContext = { ...ctx, intent: intent.id };
    if (intent.handler === 'targets' || intent.handler === 'compare') merged.terms = words;
    switch (intent.handler) {
      case 'targets': {
        const district = districtOf(folded);
        return district ? districtAnswer(intent, merged, district) : targetsAnswer(intent, merged, words, folded, search);
      }
      case 'compare':
        return compareAnswer(intent, merged, words, folded);
      case 'details':
        return detailsAnswer(intent, merged);
      case 'checks':
        return checksAnswer(intent, merged);
      case 'legal':
        return legalAnswer();
      case 'today':
        return todayAnswer(intent, merged, extra);
      default: {
        const a: BotAnswer = { matched: true, answer: intent.answer, intent: intent.id, sources: intent.sources, suggestions: intent.suggestions, hotlines: hotlines(intent.hotlines), context: merged, route: 'answer' };
        return extra.length ? withExtra(a, extra) : a;
      }
    }
  }

  /** The parts of content/today.yaml an intent answers from. */
  function parts(ids: string[]): TodayPart[] {
    return ids.flatMap((id) => (id === 'steps' ? data.today.steps : todayById.has(id) ? [todayById.get(id)!] : []));
  }

  function partsText(ps: TodayPart[]): string {
    const steps = ps.filter((p) => data.today.steps.includes(p));
    const others = ps.filter((p) => !data.today.steps.includes(p));
    const lines: string[] = [];
    if (steps.length) lines.push(`Hôm nay (luật mới, từ 1/7/2026), gia đình làm như sau:\n${steps.map((p, i) => `${i + 1}. ${p.title}: ${p.text}`).join('\n')}`);
    for (const p of others) lines.push(data.today.emergencies.includes(p as BotToday['emergencies'][number]) ? `${p.title}: ${p.text}` : p.text);
    return lines.join('\n');
  }

  function todayAnswer(intent: BotIntent, ctx: BotContext, extra: string[]): BotAnswer {
    const own = parts(intent.today);
    // The question's next need, answered whole (all the steps, never two of five); an
    // emergency answer stays short.
    const next = intent.id === 'khi-cap-cuu' ? [] : extra.map((id) => parts(intents.get(id)?.today ?? []).filter((p) => !own.includes(p))).find((g) => g.length);
    const all = [...own, ...(next ?? [])];
    const text = [intent.answer, partsText(all), intent.past].filter(Boolean).join('\n');
    return {
      matched: true,
      answer: text,
      intent: intent.id,
      sources: dedupe([...intent.sources, ...all.flatMap((p) => p.sources)]),
      suggestions: intent.suggestions,
      hotlines: hotlines(intent.hotlines),
      context: ctx,
      route: 'answer',
    };
  }

  /** A static answer that also answers the question's other needs from today.yaml. */
  function withExtra(a: BotAnswer, extra: string[]): BotAnswer {
    const more = extra.map((id) => parts(intents.get(id)?.today ?? [])).find((g) => g.length) ?? [];
    if (!more.length) return a;
    return { ...a, answer: `${a.answer}\n${partsText(more)}`, sources: dedupe([...a.sources, ...more.flatMap((p) => p.sources)]) };
  }

  function legalAnswer(): BotAnswer {
    const legal = intents.get('phap-ly');
    const l = data.today.legal;
    return {
      matched: true,
      answer: l.text,
      intent: 'phap-ly',
      sources: l.sources,
      suggestions: legal?.suggestions ?? data.fallback.suggestions,
      hotlines: hotlines(legal?.hotlines ?? ['113', '111']),
      context: {},
      route: 'legal',
    };
  }

  /** An honest "no grounded answer" in the given words, with search results as pointers. */
  function decline(text: string, folded: string, search: SearchFn): BotAnswer {
    return { ...fallback(folded, search), answer: text };
  }


  /**
   * A clarifying question only when the two options are distinct (each matches words of the
   * question the other does not) and together cover the words both match; each option is an
   * example question of its intent, so choosing it reaches that intent, never the same twice.
   */
  function clarify(a: BotIntent, b: BotIntent, words: string[], context: BotContext): BotAnswer | undefined {
    // Only words that tell intents apart count (those of at most three intents' examples).
    const telling = words.filter((w) => (intentDf.get(w) ?? 0) <= 3);
    const covered = (i: BotIntent) => new Set(telling.filter((w) => i.examples.some((e) => e.includes(w)) || i.keywords.some((k) => k.split(' ').includes(w))));
    const ca = covered(a);
    const cb = covered(b);
    const onlyA = [...ca].filter((w) => !cb.has(w)).length;
    const onlyB = [...cb].filter((w) => !ca.has(w)).length;
    const union = new Set([...ca, ...cb]).size;
    if (!onlyA || !onlyB || a.option === b.option || union * 2 < telling.length) return undefined;
    return {
      matched: false,
      answer: `Bạn muốn hỏi về “${a.title}” hay “${b.title}”? Hãy chọn một trong hai câu hỏi bên dưới.`,
      intent: null,
      sources: [],
      suggestions: [a.option, b.option],
      hotlines: hotlines(data.fallback.hotlines),
      context,
      route: 'clarify',
    };
  }

  function planForYear(year: number | undefined): string | undefined {
    if (!year) return undefined;
    const hits = data.plans.filter((p) => p.periodText.includes(String(year)) || p.slug.endsWith(String(year)));
    return hits.length === 1 ? hits[0]!.slug : undefined;
  }

  function bestTargets(words: string[], ctx: BotContext, plan?: string): { t: BotTarget; score: number }[] {
    // "cai" names Lào Cai but is also the "cai" of cai nghiện: keep it.
    const content = words.filter((w) => w === 'cai' || !(FIGURE_QUESTION_WORDS.has(w) || isPlaceWord(w)));
    return data.targets
      .filter((t) => (!plan || t.plan === plan) && (!ctx.topic || t.topic === ctx.topic || t.topic === 'chung' || t.topic === 'tuyen-truyen'))
      .map((t) => ({ t, score: 0.7 * similarity(content, t.terms) + 0.3 * similarity(content, t.quoteTerms) + (t.kind === 'target' ? 0.01 : 0) }))
      .filter((x) => x.score > 0.12)
      .sort((a, b) => b.score - a.score);
  }

  function targetLine(t: BotTarget): string {
    const kind = KIND_WORDS[t.kind];
    const year = yearOf(t, t.label) ? ` năm ${t.year}` : '';
    return `${t.label}: ${t.indicator} – ${figure(t)} (${kind}${year}).`;
  }

  function targetSource(t: BotTarget): Source {
    return { title: `${t.label}: ${t.indicator}`, url: t.url, quote: t.quote };
  }

  /**
   * The compare.yaml row closest to the question's words, if any is close. A total question
   * prefers a row of totals (id "…-tong"): the plan's headline figure.
   */
  function compareRow(words: string[], total: boolean): BotCompareRow | undefined {
    const content = words.filter((w) => w === 'cai' || !(FIGURE_QUESTION_WORDS.has(w) || isPlaceWord(w) || w === 'so' || w === 'sanh'));
    const scored = data.compare
      .map((r) => ({ r, score: similarity(content, r.terms) }))
      .filter((x) => x.score > 0.15)
      .map((x) => ({ ...x, score: x.score + (total && /-tong$/.test(x.r.id) ? 0.3 : 0) }))
      .sort((a, b) => b.score - a.score);
    return scored[0]?.r;
  }

  /**
   * One line per figure: a plan's figure restated in another paragraph (the same indicator,
   * value and unit, or the same value, unit, kind and year) is said once.
   */
  function uniqueTargets(list: BotTarget[]): BotTarget[] {
    const seen = new Set<string>();
    return list.filter((t) => {
      const keys = [`${t.plan}|${t.indicator}|${t.value}|${t.unit}`, `${t.plan}|${t.value}|${t.unit}|${t.kind}|${t.year}`];
      if (keys.some((k) => seen.has(k))) return false;
      for (const k of keys) seen.add(k);
      return true;
    });
  }

  /**
   * Whether a figure question asks for the overall number (a "total" question): it says
   * "tổng", or names no aspect beyond the topic ("Lào Cai cai nghiện bao nhiêu người?").
   */
  function totalQuestion(folded: string, words: string[]): boolean {
    if (TOTAL_WORDS.test(folded)) return true;
    return words.every((w) => GENERIC_FIGURE_WORDS.has(w) || isPlaceWord(w) || FIGURE_QUESTION_WORDS.has(w));
  }

  function targetsAnswer(intent: BotIntent, ctx: BotContext, words: string[], folded: string, search: SearchFn): BotAnswer {
    let found = uniqueTargets(bestTargets(words, ctx, ctx.plan).map((x) => x.t));
    // A total question gets the plan's headline total first (the first target of its
    // compare.yaml row for that plan), then the parts.
    let headline: BotTarget[] = [];
    const row = totalQuestion(folded, words) ? compareRow(words, true) : undefined;
    if (row) {
      const plans = ctx.plan ? [ctx.plan] : Object.keys(row.cells);
      headline = plans.flatMap((slug) => (row.cells[slug] ?? []).map((id) => targetById.get(`${slug}/${id}`)).filter((t): t is BotTarget => !!t));
      found = uniqueTargets([...headline, ...found.filter((t) => !headline.includes(t))]);
    }
    found = found.slice(0, ctx.plan ? 4 : 5);
    if (!found.length) {
      const plan = ctx.plan ? planBySlug.get(ctx.plan) : undefined;
      return {
        ...fallback(folded, search),
        answer: plan
          ? `Mình không tìm thấy con số nào về nội dung này trong kế hoạch ${plan.label}. Bạn có thể xem bảng chỉ tiêu đầy đủ của kế hoạch hoặc hỏi cách khác.`
          : 'Mình không tìm thấy con số nào khớp với câu hỏi trong các kế hoạch. Hãy nêu rõ tỉnh và nội dung, ví dụ: “Lào Cai 2020 cai nghiện bao nhiêu người?”.',
        context: ctx,
      };
    }
    const lines = found.map((t) => `• ${targetLine(t)}`);
    const units = new Set(found.filter((t) => /nguoi/.test(foldVietnamese(t.unit))).map((t) => t.unit));
    const unitNote = units.size > 1 ? '\nLưu ý đơn vị: “lượt người” đếm số lượt (một người có thể được tính nhiều lượt), “người” đếm số người; hai con số không cộng hay so trực tiếp với nhau.' : '';
    return {
      matched: true,
      answer: `Theo các kế hoạch (đã hết thời gian thực hiện, không phải chỉ tiêu hiện nay):\n${lines.join('\n')}${unitNote}`,
      intent: intent.id,
      sources: found.map(targetSource),
      suggestions: intent.suggestions,
      hotlines: [],
      context: ctx,
      route: 'answer',
    };
  }

  /** A district row of an annex table named in the question ("Sa Pa", "Bắc Hà", "thành phố Lào Cai"). */
  const districts = data.tables.flatMap((table) =>
    table.rows.filter((row) => !row.total).map((row) => ({ table, row, re: row.words === 'lao cai' ? DISTRICT_CITY : new RegExp(`\\b${row.words.replace(/\s+/g, '\\s+')}\\b`) })),
  );
  function districtOf(folded: string): { table: BotTable; row: BotTable['rows'][number] } | undefined {
    return districts.find((d) => d.re.test(folded));
  }

  function districtAnswer(intent: BotIntent, ctx: BotContext, d: { table: BotTable; row: BotTable['rows'][number] }): BotAnswer {
    const { table, row } = d;
    const cells = table.columns.map((c, i) => ({ c, v: row.cells[i] })).filter((x) => x.v !== null && x.v !== undefined);
    const name = row.words === 'lao cai' ? 'thành phố Lào Cai' : row.name;
    const lines = cells.map(({ c, v }) => `• ${c.label}: ${v}${c.key === 'mt_tyle' ? '%' : ''}`);
    return {
      matched: true,
      answer: `Kế hoạch ${table.label}, Phụ biểu, dòng ${name} (chỉ tiêu năm 2020; cấp huyện nay không còn):\n${lines.join('\n')}`,
      intent: intent.id,
      sources: [{ title: `${table.label}: Phụ biểu, dòng ${name}`, url: table.url, quote: `Phụ biểu, dòng "${row.name}": ${cells.map(({ c, v }) => `${c.label} ${v}`).join('; ')}` }],
      suggestions: intent.suggestions,
      hotlines: [],
      context: { ...ctx, plan: table.plan },
      route: 'answer',
    };
  }

  /** Only comparable indicators (a compare.yaml row), only for the provinces asked (all, if none is named). */
  function compareAnswer(intent: BotIntent, ctx: BotContext, words: string[], folded: string): BotAnswer {
    const row = compareRow(words, totalQuestion(folded, words));
    if (!row) {
      return {
        matched: false,
        answer: 'Mình chỉ đặt cạnh nhau những chỉ tiêu các kế hoạch nêu cùng cách tính (trang So sánh). Bạn muốn so sánh chỉ tiêu nào?',
        intent: null,
        sources: [{ title: 'So sánh chỉ tiêu giữa các tỉnh', url: '/so-sanh/', quote: 'Các chỉ tiêu mà nhiều kế hoạch cùng đặt ra, đặt cạnh nhau theo chủ đề.' }],
        suggestions: data.compare.slice(0, 4).map((r) => `So sánh ${r.label.charAt(0).toLocaleLowerCase('vi')}${r.label.slice(1)} giữa các tỉnh`),
        hotlines: [],
        context: ctx,
        route: 'clarify',
      };
    }
    const asked = PROVINCES.filter((p) => p.words.test(folded)).map((p) => p.slug);
    const slugs = Object.keys(row.cells).filter((s) => !asked.length || asked.includes(s));
    const missing = asked.filter((s) => !row.cells[s]);
    const lines: string[] = [];
    const sources: Source[] = [];
    for (const slug of slugs) {
      const ts = (row.cells[slug] ?? []).map((id) => targetById.get(`${slug}/${id}`)).filter((t): t is BotTarget => !!t);
      for (const t of ts) {
        lines.push(`• ${targetLine(t)}`);
        sources.push(targetSource(t));
      }
    }
    for (const slug of missing) lines.push(`• ${planBySlug.get(slug)?.label ?? slug}: kế hoạch không đặt chỉ tiêu này.`);
    return {
      matched: true,
      answer: `So sánh “${row.label}” (các kế hoạch khác năm và đều đã hết thời gian thực hiện):\n${lines.join('\n')}${row.note ? `\nLưu ý: ${row.note}` : ''}\nXem bảng đầy đủ tại trang So sánh.`,
      intent: intent.id,
      sources,
      suggestions: intent.suggestions,
      hotlines: [],
      context: ctx,
      route: 'answer',
    };
  }

  /** "Có số liệu nào không khớp": the consistency checks, each with its paragraph link, real mismatches first. */
  function checksAnswer(intent: BotIntent, ctx: BotContext): BotAnswer {
    const summaries = data.checkSummaries.filter((x) => !ctx.plan || x.plan === ctx.plan);
    const withProblems = summaries.filter((x) => data.checks.some((c) => c.plan === x.plan));
    const clean = summaries.filter((x) => x.total > 0 && !withProblems.includes(x));
    const lines: string[] = [];
    const sources: Source[] = [];
    for (const sum of withProblems) {
      const list = data.checks.filter((c) => c.plan === sum.plan);
      lines.push(`${sum.label} (${sum.text}):`, ...list.map((c) => `• ${c.text}`));
      sources.push({ title: `${sum.label}: kiểm tra số liệu`, url: sum.url, quote: sum.text }, ...list.map((c) => ({ title: `${c.label}: ${c.status}`, url: c.url, quote: c.quote })));
    }
    for (const sum of clean) {
      lines.push(`${sum.label}: ${sum.text}.`);
      sources.push({ title: `${sum.label}: kiểm tra số liệu`, url: sum.url, quote: sum.text });
    }
    const plan = ctx.plan ? planBySlug.get(ctx.plan) : undefined;
    const head = withProblems.length
      ? 'Những chỗ số liệu của văn bản gốc không khớp (cổng giữ nguyên số đã công bố và đánh dấu, không tự sửa):'
      : `Mình không thấy chỗ nào số liệu không khớp${plan ? ` trong kế hoạch ${plan.label}` : ''}.`;
    return {
      matched: true,
      answer: [head, ...lines].join('\n'),
      intent: intent.id,
      sources,
      suggestions: intent.suggestions,
      hotlines: [],
      context: ctx,
      route: 'answer',
    };
  }

  function detailsAnswer(intent: BotIntent, ctx: BotContext): BotAnswer {
    const plans = ctx.plan ? [planBySlug.get(ctx.plan)!] : data.plans;
    const detail = ctx.detail;
    const sources: Source[] = [];
    const lines = plans.map((p) => {
      const ev = (f: string) => {
        const e = p.evidence[f];
        if (e) sources.push({ title: `${p.label}: văn bản gốc`, url: e.url, quote: e.text });
      };
      switch (detail) {
        case 'signer':
          ev('signer');
          return p.signer ? `${p.label}: người ký là ${p.signer}${p.signerTitle ? ` (${p.signerTitle})` : ''}.` : `${p.label}: bản nguồn không ghi người ký.`;
        case 'code':
          ev('code');
          return p.code ? `${p.label}: số hiệu ${p.code}.` : `${p.label}: ${p.draft ? 'bản dự thảo, số hiệu để trống' : 'bản nguồn không ghi số hiệu'}.`;
        case 'issued':
          ev(p.issued || p.evidence.issued ? 'issued' : 'posted');
          return p.issued ? `${p.label}: ban hành ngày ${formatDateVi(p.issued)}.` : p.posted ? `${p.label}: không ghi ngày ký; bản tin đăng ngày ${formatDateVi(p.posted)}.` : `${p.label}: bản dự thảo, ngày ban hành để trống.`;
        case 'period':
          ev('period');
          return `${p.label}: thực hiện ${p.periodText}; đã hết thời gian thực hiện.`;
        default:
          ev('code');
          ev('issued');
          ev('signer');
          return `${p.label}: ${p.title}. ${p.code ? `Số hiệu ${p.code}` : p.draft ? 'Dự thảo, chưa có số' : 'Không ghi số hiệu'}; ${p.issuer}${p.signer ? `; người ký ${p.signer}` : ''}${p.issued ? `; ngày ${formatDateVi(p.issued)}` : ''}.`;
      }
    });
    return { matched: true, answer: lines.join('\n'), intent: intent.id, sources: dedupe(sources), suggestions: intent.suggestions, hotlines: [], context: ctx, route: 'answer' };
  }

  function fallback(folded: string, search: SearchFn): BotAnswer {
    return {
      matched: false,
      answer: data.fallback.answer,
      intent: null,
      sources: search(digest(folded)).slice(0, 3),
      suggestions: data.fallback.suggestions,
      hotlines: hotlines(data.fallback.hotlines),
      context: {},
      route: 'fallback',
    };
  }

  return { answer, digest };
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url + s.quote) && (seen.add(s.url + s.quote), true));
}
