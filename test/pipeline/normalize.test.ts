import t from 'tap'
import { foldForLookup, tokenize } from '../../src/pipeline/normalize.js'
import { splitSentences } from '../../src/pipeline/sentences.js'

t.test('folding keeps the length, so offsets stay valid in the original text', async (t) => {
  const text = 'Moscow’s “concert” — «attack»\u00A0now'
  const lookup = foldForLookup(text)
  t.equal(lookup.length, text.length)
  t.equal(lookup, `Moscow's "concert" - "attack" now`)
})

t.test('invisible characters read as spaces, with the length kept', async (t) => {
  const text = 'claimed\u200Bresponsibility\u0001for the\uFEFFattack\nnow'
  const lookup = foldForLookup(text)
  t.equal(lookup.length, text.length)
  t.equal(lookup, 'claimed responsibility for the attack\nnow', 'line breaks stay')
})

t.test('tokens are words, digits and single punctuation marks with their offsets', async (t) => {
  const text = "Putin's U.S. ISIS-K 1,200"
  const tokens = tokenize(text)
  t.same(tokens.map((k) => k.text), ['Putin', "'", 's', 'U', '.', 'S', '.', 'ISIS', '-', 'K', '1', ',', '200'])
  for (const k of tokens) t.equal(text.slice(k.start, k.end), k.text)
  t.equal(tokens[3].spaceBefore, true)
  t.equal(tokens[4].spaceBefore, false)
})

t.test('sentence splitter', async (t) => {
  const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end))
  t.same(split('U.S. officials met Mr. Smith at 3.5 km. Then they left.'), ['U.S. officials met Mr. Smith at 3.5 km.', 'Then they left.'])
  t.same(split('He said “it is over.” She did not agree.'), ['He said “it is over.”', 'She did not agree.'])
  t.same(split('«Come quickly.» The video ends.'), ['«Come quickly.»', 'The video ends.'])
  t.same(split('George W. Bush spoke. It rained.'), ['George W. Bush spoke.', 'It rained.'])
  t.same(split('The aid came from the U.S. The rest came later.'), ['The aid came from the U.S.', 'The rest came later.'])
  const withHeadline = splitSentences('Flood Hits Coastal Towns\nWater rose overnight. Roads closed.')
  t.equal(withHeadline.length, 3)
  t.equal(withHeadline[0].heading, true)
  t.equal(withHeadline[0].titleCase, true)
  t.equal(withHeadline[1].heading, false)
})
