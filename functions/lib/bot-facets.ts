/**
 * What a question is about, read from its folded text in three parts: the topic (drugs,
 * with meth or opioids told apart; prostitution; trafficking; campaigns; a plan; the
 * portal), the needs (what, where, how, cost, how long, who is subject, what happens next,
 * figures, legal, signs), in the order the question raises them, and the slots (province,
 * year, district). No single word decides: the bot combines these with the intents.
 * Every pattern here is folded (foldVietnamese) and matched on whole words.
 */

export type Topic = 'drugs' | 'prostitution' | 'trafficking' | 'campaign' | 'plan' | 'portal';
export type Need = 'legal' | 'emergency' | 'cost' | 'duration' | 'who' | 'next' | 'how' | 'where' | 'what' | 'figures' | 'signs' | 'discrepancy';

export interface Facets {
  topics: Topic[];
  /** the drug named, when it decides the answer: methadone is for opioids, not for ma túy đá */
  drug?: 'meth' | 'opioids';
  /** compulsory or voluntary treatment named */
  mode?: 'compulsory' | 'voluntary';
  /** after-care named ("sau cai") */
  afterCare: boolean;
  /** methadone or substitution treatment named */
  methadone: boolean;
  needs: Need[];
  /** a strong legal marker (penalty, crime, prison, a case): route to legal pointers */
  legal: 'strong' | 'weak' | null;
  /** a question the portal has no source for (fee amounts, doses, addresses, reductions...) */
  unsourced: string | null;
}

// Folded text is ASCII letters and digits (foldVietnamese), so \b is a whole-word boundary here,
// and much cheaper on a 2,000-character story than Unicode classes.
const re = (s: string) => new RegExp(`\\b(?:${s})\\b`);

const TOPIC_WORDS: ReadonlyArray<[Topic, RegExp]> = [
  ['drugs', re('ma tuy|chet trang|(?<!cai )nghien(?! (?:game|dien thoai|ruou|bia|mang|internet|facebook|tiktok|thuoc la|co bac|danh bac|mua sam))|cai nghien(?! (?:game|dien thoai|ruou|bia|mang|internet|facebook|tiktok|thuoc la|co bac|danh bac|mua sam))|chat cam|heroin|thuoc phien|ma tuy da|hang da|ngao da|thuoc lac|can sa|methadone?|meth|drugs?|rehab|chat gay nghien|xi ke|hut chich|tiem chich')],
  ['prostitution', re('mai dam|ban dam|mua dam|gai goi|gai mai dam|moi gioi mai dam|prostitution|sex work')],
  ['trafficking', re('mua ban nguoi|buon nguoi|buon ban nguoi|bi ban|bi mua ban|nan nhan|trafficking')],
  ['campaign', re('thang hanh dong|ngay toan dan|ngay the gioi|ngay quoc te|26/6|30/7|1/12|chien dich|lich')],
  ['plan', re('ke hoach|chi tieu|phu bieu|so lieu|van ban|quang ninh|lao cai|ninh thuan|hung yen|son la')],
  ['portal', re('trang nay|cong thong tin|trang web|tro ly|chatbot|bot|du lieu|json|csv')],
];

const METH = re('ma tuy da|hang da|ngao da|dap da|choi da|hut da|meth|methamphetamine|ma tuy tong hop|thuoc lac');
const OPIOIDS = re('heroin|thuoc phien|chat dang thuoc phien|opioids?|morphin|bach phien');
const METHADONE = re('methadone?|dieu tri thay the|thuoc thay the');
const COMPULSORY = re('bat buoc|cai bat buoc|trai cai|compulsory');
const VOLUNTARY = re('tu nguyen|tu muon (?:di )?cai|tu di cai|tu giac (?:di )?cai|(?:cai|cai nghien)(?: ma tuy)? (?:tai|o) (?:gia dinh|nha|cong dong)|voluntary');
const AFTER_CARE = re('sau cai|quan ly sau cai|tai nghien|cai xong|cai nghien xong|da cai nghien|da cai xong');

