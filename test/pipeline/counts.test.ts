import t from 'tap'
import { extract } from '../../src/pipeline/index.js'

const counts = (text: string) =>
  extract(text, { entities: [] })
    .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
    .map((c) => `${c.metric} ${c.value} ${c.qualifier}`)

t.test('qualifiers', async (t) => {
  t.same(counts('The blast killed at least 12 people.'), ['killed 12 at_least'])
  t.same(counts('More than 40 civilians were killed in the raid.'), ['killed 40 more_than'])
  t.same(counts('Over 30 lives were lost.'), ['killed 30 more_than'])
  t.same(counts('Nearly 200 people were injured.'), ['injured 200 about'])
  t.same(counts('Approximately 145 injuries were reported.'), ['injured 145 about'])
  t.same(counts('Up to 20 people are missing.'), ['missing 20 up_to'])
  t.same(counts('Police said 9 people died.'), ['killed 9 exact'])
})

t.test('metrics from verbs and nouns around the number', async (t) => {
  t.same(counts('Gunmen stormed the hotel, killing 95 and injuring 20.'), ['killed 95 exact', 'injured 20 exact'])
  t.same(counts('The death toll rose to 61 on Tuesday.'), ['killed 61 exact'])
  t.same(counts('There are 110 people hospitalized, 40 of whom are in critical condition.'), ['hospitalized 110 exact', 'critical 40 exact'])
  t.same(counts('Troops arrested four suspects, along with seven alleged accomplices.'), ['arrested 4 exact', 'arrested 7 exact'])
  t.same(counts('The fire caused 3,200 deaths, including at least a dozen children.'), ['killed 3200 exact'], 'a subset is not a total')
  t.same(counts('About a dozen people are missing.'), ['missing 12 about'])
  t.same(counts('Officials recorded 133 fatalities.'), ['killed 133 exact'])
})

t.test('years, dates, ages, durations, money, percentages and vague numbers are not figures', async (t) => {
  t.same(counts('In 2019 the city had 2 million residents and 40% unemployment.'), [])
  t.same(counts('Valeri Chernov, 52 years old, said the war lasted 20 years.'), [])
  t.same(counts('On March 22 hundreds of people were injured and $5 million was lost.'), [])
  t.same(counts('The 3rd battalion lost one of its trucks.'), [])
})

t.test('a figure dated to an earlier year is marked as another event', async (t) => {
  const x = extract('At least 15 people were killed on Friday in 2024. A similar siege in 2004 caused more than 300 deaths.', { entities: [] })
  const figures = x.claims.filter((c) => c.kind === 'count')
  t.equal(figures.length, 2)
  t.notOk(figures[0].otherEvent)
  t.equal(figures[1].otherEvent, true)
})

t.test('who gave the figure', async (t) => {
  const x = extract('According to Reuters, 17 people were killed.', { entities: [] })
  const c = x.claims.find((k) => k.kind === 'count')!
  t.equal(x.entities.find((e) => e.ref === c.claimant)?.name, 'Reuters')
})
