/**
 * The PDF of an official document in the format of GB/T 9704-2012 (党政机关公文格式), issue 12.
 *
 * Pure and deterministic: the same record gives the same bytes (no clock, no random IDs: the PDF's dates come from the
 * record's 成文日期, its file ID from its info). The fonts are embedded as subsets (documents/fonts.ts).
 *
 * The page (GB/T 9704-2012 §5, §7):
 * - A4; 版心 156 × 225 mm, 37 mm from the top and 28 mm from the left; 22 lines of 28 characters of 3号 (16 pt) text,
 *   so a line of the grid is 225/22 mm and a character cell 156/28 mm (a CJK character is centred in its cell);
 * - 版头: the red 发文机关标志 35 mm below the top of the 版心 (a bold Song face, condensed to fit the text width);
 *   two lines below it the 发文字号, centred — for 上行文 left with one character's indent, the 签发人 right with one,
 *   on the line of the last signers (two names a line); the red 分隔线 the text width, 4 mm below the 发文字号;
 * - 主体: the title (2号, 22 pt, bold) two lines below the 分隔线, centred, long titles broken into balanced lines; one
 *   blank line, then 主送机关 flush left ending with a full-width colon; 正文 paragraphs indented two characters;
 *   附件说明 one line below, indented two characters ("附件：1．…", continuation lines under the first name); two
 *   blank lines (room for the seal), then the 发文机关署名 centred over the 成文日期, which stands four characters
 *   from the right; 附注 on the next line, indented two characters, in parentheses;
 * - 版记 at the bottom of the last page (a new page when it does not fit): 抄报 and 抄送 in 4号 (14 pt), one
 *   character in from either side, continuation lines under the first organ; the 印发机关 left and the 印发日期 right;
 *   the first and the last rule thick (0.35 mm), the rule above the 印发 line thin (0.25 mm); the last rule lies on the
 *   bottom edge of the 版心;
 * - page numbers "— 1 —" in 4号 Song-style half-width digits, 7 mm below the 版心, right for odd pages and left for
 *   even pages, one character in.
 * Lines break between any two CJK characters, never before closing punctuation nor after opening punctuation
 * (避头尾), never inside a run of Latin letters or digits, and never inside —— or ……; full lines are justified.
 * A drill document carries a red boxed "演练文书" above the 版心 on every page.
 */
import PDFDocument from 'pdfkit';
import { type OfficialDocument } from '../domain/officialDocument';
import { type DocumentFace, type DocumentFonts, loadDocumentFonts } from './fonts';

const MM = 72 / 25.4;
const PAGE_W = 210 * MM;
const PAGE_H = 297 * MM;
const LEFT = 28 * MM;
const TOP = 37 * MM;
const WIDTH = 156 * MM;
const HEIGHT = 225 * MM;
const ROWS = 22;
const LINE = HEIGHT / ROWS;
const CELL = WIDTH / 28;
const BOTTOM = TOP + HEIGHT;

const TEXT_SIZE = 16; // 3号
const TITLE_SIZE = 22; // 2号
const SMALL_SIZE = 14; // 4号: 版记, page numbers
const RED = '#C00000';
const BLACK = '#000000';

/** Characters a line must not start with (避头): closing punctuation. */
const NO_START = new Set([...'，。、；：？！）」』》〉】〕〗”’…‥·％‰,.;:?!)]}%']);
/** Characters a line must not end with (避尾): opening punctuation. */
const NO_END = new Set([...'（「『《〈【〔〖“‘([{']);
/** Characters whose runs are never split: —— and ……. */
const UNSPLIT = new Set([...'—…']);

/** A piece of text that a line break cannot enter: one CJK character, a run of Latin letters or digits, a space. */
interface Unit {
  s: string;
  w: number;
  kind: 'wide' | 'narrow' | 'space';
  /** A unit kept whole (an organ's name): its characters, drawn side by side. */
  parts?: Unit[];
}

