/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV?: 'weapp' | 'h5';
    /** API origin for the H5 build; empty means the page's own origin. */
    TARO_APP_API_BASE?: string;
    /** API origin for the mini-program build. */
    TARO_APP_WEAPP_API_BASE?: string;
    TARO_APP_WX_APPID?: string;
    TARO_APP_ID?: string;
  }
}
