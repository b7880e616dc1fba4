import { SensitiveWords } from './sensitive-words';

describe('SensitiveWords', () => {
  const words = new SensitiveWords(['傻瓜', 'he', 'she', 'hers', '!加微信', 'SPAM']);

  it('masks every listed word, overlapping ones too, and leaves the rest', () => {
    expect(words.check('你这个傻瓜')).toEqual({ text: '你这个**', masked: true, rejected: false });
    expect(words.check('ushers')).toEqual({ text: 'u*****', masked: true, rejected: false });
    expect(words.check('主播好美')).toEqual({ text: '主播好美', masked: false, rejected: false });
  });

  it('matches case-insensitively and keeps the original case of what it leaves', () => {
    expect(words.check('No Spam today').text).toBe('No **** today');
  });

  it('refuses a comment that contains a rejecting word, wherever it sits', () => {
    expect(words.check('快来加微信领红包').rejected).toBe(true);
    expect(words.check('加微').rejected).toBe(false);
  });

  it('counts characters, not UTF-16 units, so emoji do not shift the mask', () => {
    expect(words.check('😀傻瓜😀').text).toBe('😀**😀');
  });
});
