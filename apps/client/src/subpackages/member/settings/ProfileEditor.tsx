// Taro's bundler picks ProfileEditor.<platform>.tsx; TypeScript and jest, which know no platform, land here.
export * from './ProfileEditor.h5';
