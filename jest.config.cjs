/** Unit tests: the core pipeline on fixture pages, in jsdom. End-to-end browser tests live in tests/e2e and run with their own config. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
  transform: { '\\.[cm]?[jt]s$': '<rootDir>/tests/support/esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(@mozilla/readability|dompurify)/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};
