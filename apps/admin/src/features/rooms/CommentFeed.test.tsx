import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { reply, requests } from './fake-fetch';
import { CommentFeed } from './CommentFeed';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const VIEWER = '33333333-3333-4333-8333-333333333333';
const comments = [{ id: 'c-1', userId: VIEWER, nickname: '观众甲', text: '刷屏广告', at: 1_700_000_000_000 }];

const click = (id: string) => act(async () => fireEvent.click(document.getElementById(id)!));

jest.setTimeout(30_000);

describe('CommentFeed moderation', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () => reply(200, { ok: true }));
    global.fetch = fetchMock;
  });
  const sent = () => requests(fetchMock);

  it('shows each comment, or says there are none', () => {
    const { rerender } = render(<CommentFeed roomId={ROOM} comments={[]} />);
    expect(screen.getByText('还没有评论')).toBeTruthy();
    rerender(<CommentFeed roomId={ROOM} comments={comments} />);
    expect(screen.getByText('刷屏广告')).toBeTruthy();
  });

  it('deletes a comment after the confirm', async () => {
    render(<CommentFeed roomId={ROOM} comments={comments} />);
    await click('comment-delete-c-1');
    expect(fetchMock).not.toHaveBeenCalled();
    await waitFor(() => expect(document.getElementById('comment-delete-ok-c-1')).toBeTruthy());
    await click('comment-delete-ok-c-1');
    await waitFor(() => expect(sent()).toEqual([{ url: `/merchant/rooms/${ROOM}/comments/c-1`, method: 'DELETE', body: undefined }]));
    expect(await screen.findByText('评论已删除')).toBeTruthy();
  });

  it('mutes the author for the chosen time', async () => {
    render(<CommentFeed roomId={ROOM} comments={comments} />);
    await click('comment-mute-c-1');
    await waitFor(() => expect(sent()).toEqual([{ url: `/merchant/rooms/${ROOM}/mutes`, method: 'POST', body: { userId: VIEWER, minutes: 10 } }]));
    expect(await screen.findByText('已禁言 观众甲 10 分钟')).toBeTruthy();
  });

  it('bans the author after the confirm', async () => {
    render(<CommentFeed roomId={ROOM} comments={comments} />);
    await click('comment-ban-c-1');
    await waitFor(() => expect(document.getElementById('comment-ban-ok-c-1')).toBeTruthy());
    await click('comment-ban-ok-c-1');
    await waitFor(() => expect(sent()).toEqual([{ url: `/merchant/rooms/${ROOM}/bans`, method: 'POST', body: { userId: VIEWER } }]));
  });

  it("shows the refusal in words when an assistant's shop does not run this room", async () => {
    fetchMock.mockImplementation(async () => reply(404, { code: 'ROOM_NOT_FOUND', message: 'No such room' }));
    render(<CommentFeed roomId={ROOM} comments={comments} />);
    await click('comment-mute-c-1');
    expect(await screen.findByText('找不到这个直播间（可能不属于你的店铺）')).toBeTruthy();
  });
});
