// Taro's bundler picks api-base.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './api-base.h5';
