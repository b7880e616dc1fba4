// Taro's bundler picks share.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './share.h5';
