import type { ExtractedClaim } from '../domain/extraction.js'
import type { Doc, Mention, Quote } from './doc.js'
import { lastGroupBefore, lastPersonBefore, mentionsBetween, nearestActorBefore } from './attribution.js'
import { SPEECH_VERBS } from './lexicon.js'

/**
 * Quotes and their speakers. Marks: “…”, "…", «…», „…“, ‘…’, and the mixed «…” that translated
 * copy produces. An opening mark never closed before the next opening mark ends at the last
 * sentence end before it (a quote running over several sentences). Speakers, in order:
 *   after the quote — “…,” X said / said X / he added (he → last person named outside quotes);
 *   before it — X said: “…” / X, a student: “…” / X issued a statement calling Y “…”;
 *   a quote right after another one, with no cue of its own, continues the same speaker.
 * Short quotes with no cue are scare quotes (“Nazi”) and are skipped.
 */
const OPENERS: Record<string, string> = { '“': '”"', '«': '»”“', '„': '“”', '"': '"”', '‘': '’' }
const EXTRA_SPEECH = new Set(['statement', 'statements', 'calling', 'called', 'describing', 'described', 'dubbing', 'dubbed', 'saying', 'interview'])
const UNNAMED_SOURCES = new Set(['official', 'officer', 'diplomat', 'source', 'analyst', 'expert', 'aide', 'agent', 'soldier', 'resident', 'citizen', 'journalist', 'lawmaker', 'senator', 'general'])
const PRONOUN_SPEAKERS = new Set(['he', 'she'])
// "…,” the group said": a group the article has named speaks through these words.
const GROUP_ANAPHORS = new Set(['group', 'militia', 'militants', 'movement', 'organisation', 'organization', 'statement', 'front', 'brigade', 'insurgents', 'rebels', 'alliance', 'faction', 'network', 'party', 'union', 'association', 'company', 'firm', 'ministry', 'agency'])
const SCARE_QUOTE_MAX_WORDS = 4

interface RawQuote {
  outerStart: number
  outerEnd: number
  start: number
  end: number
  closed: boolean
}

export function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    const closers = OPENERS[c]
    if (closers === undefined || !opensHere(text, i)) {
      i++
      continue
    }
    const lineEnd = indexOrEnd(text, '\n', i)
    let j = i + 1
    let close = -1
    let reopen = -1
    for (; j < lineEnd; j++) {
      const d = text[j]
      if (closers.includes(d) && closesHere(text, j, c)) {
        close = j
        break
      }
      if ((d === '“' || d === '«') && j > i + 1 && /\s/.test(text[j - 1])) {
        reopen = j
        break
      }
    }
    if (close !== -1) {
      out.push({ outerStart: i, outerEnd: close + 1, start: i + 1, end: close, closed: true })
      i = close + 1
      continue
    }
    // Unclosed: runs to the last sentence end before the next opening mark, or to the line end.
    const limit = reopen !== -1 ? reopen : lineEnd
    let end = limit
    const lastStop = Math.max(text.lastIndexOf('.', limit - 1), text.lastIndexOf('?', limit - 1), text.lastIndexOf('!', limit - 1))
    if (lastStop > i) end = lastStop + 1
    if (end - (i + 1) > 0) out.push({ outerStart: i, outerEnd: end, start: i + 1, end, closed: false })
    i = reopen !== -1 ? reopen : limit
  }
  return out.filter((q) => q.end > q.start && text.slice(q.start, q.end).trim().length > 0)
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const k = text.indexOf(needle, from)
  return k === -1 ? text.length : k
}

