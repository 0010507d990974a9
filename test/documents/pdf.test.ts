/**
 * The PDF of an official document (issue 12): GB/T 9704-2012's layout, read back with poppler's tools — pdftotext
 * (the words and where they stand), pdffonts (every font embedded and subset), pdfinfo (A4, the page count) — and the
 * same bytes for the same record.
 *
 * poppler-utils is a Debian package (.ci/run installs it). Without it these tests fail under CI=true and are skipped,
 * loudly, elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficialDocument } from '../../domain/officialDocument';
import { renderDocumentPdf } from '../../documents/pdf';
import { SAMPLE_DECISION, SAMPLE_REPORT } from '../../documents/samples';

const POPPLER = ['pdftotext', 'pdffonts', 'pdfinfo'];
const missing = POPPLER.filter((tool) => spawnSync(tool, ['-v']).error !== undefined);
if (missing.length > 0) {
  const message = `poppler-utils is missing (${missing.join(', ')}): the PDF tests cannot read the documents back; install it with \`apt-get install -y poppler-utils\``;
  if (process.env.CI) throw new Error(message);
  process.stderr.write(`\n!!!!!!!!!! SKIPPED: ${message} !!!!!!!!!!\n\n`);
}

const MM = 72 / 25.4;
const NO_START = [...'，。、；：？！）」』》〉】〕”’'];
const NO_END = [...'（「『《〈【〔“‘'];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'document-pdf-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

let count = 0;
async function written(doc: OfficialDocument): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await renderDocumentPdf(doc);
  const file = path.join(dir, `doc-${++count}.pdf`);
  await writeFile(file, bytes);
  return { file, bytes };
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** The pages' text as pdftotext -layout reads it. */
const pages = (file: string) => run('pdftotext', '-layout', file, '-').split('\f').slice(0, -1);
/** Text without any white space and without page numbers: what a paragraph reads like across lines and pages. */
const flat = (text: string) => text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
const squash = (s: string) => s.replace(/\s+/g, '');
const info = (file: string) => run('pdfinfo', file);

/** The word boxes of a page, as pdftotext -bbox gives them (points, from the top left). */
function boxes(file: string, page: number): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = run('pdftotext', '-bbox', '-f', String(page), '-l', String(page), file, '-');
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }));
}

