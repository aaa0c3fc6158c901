import type { Token } from './doc.js'
import { wordTable } from '../domain/words.js'

// Cardinal numbers as news copy writes them: digits ("1,200", "1 200"), words ("three", "twenty-five",
// "twenty five", "a dozen", "half a dozen", "two hundred", "a hundred and twenty"). Vague
// quantities ("hundreds", "dozens", "several dozen") are not figures (docs/annotation.md §3).

const UNITS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
})
const TENS = wordTable<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 })
const MULTIPLIERS = wordTable<number>({ hundred: 100, thousand: 1000, million: 1_000_000 })
const VAGUE_BEFORE_DOZEN = new Set(['several', 'few', 'many'])
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])

export interface NumberAt {
  value: number
  /** Token range [start, end) of the number itself. */
  tokenStart: number
  tokenEnd: number
  /** Written with digits (years, ages and times are only recognized in that form). */
  digits: boolean
}

/**
 * Reads a number starting at token i, or returns null. Token indices, not code units: the result's
 * [tokenStart, tokenEnd) covers the number's own tokens ("1,200", "3 000", "one hundred and twelve").
 * Decimals ("7.4") are not head counts: neither the whole nor its tail after the point is read.
 */
export function readNumber(tokens: Token[], i: number): NumberAt | null {
  const t = tokens[i]
  if (!t) return null
  if (/^\d+$/.test(t.text)) {
    // The decimals of "7.4" or "6.5-magnitude": a tail, not a number of its own.
    if (!t.spaceBefore && tokens[i - 1]?.text === '.' && !tokens[i - 1].spaceBefore && /^\d+$/.test(tokens[i - 2]?.text ?? '')) return null
    let value = t.text
    let end = i + 1
    // "1,200" and "12,000,000": comma groups of exactly three digits, glued.
    while (tokens[end]?.text === ',' && !tokens[end].spaceBefore && /^\d{3}$/.test(tokens[end + 1]?.text ?? '') && !tokens[end + 1].spaceBefore) {
      value += tokens[end + 1].text
      end += 2
    }
    // "3 000", "12 500 000": groups of three digits set apart by spaces, as South African and European
    // copy writes thousands — from a group of one to three digits that no other digits precede, and
    // not after a month ("on March 12 300 people…" is a date and a number).
    if (end === i + 1 && /^\d{1,3}$/.test(t.text) && !/^\d/.test(tokens[i - 1]?.text ?? '') && !MONTHS.has(tokens[i - 1]?.lower ?? '')) {
      while (/^\d{3}$/.test(tokens[end]?.text ?? '') && tokens[end].spaceBefore && !/^[.,]\d/.test((tokens[end + 1]?.text ?? '') + (tokens[end + 2]?.text ?? ''))) {
        value += tokens[end].text
        end++
      }
    }
    // Decimals are not head counts.
    if (tokens[end]?.text === '.' && !tokens[end].spaceBefore && /^\d+$/.test(tokens[end + 1]?.text ?? '') && !tokens[end + 1].spaceBefore) return null
    let n = Number(value)
    const mult = MULTIPLIERS[tokens[end]?.lower ?? '']
    if (mult && mult <= 1000) {
      n *= mult
      end++
    }
    return { value: n, tokenStart: i, tokenEnd: end, digits: true }
  }
  const lower = t.lower
  if (lower === 'a') {
    // "a dozen", "a hundred", "a hundred and twenty"
    const next = tokens[i + 1]?.lower
    if (next === 'dozen') return { value: 12, tokenStart: i, tokenEnd: i + 2, digits: false }
    if (next === 'hundred' || next === 'thousand') {
      const rest = next === 'hundred' && tokens[i + 2]?.lower === 'and' ? readRest(tokens, i + 3) : null
      return rest ? { value: 100 + rest.value, tokenStart: i, tokenEnd: rest.tokenEnd, digits: false } : { value: MULTIPLIERS[next], tokenStart: i, tokenEnd: i + 2, digits: false }
    }
  }
  // "half a dozen"
  if (lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') return { value: 6, tokenStart: i, tokenEnd: i + 3, digits: false }
  let value: number | null = null
  let end = i
  if (lower in TENS) {
    value = TENS[lower]
    end = i + 1
    // "twenty-five", and "twenty five" written without the hyphen
    if (tokens[end]?.text === '-' && !tokens[end].spaceBefore && (tokens[end + 1]?.lower ?? '') in UNITS) {
      value += UNITS[tokens[end + 1].lower]
      end += 2
    } else if (UNITS[tokens[end]?.lower ?? ''] && UNITS[tokens[end].lower] < 10) {
      value += UNITS[tokens[end].lower]
      end += 1
    }
  } else if (lower in UNITS) {
    value = UNITS[lower]
    end = i + 1
  } else if (lower === 'dozen') {
    // "several dozen", "a few dozen" are vague, as "dozens" is.
    if (VAGUE_BEFORE_DOZEN.has(tokens[i - 1]?.lower ?? '')) return null
    value = 12
    end = i + 1
  }
  if (value === null) return null
  // "two dozen" (24), "three dozen"
  if (tokens[end]?.lower === 'dozen' && lower !== 'dozen') {
    value *= 12
    end++
  }
  const mult = MULTIPLIERS[tokens[end]?.lower ?? '']
  if (mult && mult <= 1000) {
    value *= mult
    end++
    // "one hundred and twelve", "two hundred forty": the rest of the number after its hundreds.
    const rest = mult === 100 ? readRest(tokens, tokens[end]?.lower === 'and' ? end + 1 : end) : null
    if (rest) {
      value += rest.value
      end = rest.tokenEnd
    }
  }
  return { value, tokenStart: i, tokenEnd: end, digits: false }
}

/** Tens and units written in words after a hundred: "twelve", "forty", "forty-two". */
function readRest(tokens: Token[], i: number): { value: number; tokenEnd: number } | null {
  const lower = tokens[i]?.lower ?? ''
  if (lower in UNITS) return { value: UNITS[lower], tokenEnd: i + 1 }
  if (!(lower in TENS)) return null
  if (tokens[i + 1]?.text === '-' && !tokens[i + 1].spaceBefore && (tokens[i + 2]?.lower ?? '') in UNITS) return { value: TENS[lower] + UNITS[tokens[i + 2].lower], tokenEnd: i + 3 }
  return { value: TENS[lower], tokenEnd: i + 1 }
}
