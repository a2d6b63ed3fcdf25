/**
 * Crisis and harm detection, checked before any other matching of the bot.
 *
 * Reads Vietnamese as people type it (the phrases live in content/faq/rules.yaml):
 * - whole words only; up to MAX_GAP words may stand between the words of a phrase
 *   ("bị người ta lừa bán"), never across the end of a sentence;
 * - a question typed with accents is read on the accents typed (NFC or NFD, tuý or túy
 *   alike, via accentKey): "bị bạn" is not "bị bán", and a plain "danh" is not "đánh";
 * - a question typed without accents (fewer than ACCENTED_SHARE of its words carry any) is
 *   read on its letters only, so every match in it is weak;
 * - a `pattern` typed with its accents triggers on its own, unless the question asks about a
 *   procedure or the law (signals.procedure). A weak match needs more: an urgent word
 *   (signals.urgent), a context word of the rule within CONTEXT_REACH words, or a second,
 *   separate danger phrase;
 * - a `withContext` phrase ("cứu tụi em") counts only with a context word of its rule near it;
 * - a `severe` phrase is unmistakable even without accents or inside a question about the
 *   law, and triggers on its own (without accents, only when its words are adjacent);
 * - a danger phrase just after a word of signals.hypothetical ("có bị giữ lại lâu không?",
 *   "sợ bị lừa", "không bị đánh"), or after a general question (signals.general: "làm gì
 *   khi…") in the same sentence, does not count, unless an urgent word is there, or, after a
 *   general question, the person speaks of their own (signals.personal: "con tôi");
 * - `except` phrases ("đánh giá", "bị mua bán") block the words they cover for every phrase
 *   of the rule that does not itself contain them; "…" in an except allows words between;
 * - a word of SWAP_MIN_LETTERS letters or more that no phrase knows, but that becomes a known
 *   word when two adjacent inner letters are swapped back, is read as that word (one typo);
 * - `weakWhen`: words that make the rule read the question as one about a procedure (its
 *   plain patterns then need more, as above);
 * - `deferWhen`: when one of these words is present and a later rule also triggers, the later
 *   rule answers first (locked up abroad: 111 before 113).
 * Rules are tried in their order; the first that triggers answers, and the hotlines of the
 * others that triggered follow its own.
 *
 * Pure: no I/O. Phrases arrive normalised by the build (scripts/lib/bot-data.ts), which also
 * checks every rule's examples and counterexamples with this module; createSafety indexes them
 * once at start, by first word. Per question the work is linear in its words: the question is
 * normalised once; each word looks up the phrases that start with it (a phrase is tried only if
 * all its words occur in the question), and a phrase of k words (k <= MAX_PHRASE_WORDS) tries at
 * most (MAX_GAP + 1)^(k-1) placements and never more than MAX_TRIES, stopping at the first
 * adjacent one. The shared signals
 * are read only when a danger phrase was found. No regular expression is built from content.
 */
import { accentKey, foldVietnamese, tokenize } from './fold.ts';
import type { Source } from './bot.ts';

/** A crisis or harm rule as compiled by the build: phrases in accentKey form. */
export interface Rule {
  id: string;
  /** danger phrases: trigger when typed with accents, outside a procedure question */
  patterns: string[];
  /** unmistakable phrases: trigger even without accents or inside a procedure question */
  severe: string[];
  /** danger phrases that count only with a context word of the rule near them */
  withContext: string[];
  /** words that, near a weak match, confirm it ("Campuchia", "hộ chiếu") */
  context: string[];
  /** phrases whose words never count for this rule unless the phrase itself contains them; "…" allows words between */
  except: string[];
  /** words that make a later triggered rule answer first */
  deferWhen: string[];
  /** words that make this rule read the question as one about a procedure ("cơ sở cai nghiện") */
  weakWhen: string[];
  answer: string;
  hotlines: string[];
  sources: Source[];
  suggestions: string[];
}

/** Phrases shared by all rules. */
export interface SafetySignals {
  /** danger now: confirms a weak match and overrides procedure, hypothetical and general context */
  urgent: string[];
  /** a question about a procedure or the law: weak matches need more context */
  procedure: string[];
  /** single words that make the phrase right after them hypothetical or negated */
  hypothetical: string[];
  /** a general question ("làm gì khi"): danger phrases after it in the sentence are examples, not events */
  general: string[];
  /** the person speaks of their own ("con tôi"): a general question is about a real case */
  personal: string[];
}

