import type { Doc, Sentence } from './doc.js'
import { STOP_CAPITALIZED } from './lexicon.js'

// A period after these does not end a sentence ("Mr. Putin", "Gen. Gerasimov", "Jan. 5").
const ABBREVIATIONS = new Set(
  `mr mrs ms dr st gen gov sen rep lt col sgt capt cmdr adm prof jr sr inc ltd co corp vs no nos
  jan feb mar apr jun jul aug sep sept oct nov dec fig approx est dept univ mt ft ave blvd rev hon
  pres supt insp det cpl pvt maj brig messrs`.split(/\s+/),
)

const TERMINATOR = /[.!?…]/
/**
 * The longest stretch read as one sentence, in UTF-16 code units. News sentences run to a few
 * hundred characters; a longer run without punctuation (a table, a list, text stripped of its
 * stops) is cut at a comma, semicolon or space before this bound, so that each stage's work per
 * sentence stays bounded and the pipeline's time grows linearly with the text.
 */
export const MAX_SENTENCE = 1200
const CLOSERS = /["'”’»)\]]/
// What may open the next sentence: a capital, a digit, or an opening quote or bracket.
const STARTER = /["'“‘«(\[\p{Lu}\p{N}]/u

/**
 * Splits into sentences. A line break always ends one, so a title or heading without final
 * punctuation is a sentence of its own. Inside a line, [.!?] (with any closing quotes and
 * brackets after it) ends a sentence when whitespace and a capital, digit or opening quote follow,
 * unless the period closes an abbreviation, an initial or a dotted acronym that runs on ("U.S. officials").
 */
export function splitSentences(text: string): Array<Omit<Sentence, 'tokenStart' | 'tokenEnd'>> {
  const out: Array<Omit<Sentence, 'tokenStart' | 'tokenEnd'>> = []
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = nextLineBreak(text, lineStart)
    // Hard-wrapped text ("…police said the\ngroup was behind…"): a long line that stops mid-sentence
    // runs on into the next, so a wrap is no sentence end (a title or heading is short or ends the paragraph).
    while (lineEnd < text.length && wrapsOn(text, lineStart, lineEnd)) lineEnd = nextLineBreak(text, lineEnd + 1)
    splitLine(text, lineStart, lineEnd, out)
    lineStart = lineEnd + 1
  }
  return out
}

/** The next line break at or after `from` (\n, or a lone \r of old Mac text; \r\n ends at its \r), or the text's length. */
function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i
  return text.length
}

/** Lines of hard-wrapped prose are at least this long, in UTF-16 code units; headings and titles are mostly shorter. */
const WRAPPED_LINE = 55

