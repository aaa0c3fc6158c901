import type { Doc, Mention, Sentence } from './doc.js'
import { lowerBound, tokenStartingAt } from './doc.js'
import { actorKey, lastPersonBefore, mentionsBetween } from './attribution.js'
import { DETERMINERS, ORG_HEADS } from './lexicon.js'

// Whom a phrase refers to, as news English points back: a definite description to the group named
// with those words ("the air force" → Nigerian Air Force), the noun that introduced a group ("the
// band Los Faroles del Sur" → "the band"), a force word to the force named ("the police", "officers"),
// "the company" to the last company, a district's government to the district, a state's organ to
// its state, a person to the body named beside them, a lawyer's client. Each answer is looked up in
// an index built once per document. Used by the responsibility stage.

// Institution heads too common to point back to one body by themselves ("the government", "the group").
const GENERIC_HEADS = new Set(['group', 'government', 'authorities', 'party', 'media', 'press', 'news', 'post', 'times', 'daily', 'unit', 'team', 'partners', 'capital', 'security', 'service', 'services', 'office', 'fund'])

/** How many mentions back a role's holder is looked for ("the interior minister" → who was named so): an article's worth. */
export const LOOKBACK = 400

export interface Found {
  key: string
  /** Parties coordinated with this one ("Rui Valadares and Tiago Sequeira"): the same claim about each. */
  also?: string[]
  /** How directly the actor was found: 1 named in place, lower through pronouns and relatives. */
  directness: number
}
export const PARTY_STOPS = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'with', 'to', 'from', 'that', 'who', 'which', 'and', 'or', 'but', 'as', 'said', 'says', 'had', 'has', 'have', 'was', 'were', 'is', 'are'])

/**
 * The group a definite description at token `k` refers back to: "the air force" after "Nigerian Air
 * Force", "the court" after "Porto Appeals Court" — the one group named earlier in the article
 * whose name ends with the description's words (one to three, lower case). Null when none or
 * several match, or the words are no description ("the attack").
 */
export function definiteReferent(doc: Doc, k: number): Mention | null {
  if (doc.tokens[k]?.lower !== 'the') return null
  const words: string[] = []
  for (let j = k + 1; j < doc.tokens.length && words.length < 3; j++) {
    const t = doc.tokens[j]
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) break
    // "the alliance's accusations": a possessor, not the phrase's referent.
    if (doc.tokens[j + 1]?.text === "'" || doc.tokens[j + 1]?.text === '’') return null
    words.push(t.lower)
  }
  const at = doc.tokens[k].start
  // "the army", "the police" alone: the state's force as named, never a rebel "Liberation Army".
  if (words.length >= 1 && (FORCE_WORDS.has(words[0]!) && (words.length === 1 || !/^[\p{Ll}-]+$/u.test(words[1]!) || PARTY_STOPS.has(words[1]!)))) {
    const force = namedForce(doc, words[0]!, at)
    if (force) return force
  }
  // The longest description that names exactly one group mentioned before it.
  const index = groupTails(doc)
  for (let n = words.length; n >= 1; n--) {
    // One word refers back only when it heads institutions ("the court", "the army"), not "the state".
    if (n === 1 && (!ORG_HEADS.has(words[0]!) || GENERIC_HEADS.has(words[0]!))) continue
    const named = theOneNamed(index.get(words.slice(0, n).join(' ')), at)
    if (named) return named
  }
  // "the band" after "the band Los Faroles del Sur", "the company" after "the power company Adjara
  // Hydro": the one group the article introduced with that common noun right before its name.
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const named = theOneNamed(descriptors(doc).get(words.slice(0, n).join(' ')), at)
    if (named) return named
  }
  // "the police" after "the Ghana Police Service" was named: the one force whose name holds the word (codebook §7).
  return namedForce(doc, words[0] ?? '', at)
}

