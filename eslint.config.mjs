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
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: '@/db', message: 'Read and write data through db/queries/* only.' },
          { name: '@/db/index', message: 'Read and write data through db/queries/* only.' },
        ],
        patterns: [
          { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'Read and write data through db/queries/* only.' },
        ],
      }],
    },
  },
  {
    // `{ dropped: _x, ...kept }` is how a field is left out of a DTO.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  {
    // next.config.js is CommonJS (the package has no "type": "module").
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
