// Two projects: screens and helpers under jsdom with Testing Library, and the Playwright specs under node
// (a real Chromium against a real server). No reporters here: the root runner adds --json --outputFile.
const swc = ['@swc/jest', {
  jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' },
  module: { type: 'commonjs' },
}];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript', jsx: true }, target: 'es2020' }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
      transform: { '^.+\\.(ts|tsx)$': swc, '^.+\\.(js|jsx|mjs|cjs)$': swcJs },
      // antd, rc-* and echarts ship ES modules; jest runs CommonJS.
      transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(@ant-design|@rc-component|rc-[a-z-]+|antd|echarts|zrender|@babel/runtime)[@/+])'],
      moduleNameMapper: { '\\.(css|scss)$': '<rootDir>/jest.style-stub.js' },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.spec.ts'],
      transform: { '^.+\\.(ts|tsx)$': swc },
      testTimeout: 120000,
    },
  ],
};
