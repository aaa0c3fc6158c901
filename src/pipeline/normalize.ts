import type { Doc, Token } from './doc.js'

// Every replacement is one UTF-16 unit for one UTF-16 unit, so `lookup` has the same length as
// `text` and every offset found in one is valid in the other.
const FOLD: Record<string, string> = {
  '\u2018': "'", // ‘ (kept distinct in `text` for the quote finder)
  '\u2019': "'", // ’
  '\u02BC': "'", // ʼ
  '\u2032': "'", // ′
  '\u00B4': "'", // ´
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // ‐
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2212': '-', // minus
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u2009': ' ', // thin space
  '\u202F': ' ', // narrow no-break space
  '\t': ' ',
}
// Invisible characters (zero-width spaces and joiners, byte-order marks, control characters other
// than line breaks) read as spaces: "claimed\u200Bresponsibility" is two words, as a reader sees it.
const INVISIBLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]|${INVISIBLE.source}`, 'g')

export function foldForLookup(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? ' ')
}

// Words are runs of letters, marks and digits; everything else but whitespace is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu

export function tokenize(lookup: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  for (const m of lookup.matchAll(TOKEN)) {
    const start = m.index
    const text = m[0]
    tokens.push({
      start,
      end: start + text.length,
      text,
      lower: text.toLowerCase(),
      spaceBefore: previousEnd !== start,
      sentence: 0,
    })
    previousEnd = start + text.length
  }
  return tokens
}

export function normalize(doc: Doc): Doc {
  const lookup = foldForLookup(doc.text)
  return { ...doc, lookup, tokens: tokenize(lookup) }
}