export type SafetyRoute = 'crisis' | 'harm';

export interface SafetyHit {
  route: SafetyRoute;
  rule: Rule;
  /** hotline ids: the rule's own first, then those of the other crisis rules that triggered */
  hotlines: string[];
  /** the phrases of the answering rule that matched, for tests and debugging */
  phrases: string[];
}

/** Most words allowed between two words of a phrase. */
export const MAX_GAP = 3;
/** How far (in words) a rule's context word may be from its danger phrase. */
export const CONTEXT_REACH = 20;
/** How far before a (non-severe) danger phrase a hypothetical word still counts. */
export const HYPOTHETICAL_REACH = 2;
/** Below this share of words with accents, a question is read as typed without accents. */
export const ACCENTED_SHARE = 0.25;
/** Most placements tried for one phrase at one word (a hard bound on any question). */
export const MAX_TRIES = 64;
/** Longest phrase, in words (checked by the build). */
export const MAX_PHRASE_WORDS = 8;

interface Word {
  a: string;
  f: string;
  /** the word has diacritics (a differs from f) */
  marked: boolean;
}
type Kind = 'pattern' | 'severe' | 'needs' | 'context' | 'defer' | 'weak' | 'urgent' | 'procedure' | 'general' | 'personal';
interface Phrase {
  text: string;
  words: Word[];
  kind: Kind;
  /** index of the rule in the combined list, or -1 for shared signals */
  rule: number;
  /** except phrases of the rule that this phrase does not contain */
  blockedBy: Except[];
}
interface Except {
  words: Word[];
  gap: number;
}
interface Tok extends Word {
  sentence: number;
}
interface Match {
  phrase: Phrase;
  first: number;
  last: number;
  positions: number[];
  /** read on accents typed (not a plain-letters match) */
  exact: boolean;
  /** the words are adjacent */
  tight: boolean;
}

const SENTENCE_ENDS = /[.!?;\n…]+/g;
/** Words after "có" that introduce someone ("có người gắn chíp"): then "có" asks nothing. */
const SOMEONE = new Set(['nguoi', 'ke', 'ai', 'dua', 'bon', 'nhom', 'thang', 'may']);

const isDangerKind = (k: Kind) => k === 'pattern' || k === 'severe' || k === 'needs';

/** Word keys of a text, as the matcher reads them; the build checks phrases with it too. */
export function phraseWords(text: string): Word[] {
  return tokenize(text).map((t) => {
    const a = accentKey(t.text);
    const f = foldVietnamese(t.text);
    return { a, f, marked: a !== f };
  });
}

function tokensOf(question: string): { toks: Tok[]; accented: boolean } {
  // Normalise the whole question once (per-word normalising is the costly part). Folding NFC
  // Vietnamese keeps every character in place (ế -> e, đ -> d), so a word's folded form is
  // read at the same offsets; for any other text, each word is folded on its own.
  const keyed = accentKey(question);
  const folded = foldVietnamese(keyed);
  const aligned = folded.length === keyed.length;
  const ends: number[] = [];
  for (const m of keyed.matchAll(SENTENCE_ENDS)) ends.push(m.index);
  const toks: Tok[] = [];
  let sentence = 0;
  let e = 0;
  let marked = 0;
  for (const t of tokenize(keyed)) {
    while (e < ends.length && ends[e]! < t.start) {
      e++;
      sentence++;
    }
    const a = t.text;
    const f = aligned ? folded.slice(t.start, t.end) : foldVietnamese(a);
    if (a !== f) marked++;
    toks.push({ a, f, marked: a !== f, sentence });
  }
  return { toks, accented: marked > 0 && marked >= ACCENTED_SHARE * toks.length };
}

/** Shortest word (in letters) read through one swap of two adjacent inner letters. */
export const SWAP_MIN_LETTERS = 5;
/**
 * Longest word tried for a swap. A Vietnamese syllable has at most 7 letters and the place
 * names of the phrases ("Campuchia") fewer than 12; without a cap one crafted 2,000-letter
 * word costs 2,000 copies of itself (seconds of CPU).
 */
export const SWAP_MAX_LETTERS = 12;

/**
 * A word of 5 or more letters that no phrase knows, but that becomes a known word when two
 * adjacent inner letters are swapped back, is read as that word (one typo, as in "ngờưi").
 * First and last letters stay; at most (letters - 3) tries.
 */
