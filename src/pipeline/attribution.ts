import type { Doc, Mention, Quote, Sentence } from './doc.js'
import { lowerBound } from './doc.js'
import { ACTOR_NOUNS, AUXILIARIES_BEFORE_VERB, MEDIUM_NOUNS, PERSON_TITLES, UNNAMED_SOURCE_HEADS } from './lexicon.js'

// Who says, claims or does something, as news English marks it. Shared by the claim stages.

const PREPOSITIONS = new Set(['in', 'with', 'at', 'for', 'of', 'from', 'to', 'on', 'near', 'about', 'against', 'into', 'towards', 'toward', 'over', 'under', 'through', 'than', 'like', 'as', 'including', 'between', 'within', 'across', 'without', 'after', 'before', 'during', 'amid', 'among'])
// "the extremists of the Islamic State", "statements from the U.S.", "a spokesman for the army": "of",
// "from" and "for" after these still name the actor (the unnamed member speaks for it).
const MEMBER_NOUNS = new Set(['statement', 'statements', 'reports', 'comments', 'sources', 'word', 'spokesperson', 'spokesman', 'spokeswoman', 'extremists', 'members', 'fighters', 'militants', 'gunmen', 'terrorists', 'leaders', 'leader', 'supporters', 'operatives', 'affiliate', 'branch', 'wing', 'cell', 'faction', 'government', 'officials', 'president', 'leadership', 'forces', 'army', 'troops', 'regime', 'authorities', 'intelligence', 'administration'])
const MEMBER_PREPOSITIONS = new Set(['of', 'from', 'for'])
// Nouns after a demonym that are not actors but whose involvement is at stake ("Ukrainian involvement").
const INVOLVEMENT_NOUNS = new Set(['involvement', 'role', 'complicity', 'participation', 'responsibility', 'culpability', 'link', 'links', 'hand', 'trace', 'intervention', 'connection'])

/** Capitals act for their country ("Kyiv denied" → Ukraine). */
export function actorKey(doc: Doc, m: Mention): string {
  const e = doc.entities.get(m.key)
  return e?.countryKey && doc.entities.has(e.countryKey) ? e.countryKey : e?.countryKey ?? m.key
}

export function isActorMention(doc: Doc, m: Mention, role: 'subject' | 'object'): boolean {
  const e = doc.entities.get(m.key)
  if (!e || !e.actor) return false
  // "a Brazil-based gang", "Kyiv-backed militias": the place only qualifies the actor.
  if (doc.tokens[m.tokenEnd]?.text === '-' && /^(?:based|backed|linked|led|born|funded|run|allied|aligned)$/.test(doc.tokens[m.tokenEnd + 1]?.lower ?? '')) return false
  if (m.demonym) {
    // A demonym is an actor only before an actor noun ("Ukrainian officials"), or, as the one whose
    // involvement is discussed, before an involvement noun ("no Ukrainian involvement").
    const next = doc.tokens[m.tokenEnd]?.lower ?? ''
    const after = doc.tokens[m.tokenEnd + 1]?.lower ?? ''
    if (ACTOR_NOUNS.has(next) || (PERSON_TITLES.has(next) && next !== 'head') || ACTOR_NOUNS.has(after)) return true
    return role === 'object' && INVOLVEMENT_NOUNS.has(next)
  }
  const prev = doc.tokens[m.tokenStart - 1]
  const prev2 = doc.tokens[m.tokenStart - 2]
  if (role === 'subject' && prev) {
    const p = prev.lower === 'the' && prev2 ? prev2 : prev
    const before = prev.lower === 'the' ? doc.tokens[m.tokenStart - 3] : prev2
    if (PREPOSITIONS.has(p.lower) && !(MEMBER_PREPOSITIONS.has(p.lower) && before && MEMBER_NOUNS.has(before.lower))) return false
  }
  return true
}

/** The quotation whose words hold `offset`, or null. Quotes are sorted by start and do not overlap: a binary search. */
export function insideQuote(quotes: Quote[], offset: number): Quote | null {
  const q = quotes[lowerBound(quotes, offset + 1, (x) => x.start) - 1]
  return q && offset >= q.start && offset < q.end ? q : null
}

/** Mentions in [from, to), in order. */
export function mentionsBetween(doc: Doc, from: number, to: number): Mention[] {
  const out: Mention[] = []
  for (let i = lowerBound(doc.mentions, from, (m) => m.start); i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!
    if (m.start >= to) break
    if (m.end <= to) out.push(m)
  }
  return out
}

/** The closest actor mention that ends before `offset` and starts at or after `floor`. */
export function nearestActorBefore(doc: Doc, offset: number, floor: number, role: 'subject' | 'object' = 'subject'): Mention | null {
  const candidates = mentionsBetween(doc, floor, offset)
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (isActorMention(doc, candidates[i], role)) return candidates[i]
  }
  return null
}

export function firstActorAfter(doc: Doc, offset: number, ceiling: number): Mention | null {
  for (const m of mentionsBetween(doc, offset, ceiling)) if (isActorMention(doc, m, 'object')) return m
  return null
}

/** "he", "she" → the last person named before `offset`, outside quotes. */
export function lastPersonBefore(doc: Doc, offset: number): Mention | null {
  return lastOf(antecedents(doc).persons, offset)
}

/** "it", "the group" → the last group named before `offset`. */
export function lastGroupBefore(doc: Doc, offset: number): Mention | null {
  return lastOf(antecedents(doc).groups, offset)
}

/** The last of `list` (sorted by start, non-overlapping) that ends at or before `offset`. */
function lastOf(list: Mention[], offset: number): Mention | null {
  let i = lowerBound(list, offset, (m) => m.start) - 1
  while (i >= 0 && list[i]!.end > offset) i--
  return i >= 0 ? list[i]! : null
}