/** The one force named before `at` whose name holds `word` ("police" → Ghana Police Service), or null. */
export function namedForce(doc: Doc, word: string, at: number): Mention | null {
  // "officers" after the Malawi Police Service was named are its officers (codebook §7).
  const force = FORCE_MEMBERS[word] ?? word
  if (!FORCE_WORDS.has(force)) return null
  return theOneNamed(forceNames(doc).get(force), at)
}

/**
 * Every group the article introduces with a common noun beside its name ("the band Los Faroles del
 * Sur", "the power company Adjara Hydro", "the RPA coalition"), by that noun and by its last two
 * words before the name, with each mention.
 */
function descriptors(doc: Doc): GroupIndex {
  return groupIndex(doc, DESCRIPTORS, (m) => {
    const before: string[] = []
    for (let k = m.tokenStart - 1; k >= 0 && before.length < 2; k--) {
      const t = doc.tokens[k]!
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || DETERMINERS.has(t.lower) || PARTY_STOPS.has(t.lower) || GENERIC_HEADS.has(t.lower) && before.length === 0) break
      before.unshift(t.lower)
    }
    // "the Rassemblement pour l'Alternance (RPA) coalition": the noun after the name (and its acronym).
    let k = m.tokenEnd
    if (doc.tokens[k]?.text === '(' && doc.tokens[k + 2]?.text === ')') k += 3
    else if (doc.tokens[k]?.text === ')' && doc.tokens[m.tokenStart - 1]?.text === '(') k++
    const after = doc.tokens[k]
    const keys = before.map((_, n) => before.slice(-(n + 1)).join(' '))
    if (after && AFTER_NAME_DESCRIPTORS.has(after.lower)) keys.push(after.lower)
    return keys
  }, false)
}

const DESCRIPTORS = new WeakMap<Mention[], GroupIndex>()

/** Kinds of body news names right after a name: "the X coalition", "the Y group". */
const AFTER_NAME_DESCRIPTORS = new Set(['coalition', 'alliance', 'group', 'movement', 'militia', 'party', 'union', 'association', 'company', 'firm', 'network', 'front', 'federation'])

/**
 * A party kept as written that the article names elsewhere by the same kind of body: "an opposition
 * coalition said…" in a lede, then "the Rassemblement pour l'Alternance (RPA) coalition" → the RPA.
 * Null unless the written party's head is the descriptor of exactly one group.
 */
export function describedGroup(doc: Doc, written: string): Found | null {
  // "Police said…" once the Malawi Police Service was named: that force, as "the police" is (codebook §7).
  const word = /^(?:the\s+)?([\p{L}-]+)\s*$/u.exec(written.toLowerCase())?.[1]
  const force = word ? namedForce(doc, word, Number.POSITIVE_INFINITY) : null
  if (force) return found(doc, force, 1.5)
  const head = /([\p{Ll}-]+)\s*$/u.exec(written.toLowerCase())?.[1]
  if (!head || GENERIC_HEADS.has(head) && head !== 'group' && head !== 'party') return null
  const named = theOneNamed(descriptors(doc).get(head), Number.POSITIVE_INFINITY)
  return named ? found(doc, named, 1.5) : null
}

/**
 * The body a person heads or speaks for, named beside them in the sentence: "the head of the
 * Emergency Management Service, Giorgi Abashidze" / "Lieutenant General X of the Metropolitan Police
 * Bureau" / "Ashanti regional police commander X" (a force named elsewhere by that word). A group
 * found as the subject is its own body. Null when none is named beside them.
 */
