import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../promotions/common/fake-server';
import { click, fill, submit } from '../promotions/common/form-helpers';
import { FaqEditor } from './FaqEditor';

/** A tags Select takes a keyword on Enter. */
async function typeKeyword(id: string, word: string) {
  const input = document.getElementById(id)!;
  await act(async () => {
    fireEvent.change(input, { target: { value: word } });
  });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
}

// antd forms in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('FaqEditor', () => {
  it('loads the rules, words what is missing or too long, and saves the whole list', async () => {
    const api = fakeServer({
      'GET /merchant/support/faqs': { json: { faqs: [{ keywords: ['发货'], answer: '48 小时内发货' }] } },
      'PUT /merchant/support/faqs': (s) => ({ json: s.body }),
    });
    render(<FaqEditor />);
    expect(await screen.findByDisplayValue('48 小时内发货')).toBeTruthy();

    await click('faq-add');
    await submit('faq-save');
    expect(await screen.findByText('请至少填写一个关键词（输入后按回车）')).toBeTruthy();
    expect(screen.getByText('请填写自动回复的内容')).toBeTruthy();

    await typeKeyword('faq-1-keywords', '这是一个非常非常非常非常长的关键词超过二十');
    fill('faq-1-answer', '   ');
    await submit('faq-save');
    expect(await screen.findByText(/太长：每个最多 20 个字/)).toBeTruthy();
    expect(api.posted('PUT', '/merchant/support/faqs')).toHaveLength(0);

    // Remove the long tag (its close icon) and add good ones.
    await act(async () => {
      fireEvent.click(document.querySelector('#faq-form .ant-card:nth-of-type(2) .ant-select-selection-item-remove, #faq-form .ant-card + .ant-card [class*="-remove"]')!);
    });
    await typeKeyword('faq-1-keywords', '退货');
    await typeKeyword('faq-1-keywords', '退款');
    fill('faq-1-answer', ' 7 天无理由退货 ');
    await submit('faq-save');
    await waitFor(() => expect(api.posted('PUT', '/merchant/support/faqs')).toHaveLength(1));
    expect(api.posted('PUT', '/merchant/support/faqs')[0]!.body).toEqual({
      faqs: [
        { keywords: ['发货'], answer: '48 小时内发货' },
        { keywords: ['退货', '退款'], answer: '7 天无理由退货' },
      ],
    });
    expect(await screen.findByText('已保存，新规则立即生效')).toBeTruthy();
  });

  it("shows the server's refusal in words", async () => {
    fakeServer({
      'GET /merchant/support/faqs': { json: { faqs: [{ keywords: ['发货'], answer: '48 小时内发货' }] } },
      'PUT /merchant/support/faqs': { status: 403, json: { code: 'NOT_A_MERCHANT', message: 'no shop' } },
    });
    render(<FaqEditor />);
    expect(await screen.findByDisplayValue('48 小时内发货')).toBeTruthy();
    await submit('faq-save');
    expect((await screen.findByText('当前账号没有店铺')).closest('#faq-error')).toBeTruthy();
  });
});
