import net from 'node:net';

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A temporary directory the embedded PostgreSQL can use: as root it runs as a `postgres` user, which must be able
 * to enter the directory (mkdtemp makes it 0700).
 */
export async function tempDir(prefix: string): Promise<string> {
  const { mkdtemp, chmod } = await import('node:fs/promises');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

/**
 * The first of `count` consecutive TCP ports between 20000 and 32767 that were all free a moment ago on 127.0.0.1
 * (below the kernel's ephemeral range, and within what temporal-server's PostgreSQL schema stores in a smallint).
 */
export async function freePortRange(count: number): Promise<number> {
  const net = await import('node:net');
  const canListen = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.unref();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 100; attempt++) {
    const first = 20_000 + Math.floor(Math.random() * (32_768 - 20_000 - count));
    let free = true;
    for (let port = first; free && port < first + count; port++) free = await canListen(port);
    if (free) return first;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}