export function bodyOf(doc: Doc, sentence: Sentence, head: Found): Found | null {
  const kind = doc.entities.get(head.key)?.kind
  if (kind === 'group') return head
  if (kind !== 'person') return null
  const mentions = mentionsBetween(doc, sentence.start, sentence.end)
  const own = mentions.findIndex((m) => m.key === head.key)
  if (own === -1) return null
  const name = mentions[own]!
  const beside = mentions.slice(Math.max(0, own - 1), own + 2).find((m) => m.key !== head.key && doc.entities.get(m.key)?.kind === 'group' && (m.start > name.start ? MEMBER_OF.test(doc.lookup.slice(name.end, m.start)) : BODY_TITLE.test(doc.lookup.slice(m.end, name.start)) || HEAD_OF_BODY.test(doc.lookup.slice(Math.max(sentence.start, m.start - 30), m.start)) && /^\s*,\s*$/.test(doc.lookup.slice(m.end, name.start))))
  if (beside) return found(doc, beside, 1.5)
  // "Ashanti regional police commander X": a force word in the title, the force the article named.
  const title = /((?:[\p{L}-]+\s+){0,3})$/u.exec(doc.lookup.slice(Math.max(sentence.start, name.start - 40), name.start))?.[1]?.toLowerCase().split(/\s+/) ?? []
  for (const word of title) {
    const force = namedForce(doc, word, doc.text.length)
    if (force) return found(doc, force, 2)
  }
  return null
}

/** Before a body whose head is named after a comma: "the head of the", "the chief of". */
const HEAD_OF_BODY = /\b(?:head|chief|director|leader|chairman|chairwoman|commander|president|secretary)\s+of\s+(?:the\s+)?$/i

