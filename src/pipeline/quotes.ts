import type { ExtractedClaim } from '../domain/extraction.js'
import type { Doc, Mention, Quote } from './doc.js'
import { lowerBound, sentenceAt } from './doc.js'
import { insideQuote, mentionsBetween, nearestActorBefore } from './attribution.js'
import { lastCompanyBefore } from './referents.js'
import { SPEECH_VERBS, UNNAMED_SPEAKER_NOUNS } from './lexicon.js'

/**
 * Quotes and their speakers (codebook §4, §7). Marks: “…”, "…", «…» (also French-spaced « … »),
 * „…“, ‘…’, and the mixed «…” that translated copy produces. An opening mark never closed before the
 * next opening mark ends at the last sentence end before it (a quote running over several sentences
 * or on into the next paragraph). Speakers, in order:
 *   after the quote — “…,” X said / said X / he added (he → resolvePronoun) / the group said / the
 *     senior commander said (the body named with the role) / according to her / Y quoted X as saying;
 *   before it — X said: “…” / X, a student: “…” / X issued a statement calling Y “…” / She said, “…”
 *     / a paragraph in quotes after a lead-in ending in a colon;
 *   a quote with no cue of its own right after another one, or after that one's attribution,
 *     continues its speaker.
 * Short quotations run into a sentence without a finite clause are scare quotes (“Nazi”) and give
 * no claim; nor does the title.
 */
const OPENERS: Record<string, string> = { '“': '”"', '«': '»”“', '„': '“”', '"': '"”', '‘': '’', "'": "'’" }
const EXTRA_SPEECH = new Set(['statement', 'statements', 'calling', 'called', 'describing', 'described', 'dubbing', 'dubbed', 'saying', 'interview'])
const PRONOUN_SPEAKERS = new Set(['he', 'she'])
// "…,” the group said": a group the article has named speaks through these words.
const GROUP_ANAPHORS = new Set(['group', 'militia', 'militants', 'movement', 'organisation', 'organization', 'statement', 'front', 'brigade', 'insurgents', 'rebels', 'alliance', 'faction', 'network', 'party', 'union', 'association', 'company', 'firm', 'operator', 'utility', 'ministry', 'agency', 'embassy', 'presidency', 'authority', 'commission', 'department', 'club'])
// Titles abbreviated before a name: "Dr. Espérance Mwamba", "Col. Emmanuel Habimana".
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'brig', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'supt', 'insp', 'det', 'st', 'hon', 'pres'])
// A quotation shorter than this many words must show a finite clause to be a quote (codebook §4–§5).
const SHORT_QUOTE_WORDS = 8
// Subject pronouns, auxiliaries and modals: the surface of a finite clause.
const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'there', 'am', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might', 'must', 'do', 'does', 'did'])

interface RawQuote {
  outerStart: number
  outerEnd: number
  start: number
  end: number
  closed: boolean
}

/**
 * Every quotation in `text`, in order and never overlapping: `start`/`end` the quoted words,
 * `outerStart`/`outerEnd` with the marks (an unclosed quote has no closing mark: outerEnd = end),
 * all [start, end) in UTF-16 code units; `closed` false for a quote that runs to a sentence end.
 */
