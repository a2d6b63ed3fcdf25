/**
 * Turns a plan's original text (content/sources/*) into numbered blocks with stable ids.
 * Ids come from the order of paragraphs in the source ("p-12" is the 12th paragraph of the
 * plan's body), never from the rendered page, so links and citations survive redesigns.
 * Pure: no file access; scripts/ and the Worker both call it.
 */

export interface Correction {
  /** paragraph id, e.g. "p-9" */
  paragraph: string;
  /** the text exactly as in the source */
  original: string;
  /** the corrected text published instead */
  corrected: string;
}

export interface TableColumn {
  key: string;
  /** the column header, words exactly as in the source */
  label: string;
  /** the parent header (merged cell) it sits under, if any */
  group?: string;
  /** the sub-header under label, e.g. "Bắt buộc" */
  sub?: string;
}

/**
 * A column's full header, parent first: "Cai nghiện tập trung… – Cơ sở… số 1 tỉnh – Bắt buộc".
 * @example columnLabel({ key: 'x', group: 'A', label: 'B', sub: 'C' }, ' / ') // 'A / B / C'
 */
export function columnLabel(c: TableColumn, sep = ' – '): string {
  return [c.group, c.label, c.sub].filter(Boolean).join(sep);
}

export interface TableSpec {
  /** 1-based source lines of the table, inclusive */
  lines: [number, number];
  /** the line where the first data row (its STT cell) starts */
  firstRow: number;
  columns: TableColumn[];
}

export interface TextSpec {
  /** 1-based source lines of the plan text, inclusive */
  body: [number, number];
  table?: TableSpec;
  corrections: Correction[];
}

export type BlockKind = 'title' | 'heading' | 'item' | 'letter' | 'bullet' | 'para' | 'table';

export interface TableRow {
  stt: string | null;
  name: string;
  /** cells exactly as published ("1.600"); null where the source leaves the cell empty */
  cells: (string | null)[];
}

export interface Block {
  id: string;
  kind: BlockKind;
  /** numbering as printed: "II", "2.4", "a", "-", "+" */
  marker: string | null;
  /** the published text (corrections applied), including its marker */
  text: string;
  /** the same text before corrections */
  original: string;
  /** source line numbers the block came from (more than one where a broken line was joined) */
  lines: number[];
  /** human label of where the block sits, for citations: "mục I.2.4", "điểm b mục 1.2" */
  section: string;
  table?: { columns: TableColumn[]; rows: TableRow[] };
}

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s*/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+/;
const LETTER = /^([a-zđ])\)\s+/;
const BULLET = /^([-+•])\s*/;
const UPPER_START = /^[\p{Lu}\d"“(*[]/u;

/** Strip the web copy's table pipes, markdown asterisks are kept (they are listed corrections). */
function cleanLine(raw: string): string {
  return raw.replace(/\s*\|\s*$/, '').replace(/\s+/g, ' ').trim();
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function classify(text: string): { kind: BlockKind; marker: string | null } {
  let m: RegExpMatchArray | null;
  if ((m = text.match(ROMAN))) return { kind: 'heading', marker: m[1] ?? null };
  if ((m = text.match(NUMBERED)) && !/^\d+\s*\/|^\d+\s*\)/.test(text)) return { kind: 'item', marker: m[1] ?? null };
  if ((m = text.match(LETTER))) return { kind: 'letter', marker: m[1] ?? null };
  if ((m = text.match(BULLET))) return { kind: 'bullet', marker: m[1] ?? null };
  if (isAllCaps(text)) return { kind: 'title', marker: null };
  return { kind: 'para', marker: null };
}

/**
 * Split the source into blocks.
 * @example parsePlanText("a\n\nI. MỤC TIÊU\n1. Chung", {body:[1,4], corrections:[]})
 *   // [{id:'p-1',kind:'para'}, {id:'p-2',kind:'heading',marker:'I'}, {id:'p-3',kind:'item',marker:'1'}]
 */
export function parsePlanText(source: string, spec: TextSpec): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  const tableFrom = spec.table?.lines[0] ?? Infinity;
  const tableTo = spec.table?.lines[1] ?? -Infinity;
  let roman: string | null = null;
  let item: string | null = null;
  let letter: string | null = null;

  const push = (b: Omit<Block, 'id' | 'section' | 'original'>) => {
    const id = `p-${blocks.length + 1}`;
    blocks.push({ ...b, id, original: b.text, section: '' });
  };

  for (let ln = spec.body[0]; ln <= spec.body[1]; ln++) {
    if (ln >= tableFrom && ln <= tableTo) {
      if (ln === tableFrom && spec.table) pushTable(lines, spec.table, push);
      continue;
    }
    const text = cleanLine(lines[ln - 1] ?? '');
    if (!text || /^[-–—_=]{3,}$/.test(text)) continue;
    const prev = blocks[blocks.length - 1];
    // A line that starts in the middle of a sentence (lower case, not "a) ") continues the
    // paragraph the source broke in two.
    if (prev && prev.kind !== 'table' && !UPPER_START.test(text) && !LETTER.test(text) && !BULLET.test(text)) {
      prev.text = `${prev.text} ${text}`;
      prev.original = prev.text;
      prev.lines.push(ln);
      continue;
    }
    const { kind, marker } = classify(text);
    push({ kind, marker, text, lines: [ln] });
  }

  // Section labels, from the numbering the source itself uses.
  for (const b of blocks) {
    if (b.kind === 'heading') {
      roman = b.marker;
      item = null;
      letter = null;
    } else if (b.kind === 'item') {
      item = b.marker;
      letter = null;
    } else if (b.kind === 'letter') {
      letter = b.marker;
    } else if (b.kind === 'title') {
      // A title in capitals (signature block, annex caption) closes the numbered sections.
      roman = item = letter = null;
    }
    const itemLabel = item ? `mục ${roman ? `${roman}.` : ''}${item}` : roman ? `mục ${roman}` : '';
    b.section = b.kind === 'letter' || (letter && b.kind === 'bullet')
      ? `điểm ${letter} ${itemLabel}`.trim()
      : itemLabel;
  }

  applyCorrections(blocks, spec.corrections);
  return blocks;
}

