// A real PostgreSQL server for the tests that need one (several connections at once, a database
// whose default collation is not byte order, `npm start` with a DATABASE_URL): PG_TEST_URL when set
// (a server the caller runs: a URL whose user may CREATE DATABASE), else a throwaway server started
// here from the installed binaries (initdb and pg_ctl on PATH or in /usr/lib/postgresql/*/bin; as
// the `postgres` user when this process is root) on a free port and a temporary data directory,
// stopped at exit. Neither: undefined, and the test skips saying why.
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export interface PgTestServer {
  /** A URL on the server's `postgres` database, for creating and dropping databases. */
  adminUrl: string
  /**
   * A new empty database (dropped when `teardown` runs): with `icu`, its default collation is ICU's
   * en-US (which orders "kremlin" before "Kyiv", where byte order puts "Kyiv" first), when the server
   * has ICU. Returns its URL.
   */
  createDatabase(t: { teardown(fn: () => unknown): void }, options?: { icu?: boolean }): Promise<string>
}

const WHY_NOT = 'no PostgreSQL server: set PG_TEST_URL, or install PostgreSQL (initdb, pg_ctl)'

function binary(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (found) return found
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  for (const version of readdirSync(root).sort().reverse()) {
    const path = join(root, version, 'bin', name)
    if (existsSync(path)) return path
  }
  return undefined
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

let started: Promise<PgTestServer | undefined> | undefined

/** The server (started once per process), or undefined with `whyNot` saying why. */
export function pgTestServer(): Promise<PgTestServer | undefined> {
  started ??= start()
  return started
}
export const whyNot = WHY_NOT

async function start(): Promise<PgTestServer | undefined> {
  if (process.env.PG_TEST_URL) return serverAt(process.env.PG_TEST_URL)
  const initdb = binary('initdb')
  const pgCtl = binary('pg_ctl')
  if (!initdb || !pgCtl) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (file: string, args: string[]) => {
    if (asRoot) {
      chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()))
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ')], { stdio: 'ignore' })
    } else {
      execFileSync(file, args, { stdio: 'ignore' })
    }
  }
  const port = await freePort()
  const data = join(dir, 'data')
  try {
    run(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
    run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'])
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  process.on('exit', () => {
    try {
      run(pgCtl, ['-D', data, '-m', 'immediate', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  return serverAt(`postgres://postgres@127.0.0.1:${port}/postgres`)
}

function serverAt(adminUrl: string): PgTestServer {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  let n = 0
  return {
    adminUrl,
    async createDatabase(t, { icu = false } = {}) {
      const name = `newsclaims_test_${process.pid}_${++n}`
      const icuClause = icu ? ` LOCALE_PROVIDER icu ICU_LOCALE 'en-US'` : ''
      await admin(`CREATE DATABASE ${name} TEMPLATE template0${icuClause}`).catch(async (err) => {
        if (!icu) throw err
        await admin(`CREATE DATABASE ${name} TEMPLATE template0`)
      })
      t.teardown(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
  }
}
