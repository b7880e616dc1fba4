import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';

const notBuilt = `<!doctype html><meta charset="utf-8"><title>LiveMall</title>
<p>The H5 app has not been built. Run <code>pnpm build:h5</code> (or <code>pnpm start</code>, which builds it).</p>
<p>The API is up: <a href="/healthz">/healthz</a>, <a href="/docs">/docs</a>.</p>`;

/** The built H5 app: its files are served by @fastify/static; unknown page paths get its index.html. */
@Injectable()
export class WebAppService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get indexFile(): string {
    return join(this.config.h5Dir, 'index.html');
  }

  isBuilt(): boolean {
    return existsSync(this.indexFile);
  }

  /** A browser navigating to a client-side route, not an API call or a missing asset. */
  wantsPage(req: FastifyRequest): boolean {
    const path = req.url.split('?')[0] ?? '';
    return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !/\.[a-z0-9]+$/i.test(path);
  }

  async sendIndex(reply: FastifyReply): Promise<void> {
    const html = this.isBuilt() ? await readFile(this.indexFile, 'utf8') : notBuilt;
    await reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  }
}
