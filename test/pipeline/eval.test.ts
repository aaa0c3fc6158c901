import t from 'tap'
import { evaluate, evaluateFixtures, type Scores } from '../../src/pipeline/eval.js'

// Thresholds from the issue (seed articles) and, for the fixture articles about other events,
// set just below what the pipeline measured when they were written (see the final report).
const SEED_THRESHOLDS: Record<'warm' | 'cold', Partial<Record<keyof Scores, number>>> = {
  cold: { entities: 0.75, counts: 0.85, responsibility: 0.6, quotes: 0.7 },
  warm: { entities: 0.95, responsibility: 0.8, counts: 0.9 },
}
const FIXTURE_THRESHOLDS: Partial<Record<keyof Scores, number>> = {
  entities: 0.89, // measured 0.900
  counts: 0.98, // measured 0.989
  responsibility: 0.85, // measured 0.867
  quotes: 0.8, // measured 0.813
}

for (const mode of ['warm', 'cold'] as const) {
  t.test(`seed articles, ${mode} registry`, async (t) => {
    const scores = evaluate(mode)
    for (const [category, min] of Object.entries(SEED_THRESHOLDS[mode])) {
      const f1 = scores[category as keyof Scores].f1
      t.ok(f1 >= min!, `${mode} ${category} F1 ${f1.toFixed(3)} >= ${min}`)
    }
  })
}

t.test('fixture articles about other events, cold registry', async (t) => {
  const { scores, count } = evaluateFixtures()
  t.ok(count >= 8, `${count} fixture articles`)
  for (const [category, min] of Object.entries(FIXTURE_THRESHOLDS)) {
    const f1 = scores[category as keyof Scores].f1
    t.ok(f1 >= min!, `fixtures ${category} F1 ${f1.toFixed(3)} >= ${min}`)
  }
})
