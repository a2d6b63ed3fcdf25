/**
 * The second line of crisis detection: reads danger by meaning, not by fixed phrases.
 * bot.ts asks it only when bot-safety.ts (the phrases of content/faq/rules.yaml) found
 * nothing. Its lexemes live in content/faq/danger.yaml, grouped in signal classes; it
 * answers with an existing crisis rule of rules.yaml, chosen by rule id.
 *
 * How it reads:
 * - the question is cut into words (fold.ts tokenize) and sentences; every lexeme of every
 *   class is found as whole words ("…" in a lexeme allows up to GAP words between);
 * - typed with accents (ACCENTED_SHARE of the words or more carry any), a lexeme matches
 *   only as typed (fold.ts accentKey: "bị bạn" is not "bị bán"); typed without accents, it
 *   matches on letters, a lexeme whose letters are listed in `ambiguous` ("bi ban": bị bán,
 *   bị bạn; "cho toi": chở tôi, cho tôi) counts for nothing, and a danger needs two kinds of
 *   support instead of one;
 * - a lexicon word of TYPO_MIN_LETTERS or more letters typed with two adjacent letters
 *   swapped ("Capmuchia") reads as the word; "P." or "S." (an abbreviated name) does not end
 *   a sentence;
 * - `except` phrases ("đánh giá", "cứu … khỏi nghiện") cancel the lexemes whose words they
 *   cover; a `negators` word just before a danger ("không bị đánh") cancels it;
 * - a crisis needs a DANGER class (captivity, moved, ransom, violence, psychosis, collapse,
 *   selfharm; `held` counts as captivity only when the story is abroad or at a workplace
 *   that holds people, the `abroad` / `labour` words) and, in the same or an adjacent
 *   sentence, support that it is happening to a real person now: `now`, `urgent`, `plea`,
 *   `person` or `threat` (with accents one of them; without accents two different ones, a
 *   second separate danger or a place abroad / workplace counting too, a plea counting twice,
 *   a danger listed `unmistakable` counting as one when one of the five is there);
 * - framing: a `law` word anywhere (penalty, procedure, a case in the news, "là gì", advice
 *   asked of a doctor or a lawyer) cancels every danger unless an `urgent` word or a `plea`
 *   is near it; a `hypothetical` word just before a danger in its sentence ("nếu", "có …
 *   không", "phòng tránh"; within HYPOTHETICAL_REACH words, or around it) or a `general`
 *   question earlier in it ("làm gì khi") cancels it unless `urgent`, `plea` or `threat` is near;
 *   a `treatment` word (a treatment facility, Công an xã) cancels being held or taken away
 *   unless an urgent word or a plea is near; a `cared` word (in hospital, under observation)
 *   after every danger of the story, with nothing urgent, no plea and no threat, makes the
 *   story past and cared for: no crisis (and the phrase rules' crisis is set aside, `framed`);
 * - the number first: a place abroad or a workplace that holds people (not after "nếu không…"
 *   in its sentence: "nếu không … sẽ bán sang Campuchia" is a threat) → 111; then collapse →
 *   115; self-harm → its rule; sold or forced (`sold`) → 111; ransom → 113; a danger with a
 *   mark of trafficking (told from afar `away`, wanting home `held`, strangers `captor` who hold
 *   or move and hurt) → 111; beaten by a `partner` with no such mark → 113; held → 111; a child hurt when nothing says
 *   "now" → 111 (child line); being taken away, violence, psychosis → 113. The hotlines of
 *   every route that applies follow, the first route's own first.
 *
 * Pure: no I/O. createDanger compiles the lexemes once, indexed by their first word. Per
 * question the work is linear in its words: each word looks up the lexemes starting with it;
 * a lexeme with g gaps tries at most (GAP + 1)^g placements.
 */
import { accentKey, foldVietnamese, tokenize } from './fold.ts';
import type { Rule, SafetyHit } from './bot-safety.ts';

export const DANGER_CLASSES = ['captivity', 'sold', 'held', 'moved', 'ransom', 'violence', 'psychosis', 'collapse', 'selfharm'] as const;
export const SUPPORT_CLASSES = ['now', 'urgent', 'plea', 'person', 'threat'] as const;
export const OTHER_CLASSES = ['abroad', 'labour', 'away', 'captor', 'partner', 'cared', 'child', 'minor', 'law', 'ask', 'hypothetical', 'general', 'treatment'] as const;
export type DangerClass = (typeof DANGER_CLASSES)[number];
export type SignalClass = DangerClass | (typeof SUPPORT_CLASSES)[number] | (typeof OTHER_CLASSES)[number];
export const SIGNAL_CLASSES: readonly SignalClass[] = [...DANGER_CLASSES, ...SUPPORT_CLASSES, ...OTHER_CLASSES];

