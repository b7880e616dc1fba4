/**
 * Three tiers, one run: small (`*.spec.ts`, strict fakes), medium (`*.medium.spec.ts`, the real
 * PostgreSQL and Redis) and e2e (`test/*.e2e.spec.ts`, a started server over HTTP). Global setup makes a
 * fresh database and Redis key prefix for this run only, and removes them afterwards.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  // TypeScript first: a stray compiled .js beside a source file must never shadow it.
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    // A few of @fastify/static's dependencies ship only as ESM; Node loads them natively, jest needs them
    // compiled to CommonJS.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(content-disposition|glob|minimatch|path-scurry|lru-cache|minipass|@isaacs|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)[@/])'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
