/**
 * bench/documents (issue 12): the time to render an official document as PDF.
 *
 * The first render of a process loads the fonts (documents/fonts.ts: two 14.8 MB TrueType files, parsed once and kept)
 * and is timed on its own; then each sample document is rendered N times and the median, p90 and max are printed,
 * with the PDF's size and page count. Runs in this process, no servers.
 *
 *   npm run bench:documents              # N = 50
 *   BENCH_RENDERS=200 npm run bench:documents
 */
import os from 'node:os';
import { type OfficialDocument } from '../../domain/officialDocument';
import { renderDocumentPdf } from '../../documents/pdf';
import { SAMPLE_DECISION, SAMPLE_REPORT } from '../../documents/samples';

const say = (s: string) => process.stdout.write(`[bench] ${s}\n`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function timed(doc: OfficialDocument): Promise<{ ms: number; bytes: Buffer }> {
  const t0 = performance.now();
  const bytes = await renderDocumentPdf(doc);
  return { ms: performance.now() - t0, bytes };
}

async function main() {
  const renders = Number(process.env.BENCH_RENDERS ?? 50);
  if (!Number.isInteger(renders) || renders < 1) throw new Error('BENCH_RENDERS must be a positive integer');
  say(`node ${process.version}, nproc ${os.availableParallelism()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`);

  const long: OfficialDocument = {
    ...SAMPLE_DECISION,
    body: Array.from({ length: 6 }, () => SAMPLE_DECISION.body).flat(),
  };
  const samples: [string, OfficialDocument][] = [
    ['downward decision (主送, 抄送, 附件, 附注)', SAMPLE_DECISION],
    ['upward report (签发人, 抄报)', SAMPLE_REPORT],
    ['long decision (the text six times over)', long],
  ];

  const first = await timed(SAMPLE_DECISION);
  say(`first render (loads and parses the fonts): ${ms(first.ms)}`);

  for (const [name, doc] of samples) {
    const times: number[] = [];
    let bytes: Buffer = Buffer.alloc(0);
    for (let i = 0; i < renders; i++) {
      const r = await timed(doc);
      times.push(r.ms);
      bytes = r.bytes;
    }
    times.sort((a, b) => a - b);
    const pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    say(
      `${name}: median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, max ${ms(times.at(-1) ?? NaN)} ` +
        `over ${renders} renders; ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KiB`,
    );
  }
  const rss = process.memoryUsage().rss;
  say(`resident memory after the runs: ${(rss / 2 ** 20).toFixed(0)} MiB`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
