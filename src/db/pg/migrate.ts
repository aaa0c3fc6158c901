import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * drizzle-kit's output for the PostgreSQL schema (drizzle.pg.config.ts), beside SQLite's
 * ./migrations: what drizzle's migrators (drizzle-orm/node-postgres/migrator, drizzle-orm/pglite/
 * migrator) apply, each pending migration in one transaction, the applied ones listed in
 * drizzle.__drizzle_migrations.
 */
export const PG_MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations-pg')
