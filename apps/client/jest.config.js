// Two projects: components, hooks, services and page smoke tests under jsdom; the Playwright spec under
// node (it drives a real Chromium against a real server). No reporters here: the root runner adds
// `--json --outputFile=...` and that must keep working.
const path = require('node:path');

const resolveFrom = (from, request) => require.resolve(request, { paths: [path.dirname(require.resolve(from))] });

const swcTs = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2020',
  },
  module: { type: 'commonjs' },
}];
const swcJs = ['@swc/jest', {
  jsc: { parser: { syntax: 'ecmascript', jsx: true }, target: 'es2020' },
  module: { type: 'commonjs' },
}];

const transform = {
  '^.+\\.(ts|tsx)$': swcTs,
  // Taro's packages ship ES modules as .js and .mjs; jest needs them as CommonJS.
  '^.+\\.(js|jsx|mjs|cjs)$': swcJs,
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      setupFiles: ['<rootDir>/jest/setup-env.js'],
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      transform,
      transformIgnorePatterns: [],
      moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
      moduleNameMapper: {
        '^@/(.*)$': '<rootDir>/src/$1',
        '\\.(css|scss|sass)$': '<rootDir>/jest/style-stub.js',
        '^@tarojs/taro$': '<rootDir>/jest/taro.ts',
        '^@tarojs/taro-h5$': resolveFrom('@tarojs/plugin-platform-h5', '@tarojs/taro-h5'),
        '^@tarojs/components$': '@tarojs/components/lib/react',
      },
      // Compile-time constants Taro's bundler defines for the H5 runtime.
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        __TARO_FRAMEWORK__: 'react',
      },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.spec.ts'],
      transform,
    },
  ],
};