describe.skipIf(missing.length > 0)('official documents as PDF (GB/T 9704-2012)', () => {
  it('a downward decision: the header, the addressees, a text over two pages, attachments, 署名, date, 附注, 抄送 and 印发', async () => {
    const d = SAMPLE_DECISION;
    const { file } = await written(d);
    const meta = info(file);
    expect(meta).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(meta).toMatch(/Pages:\s+3\n/);
    const text = pages(file);
    const all = flat(text.join('\n'));
    for (const s of [d.issuerMark, d.documentNo, d.title, `${d.mainAddressees.join('，')}：`, ...d.body]) {
      expect(all).toContain(squash(s));
    }
    expect(all).toContain(squash(`附件：1．${d.attachments[0]}`));
    expect(all).toContain(squash(`2．${d.attachments[1]}`));
    expect(all).toContain(squash(`${d.signatureOrgan}${d.date}（${d.note}）`));
    expect(all).toContain(squash(`抄送：${d.copyTo.join('，')}。`));
    expect(all).toContain(squash(`${d.printingOrgan}${d.printDate}印发`));
    expect(all).not.toContain('签发人');
    expect(all).not.toContain('抄报');
    // The 版记 on the last page only; page numbers on every page, right on odd pages and left on even ones.
    expect(text.map((p) => squash(p).includes(`${d.printDate}印发`))).toEqual([false, false, true]);
    text.forEach((p, i) => {
      const numberLine = p.split('\n').find((l) => /—\s*\d+\s*—/.test(l)) ?? '';
      expect(squash(numberLine)).toBe(`—${i + 1}—`);
      const indent = numberLine.length - numberLine.trimStart().length;
      if (i % 2 === 0) expect(indent).toBeGreaterThan(20);
      else expect(indent).toBeLessThan(5);
    });
  });

  it('an upward report: 签发人 right and the number left on one line, 抄报 in the 版记', async () => {
    const d = SAMPLE_REPORT;
    const { file } = await written(d);
    expect(info(file)).toMatch(/Pages:\s+2\n/);
    const text = pages(file);
    const lines = text.join('\n').split('\n');
    // Two names a line; the number on the line of the last one (§7.2.5, §7.2.6).
    expect(lines.some((l) => /签发人：\s*李四\s+王五/.test(l))).toBe(true);
    const numberLine = lines.find((l) => l.includes(d.documentNo)) ?? '';
    expect(numberLine).toMatch(/^\s{0,3}长春市综治委〔2026〕7号\s+赵六\s*$/);
    const all = flat(text.join('\n'));
    for (const s of [d.issuerMark, d.title, `${d.mainAddressees[0]}：`, ...d.body, d.signatureOrgan, d.date]) {
      expect(all).toContain(squash(s));
    }
    expect(all).toContain(squash(`抄报：${d.copyUp.join('，')}。`));
    expect(all).toContain(squash(`${d.printingOrgan}${d.printDate}印发`));
    expect(all).not.toContain('抄送');
    expect(all).not.toContain('附件');
  });

  it('fonts: every font embedded and subset, nothing from the machine', async () => {
    for (const d of [SAMPLE_DECISION, SAMPLE_REPORT]) {
      const { file } = await written(d);
      const rows = run('pdffonts', file).trim().split('\n').slice(2);
      expect(rows.length).toBe(2); // the text face and the title face
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
      }
    }
  });

  it('the grid: 版心 156 × 225 mm at 28 mm from the left and 37 mm from the top; 22 lines of 28 characters', async () => {
    const { file } = await written(SAMPLE_DECISION);
    const words = boxes(file, 2); // a full page of text
    const body = words.filter((w) => !/^—\d+—$/.test(w.text) && !/^\d+$/.test(w.text) && w.text !== '—');
    const rows = [...new Set(body.map((w) => Math.round(w.yMin)))];
    expect(rows.length).toBe(22);
    const left = Math.min(...body.map((w) => w.xMin));
    const right = Math.max(...body.map((w) => w.xMax));
    expect(Math.abs(left - 28 * MM)).toBeLessThan(1 * MM);
    expect(Math.abs(right - (28 + 156) * MM)).toBeLessThan(1 * MM);
    expect(Math.abs((rows[1] ?? 0) - (rows[0] ?? 0) - (225 * MM) / 22)).toBeLessThan(0.1);
    expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThan(37 * MM - 1 * MM);
    expect(Math.max(...body.map((w) => w.yMax))).toBeLessThan((37 + 225) * MM + 1 * MM);
    // A line of nothing but CJK characters holds 28 of them.
    const text = pages(file)[1] ?? '';
    const full = text.split('\n').filter((l) => /^[\u3000-\u9fff\uff00-\uffef]+$/.test(l.trim()) && !/^\s{2}/.test(l));
    expect(full.length).toBeGreaterThan(3);
    for (const l of full) expect([...l.trim()].length).toBeLessThanOrEqual(28);
    expect(full.some((l) => [...l.trim()].length === 28)).toBe(true);
  });

  it('line breaks: no line starts with closing or ends with opening punctuation; Latin words and numbers stay whole', async () => {
    const { file } = await written(SAMPLE_DECISION);
    const lines = pages(file)
      .join('\n')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^—\s*\d+\s*—$/.test(l));
    for (const l of lines) {
      expect(NO_START, l).not.toContain([...l][0]);
      expect(NO_END, l).not.toContain([...l].at(-1));
    }
    expect(lines.some((l) => l.includes('GB/T 9704-2012'))).toBe(true);
    expect(lines.some((l) => l.includes('2026-11-28'))).toBe(true);
    expect(lines.some((l) => l.includes('0431-88888888'))).toBe(true);
  });

  it('long documents paginate: the signature never alone, the 版记 once and on the last page, every page numbered', async () => {
    const paragraph =
      '各地各部门要认真落实社会治安综合治理领导责任制，层层分解任务，逐级压实责任，确保各项措施落到实处。';
    for (let n = 1; n <= 26; n += 1) {
      const d: OfficialDocument = { ...SAMPLE_DECISION, body: Array.from({ length: n }, () => paragraph) };
      const { file } = await written(d);
      const text = pages(file);
      const pageCount = Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);
      expect(text.length).toBe(pageCount);
      text.forEach((p, i) => expect(squash(p)).toContain(`—${i + 1}—`));
      const printed = (p: string) => squash(p).includes(`${d.printingOrgan}${d.printDate}印发`);
      expect(text.filter(printed).length, `n=${n}`).toBe(1);
      expect(printed(text.at(-1) ?? ''), `n=${n}`).toBe(true);
      // The page with the signature has at least two lines of the text (or the attachments) before it.
      const at = text.findIndex((p) => p.split('\n').some((l) => l.trim() === d.signatureOrgan));
      expect(at, `n=${n}`).toBeGreaterThanOrEqual(0);
      const lines = (text[at] ?? '').split('\n');
      const before = lines
        .slice(
          0,
          lines.findIndex((l) => l.trim() === d.signatureOrgan),
        )
        .filter((l) => l.trim());
      expect(before.length, `n=${n}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('the same record gives the same bytes; the PDF carries the record’s date, not the clock', async () => {
    const a = await renderDocumentPdf(SAMPLE_DECISION);
    const b = await renderDocumentPdf(structuredClone(SAMPLE_DECISION));
    expect(a.equals(b)).toBe(true);
    const c = await renderDocumentPdf(SAMPLE_REPORT);
    expect(c.equals(await renderDocumentPdf(SAMPLE_REPORT))).toBe(true);
    // Renders at the same time share the loaded fonts and still give the same bytes.
    const together = await Promise.all(
      [SAMPLE_REPORT, SAMPLE_DECISION, SAMPLE_REPORT].map((d) => renderDocumentPdf(d)),
    );
    expect(together.map((x, i) => x.equals(i === 1 ? a : c))).toEqual([true, true, true]);
    const { file } = await written(SAMPLE_DECISION);
    expect(info(file)).toMatch(/CreationDate:\s+Fri Nov 27 16:00:00 2026 UTC/); // 2026年11月28日 0:00 in Beijing
    expect(info(file)).not.toMatch(/ModDate/);
    const written2 = await written({ ...SAMPLE_REPORT, date: '二〇二六年十二月一日' });
    expect(info(written2.file)).toMatch(/CreationDate:\s+Mon Nov 30 16:00:00 2026 UTC/);
    // Another record, other bytes.
    expect(a.equals(await renderDocumentPdf({ ...SAMPLE_DECISION, documentNo: '长春市综治办〔2026〕4号' }))).toBe(
      false,
    );
  });

  it('a drill document says 演练文书 on every page, besides its number and title', async () => {
    const d: OfficialDocument = {
      ...SAMPLE_DECISION,
      drill: true,
      documentNo: '长春市综治办（演练）〔2026〕3号',
      title: `【演练】${SAMPLE_DECISION.title}`,
    };
    const { file } = await written(d);
    const text = pages(file);
    for (const p of text) expect(p).toContain('演练文书');
    expect(flat(text.join('\n'))).toContain(squash(d.title));
    const plain = pages((await written(SAMPLE_DECISION)).file);
    for (const p of plain) expect(p).not.toContain('演练');
  });
});
