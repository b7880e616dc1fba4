import { Injectable } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const version: string = (require('../../../package.json') as { version: string }).version;

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LiveMall API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/ui-init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/docs/openapi.json', dom_id: '#ui' });`;

@Injectable()
export class DocsService {
  private document: unknown;

  /** Built on first request: the document only changes with the code. */
  openApi(): unknown {
    this.document ??= buildOpenApiDocument(version);
    return this.document;
  }

  page(): string {
    return page;
  }

  initScript(): string {
    return init;
  }
}
