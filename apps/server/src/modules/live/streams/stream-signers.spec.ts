import { fixedClock } from '../../../common/clock/clock';
import { NoStreamSigner } from './no-stream-signer';
import { type StreamSigner, streamNameOf } from './stream-signer';
import { TemplateStreamSigner } from './template-stream-signer';
import { TencentStreamSigner, type TencentStreamConfig } from './tencent-stream-signer';
import { withViewerUrls } from './viewer-urls';

// 0x5C2ACFA0 = 1546309536 = the expiry, one day (86400 s) after this moment.
const NOW = new Date((0x5c2acfa0 - 86_400) * 1000);
const tencentConfig: TencentStreamConfig = { pushDomain: 'push.example.com', playDomain: 'play.example.com', app: 'live', pushKey: 'KEY', playKey: undefined, ttlSeconds: 86_400 };

describe('TencentStreamSigner against a hand-computed vector', () => {
  it('signs the push URL with md5(key + stream + upper-case hex expiry)', () => {
    // printf '%s' 'KEY''room_abc''5C2ACFA0' | md5sum  →  2ec04b2772a41bf5ed6cc7a45e934066
    const signer = new TencentStreamSigner(tencentConfig, fixedClock(NOW));
    expect(signer.pushUrl('room_abc')).toBe('rtmp://push.example.com/live/room_abc?txSecret=2ec04b2772a41bf5ed6cc7a45e934066&txTime=5C2ACFA0');
  });

  it('signs play URLs with the play key when there is one, and not at all when there is none', () => {
    // printf '%s' 'PLAYKEY''room_abc''5C2ACFA0' | md5sum  →  484fcf5ebaaa8e67bf02669d7036a1c0
    const signed = new TencentStreamSigner({ ...tencentConfig, playKey: 'PLAYKEY' }, fixedClock(NOW));
    const query = '?txSecret=484fcf5ebaaa8e67bf02669d7036a1c0&txTime=5C2ACFA0';
    expect(signed.playUrls('room_abc')).toEqual({
      flv: `https://play.example.com/live/room_abc.flv${query}`,
      hls: `https://play.example.com/live/room_abc.m3u8${query}`,
    });
    expect(new TencentStreamSigner(tencentConfig, fixedClock(NOW)).playUrls('room_abc')).toEqual({
      flv: 'https://play.example.com/live/room_abc.flv',
      hls: 'https://play.example.com/live/room_abc.m3u8',
    });
  });

  it('moves the expiry with the clock and the TTL', () => {
    const clock = fixedClock(NOW);
    const signer = new TencentStreamSigner({ ...tencentConfig, ttlSeconds: 600 }, clock);
    expect(signer.pushUrl('room_abc')).toContain(`txTime=${(NOW.getTime() / 1000 + 600).toString(16).toUpperCase()}`);
    clock.set(NOW.getTime() + 1000);
    expect(signer.pushUrl('room_abc')).toContain(`txTime=${(NOW.getTime() / 1000 + 601).toString(16).toUpperCase()}`);
  });
});

describe('TemplateStreamSigner', () => {
  it('fills {stream} in every template, and leaves a missing format null', () => {
    const signer = new TemplateStreamSigner({ push: 'rtmp://srs.local/live/{stream}?secret=s', flv: 'http://srs.local/live/{stream}.flv', hls: undefined });
    expect(signer.pushUrl('room_abc')).toBe('rtmp://srs.local/live/room_abc?secret=s');
    expect(signer.playUrls('room_abc')).toEqual({ flv: 'http://srs.local/live/room_abc.flv', hls: null });
  });
});

// What every provider promises, whichever the deployment chose.
describe.each<[string, () => StreamSigner]>([
  ['none', () => new NoStreamSigner()],
  ['tencent', () => new TencentStreamSigner({ ...tencentConfig, playKey: 'PLAYKEY' }, fixedClock(NOW))],
  ['template', () => new TemplateStreamSigner({ push: 'rtmp://srs.local/live/{stream}', flv: 'http://srs.local/live/{stream}.flv', hls: 'http://srs.local/live/{stream}.m3u8' })],
])('StreamSigner contract: %s', (name, make) => {
  const roomId = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
  const stream = streamNameOf(roomId);

  it('gives a push URL exactly when it gives play URLs, each naming the stream', () => {
    const signer = make();
    const push = signer.pushUrl(stream);
    const play = signer.playUrls(stream);
    expect(push === null).toBe(play === null);
    expect(push === null).toBe(name === 'none');
    if (push && play) {
      expect(push).toContain(stream);
      for (const url of [play.flv, play.hls]) expect(url).toContain(stream);
    }
  });

  it('never puts the push credential in a play URL', () => {
    const signer = make();
    const push = signer.pushUrl(stream);
    const secret = push && new URL(push).searchParams.get('txSecret');
    const play = JSON.stringify(signer.playUrls(stream));
    if (secret) expect(play).not.toContain(secret);
    expect(play).not.toContain('KEY"');
  });

  it('gives viewers play URLs only while the room is live', () => {
    const signer = make();
    const room = { id: roomId, status: 'live' as const, playUrls: null };
    expect(withViewerUrls(room, signer).playUrls).toEqual(signer.playUrls(stream));
    for (const status of ['scheduled', 'ended'] as const) expect(withViewerUrls({ ...room, status }, signer).playUrls).toBeNull();
  });
});

describe('streamNameOf', () => {
  it('is room_ and the room id without dashes: safe in any URL path', () => {
    expect(streamNameOf('6F1C2A52-5D1E-4C8E-9A51-0D6A1F0C0101')).toBe('room_6f1c2a525d1e4c8e9a510d6a1f0c0101');
    expect(streamNameOf('6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101')).toMatch(/^room_[0-9a-f]{32}$/);
  });
});
