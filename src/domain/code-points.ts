// Offsets in two units. The API's `start`/`end` count UTF-16 code units, as JavaScript strings
// index them; `start_cp`/`end_cp` count Unicode code points, as Python `str`, Rust `chars()` and Go
// runes do. They differ only after a character outside the Basic Multilingual Plane (most emoji,
// mathematical letters such as 𝔸, some CJK), which is one code point and two UTF-16 code units
// (a surrogate pair): in '😀 Kyiv', "Kyiv" is [3, 7) in UTF-16 code units and [2, 6) in code points.

/** Converts offsets of one text between UTF-16 code units and code points. */
export interface CodePointIndex {
  /** Whether the text has any character outside the BMP (when not, both units give the same offsets). */
  readonly astral: boolean
  /**
   * The code-point offset of a UTF-16 offset: how many code points the text's first `utf16` code
   * units hold. Throws RangeError when `utf16` is not an integer in [0, text.length] or falls
   * between the two halves of a surrogate pair (it is then no character boundary).
   */
  toCodePoint(utf16: number): number
  /**
   * The UTF-16 offset of a code-point offset, the inverse of toCodePoint. Throws RangeError when
   * `cp` is not an integer in [0, code points of the text].
   */
  toUtf16(cp: number): number
}

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/**
 * An index of a text's characters outside the BMP, built in one pass over the text (a native
 * regular-expression scan; O(1) extra memory for a text without any), after which each offset
 * converts in O(log a), a the number of such characters: the spans of one article (its mentions,
 * its claims' evidence, search hits) convert in one pass plus a binary search each, never
 * O(spans × text).
 */
export function codePointIndex(text: string): CodePointIndex {
  // The UTF-16 offset of each surrogate pair, ascending. The i-th pair (from 0) is then the
  // code point at pairs[i] - i: every pair before it counted one unit more than one code point.
  const pairs: number[] = []
  PAIR.lastIndex = 0
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) pairs.push(m.index)
  const length = text.length
  const codePoints = length - pairs.length
  /** How many of the pairs satisfy `before(i)`, for a predicate true on a prefix of them. */
  const countWhile = (before: (i: number) => boolean): number => {
    let lo = 0
    let hi = pairs.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (before(mid)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    astral: pairs.length > 0,
    toCodePoint(utf16: number): number {
      if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > length) {
        throw new RangeError(`offset ${utf16} is outside the text's ${length} UTF-16 code units`)
      }
      if (pairs.length === 0) return utf16
      const before = countWhile((i) => pairs[i]! < utf16)
      if (before > 0 && pairs[before - 1]! + 1 === utf16) {
        throw new RangeError(`offset ${utf16} (UTF-16 code units) splits a character outside the BMP in two`)
      }
      return utf16 - before
    },
    toUtf16(cp: number): number {
      if (!Number.isInteger(cp) || cp < 0 || cp > codePoints) {
        throw new RangeError(`offset ${cp} is outside the text's ${codePoints} code points`)
      }
      if (pairs.length === 0) return cp
      return cp + countWhile((i) => pairs[i]! - i < cp)
    },
  }
}