/** content/faq/danger.yaml as the build compiles it (lexemes in accentKey form). */
export interface DangerLexicon {
  classes: Record<SignalClass, string[]>;
  except: string[];
  negators: string[];
  /** words and phrases without accents that stand for several common ones ("bi ban": bị bán, bị bạn) */
  ambiguous: string[];
  /** danger words and phrases that, even without accents, can only mean the danger ("giet": giết, "bat coc": bắt cóc) */
  unmistakable: string[];
  /** the crisis rule (content/faq/rules.yaml) that answers each route */
  rules: Record<Route, string>;
}
export type Route = 'abroad' | 'captivity' | 'collapse' | 'selfharm' | 'child' | 'ransom' | 'moved' | 'violence' | 'psychosis';
export const ROUTES: readonly Route[] = ['abroad', 'captivity', 'collapse', 'selfharm', 'child', 'ransom', 'moved', 'violence', 'psychosis'];

/** Most words allowed where a lexeme has "…". */
export const GAP = 3;
/** Below this share of words with accents, a question is read as typed without accents. */
export const ACCENTED_SHARE = 0.25;
/** How many words before a danger a hypothetical word still frames it (or it encloses the danger: "có … không"). */
export const HYPOTHETICAL_REACH = 5;
/** Words between a negator and the danger it cancels ("không hề bị đánh"). */
const NEGATION_FILLER = new Set(['bi', 'duoc', 'co', 'he', 'ai', 'con', 'phai']);

interface Word {
  a: string;
  f: string;
  /** up to GAP words may stand before this word */
  gapBefore: boolean;
}
interface Lexeme {
  text: string;
  cls: SignalClass | 'except';
  words: Word[];
  /** the words without accents, as `ambiguous` lists them */
  plain: string;
}
interface Tok {
  a: string;
  f: string;
  sentence: number;
}
interface Match {
  lexeme: Lexeme;
  first: number;
  last: number;
  sentence: number;
}

const SENTENCE_END = /[.!?;\n…]/;

/** The words of a lexeme; "…" marks where words may stand between. */
export function lexemeWords(text: string): Word[] {
  const out: Word[] = [];
  text.split('…').forEach((part, i) => {
    tokenize(part).forEach((t, j) => out.push({ a: accentKey(t.text), f: foldVietnamese(t.text), gapBefore: i > 0 && j === 0 }));
  });
  return out;
}

/** Words this long are recognised with two adjacent letters swapped ("Capmuchia"). */
export const TYPO_MIN_LETTERS = 6;

/** The spellings of a word with two adjacent letters swapped (none for short words). */
function swaps(word: string): string[] {
  const l = [...word];
  if (l.length < TYPO_MIN_LETTERS) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < l.length; i++) {
    if (l[i] === l[i + 1]) continue;
    const c = [...l];
    [c[i], c[i + 1]] = [l[i + 1]!, l[i]!];
    out.push(c.join(''));
  }
  return out;
}

function tokensOf(question: string, typos: Map<string, string>): { toks: Tok[]; accented: boolean } {
  const toks: Tok[] = [];
  let sentence = 0;
  let marked = 0;
  let prevEnd = 0;
  let lastText = '';
  for (const t of tokenize(question)) {
    // "P. đi", "Thằng S. giết": an abbreviated name does not end a sentence.
    const abbreviation = /^\p{Lu}$/u.test(lastText);
    if (SENTENCE_END.test(question.slice(prevEnd, t.start)) && !abbreviation) sentence++;
    prevEnd = t.end;
    lastText = t.text;
    // Plain ASCII letters have no accents to keep or fold.
    const ascii = /^[\x00-\x7f]*$/.test(t.text);
    const a0 = ascii ? t.text.toLowerCase() : accentKey(t.text);
    const f0 = ascii ? a0 : foldVietnamese(t.text);
    if (a0 !== f0) marked++;
    // A long lexicon word typed with two letters swapped reads as the word.
    const a = typos.get(a0) ?? a0;
    const f = typos.get(f0) ?? f0;
    toks.push({ a, f, sentence });
  }
  return { toks, accented: marked > 0 && marked >= ACCENTED_SHARE * toks.length };
}

