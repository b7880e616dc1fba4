import dayjs, { type Dayjs } from 'dayjs';

export type Window = [Dayjs, Dayjs];

/** A window starting now and lasting `days`: what most activities want, so a form can be sent as is. */
export const defaultWindow = (days = 7): Window => [dayjs().startOf('minute'), dayjs().startOf('minute').add(days, 'day')];

export const windowRule = {
  validator: async (_: unknown, value: Window | null | undefined) => {
    if (!value?.[0] || !value?.[1]) throw new Error('请选择活动时间');
    if (!value[1].isAfter(value[0])) throw new Error('结束时间须晚于开始时间');
    if (!value[1].isAfter(dayjs())) throw new Error('结束时间须在未来');
  },
};

export const iso = (d: Dayjs) => d.toDate().toISOString();

export const shortTime = (s: string) => dayjs(s).format('MM-DD HH:mm');

/** An integer typed as text, checked in words (the form keeps text so nothing is silently rounded). */
export function intRule(label: string, min: number, max: number) {
  return {
    validator: async (_: unknown, value: unknown) => {
      const text = value === undefined || value === null ? '' : String(value).trim();
      if (text === '') throw new Error(`请填写${label}`);
      if (!/^\d+$/.test(text)) throw new Error(`${label}须为整数`);
      const n = Number(text);
      if (n < min || n > max) throw new Error(`${label}须在 ${min} 到 ${max} 之间`);
    },
  };
}