/** Whether the line [start, end) runs on past its break into the next line: long, cut mid-sentence, the next line in the same paragraph. */
function wrapsOn(text: string, start: number, end: number): boolean {
  if (end - start < WRAPPED_LINE || text[end] === '\r' && text[end + 1] === '\n') return false
  if (/[.!?…:;"'”’»)\]]\s*$/.test(text.slice(Math.max(start, end - 4), end))) return false
  const next = end + 1
  // A blank line (or the end) closes the paragraph.
  if (next >= text.length || text[next] === '\n' || text[next] === '\r') return false
  // Evidence of a wrap: the next line opens in lower case, or this one stops on a word that cannot end a sentence.
  return /^[ \t]*[\p{Ll}\p{N},]/u.test(text.slice(next, next + 8)) || /(?:^|\s)(?:the|a|an|of|to|in|on|at|for|and|or|but|that|which|who|said|says|told|with|by|from|as|is|was|were|are|has|had|have|its|their|his|her),?$/i.test(text.slice(Math.max(start, end - 12), end))
}

function splitLine(text: string, from: number, to: number, out: Array<Omit<Sentence, 'tokenStart' | 'tokenEnd'>>): void {
  const pieces: Array<[number, number]> = []
  let start = from
  for (let i = from; i < to; i++) {
    if (!TERMINATOR.test(text[i])) continue
    let end = i + 1
    while (end < to && (TERMINATOR.test(text[end]) || CLOSERS.test(text[end]))) end++
    let next = end
    while (next < to && /\s/.test(text[next])) next++
    if (next >= to) continue
    // "…in Gao.The Sahel Brigades claimed…": a stop glued to the next sentence's capitalized word.
    if (next === end && !(text[i] === '.' && gluedSentenceStart(text, from, i, end))) continue
    if (!STARTER.test(text[next])) continue
    if (text[i] === '.' && !periodEndsSentence(text, from, i, next)) continue
    pieces.push([start, end])
    start = next
    i = next - 1
  }
  if (start < to) pieces.push([start, to])
  const stretches = pieces.flatMap(([s, e]) => bounded(text, s, e))
  const lineHasFinalPunctuation = /[.!?…:;"'”’»)\]]\s*$/.test(text.slice(from, to))
  for (const [s, e] of stretches) {
    const trimmed = trim(text, s, e)
    if (trimmed === null) continue
    const isLast = e >= to - 1 || text.slice(e, to).trim() === ''
    const heading = isLast && stretches.length === 1 && !lineHasFinalPunctuation
    out.push({ start: trimmed[0], end: trimmed[1], heading, titleCase: heading && isTitleCase(text.slice(trimmed[0], trimmed[1])) })
  }
}

/** A piece cut into stretches of at most MAX_SENTENCE code units, at the last comma, semicolon or space before each bound. */
function bounded(text: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  while (e - s > MAX_SENTENCE) {
    const window = text.slice(s, s + MAX_SENTENCE)
    const at = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '))
    const space = window.lastIndexOf(' ')
    const cut = at > MAX_SENTENCE / 2 ? at + 1 : space > 0 ? space : MAX_SENTENCE
    out.push([s, s + cut])
    s += cut
  }
  out.push([s, e])
  return out
}

/**
 * A period with no space after it that still ends a sentence: a word of two letters or more before
 * it, lowercase after its first letter (not an abbreviation, a web address or a dotted acronym), and
 * a capitalized word after it ("in Gao.The Brigades"), never "U.S.Army", "example.com" or "3.5".
 */
function gluedSentenceStart(text: string, lineStart: number, period: number, next: number): boolean {
  let w = period
  while (w > lineStart && /[\p{L}\p{N}./:@-]/u.test(text[w - 1])) w--
  const word = text.slice(w, period)
  if (!/^\p{L}\p{Ll}+$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return false
  return /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))
}

function trim(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  return s < e ? [s, e] : null
}

function periodEndsSentence(text: string, lineStart: number, period: number, next: number): boolean {
  let w = period
  while (w > lineStart && /[\p{L}.]/u.test(text[w - 1])) w--
  const word = text.slice(w, period)
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0] ?? ''
  const nextIsFunctionWord = STOP_CAPITALIZED.has(nextWord.toLowerCase())
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return nextIsFunctionWord // U.S. / U.K. / a.m.
  if (/^\p{Lu}$/u.test(word)) return false // an initial: "George W. Bush"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false
  return true
}

function isTitleCase(s: string): boolean {
  const longWords = s.match(/\p{L}{4,}/gu) ?? []
  if (longWords.length < 2) return false
  const capitalized = longWords.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalized / longWords.length >= 0.75
}

export function sentences(doc: Doc): Doc {
  const raw = splitSentences(doc.text)
  const tokens = doc.tokens.map((t) => ({ ...t }))
  const out: Sentence[] = []
  let ti = 0
  raw.forEach((s, index) => {
    while (ti < tokens.length && tokens[ti].end <= s.start) {
      tokens[ti].sentence = Math.max(0, index - 1)
      ti++
    }
    const tokenStart = ti
    while (ti < tokens.length && tokens[ti].start < s.end) {
      tokens[ti].sentence = index
      ti++
    }
    out.push({ ...s, tokenStart, tokenEnd: ti })
  })
  for (; ti < tokens.length; ti++) tokens[ti].sentence = Math.max(0, out.length - 1)
  return { ...doc, tokens, sentences: out }
}
