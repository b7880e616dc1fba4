// What Taro's H5 bundler makes of `@tarojs/taro`: the H5 APIs (which the bundler rewrites from
// `Taro.x` into named imports) plus the React page and app hooks (its api-loader appends them). Jest has
// no bundler, so this module puts both on the default export.
import taro from '@tarojs/taro-h5';
import * as apis from '@tarojs/taro-h5';
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime';

export * from '@tarojs/taro-h5';
export * from '@tarojs/plugin-framework-react/dist/runtime';
export default Object.assign(taro, apis, hooks);
