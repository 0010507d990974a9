/**
 * Provisions the Temporal binaries this project runs, so nothing is installed by hand (issue 2):
 * - the `temporal` CLI v1.5.1 (dev server + Web UI): TEMPORAL_CLI_PATH, else PATH, else a cached build from
 *   `go install`, else a download the way @temporalio/testing does it (machines with internet and no Go);
 * - for the production topology, temporal-server, temporal-sql-tool and temporal-ui-server of the versions that CLI
 *   embeds, built with `go install` ({@link ensureTemporalServer});
 * - Temporal's time-skipping test server (Java, from Maven Central) with a wrapper script that the TypeScript SDK
 *   starts as an `existing-path` executable.
 * Both are cached under TOOLS_CACHE_DIR and built once.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, chmod, constants, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEST_SERVER_POM = path.join(REPO_ROOT, 'tools', 'test-server', 'pom.xml');

type Say = (line: string) => void;

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

async function onPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Returns a path to a `temporal` CLI binary, building or downloading it once if needed. */
export async function ensureTemporalCli(opts: { cliPath?: string; cacheDir: string; say: Say }): Promise<string> {
  if (opts.cliPath) {
    if (!(await isExecutable(opts.cliPath))) {
      throw new Error(`TEMPORAL_CLI_PATH=${opts.cliPath} is not an executable file`);
    }
    return opts.cliPath;
  }
  const fromPath = await onPath('temporal');
  if (fromPath) return fromPath;

  const dir = path.join(opts.cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}`);
  const binary = path.join(dir, 'temporal');
  if (await isExecutable(binary)) return binary;
  await mkdir(dir, { recursive: true });

  if (await onPath('go')) {
    opts.say(`building the temporal CLI ${TEMPORAL_CLI_VERSION} with go install (once; a few minutes) into ${dir}`);
    // Build into a scratch directory and rename, so an interrupted build never leaves a half-written binary.
    const scratch = `${dir}.building-${process.pid}`;
    await mkdir(scratch, { recursive: true });
    try {
      await run('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
        env: { ...process.env, GOBIN: scratch, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
      });
      await rename(path.join(scratch, 'temporal'), binary);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    return binary;
  }

  // No Go: download the release archive from the same place @temporalio/testing's ephemeral server does.
  const platform = process.platform === 'darwin' ? 'darwin' : 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const url = `https://temporal.download/cli/archive/${TEMPORAL_CLI_VERSION}?platform=${platform}&arch=${arch}&sdk-name=sdk-typescript&sdk-version=1.24.0`;
  opts.say(`no Go toolchain: downloading the temporal CLI ${TEMPORAL_CLI_VERSION} from ${new URL(url).host}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not download the temporal CLI: HTTP ${res.status} from ${url}`);
  const archive = path.join(dir, 'temporal.tar.gz');
  await writeFile(archive, Buffer.from(await res.arrayBuffer()));
  await run('tar', ['-xzf', archive, '-C', dir, 'temporal']);
  await rm(archive, { force: true });
  await chmod(binary, 0o755);
  return binary;
}

/**
 * Returns the path of an executable that starts Temporal's Java time-skipping test server on the port given as
 * its first argument, fetching the jars from Maven Central once.
 */
export async function ensureTestServer(opts: { cacheDir: string; say: Say }): Promise<string> {
  // Keyed by the pom's content, so bumping the version there fetches the new jars instead of reusing old ones.
  const pomHash = createHash('sha256')
    .update(await readFile(TEST_SERVER_POM))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(opts.cacheDir, `temporal-test-server-${pomHash}`);
  const lib = path.join(dir, 'lib');
  const wrapper = path.join(dir, 'temporal-test-server');
  const hasJars = await readdir(lib).then(
    (files) => files.some((f) => f.startsWith('temporal-test-server-')),
    () => false,
  );
  if (!hasJars) {
    opts.say(`fetching the Temporal time-skipping test server from Maven Central into ${lib}`);
    await rm(lib, { recursive: true, force: true });
    await run('mvn', [
      '-q',
      '-B',
      '-f',
      TEST_SERVER_POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${lib}`,
    ]);
  }
  // The SDK runs `<wrapper> <port>`; the test server's main class takes the port as its argument.
  await writeFile(
    wrapper,
    `#!/bin/sh\n# Written by scripts/lib/provision.ts\nexec java -Xss4m -cp '${lib}/*' io.temporal.testserver.TestServer "$@"\n`,
  );
  await chmod(wrapper, 0o755);
  return wrapper;
}

/** The Schemathesis release `npm run fuzz` runs (PyPI), pinned: a new release can find new things. */
export const SCHEMATHESIS_VERSION = '4.32.5';
/** What that release needs (its `Requires-Python`). */
const SCHEMATHESIS_MIN_PYTHON: [number, number] = [3, 11];

/** Runs a command and returns its stdout; rejects with its stderr. */
function capture(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim() || `exit ${code}`))));
  });
}

