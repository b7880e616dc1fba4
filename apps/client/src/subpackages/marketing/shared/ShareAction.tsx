// Taro's bundler picks ShareAction.<platform>.tsx; TypeScript and jest, which know no platform, land here.
export * from './ShareAction.h5';
