import t from 'tap'
import { attributionAt } from '../../src/pipeline/attribution.js'
import { runPipeline } from '../../src/pipeline/index.js'

/** Attributions as "cue source «reported words»", the source an entity key or as written. */
function attributions(text: string, title?: string) {
  const doc = runPipeline(text, { entities: [] }, { title: title ?? null })
  return doc.attributions.map((a) => `${a.cue} ${a.source ?? a.sourceText ?? 'null'} «${text.slice(a.start, a.end)}»`)
}

t.test('quotations, "according to", and a verb that closes its report (issue 15)', async (t) => {
  t.same(attributions('Blast in Quetta\n\n"We will find them," Interior Minister Sarfraz Bugti said.'), ['quote ner:Sarfraz Bugti «We will find them,»'])
  t.same(attributions('Blast in Quetta\n\nAt least 12 people were killed, according to the health ministry.'), ['according-to health ministry «At least 12 people were killed, according to the health ministry.»'])
  t.same(attributions('Blast in Quetta\n\nThe Baloch Front was behind the blast, police said on Monday.'), ['verb-after police «The Baloch Front was behind the blast»'])
  t.same(attributions('Blast in Quetta\n\nThe Baloch Front was behind the blast, said an official who asked not to be named.'), ['verb-after official «The Baloch Front was behind the blast»'])
  t.same(attributions('Blast in Quetta\n\n"Only stones were thrown," a police spokesman told reporters.'), ['quote police «Only stones were thrown,»'], 'an unnamed speaker after a quotation: a body\'s spokesman as the body')
})

t.test('a verb before its report, with "that" or a colon; verbs that report no clause (issue 15)', async (t) => {
  t.same(attributions('Blast in Quetta\n\nPakistan\'s foreign ministry said on Tuesday that the Baloch Front carried out the attack.'), ['verb-before body:Pakistani Ministry of Foreign Affairs «the Baloch Front carried out the attack.»'])
  t.same(attributions('Blast in Quetta\n\nSarfraz Bugti told reporters in Quetta that the bombers came from Afghanistan.'), ['verb-before ner:Sarfraz Bugti «the bombers came from Afghanistan.»'])
  t.same(attributions('Blast in Quetta\n\nThe railways announced an inquiry into the crash.'), [], '"announced" with a noun phrase reports no clause')
  t.same(attributions('Blast in Quetta\n\nA bomb killed 12 people in Quetta on Monday. Pakistan\'s interior ministry said in a statement:\n\nThe bombers came from across the border.'), ['colon body:Pakistani Ministry of Interior «The bombers came from across the border.»'])
})

t.test('the title reports nothing; the innermost attribution wins (issue 15)', async (t) => {
  t.same(attributions('Police say Front was behind blast\n\nNothing else happened.', 'Police say Front was behind blast'), [])
  const text = 'Blast in Quetta\n\nSarfraz Bugti said that "the Front did this" and no one else.'
  const doc = runPipeline(text, { entities: [] })
  t.equal(attributionAt(doc, text.indexOf('Front'))?.cue, 'quote', 'a quotation inside a reported clause is the quotation')
  t.equal(attributionAt(doc, text.indexOf('no one'))?.cue, 'verb-before')
  t.equal(attributionAt(doc, 0), null, 'nothing covers the title')
})
