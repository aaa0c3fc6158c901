import type { Attribution, Doc, Mention, Quote, Sentence } from './doc.js'
import { isTitleSentence, lowerBound } from './doc.js'
import { ACTOR_NOUNS, AUXILIARIES_BEFORE_VERB, MEDIUM_NOUNS, PERSON_TITLES, PLATFORMS, UNNAMED_SOURCE_HEADS } from './lexicon.js'

// Who says, claims or does something, as news English marks it. Shared by the claim stages.

const PREPOSITIONS = new Set(['in', 'with', 'at', 'for', 'of', 'from', 'to', 'on', 'near', 'about', 'against', 'into', 'towards', 'toward', 'over', 'under', 'through', 'than', 'like', 'as', 'including', 'between', 'within', 'across', 'without', 'after', 'before', 'during', 'amid', 'among'])
// "the extremists of the Islamic State", "statements from the U.S.", "a spokesman for the army": "of",
// "from" and "for" after these still name the actor (the unnamed member speaks for it).
const MEMBER_NOUNS = new Set(['statement', 'statements', 'reports', 'comments', 'sources', 'word', 'spokesperson', 'spokesman', 'spokeswoman', 'extremists', 'members', 'fighters', 'militants', 'gunmen', 'terrorists', 'leaders', 'leader', 'supporters', 'operatives', 'affiliate', 'branch', 'wing', 'cell', 'faction', 'government', 'officials', 'president', 'leadership', 'forces', 'army', 'troops', 'regime', 'authorities', 'intelligence', 'administration', 'managers', 'executives', 'staff', 'engineers', 'lawyers'])
// "Managers at Tandoor Express rejected…": the people of a body named after "at" speak for it.
const MEMBER_PREPOSITIONS = new Set(['of', 'from', 'for', 'at'])
// Nouns after a demonym that are not actors but whose involvement is at stake ("Ukrainian involvement").
const INVOLVEMENT_NOUNS = new Set(['involvement', 'role', 'complicity', 'participation', 'responsibility', 'culpability', 'link', 'links', 'hand', 'trace', 'intervention', 'connection'])

/** Capitals act for their country ("Kyiv denied" → Ukraine). */
export function actorKey(doc: Doc, m: Mention): string {
  const e = doc.entities.get(m.key)
  return e?.countryKey && doc.entities.has(e.countryKey) ? e.countryKey : e?.countryKey ?? m.key
}

