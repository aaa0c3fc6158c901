import { readFileSync } from 'node:fs'
import t from 'tap'
import { FLOORS_FILE, floorsOf, runEval, SETS, type Floors } from '../../src/eval/cli.js'
import { loadCorpusGold, loadFixtureGold, loadSeedGold } from '../../src/eval/gold.js'
import { CATEGORIES } from '../../src/eval/score.js'

// Each set's scores as floors (test/fixtures/eval-floors.json, written by `npm run eval --
// --write-floors`): a rule that lowers any F1 fails the suite; raising one means writing the floors
// again. Floors, not targets.
const floors: Floors = JSON.parse(readFileSync(FLOORS_FILE, 'utf8'))
const json = JSON.parse(runEval(['--json', '--errors']))

t.test('no set scores below its floor', async (t) => {
  const today = floorsOf(Object.fromEntries(SETS.map((s) => [s, json[s]])) as never)
  for (const set of SETS) {
    for (const category of CATEGORIES) {
      const floor = floors[set]?.[category]
      t.ok(floor !== undefined, `${set} ${category} has a floor`)
      t.ok(today[set][category] >= floor!, `${set} ${category} F1 ${json[set].scores[category].f1.toFixed(3)} >= ${floor}`)
    }
  }
})

t.test('the four sets of issue 14, each also per kind of event', async (t) => {
  t.equal(json['seed-warm'].articles, 5)
  t.equal(json['seed-cold'].articles, 5)
  t.equal(json.dev.articles, loadCorpusGold('dev').length)
  t.equal(json.test.articles, loadCorpusGold('test').length)
  t.equal(json.fixtures.articles, loadFixtureGold().length)
  t.ok(Object.keys(json.dev.by_kind).length >= 10, 'dev per kind of event')
  const kinds = Object.values(json.dev.by_kind) as { articles: number; scores: { counts: { tp: number } } }[]
  t.equal(kinds.reduce((n, k) => n + k.articles, 0), json.dev.articles, 'the kinds partition the split')
  t.equal(kinds.reduce((n, k) => n + k.scores.counts.tp, 0), json.dev.scores.counts.tp, 'and its tallies')
})

t.test('--errors lists every missed and extra tuple of dev, classified, with its sentence', async (t) => {
  const { set, kinds, items } = json.errors
  t.equal(set, 'dev')
  const wrong = ['responsibility', 'counts', 'quotes', 'entities'].reduce((n, c) => n + json.dev.scores[c].fp + json.dev.scores[c].fn, 0)
  const pairs = items.filter((e: { detail: string }) => e.detail.includes(' → ')).length
  t.equal(items.length + pairs, wrong, 'each fp and fn once (a wrong field pairs one of each)')
  t.equal(kinds.reduce((n: number, k: { count: number }) => n + k.count, 0), items.length)
  t.ok(items.filter((e: { category: string }) => e.category !== 'entities').every((e: { sentence: string | null }) => e.sentence), 'claims errors carry their sentence')
  const text = runEval(['--errors=seed-cold'])
  t.match(text, /ERRORS of seed-cold\n {2}kinds of error, most frequent first\n/)
  t.match(text, /CORPUS test split/)
  t.throws(() => runEval(['--errors=nope']), /--errors=nope: expected one of/)
  t.throws(() => runEval(['--nope']), /nope/)
})

t.test('the seed gold reads descriptions as text parties', async (t) => {
  const { articles } = loadSeedGold()
  const all = articles.flatMap((a) => a.responsibility)
  t.ok(all.some((r) => typeof r.target === 'object' && r.target?.text === 'the West'))
  t.ok(all.some((r) => typeof r.claimant === 'object' && r.claimant?.text === 'independent Russian media'))
})
