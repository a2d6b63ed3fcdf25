/**
 * The rule-based FAQ bot. In this order: fold the question (the same fold as search);
 * crisis rules, which answer at once with the right numbers and nothing else; requests for
 * harm, which get help information instead; intent matching with a threshold and an
 * ambiguity check; slot filling (province, year, topic, detail); an answer built only from
 * content, with its sources; otherwise an honest "no grounded answer".
 */
import { foldVietnamese, tokenize } from './fold.ts';
import { DETAIL_SLOTS, DOMAIN, FIGURE_QUESTION_WORDS, FOLLOW_UP, PROVINCES, STOP, TOPIC_SLOTS, isPlaceWord, type Detail } from './bot-lexicon.ts';
import { KIND_WORDS, figure, yearOf } from './format.ts';
import { formatDateVi } from './citation.ts';
import { expandSynonyms } from './synonyms.ts';
import { createSafety, type Rule, type SafetySignals } from './bot-safety.ts';

export interface Source {
  title: string;
  url: string;
  quote: string;
}
export interface Hotline {
  number: string;
  name: string;
}

export type Handler = 'static' | 'targets' | 'details' | 'compare';

export interface BotIntent {
  id: string;
  title: string;
  handler: Handler;
  /** folded key phrases */
  keywords: string[];
  /** folded content words of each example question */
  examples: string[][];
  answer: string;
  sources: Source[];
  hotlines: string[];
  suggestions: string[];
}

export interface BotTarget {
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
  fallback: { answer: string; suggestions: string[]; hotlines: string[] };
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
  route?: 'crisis' | 'harm';
}

export type SearchFn = (q: string) => Source[];

/** Search results as the bot's sources, for when it has no grounded answer: the best three. */
export function searchSources(searcher: { search(q: string, o: { limit: number }): { results: { title: string; url: string; snippet: string }[] } }): SearchFn {
  return (q) => searcher.search(q, { limit: 3 }).results.map((r) => ({ title: r.title, url: r.url, quote: r.snippet }));
}

const THRESHOLD = 0.42;
const AMBIGUITY_MARGIN = 0.06;

/** Content words of a folded text: tokens minus function words, plus synonym expansions. */
export function contentWords(folded: string): string[] {
  const words = tokenize(folded).map((t) => t.text).filter((w) => !STOP.has(w));
  const extra = expandSynonyms(folded).flatMap((s) => s.split(' '));
  return [...new Set([...words, ...extra])];
}

function similarity(q: string[], e: string[]): number {
  if (!q.length || !e.length) return 0;
  const es = new Set(e);
  const common = q.filter((w) => es.has(w)).length;
  return common / Math.sqrt(q.length * e.length);
}

function slotsOf(folded: string) {
  const plan = PROVINCES.find((p) => p.words.test(folded))?.slug;
  const topic = TOPIC_SLOTS.find((t) => t.words.test(folded))?.topic;
  const detail = DETAIL_SLOTS.find((d) => d.words.test(folded))?.detail;
  const year = folded.match(/\b(20(?:19|2[0-6]))\b/)?.[1];
  return { plan, topic, detail, year: year ? Number(year) : undefined };
}