/** What one line of text looks like: its units and whether it ends its paragraph (and so is not justified). */
export interface Line {
  units: Unit[];
  width: number;
  last: boolean;
}

type Op =
  | {
      t: 'text';
      face: 'text' | 'title';
      size: number;
      x: number;
      /** The baseline. */
      y: number;
      s: string;
      color: string;
      spacing?: number;
      scale?: number;
    }
  | { t: 'rule'; x1: number; x2: number; y: number; width: number; color: string }
  | { t: 'box'; x: number; y: number; w: number; h: number; width: number; color: string };

/** Measures text in one face at one size; CJK (full-width) characters take `cell`. */
class Measure {
  private readonly cache = new Map<string, number>();
  constructor(
    readonly key: 'text' | 'title',
    readonly face: DocumentFace,
    readonly size: number,
    readonly cell: number,
  ) {}

  width(s: string): number {
    let w = this.cache.get(s);
    if (w === undefined) {
      w = (this.face.font.layout(s).advanceWidth / this.face.unitsPerEm) * this.size;
      this.cache.set(s, w);
    }
    return w;
  }

  isWide(ch: string): boolean {
    return this.face.font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth >= this.face.unitsPerEm;
  }

  units(text: string): Unit[] {
    const out: Unit[] = [];
    let narrow = '';
    const flush = () => {
      if (narrow) out.push({ s: narrow, w: this.width(narrow), kind: 'narrow' });
      narrow = '';
    };
    for (const ch of text) {
      if (ch === ' ') {
        flush();
        out.push({ s: ch, w: this.width(ch), kind: 'space' });
      } else if (this.isWide(ch)) {
        flush();
        out.push({ s: ch, w: this.cell, kind: 'wide' });
      } else {
        narrow += ch;
      }
    }
    flush();
    return out;
  }

  /** The units of one narrow run, a character each: for a word longer than a line. */
  split(u: Unit): Unit[] {
    return u.parts ?? [...u.s].map((ch) => ({ s: ch, w: this.width(ch), kind: 'narrow' as const }));
  }
}

function first(s: string): string {
  return [...s][0] ?? '';
}
function lastChar(s: string): string {
  const cs = [...s];
  return cs[cs.length - 1] ?? '';
}

/** May a line end after `a` and the next begin with `b`? */
function canBreak(a: Unit, b: Unit): boolean {
  if (a.kind === 'space' || b.kind === 'space') return true;
  if (NO_START.has(first(b.s))) return false;
  if (NO_END.has(lastChar(a.s))) return false;
  const x = lastChar(a.s);
  if (UNSPLIT.has(x) && x === first(b.s)) return false;
  return true;
}

function trimSpaces(units: Unit[]): Unit[] {
  let end = units.length;
  while (end > 0 && units[end - 1]?.kind === 'space') end--;
  return units.slice(0, end);
}

/**
 * Breaks units into lines: `avail(i)` is the width of line i. Greedy, then a step back while the break would put
 * closing punctuation first or opening punctuation last (the shortened line is justified). A unit wider than a line is
 * broken by character, only then.
 */
export function breakUnits(input: readonly Unit[], m: Measure, avail: (i: number) => number): Line[] {
  const units = [...input];
  const lines: Line[] = [];
  const push = (from: number, to: number, last: boolean) => {
    const us = trimSpaces(units.slice(from, to));
    lines.push({ units: us, width: us.reduce((s, u) => s + u.w, 0), last });
  };
  let i = 0;
  for (;;) {
    while (i < units.length && units[i]?.kind === 'space') i++;
    if (i >= units.length) break;
    const width = avail(lines.length);
    let j = i;
    let w = 0;
    while (j < units.length && w + (units[j]?.w ?? 0) <= width + 0.01) {
      w += units[j]?.w ?? 0;
      j++;
    }
    if (j === units.length) {
      push(i, j, true);
      break;
    }
    const next = units[j] as Unit;
    if (next.w > width + 0.01 && [...next.s].length > 1) {
      // Wider than a whole line (a URL, a long name): broken by character where it stands, and this line set again.
      units.splice(j, 1, ...m.split(next));
      continue;
    }
    if (j === i) {
      push(i, i + 1, false);
      i++;
      continue;
    }
    let k = j;
    while (k > i + 1 && !canBreak(units[k - 1] as Unit, units[k] as Unit)) k--;
    if (!canBreak(units[k - 1] as Unit, units[k] as Unit)) k = j;
    push(i, k, false);
    i = k;
  }
  if (lines.length === 0) lines.push({ units: [], width: 0, last: true });
  return lines;
}

