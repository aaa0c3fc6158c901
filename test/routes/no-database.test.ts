// Routes talk to the store, never to the database (issue 17; docs/storage.md): a static check over
// the import graph of src/routes. A route file may not import, not even for a type,
//  - a driver: drizzle-orm (any subpath), better-sqlite3, pg, @electric-sql/pglite;
//  - the database layer: a module under src/db, src/queries or src/curation, or a store's
//    implementation (src/store/* but the interface, types.ts);
//  - a module that itself imports one of those drivers or src/db for a value (ingest/ingest.ts, with
//    its Ingestor, is one: routes get the ingest service from their deps).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import t from 'tap'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '../..')
const SRC = join(ROOT, 'src')
const DRIVERS = /^(drizzle-orm|better-sqlite3|pg|@electric-sql\/pglite)(\/|$)/

interface Import {
  specifier: string
  typeOnly: boolean
}

/** Every module a source imports or re-exports: static, dynamic, and `import('…')` types. */
export function importsOf(fileName: string, source: string): Import[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS)
  const found: Import[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)))
      found.push({ specifier: node.moduleSpecifier.text, typeOnly })
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly })
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true })
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** A relative specifier as the .ts file it names (NodeNext: `./x.js` is `./x.ts`); packages as they are. */
function resolved(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier
  return resolve(dirname(from), specifier).replace(/\.js$/, '.ts')
}

const inside = (path: string, dir: string) => !relative(join(SRC, dir), path).startsWith('..')

/** Why a module is the database layer, or null. `read` gives a module's source (for its own imports). */
function databaseReason(path: string, read: (path: string) => string | undefined): string | null {
  if (DRIVERS.test(path)) return 'a database driver'
  if (!path.startsWith('/')) return null
  for (const dir of ['db', 'queries', 'curation']) if (inside(path, dir)) return `the database layer (src/${dir})`
  if (inside(path, 'store') && !path.endsWith('/store/types.ts')) return 'a store implementation (only src/store/types.ts is the interface)'
  const source = read(path)
  if (source === undefined) return null
  for (const imp of importsOf(path, source)) {
    if (imp.typeOnly) continue
    const target = resolved(path, imp.specifier)
    if (DRIVERS.test(target) || (target.startsWith('/') && inside(target, 'db'))) return `a module that imports ${imp.specifier}`
  }
  return null
}

/** The forbidden imports of one route file, as `specifier: reason`. */
export function databaseImports(fileName: string, source: string, read: (path: string) => string | undefined = readSource): string[] {
  return importsOf(fileName, source).flatMap((imp) => {
    const reason = databaseReason(resolved(fileName, imp.specifier), read)
    return reason ? [`${imp.specifier}: ${reason}`] : []
  })
}

function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

const ROUTES = join(SRC, 'routes')
const routeFiles = readdirSync(ROUTES).filter((f) => f.endsWith('.ts'))

t.test('no file under src/routes imports the database', async (t) => {
  t.ok(routeFiles.length >= 8, `${routeFiles.length} route files checked`)
  for (const name of routeFiles) {
    const path = join(ROUTES, name)
    t.same(databaseImports(path, readFileSync(path, 'utf8')), [], `src/routes/${name}`)
  }
})

t.test('the check finds each way a route could reach the database', async (t) => {
  const route = join(ROUTES, 'example.ts')
  const cases: [string, RegExp][] = [
    ["import { stats } from '../queries/stats.js'", /the database layer \(src\/queries\)/],
    ["import type { Db } from '../db/open.js'", /the database layer \(src\/db\)/],
    ["import { type Db } from '../db/open.js'", /src\/db/],
    ["import { listAudit } from '../curation/audit.js'", /src\/curation/],
    ["export { claimBatches } from '../queries/exports.js'", /src\/queries/],
    ["const { openDatabase } = await import('../db/open.js')", /src\/db/],
    ["let db: import('../db/open.js').Db", /src\/db/],
    ["import { sql } from 'drizzle-orm'", /a database driver/],
    ["import { eq } from 'drizzle-orm/sqlite-core'", /a database driver/],
    ["import Database from 'better-sqlite3'", /a database driver/],
    ["import pg from 'pg'", /a database driver/],
    ["import { SqliteStore } from '../store/sqlite.js'", /a store implementation/],
    // Ingestor's module reads the database itself (it imports src/db/schema.ts for a value).
    ["import { Ingestor } from '../ingest/ingest.js'", /a module that imports (drizzle-orm|\.\.\/db\/)/],
  ]
  for (const [source, reason] of cases) {
    const found = databaseImports(route, source)
    t.equal(found.length, 1, source)
    t.match(found[0], reason, source)
  }
  // What routes do import stays allowed: the interface, pure helpers, the ingest input, fastify.
  for (const source of [
    "import type { Store } from '../store/types.js'",
    "import type { RouteDeps } from '../app.js'",
    "import { extractionTimeoutError } from '../ingest/input.js'",
    "import { decodeBody } from '../ingest/decode.js'",
    "import { z } from 'zod'",
    "import { csvRow } from './formats.js'",
  ]) {
    t.same(databaseImports(route, source), [], source)
  }
  // A module is judged by its own value imports: one that only names the Db type is not a reader.
  const read = (path: string) => (path.endsWith('/helper.ts') ? "import type { Db } from '../db/open.js'\nexport const x = 1" : undefined)
  t.same(databaseImports(route, "import { x } from './helper.js'", read), [])
  const reads = (path: string) => (path.endsWith('/helper.ts') ? "import { articles } from '../db/schema.js'\nexport const x = 1" : undefined)
  t.same(databaseImports(route, "import { x } from './helper.js'", reads), ['./helper.js: a module that imports ../db/schema.js'])
})
