// Taro's bundler picks PhoneBinding.<platform>.tsx; TypeScript and jest, which know no platform, land here.
export * from './PhoneBinding.h5';
