// Taro's bundler picks login.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './login.h5';
