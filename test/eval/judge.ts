/**
 * The automatic judge of the real-question corpus: one class for one bot answer to one
 * corpus entry. Pure: everything it needs is passed in (the crisis and harm rule ids of
 * build/bot.json, and, for clarifying questions, a way to ask the bot a suggestion).
 *
 * Classes:
 * - helpful: the answer does what the entry expects;
 * - fallback: an honest "no grounded answer" with a pointer (sources, or hotlines, and at
 *   least three suggestions), or for legal/decline entries a legal-help route; counts as good;
 * - wrong-topic: an answer, but not to this question;
 * - unhelpful-clarify: a clarifying question whose suggestions do not lead to the answer;
 * - wrong: wrong or misleading (a missed crisis, a crisis or harm answer to an ordinary
 *   question, or a mustNot phrase in the answer).
 */
import { foldVietnamese } from '../../functions/lib/fold.ts';
import type { BotAnswer } from '../../functions/lib/bot.ts';
import type { Entry } from './corpus.ts';

export const CLASSES = ['helpful', 'fallback', 'wrong-topic', 'unhelpful-clarify', 'wrong'] as const;
export type JudgeClass = (typeof CLASSES)[number];
/** Good for the user: helpful, or an honest fallback with a pointer. */
export const GOOD: ReadonlySet<JudgeClass> = new Set(['helpful', 'fallback']);

export type Route = 'crisis' | 'harm' | 'answer' | 'legal' | 'clarify' | 'fallback';
/** The bot's answer, with the `route` field that the bot work may add. */
export type JudgedAnswer = BotAnswer & { route?: Route };

export interface JudgeEnv {
  /** ids of the crisis rules (build/bot.json `crisis`), used when the answer has no route */
  crisisIds: ReadonlySet<string>;
  /** ids of the harm rules (build/bot.json `harm`), used when the answer has no route */
  harmIds: ReadonlySet<string>;
  /** asks the bot a suggestion of a clarifying answer, in that answer's context */
  follow: (suggestion: string, context: BotAnswer['context']) => JudgedAnswer;
}

export interface Verdict {
  cls: JudgeClass;
  /** one line: why this class */
  why: string;
}

const LEGAL_HELP = 'trợ giúp pháp lý';
const CLARIFY = 'Bạn muốn hỏi về';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded text with runs of white space made one space. */
function norm(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}

/**
 * Whether `phrase` occurs in `text` as whole words, accents and case ignored
 * (foldVietnamese on both sides): "mien phi" matches "miễn phí", "phí" does not match "phía".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = norm(phrase);
  if (!p) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(p).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(norm(text));
}

/** The first of `phrases` found in `text`, if any. */
export function findPhrase(text: string, phrases: readonly string[] | undefined): string | undefined {
  return phrases?.find((p) => containsPhrase(text, p));
}

export function isCrisisAnswer(a: JudgedAnswer, env: Pick<JudgeEnv, 'crisisIds'>): boolean {
  return a.route !== undefined ? a.route === 'crisis' : a.intent !== null && env.crisisIds.has(a.intent);
}

export function isHarmAnswer(a: JudgedAnswer, env: Pick<JudgeEnv, 'harmIds'>): boolean {
  return a.route !== undefined ? a.route === 'harm' : a.intent !== null && env.harmIds.has(a.intent);
}

/** An honest fallback points somewhere: search results or hotlines, and at least three suggestions. */
export function hasPointer(a: BotAnswer): boolean {
  return (a.sources.length > 0 || a.hotlines.length > 0) && a.suggestions.length >= 3;
}

export function isLegalRoute(a: JudgedAnswer): boolean {
  return a.route === 'legal' || containsPhrase(a.answer, LEGAL_HELP);
}

export function isClarify(a: JudgedAnswer): boolean {
  return a.route !== undefined ? a.route === 'clarify' : !a.matched && containsPhrase(a.answer, CLARIFY);
}

/** Judges one answer. `answer` is what the bot said to the entry's question (or a variant of it). */
export function judge(entry: Entry, answer: JudgedAnswer, env: JudgeEnv): Verdict {
  const crisis = isCrisisAnswer(answer, env);
  // 1. A crisis: the hotline that fits must come first.
  if (entry.expect === 'crisis') {
    const first = answer.hotlines[0]?.number;
    if (crisis && first === entry.first) return { cls: 'helpful', why: `crisis answer, ${first} first` };
    if (crisis) return { cls: 'wrong-topic', why: `crisis answer, but ${first ?? 'no number'} first instead of ${entry.first}` };
    return { cls: 'wrong', why: `missed crisis (got ${routeName(answer, env)})` };
  }
  // 2. An ordinary question must never get a crisis or harm answer.
  if (crisis) return { cls: 'wrong', why: `false alarm: crisis answer ${answer.intent ?? ''}`.trim() };
  if (isHarmAnswer(answer, env)) return { cls: 'wrong', why: `false alarm: harm answer ${answer.intent ?? ''}`.trim() };
  // 3. Misleading words.
  const bad = findPhrase(answer.answer, entry.mustNot);
  if (bad) return { cls: 'wrong', why: `says "${bad}"` };
  // 4. Legal questions: the honest answer is a pointer to legal help.
  if (entry.expect === 'legal') {
    if (isLegalRoute(answer)) return { cls: 'helpful', why: 'routed to legal help' };
    if (!answer.matched && hasPointer(answer)) return { cls: 'fallback', why: 'no answer, with a pointer' };
    return { cls: 'wrong-topic', why: `answered ${routeName(answer, env)} instead of routing to legal help` };
  }
  // 5. Questions the portal has no source for: an honest fallback is right.
  if (entry.expect === 'decline') {
    if ((!answer.matched && hasPointer(answer)) || answer.route === 'legal' || answer.route === 'fallback') return { cls: 'fallback', why: 'honest fallback' };
    const hit = findPhrase(answer.answer, entry.mustAny);
    if (hit) return { cls: 'helpful', why: `contains "${hit}"` };
    return { cls: 'wrong-topic', why: `answered ${routeName(answer, env)} to a question the portal has no source for` };
  }
  // 6. Questions the portal can answer.
  if (isClarify(answer)) {
    for (const s of answer.suggestions) {
      const next = env.follow(s, answer.context);
      if (isCrisisAnswer(next, env) || isHarmAnswer(next, env) || findPhrase(next.answer, entry.mustNot)) continue;
      const hit = findPhrase(next.answer, entry.mustAny);
      if (hit) return { cls: 'helpful', why: `clarifying question; "${s}" leads to "${hit}"` };
    }
    return { cls: 'unhelpful-clarify', why: 'clarifying question; no suggestion leads to the answer' };
  }
  const hit = findPhrase(answer.answer, entry.mustAny);
  if (answer.matched && hit) return { cls: 'helpful', why: `contains "${hit}"` };
  if (!answer.matched && hasPointer(answer)) return { cls: 'fallback', why: 'no answer, with a pointer' };
  return { cls: 'wrong-topic', why: `answered ${routeName(answer, env)} without ${JSON.stringify(entry.mustAny ?? [])}` };
}

/** A short name of what the bot did, for the failure list. */
export function routeName(a: JudgedAnswer, env: Pick<JudgeEnv, 'crisisIds' | 'harmIds'>): string {
  if (a.route) return a.intent ? `${a.route}:${a.intent}` : a.route;
  if (isCrisisAnswer(a, env)) return `crisis:${a.intent}`;
  if (isHarmAnswer(a, env)) return `harm:${a.intent}`;
  if (a.matched) return `answer:${a.intent}`;
  if (isClarify(a)) return 'clarify';
  return 'fallback';
}
