import fc from 'fast-check'
import t from 'tap'
import { codePointIndex } from '../../src/domain/code-points.js'

t.test('UTF-16 offsets to code points and back', async (t) => {
  const text = '😀 𝔸 Kyiv 🇺🇦 and Lviv'
  const index = codePointIndex(text)
  t.equal(index.astral, true)
  const kyiv = text.indexOf('Kyiv')
  t.equal(kyiv, 6, 'two astral characters and two spaces before it: 6 UTF-16 code units')
  t.equal(index.toCodePoint(kyiv), 4, '… and 4 code points')
  t.equal(Array.from(text).slice(4, 8).join(''), 'Kyiv')
  const lviv = text.indexOf('Lviv')
  t.equal(index.toCodePoint(lviv), lviv - 4, 'the flag is two code points, four UTF-16 code units')
  t.equal(index.toUtf16(index.toCodePoint(lviv)), lviv)
  t.equal(index.toCodePoint(text.length), Array.from(text).length, 'the end of the text')
  t.equal(index.toUtf16(Array.from(text).length), text.length)
  t.equal(index.toCodePoint(0), 0)

  t.throws(() => index.toCodePoint(1), /splits a character outside the BMP/, 'inside 😀')
  t.throws(() => index.toCodePoint(text.length + 1), RangeError)
  t.throws(() => index.toCodePoint(-1), RangeError)
  t.throws(() => index.toCodePoint(1.5), RangeError)
  t.throws(() => index.toUtf16(Array.from(text).length + 1), RangeError)

  const plain = codePointIndex('Kyiv, café, 中文')
  t.equal(plain.astral, false, 'accents and CJK of the BMP are one unit each')
  t.equal(plain.toCodePoint(12), 12)
  t.equal(plain.toUtf16(12), 12)
  t.throws(() => plain.toCodePoint(99), RangeError)
})

t.test('agrees with counting code points by hand, on any text and offset', async (t) => {
  // Texts mixing ASCII, BMP and astral characters; every offset at a character boundary.
  const char = fc.oneof(
    fc.constantFrom('a', ' ', 'é', '中', '\n'),
    fc.constantFrom('😀', '𝔸', '👊', '🇵🇰', '\u{10FFFF}', '\u{10000}'),
  )
  fc.assert(
    fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
      const text = chars.join('')
      const index = codePointIndex(text)
      const points = Array.from(text)
      let utf16 = 0
      for (let cp = 0; cp <= points.length; cp++) {
        if (index.toCodePoint(utf16) !== cp || index.toUtf16(cp) !== utf16) return false
        if (cp < points.length) {
          const width = points[cp]!.length
          if (width === 2 && !/splits/.test(errorOf(() => index.toCodePoint(utf16 + 1)))) return false
          utf16 += width
        }
      }
      return index.astral === points.length < text.length
    }),
    { numRuns: 500 },
  )
  t.pass('500 random texts')
})

function errorOf(f: () => unknown): string {
  try {
    f()
    return 'no error'
  } catch (err) {
    return (err as Error).message
  }
}

t.test('one pass over the text: converting every offset of a long text stays linear', async (t) => {
  // 200,000 code points, a third of them astral, and an offset at every one of them: O(spans × text)
  // would be 10^10 steps; the index does it in about a second even on a loaded machine.
  const text = 'ab😀'.repeat(66_667)
  const t0 = performance.now()
  const index = codePointIndex(text)
  let sum = 0
  for (let u = 0; u <= text.length; u++) if (!(u % 4 === 3)) sum += index.toCodePoint(u)
  const ms = performance.now() - t0
  // Block k ('ab😀', 4 units, 3 code points) gives 3k, 3k+1 and 3k+2; the end gives 3 × 66,667.
  const blocks = 66_667
  t.equal(sum, 9 * ((blocks - 1) * blocks) / 2 + 3 * blocks + 3 * blocks, 'every offset converted exactly')
  t.ok(ms < 10_000, `${Math.round(ms)} ms for ${text.length} offsets`)
})
