import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { favourite } from '@/test/member-fixtures';
import { FavouritesScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

describe('FavouritesScreen', () => {
  it('lists favourites and removes one once the server agreed', async () => {
    const [a, b] = [favourite(1), favourite(2)];
    const fake = fakeRequest((c) => {
      if (c.url.startsWith('/me/favourites?')) return json(200, { items: [a, b], nextCursor: null });
      if (c.method === 'DELETE' && c.url === `/me/favourites/${a.goods.id}`) return json(200, { favourited: false });
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<FavouritesScreen />);

    await waitFor(() => expect(screen.getByText('好物1')).toBeTruthy());
    expect(screen.getByText('¥20.00')).toBeTruthy();
    await act(async () => {
      fireEvent.click(document.getElementById(`favourite-remove-${a.goods.id}`)!);
    });
    await waitFor(() => expect(screen.queryByText('好物1')).toBeNull());
    expect(screen.getByText('好物2')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('says so when there are none', async () => {
    mockRequest.mockImplementation(fakeRequest(() => json(200, { items: [], nextCursor: null })).request);
    render(<FavouritesScreen />);
    await waitFor(() => expect(screen.getByText('还没有收藏的商品')).toBeTruthy());
  });
});