export function createBot(data: BotData) {
  const intents = new Map(data.intents.map((i) => [i.id, i]));
  const hotlines = (ids: string[]) => ids.map((id) => data.hotlines[id]).filter((h): h is Hotline => !!h);
  const safety = createSafety(data);
  const planBySlug = new Map(data.plans.map((p) => [p.slug, p]));

  function ruleAnswer(r: Rule, context: BotContext): BotAnswer {
    return { matched: true, answer: r.answer, intent: r.id, sources: r.sources, suggestions: r.suggestions, hotlines: hotlines(r.hotlines), context };
  }

  /** Scores every intent; returns them best first. */
  function rank(words: string[], folded: string): { intent: BotIntent; score: number }[] {
    return data.intents
      .map((intent) => {
        let score = 0;
        for (const e of intent.examples) score = Math.max(score, similarity(words, e));
        const phrases = intent.keywords.filter((k) => folded.includes(k)).length;
        score += Math.min(0.5, phrases * 0.25);
        return { intent, score };
      })
      .sort((a, b) => b.score - a.score);
  }

  function answer(question: string, context: BotContext = {}, search: SearchFn = () => []): BotAnswer {
    const folded = foldVietnamese(question).replace(/\s+/g, ' ').trim();
    // 1. Crisis first, before anything else; 2. requests for harm get help information instead.
    const safe = safety.check(question);
    if (safe) return { ...ruleAnswer(safe.rule, {}), hotlines: hotlines(safe.hotlines), route: safe.route };

    const slots = slotsOf(folded);
    const words = contentWords(folded);
    const ranked = rank(words, folded);
    let best = ranked[0];
    const second = ranked.find((r) => r.intent.id !== best?.intent.id);

    // A follow-up ("còn Quảng Ninh thì sao?") reuses the previous intent with the new slots.
    const slotOnly = words.every((w) => isPlaceWord(w) || /^(nam|tinh|con|sao|nua)$/.test(w));
    const followUp = slotOnly || FOLLOW_UP.test(folded);
    if (context.intent && intents.has(context.intent) && followUp && (slots.plan || slots.year || slots.topic)) {
      best = { intent: intents.get(context.intent)!, score: 1 };
    } else if (!best || best.score < THRESHOLD) {
      return fallback(question, search);
    } else if (second && second.score >= THRESHOLD && best.score - second.score < AMBIGUITY_MARGIN && !slots.plan) {
      return {
        matched: false,
        answer: `Bạn muốn hỏi về “${best.intent.title}” hay “${second.intent.title}”? Hãy chọn một câu hỏi gợi ý bên dưới.`,
        intent: null,
        sources: [],
        suggestions: [best.intent.suggestions[0] ?? best.intent.title, second.intent.suggestions[0] ?? second.intent.title, ...data.fallback.suggestions].slice(0, 4),
        hotlines: hotlines(data.fallback.hotlines),
        context,
      };
    }
    const intent = best.intent;
    const figureQuestion = intent.handler === 'targets' || intent.handler === 'compare';
    if (figureQuestion && !slots.plan && !DOMAIN.test(folded) && !context.intent) return fallback(question, search);
    const merged: BotContext = {
      intent: intent.id,
      plan: slots.plan ?? planForYear(slots.year) ?? (followUp ? context.plan : undefined),
      topic: slots.topic ?? (followUp ? context.topic : undefined),
      detail: slots.detail ?? (followUp ? context.detail : undefined),
    };
    const figureWords = followUp ? (context.terms ?? words) : words;
    if (figureQuestion) merged.terms = figureWords;
    switch (intent.handler) {
      case 'targets':
        return targetsAnswer(intent, merged, figureWords, question, search);
      case 'compare':
        return compareAnswer(intent, merged, figureWords, question, search);
      case 'details':
        return detailsAnswer(intent, merged);
      default:
        return { matched: true, answer: intent.answer, intent: intent.id, sources: intent.sources, suggestions: intent.suggestions, hotlines: hotlines(intent.hotlines), context: merged };
    }
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

  function targetsAnswer(intent: BotIntent, ctx: BotContext, words: string[], question: string, search: SearchFn): BotAnswer {
    const found = bestTargets(words, ctx, ctx.plan).slice(0, ctx.plan ? 4 : 5);
    if (!found.length) {
      const plan = ctx.plan ? planBySlug.get(ctx.plan) : undefined;
      return {
        ...fallback(question, search),
        answer: plan
          ? `Mình không tìm thấy con số nào về nội dung này trong kế hoạch ${plan.label}. Bạn có thể xem bảng chỉ tiêu đầy đủ của kế hoạch hoặc hỏi cách khác.`
          : 'Mình không tìm thấy con số nào khớp với câu hỏi trong các kế hoạch. Hãy nêu rõ tỉnh và nội dung, ví dụ: “Lào Cai 2020 cai nghiện bao nhiêu người?”.',
        context: ctx,
      };
    }
    const lines = found.map(({ t }) => `• ${targetLine(t)}`);
    return {
      matched: true,
      answer: `Theo các kế hoạch (đã hết thời gian thực hiện, không phải chỉ tiêu hiện nay):\n${lines.join('\n')}`,
      intent: intent.id,
      sources: found.map(({ t }) => targetSource(t)),
      suggestions: intent.suggestions,
      hotlines: [],
      context: ctx,
    };
  }

  function compareAnswer(intent: BotIntent, ctx: BotContext, words: string[], question: string, search: SearchFn): BotAnswer {
    const per = data.plans
      .map((p) => ({ p, best: bestTargets(words, ctx, p.slug)[0] }))
      .filter((x): x is { p: BotPlan; best: { t: BotTarget; score: number } } => !!x.best);
    if (!per.length) return { ...fallback(question, search), context: ctx };
    return {
      matched: true,
      answer: `So sánh giữa các tỉnh (mỗi tỉnh một con số gần nhất với câu hỏi; các kế hoạch khác năm và đều đã hết thời gian thực hiện):\n${per.map(({ best }) => `• ${targetLine(best.t)}`).join('\n')}\nXem bảng đầy đủ tại trang So sánh.`,
      intent: intent.id,
      sources: per.map(({ best }) => targetSource(best.t)),
      suggestions: intent.suggestions,
      hotlines: [],
      context: ctx,
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
    return { matched: true, answer: lines.join('\n'), intent: intent.id, sources: dedupe(sources), suggestions: intent.suggestions, hotlines: [], context: ctx };
  }

  function fallback(question: string, search: SearchFn): BotAnswer {
    return {
      matched: false,
      answer: data.fallback.answer,
      intent: null,
      sources: search(question).slice(0, 3),
      suggestions: data.fallback.suggestions,
      hotlines: hotlines(data.fallback.hotlines),
      context: {},
    };
  }

  return { answer };
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url + s.quote) && (seen.add(s.url + s.quote), true));
}
