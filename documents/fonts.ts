/**
 * The fonts of an official document (issue 12), behind one module so the choice can change in one place.
 *
 * GB/T 9704-2012 asks for 仿宋 in the text and 小标宋 for the title and the issuing organ's mark. No free-licensed
 * 仿宋 covering simplified Chinese ships whole (not split into web-font slices by unicode range) in a registry this
 * project installs from, so both faces are Noto Serif SC (思源宋体's Google build, SIL Open Font License 1.1), complete
 * static TrueType files from the npm package `@expo-google-fonts/noto-serif-sc` (pinned exactly in package.json: a
 * new font version changes the PDF's bytes):
 * - text (the 仿宋 stand-in, and 宋体-style half-width digits for page numbers): Noto Serif SC Regular;
 * - title (小标宋-style, a bold 宋/明 face): Noto Serif SC Bold.
 * Both arrive with `npm install`, so rendering depends on nothing installed on the machine. pdfkit embeds only the
 * glyphs a document uses (a subset per font, named `XXXXXX+NotoSerifSC-…`).
 *
 * Loading parses two 14.8 MB files (a few tens of milliseconds once they are in the page cache); the parsed fonts are
 * kept for the life of the process and shared by every render (fontkit's font objects are read-only to a render: each
 * document keeps its own subset).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/** A parsed font and what a document needs to know of it. */
export interface DocumentFace {
  /** The font as fontkit parsed it: pdfkit takes it as a font source and subsets it. */
  font: fontkit.Font;
  postscriptName: string;
  unitsPerEm: number;
  /**
   * Where the ideographic em box ends above the baseline, as a fraction of the font size (0.88 for Noto CJK, whose em
   * box runs from -120 to 880 units): the renderer centres the em box in a line of the grid.
   */
  emTop: number;
}

export interface DocumentFonts {
  /** 正文, 主送, 署名, 日期, 附注, 版记, 发文字号, 签发人, page numbers. */
  text: DocumentFace;
  /** 标题 and 发文机关标志. */
  title: DocumentFace;
}

/** The package the fonts come from, and the files in it. */
export const FONT_PACKAGE = '@expo-google-fonts/noto-serif-sc';
const FILES = { text: '400Regular/NotoSerifSC_400Regular.ttf', title: '700Bold/NotoSerifSC_700Bold.ttf' } as const;

/** What the report and the README say of the choice. */
export const FONT_NOTE =
  'Noto Serif SC Regular (text, 仿宋 stand-in) and Bold (title, 小标宋 stand-in), SIL OFL 1.1, npm @expo-google-fonts/noto-serif-sc';

function packageDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  } catch {
    throw new Error(
      `the document fonts are missing: the npm package ${FONT_PACKAGE} is not installed; run \`npm install\` (it is a dependency in package.json)`,
    );
  }
}

async function loadFace(file: string): Promise<DocumentFace> {
  const full = path.join(packageDir(), file);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (e) {
    throw new Error(`the document font ${full} cannot be read (${(e as Error).message}); run \`npm install\``);
  }
  const font = fontkit.create(bytes);
  if (!('layout' in font)) throw new Error(`${full} is a font collection, not one font`);
  // Every glyph the renderer must have: a font that lacks them is the wrong file.
  for (const ch of '〔〕（）：，。一') {
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) throw new Error(`${full} has no glyph for ${ch}`);
  }
  return { font, postscriptName: font.postscriptName, unitsPerEm: font.unitsPerEm, emTop: 0.88 };
}

let loaded: Promise<DocumentFonts> | undefined;

/**
 * The document fonts, loaded once per process (the first call reads and parses them; later calls share the result).
 * A failed load is not cached, so a later call tries again.
 */
export function loadDocumentFonts(): Promise<DocumentFonts> {
  if (!loaded) {
    const attempt = Promise.all([loadFace(FILES.text), loadFace(FILES.title)]).then(([text, title]) => ({
      text,
      title,
    }));
    loaded = attempt;
    attempt.catch(() => {
      if (loaded === attempt) loaded = undefined;
    });
  }
  return loaded;
}
