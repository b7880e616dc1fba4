// Taro's bundler picks ws-origin.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './ws-origin.h5';
