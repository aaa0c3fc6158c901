import t from 'tap'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Extraction } from '../../src/domain/extraction.js'
import { analyzePipeline, detectLanguage, extract, runPipeline, STAGES, timedExtract } from '../../src/pipeline/index.js'
import { FIXTURE_ARTICLES, SEED_ARTICLES, loadSeedEntities, registryFromSeed } from '../../src/eval/gold.js'

/** Every span must be exactly the text it claims to cover; returns the violations. */
function offsetProblems(x: Extraction): string[] {
  const problems: string[] = []
  const check = (what: string, s: { start: number; end: number; text: string }) => {
    if (!(s.start >= 0 && s.end <= x.text.length && s.start < s.end) || x.text.slice(s.start, s.end) !== s.text) {
      problems.push(`${what} [${s.start},${s.end}) ${JSON.stringify(s.text)}`)
    }
  }
  for (const m of x.mentions) check('mention', m)
  for (const c of x.claims) check(`${c.kind} evidence`, c.evidence)
  return problems
}

const warm = registryFromSeed(loadSeedEntities())
const cold = { entities: [] }
const texts = [
  ...readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => join(SEED_ARTICLES, f)),
  ...(existsSync(FIXTURE_ARTICLES) ? readdirSync(FIXTURE_ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURE_ARTICLES, f)) : []),
]

t.test('every offset of every extraction is exact, on seeds and fixtures, warm and cold', async (t) => {
  t.ok(texts.length >= 5)
  for (const path of texts) {
    const text = readFileSync(path, 'utf8')
    for (const registry of [warm, cold]) {
      const problems = offsetProblems(extract(text, registry))
      t.same(problems, [], path)
    }
  }
})

t.test('extraction is deterministic and refers only to its own entities', async (t) => {
  const text = readFileSync(texts[0], 'utf8')
  const a = extract(text, warm)
  const b = extract(text, warm)
  t.same(a, b)
  const refs = new Set(a.entities.map((e) => e.ref))
  for (const m of a.mentions) t.ok(refs.has(m.ref))
  for (const c of a.claims) {
    if (c.claimant !== null) t.ok(refs.has(c.claimant))
    if (c.target !== null) t.ok(refs.has(c.target))
    t.ok(c.confidence >= 0 && c.confidence <= 1)
  }
  t.equal(a.language, 'eng')
})

t.test('title option is carried through', async (t) => {
  t.equal(extract('Nothing happened here.', cold, { title: 'Quiet day' }).title, 'Quiet day')
  t.equal(extract('Nothing happened here.', cold).title, null)
})

t.test('language detection', async (t) => {
  t.equal(detectLanguage('Too short.'), 'und')
  t.equal(detectLanguage('The government said on Sunday that the attack on the concert hall had killed dozens of people and injured many more.'), 'eng')
  t.equal(detectLanguage('El gobierno dijo el domingo que el ataque contra la sala de conciertos había matado a decenas de personas y herido a muchas más.'), 'spa')
})

t.test('the pipeline is declared in order and its requirements are met', async (t) => {
  t.same(analyzePipeline(STAGES), [])
  t.same(STAGES.map((s) => s.name), ['normalize', 'sentences', 'entities', 'resolve', 'quotes', 'attribution', 'counts', 'syntax', 'responsibility'])
  t.match(analyzePipeline([STAGES[2]])[0], /requires lookup/)
  const { timings } = timedExtract('Police said 4 people died in Lagos.', cold)
  t.same(Object.keys(timings), [...STAGES.map((s) => s.name), 'output'])
  // The syntax stage parses only the sentences a claim frame's words cue.
  const doc = runPipeline('Heavy rain fell all day. The Sahel Front claimed responsibility for the attack.', cold)
  t.same([...doc.syntax.keys()], [doc.sentences[1].start])
})
