import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { useSession } from '@/stores/session';
import { roomFormToRequest, type RoomFormInput } from './room-form';
import { usePageView } from '@/hooks/usePageView';
import '../host.scss';

/** 新建直播间: title, anchor, cover and (optionally) when it is announced to start. */
export default function CreateRoomPage() {
  usePageView();
  const nickname = useSession((s) => s.user?.nickname ?? '');
  const [form, setForm] = useState<RoomFormInput>({ title: '', anchorName: nickname, coverUrl: '', date: '', time: '20:00' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<RoomFormInput>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    if (saving) return;
    const result = roomFormToRequest(form);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaving(true);
    try {
      const room = await call(api.createRoom, { body: result.body });
      void Taro.redirectTo({ url: `/subpackages/host/console/index?roomId=${room.id}` });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className='host-page'>
      <View className='host-card host-form'>
        <Text className='host-label'>标题</Text>
        <Input id='host-room-title' className='host-input' placeholder='如：周末草莓采摘专场' maxlength={80} value={form.title} onInput={(e) => set({ title: e.detail.value })} />
        <Text className='host-label'>主播</Text>
        <Input id='host-room-anchor' className='host-input' maxlength={64} value={form.anchorName} onInput={(e) => set({ anchorName: e.detail.value })} />
        <Text className='host-label'>封面图片网址（选填）</Text>
        <Input id='host-room-cover' className='host-input' placeholder='https://…' value={form.coverUrl} onInput={(e) => set({ coverUrl: e.detail.value })} />
        <Text className='host-label'>预告开播时间（选填）</Text>
        <View className='host-row'>
          <Picker mode='date' value={form.date} start={new Date().toISOString().slice(0, 10)} onChange={(e) => set({ date: String(e.detail.value) })}>
            <Text id='host-room-date' className='host-chip'>
              {form.date || '选择日期'}
            </Text>
          </Picker>
          <Picker mode='time' value={form.time} onChange={(e) => set({ time: String(e.detail.value) })}>
            <Text id='host-room-time' className='host-chip'>
              {form.time}
            </Text>
          </Picker>
          {form.date ? (
            <Text className='host-chip' onClick={() => set({ date: '' })}>
              不预告
            </Text>
          ) : null}
        </View>
        {error ? (
          <Text id='host-room-error' className='host-error'>
            {error}
          </Text>
        ) : null}
        <Text id='host-room-submit' className={`host-btn host-btn--wide${saving ? ' host-btn--off' : ''}`} onClick={() => void submit()}>
          {saving ? '创建中…' : '创建直播间'}
        </Text>
      </View>
    </View>
  );
}
