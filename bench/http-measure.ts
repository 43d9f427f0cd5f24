import http from 'node:http';
import autocannon from 'autocannon';
import type { LoadTarget } from './http-targets';
import { percentile } from './measure';

export interface LoadFigures {
  connections: number;
  /** The arrival rate the run asked for; null when each connection sends again as soon as it is answered. */
  rate: number | null;
  requests: number;
  req_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  /** What the first bad response was, so a failure can be read without a rerun. */
  first_error?: string;
}

// As autocannon's default: a request unanswered for this long counts as an error.
const TIMEOUT_MS = 10_000;

/** Latencies and bad responses of one run. */
class Tally {
  private latencies: number[] = [];
  private errors = 0;
  private firstError: string | undefined;

  constructor(private target: LoadTarget) {}

  latency(ms: number) {
    this.latencies.push(ms);
  }

  judge(status: number, body: string) {
    const problem = this.target.check(status, body);
    if (problem) this.fail(`${problem}: ${body.slice(0, 300)}`);
  }

  fail(problem: string, count = 1) {
    this.errors += count;
    this.firstError ??= problem;
  }

  figures(connections: number, rate: number | null, seconds: number): LoadFigures {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const ms = (p: number) => (sorted.length ? Math.round(percentile(sorted, p)) : 0);
    return {
      connections,
      rate,
      requests: sorted.length,
      req_per_s: Math.round((sorted.length / seconds) * 10) / 10,
      p50_ms: ms(50),
      p95_ms: ms(95),
      p99_ms: ms(99),
      errors: this.errors,
      ...(this.firstError && { first_error: this.firstError }),
    };
  }
}

/** Closed loop: every connection sends its next request as soon as the last is answered. Measures throughput. */
export async function saturate(origin: string, target: LoadTarget, seconds: number, connections: number): Promise<LoadFigures> {
  const tally = new Tally(target);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: TIMEOUT_MS / 1000,
        requests: [
          {
            method: target.method,
            path: target.path,
            headers: target.headers,
            setupRequest: (request) => (target.body ? { ...request, body: target.body() } : request),
            onResponse: (status, body) => tally.judge(status, body),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => tally.latency(ms));
  });
  // autocannon counts its timeouts among its errors.
  if (result.errors) tally.fail(`${result.errors} connection errors, ${result.timeouts} of them timeouts`, result.errors);
  return tally.figures(connections, null, result.duration);
}

function send(agent: http.Agent, origin: string, target: LoadTarget): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(target.path, origin), { method: target.method, headers: target.headers, agent, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(target.body?.());
  });
}

/**
 * Open loop: requests arrive evenly at `rate` per second over at most `connections` keep-alive connections,
 * and each latency runs from when its request was due, so time spent waiting for a free connection counts.
 * Not autocannon's overallRate: that cuts the connections to the rate and lets every connection send its
 * share at the same instant each second, a burst of `rate` concurrent requests that no office produces.
 */
export async function pace(origin: string, target: LoadTarget, seconds: number, connections: number, rate: number): Promise<LoadFigures> {
  const tally = new Tally(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const start = performance.now();
  const sent: Promise<void>[] = [];
  for (let k = 0; k < seconds * rate; k++) {
    const due = start + (k * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    sent.push(
      send(agent, origin, target).then(
        ({ status, body }) => {
          tally.latency(performance.now() - due);
          tally.judge(status, body);
        },
        (error: Error) => tally.fail(error.message),
      ),
    );
  }
  await Promise.all(sent);
  agent.destroy();
  return tally.figures(connections, rate, (performance.now() - start) / 1000);
}
