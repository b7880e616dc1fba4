import type { PlayUrls, StreamSigner } from './stream-signer';

/**
 * A self-hosted server (SRS, nginx-rtmp) that authenticates by its own means (an IP allow-list, an
 * `on_publish` hook): the URLs are the configured templates with `{stream}` filled in.
 */
export class TemplateStreamSigner implements StreamSigner {
  constructor(private readonly templates: { push: string; flv: string | undefined; hls: string | undefined }) {}

  pushUrl(stream: string): string {
    return fill(this.templates.push, stream);
  }

  playUrls(stream: string): PlayUrls {
    return {
      flv: this.templates.flv ? fill(this.templates.flv, stream) : null,
      hls: this.templates.hls ? fill(this.templates.hls, stream) : null,
    };
  }
}

const fill = (template: string, stream: string) => template.split('{stream}').join(encodeURIComponent(stream));
