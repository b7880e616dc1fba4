import { Controller, Get, Header } from '@nestjs/common';
import { PublicUnlisted } from '../auth/public-unlisted.decorator';
import { DocsService } from './docs.service';

/** `/docs`: Swagger UI over the OpenAPI document generated from packages/shared. */
@Controller('docs')
@PublicUnlisted()
export class DocsController {
  constructor(private readonly docs: DocsService) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page() {
    return this.docs.page();
  }

  @Get('ui-init.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  init() {
    return this.docs.initScript();
  }

  @Get('openapi.json')
  openApi() {
    return this.docs.openApi();
  }
}
