/**
 * The third line of safety: a check-in, not an alarm. When neither the phrase rules
 * (bot-safety.ts) nor the danger reader (bot-danger.ts) sees a crisis, a word-weight model
 * trained on the real messages of the corpus's tune split (test/real-questions/tune, by
 * scripts/train-check-in.ts into content/faq/check-in.json) scores how much the question reads
 * like someone in danger. Above the model's threshold the bot still gives its ordinary answer,
 * but puts one line first ("Nếu bạn hoặc người thân đang gặp nguy hiểm ngay lúc này…") with
 * 113, 111 and 115. Word lists miss most crisis messages they were not written from; this model,
 * cross-validated by source page on the tune split, read far more of them as danger, at the
 * price of also scoring some worried family stories high. Hence a line, never a crisis answer.
 *
 * Features: the words and pairs of adjacent words of the question, without accents (fold.ts),
 * so typed with or without accents the score is the same. Naive Bayes log-odds, summed over
 * the features the model knows and divided by the square root of their number.
 * Pure: no I/O; linear in the words (at most MAX_WORDS are read).
 */
import { foldVietnamese, tokenize } from './fold.ts';

export interface CheckInModel {
  /** log-odds of the prior (crisis vs ordinary messages in the training split) */
  prior: number;
  /** a score above this puts the line first */
  threshold: number;
  /** feature → log-odds weight (crisis vs ordinary), rounded */
  weights: Record<string, number>;
}

/**
 * A question with fewer known features is divided as if it had this many: a short question
 * ("Ai ký kế hoạch Quảng Ninh?") is not scored high on two or three words that happened to
 * occur in a few crisis messages ("ninh" of Ninh Bình).
 */
export const MIN_KNOWN = 9;

/** Words read; a longer story is scored on its first MAX_WORDS words (the bot reads up to 400 tokens). */
export const MAX_WORDS = 400;

/** The distinct features of a question: folded words and adjacent pairs ("bi_nhot"). */
export function checkInFeatures(question: string): string[] {
  const words = tokenize(question)
    .slice(0, MAX_WORDS)
    .map((t) => foldVietnamese(t.text));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
  }
  return [...out];
}

export function createCheckIn(model: CheckInModel) {
  const weights = new Map(Object.entries(model.weights));
  /**
   * The score of a question: prior plus the weights of the distinct features the model knows,
   * divided by the square root of how many it knows (at least MIN_KNOWN), so that a long story
   * is not scored high only for being long, nor a short question for a word or two.
   */
  function score(question: string): number {
    let s = model.prior;
    let known = 0;
    for (const f of checkInFeatures(question)) {
      const w = weights.get(f);
      if (w === undefined) continue;
      s += w;
      known++;
    }
    return s / Math.sqrt(Math.max(MIN_KNOWN, known));
  }
  return { score, check: (question: string) => score(question) > model.threshold };
}
