import t from 'tap'
import { runPipeline } from '../../src/pipeline/index.js'
import { afterPreposition, chunkBefore, clauseAt, freeChunk, governors, syntaxOf, verbGroupAt } from '../../src/pipeline/syntax.js'

function parse(text: string) {
  const doc = runPipeline(text, { entities: [] })
  const sentence = doc.sentences[0]
  const syntax = syntaxOf(doc, sentence, doc.sentences)
  const span = (x: { start: number; end: number }) => doc.text.slice(x.start, x.end)
  return { doc, syntax, span, at: (words: string) => doc.text.indexOf(words) }
}

t.test('tags and lemmas sit on the pipeline’s own tokens', async (t) => {
  const { doc, syntax } = parse('The Front had earlier taken responsibility for Ukraine’s blast.')
  t.equal(syntax.pos.length, doc.sentences[0].tokenEnd - doc.sentences[0].tokenStart)
  const tagOf = (word: string) => syntax.pos[doc.tokens.findIndex((x) => x.text === word) - doc.sentences[0].tokenStart]
  t.equal(tagOf('taken'), 'VERB')
  t.equal(tagOf('had'), 'AUX')
  t.equal(tagOf('responsibility'), 'NOUN')
  t.equal(syntax.lemma[doc.tokens.findIndex((x) => x.text === 'taken')], 'take')
})

t.test('verb groups: lemma with particle, tense, voice, negation, modality', async (t) => {
  const { syntax, span, at } = parse('Kyiv has not ruled out that the attack could have been carried out by the militants, who never denied it.')
  const groups = syntax.verbGroups.map((g) => ({ text: span(g), lemma: g.lemma, tense: g.tense, voice: g.voice, negated: g.negated, modal: g.modal, perfect: g.perfect }))
  t.match(groups[0], { text: 'has not ruled out', lemma: 'rule out', tense: 'present', voice: 'active', negated: true, modal: null, perfect: true })
  t.match(groups[1], { text: 'could have been carried out', lemma: 'carry out', voice: 'passive', negated: false, modal: 'could', perfect: true })
  t.match(groups[2], { text: 'never denied', lemma: 'deny', tense: 'past', negated: true })
  t.equal(verbGroupAt(syntax, at('carried'))?.lemma, 'carry out')
  t.equal(verbGroupAt(syntax, at('militants')), null)
})

t.test('noun-phrase chunks with their heads', async (t) => {
  const { doc, syntax, span } = parse('Police chief Dalia Moreau said Ukraine’s agents bore the hallmarks.')
  t.same(syntax.chunks.map((c) => `${span(c)}→${doc.tokens[c.head].text}`), ['Police chief Dalia Moreau→Moreau', 'Ukraine’s agents→agents', 'the hallmarks→hallmarks'])
})

t.test('clauses and the verbs that govern them', async (t) => {
  const { syntax, span, at } = parse('Officials said they did not believe the Front was responsible.')
  t.same(governors(syntax, at('was')).map(span), ['did not believe', 'said'], 'an unmarked complement, twice')
  t.equal(clauseAt(syntax, at('Officials')).kind, 'main')
  const q = parse('Police said it was too early to say whether the Brigade was behind the blast.')
  t.equal(clauseAt(q.syntax, q.at('the Brigade')).kind, 'whether')
  const r = parse('Dalia Moreau, who arrived later, said that the attack was planned and that the group may have been involved.')
  t.equal(clauseAt(r.syntax, r.at('arrived')).kind, 'relative')
  t.equal(clauseAt(r.syntax, r.at('said')).kind, 'main', 'the clause around a relative resumes after its comma')
  t.same(governors(r.syntax, r.at('the group')).map(r.span), ['said'], 'a coordinated that-clause shares its sibling’s governor')
})

t.test('odd text never throws and keeps one tag per token', async (t) => {
  for (const text of ['“…” — 5.30pm:', '#### $$$ ((( )))', 'a'.repeat(5000), 'Ukraine\u00a0’s “claim”']) {
    const { doc, syntax } = parse(text)
    t.equal(syntax.pos.length, doc.sentences[0].tokenEnd - doc.sentences[0].tokenStart)
  }
})

t.test('a chunk ending the document does not read past the last token', async (t) => {
  const doc = runPipeline('Officials said the separatist group was responsible', { entities: [] })
  const syntax = syntaxOf(doc, doc.sentences[doc.sentences.length - 1])
  t.ok(syntax.chunks.length > 0)
})

t.test('contracted negations belong to their verb group', async (t) => {
  const { syntax, span } = parse('Officials didn’t believe it. It won’t be blamed. Police can’t rule out a link.')
  t.match(syntax.verbGroups[0], { lemma: 'believe', negated: true, tense: 'past' })
  t.equal(span(syntax.verbGroups[0]), 'didn’t believe')
  const second = parse('It won’t be blamed.').syntax.verbGroups[0]
  t.match(second, { lemma: 'blame', negated: true, tense: 'future', voice: 'passive', modal: 'will' })
  t.match(parse('Police can’t rule out a link.').syntax.verbGroups[0], { lemma: 'rule out', negated: true, tense: 'present', modal: 'can' })
})

t.test('the subject a clause puts first, and the phrase right before a verb', async (t) => {
  const { syntax, span, at } = parse('On Monday, officials in Cameroon said the Front was responsible.')
  const said = at('said')
  t.equal(span(freeChunk(syntax, clauseAt(syntax, said), said)!), 'officials', 'not "Monday", not "Cameroon": prepositions govern them')
  t.equal(span(chunkBefore(syntax, said)!), 'Cameroon')
  t.ok(afterPreposition(syntax, chunkBefore(syntax, said)!))
  t.equal(chunkBefore(syntax, at('On')), null)
})

t.test('the tagger\'s slips on crowd control are corrected: compounds and participles after a comma (issue 15)', async (t) => {
  const text = 'Riot in Lomé\n\nPolice broke up the march, firing tear gas at the crowd.'
  const doc = runPipeline(text, { entities: [] })
  const sentence = doc.sentences.find((s) => text.slice(s.start, s.end).includes('firing'))!
  const syntax = syntaxOf(doc, sentence)
  const groups = syntax.verbGroups.map((g) => `${text.slice(g.start, g.end)}:${g.lemma}`)
  t.ok(groups.includes('firing:fire'), 'the participle is a verb of lemma "fire"')
  t.notOk(groups.some((g) => g.startsWith('tear')), '"tear gas" is a noun')
})
