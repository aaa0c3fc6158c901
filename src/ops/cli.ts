// `npm run backup -- <file>` / `npm run restore -- <file>` / `npm run analyze` on the database at DATABASE_PATH.
import { ConfigError, loadConfig } from '../config.js'
import { analyze, closeDatabase, openDatabase } from '../db/open.js'
import { backup, restore } from './backup.js'

const USAGE = 'usage: npm run backup -- <file> | npm run restore -- <file> | npm run analyze'
const [command, file] = process.argv.slice(2)
try {
  if (command === 'analyze' && !file) {
    const { databasePath, sqlite } = loadConfig(process.env)
    const db = openDatabase(databasePath, { memory: sqlite })
    try {
      console.log(`analyzed ${databasePath} in ${analyze(db).toFixed(1)} s (a running server plans with them from its next query)`)
    } finally {
      closeDatabase(db)
    }
  } else if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error(USAGE)
    process.exitCode = 2
  } else {
    const { databasePath } = loadConfig(process.env)
    if (command === 'backup') {
      await backup(databasePath, file, (done, total) => process.stderr.write(`\rbackup ${done}/${total} pages`))
      process.stderr.write('\n')
      console.log(`backed up ${databasePath} to ${file} (integrity ok)`)
    } else {
      restore(file, databasePath)
      console.log(`restored ${databasePath} from ${file} (integrity ok)`)
    }
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `${command} failed: ${(err as Error).message}`)
  process.exitCode = 1
}
