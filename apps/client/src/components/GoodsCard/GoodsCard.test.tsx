import { fireEvent, render, screen } from '@testing-library/react';
import type { GoodsSummary } from '@livemall/shared';
import { GoodsCard } from './index';

const goods: GoodsSummary = {
  id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e01',
  merchantId: '2b1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e02',
  title: '云南高山蓝莓 125g×4盒',
  coverUrl: null,
  priceFen: 12990,
  stock: 8,
};

describe('GoodsCard', () => {
  it('shows the title, the price in yuan from integer fen, and the stock', () => {
    render(<GoodsCard goods={goods} />);
    expect(screen.getByText('云南高山蓝莓 125g×4盒')).toBeTruthy();
    expect(screen.getByText('¥129.90')).toBeTruthy();
    expect(screen.getByText('库存 8')).toBeTruthy();
  });

  it('says sold out when the stock is zero', () => {
    render(<GoodsCard goods={{ ...goods, stock: 0, priceFen: 5 }} />);
    expect(screen.getByText('已售罄')).toBeTruthy();
    expect(screen.getByText('¥0.05')).toBeTruthy();
  });

  it('hands the goods to onOpen when tapped', () => {
    const onOpen = jest.fn();
    render(<GoodsCard goods={goods} onOpen={onOpen} />);
    fireEvent.click(screen.getByText('云南高山蓝莓 125g×4盒'));
    expect(onOpen).toHaveBeenCalledWith(goods);
  });
});
