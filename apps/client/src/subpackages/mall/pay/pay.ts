// Taro's bundler picks pay.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './pay.h5';
