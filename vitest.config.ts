import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    // CLI tests start many real processes; a 2-core CI machine under load needs the room.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
