import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { MyBirthday, SetBirthdayRequest } from '@livemall/shared';
import { birthdayInput, birthdayLock } from './profile-model';

export interface BirthdaySectionProps {
  birthday: MyBirthday;
  busy: boolean;
  now: number;
  onSave(birthday: SetBirthdayRequest): void;
}

/** 生日: set once, then changeable once a year (it grants birthday coupons); says when it can change. */
export function BirthdaySection({ birthday, busy, now, onSave }: BirthdaySectionProps) {
  const [month, setMonth] = useState(birthday.birthday ? String(birthday.birthday.month) : '');
  const [day, setDay] = useState(birthday.birthday ? String(birthday.birthday.day) : '');
  const [error, setError] = useState<string | null>(null);
  const lock = birthdayLock(birthday.changeableFrom, now);
  const save = () => {
    const value = birthdayInput(month, day);
    if (!value) return setError('请填写正确的月和日');
    setError(null);
    onSave(value);
  };
  return (
    <View className='member-card'>
      <View className='settings-row'>
        <Text className='settings-row__label'>生日</Text>
        {lock ? (
          <Text id='settings-birthday' className='settings-row__value'>
            {birthday.birthday ? `${birthday.birthday.month}月${birthday.birthday.day}日` : '未设置'}
          </Text>
        ) : (
          <View className='settings-birthday'>
            <Input id='settings-birthday-month' className='settings-birthday__input' type='number' maxlength={2} value={month} placeholder='月' onInput={(e) => setMonth(e.detail.value)} />
            <Text>月</Text>
            <Input id='settings-birthday-day' className='settings-birthday__input' type='number' maxlength={2} value={day} placeholder='日' onInput={(e) => setDay(e.detail.value)} />
            <Text>日</Text>
            <Text id='settings-birthday-save' className={`member-btn member-btn--small${busy ? ' member-btn--off' : ''}`} onClick={busy ? undefined : save}>
              保存
            </Text>
          </View>
        )}
      </View>
      <Text id='settings-birthday-note' className='member-hint'>
        {lock ?? (birthday.birthday ? '修改后 12 个月内不能再改' : '生日月可领生日礼券，设置后 12 个月内不能修改')}
      </Text>
      {error ? <Text className='member-error'>{error}</Text> : null}
    </View>
  );
}