function repairSwap(t: Tok, knownA: Set<string>, knownF: Set<string>): void {
  if (t.a.length < SWAP_MIN_LETTERS || t.a.length > SWAP_MAX_LETTERS || knownA.has(t.a) || knownF.has(t.f)) return;
  const fix = (word: string, known: Set<string>): string | null => {
    const l = [...word];
    for (let i = 1; i + 2 < l.length; i++) {
      if (l[i] === l[i + 1]) continue;
      const s = [...l];
      [s[i], s[i + 1]] = [l[i + 1]!, l[i]!];
      const c = s.join('');
      if (known.has(c)) return c;
    }
    return null;
  };
  const a = fix(t.a, knownA);
  if (a) {
    t.a = a;
    t.f = foldVietnamese(a);
    return;
  }
  const f = fix(t.f, knownF);
  if (f && !t.marked) t.a = t.f = f;
}

/** One placement of a phrase: token positions, and whether they are adjacent. */
interface Placement {
  positions: number[];
  tight: boolean;
}

/**
 * Where the words of a phrase occur from token i on, each at most `gap` words after the
 * previous one and in the same sentence. Read on accents (`accented`): a word must carry
 * the phrase word's accents exactly; read on letters: the folded forms must be equal.
 * Prefers an adjacent placement. At most (gap + 1) tries per following word.
 */
function matchAt(toks: Tok[], i: number, words: Word[], gap: number, accented: boolean): Placement | null {
  const t0 = toks[i]!;
  if (!(accented ? t0.a === words[0]!.a : t0.f === words[0]!.f)) return null;
  if (words.length === 1) return { positions: [i], tight: true };
  const positions = new Array<number>(words.length);
  positions[0] = i;
  let best: Placement | null = null;
  let budget = MAX_TRIES;
  const walk = (k: number, prev: number, tight: boolean): boolean => {
    if (--budget < 0) return true;
    if (k === words.length) {
      if (!best || tight) best = { positions: positions.slice(), tight };
      return tight;
    }
    const w = words[k]!;
    const end = Math.min(toks.length - 1, prev + 1 + gap);
    for (let j = prev + 1; j <= end; j++) {
      const t = toks[j]!;
      if (t.sentence !== t0.sentence) break;
      if (accented ? t.a !== w.a : t.f !== w.f) continue;
      positions[k] = j;
      if (walk(k + 1, j, tight && j === prev + 1)) return true;
    }
    return false;
  };
  walk(1, i, true);
  return best;
}

