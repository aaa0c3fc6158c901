import type { EntityKind } from '../domain/model.js'
import type { ExtractedClaim } from '../domain/extraction.js'
import type { CompiledRegistry } from './gazetteer.js'
import type { SentenceSyntax } from './syntax.js'

/**
 * The document every stage reads and extends, spaCy style. `text` is never changed: every offset
 * anywhere in a Doc is a [start, end) UTF-16 range into it. `lookup` is a same-length copy with
 * typographic variants folded (curly apostrophes, no-break spaces, dashes) for matching only.
 */
export interface Doc {
  text: string
  title: string | null
  registry: CompiledRegistry
  lookup: string
  tokens: Token[]
  sentences: Sentence[]
  /** Entities the article refers to, by key (registry, world gazetteer or NER). */
  entities: Map<string, DocEntity>
  /** Sorted by start; never overlapping. */
  mentions: Mention[]
  quotes: Quote[]
  /** Who is reported as saying which stretch of text (the `attribution` stage); sorted by start. */
  attributions: Attribution[]
  claims: ExtractedClaim[]
  /**
   * The shallow syntax of the sentences that need it (those a claim frame's words cue), by the
   * sentence's start offset; filled by the `syntax` stage, and on demand by `syntaxOf` for others.
   * One Map shared by every Doc derived from the same analysis.
   */
  syntax: Map<number, SentenceSyntax>
}

export interface Token {
  start: number
  end: number
  /** The token as it reads in `lookup` (folded apostrophes and dashes). */
  text: string
  lower: string
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean
  sentence: number
}

export interface Sentence {
  start: number
  end: number
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number
  tokenEnd: number
  /** A line without final punctuation: a title, a section heading or a dateline. */
  heading: boolean
  /** Most words capitalized, as in "Moscow Concert Hall Attack Has Resulted In 133 Deaths". */
  titleCase: boolean
}

export type EntitySource = 'registry' | 'world' | 'ner'

export interface DocEntity {
  key: string
  id: string | null
  name: string
  kind: EntityKind
  /** Surface forms seen in this article, plus the known aliases that matched. */
  aliases: Set<string>
  source: EntitySource
  /** For capitals: the country they stand for when they act ("Kyiv denied" → Ukraine). */
  countryKey: string | null
  /** Can claim, deny or be blamed: people, groups, countries and capitals (not venues or regions). */
  actor: boolean
  /** NER only: the strongest cue seen for this surface (0 = capitalized, no cue). */
  nerScore?: number
  nerKindKnown?: boolean
}

export interface Mention {
  start: number
  end: number
  text: string
  key: string
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number
  tokenEnd: number
  /** Matched through a demonym or adjective ("Ukrainian officials" → Ukraine). */
  demonym: boolean
  source: EntitySource
}

export interface Quote {
  /** Offsets of the quoted words, without the quotation marks. */
  start: number
  end: number
  /** Offsets including the marks. */
  outerStart: number
  outerEnd: number
  /** Entity key of the speaker, or null when no speaker could be found. */
  speaker: string | null
  confidence: number
}

/**
 * A stretch of text the article reports as someone's words or claim: the quoted words with their
 * speaker, what follows "X said (that)", what precedes ", X said", a sentence with "according to X",
 * the paragraph after "X said:". Spans are [start, end) into `text`.
 */
export interface Attribution {
  /** The reported words. */
  start: number
  end: number
  /** The source as an entity key; null when it is unnamed or not found. */
  source: string | null
  /** An unnamed source as written ("police", "witnesses", "a security source"); null otherwise. */
  sourceText: string | null
  /** How the article marks the report. */
  cue: 'quote' | 'according-to' | 'verb-before' | 'verb-after' | 'colon'
  /** The marker: the quotation with its marks, the reporting verb, or "according to". */
  cueStart: number
  cueEnd: number
}

export interface Stage {
  name: string
  requires: (keyof Doc)[]
  assigns: (keyof Doc)[]
  run: (doc: Doc) => Doc
}

export function emptyDoc(text: string, title: string | null, registry: CompiledRegistry): Doc {
  return {
    text,
    title,
    registry,
    lookup: text,
    tokens: [],
    sentences: [],
    entities: new Map(),
    mentions: [],
    quotes: [],
    attributions: [],
    claims: [],
    syntax: new Map(),
  }
}

/**
 * The first index of a list sorted by `key` whose key is at least `value` (the list's length when
 * none): tokens, sentences and mentions are sorted by their offsets, so that finding one by offset
 * costs a binary search, not a walk of the whole article (a 1 MB text has ~200,000 tokens).
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (key(items[mid]!) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index of the token that starts at `offset` (UTF-16 code units), or -1. */
export function tokenStartingAt(doc: Doc, offset: number): number {
  const k = lowerBound(doc.tokens, offset, (t) => t.start)
  return doc.tokens[k]?.start === offset ? k : -1
}

/** The index of the token that ends at `offset`, or -1. */
export function tokenEndingAt(doc: Doc, offset: number): number {
  const k = lowerBound(doc.tokens, offset, (t) => t.end)
  return doc.tokens[k]?.end === offset ? k : -1
}

/** The sentence that holds `offset`, or undefined. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  const k = lowerBound(doc.sentences, offset + 1, (s) => s.start) - 1
  const s = doc.sentences[k]
  return s && offset < s.end ? s : undefined
}

/**
 * Whether `sentence` is the article's title line (a heading whose words are the title's) or its
 * deck, the heading line right after it ("Officials had earlier named a local group as the main
 * suspect"): the headline block is not annotated (docs/annotation.md §5, §7), so no claim is read from it.
 */
export function isTitleSentence(doc: Doc, sentence: Sentence): boolean {
  const title = doc.title?.replace(/\s+/g, ' ').trim()
  if (!title) return false
  const isTitle = (s: Sentence) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() === title
  // The title itself, whatever it ends with ("Kyrgyz agents 'killed governor'" ends in a quote).
  if (isTitle(sentence)) return true
  if (!sentence.heading) return false
  // The deck: the paragraph right after the title, every line of it a heading (one or two lines).
  const k = lowerBound(doc.sentences, sentence.start, (s) => s.start)
  if (k < 1 || k > 3 || doc.sentences[k] !== sentence) return false
  const paragraphBreak = (a: Sentence, b: Sentence) => /\n\s*\n/.test(doc.text.slice(a.end, b.start))
  // Back to the deck's first line, through heading lines of the same paragraph.
  let first = k
  while (first > 1 && doc.sentences[first - 1]!.heading && !paragraphBreak(doc.sentences[first - 1]!, doc.sentences[first]!)) first--
  const titleLine = doc.sentences[first - 1]!
  return titleLine.heading && isTitle(titleLine) && paragraphBreak(titleLine, doc.sentences[first]!)
}
