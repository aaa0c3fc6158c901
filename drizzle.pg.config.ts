import { defineConfig } from 'drizzle-kit'

// The PostgreSQL schema's migrations (issue 17), in their own folder beside SQLite's ./migrations:
// `npm run db:generate:pg`. Never `drizzle-kit push`; never edit a landed migration.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/pg/schema.ts',
  out: './migrations-pg',
})
