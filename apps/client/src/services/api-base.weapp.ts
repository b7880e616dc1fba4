/** A mini-program has no origin of its own: every request needs an absolute URL. */
export const apiBase: string = process.env.TARO_APP_WEAPP_API_BASE || 'http://127.0.0.1:3000';
