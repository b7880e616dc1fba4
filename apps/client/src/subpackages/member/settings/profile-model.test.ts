import { birthdayInput, birthdayLock, profileChange } from './profile-model';

describe('profile-model', () => {
  it('sends only the fields filled in, checked by the shared schema', () => {
    expect(profileChange({ nickname: ' 小明 ', avatarUrl: '' })).toEqual({ value: { nickname: '小明' } });
    expect(profileChange({ avatarUrl: 'https://cdn.example.com/a.png' })).toEqual({ value: { avatarUrl: 'https://cdn.example.com/a.png' } });
    expect(profileChange({ avatarUrl: 'http://cdn.example.com/a.png' })).toEqual({ error: '头像需为 https:// 开头的图片地址' });
    expect(profileChange({ nickname: '一'.repeat(21) })).toEqual({ error: '昵称需为 1–20 个字' });
    expect(profileChange({ nickname: '  ' })).toEqual({ error: '没有要修改的内容' });
  });

  it('takes real month-days only', () => {
    expect(birthdayInput('2', '29')).toEqual({ month: 2, day: 29 });
    expect(birthdayInput('2', '30')).toBeNull();
    expect(birthdayInput('4', '31')).toBeNull();
    expect(birthdayInput('13', '1')).toBeNull();
    expect(birthdayInput('', '1')).toBeNull();
  });

  it('says when a locked birthday can change again', () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(birthdayLock(null, now)).toBeNull();
    expect(birthdayLock('2026-01-01T00:00:00Z', now)).toBeNull();
    expect(birthdayLock('2027-06-15T12:00:00Z', now)).toMatch(/^2027年6月1[56]日后可再修改$/);
  });
});
