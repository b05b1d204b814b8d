import { defineConfig } from 'vitest/config';

/** Fast loop without the database servers: `npm run test:unit -- src/core`. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