/** Last position of the lexeme placed from token i, or -1; words in the same sentence. */
function matchAt(toks: Tok[], i: number, words: Word[], accented: boolean): number {
  const same = (t: Tok, w: Word) => (accented ? t.a === w.a : t.f === w.f);
  const s = toks[i]!.sentence;
  const walk = (k: number, prev: number): number => {
    if (k === words.length) return prev;
    const w = words[k]!;
    const reach = w.gapBefore ? GAP + 1 : 1;
    for (let j = prev + 1; j <= prev + reach && j < toks.length && toks[j]!.sentence === s; j++) {
      if (!same(toks[j]!, w)) continue;
      const end = walk(k + 1, j);
      if (end >= 0) return end;
    }
    return -1;
  };
  return same(toks[i]!, words[0]!) ? walk(1, i) : -1;
}

export interface DangerHit extends SafetyHit {
  /** the classes that decided, for tests and editors */
  classes: SignalClass[];
}

export function createDanger(data: { crisis: Rule[]; danger: DangerLexicon }) {
  const lex = data.danger;
  const byId = new Map(data.crisis.map((r) => [r.id, r]));
  for (const route of ROUTES) {
    if (!byId.has(lex.rules[route])) throw new Error(`danger: route ${route}: no crisis rule "${lex.rules[route]}"`);
  }
  const byFirst = new Map<string, Lexeme[]>();
  const add = (l: Lexeme) => {
    if (!l.words.length) return;
    const k = l.words[0]!.f;
    const list = byFirst.get(k);
    if (list) list.push(l);
    else byFirst.set(k, [l]);
  };
  const lexeme = (text: string, cls: Lexeme['cls']): Lexeme => {
    const words = lexemeWords(text);
    return { text, cls, words, plain: words.map((w) => w.f).join(' ') };
  };
  for (const cls of SIGNAL_CLASSES) for (const text of lex.classes[cls] ?? []) add(lexeme(text, cls));
  for (const text of lex.except) add(lexeme(text, 'except'));
  // Every long word of the lexicon, and its spellings with two adjacent letters swapped, unless
  // such a spelling is itself a word of the lexicon.
  const known = new Set([...byFirst.values()].flat().flatMap((l) => l.words.flatMap((w) => [w.a, w.f])));
  const typos = new Map<string, string>();
  for (const w of known) for (const v of swaps(w)) if (!known.has(v) && !typos.has(v)) typos.set(v, w);
  // The longest reach of a hypothetical lexeme, in words.
  const hypoSpan = Math.max(0, ...(lex.classes.hypothetical ?? []).map((t) => lexemeWords(t).reduce((n, w) => n + 1 + (w.gapBefore ? GAP : 0), 0)));
  const negators = lex.negators.map((n) => ({ a: accentKey(n), f: foldVietnamese(n) }));
  const ambiguous = new Set(lex.ambiguous.map((w) => foldVietnamese(w)));
  const unmistakable = new Set((lex.unmistakable ?? []).map((w) => foldVietnamese(w)));
  const isDanger = (c: SignalClass | 'except'): c is DangerClass => (DANGER_CLASSES as readonly string[]).includes(c);

  // check(), framed() and abroadHit() are asked about the same question in turn: read it once.
  let lastQuestion: string | undefined;
  let lastReading: ReturnType<typeof readNow> | undefined;
  function read(question: string) {
    if (question !== lastQuestion || !lastReading) [lastQuestion, lastReading] = [question, readNow(question)];
    return lastReading;
  }

  /** Every lexeme found in the question (after except phrases and negators), and a look-up by class. */
  function readNow(question: string) {
    const { toks, accented } = tokensOf(question, typos);
    const all: Match[] = [];
    for (let i = 0; i < toks.length; i++) {
      for (const l of byFirst.get(toks[i]!.f) ?? []) {
        const last = matchAt(toks, i, l.words, accented);
        if (last < 0) continue;
        if (!accented && ambiguous.has(l.plain)) continue;
        all.push({ lexeme: l, first: i, last, sentence: toks[i]!.sentence });
      }
    }
    // Except phrases cancel the lexemes they overlap, unless the lexeme contains the whole except.
    const excepts = all.filter((m) => m.lexeme.cls === 'except');
    const negated = (m: Match) => {
      for (let j = m.first - 1, filler = 0; j >= 0 && toks[j]!.sentence === m.sentence && filler <= 2; j--) {
        const t = toks[j]!;
        if (negators.some((n) => (accented ? t.a === n.a : t.f === n.f))) return true;
        if (!NEGATION_FILLER.has(t.f)) return false;
        filler++;
      }
      return false;
    };
    const hits = all.filter(
      (m) =>
        m.lexeme.cls !== 'except' &&
        !excepts.some((e) => e.first <= m.last && e.last >= m.first && !(m.first <= e.first && m.last >= e.last)) &&
        !(isDanger(m.lexeme.cls) && negated(m)),
    );
    // A frame word whose first word lies inside a danger lexeme belongs to it ("không biết có được về").
    // Positions inside a danger lexeme: a frame word starting there belongs to it ("không biết có được về").
    const covered = new Uint8Array(toks.length);
    for (const d of hits) if (isDanger(d.lexeme.cls)) covered.fill(1, d.first, d.last + 1);
    const frame = (cls: SignalClass) => cls === 'law' || cls === 'ask' || cls === 'hypothetical' || cls === 'general' || cls === 'treatment';
    const byClass = new Map<SignalClass, Match[]>();
    const of = (cls: SignalClass) => {
      let list = byClass.get(cls);
      if (!list) byClass.set(cls, (list = hits.filter((m) => m.lexeme.cls === cls && !(frame(cls) && covered[m.first]))));
      return list;
    };
    // Per sentence, where the first of some positions stands.
    const firstIn = (positions: number[]) => {
      const out = new Map<number, number>();
      for (const i of positions) if (!out.has(toks[i]!.sentence)) out.set(toks[i]!.sentence, i);
      return out;
    };
    // A place abroad inside a threat ("nếu không … sẽ bán sang Campuchia": "otherwise…") says
    // where the person might be taken, not where they are.
    const otherwise = firstIn(toks.flatMap((t, i) => (t.f === 'neu' && toks[i + 1]?.f === 'khong' && t.sentence === toks[i + 1]!.sentence ? [i] : [])));
    const placed = (cls: 'abroad' | 'labour') => of(cls).some((a) => !((otherwise.get(a.sentence) ?? Infinity) < a.first));
    const inCountry = !placed('abroad');
    /** after "nếu không" in its sentence: what will happen otherwise, a threat */
    const threatened = (m: Match) => (otherwise.get(m.sentence) ?? Infinity) < m.first;
    // Told as past and cared for: a hospital or observation word (`cared`) comes after every
    // danger of the story ("bị đánh … ở bệnh viện …, phải ở lại theo dõi"), and nothing is
    // urgent, a plea or a threat. A danger after it ("nhập viện, giờ anh ta dọa giết") is now.
    const caredAt = Math.min(...of('cared').map((m) => m.first));
    const past =
      Number.isFinite(caredAt) &&
      hits.every((m) => !isDanger(m.lexeme.cls) || m.first < caredAt) &&
      !(['urgent', 'plea', 'threat'] as const).some((c) => of(c).length > 0);
    return { toks, accented, hits, of, firstIn, abroad: !inCountry || placed('labour'), inCountry, threatened, past };
  }

  /**
   * For a crisis only the phrase rules saw: the abroad route's hit when the story names a place
   * abroad (not inside a threat), so combineHits puts 111 first (113 cannot be dialled from
   * abroad; 111 takes trafficking reports, FACTS.md). A workplace alone does not move the number.
   */
  function abroadHit(question: string): DangerHit | null {
    if (read(question).inCountry) return null;
    const rule = byId.get(lex.rules.abroad)!;
    return { route: 'crisis', rule, hotlines: rule.hotlines, phrases: [], classes: ['abroad'] };
  }

  /**
   * The question is about danger in general, not a danger happening now, or about a person
   * already in hospital or under care (`cared`) with nothing urgent. bot.ts uses it to set
   * aside a phrase rule's crisis ("Bắt cóc trẻ em phải chịu hình phạt gì?") when check() sees
   * none. True when there is a `law` word (penalty, procedure, definition, a case in the news)
   * or a `general` question ("làm gì khi", "cách đối phó", "nếu chẳng may"); no word anywhere
   * that says now, urgent, a plea or a threat; and no one of the writer's own named (a
   * `person` of two words or more: "Con tôi bị bắt cóc, luật xử lý thế nào?" is a child in
   * danger first). Addressing a doctor or a lawyer (`ask`) and "what if" words
   * (`hypothetical`: "lo", "nếu") do not count: a parent's story of a danger now often carries
   * them. This is lighter than check()'s own framing per danger: tried on the held-out split,
   * that one set aside two real crises to spare two false alarms, and a missed crisis costs more.
   */
  function framed(question: string): boolean {
    const { of, past } = read(question);
    // Already in hospital or under care, and nothing urgent, no plea, no threat: a past
    // assault told for what to do next ("…ở bệnh viện…, phải ở lại theo dõi").
    if (past) return true;
    // "con tôi", "gia đình", "bố mẹ": someone of the writer's own (a `person` of two words or more).
    const own = of('person').some((m) => m.lexeme.words.length > 1);
    if (own) return false;
    const frame = of('law').length > 0 || of('general').length > 0;
    return frame && !(['now', 'urgent', 'plea', 'threat'] as const).some((c) => of(c).length > 0);
  }

  /** @param explain receives one line listing what was found, for editors and tests */
  function check(question: string, explain?: (line: string) => void): DangerHit | null {
    const { toks, accented, hits, of, firstIn, abroad, threatened, past } = read(question);
    explain?.(`${accented ? 'accented' : 'plain'}: ${hits.map((m) => `${m.lexeme.cls}:${m.lexeme.text}@${m.first}`).join(' | ')}`);
    const dangers = hits.filter((m) => isDanger(m.lexeme.cls));
    if (!dangers.length || past) return null;

    // Per class, the sentences it occurs in; per sentence, where its first general question and
    // its first "nếu không" stand: every test below is then a constant-time look-up.
    const sentences = new Map<SignalClass, Set<number>>();
    const near = (m: Match, cls: SignalClass) => {
      let set = sentences.get(cls);
      if (!set) sentences.set(cls, (set = new Set(of(cls).map((x) => x.sentence))));
      return set.has(m.sentence - 1) || set.has(m.sentence) || set.has(m.sentence + 1);
    };
    const law = of('law').length > 0 || of('ask').length > 0;
    const treatment = of('treatment').length > 0;
    // Hypothetical words by the position they start at.
    const hypoAt = new Map<number, Match[]>();
    for (const h of of('hypothetical')) hypoAt.set(h.first, [...(hypoAt.get(h.first) ?? []), h]);
    const hypoBefore = (d: Match) => {
      for (let i = d.first - 1; i >= 0 && i >= d.first - HYPOTHETICAL_REACH - hypoSpan && toks[i]!.sentence === d.sentence; i--) {
        if (hypoAt.get(i)?.some((h) => d.first - h.last <= HYPOTHETICAL_REACH || h.last >= d.last)) return true;
      }
      return false;
    };
    const general = firstIn(of('general').map((g) => g.first));
    // Without accents, a second, separate danger anywhere in the story confirms.
    const lastStart = Math.max(...dangers.map((o) => o.first));
    const firstEnd = Math.min(...dangers.map((o) => o.last));
    const kept = dangers.filter((d) => {
      if (d.lexeme.cls === 'held' && !abroad) return false;
      const urgent = near(d, 'urgent') || near(d, 'plea');
      const framed = hypoBefore(d) || (general.get(d.sentence) ?? Infinity) < d.first;
      if (law && !urgent) return false;
      // Held or taken away in treatment is the legal process.
      if (treatment && !urgent && (d.lexeme.cls === 'captivity' || d.lexeme.cls === 'held' || d.lexeme.cls === 'moved')) return false;
      if (framed && !urgent && !near(d, 'threat')) return false;
      const support = new Set<string>(SUPPORT_CLASSES.filter((c) => near(d, c)).map((c) => (c === 'urgent' ? 'now' : c)));
      if (accented) return support.size >= 1;
      if (near(d, 'abroad') || near(d, 'labour')) support.add('abroad');
      if (lastStart > d.last || firstEnd < d.first) support.add('danger');
      // A cry for help ("cuu me", "cuu voi": its one-word form is ambiguous and never matches
      // without accents) is the strongest sign that it is happening now: it counts twice.
      if (support.has('plea')) support.add('plea, again');
      // A danger that without accents can still only mean itself ("em bi nguoi yeu nhot") needs
      // one sign that it happens to someone now (a person, now, a plea, a threat), as with accents;
      // a second danger or a place is not that sign ("Soc ma tuy giet nguoi nhanh nhu the nao?").
      if (unmistakable.has(d.lexeme.plain) && SUPPORT_CLASSES.some((c) => near(d, c))) support.add('unmistakable');
      return support.size >= 2;
    });
    if (!kept.length) return null;

    // "nếu không … sẽ bán con tôi qua Campuchia": a threat to sell is a demand under threat.
    const classes = new Set<SignalClass>(kept.map((d) => (d.lexeme.cls === 'sold' && threatened(d) ? 'ransom' : (d.lexeme.cls as DangerClass))));
    const nowSaid = kept.some((d) => near(d, 'now') || near(d, 'urgent') || near(d, 'plea') || near(d, 'threat'));
    // A child named, or a child's world (a stepfather, classmates, school: `minor`).
    const child = of('child').length > 0 || of('minor').length > 0;
    // What marks trafficking rather than violence at home (111 first, FACTS.md): the story is
    // told from afar (`away`: "điện về", "liên lạc không được", "chở con về"), or someone wants
    // to go home (`held` words), or a group of strangers (`captor`: "họ", "bọn", "người lạ")
    // both holds or moves and hurts the person.
    const captive = classes.has('captivity') || classes.has('held') || classes.has('moved');
    const captors = of('captor').length > 0 && captive && classes.has('violence');
    // In a treatment facility ("ở trại cai, nó gọi về…") the call home is not a sign of it.
    const trafficking = !treatment && (of('away').length > 0 || of('held').length > 0 || captors);
    const routes: Route[] = [];
    if (abroad) routes.push('abroad');
    if (classes.has('collapse')) routes.push('collapse');
    if (classes.has('selfharm')) routes.push('selfharm');
    if (classes.has('sold')) routes.push('captivity');
    if (classes.has('ransom')) routes.push('ransom');
    if (trafficking && (captive || classes.has('violence'))) routes.push('captivity');
    // Locked in and beaten by a husband or partner (`partner`) with nothing that marks
    // trafficking: violence at home, 113 first.
    const partner = of('partner').length > 0;
    if (classes.has('violence') && partner && !trafficking && !abroad && !(child && !nowSaid)) routes.push('violence');
    if (classes.has('captivity') || classes.has('held')) routes.push('captivity');
    if (child && classes.has('violence') && !nowSaid) routes.push('child');
    if (classes.has('moved')) routes.push('moved');
    if (classes.has('violence')) routes.push('violence');
    if (classes.has('psychosis')) routes.push('psychosis');
    const rules = [...new Set(routes.map((r) => lex.rules[r]))].map((id) => byId.get(id)!);
    const rule = rules[0]!;
    const hotlines = [...new Set(rules.flatMap((r) => r.hotlines))];
    return {
      route: 'crisis',
      rule,
      hotlines,
      phrases: [...new Set(kept.map((d) => d.lexeme.text))],
      classes: [...classes, ...(abroad ? (['abroad'] as const) : []), ...(child ? (['child'] as const) : []), ...(trafficking ? (['away'] as const) : [])],
    };
  }

  return { check, framed, abroadHit };
}