function pushTable(
  lines: string[],
  spec: TableSpec,
  push: (b: Omit<Block, 'id' | 'section' | 'original'>) => void,
): void {
  // Caption lines (title, "Kèm theo …") are blocks of their own, so they can be cited.
  let ln = spec.lines[0];
  for (; ln < spec.firstRow; ln++) {
    const text = cleanLine(lines[ln - 1] ?? '');
    if (!text) continue;
    if (/^(STT|\|+)$/.test(text) || /\|/.test(lines[ln - 1] ?? '')) break;
    push({ kind: isAllCaps(text) ? 'title' : 'para', marker: null, text, lines: [ln] });
  }
  // Cells: one per line, "value |"; a line that is only "|" ends a row.
  const rows: TableRow[] = [];
  let cur: string[] = [];
  const width = spec.columns.length;
  const tableLines: number[] = [];
  for (ln = spec.firstRow; ln <= spec.lines[1]; ln++) {
    const raw = (lines[ln - 1] ?? '').trim();
    if (!raw) continue;
    tableLines.push(ln);
    if (/^\|+$/.test(raw)) {
      if (cur.length) {
        const [first, second, ...rest] = cur;
        const hasStt = /^\d+$/.test(first ?? '');
        const name = hasStt ? (second ?? '') : (first ?? '');
        const vals = hasStt ? rest : cur.slice(1);
        const cells: (string | null)[] = Array.from({ length: width }, (_, i) => vals[i] ?? null);
        rows.push({ stt: hasStt ? (first ?? null) : null, name, cells });
      }
      cur = [];
      continue;
    }
    cur.push(cleanLine(raw));
  }
  push({
    kind: 'table',
    marker: null,
    text: rows.map((r) => [r.stt ?? '', r.name, ...r.cells.map((c) => c ?? '')].join(' ')).join('\n'),
    lines: tableLines,
    table: { columns: spec.columns, rows },
  });
}

function applyCorrections(blocks: Block[], corrections: Correction[]): void {
  for (const c of corrections) {
    const b = blocks.find((x) => x.id === c.paragraph);
    if (!b) throw new Error(`correction: paragraph ${c.paragraph} does not exist: check the id in the plan's corrections`);
    if (!b.text.includes(c.original)) {
      throw new Error(`correction: "${c.original}" does not occur in ${c.paragraph}: copy the original text exactly`);
    }
    b.text = b.text.replace(c.original, c.corrected);
  }
}
