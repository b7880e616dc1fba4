/** The H5 build is served by the API server itself, so an empty base means "this page's origin". */
export const apiBase: string = process.env.TARO_APP_API_BASE ?? '';
