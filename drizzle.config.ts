import { defineConfig } from 'drizzle-kit';

// Migrations are generated into db/migrations and committed; tandem applies them at start.
// Never run `drizzle-kit push` against a tandem database: it would drop the FTS5 shadow tables.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
