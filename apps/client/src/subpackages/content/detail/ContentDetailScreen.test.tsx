import { render, screen } from '@testing-library/react';
import { contentDetail } from '@/test/content-fixtures';
import { ContentDetailScreen } from './index';

describe('ContentDetailScreen', () => {
  it('shows an article as text paragraphs: markup in the body stays text and never becomes elements', () => {
    const c = contentDetail(1, { body: '开头<img src=x onerror="alert(1)">\n\n<script>alert(2)</script>结尾' });
    render(<ContentDetailScreen content={c} />);
    const paras = Array.from(document.querySelectorAll('.content-detail__para')).map((p) => p.textContent);
    expect(paras).toEqual(['开头<img src=x onerror="alert(1)">', '<script>alert(2)</script>结尾']);
    expect(document.querySelector('#content-body img, #content-body script')).toBeNull();
  });

  it('lists the linked goods', () => {
    const goods = { id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e01', merchantId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', title: '赣南脐橙', coverUrl: null, priceFen: 3990, originalPriceFen: null, stock: 5, sales: 1 };
    render(<ContentDetailScreen content={contentDetail(2, { goods: [goods] })} />);
    expect(screen.getByText('文中好物')).toBeTruthy();
    expect(screen.getByText('赣南脐橙')).toBeTruthy();
  });
});
