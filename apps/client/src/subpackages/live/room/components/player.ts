// Taro's bundler picks player.<platform>.tsx; TypeScript and jest, which know no platform, land here.
export * from './player.h5';
