import { Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../../../common/clock/clock';
import type { AppConfig } from '../../../config/config';
import { APP_CONFIG } from '../../../config/config.tokens';
import { NoStreamSigner } from './no-stream-signer';
import { STREAM_SIGNER, type StreamSigner } from './stream-signer';
import { TemplateStreamSigner } from './template-stream-signer';
import { TencentStreamSigner } from './tencent-stream-signer';

export function createStreamSigner(stream: AppConfig['stream'], clock: Clock): StreamSigner {
  switch (stream.provider) {
    case 'none':
      return new NoStreamSigner();
    case 'tencent':
      return new TencentStreamSigner(stream, clock);
    case 'template':
      return new TemplateStreamSigner(stream);
  }
}

/** The stream-URL signer of this deployment, chosen by STREAM_PROVIDER. */
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: STREAM_SIGNER, inject: [APP_CONFIG, CLOCK], useFactory: (config: AppConfig, clock: Clock) => createStreamSigner(config.stream, clock) },
  ],
  exports: [STREAM_SIGNER, CLOCK],
})
export class StreamsModule {}