/** Between a person's name and the body they belong to: " of the", ", the owner of", ", head of the". */
export const MEMBER_OF = /^(?:\s*,\s*(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){1,3}?)?\s*(?:of|for|at)\s+(?:the\s+)?$/u
/** Between a body and a person's name it titles: "Royal Thai Police chief ", "the company's director ". */
export const BODY_TITLE = /^(?:'s?)?\s+(?:[\p{L}-]+\s+){1,3}$/u

/** The level a place is named with: "Buzi district", "the province of Sindh". */
const LEVEL_NOUNS: Record<string, string> = { district: 'district', provincial: 'province', province: 'province', municipal: 'municipality', city: 'city', town: 'town', regional: 'region', county: 'county', state: 'state' }

/**
 * The one place the article names with `level` before `before` ("Buzi district", "the district of
 * Buzi" for "district"), the place a district or provincial government stands for; null when none
 * or several.
 */
export function placeOfLevel(doc: Doc, level: string, before: number): Found | null {
  const noun = LEVEL_NOUNS[level.toLowerCase()]
  let place: Mention | null = null
  for (const m of doc.mentions) {
    if (m.start >= before) break
    if (doc.entities.get(m.key)?.kind !== 'place') continue
    const named = doc.tokens[m.tokenEnd]?.lower === noun || new RegExp(`\\b${noun}\\s+of\\s+$`, 'i').test(doc.lookup.slice(Math.max(0, m.start - 20), m.start)) || m.text.toLowerCase().endsWith(` ${noun}`)
    if (!named) continue
    if (place && place.key !== m.key) return null
    place = m
  }
  return place ? found(doc, place, 1.5) : null
}

/**
 * The state whose organ a body named in `sentence` before `at` is, from the country written right
 * before it ("Ethiopia's foreign ministry", "the Belarusian embassy in Warsaw"); null for any other
 * party.
 */
export function stateOfBody(doc: Doc, sentence: Sentence, key: string, at: number): Found | null {
  if (!key.startsWith('body:')) return null
  const mentions = mentionsBetween(doc, sentence.start, at)
  let i = mentions.length - 1
  while (i >= 0 && mentions[i]!.key !== key) i--
  const country = i > 0 ? mentions[i - 1]! : null
  if (!country || doc.entities.get(country.key)?.kind !== 'place' || !/^(?:['’]s)?\s*$/.test(doc.lookup.slice(country.end, mentions[i]!.start))) return null
  return found(doc, country, 1.5)
}

/** Members of a force that stand for it once it is named: "officers", "policemen" → the police; "the force" is the police force. */
const FORCE_MEMBERS: Record<string, string> = { officers: 'police', policemen: 'police', policewomen: 'police', force: 'police' }

/** Words that name a state's force inside its name: "the police" → Ghana Police Service. */
const FORCE_WORDS = new Set(['police', 'army', 'navy', 'military', 'gendarmerie'])

/** Every named group whose name holds a force word, by that word, with its first mention. */
function forceNames(doc: Doc): GroupIndex {
  return groupIndex(doc, FORCE_NAMES, (_, name) => {
    const lower = name.toLowerCase()
    // A rebel movement's "army" ("Kordofan Liberation Army") is not what news calls "the army".
    if (INSURGENT_NAME.test(lower)) return []
    const words = lower.split(/\s+/).filter((w) => FORCE_WORDS.has(w))
    // "the army" after the Sudanese Armed Forces or the Rwanda Defence Force was named: a country's army by its formal name.
    if (/\barmed forces\b|\bdefen[cs]e forces?\b/.test(lower)) words.push('army', 'military')
    return words
  }, true)
}

const FORCE_NAMES = new WeakMap<Mention[], GroupIndex>()
const INSURGENT_NAME = /\b(?:liberation|resistance|rebel|revolutionary|salvation|mujahideen|jihad)\b/

/** Groups named in the article, by a key: each with its name and a mention. */
type GroupIndex = Map<string, Array<{ name: string; mention: Mention }>>

/**
 * An index of the article's groups (actors) by the keys `keysOf` gives each mention — built once per
 * document and kind of key (a memo keyed by the mention list), so that a description is looked up,
 * not searched for. With `firstOnly`, a group enters by its first mention alone.
 */
function groupIndex(doc: Doc, memo: WeakMap<Mention[], GroupIndex>, keysOf: (m: Mention, name: string) => Iterable<string>, firstOnly: boolean): GroupIndex {
  let index = memo.get(doc.mentions)
  if (index) return index
  index = new Map()
  const seen = new Set<string>()
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.key)
    if (e?.kind !== 'group' || !e.actor || (firstOnly && seen.has(m.key))) continue
    seen.add(m.key)
    for (const key of new Set(keysOf(m, e.name))) {
      const list = index.get(key)
      if (list) list.push({ name: e.name, mention: m })
      else index.set(key, [{ name: e.name, mention: m }])
    }
  }
  memo.set(doc.mentions, index)
  return index
}

/** The one group `list` names before offset `at` (all its entries one name), else null. */
function theOneNamed(list: Array<{ name: string; mention: Mention }> | undefined, at: number): Mention | null {
  const named = (list ?? []).filter((g) => g.mention.end <= at)
  return named.length > 0 && named.every((g) => g.name === named[0]!.name) ? named[0]!.mention : null
}

/**
 * Every group the article names, by each of its name's last one, two and three words in lower case
 * ("air force", "force" → Nigerian Air Force), with its first mention.
 */
function groupTails(doc: Doc): GroupIndex {
  return groupIndex(doc, GROUP_TAILS, (_, name) => {
    const words = name.toLowerCase().split(/\s+/)
    return words.slice(-3).map((_, i, tail) => tail.slice(i).join(' '))
  }, true)
}

const GROUP_TAILS = new WeakMap<Mention[], GroupIndex>()

export function found(doc: Doc, m: Mention, directness: number): Found {
  return { key: actorKey(doc, m), directness }
}
/** Words that make a group's name a company's: "PT Samudra Buton Lines", "Nile Crest Plastics Ltd". */
// "Ministry of Transport", "Road Transport Authority": public bodies whose names hold a company word.
const PUBLIC_BODY_NAME = /\b(?:Ministry|Department|Authority|Agency|Commission|Council|Board|Union|Association|Federation|Institute|Directorate|Office)\b/
const COMPANY_NAME = /\b(?:PT|Ltd|Limited|Inc|Co|Corp|Corporation|Company|Plc|LLC|GmbH|SA|S\.A\.|AG|Group|Holdings|Lines|Airlines|Airways|Air|Rail|Railways|Shipping|Ferries|Motors|Plastics|Textiles|Constructora|Construction|Industries|Enterprises|Energy|Power|Hydro|Mining|Transport|Marine|Logistics|Express|Coaches|Events)\b/

/**
 * The last group named before `at` that is no company: what "the group", "the militia" point back to
 * ("…hijacked an Indus Air flight… said the group had no part in it" → not the airline). Null when none.
 */
export function lastNonCompanyGroupBefore(doc: Doc, at: number): Mention | null {
  for (let i = lowerBound(doc.mentions, at, (m) => m.start) - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const m = doc.mentions[i]!
    const e = doc.entities.get(m.key)
    if (m.end <= at && e?.kind === 'group' && e.actor && !COMPANY_NAME.test(e.name)) return m
  }
  return null
}

/** The last group named before `at` whose name is a company's (see COMPANY_NAME), or null. */
export function lastCompanyBefore(doc: Doc, at: number): Mention | null {
  for (let i = lowerBound(doc.mentions, at, (m) => m.start) - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const m = doc.mentions[i]!
    const e = doc.entities.get(m.key)
    if (e?.kind === 'group' && COMPANY_NAME.test(e.name) && !PUBLIC_BODY_NAME.test(e.name)) return m
  }
  return null
}

/**
 * The person whose lawyer speaks in `sentence` or the one before, and the lawyer when named:
 * "Ssemanda's lawyer, Brenda Nakato, said her client…" → Ssemanda, Brenda Nakato; "His lawyer,
 * Samira Tazi, said…" → the person last named before it.
 */
export function clientOf(doc: Doc, sentence: Sentence): { client: Found; lawyer: Found | null } | null {
  const index = doc.sentences.indexOf(sentence)
  const from = index > 0 ? doc.sentences[index - 1]!.start : sentence.start
  const text = doc.lookup.slice(from, sentence.end)
  const role = [...text.matchAll(/(?:'s|’s|\b(?:his|her))\s+(?:lawyer|attorney|counsel|solicitor)\b\s*,?\s*/gi)].pop()
  if (!role) return null
  const at = from + role.index!
  // "His lawyer, Samira Tazi, said…": the person last named before it.
  const pronoun = /^(?:his|her)\b/i.test(role[0])
  const client = pronoun ? lastPersonBefore(doc, at) : mentionsBetween(doc, from, at).filter((m) => doc.entities.get(m.key)?.kind === 'person').pop()
  if (!client || (!pronoun && client.end !== at)) return null
  const named = mentionsBetween(doc, at, Math.min(sentence.end, at + role[0].length + 60)).find((m) => doc.entities.get(m.key)?.kind === 'person')
  return { client: found(doc, client, 1.5), lawyer: named && named.start === at + role[0].length ? found(doc, named, 1) : null }
}

/**
 * The party a description names in apposition right after it, at `end` (UTF-16 offset where the
 * description ends): "the ferry's owner, PT Samudra Buton Lines, had loaded…", "the driver, Sipho
 * Ndlovu." → that group or person. The name must fill the apposition: a comma, a bracket, a full
 * stop or the end of the clause follows it. Null otherwise.
 */
export function appositiveParty(doc: Doc, end: number): Found | null {
  const gap = /^\s*,\s+(?:the\s+)?/i.exec(doc.lookup.slice(end, end + 8))
  if (!gap) return null
  const at = end + gap[0].length
  const i = lowerBound(doc.mentions, at, (m) => m.start)
  const m = doc.mentions[i]
  if (!m || m.start !== at) return null
  const kind = doc.entities.get(m.key)?.kind
  if (kind !== 'group' && kind !== 'person') return null
  if (!/^\s*(?:[,.;)(]|$)/.test(doc.lookup.slice(m.end, m.end + 2))) return null
  return found(doc, m, 1.5)
}