/** Breaks a paragraph into lines (see {@link breakUnits}). */
export function breakLines(text: string, m: Measure, avail: (i: number) => number): Line[] {
  return breakUnits(m.units(text), m, avail);
}

/**
 * A list of organs (主送, 抄送, 抄报) as units: each name with its punctuation is kept whole on a line unless it is
 * longer than a line.
 */
function organUnits(label: string, organs: readonly string[], end: string, m: Measure): Unit[] {
  const whole = (s: string): Unit => {
    const parts = m.units(s);
    return { s, w: parts.reduce((t, u) => t + u.w, 0), kind: 'narrow', parts };
  };
  // The label goes with the first name: a line never holds "抄送：" alone.
  return organs.map((o, i) => whole(`${i === 0 ? label : ''}${o}${i === organs.length - 1 ? end : '，'}`));
}

/**
 * Text ops for one line starting at x, justified to `justifyTo` unless it is the last line of its paragraph. CJK
 * characters at an even step are drawn as one string with character spacing; anything else on its own.
 */
function lineOps(line: Line, m: Measure, x0: number, baseline: number, justifyTo: number | null, color = BLACK): Op[] {
  const us = line.units;
  const extra =
    justifyTo !== null && !line.last && us.length > 1 && justifyTo > line.width
      ? (justifyTo - line.width) / (us.length - 1)
      : 0;
  const atoms: { u: Unit; x: number }[] = [];
  let x = x0;
  for (const u of us) {
    let px = x;
    for (const p of u.parts ?? [u]) {
      atoms.push({ u: p, x: px });
      px += p.w;
    }
    x += u.w + extra;
  }
  const ops: Op[] = [];
  const text = (s: string, at: number, spacing = 0): Op => ({
    t: 'text',
    face: m.key,
    size: m.size,
    x: at,
    y: baseline,
    s,
    color,
    spacing,
  });
  let i = 0;
  while (i < atoms.length) {
    const a = atoms[i] as { u: Unit; x: number };
    if (a.u.kind === 'space') {
      i++;
    } else if (a.u.kind === 'narrow') {
      ops.push(text(a.u.s, a.x));
      i++;
    } else {
      // A run of CJK characters at one step: one string, its glyphs centred in their cells.
      let j = i + 1;
      const step = (atoms[j]?.x ?? 0) - a.x;
      while (
        j < atoms.length &&
        atoms[j]?.u.kind === 'wide' &&
        Math.abs((atoms[j]?.x ?? 0) - (atoms[j - 1]?.x ?? 0) - step) < 1e-6
      )
        j++;
      const s = atoms
        .slice(i, j)
        .map((t) => t.u.s)
        .join('');
      ops.push(text(s, a.x + (m.cell - m.size) / 2, j - i > 1 ? step - m.size : 0));
      i = j;
    }
  }
  return ops;
}

/** The baseline that centres a size's em box in the grid line whose top is `top`. */
function baselineIn(top: number, size: number, face: DocumentFace, height = LINE): number {
  return top + (height - size) / 2 + face.emTop * size;
}

/** A row of the flow: a line of the grid, blank or with its ops positioned relative to the row's top. */
interface Row {
  ops: (top: number) => Op[];
  blank?: boolean;
}

