import { createHash } from 'node:crypto';
import type { Clock } from '../../../common/clock/clock';
import type { PlayUrls, StreamSigner } from './stream-signer';

export interface TencentStreamConfig {
  pushDomain: string;
  playDomain: string;
  app: string;
  pushKey: string;
  /** Unset: the play domain has no authentication and play URLs are not signed. */
  playKey: string | undefined;
  ttlSeconds: number;
}

/**
 * Tencent Cloud CSS (云直播) URLs with its standard "key A" authentication: `txTime` is the expiry as a
 * Unix time in upper-case hex, and `txSecret = md5(key + streamName + txTime)`. Push and play domains
 * have keys of their own. URLs are signed afresh on each call, valid for `ttlSeconds` from now.
 */
export class TencentStreamSigner implements StreamSigner {
  constructor(
    private readonly config: TencentStreamConfig,
    private readonly clock: Clock,
  ) {}

  pushUrl(stream: string): string {
    return `rtmp://${this.config.pushDomain}/${this.config.app}/${stream}?${this.sign(this.config.pushKey, stream)}`;
  }

  playUrls(stream: string): PlayUrls {
    const query = this.config.playKey ? `?${this.sign(this.config.playKey, stream)}` : '';
    const base = `https://${this.config.playDomain}/${this.config.app}/${stream}`;
    return { flv: `${base}.flv${query}`, hls: `${base}.m3u8${query}` };
  }

  private sign(key: string, stream: string): string {
    const txTime = (Math.floor(this.clock.now().getTime() / 1000) + this.config.ttlSeconds).toString(16).toUpperCase();
    const txSecret = createHash('md5').update(key + stream + txTime).digest('hex');
    return `txSecret=${txSecret}&txTime=${txTime}`;
  }
}