/**
 * The mentions pronouns may refer back to, by kind, in order: persons outside quotes; groups not
 * named as a medium ("its Telegram channel" is no one "it" could be). Built once per document (a
 * memo keyed by its mention list), so that resolving a pronoun is a binary search, not a walk.
 */
function antecedents(doc: Doc): Antecedents {
  let found = ANTECEDENTS.get(doc.mentions)
  // Persons are read outside the quotes: a memo made before the quotes were found is stale.
  if (!found || found.quotes !== doc.quotes) {
    found = { persons: [], groups: [], quotes: doc.quotes }
    for (const m of doc.mentions) {
      const kind = doc.entities.get(m.key)?.kind
      if (kind === 'person' && !insideQuote(doc.quotes, m.start)) found.persons.push(m)
      else if (kind === 'group' && !MEDIUM_NOUNS.has(doc.tokens[m.tokenEnd]?.lower ?? '')) found.groups.push(m)
    }
    ANTECEDENTS.set(doc.mentions, found)
  }
  return found
}

interface Antecedents {
  persons: Mention[]
  groups: Mention[]
  quotes: Quote[]
}

const ANTECEDENTS = new WeakMap<Mention[], Antecedents>()


const ACCORDING_TO = /\baccording to\b/gi

/** "according to AFP" anywhere in [from, to): the source's mention, or null when the source is unnamed. */
export function accordingTo(doc: Doc, from: number, to: number): { mention: Mention | null; at: number } | null {
  const slice = doc.lookup.slice(from, to)
  ACCORDING_TO.lastIndex = 0
  const m = ACCORDING_TO.exec(slice)
  if (!m) return null
  const at = from + m.index + m[0].length
  // The source is the first actor within the noun phrase that follows.
  const phraseEnd = Math.min(to, at + 60)
  const comma = doc.lookup.slice(at, phraseEnd).search(/[,.;]/)
  const source = firstActorAfter(doc, at, comma === -1 ? phraseEnd : at + comma)
  return { mention: source, at: from + m.index }
}

// Heads of a source phrase that name nobody by themselves: "officials said", "police said". Only a
// nationality ("Russian officials") or a name ("Quetta police", "the Kenya Police Service") makes
// them someone; a place after a preposition ("officials in Moscow") does not.
// Adjectives a source phrase may carry between a nationality and its head: "Russian security officials".
const SOURCE_MODIFIERS = new Set(['local', 'senior', 'security', 'military', 'health', 'government', 'state', 'federal', 'regional', 'provincial', 'district', 'hospital', 'intelligence', 'police', 'emergency', 'rescue', 'top', 'other', 'two', 'three', 'several', 'the', 'a', 'an'])

/** The mention whose last token is `tokenEnd - 1`, within sentence `s`. */
function mentionEndingAtToken(doc: Doc, tokenEnd: number, s: Sentence): Mention | undefined {
  return mentionsBetween(doc, s.start, doc.tokens[tokenEnd - 1]!.end).find((m) => m.tokenEnd === tokenEnd)
}

/**
 * Who a reporting verb (token `verb`) reports: the named actor that ends right before it ("Reuters
 * said", "Russian officials said"), or the name right after it ("said Reuters", "said Interior
 * Minister Haroon Siddiqui"). `undefined` when the phrase before the verb is not a plain source
 * phrase, so the caller may look further; null when the source is unnamed ("officials said").
 */
export function speakerOfVerb(doc: Doc, verb: number, s: Sentence): Mention | null | undefined {
  let k = verb - 1
  while (k >= s.tokenStart && AUXILIARIES_BEFORE_VERB.has(doc.tokens[k].lower)) k--
  if (k < s.tokenStart) return afterVerb(doc, verb, s)
  const last = doc.tokens[k]
  const ending = mentionEndingAtToken(doc, k + 1, s)
  if (ending && isActorMention(doc, ending, 'subject')) return ending
  if (!UNNAMED_SOURCE_HEADS.has(last.lower)) return last.text === ',' || last.text === '.' ? afterVerb(doc, verb, s) ?? undefined : undefined
  // "Russian officials", "Quetta police", "Kenyan security officials", "the army's spokesman"
  let j = k - 1
  while (j >= s.tokenStart && (SOURCE_MODIFIERS.has(doc.tokens[j].lower) || UNNAMED_SOURCE_HEADS.has(doc.tokens[j].lower))) j--
  if (doc.tokens[j]?.text === 's' && doc.tokens[j - 1]?.text === "'") j -= 2
  const modifier = j + 1 > s.tokenStart ? mentionEndingAtToken(doc, j + 1, s) : undefined
  if (modifier && doc.entities.get(modifier.key)?.actor && doc.tokens[modifier.tokenStart].sentence === doc.tokens[verb].sentence) return modifier
  return null
}

function afterVerb(doc: Doc, verb: number, s: Sentence): Mention | null {
  // "said Reuters", "said Naveed Kakar, a spokesman", "said Interior Minister Haroon Siddiqui"
  for (let i = lowerBound(doc.mentions, doc.tokens[verb].end, (m) => m.start); i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!
    if (m.tokenStart <= verb) continue
    if (m.tokenStart >= s.tokenEnd || m.tokenStart > verb + 4) break
    const between = doc.tokens.slice(verb + 1, m.tokenStart)
    if (between.every((t) => t.lower === 'the' || PERSON_TITLES.has(t.lower) || /^\p{Lu}/u.test(t.text)) && isActorMention(doc, m, 'object')) return m
    return null
  }
  return null
}
