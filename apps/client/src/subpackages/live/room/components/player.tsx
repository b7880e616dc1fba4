// Taro's bundler picks player.<platform>.tsx; TypeScript and jest, which know no platform, land here.
// A .tsx, not a .ts: Taro tries each extension in turn, and a plain player.ts would win over
// player.weapp.tsx (the weapp build would get the H5 player).
export * from './player.h5';
