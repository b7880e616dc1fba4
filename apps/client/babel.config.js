// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }],
    // Under pnpm babel-preset-taro cannot reach its own copy of preset-react, so it is named here.
    ['@babel/preset-react', { runtime: 'automatic' }],
  ],
};
