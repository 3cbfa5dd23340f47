/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type checking is `npm run lint`'s job (tsc --strict over src and test); jest only transpiles.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "test/tsconfig.json" }] },
  testTimeout: 120000,
  // One temporary folder for the run, removed after it (test/global-temp.js).
  globalSetup: "<rootDir>/test/global-temp.js",
  globalTeardown: "<rootDir>/test/global-temp-teardown.js",
};