export function isActorMention(doc: Doc, m: Mention, role: 'subject' | 'object'): boolean {
  const e = doc.entities.get(m.key)
  if (!e || !e.actor || PLATFORMS.has(e.name.toLowerCase())) return false
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
 * named as a medium ("its Telegram channel", "on Facebook", "told Reuters" are no one "it" could be). Built once per document (a
 * memo keyed by its mention list), so that resolving a pronoun is a binary search, not a walk.
 */
function antecedents(doc: Doc): Antecedents {
  let found = ANTECEDENTS.get(doc.mentions)
  // Persons are read outside the quotes: a memo made before the quotes were found is stale.
  if (!found || found.quotes !== doc.quotes) {
    found = { persons: [], groups: [], quotes: doc.quotes }
    const outlets = outletsOf(doc)
    for (const m of doc.mentions) {
      const kind = doc.entities.get(m.key)?.kind
      if (kind === 'person' && !insideQuote(doc.quotes, m.start)) found.persons.push(m)
      // Not a medium: "its Telegram channel", "posted on Facebook", nor an outlet ("told Reuters").
      else if (kind === 'group' && !MEDIUM_NOUNS.has(doc.tokens[m.tokenEnd]?.lower ?? '') && !PLATFORMS.has(m.text.toLowerCase()) && !outlets.has(m.key)) found.groups.push(m)
    }
    ANTECEDENTS.set(doc.mentions, found)
  }
  return found
}

/**
 * The groups the article treats as news outlets anywhere: spoken to ("told Reuters"), reporting
 * ("Aftenposten reported", "Reuters could not independently verify"). An outlet reports the event;
 * "they" in a witness's quote is never the agency that quotes them.
 */
function outletsOf(doc: Doc): Set<string> {
  const keys = new Set<string>()
  for (const m of doc.mentions) {
    const before = doc.tokens[m.tokenStart - 1]?.lower
    const after = doc.lookup.slice(m.end, m.end + 40)
    if (before === 'told' || OUTLET_VERB_AFTER.test(after)) keys.add(m.key)
  }
  return keys
}

const OUTLET_VERB_AFTER = /^\s+(?:reported|reports|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|was\s+unable\s+to\s+(?:independently\s+)?(?:verify|confirm)|cannot\s+(?:independently\s+)?(?:verify|confirm))\b/i

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

// ---------------------------------------------------------------- attribution spans

/** Reporting verbs in the forms that report (not the nouns "claims", "reports", "notes"). */
const REPORTING_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'warned', 'insisted', 'insists', 'claimed', 'alleged', 'reported', 'wrote', 'tweeted', 'announced', 'confirmed', 'acknowledged', 'admitted', 'believes', 'believed', 'suggested', 'argued', 'explained', 'noted', 'maintained', 'asserted', 'recalled', 'replied', 'responded'])
// What may follow a reporting verb before its reported clause: "said on Tuesday that", "told AFP that", "said in a statement:".
const VERB_TAIL = /^[^,.;:"“”]{0,70}?\s*(?:,\s*)?(?:\bthat\b|:)/i
// An unnamed source right after its verb: "…, said an official who…", "…, said a police spokesman".
const INVERTED_UNNAMED = /^\s+((?:an?|the|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:official|officer|spokes(?:man|woman|person)|source|witness|resident|survivor|activist|doctor|medic|diplomat|analyst|expert|relative|villager|commander|soldier|policeman|investigator|prosecutor))\b/u
// Reporting verbs whose clause may come without "that": "said the group was behind it".
const BARE_CLAUSE_VERBS = new Set(['said', 'says', 'added', 'adds', 'believes', 'believed', 'insisted', 'insists', 'claimed', 'alleged', 'warned', 'suggested', 'argued', 'maintained', 'asserted', 'noted', 'wrote', 'stated'])
// What may follow a verb that closes its report: adjuncts, then the end, a participle ("…, police said
// on Thursday, blaming…") or a clause of time or circumstance ("…, officials said Saturday as families buried…").
const VERB_AFTER_REST = /^(?:\s+(?:on|in|at|late|early|earlier|later|during|to|via|through)\b[^,.;:"“”]{0,60}?|\s+\w+day|\s+(?:reporters|journalists|AFP|Reuters))*\s*(?:[.!?]["”]?\s*$|,\s*\w+ing\b|,?\s+(?:as|when|while|after|amid|following)\s)/i
// An unnamed source phrase before its verb: "police", "a security source", "three people familiar with the investigation".
const UNNAMED_SOURCE = /(?:^|[,(]["”]?\s*|\b(?:and|but|while|as)\s+)((?:(?:the|a|an|one|two|three|several|some|many|local|senior|security|military|police|health|hospital|government|state|other|\d+)\s+){0,3}(?:police|officials?|sources?|witnesses|residents|survivors|doctors|medics|rescuers|investigators|prosecutors|activists|analysts|experts|relatives|villagers|authorities|officers?|spokes(?:man|woman|person)|diplomats?|people\s+familiar\s+with\s+[\w\s]{1,30}?))\s+(?:(?:has|have|had|also|later|earlier|then)\s+)*$/i

/**
 * Finds who is reported as saying which stretch of text (the pipeline's `attribution` stage):
 * - each quotation with its speaker (the quotes stage's, across sentences and paragraphs);
 * - "according to X": the sentence, X's;
 * - "…, X said." / "…, said X.": the words before the comma;
 * - "X said (on Tuesday) (that) …": the rest of the sentence; "X said:" the next sentence.
 * The title is not reported by anyone (codebook §5). Sources are entity keys (a capital for its
 * country, as everywhere) or, unnamed, as written. Spans are [start, end) UTF-16 offsets; the list
 * is sorted by start, and a quotation lies inside the span of the verb that introduces it.
 */
export function findAttributions(doc: Doc): Doc {
  const out: Attribution[] = []
  const ofQuote = new Map<Quote, Attribution>()
  for (const q of doc.quotes) {
    const a: Attribution = { start: q.start, end: q.end, source: q.speaker, sourceText: null, cue: 'quote', cueStart: q.outerStart, cueEnd: q.outerEnd }
    ofQuote.set(q, a)
    out.push(a)
  }
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!
    if (isTitleSentence(doc, s)) continue
    const according = accordingTo(doc, s.start, s.end)
    if (according) {
      const phrase = /^according to\s+((?:the\s+)?[^,.;]{1,60}?)(?=[,.;]|$)/i.exec(doc.lookup.slice(according.at, s.end))
      out.push({ ...sourceOf(doc, according.mention, according.mention ? null : phrase?.[1] ?? null), start: s.start, end: s.end, cue: 'according-to', cueStart: according.at, cueEnd: according.at + 'according to'.length })
    }
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!
      if (!REPORTING_FORMS.has(t.lower) || insideQuote(doc.quotes, t.start)) continue
      const spoken = speakerOfVerb(doc, k, s)
      const before = doc.lookup.slice(s.start, t.start)
      // "…, said an official who spoke on condition of anonymity": an unnamed source after the verb.
      const inverted = !spoken && /,\s*$/.test(before) ? INVERTED_UNNAMED.exec(doc.lookup.slice(t.end, s.end))?.[1] ?? null : null
      // Else an unnamed source before it: a known kind of voice, or a short description right after a comma ("…, an opposition coalition said").
      const unnamed = spoken ? null : inverted ?? UNNAMED_SOURCE.exec(before)?.[1] ?? /,\s*((?:an?|the|one)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3})\s+$/u.exec(before)?.[1] ?? null
      const source = sourceOf(doc, spoken ?? null, unnamed)
      // "…, X said (on Thursday)(, blaming…)." / "…, said X.": the verb closes the report; what it
      // reports is before the comma that opens the source phrase.
      const rest = doc.lookup.slice(t.end, s.end)
      const closes = inverted !== null || VERB_AFTER_REST.test(rest)
      const sourceStart = spoken && spoken.start < t.start ? spoken.start : unnamed && !inverted ? s.start + before.lastIndexOf(unnamed) : t.start
      const opening = doc.lookup.slice(s.start, sourceStart).lastIndexOf(',')
      if (closes && opening > 0 && doc.lookup.slice(s.start + opening + 1, t.start).split(/\s+/).filter(Boolean).length <= 9) {
        const end = s.start + opening
        const inside = insideQuote(doc.quotes, end - 1) ?? insideQuote(doc.quotes, end - 2)
        const quoted = /["”]\s*$/.test(doc.lookup.slice(s.start, end)) || inside !== null
        if (!quoted) out.push({ ...source, start: s.start, end, cue: 'verb-after', cueStart: t.start, cueEnd: t.end })
        else {
          // Quoted words before the comma are the quotation's; an unnamed speaker is this verb's source as written.
          const quote = inside ? ofQuote.get(inside) : undefined
          if (quote && quote.source === null && !quote.sourceText) quote.sourceText = source.sourceText
        }
        continue
      }
      if (!spoken && !unnamed) continue
      const tail = VERB_TAIL.exec(rest) ?? /^\s+\w+day\b,?/i.exec(rest)
      // "announced an inquiry", "confirmed the toll": without "that" these verbs report no clause.
      if (!tail?.[0].match(/\bthat\b|:/) && !BARE_CLAUSE_VERBS.has(t.lower)) continue
      const from = t.end + (tail ? tail[0].length : 0)
      if (tail && tail[0].trimEnd().endsWith(':') && doc.lookup.slice(from, s.end).trim() === '') {
        // "X said:" — the next sentence of the paragraph (a quoted paragraph is the quotes stage's).
        const next = doc.sentences[si + 1]
        if (next && !insideQuote(doc.quotes, next.start)) out.push({ ...source, start: next.start, end: next.end, cue: 'colon', cueStart: t.start, cueEnd: t.end })
        continue
      }
      const start = from + (/^\s*/.exec(doc.lookup.slice(from, s.end))?.[0].length ?? 0)
      if (start < s.end) out.push({ ...source, start, end: s.end, cue: 'verb-before', cueStart: t.start, cueEnd: t.end })
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end)
  return { ...doc, attributions: out }
}

/**
 * An attribution's source: the mention's actor, else the unnamed voice as written without its
 * article ("the activist" → "activist"), a body's spokesperson as the body ("a police spokesman" → "police").
 */
function sourceOf(doc: Doc, mention: Mention | null, written: string | null): Pick<Attribution, 'source' | 'sourceText'> {
  if (mention) return { source: actorKey(doc, mention), sourceText: null }
  // "a police spokesman" speaks for the police (codebook §7): the body, as written.
  return { source: null, sourceText: written?.trim().replace(/^(?:the|a|an|one|another)\s+/i, '').replace(/^(\S+(?:\s+\S+)?)\s+spokes(?:man|woman|person)$/i, '$1') || null }
}

/**
 * The innermost attribution whose reported words hold `offset` (a quotation inside "X said" is the
 * quotation's), or null. A binary search and a short walk back: spans nest only a few deep.
 */
export function attributionAt(doc: Doc, offset: number): Attribution | null {
  const list = doc.attributions
  let best: Attribution | null = null
  for (let i = lowerBound(list, offset + 1, (a) => a.start) - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const a = list[i]!
    if (offset >= a.start && offset < a.end && (!best || a.end - a.start < best.end - best.start)) best = a
  }
  return best
}
