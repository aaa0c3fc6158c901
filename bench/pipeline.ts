import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Registry } from '../src/domain/extraction.js'
import { compileRegistry, extract, timedExtract } from '../src/pipeline/index.js'
import { loadSeedEntities, registryFromSeed, SEED_ARTICLES } from '../src/eval/gold.js'
import { generateCorpus } from './corpus.js'

/**
 * `npm run bench`: pipeline throughput on one core with a warm registry. Articles are generated
 * deterministically (seeded PRNG) from templates and word lists — people, groups, places, figures,
 * quotes and responsibility claims — so every stage has work to do; the seed articles are run too.
 * Reports articles/s and each stage's share of the time. It reports; it asserts nothing.
 */

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 400)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

function main(): void {
  const generated = generateCorpus(ARTICLES)
  const seeds = readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEED_ARTICLES, f), 'utf8'))
  const corpus = [...generated, ...seeds]
  const registry: Registry = registryFromSeed(loadSeedEntities())
  const words = corpus.reduce((sum, t) => sum + t.split(/\s+/).length, 0)

  // Warm-up: loads the bundled gazetteer, compiles the registry, lets V8 optimize.
  let t0 = performance.now()
  compileRegistry(registry)
  const compileMs = performance.now() - t0
  for (const text of corpus.slice(0, 50)) extract(text, registry)

  const stageMs: Record<string, number> = {}
  let best = Infinity
  for (let round = 0; round < ROUNDS; round++) {
    t0 = performance.now()
    for (const text of corpus) {
      const { timings } = timedExtract(text, registry)
      for (const [stage, ms] of Object.entries(timings)) stageMs[stage] = (stageMs[stage] ?? 0) + ms
    }
    best = Math.min(best, performance.now() - t0)
  }
  const total = Object.values(stageMs).reduce((a, b) => a + b, 0)
  const perSecond = corpus.length / (best / 1000)
  const lines = [
    `pipeline benchmark: ${corpus.length} articles (${ARTICLES} generated + ${seeds.length} seed), ${Math.round(words / corpus.length)} words on average, warm registry of ${registry.entities.length} entities, one core`,
    `gazetteer + registry compile (once): ${compileMs.toFixed(0)} ms`,
    `throughput: ${perSecond.toFixed(0)} articles/s (${(best / corpus.length).toFixed(2)} ms/article, best of ${ROUNDS} rounds)`,
    'time per stage:',
    ...Object.entries(stageMs).map(([stage, ms]) => `  ${stage.padEnd(15)} ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${(ms / (ROUNDS * corpus.length)).toFixed(3)} ms/article`),
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

main()
