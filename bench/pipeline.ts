import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Registry } from '../src/domain/extraction.js'
import { compileRegistry, extract, timedExtract } from '../src/pipeline/index.js'
import { loadSeedEntities, registryFromSeed, SEED_ARTICLES } from '../src/pipeline/eval.js'

/**
 * `npm run bench`: pipeline throughput on one core with a warm registry. Articles are generated
 * deterministically (seeded PRNG) from templates and word lists — people, groups, places, figures,
 * quotes and responsibility claims — so every stage has work to do; the seed articles are run too.
 * Reports articles/s and each stage's share of the time. It reports; it asserts nothing.
 */

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 400)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Amina', 'Carlos', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal', 'Katya', 'Luis', 'Mariam', 'Nikolai', 'Olga', 'Pedro', 'Rania', 'Samuel', 'Tomasz', 'Yusuf']
const LAST = ['Okafor', 'Mendes', 'Petrova', 'Haddad', 'Wanjiru', 'Tanaka', 'Larsen', 'Barzani', 'Ivanova', 'Ortega', 'Khalil', 'Sokolov', 'Brennan', 'Alvarez', 'Nasser', 'Kowalski', 'Demir', 'Osei']
const GROUPS = ['the Islamic State', 'ISIS-K', 'the Wagner Group', 'Al-Shabaab', 'Boko Haram', 'the Northern Liberation Front', 'the Harbor Defense Council', 'the Red Valley Brigade']
const COUNTRIES = ['Ukraine', 'Russia', 'Nigeria', 'Somalia', 'Kenya', 'Syria', 'Iraq', 'Mali', 'Colombia', 'Pakistan', 'Afghanistan', 'Mozambique']
const CITIES = ['Moscow', 'Lagos', 'Mogadishu', 'Nairobi', 'Damascus', 'Baghdad', 'Bamako', 'Bogota', 'Karachi', 'Kabul', 'Maputo', 'Kyiv']
const VENUES = ['Central Market', 'Grand Station', 'Liberty Square', 'National Stadium', 'Riverside Mall', 'Union Hall']
const OUTLETS = ['AFP', 'Reuters', 'the Associated Press', 'The Washington Post', 'ABC News']
const QUALIFIERS = ['at least', 'more than', 'about', 'nearly', 'up to', '']
const METRICS = ['people were killed', 'people were injured', 'were hospitalized', 'deaths', 'injuries', 'people are missing', 'suspects were arrested']
const ROLES = ['spokesperson for the Interior Ministry', 'a police commander', 'the regional governor', 'a local resident', 'an analyst at the Harbor Institute']

function generateArticle(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
  const person = () => `${pick(FIRST)} ${pick(LAST)}`
  const n = () => 2 + Math.floor(rand() * 240)
  const city = pick(CITIES)
  const country = pick(COUNTRIES)
  const group = pick(GROUPS)
  const venue = pick(VENUES)
  const speaker = person()
  const official = person()
  const paragraphs = [
    `Attack on ${venue} in ${city} leaves dozens dead`,
    `${capitalize(QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)] + ' ' + n()).trim()} ${pick(METRICS)} on ${pick(['Friday', 'Sunday', 'Tuesday'])} when gunmen opened fire at ${venue} in ${city}, according to ${pick(OUTLETS)}. The death toll rose to ${n()} by the evening, and ${n()} people were hospitalized, ${n()} of whom are in critical condition.`,
    `${group.replace(/^the/, 'The')} claimed responsibility for the attack in a statement posted on Telegram. "${pick(['We will strike again', 'This is only the beginning', 'Our fighters carried out the operation'])}," the statement said.`,
    `${speaker}, ${pick(ROLES)}, said that ${group} was behind the assault. "${pick(['We have clear evidence of who did this', 'The attackers were trained abroad', 'Nobody should doubt who is responsible'])}," ${speaker.split(' ')[1]} told reporters.`,
    `President ${official} blamed ${pick(COUNTRIES)} for the attack, while ${pick(COUNTRIES)} denied any involvement. ${pick(['Officials', 'Investigators', 'Analysts'])} said the gunmen may have links to ${group}.`,
    `Police arrested ${n()} suspects in ${pick(CITIES)} and ${country}'s interior minister said ${n()} more were detained overnight. "${pick(['The investigation is moving quickly', 'We are searching every district', 'Those responsible will face justice'])}," he added.`,
    `In ${2000 + Math.floor(rand() * 20)}, a similar attack in ${pick(CITIES)} killed more than ${n()} people. ${person()}, 52, a shopkeeper near ${venue}, said: "${pick(['I heard the shots and ran', 'Everyone was screaming', 'We hid in the basement for hours'])}."`,
    `The ${pick(['United States', 'European Union', 'United Nations'])} condemned the violence. Ukrainian officials and ${pick(['Russian', 'American', 'Kenyan'])} authorities exchanged accusations, and ${pick(OUTLETS)} reported that the ${pick(['Kremlin', 'White House', 'Foreign Ministry'])} rejected claims of its involvement.`,
  ]
  // Pad to ~500 words with more of the same kinds of sentences.
  while (paragraphs.join(' ').split(/\s+/).length < 480) {
    paragraphs.push(`${person()} of ${pick(OUTLETS)} reported that about ${n()} people were injured in ${pick(CITIES)}, and ${pick(COUNTRIES)} accused ${group} of carrying out the attack. "${pick(['It was chaos', 'We need answers', 'The city is in shock'])}," said ${person()}.`)
  }
  return paragraphs.join('\n\n')
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function main(): void {
  const rand = mulberry32(20240322)
  const generated = Array.from({ length: ARTICLES }, () => generateArticle(rand))
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