const blankRow: Row = { ops: () => [], blank: true };

function textRows(
  text: string | Unit[],
  m: Measure,
  opts: { indent?: number; hang?: number; width?: number; x?: number; color?: string; justify?: boolean } = {},
): Row[] {
  const x = opts.x ?? LEFT;
  const width = opts.width ?? WIDTH;
  const indent = opts.indent ?? 0;
  const hang = opts.hang ?? 0;
  const units = typeof text === 'string' ? m.units(text) : text;
  const lines = breakUnits(units, m, (i) => width - (i === 0 ? indent : hang));
  return lines.map((line, i) => {
    const lx = x + (i === 0 ? indent : hang);
    const w = opts.justify === false ? null : width - (i === 0 ? indent : hang);
    return { ops: (top) => lineOps(line, m, lx, baselineIn(top, m.size, m.face), w, opts.color) };
  });
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The title's lines (§7.3.1: 回行时词意完整，排列对称，梯形或菱形): as few lines as fit, breaking only between words
 * (ICU's word boundaries, through Intl.Segmenter) and never against 避头尾, with line widths as even as can be (the
 * longer line first on a tie). Falls back to breaking between any characters when the words do not allow it.
 */
export function titleLines(title: string, m: Measure): Line[] {
  const units = m.units(title);
  const total = units.reduce((s, u) => s + u.w, 0);
  if (total <= WIDTH + 0.01) return [{ units, width: total, last: true }];
  const boundaries = new Set([...segmenter.segment(title)].map((seg) => seg.index));
  // Break points: before unit k (0 < k < n), where a word begins.
  const starts: number[] = [];
  let offset = 0;
  for (const u of units) {
    starts.push(offset);
    offset += u.s.length;
  }
  const n = units.length;
  const prefix = [0];
  units.forEach((u, i) => prefix.push((prefix[i] ?? 0) + u.w));
  const widthOf = (a: number, b: number) => (prefix[b] ?? 0) - (prefix[a] ?? 0);
  const breakable = (k: number) =>
    k > 0 && k < n && boundaries.has(starts[k] ?? -1) && canBreak(units[k - 1] as Unit, units[k] as Unit);
  for (let lines = Math.ceil(total / WIDTH - 1e-9); lines <= Math.ceil(total / WIDTH - 1e-9) + 1; lines++) {
    const target = total / lines;
    // best[l][k]: the least cost of setting units [0, k) in l lines; from[l][k]: where the last of them starts.
    const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
    (best[0] as number[])[0] = 0;
    for (let l = 1; l <= lines; l++) {
      for (let k = 1; k <= n; k++) {
        if (k < n && !breakable(k)) continue;
        for (let a = 0; a < k; a++) {
          if (a > 0 && !breakable(a)) continue;
          const prev = best[l - 1]?.[a] ?? Infinity;
          const w = widthOf(a, k);
          if (prev === Infinity || w > WIDTH + 0.01) continue;
          // Even lines; on a tie the longer line first (a small bonus for a line longer than the next).
          const cost = prev + (w - target) ** 2 - (l === 1 ? w * 1e-6 : 0);
          if (cost < (best[l]?.[k] ?? Infinity)) {
            (best[l] as number[])[k] = cost;
            (from[l] as number[])[k] = a;
          }
        }
      }
    }
    if ((best[lines]?.[n] ?? Infinity) < Infinity) {
      const cuts: number[] = [n];
      for (let l = lines, k = n; l > 0; l--) {
        k = from[l]?.[k] ?? 0;
        cuts.unshift(k);
      }
      return cuts.slice(1).map((end, i) => {
        const us = units.slice(cuts[i] ?? 0, end);
        return { units: us, width: widthOf(cuts[i] ?? 0, end), last: true };
      });
    }
  }
  return breakUnits(units, m, () => WIDTH).map((l) => ({ ...l, last: true }));
}

/** The title: centred lines in the title face. */
function titleRows(title: string, m: Measure): Row[] {
  return titleLines(title, m).map((line) => ({
    ops: (top) => lineOps(line, m, LEFT + (WIDTH - line.width) / 2, baselineIn(top, m.size, m.face), null),
  }));
}

/** The 发文机关标志: red, bold, centred, condensed down to 60 % and then smaller to fit the text width. */
function markOps(
  mark: string,
  m: (size: number) => Measure,
  top: number,
  face: DocumentFace,
): { ops: Op[]; bottom: number } {
  const MAX = 48;
  const MIN_SCALE = 0.6;
  const natural = (size: number) =>
    m(size)
      .units(mark)
      .reduce((s, u) => s + u.w, 0);
  let size = MAX;
  let scale = Math.min(1, WIDTH / natural(size));
  if (scale < MIN_SCALE) {
    size = (MAX * WIDTH) / (natural(MAX) * MIN_SCALE);
    scale = MIN_SCALE;
  }
  const w = natural(size) * scale;
  const baseline = top + face.emTop * size;
  return {
    ops: [
      {
        t: 'text',
        face: 'title',
        size,
        x: LEFT + (WIDTH - w) / 2,
        y: baseline,
        s: mark,
        color: RED,
        scale,
      },
    ],
    bottom: top + size,
  };
}

interface Laid {
  pages: Op[][];
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 2026, 11, 二〇二六, 十一, 二十八 as numbers; NaN otherwise. */
function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? (CN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? NaN) : 0);
  }
  return [...s].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? NaN), 0);
}

