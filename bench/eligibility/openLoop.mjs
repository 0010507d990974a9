/**
 * An open-loop load generator for bench/eligibility, run in a worker thread (so it does not share the API's event
 * loop): requests are *scheduled* at a fixed rate — one every 1/rate s from the start, whether or not the earlier ones
 * have been answered — over at most `connections` keep-alive sockets, and each latency is counted from the moment the
 * request was due, not from when a socket was free to send it. A request that waits for a socket therefore counts its
 * wait, as an official's would (no coordinated omission).
 *
 * autocannon's own rate limit (`overallRate`) cannot measure this: each connection sends its quota for the second as
 * fast as it can and then idles, so the load comes in bursts at the start of every second and the latencies are
 * those of a saturated server.
 *
 * workerData: { base, headers, paths, rate, seconds, connections }. Posts { latencies: Float64Array (ms), non2xx,
 * errors, sent, seconds } when every request has been answered. Plain JavaScript: no TypeScript loader runs here.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { base, headers, paths, rate, seconds, connections } = workerData;
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
const total = Math.round(rate * seconds);
const latencies = new Float64Array(total);
let sent = 0;
let done = 0;
let non2xx = 0;
let errors = 0;
const start = performance.now();

function send(i, due) {
  const req = http.request(
    { host: url.hostname, port: url.port, path: paths[i % paths.length], method: 'GET', headers, agent },
    (res) => {
      if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
      res.on('data', () => undefined);
      res.on('end', () => finish(i, due));
    },
  );
  req.on('error', () => {
    errors++;
    finish(i, due);
  });
  req.end();
}

function finish(i, due) {
  latencies[i] = performance.now() - due;
  if (++done === total) {
    agent.destroy();
    parentPort.postMessage({ latencies, non2xx, errors, sent, seconds: (performance.now() - start) / 1000 });
  }
}

/** Sends every request that is due by now; wakes again at the next one's due time (timers: 1 ms resolution). */
function tick() {
  const now = performance.now();
  while (sent < total) {
    const due = start + (sent * 1000) / rate;
    if (due > now) break;
    send(sent, due);
    sent++;
  }
  if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
}
tick();
