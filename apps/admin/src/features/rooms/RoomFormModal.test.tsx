import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { reply } from './fake-fetch';
import { RoomFormModal } from './RoomFormModal';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const hostRoom = { id: ROOM, merchantId: MERCHANT, title: '脐橙专场', coverUrl: null, anchorName: '小橙', status: 'scheduled', scheduledAt: null, playUrls: null, startedAt: null, endedAt: null, reminders: 0, streamName: 's', pushUrl: null };

const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const submit = () => act(async () => fireEvent.click(document.getElementById('room-form-submit')!));

jest.setTimeout(30_000);

describe('RoomFormModal', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock;
  });

  it('says in words what is missing or wrong, and sends nothing', async () => {
    render(<RoomFormModal open room={null} onClose={jest.fn()} onSaved={jest.fn()} />);
    await submit();
    expect(await screen.findByText('请输入直播标题')).toBeTruthy();
    expect(screen.getByText('请输入主播名称')).toBeTruthy();
    fill('room-title', 'x'.repeat(81));
    fill('room-cover', 'http://pic.example.com/a.jpg');
    await submit();
    expect(await screen.findByText('标题最多 80 个字')).toBeTruthy();
    expect(screen.getByText('封面需为 https:// 开头的图片链接')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('creates the room with trimmed fields and no cover or time when left empty', async () => {
    fetchMock.mockResolvedValue(reply(201, hostRoom));
    const onSaved = jest.fn();
    render(<RoomFormModal open room={null} onClose={jest.fn()} onSaved={onSaved} />);
    fill('room-title', '  脐橙专场 ');
    fill('room-anchor', '小橙');
    await submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/merchant/rooms');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ title: '脐橙专场', anchorName: '小橙', coverUrl: null, scheduledAt: null });
  });

  it('shows a state conflict in words when the room ended meanwhile', async () => {
    fetchMock.mockResolvedValue(reply(409, { code: 'ROOM_STATE_CONFLICT', message: 'This room has ended' }));
    render(<RoomFormModal open room={hostRoom as never} onClose={jest.fn()} onSaved={jest.fn()} />);
    await waitFor(() => expect((document.getElementById('room-title') as HTMLInputElement).value).toBe('脐橙专场'));
    await submit();
    expect((await screen.findByText(/直播间当前状态不允许这样做/)).closest('#room-form-error')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect([url, init.method]).toEqual([`/merchant/rooms/${ROOM}`, 'PATCH']);
  });
});