/**
 * Returns the path of the Schemathesis CLI (`st`), installed once from PyPI into a virtual environment at
 * `<cacheDir>/schemathesis-<version>/`: `python3 -m venv`, then `pip install schemathesis==<version>`. A venv is
 * not relocatable, so it is built in place and marked complete last; an unmarked one (an interrupted install) is
 * removed and built again. Needs `python3` with the venv module, in the version Schemathesis requires.
 */
export async function ensureSchemathesis(opts: { cacheDir: string; say: Say }): Promise<string> {
  const dir = path.join(opts.cacheDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = path.join(dir, 'bin', 'st');
  const marker = path.join(dir, '.provisioned');
  const complete = await readFile(marker, 'utf8').then(
    (v) => v.trim() === SCHEMATHESIS_VERSION,
    () => false,
  );
  if (complete && (await isExecutable(st))) return st;

  const [major, minor] = SCHEMATHESIS_MIN_PYTHON;
  const need = `Schemathesis ${SCHEMATHESIS_VERSION} (npm run fuzz) needs Python ${major}.${minor} or later with its venv module`;
  const debian = 'on Debian/Ubuntu, as root: apt-get update && apt-get install -y python3 python3-venv';
  const python = await onPath('python3');
  if (!python) throw new Error(`${need}, and there is no python3 on PATH; ${debian}`);
  let probe: string;
  try {
    probe = await capture(python, [
      '-c',
      [
        'import sys',
        'print("%d.%d" % sys.version_info[:2])',
        'try:\n  import venv, ensurepip\n  print("venv")',
        'except ImportError:\n  print("no venv")',
      ].join('\n'),
    ]);
  } catch (err) {
    throw new Error(`${need}; ${python} could not be asked (${(err as Error).message.split('\n').pop()})`);
  }
  const [version = '?', venvLine] = probe.trim().split('\n');
  const [gotMajor = 0, gotMinor = 0] = version.split('.').map(Number);
  if (gotMajor < major || (gotMajor === major && gotMinor < minor)) {
    throw new Error(
      `${need}; ${python} is Python ${version}. Install a newer python3 (Debian 12 and Ubuntu 24.04 ship 3.11+)`,
    );
  }
  if (venvLine !== 'venv')
    throw new Error(`${need}; ${python} (Python ${version}) has no venv/ensurepip module; ${debian}`);

  opts.say(`installing Schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${dir} (once; about a minute)`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(opts.cacheDir, { recursive: true });
  try {
    await run(python, ['-m', 'venv', dir]);
    await run(path.join(dir, 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-input',
      `schemathesis==${SCHEMATHESIS_VERSION}`,
    ]);
    await capture(st, ['--version']);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`installing Schemathesis ${SCHEMATHESIS_VERSION} failed: ${(err as Error).message}`);
  }
  await writeFile(marker, `${SCHEMATHESIS_VERSION}\n`);
  return st;
}

/**
 * The Temporal server the `temporal` CLI {@link TEMPORAL_CLI_VERSION} embeds (its go.mod requires
 * go.temporal.io/server v1.29.1 and github.com/temporalio/ui-server/v2 v2.42.1): the production topology runs the same
 * server and Web UI as the dev server, and docker-compose.yml pins the same versions of Temporal's images.
 */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
export const TEMPORAL_UI_SERVER_VERSION = 'v2.42.1';

/** What the production topology runs (scripts/lib/temporalServer.ts), all under one cached directory. */
export interface TemporalServerTools {
  /** `temporal-server` (go.temporal.io/server/cmd/server). */
  server: string;
  /** `temporal-sql-tool` (go.temporal.io/server/cmd/tools/sql). */
  sqlTool: string;
  /** `temporal-ui-server` (github.com/temporalio/ui-server/v2/cmd/server, the UI's assets embedded). */
  uiServer: string;
  /** The server module's `schema/` directory: `postgresql/v12/{temporal,visibility}/versioned`. */
  schemaDir: string;
}

/** Runs a command and returns its stdout, or rejects with the tail of its output. */
async function captureGo(args: string[]): Promise<string> {
  try {
    return (await capture('go', args)).trim();
  } catch (err) {
    throw new Error(`go ${args.join(' ')} failed: ${(err as Error).message.split('\n').slice(-5).join('\n')}`);
  }
}

/**
 * Returns the production topology's binaries, building them once with `go install` from the module proxy into
 * `<cacheDir>/temporal-server-<version>/` (about ten minutes on two cores with a cold Go build cache; `~/go` and
 * `~/.cache/go-build` are reused afterwards): the server and its SQL tool from go.temporal.io/server, the Web UI from
 * github.com/temporalio/ui-server/v2, and the server's PostgreSQL schema copied from the Go module cache, so the
 * directory is complete by itself. Built into a scratch directory and renamed last: an interrupted build leaves
 * nothing that looks finished.
 */
export async function ensureTemporalServer(opts: { cacheDir: string; say: Say }): Promise<TemporalServerTools> {
  const dir = path.join(opts.cacheDir, `temporal-server-${TEMPORAL_SERVER_VERSION}-ui-${TEMPORAL_UI_SERVER_VERSION}`);
  const tools: TemporalServerTools = {
    server: path.join(dir, 'bin', 'temporal-server'),
    sqlTool: path.join(dir, 'bin', 'temporal-sql-tool'),
    uiServer: path.join(dir, 'bin', 'temporal-ui-server'),
    schemaDir: path.join(dir, 'schema'),
  };
  if ((await isExecutable(tools.server)) && (await isExecutable(tools.sqlTool)) && (await isExecutable(tools.uiServer)))
    return tools;
  if (!(await onPath('go'))) {
    throw new Error(
      `the production topology needs temporal-server ${TEMPORAL_SERVER_VERSION}, built once with Go (go install from the module proxy), and there is no go on PATH`,
    );
  }
  opts.say(
    `building temporal-server and temporal-sql-tool ${TEMPORAL_SERVER_VERSION} and the Web UI server ${TEMPORAL_UI_SERVER_VERSION} with go install (once; several minutes) into ${dir}`,
  );
  const started = Date.now();
  const scratch = `${dir}.building-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.join(scratch, 'server'), { recursive: true });
  await mkdir(path.join(scratch, 'ui'), { recursive: true });
  try {
    const env = { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' };
    // Both commands are called `server`, hence two GOBINs.
    await run(
      'go',
      [
        'install',
        `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`,
        `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
      ],
      { env: { ...env, GOBIN: path.join(scratch, 'server') } },
    );
    await run('go', ['install', `github.com/temporalio/ui-server/v2/cmd/server@${TEMPORAL_UI_SERVER_VERSION}`], {
      env: { ...env, GOBIN: path.join(scratch, 'ui') },
    });
    const module = await captureGo([
      'mod',
      'download',
      '-json',
      `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`,
    ]).then((json) => (JSON.parse(json) as { Dir: string }).Dir);
    const bin = path.join(scratch, 'bin');
    await mkdir(bin, { recursive: true });
    await rename(path.join(scratch, 'server', 'server'), path.join(bin, 'temporal-server'));
    await rename(path.join(scratch, 'server', 'sql'), path.join(bin, 'temporal-sql-tool'));
    await rename(path.join(scratch, 'ui', 'server'), path.join(bin, 'temporal-ui-server'));
    // The module cache is read-only; the copy is made writable so the cache directory can be removed normally.
    await cp(path.join(module, 'schema', 'postgresql'), path.join(scratch, 'schema', 'postgresql'), {
      recursive: true,
    });
    await run('chmod', ['-R', 'u+w', path.join(scratch, 'schema')]);
    await rm(path.join(scratch, 'server'), { recursive: true, force: true });
    await rm(path.join(scratch, 'ui'), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
    await rename(scratch, dir);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  opts.say(`built the Temporal server tools in ${Math.round((Date.now() - started) / 1000)} s`);
  return tools;
}