/** Needs and the words that raise them; order of appearance in the question sets priority. */
const NEED_WORDS: ReadonlyArray<[Need, RegExp]> = [
  ['emergency', re('soc thuoc|soc ma tuy|qua lieu|ngo doc|bat tinh|co giat|ngung tho|khong tho|ao giac|hung hang|dap pha|ngao da|len con')],
  ['cost', re('tien|hoan canh kho khan|ho ngheo|chi phi|kinh phi|mat phi|le phi|dong phi|tra phi|phi|mien phi|ton kem|ton|ai tra|ai chi tra|dong gop|ho tro kinh phi|mat bao nhieu|bao nhieu tien|cost|fee|free|pay')],
  ['duration', re('bao lau|may thang|may nam|bao nhieu thang|bao nhieu nam|keo dai|(?<!trong )thoi gian|thoi han|toi thieu|(?:thoi gian|giam|keo dai|cai|duoc) toi da|toi da (?:la )?(?:bao|may)|how long')],
  ['who', re('truong hop nao|nhung truong hop|ai phai|doi tuong nao|ai bi|khi nao (?:thi )?(?:phai|bi)|bi dua (?:di|vao)|dua vao (?:co so|trai)|ai quan ly|ai chiu trach nhiem|tu bao nhieu tuoi|who')],
  ['next', re('sau do|roi sao|se the nao|se ra sao|duong tinh|sau khi xet nghiem|co bi lo|giu kin|cong khai|quan ly mot nam|quan ly 1 nam|bi quan ly|what happens')],
  ['signs', re('dau hieu|bieu hien|co phai (?:la )?(?:dang )?(?:dung|nghien|choi|hut)|nghi (?:ngo )?(?:la )?(?:dung|nghien|choi|hut)|lam sao biet|thay doi tinh tinh|signs?')],
  ['how', re('lam gi|lam sao|lam the nao|phai lam|nen lam|thu tuc|quy trinh|bat dau|bao cho ai|bao ai|bao (?:cho )?cong an|lien he|khai bao|dua (?:\\S+ )?di cai|dang ky|giup (?:\\S+ )?cai|cach nao|huong dan|how')],
  ['where', re('o dau|cho nao|noi nao|dia chi|co so nao|where')],
  ['what', re('la gi|la thuoc gi|dung de lam gi|la sao|nghia la|duoc quy dinh|quy dinh (?:nhu )?the nao|what is')],
  ['figures', re('bao nhieu|chi tieu|so luong|ty le|con so|so lieu|tong so|how many')],
  ['discrepancy', re('khong khop|sai lech|chenh lech|khong cong|cong khong|lech|mau thuan|sai so|khong dung so|do not add up')],
];

/** Penalties, crimes, cases: never answered, routed to legal help. */
const LEGAL_STRONG = re(
  'che tai|bi (?:xu )?phat|xu phat|muc phat|phat (?:tien|tu|bao nhieu|the nao|nhu the nao|ra sao)|phat tu|muc an|an tu|an treo|toi danh|pham toi|bi xu ly|xu ly (?:the nao|nhu the nao|ra sao|hinh su)|hinh su|truy cuu|ngoi tu|co bi (?:di )?tu|di tu (?:khong|hay khong|ko)|bi bat (?:giam|tam giam)|tam giam|tang tru|van chuyen trai phep|to tung|khoi to|luat su|khoi kien|kien tung|tranh chap|ly hon|ly di|quyen nuoi con|duoc hieu (?:nhu the nao|the nao|la gi)|hanh vi nao|bi (?:di )?tu|truc xuat|tro giup phap ly|ho tro phap ly|quyen va nghia vu',
);
/** Legal words that only matter when nothing else is asked. */
const LEGAL_WEAK = re('quyen loi|phap luat|dung quy dinh|trai phap luat|vi pham|hop phap|theo luat|(?:duoc )?quy dinh (?:nhu )?the nao|chinh sach cua nha nuoc');
/** "tội" folds to "toi", as "tôi" and "tối" do: read it on the accents typed, or in a phrase that can only mean it. */
const TOI_ACCENTED = /(?:^|[^\p{L}\p{N}])tội(?![\p{L}\p{N}])(?!\s+phạm)/u;
const TOI_FOLDED = re('toi (?:gi|mua ban|tang tru|van chuyen|moi gioi|chua chap|to chuc|san xuat|su dung trai phep|lam nhuc|giet)|bi (?:ket|khep) toi');
const HAS_MARKS = /[\u0300-\u036f\u0111\u0110]/;
/** "Cai nghiện bắt buộc có phải là đi tù không" asks what it is, not a penalty. */
const NOT_PRISON = re('co phai (?:la )?(?:bi )?(?:di )?(?:o )?(?:tu|phat|xu phat|hinh phat)');

