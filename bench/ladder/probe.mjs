/**
 * Preloaded into the worker process by bench/ladder (`node --expose-gc --import ./bench/ladder/probe.mjs
 * worker/main.ts`): answers the bench's `memory` messages on the IPC channel with the process's memory — after a full
 * garbage collection when asked — so the bench reads the real worker's V8 heap without changing the worker.
 *
 * The SDK runs workflows in a thread of their own (with an isolate, and a heap, of its own), and a thread inherits the
 * preload: there it answers over a BroadcastChannel, and the main thread adds its heap to its own. Plain JavaScript:
 * no TypeScript loader runs in that thread.
 */
import v8 from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

const channel = new BroadcastChannel('bench-ladder-memory');
channel.unref();
const collect = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);

if (!isMainThread) {
  channel.onmessage = (e) => {
    if (e.data?.type !== 'ask') return;
    if (e.data.gc) collect();
    const h = v8.getHeapStatistics();
    channel.postMessage({ type: 'heap', id: e.data.id, threadId, used: h.used_heap_size, total: h.total_heap_size });
  };
} else if (process.send && process.channel) {
  const replies = new Map();
  channel.onmessage = (e) => {
    if (e.data?.type === 'heap') replies.get(e.data.id)?.push(e.data);
  };
  process.on('message', (m) => {
    if (m?.type !== 'memory') return;
    const got = [];
    replies.set(m.id, got);
    channel.postMessage({ type: 'ask', id: m.id, gc: !!m.gc });
    if (m.gc) collect();
    // The threads answer between their tasks; a busy one may take a while.
    setTimeout(
      () => {
        replies.delete(m.id);
        const u = process.memoryUsage();
        const threadHeapUsed = got.reduce((sum, r) => sum + r.used, 0);
        process.send?.({
          type: 'memory',
          id: m.id,
          rss: u.rss,
          heapUsed: u.heapUsed + threadHeapUsed,
          mainHeapUsed: u.heapUsed,
          threadHeapUsed,
          threads: got.length,
          external: u.external,
        });
      },
      m.gc ? 2000 : 500,
    );
  });
  // The channel must not keep the worker alive once it has shut down (after the listener, which refs it).
  process.channel.unref();
}