/**
 * Which reading answers when the phrase rules (bot-safety) and this reader both see a crisis.
 * The phrase rules answer, except when they would send the person to 113 first while this
 * reader sends them to 111 because they are abroad, in a workplace that holds people, sold
 * or forced to work, marry or sell sex (`sold`), or the story carries a mark of trafficking
 * (check() then lists `away` among its classes): 113 cannot be dialled from abroad, and 111 takes
 * trafficking reports (FACTS.md), as danger.yaml's routes say. The other reading's numbers
 * follow, so 113 is still there. `number` turns a hotline id into the number dialled.
 * @example combineHits(safety113Hit, abroadHit, n) // abroadHit's rule, hotlines 111, then 113…
 */
export function combineHits<T extends { route: string; hotlines: string[] }>(
  first: T | null,
  second: (T & { classes?: readonly string[] }) | null,
  number: (id: string) => string | undefined,
): T | null {
  if (!first) return second;
  if (!second || first.route !== 'crisis') return first;
  const trafficking = second.classes?.some((c) => c === 'abroad' || c === 'sold' || c === 'away');
  const switched = trafficking && number(first.hotlines[0] ?? '') === '113' && number(second.hotlines[0] ?? '') === '111';
  return switched ? { ...second, hotlines: [...new Set([...second.hotlines, ...first.hotlines])] } : first;
}
