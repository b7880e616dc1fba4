// Taro's bundler picks subscribe.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './subscribe.h5';
