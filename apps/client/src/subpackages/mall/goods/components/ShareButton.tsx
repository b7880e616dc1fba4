// Taro's bundler picks ShareButton.<platform>.tsx; TypeScript and jest, which know no platform, land here.
// A .tsx, not a .ts, for the same reason as the live room's player.tsx.
export * from './ShareButton.h5';
