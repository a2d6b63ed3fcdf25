/**
 * Words the bot reads for slots (province, year, topic, detail) and ignores when
 * comparing questions. All folded (see fold.ts).
 */

/** Function words that carry no topic: ignored when matching a question to an intent. */
export const STOP = new Set(
  ('toi ban minh em anh chi co chu ong ba con chau thi la co khong gi nao o dau cua va cac nhung nay do kia duoc bi cho voi ' +
    'the sao vay a a oi nhe nha di roi ma neu khi de tu den tren trong ngoai ra vao lai cung da dang se hay hoac ' +
    'muon can xin hoi cau hoi biet giup vui long lam on please what how where is the a of to in for about').split(' '),
);

export const PROVINCES: ReadonlyArray<{ words: RegExp; slug: string; name: string }> = [
  { words: /\bquang ninh\b/, slug: 'quang-ninh-2022', name: 'Quảng Ninh' },
  { words: /\blao cai\b/, slug: 'lao-cai-2020', name: 'Lào Cai' },
  { words: /\bninh thuan\b/, slug: 'ninh-thuan-2023', name: 'Ninh Thuận' },
  { words: /\bhung yen\b/, slug: 'hung-yen-2021', name: 'Hưng Yên' },
  { words: /\bson la\b/, slug: 'son-la-2021-2025', name: 'Sơn La' },
];

/** The words that only name a plan: its province's syllables and a year. */
export const PLACE_WORDS = new Set(PROVINCES.flatMap((p) => p.words.source.replace(/\\b/g, '').split(' ')));
export const isPlaceWord = (w: string) => PLACE_WORDS.has(w) || /^20\d\d$/.test(w);

/** Words that ask for a figure without saying which one: ignored when matching targets. */
export const FIGURE_QUESTION_WORDS = new Set('bao nhieu chi tieu so luong muc ket qua nam tinh ke hoach'.split(' '));

export const TOPIC_SLOTS: ReadonlyArray<{ words: RegExp; topic: string }> = [
  { words: /\b(ma tuy|cai nghien|nghien|methadone?|drug|rehab)\b/, topic: 'ma-tuy' },
  { words: /\b(mai dam|ban dam|mua dam|prostitution)\b/, topic: 'mai-dam' },
  { words: /\b(mua ban nguoi|buon nguoi|nan nhan|trafficking)\b/, topic: 'mua-ban-nguoi' },
];

export type Detail = 'signer' | 'code' | 'issued' | 'period' | 'issuer' | 'status';
export const DETAIL_SLOTS: ReadonlyArray<{ words: RegExp; detail: Detail }> = [
  { words: /\b(ai ky|nguoi ky|ky ten|signed|signer)\b/, detail: 'signer' },
  { words: /\b(so hieu|so van ban|ma van ban|so ke hoach)\b/, detail: 'code' },
  { words: /\b(ngay ban hanh|ban hanh ngay|ban hanh khi nao|ngay ky|ky ngay|ngay nao)\b/, detail: 'issued' },
  { words: /\b(thoi gian thuc hien|thoi han|giai doan|hieu luc|con hieu luc|het han|ap dung den)\b/, detail: 'period' },
  { words: /\b(co quan ban hanh|ai ban hanh|don vi ban hanh|noi ban hanh)\b/, detail: 'issuer' },
];

/** Markers of a follow-up that reuses the previous question's intent: "còn Quảng Ninh thì sao?" */
export const FOLLOW_UP = /^(con|the con|vay con|con o|con tinh|con nam|the|vay|va|o)\b|\b(thi sao|the nao|ra sao|nua)\s*$/;

/**
 * Words of the plans' own domain. A figure question ("bao nhiêu…") is only answered from
 * the targets when it names one of these or a province: "giá vàng bao nhiêu" is not ours.
 */
export const DOMAIN = /\b(ma tuy|cai nghien|nghien|methadone?|mai dam|ban dam|mua ban nguoi|nan nhan|tuyen truyen|truyen thong|tap huan|dien dan|diem tu van|doi cong tac|tinh nguyen|kiem tra lien nganh|178|xa phuong|lanh manh|can bo|co so|hoc vien|sau cai|hoa nhap|day nghe|viec lam|dia ban|chuyen hoa|benh nhan|ho so|drug|rehab|trafficking|prostitution|to dan|chi tieu|ke hoach)\b/;
