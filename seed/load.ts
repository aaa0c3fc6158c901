// `npm run seed`: migrates the database at DATABASE_PATH and loads the curated seed (idempotent).
import { ConfigError, loadConfig } from '../src/config.js'
import { openStore } from '../src/store/sqlite.js'
import { readSeed, SeedError } from './loader.js'

try {
  const config = loadConfig(process.env)
  // Read (and checked) before the database is touched: a broken seed leaves the file as it was.
  const seed = readSeed()
  const store = openStore(config)
  await store.open()
  try {
    const n = await store.loadSeed(seed)
    console.log(`seeded ${config.databasePath}: ${n.articles} articles, ${n.entities} entities, ${n.events} events`)
  } finally {
    await store.close()
  }
} catch (err) {
  if (err instanceof SeedError || err instanceof ConfigError) {
    console.error(err.message)
    process.exit(1)
  }
  throw err
}
