import { Agent, request } from 'node:http';

/** One request as sent: what the report prints for an offender. */
export interface FuzzRequest {
  method: string;
  /** Path and query, already encoded (sent byte for byte, never normalised). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Why it was generated, e.g. `createGoods body.skus[0].priceFen = -1`. */
  label: string;
}

export interface FuzzResponse {
  status: number;
  text: string;
}

/**
 * Raw HTTP over a keep-alive agent: node's client sends the path as given (fetch would resolve `..` and
 * re-encode), sends any content type, and lets a body go with any method.
 */
export class FuzzHttp {
  private readonly agent: Agent;
  sent = 0;

  constructor(
    private readonly baseUrls: string[],
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** Requests sent again because a kept-alive socket was closed under them before any answer. */
  retried = 0;

  async send(req: FuzzRequest, instance = this.sent): Promise<FuzzResponse> {
    for (let attempt = 0; ; attempt++) {
      const res = await this.once(req, instance);
      // The server closes a connection after refusing a body it did not read (a 413, a route-level 404);
      // a request already queued on that socket dies unanswered. Like undici, try it once more.
      if (res.status !== 0 || attempt === 2 || !/ECONNRESET|EPIPE|socket hang up/.test(res.text)) return res;
      this.retried += 1;
    }
  }

  private once(req: FuzzRequest, instance: number): Promise<FuzzResponse> {
    const base = new URL(this.baseUrls[instance % this.baseUrls.length] as string);
    this.sent += 1;
    return new Promise((resolve) => {
      const headers: Record<string, string | number> = { ...req.headers };
      if (req.body !== undefined && headers['content-length'] === undefined) headers['content-length'] = Buffer.byteLength(req.body);
      let answered = false;
      // A server may answer (413) and close before the client finished writing: the answer counts, the
      // write error after it does not. No answer at all is status 0, reported as such.
      const fail = (error: Error) => {
        if (!answered) resolve({ status: 0, text: `no answer: ${error.message}` });
        answered = true;
      };
      const r = request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent: this.agent, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (!answered) resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
          answered = true;
        });
        res.on('error', fail);
      });
      r.on('timeout', () => r.destroy(new Error('no answer within 30 s')));
      r.on('error', fail);
      if (req.body !== undefined) r.write(req.body);
      r.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i] as T, i);
    }
  });
  await Promise.all(lanes);
}

/** encodeURIComponent that also carries a lone surrogate, as the raw bytes a hostile client would send. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((ch) => (/[\ud800-\udfff]/.test(ch) && ch.length === 1 ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}
