import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { checkArticle, checkCorpus, corpusCoverage, corpusManifest, CORPUS_DIR, loadCorpus, type CorpusGold } from '../../src/eval/corpus.js'

// Issue 14: at least 60 articles, over 25 outlets and 10 kinds of event, about two thirds dev.
t.test('the development corpus: every gold file fits its text, and the corpus covers what it must', async (t) => {
  t.same(checkCorpus(CORPUS_DIR), [], 'no problems')
  const articles = loadCorpus()
  const c = corpusCoverage(articles)
  t.ok(c.articles >= 60, `${c.articles} articles`)
  t.ok(c.outlets.length >= 25, `${c.outlets.length} outlets`)
  t.ok(c.kinds.length >= 10, `${c.kinds.length} kinds of event`)
  t.ok(c.dev / c.articles > 0.55 && c.dev / c.articles < 0.8, `${c.dev} dev of ${c.articles}`)
  t.ok(articles.some((a) => a.gold.responsibility.length + a.gold.counts.length + a.gold.quotes.length === 0), 'an article with no claims at all')
  for (const format of ['wire', 'live', 'feature']) t.ok(c.formats.includes(format), `a ${format} article`)
  t.equal(readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8'), corpusManifest(articles), 'MANIFEST.md is current (npm run corpus -- --manifest)')
})

const text = 'Blast kills 12 in Mardan\n\nMARDAN, Pakistan — A bomb killed 12 people, police said. "We will find them," said Amir Khan.\n'
const gold = (over: Partial<CorpusGold> = {}): CorpusGold => ({
  meta: { outlet: 'Reuters', model_url: 'https://example.com/a', event_kind: 'bombing', format: 'wire', split: 'dev' },
  title: 'Blast kills 12 in Mardan',
  entities: [
    { name: 'Mardan', kind: 'place', aliases: [] },
    { name: 'Amir Khan', kind: 'person', aliases: ['Khan'] },
  ],
  responsibility: [],
  counts: [{ metric: 'killed', value: 12, qualifier: 'exact', subset: null, claimant: null, claimant_text: 'police', evidence: 'A bomb killed 12 people, police said.' }],
  quotes: [{ speaker: 'Khan', speaker_text: null, evidence: 'We will find them,' }],
  ...over,
})

t.test('checkArticle says what does not fit the text', async (t) => {
  t.same(checkArticle('a', text, gold()), [])
  t.match(checkArticle('a', text, gold({ title: 'Another headline' })), [/title "Another headline" is not the first line/])
  t.match(checkArticle('a', text, gold({ entities: [...gold().entities, { name: 'Peshawar', kind: 'place', aliases: [] }] })), [/entity "Peshawar": neither its name nor an alias occurs/])
  t.match(checkArticle('a', text, gold({ quotes: [{ speaker: 'Imran', speaker_text: null, evidence: 'We will find them,' }] })), [/speaker "Imran" is not a gold entity/])
  t.match(checkArticle('a', text, gold({ counts: [{ ...gold().counts[0]!, evidence: 'A bomb killed twelve people' }] })), [/evidence "A bomb killed twelve people" is not an exact substring/])
  t.match(checkArticle('a', text, gold({ entities: [{ name: 'Mardan', kind: 'place', aliases: [] }, { name: 'Mardan District', kind: 'place', aliases: ['Mardan'] }] })), [/name "Mardan" belongs to two entities/])
})

t.test('checkCorpus reports schema errors and texts without gold', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-corpus-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'a.txt'), text)
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(gold()))
  writeFileSync(join(dir, 'b.txt'), text)
  writeFileSync(join(dir, 'c.gold.json'), JSON.stringify({ ...gold(), responsibility: [{ claimant: null, target: null, stance: 'asserts', evidence: 'A bomb' }] }))
  writeFileSync(join(dir, 'c.txt'), text)
  const problems = checkCorpus(dir)
  t.equal(problems.length, 2, problems.join('\n'))
  t.match(problems[0], /b\.txt: no gold file beside it/)
  t.match(problems[1], /c\.gold\.json: .*exactly one of target and target_text/s)
  t.throws(() => loadCorpus(dir), /c\.gold\.json/)
})
