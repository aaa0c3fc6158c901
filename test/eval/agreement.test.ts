import t from 'tap'
import { agreement } from '../../src/eval/agreement.js'
import { loadCorpus } from '../../src/eval/corpus.js'

t.test('the gold agrees with itself in every category, and a change to it shows', async (t) => {
  const corpus = loadCorpus()
  const self = agreement(corpus)
  t.equal(self.articles, corpus.length)
  for (const [category, s] of Object.entries(self.scores)) t.equal(s.f1, 1, `${category} ${s.tp} tp ${s.fp} fp ${s.fn} fn`)

  // A second annotator who misses one claim, reads one qualifier otherwise and names no speaker.
  const article = corpus.find((a) => a.gold.responsibility.length > 0 && a.gold.counts.length > 0 && a.gold.quotes.some((q) => q.speaker))!
  const second = structuredClone(article)
  second.gold.responsibility.pop()
  second.gold.counts[0]!.qualifier = second.gold.counts[0]!.qualifier === 'exact' ? 'about' : 'exact'
  second.gold.quotes = []
  const { articles, scores } = agreement([second])
  t.equal(articles, 1)
  t.ok(scores.responsibility.fn >= 1 && scores.responsibility.fp === 0, 'the missed claim')
  t.ok(scores.counts.fp >= 1 && scores.counts.fn >= 1, 'the other qualifier')
  t.equal(scores.quotes.tp, 0)
  t.equal(scores.entities.f1, 1)
  t.same(agreement([{ ...second, slug: 'not-in-the-corpus' }]).articles, 0, 'articles the corpus lacks are left out')
})
