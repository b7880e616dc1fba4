// Taro's bundler picks tracker-transport.<platform>.ts; TypeScript and jest, which know no platform, land here.
export * from './tracker-transport.h5';
