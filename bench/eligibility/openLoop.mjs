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
 * HTTP/1.1 over plain `net` sockets with the requests' bytes built once, as autocannon does: the generator shares the
 * two cores with the API and PostgreSQL, and node:http's heavier client weighed on them (before the API's server fix,
 * p99 at 2,000 requests/s was 356–658 ms measured with node:http, 202 ms with these sockets). One request at a time
 * per socket (no pipelining); an answer is framed by its Content-Length (the API always sends one on this endpoint —
 * a 204 or 304 would not; anything else counts as an error and the socket is replaced). A socket that breaks before
 * answering is replaced after a short backoff; past 20 such in a row the API is not there, and every request left
 * counts as an error, so the run ends instead of spinning.
 *
 * workerData: { base, headers, paths, rate, seconds, warmup, connections }: `warmup` seconds of requests at the same
 * rate go first and are not measured (their non-2xx and errors still count). Posts { latencies: Float64Array (ms),
 * lags: Float64Array (ms, how late the generator took up each request: its own share of the latency), non2xx, errors,
 * sent, seconds (of the measured part) } for the measured requests when every request has been answered. Plain
 * JavaScript: no TypeScript loader runs here.
 */
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { base, headers, paths, rate, seconds, warmup = 0, connections } = workerData;
const url = new URL(base);
const head = Object.entries(headers)
  .map(([k, v]) => `${k}: ${v}\r\n`)
  .join('');
const wire = paths.map((p) =>
  Buffer.from(`GET ${p} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n${head}\r\n`, 'latin1'),
);
/** Requests of the warm-up, sent at the same rate before the measured ones and not counted in the latencies. */
const warm = Math.round(rate * warmup);
const total = warm + Math.round(rate * seconds);
const latencies = new Float64Array(total);
const lags = new Float64Array(total); // how late the generator itself was in taking up each request
const waiting = []; // indexes of due requests with no free socket yet
const free = []; // idle sockets, the longest idle first (so none idles past the server's keep-alive timeout)
const sockets = new Set();
/** Sockets that broke before answering anything, in a row: past MAX_BROKEN the API is not there, and the run ends. */
let brokenInARow = 0;
const MAX_BROKEN = 20;
let sent = 0;
let done = 0;
let non2xx = 0;
let errors = 0;
let start = 0;
const dueOf = (i) => start + (i * 1000) / rate;
const CRLF2 = Buffer.from('\r\n\r\n');

function connect() {
  const s = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true });
  const c = { s, i: -1, buf: Buffer.alloc(0), need: -1, answered: false };
  sockets.add(c);
  s.on('connect', () => release(c));
  s.on('data', (chunk) => {
    if (c.i < 0) return fail(c); // nothing was asked on this socket
    c.buf = c.buf.length ? Buffer.concat([c.buf, chunk]) : chunk;
    if (c.need < 0) {
      const end = c.buf.indexOf(CRLF2);
      if (end < 0) return;
      const headText = c.buf.toString('latin1', 0, end);
      const status = Number(headText.slice(9, 12));
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(headText);
      if (!m) return fail(c);
      if (status < 200 || status > 299) non2xx++;
      c.need = end + 4 + Number(m[1]);
    }
    if (c.buf.length < c.need) return;
    const i = c.i;
    c.buf = c.buf.subarray(c.need);
    c.need = -1;
    c.i = -1;
    c.answered = true;
    brokenInARow = 0;
    finish(i);
    release(c);
  });
  s.on('end', () => fail(c));
  s.on('error', () => fail(c));
  s.on('close', () => fail(c));
}

/** A socket that broke: its request counts as an error, and a new socket takes its place. */
function fail(c) {
  if (c.dead) return;
  c.dead = true;
  c.s.destroy();
  const k = free.indexOf(c);
  if (k >= 0) free.splice(k, 1);
  sockets.delete(c);
  if (c.i >= 0) {
    errors++;
    finish(c.i);
  }
  if (!c.answered) brokenInARow++;
  if (done >= total) return;
  if (brokenInARow <= MAX_BROKEN) setTimeout(connect, Math.min(1000, 10 * brokenInARow));
  else if (sockets.size === 0) for (let i = waiting.shift(); i !== undefined; i = waiting.shift()) fail1(i);
}

/** A request that could not be sent (the API is not there): an error, timed like the others. */
function fail1(i) {
  errors++;
  finish(i);
}

function release(c) {
  if (c.dead) return;
  const i = waiting.shift();
  if (i === undefined) free.push(c);
  else dispatch(c, i);
}

function dispatch(c, i) {
  c.i = i;
  c.s.write(wire[i % wire.length]);
}

function finish(i) {
  latencies[i] = performance.now() - dueOf(i);
  if (++done === total) {
    for (const c of sockets) {
      c.dead = true;
      c.s.destroy();
    }
    parentPort.postMessage({
      latencies: latencies.subarray(warm),
      lags: lags.subarray(warm),
      non2xx,
      errors,
      sent,
      seconds: (performance.now() - dueOf(warm)) / 1000,
    });
  }
}

/** Sends every request that is due by now; wakes again at the next one's due time (timers: 1 ms resolution). */
function tick() {
  const now = performance.now();
  while (sent < total && dueOf(sent) <= now) {
    lags[sent] = now - dueOf(sent);
    const c = free.shift();
    if (c) dispatch(c, sent);
    else if (brokenInARow > MAX_BROKEN && sockets.size === 0) fail1(sent);
    else waiting.push(sent);
    sent++;
  }
  if (sent < total) setTimeout(tick, Math.max(0, dueOf(sent) - performance.now()));
}

for (let k = 0; k < connections; k++) connect();
// The sockets connect first; the schedule starts when sending begins.
setTimeout(() => {
  start = performance.now();
  tick();
}, 50);
