import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';

const notBuilt = (hint: string) => `<!doctype html><meta charset="utf-8"><title>LiveMall</title>
<p>This app has not been built. Run <code>${hint}</code> (or <code>pnpm start</code>, which builds it).</p>
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

  /** Pages under /admin belong to the merchant console, every other page to the H5 app. */
  private indexFor(req: FastifyRequest): { file: string; built: boolean; hint: string } {
    const path = req.url.split('?')[0] ?? '';
    if (path === '/admin' || path.startsWith('/admin/')) {
      const file = join(this.config.adminDir, 'index.html');
      return { file, built: existsSync(file), hint: 'pnpm build:admin' };
    }
    return { file: this.indexFile, built: this.isBuilt(), hint: 'pnpm build:h5' };
  }

  /** A browser navigating to a client-side route, not an API call or a missing asset. */
  wantsPage(req: FastifyRequest): boolean {
    const path = req.url.split('?')[0] ?? '';
    return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !/\.[a-z0-9]+$/i.test(path);
  }

  async sendIndex(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const index = this.indexFor(req);
    const html = index.built ? await readFile(index.file, 'utf8') : notBuilt(index.hint);
    await reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  }
}
