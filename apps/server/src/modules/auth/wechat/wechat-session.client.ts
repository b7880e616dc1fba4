/** What `jscode2session` proves: the user's openid within our mini-program, and the unionid if bound. */
export interface WechatSession {
  openid: string;
  unionid?: string;
}

/** Trades a `wx.login` code for a session. One implementation per deployment (configured or not). */
export interface WechatSessionClient {
  code2Session(code: string): Promise<WechatSession>;
}

export const WECHAT_SESSION_CLIENT = Symbol('WECHAT_SESSION_CLIENT');
