/** Unit tests: the core pipeline on fixture pages, in jsdom. End-to-end browser tests live in tests/e2e and run with their own config. */
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
  transform: { '\\.[cm]?[jt]s$': '<rootDir>/tests/support/esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(@mozilla/readability|dompurify)/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  // Jest's default is one worker fewer than the cores: on a 2-core machine that is one, and the files run one
  // after the other in one process while the other core idles (the tests are CPU-bound: parsing and extracting
  // pages). Two workers at least.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
