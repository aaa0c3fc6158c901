import t from 'tap'
import type { Extraction } from '../../src/domain/extraction.js'
import type { GoldArticle } from '../../src/eval/gold.js'
import { classifyErrors, errorKinds, scoreArticle, sentenceAround, sumScores, writtenKey } from '../../src/eval/score.js'

t.test('text kept as written is matched by its words', async (t) => {
  t.equal(writtenKey('The organisers,'), 'organisers')
  t.equal(writtenKey('  their  Rival ’s men. '), "rival 's men")
  t.equal(writtenKey('radical Islamists'), 'radical islamists')
})

t.test('sentenceAround finds the sentence of a span', async (t) => {
  const text = 'Headline\n\nFirst one. The blast killed 12, police said. Another "quote." Last'
  const at = text.indexOf('12')
  t.equal(sentenceAround(text, at, at + 2), 'The blast killed 12, police said.')
  t.equal(sentenceAround(text, 0, 4), 'Headline')
  t.equal(sentenceAround(text, text.length - 2, text.length), 'Last')
})

const text = 'Blast in Mardan\n\nA blast killed at least 12 people, police said. The Front denied it. Survivors blamed the organisers. "We will act," Amir Khan said.'
const gold: GoldArticle = {
  file: 'a.txt',
  text,
  title: 'Blast in Mardan',
  eventKind: 'bombing',
  entities: [
    { id: 'mardan', kind: 'place', names: ['Mardan'] },
    { id: 'the front', kind: 'group', names: ['The Front', 'Front'] },
    { id: 'amir khan', kind: 'person', names: ['Amir Khan'] },
  ],
  responsibility: [
    { claimant: 'the front', target: 'the front', stance: 'denies', evidence: 'The Front denied it.' },
    { claimant: { text: 'Survivors' }, target: { text: 'the organisers' }, stance: 'asserts', evidence: 'Survivors blamed the organisers.' },
  ],
  counts: [
    { metric: 'killed', value: 12, qualifier: 'at_least', subset: null, evidence: 'A blast killed at least 12 people' },
    { metric: 'injured', value: 3, qualifier: 'exact', subset: 'children', evidence: 'police said' },
  ],
  quotes: [{ speaker: 'amir khan', evidence: 'We will act,' }],
}
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s })
const claim = (c: Partial<Extraction['claims'][number]>): Extraction['claims'][number] => ({
  kind: 'responsibility', claimant: null, target: null, stance: null, metric: null, value: null, qualifier: null, quote: null, evidence: span('The Front denied it.'), confidence: 1, ...c,
})
const extraction: Extraction = {
  text,
  title: gold.title,
  language: 'eng',
  entities: [
    { ref: 'e1', id: null, name: 'Mardan', kind: 'group', aliases: [] },
    { ref: 'e2', id: null, name: 'Front', kind: 'group', aliases: [] },
    { ref: 'e3', id: null, name: 'Amir Khan', kind: 'person', aliases: [] },
    { ref: 'e4', id: null, name: 'Police', kind: 'group', aliases: [] },
  ],
  mentions: [
    { ref: 'e1', ...span('Mardan') },
    { ref: 'e2', ...span('Front') },
    { ref: 'e3', ...span('Amir Khan') },
    { ref: 'e4', start: text.indexOf('police'), end: text.indexOf('police') + 6, text: 'police' },
  ],
  claims: [
    claim({ claimant: null, target: 'e2', stance: 'denies' }),
    claim({ claimantText: 'survivors', targetText: 'The organisers', stance: 'asserts', evidence: span('Survivors blamed the organisers.') }),
    claim({ kind: 'count', metric: 'killed', value: 12, qualifier: 'exact', evidence: span('A blast killed at least 12 people') }),
    claim({ kind: 'count', metric: 'killed', value: 300, qualifier: 'exact', evidence: span('police said'), otherEvent: true }),
    claim({ kind: 'quote', claimant: 'e3', quote: 'We will act', evidence: span('We will act,') }),
  ],
}

t.test('scoring: text parties by their words, wrong fields paired, other events left out', async (t) => {
  const result = scoreArticle(gold, extraction, [])
  const scores = sumScores([result])
  t.match(scores.responsibility, { tp: 1, fp: 1, fn: 1 })
  t.match(scores['responsibility:target'], { tp: 2, fp: 0, fn: 0 }, 'the Front denied, whoever said so: a (target, stance) match despite the wrong claimant')
  t.match(scores.counts, { tp: 0, fp: 1, fn: 2 }, 'the other event\'s 300 is not scored')
  t.match(scores.quotes, { tp: 1, fp: 0, fn: 0 })
  t.match(scores.entities, { tp: 2, fp: 2, fn: 1 })
  const errors = classifyErrors(result, gold)
  const kinds = errors.map((e) => e.kind)
  t.ok(kinds.includes('responsibility: own voice given a claimant') || kinds.includes('responsibility: claimant missed (own voice)'), kinds.join(', '))
  t.ok(kinds.includes('counts: wrong qualifier'))
  t.ok(kinds.includes('counts: missed subset figure'))
  t.ok(kinds.includes('entities: place as group'), 'Mardan found as a group')
  t.ok(kinds.includes('entities: extra group'), 'police')
  const qualifier = errors.find((e) => e.kind === 'counts: wrong qualifier')!
  t.equal(qualifier.detail, 'killed 12 at_least → killed 12 exact')
  t.equal(qualifier.sentence, 'A blast killed at least 12 people, police said.')
  const kinds2 = errorKinds([...errors, errors.find((e) => e.kind === 'counts: wrong qualifier')!])
  t.same(kinds2[0], { kind: 'counts: wrong qualifier', count: 2 }, 'the most frequent kind first')
  t.ok(kinds2.every((k, i) => i === 0 || kinds2[i - 1]!.count >= k.count), 'then by falling count')
})

t.test('names the codebook counts as one body match (§5)', async (t) => {
  const { bodyNameKey } = await import('../../src/pipeline/bodies.js')
  t.equal(bodyNameKey("Russia's defence ministry"), bodyNameKey('Ministry of Defence (Russia)'))
  t.equal(bodyNameKey('Russian Ministry of Defence'), 'Russia|ministry of defence')
  t.equal(bodyNameKey('Sri Lanka Ministry of Health'), bodyNameKey('Sri Lankan Ministry of Health'))
  t.equal(bodyNameKey('Armed Forces of Nigeria'), bodyNameKey("Nigeria's military"))
  t.not(bodyNameKey('Armenian Ministry of Foreign Affairs'), bodyNameKey('Azerbaijani Ministry of Foreign Affairs'))
  t.equal(bodyNameKey('Islamic State'), null)
  t.equal(bodyNameKey('Ministry of Health'), null, 'no country, no key')
})