/** Questions for details the portal has no source for: declined honestly, never guessed. */
const UNSOURCED: ReadonlyArray<[string, RegExp]> = [
  ['fee', re('muc phi|bao nhieu tien|gia bao nhieu|het bao nhieu|mat bao nhieu|dong bao nhieu|so tien|bang gia')],
  ['address', re('dia chi|so dien thoai cua (?:co so|trung tam)|gan nha (?:toi|em|minh)|o gan')],
  ['reduction', re('giam thoi gian|giam thoi han|rut ngan|giam han|mien chap hanh|hoan chap hanh|tam dinh chi|khong ap dung')],
  ['visit', re('tham gap|tham nuoi|gap (?:nguoi )?than nhan|duoc tham|gui do')],
  ['remedy', re('thay lang|thuoc nam|thuoc bac|bai thuoc|cai bang thuoc|nha chua|phong mach')],
  ['document', re('cong van (?:so )?\\d+')],
  ['substance', /^(?:cho (?:toi|em|minh) hoi:? )?(?:ma tuy da|can sa|thuoc lac|heroin|ma tuy tong hop|chat cam|ma tuy) (?:la gi|la chat gi|la loai gi|co phai (?:la )?ma tuy)|\b(?:nhung|cac|cac|may) loai ma tuy\b|\bloai ma tuy nao\b|\btac hai (?:cua|gi)\b/],
  // HIV tests and treatment are medical questions: the plans name HIV work, never its medicine.
  ['health', re('hiv duong tinh|xet nghiem hiv|ket qua xet nghiem hiv|prep|arv|phoi nhiem|lay nhiem hiv|lay hiv|thuoc khang (?:vi rut|virus)')],
  // How long a drug stays in the body, or withdrawal lasts: medical, no source.
  ['withdrawal', re('bao lau thi het|bao lau thi thai|bao lau thi sach|thai (?:ra )?het|ton tai trong (?:co the|nuoc tieu|mau)|hoi chung cai|vat thuoc')],
  ['prevention', re('phong ngua|tranh xa|phong tranh|de (?:tre|con|chau) khong (?:dung|sa vao|nghien|bi du do)')],
  ['opinion', re('co nen(?! (?:bao|lam|dua|di|dang ky|noi|giu))|nen hay khong|nghia la van nen')],
  ['why', re('vi sao|tai sao|yeu to (?:gi|nao)|nguyen nhan (?:gi|nao|do dau)|do dau ma')],
  // Addiction to games, phones or alcohol, with no drug named: the plans are about drugs.
  ['other', /^(?!.*\b(?:ma tuy|heroin|thuoc phien|hang da|thuoc lac|can sa|methadone)\b).*\bnghien (?:game|choi game|dien thoai|internet|mang xa hoi|facebook|tiktok|ruou|bia|co bac|danh bac)\b/],
  // Someone who left a treatment facility without leave: the portal has no source on what follows.
  ['escape', re('tron trai|tron khoi (?:trai|co so|trung tam)|bo tron khoi (?:trai|co so|trung tam)|(?:hoc vien|nguoi cai nghien) bo tron')],
  ['stop', re('ngung (?:dung|uong|dieu tri)|bo methadone|cai methadone|thoi (?:dung|uong)')],
];

/** `folded`: foldVietnamese of the text; `typed`: the same text lower-cased with its accents (NFC), to tell "tội" from "tôi". */
export function readFacets(folded: string, typed = ''): Facets {
  const topics = TOPIC_WORDS.filter(([, r]) => r.test(folded)).map(([t]) => t);
  const positions: { need: Need; at: number }[] = [];
  for (const [need, r] of NEED_WORDS) {
    const m = r.exec(folded);
    if (m) positions.push({ need, at: m.index });
  }
  positions.sort((a, b) => a.at - b.at);
  const toi = HAS_MARKS.test(typed.normalize('NFD')) ? TOI_ACCENTED.test(typed) : TOI_FOLDED.test(folded);
  const legalStrong = (LEGAL_STRONG.test(folded) || toi) && !NOT_PRISON.test(folded);
  const legal = legalStrong ? 'strong' : LEGAL_WEAK.test(folded) ? 'weak' : null;
  const needs = positions.map((p) => p.need);
  if (legal) needs.unshift('legal');
  return {
    topics,
    drug: METH.test(folded) ? 'meth' : OPIOIDS.test(folded) ? 'opioids' : undefined,
    mode: COMPULSORY.test(folded) ? 'compulsory' : VOLUNTARY.test(folded) ? 'voluntary' : undefined,
    afterCare: AFTER_CARE.test(folded),
    methadone: METHADONE.test(folded),
    needs: [...new Set(needs)],
    legal,
    unsourced: UNSOURCED.find(([, r]) => r.test(folded))?.[0] ?? null,
  };
}

/**
 * Words that decide a question, for repairing a swapped-letter typo ("nghệin", "Nhgiện",
 * "trờưng" fold to anagrams of "nghien", "truong"). Folded; four letters or more.
 */
const KEY_WORDS = 'nghien phong ngua tranh truong nguoi methadone nguyen buoc thuoc hinh thuc chuoc dieu khong duong tien quan xet nghiem dang hoach chieu'.split(' ');
const sortedLetters = (w: string) => [...w].sort().join('');
const BY_LETTERS = new Map(KEY_WORDS.map((w) => [sortedLetters(w), w]));

/**
 * The folded text with swapped-letter typos of the key words repaired. `known` tells words
 * that are right as typed (the bot's vocabulary): those are never changed.
 */
export function repairTypos(folded: string, known: (w: string) => boolean): string {
  return folded.replace(/[a-z]{4,}/g, (w) => {
    if (known(w)) return w;
    return BY_LETTERS.get(sortedLetters(w)) ?? w;
  });
}
