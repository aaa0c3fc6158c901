import t from 'tap'
import { SpanSchema } from '../../src/domain/model.js'

t.test('a span needs a non-empty text', async (t) => {
  t.notOk(SpanSchema.safeParse({ start: 0, end: 1, text: '' }).success)
  t.ok(SpanSchema.safeParse({ start: 0, end: 1, text: 'a' }).success)
})