export function createSafety(data: { crisis: Rule[]; harm: Rule[]; signals: SafetySignals }) {
  const rules = [...data.crisis.map((r) => ({ r, route: 'crisis' as const })), ...data.harm.map((r) => ({ r, route: 'harm' as const }))];
  // Phrases by their first word (folded): danger phrases, then the signals, read only when a
  // danger phrase was found (most questions stop after the first pass).
  const dangerByFirst = new Map<string, Phrase[]>();
  const signalByFirst = new Map<string, Phrase[]>();
  const add = (p: Phrase) => {
    const map = isDangerKind(p.kind) ? dangerByFirst : signalByFirst;
    const k = p.words[0]!.f;
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  };
  const key = (ws: Word[]) => ` ${ws.map((w) => w.f).join(' ')} `;
  rules.forEach(({ r }, i) => {
    const excepts = r.except
      .map((e) => {
        const words = phraseWords(e);
        return { words, gap: e.includes('…') ? MAX_GAP : 0, key: key(words) };
      })
      .filter((e) => e.words.length > 0);
    const lists: [string[], Kind][] = [
      [r.patterns, 'pattern'],
      [r.severe, 'severe'],
      [r.withContext, 'needs'],
      [r.context, 'context'],
      [r.deferWhen, 'defer'],
      [r.weakWhen, 'weak'],
    ];
    for (const [list, kind] of lists) {
      for (const text of list) {
        const words = phraseWords(text);
        if (!words.length) continue;
        const k = key(words);
        add({ text, words, kind, rule: i, blockedBy: excepts.filter((e) => !k.includes(e.key)) });
      }
    }
  });
  const shared: [string[], Kind][] = [
    [data.signals.urgent, 'urgent'],
    [data.signals.procedure, 'procedure'],
    [data.signals.general, 'general'],
    [data.signals.personal, 'personal'],
  ];
  for (const [list, kind] of shared) {
    for (const text of list) {
      const words = phraseWords(text);
      if (words.length) add({ text, words, kind, rule: -1, blockedBy: [] });
    }
  }
  // Every word of every phrase, to read a word with two letters swapped ("ngờưi", "Capmuchia").
  const knownA = new Set<string>();
  const knownF = new Set<string>();
  for (const list of [...dangerByFirst.values(), ...signalByFirst.values()]) {
    for (const p of list) {
      for (const w of p.words) {
        knownA.add(w.a);
        knownF.add(w.f);
      }
    }
  }
  const hypothetical = new Set(data.signals.hypothetical.map((h) => accentKey(h).trim()));
  // Read on letters only, a hypothetical word counts only if it has no accents to lose ("khi");
  // "chong" may be "chống" or "chồng", "co" may be "có" or "cô".
  const hypotheticalPlain = new Set(data.signals.hypothetical.filter((h) => accentKey(h) === foldVietnamese(h)).map((h) => h.trim()));

  /** @param explain receives one line listing every phrase found, for editors and tests */
  function check(question: string, explain?: (line: string) => void): SafetyHit | null {
    const { toks, accented } = tokensOf(question);
    for (const t of toks) repairSwap(t, knownA, knownF);
    const isHypothetical = (t: Tok) => (accented ? hypothetical.has(t.a) : hypotheticalPlain.has(t.f));
    // Positions covered by each except phrase, found once per question and only when needed.
    const blockedCache = new Map<Except, Set<number>>();
    const blocked = (e: Except) => {
      let s = blockedCache.get(e);
      if (!s) {
        s = new Set<number>();
        for (let i = 0; i < toks.length; i++) {
          const m = toks[i]!.f === e.words[0]!.f ? matchAt(toks, i, e.words, e.gap, accented) : null;
          if (m) for (const pos of m.positions) s.add(pos);
        }
        blockedCache.set(e, s);
      }
      return s;
    };
    // A phrase can only match if all its words occur somewhere in the question.
    const present = new Set(toks.map((t) => t.f));
    const viable = new Map<Phrase, boolean>();
    const hits: Match[] = [];
    const find = (byFirst: Map<string, Phrase[]>) => {
      for (let i = 0; i < toks.length; i++) {
        for (const p of byFirst.get(toks[i]!.f) ?? []) {
          let ok = viable.get(p);
          if (ok === undefined) viable.set(p, (ok = p.words.every((w) => present.has(w.f))));
          if (!ok) continue;
          const m = matchAt(toks, i, p.words, MAX_GAP, accented);
          if (!m) continue;
          if (p.blockedBy.some((e) => m.positions.some((pos) => blocked(e).has(pos)))) continue;
          // Read on letters only, a signal must be adjacent words, and one short word signals
          // nothing: "so" may be sợ, sở or số, "dao" may be dao or dạo. Longer foreign words
          // ("facebook", "campuchia") still count.
          if (!accented && !isDangerKind(p.kind) && (!m.tight || (p.words.length === 1 && (p.words[0]!.marked || p.words[0]!.f.length < 5)))) continue;
          hits.push({ phrase: p, first: i, last: m.positions[m.positions.length - 1]!, positions: m.positions, exact: accented, tight: m.tight });
        }
      }
    };
    find(dangerByFirst);
    if (!hits.length) {
      explain?.('');
      return null;
    }
    find(signalByFirst);
    explain?.(hits.map((m) => `${m.phrase.kind}:${m.phrase.rule >= 0 ? rules[m.phrase.rule]!.r.id + ':' : ''}${m.phrase.text}@${m.first}${m.tight ? '' : '~'}`).join(' | '));
    const isDanger = (m: Match) => isDangerKind(m.phrase.kind);
    if (!hits.some(isDanger)) return null;

    const hypotheticalBefore = (m: Match) => {
      const reach = m.phrase.kind === 'severe' ? 1 : HYPOTHETICAL_REACH;
      const sentence = toks[m.first]!.sentence;
      for (let j = m.first - 1; j >= 0 && j >= m.first - reach && toks[j]!.sentence === sentence; j--) {
        if (isHypothetical(toks[j]!) && !(j + 1 < m.first && SOMEONE.has(toks[j + 1]!.f))) return true;
      }
      // Nor may the words skipped inside the phrase end with one ("con tôi sợ bị đánh").
      for (let k = 1; k < m.positions.length; k++) {
        const pos = m.positions[k]!;
        if (pos > m.positions[k - 1]! + 1 && isHypothetical(toks[pos - 1]!)) return true;
      }
      return false;
    };
    const urgent = hits.some((m) => m.phrase.kind === 'urgent' && !hypotheticalBefore(m));
    const procedure = hits.some((m) => m.phrase.kind === 'procedure');
    // Per sentence: where its first general question ends, and whether the person speaks of their own.
    const generalEnd = new Map<number, number>();
    const personal = new Set<number>();
    for (const g of hits) {
      const sentence = toks[g.first]!.sentence;
      if (g.phrase.kind === 'general') generalEnd.set(sentence, Math.min(generalEnd.get(sentence) ?? Infinity, g.last));
      if (g.phrase.kind === 'personal') personal.add(sentence);
    }
    const afterGeneral = (m: Match) => {
      const sentence = toks[m.first]!.sentence;
      return (generalEnd.get(sentence) ?? Infinity) < m.first && !personal.has(sentence);
    };
    // Overlapping danger phrases share the fate of the leftmost: in "không bị lừa bán" the
    // "lừa bán" inside is negated too.
    const candidates = hits.filter(isDanger).sort((x, y) => x.first - y.first || y.last - x.last);
    const danger: Match[] = [];
    let cluster: Match | null = null;
    let clusterEnd = -1;
    let clusterOk = false;
    for (const m of candidates) {
      if (!cluster || m.first > clusterEnd) {
        cluster = m;
        clusterOk = urgent || !(hypotheticalBefore(m) || afterGeneral(m));
      }
      clusterEnd = Math.max(clusterEnd, m.last);
      if (clusterOk && (urgent || !hypotheticalBefore(m))) danger.push(m);
    }
    if (!danger.length) return null;
    // Separate danger phrases: spans that do not overlap.
    let spans = 0;
    let end = -1;
    for (const m of [...danger].sort((x, y) => x.first - y.first)) {
      if (m.first > end) spans++;
      end = Math.max(end, m.last);
    }
    const twoSignals = spans >= 2;
    // Context words count only outside the danger phrases ("đá" of "ngáo đá" confirms nothing).
    const inDanger = new Set(danger.flatMap((m) => m.positions));
    const contexts = hits.filter((c) => c.phrase.kind === 'context' && !c.positions.some((pos) => inDanger.has(pos)));

    const triggered: number[] = [];
    const phrasesOf = new Map<number, string[]>();
    for (let i = 0; i < rules.length; i++) {
      const mine = danger.filter((m) => m.phrase.rule === i);
      if (!mine.length) continue;
      if (rules[i]!.route === 'harm' && procedure && !urgent) continue;
      const context = contexts.filter((c) => c.phrase.rule === i);
      const contextNear = (m: Match) => context.some((c) => c.first <= m.last + CONTEXT_REACH && c.last >= m.first - CONTEXT_REACH);
      const severe = (m: Match) => m.phrase.kind === 'severe' && (m.exact || m.tight);
      const framed = hits.some((w) => w.phrase.kind === 'weak' && w.phrase.rule === i);
      // A question about the law needs more than the words of a danger: a severe phrase, an
      // urgent word or the rule's context. In the rule's weakWhen frame (treatment, police), a
      // phrase typed with accents needs a second danger phrase too, as a weak one does.
      const enough = (m: Match) =>
        m.phrase.kind === 'needs' ? contextNear(m) : severe(m) || urgent || contextNear(m) || (!procedure && (twoSignals || (m.exact && !framed)));
      if (mine.some(enough)) {
        triggered.push(i);
        phrasesOf.set(i, mine.map((m) => m.phrase.text));
      }
    }
    if (!triggered.length) return null;
    // A rule steps back behind the later rules that also triggered when one of its deferWhen words is present.
    const deferred = (i: number) => triggered.some((j) => j > i && rules[j]!.route === 'crisis') && hits.some((m) => m.phrase.kind === 'defer' && m.phrase.rule === i);
    const ordered = [...triggered.filter((i) => !deferred(i)), ...triggered.filter(deferred)];
    const first = ordered[0]!;
    const { r, route } = rules[first]!;
    const hotlines = route === 'crisis' ? [...new Set(ordered.filter((i) => rules[i]!.route === 'crisis').flatMap((i) => rules[i]!.r.hotlines))] : r.hotlines;
    return { route, rule: r, hotlines, phrases: phrasesOf.get(first)! };
  }

  return { check };
}
