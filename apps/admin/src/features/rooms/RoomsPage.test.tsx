import { render, screen, waitFor } from '@testing-library/react';
import { useSession, type ConsoleStaff } from '../../auth/session';
import { reply, requests } from './fake-fetch';
import { RoomsPage } from './RoomsPage';

const SHOP = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const OTHER = '99999999-9999-4999-8999-999999999999';
const room = (id: string, merchantId: string, title: string, status: string) => ({ id, merchantId, title, coverUrl: null, anchorName: '小橙', status, scheduledAt: null });
const hostRoom = (id: string, title: string, status: string) => ({ ...room(id, SHOP, title, status), playUrls: null, startedAt: null, endedAt: null, reminders: 0, streamName: 's', pushUrl: null });
const R1 = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const R2 = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0102';

const signIn = (role: ConsoleStaff['role']) =>
  useSession.getState().signIn({ accessToken: 'a', refreshToken: 'r', accessExpiresIn: 900, user: { id: SHOP, nickname: 'n', avatarUrl: null, roles: [] } } as never, { userId: SHOP, nickname: 'n', merchantId: SHOP, merchantName: '演示小店', role, login: null });

// react-router needs TextEncoder, which jsdom lacks; the list only navigates on a click.
jest.mock('react-router-dom', () => ({ useNavigate: () => jest.fn() }));
// jest.config's transform list misses @ant-design/colors under .pnpm (`@ant-design+colors`), which the icons import.
jest.mock('@ant-design/icons', () => ({ PlusOutlined: () => null, ReloadOutlined: () => null }));
jest.setTimeout(30_000);

describe('RoomsPage', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock;
  });

  it("lists the owner's rooms with the owner's actions", async () => {
    signIn('owner');
    fetchMock.mockResolvedValue(reply(200, { items: [hostRoom(R1, '预告场', 'scheduled'), hostRoom(R2, '正在播', 'live')], nextCursor: null }));
    render(<RoomsPage />);
    expect(await screen.findByText('预告场')).toBeTruthy();
    expect(requests(fetchMock)[0]!.url).toBe('/merchant/rooms?limit=20');
    expect(document.getElementById('rooms-create')).toBeTruthy();
    expect(document.getElementById(`room-start-${R1}`)).toBeTruthy();
    expect(document.getElementById(`room-start-${R2}`)).toBeNull();
    expect(document.getElementById(`room-end-${R2}`)!.textContent).toMatch(/^结 ?束$/);
    expect(document.getElementById(`room-end-${R1}`)!.textContent).toMatch(/^取 ?消$/);
  });

  it("gives an assistant the shop's live and upcoming rooms, with the panel but no lifecycle buttons", async () => {
    signIn('assistant');
    fetchMock.mockResolvedValue(reply(200, { items: [room(R1, SHOP, '本店直播', 'live'), room(R2, OTHER, '别家直播', 'live')], nextCursor: null }));
    render(<RoomsPage />);
    expect(await screen.findByText('本店直播')).toBeTruthy();
    expect(screen.queryByText('别家直播')).toBeNull();
    expect(requests(fetchMock)[0]!.url).toBe('/live-rooms?limit=50');
    expect(document.getElementById(`room-panel-${R1}`)).toBeTruthy();
    for (const id of ['rooms-create', `room-start-${R1}`, `room-end-${R1}`, `room-edit-${R1}`]) expect(document.getElementById(id)).toBeNull();
  });

  it('says so when there are no rooms yet', async () => {
    signIn('owner');
    fetchMock.mockResolvedValue(reply(200, { items: [], nextCursor: null }));
    render(<RoomsPage />);
    await waitFor(() => expect(screen.getByText('还没有直播间，点「新建直播间」创建第一场')).toBeTruthy());
  });
});
