import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Registry } from '../domain/extraction.js'
import { FIXTURE_ARTICLES, loadCorpusGold, loadFixtureGold, loadSeedEntities, loadSeedGold, registryFromSeed, type GoldArticle } from './gold.js'
import { CATEGORIES, classifyErrors, errorKinds, evaluateArticles, type ErrorItem, type Scores, type SetResult } from './score.js'

/**
 * `npm run eval`: the pipeline against every gold set (docs/annotation.md §6).
 *   seed warm  — the five seed articles, registry = seed/annotations/entities.json (a seeded database);
 *   seed cold  — the same with an empty registry (only the bundled world gazetteer);
 *   corpus dev — test/fixtures/corpus, split dev, cold: what rules are tuned on;
 *   corpus test — split test, cold: scored to report, never tuned on;
 *   fixtures   — the twelve articles of our own (test/fixtures/articles), cold.
 * Options: --json (machine-readable), --errors[=dev|seed-warm|seed-cold|fixtures|test] (every missed
 * and extra tuple of a set, default dev, with its sentence, after the kinds of error by frequency),
 * --write-floors (record today's F1 per set and category in FLOORS_FILE, which the tests hold).
 */

export const SETS = ['seed-warm', 'seed-cold', 'dev', 'test', 'fixtures'] as const
export type SetName = (typeof SETS)[number]

/** F1 per set and category that `npm test` holds as floors (test/eval/eval.test.ts). */
export const FLOORS_FILE = join(FIXTURE_ARTICLES, '..', 'eval-floors.json')
export type Floors = Record<SetName, Record<string, number>>

/** Today's F1 per set and category, rounded down to three decimals: the floors a drop would break. */
export function floorsOf(results: Record<SetName, SetResult>): Floors {
  return Object.fromEntries(
    SETS.map((s) => [s, Object.fromEntries(CATEGORIES.map((c) => [c, Math.floor(results[s].scores[c].f1 * 1000) / 1000]))]),
  ) as Floors
}

const EMPTY_REGISTRY: Registry = { entities: [] }

/** The gold articles of a set, the registry it is scored with and the catalogue of known entities. */
export function goldSet(name: SetName): { articles: GoldArticle[]; registry: Registry; catalogue: ReturnType<typeof loadSeedGold>['catalogue'] } {
  if (name === 'seed-warm' || name === 'seed-cold') {
    const { articles, catalogue } = loadSeedGold()
    return { articles, catalogue, registry: name === 'seed-warm' ? registryFromSeed(loadSeedEntities()) : EMPTY_REGISTRY }
  }
  const articles = name === 'fixtures' ? loadFixtureGold() : loadCorpusGold(name)
  return { articles, catalogue: [], registry: EMPTY_REGISTRY }
}

/** Scores one set. */
export function evaluateSet(name: SetName): SetResult {
  const { articles, registry, catalogue } = goldSet(name)
  return evaluateArticles(articles, registry, catalogue)
}

/** Every error of a set, classified (see classifyErrors). */
export function errorsOfSet(name: SetName, result = evaluateSet(name)): ErrorItem[] {
  const gold = new Map(goldSet(name).articles.map((a) => [a.file, a]))
  return result.results.flatMap((r) => classifyErrors(r, gold.get(r.file)!))
}

const TITLES: Record<SetName, string> = {
  'seed-warm': 'SEED, warm (registry = seed/annotations/entities.json)',
  'seed-cold': 'SEED, cold (empty registry, bundled world gazetteer only)',
  dev: 'CORPUS dev split (cold): modelled on real news; tune on this',
  test: 'CORPUS test split (cold): modelled on real news; report only, never tune on it',
  fixtures: 'FIXTURES (cold): twelve articles of our own style (test/fixtures/articles)',
}

const f3 = (x: number) => x.toFixed(3)

export function scoreTable(scores: Scores): string[] {
  const lines = [`  ${'category'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp   fp   fn`]
  for (const c of CATEGORIES) {
    const s = scores[c]
    lines.push(`  ${c.padEnd(22)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.f1).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`)
  }
  return lines
}

function kindTable(result: SetResult): string[] {
  const kinds = Object.entries(result.byKind)
  if (kinds.length < 2) return []
  const lines = ['  by kind of event (F1)', `  ${'kind'.padEnd(24)} ${'n'.padStart(3)} ${'entities'.padStart(9)} ${'respons.'.padStart(9)} ${'counts'.padStart(9)} ${'quotes'.padStart(9)}`]
  for (const [kind, { articles, scores }] of kinds) {
    const cell = (c: 'entities' | 'responsibility' | 'counts' | 'quotes') => {
      const s = scores[c]
      return (s.tp + s.fp + s.fn === 0 ? '—' : f3(s.f1)).padStart(9)
    }
    lines.push(`  ${kind.padEnd(24)} ${String(articles).padStart(3)} ${cell('entities')} ${cell('responsibility')} ${cell('counts')} ${cell('quotes')}`)
  }
  return lines
}

export function errorReport(errors: ErrorItem[]): string[] {
  const lines = ['  kinds of error, most frequent first']
  for (const { kind, count } of errorKinds(errors)) lines.push(`  ${String(count).padStart(5)}  ${kind}`)
  lines.push('')
  let file = ''
  for (const e of errors) {
    if (e.file !== file) lines.push(`  ${(file = e.file)}`)
    lines.push(`    [${e.kind}] ${e.detail}`)
    if (e.sentence) lines.push(`        “${e.sentence.replace(/\s+/g, ' ')}”`)
  }
  return lines
}

/**
 * The CLI's output for `argv` (`--json`, `--errors[=set]`, `--write-floors`). Throws on an unknown
 * option or set.
 */
export function runEval(argv: string[]): string {
  // A bare --errors means the dev split: the split rules are chosen from.
  const args = argv.map((a) => (a === '--errors' ? '--errors=dev' : a))
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, errors: { type: 'string' }, 'write-floors': { type: 'boolean' } }, strict: true })
  const errorsOf = values.errors === undefined ? null : (values.errors as SetName)
  if (errorsOf !== null && !SETS.includes(errorsOf)) throw new Error(`--errors=${errorsOf}: expected one of ${SETS.join(', ')}`)
  const results = Object.fromEntries(SETS.map((s) => [s, evaluateSet(s)])) as Record<SetName, SetResult>
  if (values['write-floors']) {
    writeFileSync(FLOORS_FILE, `${JSON.stringify(floorsOf(results), null, 2)}\n`)
    process.stderr.write(`eval: wrote ${FLOORS_FILE}\n`)
  }
  if (values.json) {
    const json = Object.fromEntries(SETS.map((s) => [s, { articles: results[s].articles, scores: results[s].scores, by_kind: results[s].byKind }]))
    if (errorsOf) {
      const items = errorsOfSet(errorsOf, results[errorsOf])
      Object.assign(json, { errors: { set: errorsOf, kinds: errorKinds(items), items } })
    }
    return `${JSON.stringify(json, null, 2)}\n`
  }
  const out = ['Micro-averaged over articles; quote speakers as a set of named speakers per article (docs/annotation.md §6).']
  for (const s of SETS) out.push('', `${TITLES[s]}, ${results[s].articles} articles`, ...scoreTable(results[s].scores), ...kindTable(results[s]))
  if (errorsOf) out.push('', `ERRORS of ${errorsOf}`, ...errorReport(errorsOfSet(errorsOf, results[errorsOf])))
  return `${out.join('\n')}\n`
}

/* c8 ignore next 9 */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(runEval(process.argv.slice(2)))
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`)
    process.exitCode = 2
  }
}