export function findQuoteSpans(text: string): RawQuote[] {
  const out: RawQuote[] = []
  let i = 0
  // The end of the line holding i, found once per line (not once per quotation: a 1 MB line of quotes).
  let lineEnd = -1
  while (i < text.length) {
    const c = text[i]
    const closers = OPENERS[c]
    if (closers === undefined || !opensHere(text, i)) {
      i++
      continue
    }
    if (lineEnd < i) lineEnd = indexOrEnd(text, '\n', i)
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
    // A straight apostrophe never closed is an elision ("get 'em"), not a quote.
    if (c === "'") {
      i++
      continue
    }
    // Unclosed: runs to the last sentence end before the next opening mark, or to the line end.
    const limit = reopen !== -1 ? reopen : lineEnd
    let end = limit
    const lastStop = text.slice(i + 1, limit).search(/[.?!][^.?!]*$/)
    if (lastStop !== -1) end = i + 1 + lastStop + 1
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
  // French spacing: « Ce sont … » — a guillemet may stand apart from the words it opens.
  if (text[i] === '«' && /[ \u00a0\u202f]/.test(after)) return /^[ \u00a0\u202f][\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3))
  if (/\s/.test(after)) return false
  if (text[i] === '‘' || text[i] === "'") return (i === 0 || /[\s(\[—–-]/.test(before)) && /\p{L}/u.test(after)
  if (text[i] === '"') return /[\s(\[—–-]/.test(before) || i === 0
  return true
}

function closesHere(text: string, j: number, opener: string): boolean {
  const after = text[j + 1] ?? ' '
  // ’ and ' are also apostrophes: "don’t", "Moscow’s", "it's".
  if (text[j] === '’' || text[j] === "'") return !/\p{L}/u.test(after)
  if (opener === '"' && text[j] === '"') return !/\p{L}/u.test(after) || /\s/.test(text[j - 1]) === false
  // «…“ closes translated copy, but “ after a space and before a word opens the next quote.
  if (text[j] === '“' && /\s/.test(text[j - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(after)) return false
  return true
}

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}']+/gu)?.length ?? 0

/**
 * Quotes with their speakers (codebook §4) as `quote` claims. Every quotation mark pair becomes a
 * Quote in `doc.quotes` (with its speaker, which the responsibility stage reads); a claim is made
 * only for a quotation of a clause with a named speaker, outside the title (§5: the title is not
 * annotated). A quotation run into the sentence that is short ("called it “absurd”") or the object
 * of a preposition ("accused them of “murdering guests at a wedding”") must hold a finite clause
 * (§4–§5) or follow a word that opens one ("where “the strikes continue”"); one set off as speech
 * ("“…,” says X", "X said: “…”") is taken as said.
 * Offsets are UTF-16 code units into `doc.text`; evidence is the quoted words without the marks.
 */
export function findQuotes(doc: Doc): Doc {
  const raw = findQuoteSpans(doc.text)
  // Speakers resolve against mentions outside quotes, so publish the spans first.
  const spans: Quote[] = raw.map((q) => ({ ...q, speaker: null, confidence: 0 }))
  const withSpans: Doc = { ...doc, quotes: spans }
  const quotes: Quote[] = []
  // Quotes set off as speech: an attribution after them, or nothing before them in their sentence but a lead-in.
  const framed = new Set<number>()
  let previous: Quote | null = null
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!
    const after = speakerAfter(withSpans, q)
    const found = after ?? speakerBefore(withSpans, q)
    if (after || setOff(doc, q)) framed.add(q.outerStart)
    let speaker = found?.key ?? null
    let confidence = found?.confidence ?? 0
    // A quote that follows another one, with nothing between them but punctuation or the earlier
    // quote's own attribution ("“…,” X said. “…”", "“…,” he said, “…”"), continues its speaker.
    if (speaker === null && previous?.speaker && continuesQuote(doc, previous, q)) {
      speaker = previous.speaker
      confidence = previous.confidence * 0.9
    }
    const quote: Quote = { start: q.start, end: q.end, outerStart: q.outerStart, outerEnd: q.outerEnd, speaker, confidence }
    // A quote with no cue takes the speaker of the quote that follows it when it runs into it: an
    // unclosed one, or one joined to it ("where “the strikes continue” and “the hospitals can no
    // longer cope”, according to her").
    if (speaker === null) {
      const next = spans[i + 1]
      const between = next ? doc.lookup.slice(q.outerEnd, next.outerStart) : ''
      if (next && (raw[i]!.closed ? /^\s*(?:,\s*)?(?:and|or)\s+$/i : /^[\s,.;:]*$/).test(between)) {
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
  const titleEnd = titleEndOf(doc)
  for (const q of quotes) {
    if (q.speaker === null || q.outerStart < titleEnd) continue
    const text = doc.lookup.slice(q.start, q.end)
    if (!framed.has(q.outerStart) && (wordsIn(text) < SHORT_QUOTE_WORDS || afterPreposition(doc, q)) && !holdsClause(text) && !afterWordBefore(doc, q, SUBORDINATORS)) continue
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

/**
 * End (UTF-16) of the title when the text opens with it: the given title's line when the first line
 * is that title, else the first line when it is a heading (a line without final punctuation).
 */
function titleEndOf(doc: Doc): number {
  const lineEnd = indexOrEnd(doc.text, '\n', 0)
  const firstLine = doc.text.slice(0, lineEnd).trim()
  if (doc.title && firstLine.length > 0 && firstLine === doc.title.trim()) return lineEnd
  const first = doc.sentences[0]
  if (!first || !first.heading) return 0
  return first.end <= lineEnd ? lineEnd : 0
}

/** `q` is the object of a preposition ("accused the air force of “murdering guests …”"): a noun phrase, not a clause. */
function afterPreposition(doc: Doc, q: Quote): boolean {
  return afterWordBefore(doc, q, BEFORE_OBJECTS)
}

// Words that open a clause: a quotation right after one is a clause ("said that “the strikes continue”").
const SUBORDINATORS = new Set(['that', 'where', 'because', 'whether', 'although', 'though', 'while', 'when', 'if'])

/** The word right before `q`'s opening mark is one of `words`. */
function afterWordBefore(doc: Doc, q: Quote, words: Set<string>): boolean {
  const word = /(\p{L}+)\s*$/u.exec(doc.lookup.slice(Math.max(0, q.outerStart - 20), q.outerStart))?.[1]?.toLowerCase()
  return word !== undefined && words.has(word)
}

/**
 * Nothing but a lead-in stands before `q` in its sentence: it opens the sentence, or follows a colon
 * or a comma. A heading ("'Like a war zone'" over a section) is not speech set off.
 */
function setOff(doc: Doc, q: Quote): boolean {
  const sentence = sentenceAt(doc, q.outerStart)
  if (sentence?.heading) return false
  // A line that is nothing but a quotation with no stop of its own is a heading too.
  const alone = (at: number) => at < 0 || at >= doc.text.length || doc.text[at] === '\n'
  if (alone(q.outerStart - 1) && alone(q.outerEnd) && !/[.!?,…]\s*$/.test(doc.lookup.slice(q.start, q.end))) return false
  const before = doc.lookup.slice(sentence ? sentence.start : q.outerStart, q.outerStart)
  return /(?:^|[:,])\s*$/.test(before)
}

/**
 * A finite clause (codebook §5) in a short quotation, by its surface: a subject pronoun ("we",
 * "it's") or an auxiliary or modal ("has", "can", "don't") not after "to". "We have not given up
 * hope", "the hospitals can no longer cope" hold one; "absurd", "a terrible precedent", "like a war
 * zone", "nothing to do with" do not.
 */
export function holdsClause(quoted: string): boolean {
  const words = quoted.toLowerCase().match(/[\p{L}']+/gu) ?? []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // "nothing to do with", "to have": an infinitive is no finite clause.
    if (words[i - 1] === 'to') continue
    const base = w.split("'")[0]!
    if (CLAUSE_WORDS.has(w) || CLAUSE_WORDS.has(base) || /n't$|'(?:re|ve|ll|m|d)$/.test(w)) return true
  }
  return false
}

/**
 * `q` goes on with `previous`'s words (codebook §4: the speaker of the previous paragraph when the
 * quote continues it): `q` has no attribution of its own, and only punctuation and space lie between
 * them, or only the attribution of `previous` (one clause with a speech verb, no sentence inside it).
 */
function continuesQuote(doc: Doc, previous: Quote, q: Quote): boolean {
  const between = doc.lookup.slice(previous.outerEnd, q.outerStart)
  if (hasSpeechVerb(attributionWindow(doc, q.outerEnd))) return false
  if (/^[\s,.;:]*$/.test(between)) return true
  // The attribution follows the earlier quote on its line ("“…,” X said. “…”"); a new paragraph's lead-in is this quote's own.
  if (between.length > 240 || !/^[ \t]*,?[ \t]*[^.!?\n"“”«»]+[.,:]\s*$/u.test(between)) return false
  return hasSpeechVerb(between)
}

const hasSpeechVerb = (s: string) => (s.match(/\p{L}+/gu) ?? []).some((w) => SPEECH_VERBS.has(w.toLowerCase()))

/** What may attribute a quote that closes at `from`: the rest of its clause, up to 200 code units. */
function attributionWindow(doc: Doc, from: number): string {
  const rest = doc.lookup.slice(from, Math.min(doc.text.length, from + 200))
  // The clause ends at a stop, not at the period of a title before a name ("said Dr. X", "Col. X told").
  const stops = /[!?\n"“«]|(\p{L}*)\.(?=\s|$)/gu
  for (let m = stops.exec(rest); m; m = stops.exec(rest)) {
    if (m[1] !== undefined && TITLE_ABBREVIATIONS.has(m[1].toLowerCase()) && /^\p{Lu}/u.test(m[1])) continue
    return rest.slice(0, m.index + (m[1]?.length ?? 0))
  }
  return rest
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
 * “…,” X said / “…,” said X / “…,” he added / “…,” it said / “…,” X, a student, says / “…,” ministry
 * spokeswoman X said / “…,” the spokesman, X, said / “…,” X, a resident of Y, told AFP / “…” — X
 * said / “…,” the group said / the mayor said / a spokesman for X said / according to her / the
 * agency quoted an official as saying (unnamedSubjectSpeaker). The attribution runs from the closing
 * mark to the end of its clause (attributionWindow); its speech verb is found first, and the speaker
 * is the name before it (a person before any other), else the one after it.
 */
function speakerAfter(doc: Doc, q: Quote): FoundSpeaker | null {
  const from = q.outerEnd
  const window = attributionWindow(doc, from)
  const m = /^\s*[,—–-]?\s*(\p{L}+)/u.exec(window)
  if (!m) return null
  // “… front.” Colonel X said the army had …: a full stop inside the marks ends the sentence, so
  // a capital after it opens the next one, not an attribution.
  if (/\.\s*$/.test(doc.lookup.slice(q.start, q.end)) && !/[,]/.test(window.slice(0, m.index! + m[0].length)) && /^\p{Lu}/u.test(m[1]) && !PRONOUN_SPEAKERS.has(m[1].toLowerCase())) return null
  const firstWord = m[1].toLowerCase()
  const firstAt = from + (m.index ?? 0) + m[0].length - m[1].length
  // "“…,” the state news agency quoted an unnamed railway official as saying": the one quoted speaks.
  const quoted = /\bquoted\s+(.{2,80}?)\s+as\s+saying\b/iu.exec(window)
  if (quoted) {
    const at = from + quoted.index + quoted[0].indexOf(quoted[1]!, 6)
    const named = mentionsBetween(doc, at, at + quoted[1]!.length).find((x) => speakerEntityOk(doc, x) && !BEFORE_OBJECTS.has(doc.tokens[x.tokenStart - 1]?.lower ?? ''))
    if (named) return { key: named.key, confidence: 0.8 }
    return unnamedSubjectSpeaker(doc, at, at + quoted[1]!.length, q.outerStart) ?? null
  }
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
    // Not a name that only places an unnamed speaker ("rescuers in Bingöl told").
    const placed = (x: Mention) => x.tokenStart > 0 && x.start > firstAt && BEFORE_OBJECTS.has(doc.tokens[x.tokenStart - 1]!.lower)
    const person = inSubject.find((x) => doc.entities.get(x.key)?.kind === 'person' && heads(x) && !placed(x))
    const first = inSubject[0]
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
    if (!person) {
      // The subject proper may follow a phrase that ends the quoted sentence: "“…” in the town of X, the statement said".
      const comma = subject.lastIndexOf(',')
      const subjectAt = comma !== -1 && /\p{L}/u.test(subject.slice(comma)) ? firstAt + comma + 1 : firstAt
      const unnamed = unnamedSubjectSpeaker(doc, subjectAt, verbAt, q.outerStart)
      if (unnamed !== undefined) return unnamed
    }
  }
  // "he added", "she declared"
  if (PRONOUN_SPEAKERS.has(firstWord) || firstWord === 'it') {
    const next = /^\s+(\p{L}+)/u.exec(window.slice(m[0].length))?.[1]?.toLowerCase() ?? ''
    if (!SPEECH_VERBS.has(next)) return null
    // "it said": the body the sentences before are about.
    const person = firstWord === 'it' ? bodyBefore(doc, q.outerStart) : resolvePronoun(doc, q.outerStart)
    return person ? { key: person.key, confidence: 0.8 } : null
  }
  // "said X", "says X"; "wrote on Telegram X": not the channel or the audience after a preposition.
  if (SPEECH_VERBS.has(firstWord)) {
    const speaker = mentionsBetween(doc, firstAt, from + window.length).find((x) => speakerEntityOk(doc, x) && !possessorAt(doc, x) && !BEFORE_OBJECTS.has(doc.tokens[x.tokenStart - 1]?.lower ?? ''))
    return speaker ? { key: speaker.key, confidence: 0.9 } : null
  }
  // "X said", "X, a student, said"
  const speaker = doc.mentions[lowerBound(doc.mentions, firstAt, (mm) => mm.start)]
  if (speaker && speaker.start < firstAt + 5 && speakerEntityOk(doc, speaker)) {
    const afterSpeaker = doc.lookup.slice(speaker.end, from + window.length)
    const verb = /^(?:,[^,]{0,60},)?\s+(\p{L}+)/u.exec(afterSpeaker)?.[1]?.toLowerCase() ?? ''
    if (SPEECH_VERBS.has(verb)) return { key: speaker.key, confidence: 0.9 }
  }
  // "“…,” according to her" / "according to X"
  const according = /^\s*,?\s*according\s+to\s+(?:(him|her)\b)?/iu.exec(window)
  if (according) {
    const source = according[1] ? resolvePronoun(doc, q.outerStart) : firstSpeakerMention(doc, from + according[0].length, from + window.length)
    return source ? { key: source.key, confidence: 0.8 } : null
  }
  return null
}

// Role nouns of an unnamed member who speaks for a named body (codebook §7).
const ROLE_NOUNS = new Set(['commander', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'leader', 'official', 'source', 'fighter', 'representative'])
// Things of a person's that speak for them: "his statement said".
const OWN_CHANNELS = new Set(['statement', 'office', 'post', 'message', 'account', 'tweet', 'letter'])
const DETERMINERS_OF_UNNAMED = new Set(['a', 'an', 'the', 'one', 'another'])
const ROLE_LOOKBACK = 3000

/**
 * A speaker the subject [at, verbAt) (UTF-16) of an attribution names without a mention of them:
 * "the mayor said" (the office's one named holder); "police said" (the force named before, §7);
 * "the group said" / "the statement said" (the group last named); "a statement from X said";
 * "his statement said" (the person "his" stands for); "a commander of the front said", and "the
 * senior commander said" after "a senior commander of the group told Reuters" (the body an unnamed
 * member speaks for, §7); "a police spokesman said" (the one named police spokesperson, else nobody);
 * "an unnamed railway official" (a body named before whose name holds the qualifier); "Berg said",
 * "the Civil Defence reported" (a short form of a name given before). A FoundSpeaker, null when the
 * subject is such a phrase but names nobody, undefined when it is none of these.
 */
function unnamedSubjectSpeaker(doc: Doc, at: number, verbAt: number, quoteStart: number): FoundSpeaker | null | undefined {
  const phrase = doc.lookup.slice(at, verbAt)
  const words = phrase.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return undefined
  const last = words[words.length - 1]!
  // "…,” the mayor said", "the interior minister said": the one holder of the office the article named.
  if (words.length <= 4 && words[0] === 'the' && OFFICES.has(last)) {
    const holder = holderOfRole(doc, last, words.length > 2 ? words[words.length - 2]! : null)
    return holder ? { key: holder.key, confidence: 0.75 } : null
  }
  // "…,” police said" after the article named the force (codebook §7).
  if (last === 'police' && (words.length === 1 || (words.length === 2 && words[0] === 'the'))) {
    const force = lastSpeakingGroupBefore(doc, quoteStart, 'police')
    return force ? { key: force.key, confidence: 0.7 } : null
  }
  // "…,” the group said": the group the article named last before the quote.
  if (words.length <= 3 && words[0] === 'the' && GROUP_ANAPHORS.has(last)) {
    const group = lastSpeakingGroupBefore(doc, quoteStart, last)
    return group ? { key: group.key, confidence: 0.7 } : null
  }
  // "a statement from the Kessel Mining Company said"
  const channel = /^\s*(?:a|an|the)\s+(\p{L}+)\s+(?:from|by|of)\s+(?:the\s+)?/iu.exec(phrase)
  if (channel && OWN_CHANNELS.has(channel[1]!.toLowerCase())) {
    const source = doc.mentions[lowerBound(doc.mentions, at + channel[0].length, (x) => x.start)]
    if (source && source.start === at + channel[0].length && source.end <= verbAt && speakerEntityOk(doc, source)) return { key: source.key, confidence: 0.8 }
  }
  if (words.length === 2 && (words[0] === 'his' || words[0] === 'her') && OWN_CHANNELS.has(last)) {
    const person = resolvePronoun(doc, at)
    return person ? { key: person.key, confidence: 0.75 } : null
  }
  if (DETERMINERS_OF_UNNAMED.has(words[0]!)) {
    const r = words.findIndex((w, i) => i >= 1 && i <= 3 && ROLE_NOUNS.has(w))
    if (r !== -1) {
      const body = bodyOfRole(doc, at, verbAt, words[r]!)
      if (body !== undefined) return body ? { key: body.key, confidence: 0.7 } : null
      if (words.length === r + 1 && words[0] === 'the') {
        // "the senior commander said": the body the same role was given when first met.
        const from = Math.max(0, at - ROLE_LOOKBACK)
        const intro = new RegExp(`\\b${words[r]}\\s+(?:of|for|from)\\s+`, 'gi')
        const earlierText = doc.lookup.slice(from, at)
        let found: RegExpExecArray | null = null
        for (let m = intro.exec(earlierText); m; m = intro.exec(earlierText)) found = m
        const earlier = found ? bodyOfRole(doc, from + found.index, Math.min(at, from + found.index + found[0].length + 80), words[r]!) : undefined
        if (earlier) return { key: earlier.key, confidence: 0.7 }
      }
      // "…,” a police spokesman said" and later "police spokesperson Farrukh Nazarov" (codebook §7).
      if (words.length === r + 1) {
        const holder = holderOfRole(doc, words[r]!, r > 1 ? words[r - 1]! : null)
        if (holder) return { key: holder.key, confidence: 0.7 }
        // "an unnamed railway official" of the Egyptian National Railways the article named.
        const body = groupOfQualifier(doc, words.slice(1, r), quoteStart)
        return body ? { key: body.key, confidence: 0.7 } : null
      }
      return undefined
    }
  }
  // "Berg said", "the Civil Defence reported": the capitalized words end a name given before.
  const form = /^\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*$/u.exec(phrase)?.[1]
  const entity = form ? shortFormOf(doc, form, quoteStart) : null
  return entity ? { key: entity, confidence: 0.8 } : undefined
}

/**
 * The body an unnamed member belongs to: in [at, end), the role noun `role` followed by "of", "for"
 * or "from" and a group's name ("a commander of the Red Front") or an anaphor for the group last
 * named ("a senior commander of the group"). Undefined when the role has no such phrase.
 */
function bodyOfRole(doc: Doc, at: number, end: number, role: string): Mention | null | undefined {
  const text = doc.lookup.slice(at, end)
  const m = new RegExp(`\\b${role}\\s+(?:of|for|from)\\s+(?:the\\s+)?`, 'i').exec(text)
  if (!m) return undefined
  const bodyAt = at + m.index + m[0].length
  const named = doc.mentions[lowerBound(doc.mentions, bodyAt, (x) => x.start)]
  if (named && named.start === bodyAt && named.end <= end && doc.entities.get(named.key)?.kind === 'group') return named
  const noun = /^(\p{L}+)/u.exec(doc.lookup.slice(bodyAt, end))?.[1]?.toLowerCase() ?? ''
  if (/\bthe\s+$/i.test(m[0]) && GROUP_ANAPHORS.has(noun) && noun !== 'statement') return lastSpeakingGroupBefore(doc, at, noun)
  return undefined
}

// Roles one person holds for a body, so that the article's one named holder is the unnamed one.
const HELD_ROLES = new Set(['spokes', 'commander'])
// Offices: "the mayor", "the interior minister" stand for the one holder the article names (codebook §1).
const OFFICES = new Set(['mayor', 'governor', 'minister', 'president', 'premier', 'chancellor', 'ambassador', 'envoy', 'prosecutor', 'coroner', 'commissioner', 'director', 'secretary', 'senator', 'judge', 'sheriff', 'chairman', 'chairwoman', 'superintendent'])
const holdsRole = (lower: string) => UNNAMED_PERSON_NOUNS.has(lower) || OFFICES.has(lower)
// Words before a role that say nothing of the body: "an unnamed railway official", "a senior police officer".
const ROLE_MODIFIERS = new Set(['unnamed', 'senior', 'junior', 'top', 'local', 'second', 'another', 'former', 'deputy', 'chief', 'regional', 'provincial', 'district', 'state', 'national', 'federal'])

/**
 * The group last named before `before` (UTF-16) whose name holds every word of the qualifier of an
 * unnamed member ("railway" of "Egyptian National Railways", "interior ministry" of "Ministry of
 * the Interior"); null when the qualifier is empty or no such group was named.
 */
function groupOfQualifier(doc: Doc, qualifier: string[], before: number): Mention | null {
  const words = qualifier.filter((w) => !ROLE_MODIFIERS.has(w))
  if (words.length === 0) return null
  const end = lowerBound(doc.mentions, before, (m) => m.start)
  for (let i = end - 1; i >= 0 && i >= end - GROUP_LOOKBACK_MENTIONS; i--) {
    const e = doc.entities.get(doc.mentions[i]!.key)
    if (e?.kind !== 'group') continue
    const names = [e.name, ...e.aliases].map((n): string[] => n.toLowerCase().match(/\p{L}+/gu) ?? [])
    if (names.some((n) => words.every((w) => n.includes(w) || n.includes(`${w}s`)))) return doc.mentions[i]!
  }
  return null
}

const roleFamily = (noun: string) => (/^spokes(?:man|woman|person)$/.test(noun) ? 'spokes' : noun)
const holders = new WeakMap<Doc['mentions'], Map<string, { key: string; qualifier: string | null; mention: Mention }[]>>()

/**
 * The one person the article names in the role `role`, a spokesperson, a commander or an office
 * ("police spokesperson Farrukh Nazarov", "air force spokesman Air Commodore Emeka Obiora", "Patrick
 * Musubao, spokesman for the province", "Interior Minister Paul Kerr"), whose qualifier before the
 * role, when both have one, is `qualifier` ("police", "force", "interior"); null when the article
 * names nobody, or more than one person, in that role.
 */
export function holderOfRole(doc: Doc, role: string, qualifier: string | null): Mention | null {
  if (!HELD_ROLES.has(roleFamily(role)) && !OFFICES.has(role)) return null
  let byRole = holders.get(doc.mentions)
  if (!byRole) {
    byRole = new Map()
    const add = (noun: string, qualifier: string | undefined, m: Mention) => {
      const q = qualifier?.toLowerCase()
      const entry = { key: m.key, qualifier: q && /^\p{L}+$/u.test(q) && !DETERMINERS_OF_UNNAMED.has(q) ? q : null, mention: m }
      const list = byRole!.get(roleFamily(noun)) ?? []
      list.push(entry)
      byRole!.set(roleFamily(noun), list)
    }
    for (const m of doc.mentions) {
      if (doc.entities.get(m.key)?.kind !== 'person') continue
      // Before the name, over the titles of its holder: "spokesman Air Commodore X".
      let k = m.tokenStart - 1
      while (k >= m.tokenStart - 3 && k >= 0 && /^\p{Lu}/u.test(doc.tokens[k]!.text) && !holdsRole(doc.tokens[k]!.lower)) k--
      const before = doc.tokens[k]
      const qualifier = doc.tokens[k - 1]
      if (before && holdsRole(before.lower) && before.sentence === doc.tokens[m.tokenStart]!.sentence) add(before.lower, qualifier?.sentence === before.sentence ? qualifier.text : undefined, m)
      // After it, as an appositive: "X, spokesman for the province", "X, a police spokesman,", "X, the city's mayor".
      const after = /^,\s+(?:(?:a|an|the)\s+)?(?:([\p{L}-]+)\s+)?(\p{L}+)\b/iu.exec(doc.lookup.slice(m.end, m.end + 60))
      const role = after?.[2]?.toLowerCase() ?? ''
      if (after && (/^spokes(?:man|woman|person)$/.test(role) || role === 'commander' || OFFICES.has(role))) add(role, after[1], m)
    }
    holders.set(doc.mentions, byRole)
  }
  const all = byRole.get(roleFamily(role)) ?? []
  // "the president" is President X, not Vice President Y; "the interior minister" is only the interior one.
  const plain = all.filter((h) => !h.qualifier)
  const named = qualifier ? all.filter((h) => !h.qualifier || h.qualifier === qualifier) : new Set(plain.map((h) => h.key)).size === 1 ? plain : all
  return new Set(named.map((h) => h.key)).size === 1 ? named[0]!.mention : null
}

interface ShortForms {
  /** Keys of persons and groups by the last word of a name or alias of more than one word. */
  byLastWord: Map<string, Set<string>>
  /** Where each entity is first mentioned (UTF-16). */
  firstAt: Map<string, number>
}
const shortForms = new WeakMap<Doc['entities'], ShortForms>()

/**
 * The person or group whose name ends with `form` ("Berg" of "Tomas Berg", "Civil Defence" of
 * "Lebanese Civil Defence"), named before `before` (UTF-16); null when none or more than one.
 */
function shortFormOf(doc: Doc, form: string, before: number): string | null {
  let index = shortForms.get(doc.entities)
  if (!index) {
    index = { byLastWord: new Map(), firstAt: new Map() }
    for (const m of doc.mentions) if (!index.firstAt.has(m.key)) index.firstAt.set(m.key, m.start)
    for (const e of doc.entities.values()) {
      if (e.kind === 'place') continue
      for (const name of [e.name, ...e.aliases]) {
        const lastWord = name.split(/\s+/).pop()!
        if (lastWord === name) continue
        const keys = index.byLastWord.get(lastWord) ?? new Set<string>()
        keys.add(e.key)
        index.byLastWord.set(lastWord, keys)
      }
    }
    shortForms.set(doc.entities, index)
  }
  const keys = [...(index.byLastWord.get(form.split(/\s+/).pop()!) ?? [])].filter((k) => {
    const e = doc.entities.get(k)!
    return [e.name, ...e.aliases].some((n) => n.endsWith(` ${form}`)) && (index.firstAt.get(k) ?? Infinity) < before
  })
  return keys.length === 1 ? keys[0]! : null
}

// Singular nouns for people who go unnamed: "a vendor", "the activist", "one mother", "a Nigerian Air
// Force spokesman". Offices that the article usually names the holder of (minister, mayor) are not here.
const UNNAMED_PERSON_NOUNS = new Set(['official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'resident', 'witness', 'eyewitness', 'survivor', 'activist', 'vendor', 'trader', 'shopkeeper', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'cousin', 'uncle', 'aunt', 'man', 'woman', 'boy', 'girl', 'farmer', 'rescuer', 'volunteer', 'medic', 'doctor', 'nurse', 'teacher', 'student', 'worker', 'employee', 'driver', 'passenger', 'relative', 'neighbour', 'neighbor', 'friend', 'colleague', 'source', 'diplomat', 'analyst', 'expert', 'researcher', 'lawyer', 'member', 'leader', 'soldier', 'fighter', 'policeman', 'policewoman', 'firefighter', 'villager', 'hostage', 'journalist', 'reporter', 'worshipper', 'owner', 'guard', 'pilot', 'engineer', 'victim', 'mourner', 'protester', 'demonstrator', 'supporter', 'pupil', 'parent'])
const SUBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'his', 'her', 'their', 'its', 'our'])
// A name right after these is not the subject of its sentence ("rescuers in Bingöl", "the village of Maro").
const BEFORE_OBJECTS = new Set(['of', 'in', 'at', 'from', 'to', 'with', 'by', 'for', 'near', 'on', 'into', 'about', 'against', 'like', 'than', 'between', 'among', 'towards', 'toward', 'outside', 'inside'])
const PRONOUN_LOOKBACK_SENTENCES = 6

/**
 * "he", "she" at `offset` (UTF-16) → the person they stand for: the subject of the nearest sentence
 * before it that has a person as subject, read outside quotes, within six sentences of the story
 * (sentences wholly quoted do not count). A sentence whose subject is itself "he"/"she" passes the
 * search on; one whose subject is an unnamed person ("A vendor at the bus station disputed that",
 * "One mother said") ends it with null, unless an appositive names them ("Their lawyer, José
 * Barata, welcomed") or the article names the one holder of their role ("A Navy spokesman said" →
 * "Navy spokesman X"). The subject is the person a speech verb follows, else the first person named
 * not after a preposition, nor before "'s", nor as a verb's object ("President X … of Defence
 * Minister Y, but he" → X; "the army said it had killed commander Y" → nobody).
 */
export function resolvePronoun(doc: Doc, offset: number): Mention | null {
  let k = lowerBound(doc.sentences, offset + 1, (s) => s.start) - 1
  // Sentences wholly inside a quotation are the speaker's words, not the story's: they do not count.
  for (let n = 0, seen = 0; k >= 0 && n < PRONOUN_LOOKBACK_SENTENCES && seen < 5 * PRONOUN_LOOKBACK_SENTENCES; k--, seen++) {
    const s = doc.sentences[k]!
    const end = Math.min(s.end, offset)
    if (end <= s.start) continue
    if (inQuote(doc, s.start + 1) && inQuote(doc, Math.max(s.start, end - 2))) continue
    n++
    const subject = subjectOf(doc, s.tokenStart, s.start, end)
    if (subject !== undefined) return subject
  }
  return null
}

/** `offset` lies inside the words of one of `doc.quotes`. */
const inQuote = (doc: Doc, offset: number): boolean => insideQuote(doc.quotes, offset) !== null

/**
 * "it" at `offset` (UTF-16) as a speaker → the group or country that is the subject of the nearest
 * of the last three sentences before it that has one (the first named outside quotes and not after a
 * preposition): "The Red Dune Movement said in a statement … “…,” it said" → the movement.
 */
function bodyBefore(doc: Doc, offset: number): Mention | null {
  let k = lowerBound(doc.sentences, offset + 1, (s) => s.start) - 1
  for (let n = 0; k >= 0 && n < 3; k--, n++) {
    const s = doc.sentences[k]!
    for (const m of mentionsBetween(doc, s.start, Math.min(s.end, offset))) {
      const e = doc.entities.get(m.key)
      if (!e || inQuote(doc, m.start) || m.demonym || e.kind === 'person' || !e.actor || objectOfVerb(doc, m, s.tokenStart)) continue
      let before = m.tokenStart - 1
      if (doc.tokens[before]?.lower === 'the') before--
      if (before >= s.tokenStart && BEFORE_OBJECTS.has(doc.tokens[before]!.lower)) continue
      return m
    }
  }
  return null
}

/** The person subject of the sentence stretch [start, end): a mention, null when unnamed, undefined when none. */
function subjectOf(doc: Doc, tokenStart: number, start: number, end: number): Mention | null | undefined {
  const words: { lower: string; end: number }[] = []
  for (let i = tokenStart; i < doc.tokens.length && words.length < 8; i++) {
    const tok = doc.tokens[i]!
    if (tok.end > end) break
    if (inQuote(doc, tok.start)) continue
    // "7.52pm: Police spokesman X …", "Minister Rejects Charge | Minister X …": a live blog's time
    // stamp or entry heading is no part of the sentence.
    if ((tok.text === ':' || tok.text === '|') && words.length <= 4) {
      words.length = 0
      start = tok.end
      continue
    }
    if (/^\p{L}/u.test(tok.text)) words.push({ lower: tok.lower, end: tok.end })
  }
  if (words.length === 0) return undefined
  if (PRONOUN_SPEAKERS.has(words[0]!.lower)) return undefined
  const named = mentionsBetween(doc, start, end).filter((m) => doc.entities.get(m.key)?.kind === 'person' && !m.demonym && !inQuote(doc, m.start) && !objectOfVerb(doc, m, tokenStart))
  const persons = named.filter((m) => {
    let before = m.tokenStart - 1
    if (doc.tokens[before]?.lower === 'the') before--
    if (before >= tokenStart && BEFORE_OBJECTS.has(doc.tokens[before]!.lower)) return false
    return !/^['’]s\b/.test(doc.lookup.slice(m.end, m.end + 3))
  })
  if (SUBJECT_DETERMINERS.has(words[0]!.lower)) {
    const at = words.slice(1, 6).findIndex((w) => UNNAMED_PERSON_NOUNS.has(w.lower) || (words[0]!.lower === 'the' && OFFICES.has(w.lower))) + 1
    if (at > 0) {
      const noun = words[at]!
      const first = persons[0]
      const appositive = first && /^\s*,\s*(?:[\p{L}\p{N}'’.-]+\s+){0,5}$/u.test(doc.lookup.slice(noun.end, first.start))
      // "A Nigerian Air Force spokesman said …" and later "air force spokesman Emeka Obiora" (codebook §7).
      return appositive ? first : holderOfRole(doc, noun.lower, at > 1 ? words[at - 1]!.lower : null)
    }
  }
  // The person a speech verb follows speaks ("…, his daughter, Lisa Fairbairn, told the paper");
  // else the first person as subject; else one the sentence introduces ("Many, like Valeri Chernov.").
  const speaking = persons.find((m) => SPEECH_VERBS.has(/^(?:\s*,[^,]{1,80},)?,?\s+(?:has\s+|had\s+|also\s+)?(\p{L}+)/u.exec(doc.lookup.slice(m.end, end))?.[1]?.toLowerCase() ?? ''))
  return speaking ?? persons[0] ?? named[0]
}

// Anaphors that name the kind of body ("the association said") stand for a group whose name says so.
const NAMED_KINDS = new Set(['association', 'union', 'party', 'ministry', 'agency', 'front', 'brigade', 'alliance', 'council', 'committee', 'police', 'embassy', 'presidency', 'authority', 'commission', 'department', 'club'])
// Anaphors of a business, whose name seldom holds the word ("the company" after "Sulu Star Shipping Lines").
const COMPANY_KINDS = new Set(['company', 'firm', 'operator', 'utility'])
// "The Laskar Tauhid Nusantara group": a name before one of these is a group's, whatever else it looks like.
const GROUP_HEADS = new Set(['group', 'network', 'militia', 'movement', 'brigades', 'organisation', 'organization'])
const GROUP_LOOKBACK_MENTIONS = 200

/**
 * The group that "the group said", "the statement said" or "the association said" stands for: the
 * last group named before `offset` (UTF-16), passing over the channels a statement came through ("on
 * its Telegram channel", "via X"); for an anaphor that names a kind of body (NAMED_KINDS), the last
 * group whose name holds that word; for a business ("the company", "the firm"), the last company
 * named (referents.ts), else the last group.
 */
function lastSpeakingGroupBefore(doc: Doc, offset: number, anaphor = 'group'): Mention | null {
  const kind = anaphor.toLowerCase().replace(/s$/, '')
  if (COMPANY_KINDS.has(kind)) {
    const company = lastCompanyBefore(doc, offset)
    if (company) return company
  }
  const named = NAMED_KINDS.has(kind)
  const end = lowerBound(doc.mentions, offset, (m) => m.start)
  for (let i = end - 1; i >= 0 && i >= end - GROUP_LOOKBACK_MENTIONS; i--) {
    const m = doc.mentions[i]!
    if (m.end > offset) continue
    const e = doc.entities.get(m.key)
    if (!e || (e.kind !== 'group' && !GROUP_HEADS.has(doc.tokens[m.tokenEnd]?.lower ?? ''))) continue
    const before = doc.lookup.slice(Math.max(0, m.start - 12), m.start).toLowerCase()
    if (/\b(?:on|via|through|in)\s+(?:(?:its|their|the|a)\s+)?$/.test(before)) continue
    if (named && ![e.name, ...e.aliases].some((n) => n.toLowerCase().includes(kind))) continue
    return m
  }
  return null
}

// Between a name and its speech verb: nothing, or a day ("Victoria Police saying Sunday", "on Monday").
const CUE_ADJACENT = /^\s+(?:(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|also|later)\s+)?$/i

/**
 * X said: “…” / X, a student: “…” / X issued a statement calling Y “…” / She said, “…” (the person
 * "she" stands for, resolvePronoun) / the paramilitary group said that “…” (the group last named) /
 * a paragraph in quotes after a lead-in that ends with a colon ("X spoke to reporters on Sunday:").
 */
/** How far before a quote its lead-in is looked for, in UTF-16 code units: a long sentence's worth of words. */
const SPEAKER_REACH = 400

function speakerBefore(doc: Doc, q: Quote): FoundSpeaker | null {
  const k = lowerBound(doc.sentences, q.outerStart + 1, (s) => s.start) - 1
  const sentence = k >= 0 && q.outerStart < doc.sentences[k]!.end ? doc.sentences[k]! : undefined
  // The attribution sits near the quote: at most SPEAKER_REACH characters before it.
  let floor = Math.max(sentence ? sentence.start : 0, q.outerStart - SPEAKER_REACH)
  let before = doc.lookup.slice(floor, q.outerStart)
  if (before.trim().length === 0) {
    const previous = sentence ? doc.sentences[k - 1] : undefined
    if (!previous || !/:\s*$/.test(doc.lookup.slice(previous.start, q.outerStart))) return null
    floor = previous.start
    before = doc.lookup.slice(floor, q.outerStart)
  }
  const colon = /:\s*$/.test(before)
  // The last reporting word before the quote; the speaker is the actor right before it.
  let cueAt = -1
  let firstCueAt = -1
  for (const w of before.matchAll(/\p{L}+/gu)) {
    const lower = w[0].toLowerCase()
    if (SPEECH_VERBS.has(lower) || EXTRA_SPEECH.has(lower)) {
      cueAt = floor + w.index
      if (firstCueAt === -1) firstCueAt = cueAt
    }
  }
  if (!colon && cueAt === -1) {
    // "According to X, “…”"
    const according = /\baccording\s+to\s+(?:(him|her)\b)?/iu.exec(before)
    if (!according) return null
    const at = floor + according.index + according[0].length
    const source = according[1] ? resolvePronoun(doc, floor + according.index) : firstSpeakerMention(doc, at, Math.min(q.outerStart, at + 80))
    return source ? { key: source.key, confidence: 0.75 } : null
  }
  const limit = colon ? q.outerStart : cueAt
  const confidence = colon ? 0.85 : 0.7
  // A person right before the cue speaks even after a preposition ("such as Omar Haddou, a baker:").
  const candidates = mentionsBetween(doc, floor, limit).filter((m) => speakerEntityOk(doc, m))
  // Not a possessor ("Lind's lawyer said"), unless it speaks through its spokesperson.
  const possessor = (m: Mention) => /^['’]s\s+(?!spokes)/u.test(doc.lookup.slice(m.end, m.end + 12))
  const person = [...candidates].reverse().find((m) => doc.entities.get(m.key)?.kind === 'person' && !possessor(m))
  if (!person && cueAt !== -1) {
    const subject = doc.lookup.slice(floor, cueAt)
    // "She said, “…”", "He added: “…”"
    const pronoun = /\b(?:he|she)\s+(?:(?:also|later|then|has|had)\s+)?$/i.exec(subject)
    if (pronoun) {
      const antecedent = resolvePronoun(doc, floor + pronoun.index)
      return antecedent ? { key: antecedent.key, confidence } : null
    }
    // "In a statement, the paramilitary group said that “…”"
    const anaphor = /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+$/iu.exec(subject)
    if (anaphor && GROUP_ANAPHORS.has(anaphor[1]!.toLowerCase()) && !candidates.some((m) => m.start >= floor + anaphor.index)) {
      const group = lastSpeakingGroupBefore(doc, floor + anaphor.index, anaphor[1])
      return group ? { key: group.key, confidence: 0.7 } : null
    }
    // "The mayor told reporters: “…”", "Police said in a statement that “…”": a subject with no name of its own.
    if (candidates.length === 0) {
      const clause = doc.lookup.slice(floor, firstCueAt).replace(/\s+$/, '')
      const comma = clause.lastIndexOf(',')
      const unnamed = unnamedSubjectSpeaker(doc, floor + comma + 1, floor + clause.length, q.outerStart)
      if (unnamed !== undefined) return unnamed
    }
  }
  // "with Victoria Police saying on Sunday that “…”": a body right before the cue speaks after a preposition too.
  const last = candidates[candidates.length - 1]
  const adjacent = cueAt !== -1 && last && doc.entities.get(last.key)?.kind !== 'place' && CUE_ADJACENT.test(doc.lookup.slice(last.end, cueAt)) ? last : null
  const speaker = person ?? adjacent ?? nearestActorBefore(doc, limit, floor)
  if (!speaker || !speakerEntityOk(doc, speaker) || (doc.entities.get(speaker.key)?.kind === 'person' && possessor(speaker))) return null
  return { key: speaker.key, confidence }
}

/** The first person or body named in [from, to) that may speak: not a possessor ("said Lind's husband, Piet Marr"). */
function firstSpeakerMention(doc: Doc, from: number, to: number): Mention | null {
  return mentionsBetween(doc, from, to).find((m) => speakerEntityOk(doc, m) && !possessorAt(doc, m)) ?? null
}

/** `m` owns the noun after it ("Lind's husband"), other than its spokesperson. */
const possessorAt = (doc: Doc, m: Mention) => /^['’]s\s+(?!spokes)/u.test(doc.lookup.slice(m.end, m.end + 12))

// Verbs whose object a name after them is ("had killed rebel commander X", "told X"); a name after
// another speech verb is its speaker ("said X").
const OBJECT_VERBS = new Set(['told', 'tells', 'tell', 'met', 'hit', 'shot', 'saw', 'sent', 'found', 'held', 'took', 'left', 'beat', 'thanked', 'visited', 'accused', 'blamed', 'named', 'identified', 'arrested', 'killed', 'detained', 'charged', 'replaced', 'appointed', 'dismissed', 'sacked', 'fired', 'sentenced', 'buried'])

/**
 * `m` is the object of a verb of its sentence: within the three words before it, across title and
 * role words but no punctuation, stands a verb in the past ("-ed", not after a determiner: "the
 * retired general X") or one of OBJECT_VERBS.
 */
function objectOfVerb(doc: Doc, m: Mention, sentenceStart: number): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(sentenceStart, m.tokenStart - 3); k--) {
    const t = doc.tokens[k]!
    if (!/^\p{L}/u.test(t.text)) return false
    if (OBJECT_VERBS.has(t.lower)) return true
    if (SPEECH_VERBS.has(t.lower)) return false
    // "had killed rebel commander X", not "the retired general X".
    if (/^\p{Ll}+ed$/u.test(t.text) && !SUBJECT_DETERMINERS.has(doc.tokens[k - 1]?.lower ?? '')) return true
  }
  return false
}

/** People and organizations speak; a demonym in "a US official" is an unnamed person, not a speaker. */
function speakerEntityOk(doc: Doc, m: Mention): boolean {
  const e = doc.entities.get(m.key)
  if (!e || m.demonym) return false
  if (e.kind !== 'place') return true
  // "a senior US Intelligence official": the country only qualifies an unnamed person.
  for (let k = m.tokenEnd; k < Math.min(doc.tokens.length, m.tokenEnd + 3); k++) {
    if (UNNAMED_SPEAKER_NOUNS.has(doc.tokens[k].lower)) return false
  }
  return e.actor
}
