import t from 'tap'
import { CONSISTENCY_RULE, intersect, intervalOf } from '../../src/domain/intervals.js'

t.test('qualifiers read as intervals', async (t) => {
  t.same(intervalOf(133, 'exact'), { low: 133, high: 133 })
  t.same(intervalOf(143, 'at_least'), { low: 143, high: null })
  t.same(intervalOf(130, 'more_than'), { low: 131, high: null })
  t.same(intervalOf(100, 'about'), { low: 90, high: 110 })
  t.same(intervalOf(12, 'up_to'), { low: 0, high: 12 })
})

t.test('consistency is a shared value', async (t) => {
  const at = (v: number, q: Parameters<typeof intervalOf>[1]) => intervalOf(v, q)
  t.same(intersect([at(143, 'at_least'), at(130, 'more_than')]), { low: 143, high: null }, '"at least 143" and "over 130"')
  t.equal(intersect([at(133, 'exact'), at(137, 'exact')]), null, '133 and 137 exact')
  t.equal(intersect([at(133, 'exact'), at(137, 'at_least')]), null)
  t.same(intersect([at(145, 'about'), at(150, 'more_than')]), { low: 151, high: 160 })
  t.equal(intersect([at(10, 'up_to'), at(11, 'at_least')]), null)
  t.same(intersect([]), { low: 0, high: null })
})

t.test('the consistency rule is ASCII, so that answers of ASCII data stay ASCII', async (t) => {
  t.match(CONSISTENCY_RULE, /^[\x20-\x7e]+$/)
  t.match(CONSISTENCY_RULE, /unbounded/)
})
