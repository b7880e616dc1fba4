import { Controller } from '@nestjs/common';
import { api, type CreateExperimentRequest, type ExperimentKeyParams } from '@livemall/shared';
import { ValidBody, ValidParams } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ExperimentsService } from './experiments.service';
import { MerchantExperimentsService } from './merchant-experiments.service';

@Controller()
export class ExperimentsController {
  constructor(
    private readonly experiments: ExperimentsService,
    private readonly merchant: MerchantExperimentsService,
  ) {}

  @Route(api.createExperiment)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: CreateExperimentRequest) {
    return this.merchant.create(user.id, body);
  }

  @Route(api.merchantExperiments)
  list(@CurrentUser() user: AuthUser) {
    return this.merchant.list(user.id);
  }

  @Route(api.startExperiment)
  start(@CurrentUser() user: AuthUser, @ValidParams() params: ExperimentKeyParams) {
    return this.merchant.start(user.id, params.key);
  }

  @Route(api.stopExperiment)
  stop(@CurrentUser() user: AuthUser, @ValidParams() params: ExperimentKeyParams) {
    return this.merchant.stop(user.id, params.key);
  }

  @Route(api.experimentResults)
  results(@CurrentUser() user: AuthUser, @ValidParams() params: ExperimentKeyParams) {
    return this.merchant.results(user.id, params.key);
  }

  @Route(api.myExperimentAssignment)
  assignment(@CurrentUser() user: AuthUser, @ValidParams() params: ExperimentKeyParams) {
    return this.experiments.assignment(user.id, params.key);
  }

  @Route(api.recordExperimentExposure)
  expose(@CurrentUser() user: AuthUser, @ValidParams() params: ExperimentKeyParams) {
    return this.experiments.expose(user.id, params.key);
  }
}
