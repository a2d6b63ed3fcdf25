/**
 * The topic of a piece of text, from the words it uses (folded). Used to file paragraphs
 * under the topics that search and the bot filter by.
 */
import { foldVietnamese } from './fold.ts';

/** The topics search and the bot filter by, as shown to people. */
export const TOPIC_LABEL: Readonly<Record<string, string>> = {
  'ma-tuy': 'Ma túy, cai nghiện',
  'mai-dam': 'Mại dâm',
  'mua-ban-nguoi': 'Mua bán người',
  'tuyen-truyen': 'Tuyên truyền, tập huấn',
  chung: 'Chung',
};

export const TOPIC_WORDS: Readonly<Record<string, RegExp>> = {
  'ma-tuy': /ma tuy|cai nghien|nghien|methadone?|sau cai/g,
  'mai-dam': /mai dam|ban dam|mua dam|giam ton thuong/g,
  'mua-ban-nguoi': /mua ban nguoi|bi mua ban|nan nhan|buon nguoi|nha nhan ai/g,
  'tuyen-truyen': /tuyen truyen|truyen thong|tap huan|dien dan|nang cao nhan thuc/g,
};

/** @example topicOf('Tổ chức 17 lớp tập huấn về cai nghiện ma túy') // 'ma-tuy' */
export function topicOf(text: string): string {
  const f = foldVietnamese(text);
  let best = 'chung';
  let bestCount = 0;
  for (const [topic, re] of Object.entries(TOPIC_WORDS)) {
    const n = f.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = topic;
      bestCount = n;
    }
  }
  return best;
}
