import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'drizzle/**', '.data/**', '.e2e-data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    // Only the data layer talks to the database: pages, actions and components go through db/queries.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@/db', '@/db/index', '@/db/client', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'Read and write data through db/queries/* only.' },
        ],
      }],
    },
  },
];

export default config;
