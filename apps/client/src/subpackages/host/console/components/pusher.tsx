// Taro's bundler picks pusher.<platform>.tsx; TypeScript and jest, which know no platform, land here.
// A .tsx, not a .ts: Taro tries each extension in turn, and a plain pusher.ts would win over
// pusher.weapp.tsx (the weapp build would get the H5 pusher).
export * from './pusher.h5';
