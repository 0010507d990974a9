/**
 * Builds the operator console (issue 15) into console/dist: the Preact app bundled by esbuild into one script and one
 * stylesheet, the page, and the Noto Sans SC web fonts (OFL, npm @fontsource/noto-sans-sc) copied next to them, so the
 * console works on an office network with no internet (no CDN). `npm start`, `npm test` (test/globalSetup.ts) and
 * `.ci/run` call {@link ensureConsoleBuilt}, which rebuilds only when the sources changed since the last build.
 *
 *   npm run console:build
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CONSOLE_SRC = path.join(HERE, 'src');
export const CONSOLE_DIST = path.join(HERE, 'dist');
const STAMP = path.join(CONSOLE_DIST, '.stamp');
/** The weights the console uses: body text and headings. */
const FONT_WEIGHTS = [400, 700];

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out.sort();
}

/** A hash of everything the build reads: the sources, this script and the versions of what it bundles. */
async function sourceHash(): Promise<string> {
  const h = createHash('sha256');
  const require = createRequire(import.meta.url);
  for (const f of [...(await filesUnder(CONSOLE_SRC)), fileURLToPath(import.meta.url)]) {
    h.update(path.relative(HERE, f))
      .update('\0')
      .update(await readFile(f))
      .update('\0');
  }
  for (const pkg of ['preact', 'openapi-fetch', '@fontsource/noto-sans-sc', 'esbuild'])
    h.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\0`);
  return h.digest('hex');
}

/** The @font-face rules of the chosen weights, pointing at ./fonts/, woff2 only (every browser in use reads it). */
async function fonts(outDir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  await mkdir(path.join(outDir, 'fonts'), { recursive: true });
  let css = '';
  const files = new Set<string>();
  for (const w of FONT_WEIGHTS) {
    const text = await readFile(path.join(pkgDir, `${w}.css`), 'utf8');
    css += text
      .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
      .replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (_m, f: string) => {
        files.add(f);
        return `url(./fonts/${f})`;
      });
  }
  await Promise.all([...files].map((f) => copyFile(path.join(pkgDir, 'files', f), path.join(outDir, 'fonts', f))));
  await writeFile(path.join(outDir, 'fonts.css'), css);
}

/** Builds the console into `outDir` (console/dist by default). */
export async function buildConsole(outDir = CONSOLE_DIST): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { app: path.join(CONSOLE_SRC, 'main.tsx'), styles: path.join(CONSOLE_SRC, 'styles.css') },
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['chrome109', 'firefox115', 'edge109'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(path.join(CONSOLE_SRC, 'index.html'), path.join(outDir, 'index.html'));
  await fonts(outDir);
  await writeFile(STAMP, await sourceHash());
}

/** Builds the console when console/dist is missing or older than its sources; says what it did. */
export async function ensureConsoleBuilt(say: (line: string) => void = () => undefined): Promise<void> {
  const [want, have] = await Promise.all([sourceHash(), readFile(STAMP, 'utf8').catch(() => '')]);
  if (want === have) return;
  const started = Date.now();
  await buildConsole();
  say(`console built into ${path.relative(process.cwd(), CONSOLE_DIST)} in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildConsole();
  process.stdout.write(`console built into ${path.relative(process.cwd(), CONSOLE_DIST)}\n`);
}