/** Parses 2026年11月28日 (or 二〇二六年十一月二十八日) as midnight in Beijing; null if the date is not written so. */
function parseChineseDate(s: string): Date | null {
  const m =
    /([\d〇零一二三四五六七八九]{4})\s*年\s*([\d〇零一二三四五六七八九十]{1,3})\s*月\s*([\d〇零一二三四五六七八九十]{1,3})\s*日/.exec(
      s,
    );
  if (!m) return null;
  const [y, mo, d] = [cnNumber(m[1] ?? ''), cnNumber(m[2] ?? ''), cnNumber(m[3] ?? '')];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1900)) return null;
  return new Date(Date.UTC(y, mo - 1, d) - 8 * 3600_000);
}

/** Lays out a document: the ops of every page, in page order. Pure. */
function layout(doc: OfficialDocument, fonts: DocumentFonts): Laid {
  const text = new Measure('text', fonts.text, TEXT_SIZE, CELL);
  const small = new Measure('text', fonts.text, SMALL_SIZE, SMALL_SIZE);
  const title = new Measure('title', fonts.title, TITLE_SIZE, TITLE_SIZE);
  const page1: Op[] = [];

  // 版头 (§7.2).
  const mark = markOps(
    doc.issuerMark,
    (size) => new Measure('title', fonts.title, size, size),
    TOP + 35 * MM,
    fonts.title,
  );
  page1.push(...mark.ops);
  const firstNumberRowTop = mark.bottom + 2 * LINE;
  let numberRowTop = firstNumberRowTop;
  const numberWidth = text.units(doc.documentNo).reduce((s, u) => s + u.w, 0);
  if (doc.signers.length > 0) {
    // §7.2.6: 签发人 right with one character's indent, two names a line, later lines under the first name; the
    // 发文字号 left with one character's indent, on the line of the last names.
    const label = '签发人：';
    const labelW = text.units(label).reduce((s, u) => s + u.w, 0);
    const pairs: string[] = [];
    for (let i = 0; i < doc.signers.length; i += 2) pairs.push(doc.signers.slice(i, i + 2).join('　'));
    const namesW = Math.max(...pairs.map((p) => text.units(p).reduce((s, u) => s + u.w, 0)));
    const namesX = LEFT + WIDTH - CELL - namesW;
    pairs.forEach((p, i) => {
      const top = firstNumberRowTop + i * LINE;
      const line: Line = { units: text.units(p), width: 0, last: true };
      if (i === 0) {
        const l: Line = { units: text.units(label), width: labelW, last: true };
        page1.push(...lineOps(l, text, namesX - labelW, baselineIn(top, TEXT_SIZE, fonts.text), null));
      }
      page1.push(...lineOps(line, text, namesX, baselineIn(top, TEXT_SIZE, fonts.text), null));
    });
    numberRowTop = firstNumberRowTop + (pairs.length - 1) * LINE;
    const l: Line = { units: text.units(doc.documentNo), width: numberWidth, last: true };
    page1.push(...lineOps(l, text, LEFT + CELL, baselineIn(numberRowTop, TEXT_SIZE, fonts.text), null));
  } else {
    const l: Line = { units: text.units(doc.documentNo), width: numberWidth, last: true };
    page1.push(
      ...lineOps(l, text, LEFT + (WIDTH - numberWidth) / 2, baselineIn(numberRowTop, TEXT_SIZE, fonts.text), null),
    );
  }
  // §7.2.7: the red separator 4 mm below the 发文字号 (below its em box).
  const separatorY = numberRowTop + (LINE - TEXT_SIZE) / 2 + TEXT_SIZE + 4 * MM;
  page1.push({ t: 'rule', x1: LEFT, x2: LEFT + WIDTH, y: separatorY, width: 1.5, color: RED });
  // §7.3.1: the title two lines below the separator, on the grid.
  const firstRow = Math.ceil((separatorY - TOP) / LINE - 1e-6) + 2;

  // 主体 (§7.3), as rows of the grid.
  const flow: Row[] = [];
  flow.push(...titleRows(doc.title, title));
  flow.push(blankRow);
  if (doc.mainAddressees.length > 0) {
    flow.push(...textRows(organUnits('', doc.mainAddressees, '：', text), text, { justify: false }));
  }
  for (const para of doc.body.flatMap((p) => p.split(/\r?\n/))) {
    const clean = para.replace(/\t/g, ' ').replace(/^[\s\u3000]+/, '');
    if (clean) flow.push(...textRows(clean, text, { indent: 2 * CELL }));
  }
  if (doc.attachments.length > 0) {
    // §7.3.4: 附件说明 one line below the text, "附件：1．…", continuation lines under the first name.
    flow.push(blankRow);
    doc.attachments.forEach((a, i) => {
      const head = i === 0 ? '附件：' : '';
      const num = `${i + 1}．`;
      const nameIndent = 2 * CELL + 3 * CELL + text.units(num).reduce((s, u) => s + u.w, 0);
      flow.push(...textRows(`${head}${num}${a}`, text, { indent: i === 0 ? 2 * CELL : 5 * CELL, hang: nameIndent }));
    });
  }

  // 署名, 成文日期 (§7.3.5.1: the date four characters from the right, the organ centred above it), 附注 (§7.3.6).
  const closing: Row[] = [blankRow, blankRow];
  const dateW = text.units(doc.date).reduce((s, u) => s + u.w, 0);
  const dateX = LEFT + WIDTH - 4 * CELL - dateW;
  const sigW = text.units(doc.signatureOrgan).reduce((s, u) => s + u.w, 0);
  const sigX = Math.max(LEFT, Math.min(dateX + dateW / 2 - sigW / 2, LEFT + WIDTH - 2 * CELL - sigW));
  closing.push({
    ops: (top) =>
      lineOps(
        { units: text.units(doc.signatureOrgan), width: sigW, last: true },
        text,
        sigX,
        baselineIn(top, TEXT_SIZE, fonts.text),
        null,
      ),
  });
  closing.push({
    ops: (top) =>
      lineOps(
        { units: text.units(doc.date), width: dateW, last: true },
        text,
        dateX,
        baselineIn(top, TEXT_SIZE, fonts.text),
        null,
      ),
  });
  if (doc.note) {
    const note = /^[（(]/.test(doc.note) ? doc.note : `（${doc.note}）`;
    closing.push(...textRows(note, text, { indent: 2 * CELL }));
  }

  // 版记 (§7.4), bottom-up on the last page: its rows and rules.
  const recordRows: Row[] = [];
  const copyBlock = (label: string, organs: string[]) => {
    if (organs.length === 0) return;
    const labelW = small.units(label).reduce((s, u) => s + u.w, 0);
    recordRows.push(
      ...textRows(organUnits(label, organs, '。', small), small, {
        x: LEFT + SMALL_SIZE,
        width: WIDTH - 2 * SMALL_SIZE,
        hang: labelW,
        justify: false,
      }),
    );
  };
  copyBlock('抄报：', doc.copyUp);
  copyBlock('抄送：', doc.copyTo);
  const copyCount = recordRows.length;
  const printDate = /印发$/.test(doc.printDate) ? doc.printDate : `${doc.printDate}印发`;
  recordRows.push({
    ops: (top) => {
      const base = baselineIn(top, SMALL_SIZE, fonts.text);
      const organ: Line = { units: small.units(doc.printingOrgan), width: 0, last: true };
      const dateUnits = small.units(printDate);
      const w = dateUnits.reduce((s, u) => s + u.w, 0);
      return [
        ...lineOps(organ, small, LEFT + SMALL_SIZE, base, null),
        ...lineOps({ units: dateUnits, width: w, last: true }, small, LEFT + WIDTH - SMALL_SIZE - w, base, null),
      ];
    },
  });

  // Pagination: rows of the grid, page 1 from `firstRow`.
  const pages: Row[][] = [[]];
  const start = (p: number) => (p === 0 ? firstRow : 0);
  const used = (p: number) => start(p) + (pages[p]?.length ?? 0);
  const cur = () => pages.length - 1;
  const place = (row: Row) => {
    if (used(cur()) >= ROWS) pages.push([]);
    if (row.blank && pages[cur()]?.length === 0 && cur() > 0) return; // no page begins with a blank line
    pages[cur()]?.push(row);
  };
  flow.forEach((row) => place(row));
  // The signature and date never stand alone (§7.3.5, 特殊情况说明): on their page at least the last two lines of
  // the text come before them, taken from the page before when they do not fit or the text ended at its bottom.
  if (used(cur()) + closing.length > ROWS) pages.push([]);
  if (cur() > 0) {
    const here = pages[cur()] as Row[];
    const before = pages[cur() - 1] as Row[];
    while (here.filter((r) => !r.blank).length < 2 && before.length > 2) {
      const row = before.pop() as Row;
      if (!(row.blank && here.length === 0)) here.unshift(row);
    }
  }
  closing.forEach((row) => place(row));
  // The 版记 at the bottom of the last page, one blank line at least above it, else on a page of its own.
  if (used(cur()) + 1 + recordRows.length > ROWS) pages.push([]);

  const out: Op[][] = pages.map((rows, p) => {
    const ops: Op[] = p === 0 ? [...page1] : [];
    rows.forEach((row, i) => ops.push(...row.ops(TOP + (start(p) + i) * LINE)));
    return ops;
  });
  const lastOps = out[out.length - 1] as Op[];
  const recordTop = BOTTOM - recordRows.length * LINE;
  recordRows.forEach((row, i) => lastOps.push(...row.ops(recordTop + i * LINE)));
  const thick = 0.35 * MM;
  const thin = 0.25 * MM;
  lastOps.push({ t: 'rule', x1: LEFT, x2: LEFT + WIDTH, y: recordTop, width: thick, color: BLACK });
  if (copyCount > 0) {
    lastOps.push({ t: 'rule', x1: LEFT, x2: LEFT + WIDTH, y: BOTTOM - LINE, width: thin, color: BLACK });
  }
  lastOps.push({ t: 'rule', x1: LEFT, x2: LEFT + WIDTH, y: BOTTOM, width: thick, color: BLACK });

  // Page numbers (§7.5): "— n —", 7 mm below the 版心, right on odd pages and left on even ones, one character in.
  out.forEach((ops, p) => {
    const label = `— ${p + 1} —`;
    const w = small.width(label);
    const x = p % 2 === 0 ? LEFT + WIDTH - SMALL_SIZE - w : LEFT + SMALL_SIZE;
    ops.push({
      t: 'text',
      face: 'text',
      size: SMALL_SIZE,
      x,
      y: BOTTOM + 7 * MM + 0.3 * SMALL_SIZE,
      s: label,
      color: BLACK,
    });
  });

  if (doc.drill) {
    // A drill's document says so on every page, in a red box above the 版心.
    out.forEach((ops) => {
      const s = '演练文书';
      const w = 4 * TEXT_SIZE;
      const boxTop = TOP - 16 * MM;
      ops.unshift(
        { t: 'box', x: LEFT, y: boxTop, w: w + 8, h: TEXT_SIZE + 8, width: 1, color: RED },
        {
          t: 'text',
          face: 'title',
          size: TEXT_SIZE,
          x: LEFT + 4,
          y: boxTop + 4 + fonts.title.emTop * TEXT_SIZE,
          s,
          color: RED,
          spacing: 0,
        },
      );
    });
  }
  return { pages: out };
}

/**
 * Renders the document as a PDF in the GB/T 9704-2012 format. Deterministic: the same record gives the same bytes.
 * The first call in a process loads the fonts (documents/fonts.ts); later calls reuse them.
 */
export async function renderDocumentPdf(doc: OfficialDocument): Promise<Buffer> {
  const fonts = await loadDocumentFonts();
  const laid = layout(doc, fonts);
  const created = parseChineseDate(doc.date) ?? parseChineseDate(doc.printDate);
  const pdf = new PDFDocument({
    size: [PAGE_W, PAGE_H],
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    // PDF 1.3, pdfkit's default: from 1.4 on it adds an XMP stream with the info's strings unescaped in its XML.
    pdfVersion: '1.3',
    font: fonts.text.font as unknown as string,
    info: {
      Title: doc.title,
      Subject: doc.documentNo,
      Author: doc.signatureOrgan,
      Keywords: doc.kind,
      Creator: 'accountability-orchestration',
      Producer: 'PDFKit',
      // From the record, never the clock: pdfkit would stamp the time, and derives the file ID from the info. It
      // needs a date (its metadata code reads it), so a date it cannot read gives 1970-01-01.
      CreationDate: created ?? new Date(0),
    },
  });
  pdf.registerFont('text', fonts.text.font as unknown as string);
  pdf.registerFont('title', fonts.title.font as unknown as string);

  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  for (const ops of laid.pages) {
    pdf.addPage({ size: [PAGE_W, PAGE_H], margin: 0 });
    for (const op of ops) {
      if (op.t === 'rule') {
        pdf.save().lineWidth(op.width).strokeColor(op.color).moveTo(op.x1, op.y).lineTo(op.x2, op.y).stroke().restore();
      } else if (op.t === 'box') {
        pdf.save().lineWidth(op.width).strokeColor(op.color).rect(op.x, op.y, op.w, op.h).stroke().restore();
      } else {
        const options: PDFKit.Mixins.TextOptions & { horizontalScaling?: number } = {
          lineBreak: false,
          baseline: 'alphabetic',
          characterSpacing: op.spacing ?? 0,
        };
        if (op.scale !== undefined && op.scale !== 1) options.horizontalScaling = op.scale * 100;
        pdf.font(op.face).fontSize(op.size).fillColor(op.color).text(op.s, op.x, op.y, options);
      }
    }
  }
  pdf.end();
  return done;
}
