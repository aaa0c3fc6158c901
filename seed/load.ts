// `npm run seed`: migrates the database at DATABASE_PATH and loads the curated seed (idempotent).
import { closeDatabase, openDatabase } from '../src/db/open.js'
import { ConfigError, loadConfig } from '../src/config.js'
import { loadSeed, SeedError } from './loader.js'

try {
  const config = loadConfig(process.env)
  const db = openDatabase(config.databasePath)
  try {
    const n = loadSeed(db)
    console.log(`seeded ${config.databasePath}: ${n.articles} articles, ${n.entities} entities, ${n.events} events`)
  } finally {
    closeDatabase(db)
  }
} catch (err) {
  if (err instanceof SeedError || err instanceof ConfigError) {
    console.error(err.message)
    process.exit(1)
  }
  throw err
}
