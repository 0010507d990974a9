/**
 * The API's and the worker's V8 flags (scripts/lib/nodeFlags.ts) are the same wherever the process is started:
 * `npm start` and the fault suite take them from the module; package.json, the Dockerfile and docker-compose.yml
 * spell them out, and must not drift from it (a benchmark's figures hold only for the flags it ran with).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../scripts/lib/nodeFlags';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const command = (name: 'api' | 'worker', entry = `${name}/main.ts`) => [
  'node',
  ...NODE_FLAGS[name],
  '--import',
  'tsx',
  entry,
];

describe('node flags', () => {
  it('package.json runs the API, the worker and the eligibility benchmark with them', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.api).toBe(command('api').join(' '));
    expect(scripts.worker).toBe(command('worker').join(' '));
    // The benchmark serves the API in its own process: it must run with the API's flags.
    expect(scripts['bench:eligibility']).toBe(command('api', 'bench/eligibility/run.ts').join(' '));
  });

  it('the image starts the API with them', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'));
    expect(JSON.parse(cmd![1]!)).toEqual(command('api'));
  });

  it('docker-compose.yml starts the API and the worker with them', () => {
    const commands = [...read('docker-compose.yml').matchAll(/^\s+command: (\['node'.*\])$/gm)].map(
      (m) => JSON.parse(m[1]!.replace(/'/g, '"')) as string[],
    );
    expect(commands).toContainEqual(command('api'));
    expect(commands).toContainEqual(command('worker'));
  });
});
