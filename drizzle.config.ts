import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by the app itself (db/migrate.ts), never `push`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