function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]
  const after = text[i + 1] ?? ' '
  if (/\s/.test(after)) return false
  if (text[i] === '‘') return /[\s(\[—–-]/.test(before) && /\p{L}/u.test(after)
  if (text[i] === '"') return /[\s(\[—–-]/.test(before) || i === 0
  return true
}

function closesHere(text: string, j: number, opener: string): boolean {
  const after = text[j + 1] ?? ' '
  // ’ is also an apostrophe: "don’t", "Moscow’s".
  if (text[j] === '’') return !/\p{L}/u.test(after)
  if (opener === '"' && text[j] === '"') return !/\p{L}/u.test(after) || /\s/.test(text[j - 1]) === false
  return true
}

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}']+/gu)?.length ?? 0

export function findQuotes(doc: Doc): Doc {
  const raw = findQuoteSpans(doc.text)
  // Speakers resolve against mentions outside quotes, so publish the spans first.
  const spans: Quote[] = raw.map((q) => ({ ...q, speaker: null, confidence: 0 }))
  const withSpans: Doc = { ...doc, quotes: spans }
  const quotes: Quote[] = []
  let previous: Quote | null = null
  for (const q of spans) {
    const found = speakerAfter(withSpans, q) ?? speakerBefore(withSpans, q)
    let speaker = found?.key ?? null
    let confidence = found?.confidence ?? 0
    // A quote that directly follows another one and has no cue of its own continues it.
    if (speaker === null && previous && /^[\s,.;:]*$/.test(doc.text.slice(previous.outerEnd, q.outerStart))) {
      speaker = previous.speaker
      confidence = previous.confidence * 0.9
    }
    const quote: Quote = { start: q.start, end: q.end, outerStart: q.outerStart, outerEnd: q.outerEnd, speaker, confidence }
    // An unclosed quote with no cue takes the speaker of the quote that follows it.
    if (speaker === null && !(raw.find((r) => r.start === q.start)?.closed ?? true)) {
      const next = spans[spans.indexOf(q) + 1]
      if (next && /^[\s,.;:]*$/.test(doc.text.slice(q.outerEnd, next.outerStart))) {
        const nextSpeaker = speakerAfter(withSpans, next) ?? speakerBefore(withSpans, next)
        if (nextSpeaker) {
          quote.speaker = nextSpeaker.key
          quote.confidence = nextSpeaker.confidence * 0.8
        }
      }
    }
    quotes.push(quote)
    previous = quote
  }

  const claims: ExtractedClaim[] = [...doc.claims]
  for (const q of quotes) {
    if (q.speaker === null) continue
    const text = doc.text.slice(q.start, q.end)
    if (wordsIn(text) <= SCARE_QUOTE_MAX_WORDS && q.confidence < 0.7) continue
    const span = trimSpan(doc.text, q.start, q.end)
    if (span.end <= span.start) continue
    claims.push({
      kind: 'quote',
      claimant: q.speaker,
      target: null,
      stance: null,
      metric: null,
      value: null,
      qualifier: null,
      quote: span.text,
      evidence: span,
      confidence: round(q.confidence),
    })
  }
  return { ...doc, quotes, claims }
}

function trimSpan(text: string, start: number, end: number) {
  while (start < end && /[\s,]/.test(text[start])) start++
  while (end > start && /[\s,]/.test(text[end - 1])) end--
  return { start, end, text: text.slice(start, end) }
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100

interface FoundSpeaker {
  key: string
  confidence: number
}

/**
 * “…,” X said / “…,” said X / “…,” he added / “…,” X, a student, says / “…,” ministry spokeswoman
 * X said / “…,” the spokesman, X, said / “…,” X, a resident of Y, told AFP / “…,” the group said.
 * The attribution runs from the closing mark to the end of its clause; its speech verb is found
 * first, and the speaker is the name before it (a person before any other), else the one after it.
 */
function speakerAfter(doc: Doc, q: Quote): FoundSpeaker | null {
  const from = q.outerEnd
  const rest = doc.lookup.slice(from, Math.min(doc.text.length, from + 200))
  const stop = rest.search(/[!?\n"“«]|\.(?=\s|$)/)
  const window = stop === -1 ? rest : rest.slice(0, stop)
  const m = /^\s*,?\s*(\p{L}+)/u.exec(window)
  if (!m) return null
  const firstWord = m[1].toLowerCase()
  const firstAt = from + (m.index ?? 0) + m[0].length - m[1].length
  // The first speech verb of the attribution, and what stands before it: "ministry spokeswoman
  // Lilit Harutyunyan", "the spokesman, Jens Aaltonen,", "Kumari Herath, a resident of Ratnapura,".
  const verb = [...window.matchAll(/\p{L}+/gu)].find((w) => SPEECH_VERBS.has(w[0].toLowerCase()))
  if (verb && verb.index! > m.index! + m[0].length - m[1].length) {
    const verbAt = from + verb.index!
    const subject = doc.lookup.slice(firstAt, verbAt)
    const inSubject = mentionsBetween(doc, firstAt, verbAt).filter((x) => speakerEntityOk(doc, x))
    // A person heads the attribution when the verb, an appositive or a phrase of the body follows
    // the name ("X said", "X, a resident of Y, told", "X of the Bureau told"), not role words.
    const heads = (x: Mention) => /^(?:\s+(?:of|from|at|for|in)\b[^,]{0,80})?(?:\s*,[^,]{1,120},?)*\s*$/i.test(doc.lookup.slice(x.end, verbAt))
    const person = inSubject.find((x) => doc.entities.get(x.key)?.kind === 'person' && heads(x))
    const first = inSubject[0]
    // "…,” the group said": the group the article named last before the quote.
    const words = subject.toLowerCase().match(/\p{L}+/gu) ?? []
    if (!person && !first && words.length <= 3 && words[0] === 'the' && GROUP_ANAPHORS.has(words[words.length - 1]!)) {
      const group = lastSpeakingGroupBefore(doc, q.outerStart)
      return group ? { key: group.key, confidence: 0.7 } : null
    }
    // A person anywhere in the attribution ("ministry spokeswoman X", "the spokesman, X,"); any other
    // name only when it opens it and the verb, an appositive or its spokesperson follows ("Medlink
    // said", "Medlink, the maker, said", "a BMA spokesperson said": codebook §2), never when it only
    // qualifies an unnamed speaker ("Ashanti regional police commander said", "the head of the EU mission").
    const between = doc.lookup.slice(first?.end ?? 0, verbAt)
    const bodySpeaks = /^(?:'s)?\s*(?:(?:spokes(?:man|woman|person)|officials?|sources?)\s*)?(?:,[^,]{1,80},\s*)?$/i.test(between)
    const opens = first && first.start - firstAt <= 4 && bodySpeaks && (doc.entities.get(first.key)?.kind !== 'place' || /^\s*$/.test(between))
    const speaker = person ?? (opens ? first : undefined)
    if (speaker && !/\b(?:as|when|while|after|before|because|if|where|which|who)\b/i.test(doc.lookup.slice(firstAt, speaker.start))) {
      return { key: speaker.key, confidence: 0.85 }
    }
  }
  // "he added", "she declared"
  if (PRONOUN_SPEAKERS.has(firstWord)) {
    const next = /^\s+(\p{L}+)/u.exec(window.slice(m[0].length))?.[1]?.toLowerCase() ?? ''
    if (!SPEECH_VERBS.has(next)) return null
    const person = lastPersonBefore(doc, q.outerStart)
    return person ? { key: person.key, confidence: 0.8 } : null
  }
  // "said X", "says X"
  if (SPEECH_VERBS.has(firstWord)) {
    const speaker = firstSpeakerMention(doc, firstAt, from + window.length)
    return speaker ? { key: speaker.key, confidence: 0.9 } : null
  }
  // "X said", "X, a student, said"
  const speaker = doc.mentions.find((mm) => mm.start === firstAt || (mm.start >= firstAt && mm.start < firstAt + 5))
  if (speaker && speakerEntityOk(doc, speaker)) {
    const afterSpeaker = doc.lookup.slice(speaker.end, from + window.length)
    const verb = /^(?:,[^,]{0,60},)?\s+(\p{L}+)/u.exec(afterSpeaker)?.[1]?.toLowerCase() ?? ''
    if (SPEECH_VERBS.has(verb)) return { key: speaker.key, confidence: 0.9 }
  }
  return null
}

/**
 * The group that "the group said" or "the statement said" stands for: the last group named before
 * `offset`, passing over the channels a statement came through ("on its Telegram channel", "via X").
 */
function lastSpeakingGroupBefore(doc: Doc, offset: number): Mention | null {
  let at = offset
  for (let guard = 0; guard < 20; guard++) {
    const group = lastGroupBefore(doc, at)
    if (!group) return null
    const before = doc.lookup.slice(Math.max(0, group.start - 12), group.start).toLowerCase()
    if (!/\b(?:on|via|through|in)\s+(?:(?:its|their|the|a)\s+)?$/.test(before)) return group
    at = group.start
  }
  return null
}

/** X said: “…” / X, a student: “…” / X issued a statement calling Y “…”. */
function speakerBefore(doc: Doc, q: Quote): FoundSpeaker | null {
  const sentence = doc.sentences.find((s) => q.outerStart >= s.start && q.outerStart < s.end)
  const floor = sentence ? sentence.start : Math.max(0, q.outerStart - 200)
  const before = doc.lookup.slice(floor, q.outerStart)
  if (before.trim().length === 0) return null
  const colon = /:\s*$/.test(before)
  // The last reporting word before the quote; the speaker is the actor right before it.
  let cueAt = -1
  for (const w of before.matchAll(/\p{L}+/gu)) {
    const lower = w[0].toLowerCase()
    if (SPEECH_VERBS.has(lower) || EXTRA_SPEECH.has(lower)) cueAt = floor + w.index
  }
  if (!colon && cueAt === -1) return null
  const limit = colon ? q.outerStart : cueAt
  // A person right before the cue speaks even after a preposition ("such as Omar Haddou, a baker:").
  const candidates = doc.mentions.filter((m) => m.start >= floor && m.end <= limit && speakerEntityOk(doc, m))
  const person = [...candidates].reverse().find((m) => doc.entities.get(m.key)?.kind === 'person')
  const speaker = person ?? nearestActorBefore(doc, limit, floor)
  if (!speaker || !speakerEntityOk(doc, speaker)) return null
  return { key: speaker.key, confidence: colon ? 0.85 : 0.7 }
}

function firstSpeakerMention(doc: Doc, from: number, to: number): Mention | null {
  return doc.mentions.find((m) => m.start >= from && m.end <= to && speakerEntityOk(doc, m)) ?? null
}

/** People and organizations speak; a demonym in "a US official" is an unnamed person, not a speaker. */
function speakerEntityOk(doc: Doc, m: Mention): boolean {
  const e = doc.entities.get(m.key)
  if (!e || m.demonym) return false
  if (e.kind !== 'place') return true
  // "a senior US Intelligence official": the country only qualifies an unnamed person.
  for (let k = m.tokenEnd; k < Math.min(doc.tokens.length, m.tokenEnd + 3); k++) {
    if (UNNAMED_SOURCES.has(doc.tokens[k].lower)) return false
  }
  return e.actor
}
