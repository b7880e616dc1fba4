import { Controller } from '@nestjs/common';
import { api } from '@livemall/shared';
import { Route } from '../../common/contract/route.decorator';
import { HealthService } from './health.service';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Route(api.health)
  check() {
    return this.health.check();
  }
}
