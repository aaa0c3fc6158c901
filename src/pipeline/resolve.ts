import type { Doc, DocEntity, Mention } from './doc.js'
import { SUBDIVISION_KINDS, fromGazetteer } from './entities.js'
import { ARABIC_ARTICLES, GROUP_TYPE_WORDS, LOCAL_GOVERNMENT_KINDS, NAMED_SITE_NOUNS, ORG_LEADERS, SITE_NOUNS, STORM_WORDS, isLocalGovernmentWord } from './lexicon.js'

/**
 * Resolution: every mention gets its final entity. NER surfaces that are a known alias join the
 * known entity; short forms join the full name used in the same article ("Putin" → "Vladimir
 * Putin", "Watson" → "Adrienne Watson", "Wagner" → "Wagner Group"); an acronym in parentheses
 * after a name is that name's alias ("Islamic State (ISIS)"); capitalized runs no cue classified
 * and nothing claims are dropped.
 *
 * What becomes an alias matters beyond the article: ingest stores every alias in the registry, and
 * the next article's gazetteer matches it. Only strong evidence adds one — a known alias, an acronym
 * in parentheses. A short form joined by its place in a longer name (a surname, a group's first
 * words) is resolved in this article only: "Bello" is Aliyu Bello here, not in every later article,
 * and "Borno State" never becomes a name of the Borno State Emergency Management Agency.
 */
export function resolveEntities(doc: Doc): Doc {
  const entities = new Map<string, DocEntity>()
  for (const [key, e] of doc.entities) entities.set(key, { ...e, aliases: new Set(e.aliases) })
  const redirect = new Map<string, string>()
  const follow = (key: string): string => {
    let k = key
    for (let guard = 0; redirect.has(k) && guard < 10; guard++) k = redirect.get(k)!
    return k
  }
  /** `strong`: the evidence names the same entity (the source's surfaces become the target's aliases). */
  const merge = (from: string, into: string, strong: boolean) => {
    const a = follow(from)
    const b = follow(into)
    if (a === b) return
    redirect.set(a, b)
    const source = entities.get(a)
    const target = entities.get(b)
    if (strong && source && target) for (const alias of source.aliases) target.aliases.add(alias)
  }

  const ner = [...entities.values()].filter((e) => e.source === 'ner')

  // 1. A NER surface that is a known alias (other case, other spacing) is the known entity.
  for (const e of ner) {
    // "Al Shabaab" and "al-Shabaab", "Boko-Haram" and "Boko Haram": a hyphen or a space between the words.
    const lower = e.name.toLowerCase()
    const known = doc.registry.byAlias.get(lower) ?? doc.registry.byAlias.get(e.name.replace(/^the /i, '').toLowerCase()) ?? (lower.includes(' ') || lower.includes('-') ? doc.registry.byAlias.get(hyphenArabicArticle(lower)) ?? doc.registry.byAlias.get(lower.replace(/-/g, ' ')) : undefined)
    if (known) {
      if (!entities.has(known.key)) entities.set(known.key, fromGazetteer(known))
      merge(e.key, known.key, true)
    }
  }

  // 1b. One name written in capitals and in mixed case ("LAGRANGE, Ga." and "in LaGrange") is one
  // entity, named and classified as its mixed-case mentions are.
  const mixedCase = new Map<string, DocEntity>()
  for (const e of ner) if (e.name !== e.name.toUpperCase()) mixedCase.set(e.name.toLowerCase(), e)
  for (const e of ner) {
    if (e.name !== e.name.toUpperCase()) continue
    const mixed = mixedCase.get(e.name.toLowerCase())
    if (mixed && mixed.nerKindKnown) merge(e.key, mixed.key, true)
  }

  // 2. Parenthesized acronyms: "Islamic State (ISIS)".
  const mentions = doc.mentions
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]
    const next = mentions[i + 1]
    if (next.source !== 'ner') continue
    const between = doc.text.slice(m.end, next.start)
    if (!/^\s*\($/.test(between) || doc.text[next.end] !== ')') continue
    if (/^[\p{Lu}\d-]+$/u.test(next.text) && (abbreviates(next.text, m.text) || entities.get(m.key)?.kind === 'group')) merge(next.key, m.key, true)
    // "the Maritime Industry Authority (Marina)", "the National Football Federation (Fedefut)": one
    // capitalized word in parentheses right after a group's name, the letters of which it is written
    // with in order, is the group's short name (news copy writes such short names in title case),
    // whatever NER took the word for alone (a given name, here).
    else if (/^\p{Lu}\p{Ll}+$/u.test(next.text) && entities.get(m.key)?.kind === 'group' && m.text.split(/\s+/).length >= 2 && abbreviates(next.text, m.text)) merge(next.key, m.key, true)
  }

  // 3. Short forms join the longest full name of the same article that ends or starts with them, in
  // this article only (no alias). A group's first words are its short name only when what they leave
  // out is the kind of group ("Green Left" of "Green Left Coalition", "Wagner" of "Wagner Group") or
  // they are its group word ("Jama'at"); "Troup County" of "Troup County Sheriff's Office", "Singu"
  // of "Singu Youth Relief Committee" name the place the body is named after. A short form with a
  // place's cues of its own is never a person's or a group's.
  // Every full form indexed by its last words (persons) and first words (groups), in the order of the
  // entities and their forms: one lookup per short form instead of a scan of every entity (a text
  // naming thousands of entities stays linear).
  const wordsOf = (s: string) => s.split(/[\s-]+/).filter(Boolean)
  const byEnds = new Map<string, Array<{ full: DocEntity; fullWords: string[] }>>()
  for (const full of entities.values()) {
    if (full.kind !== 'person' && full.kind !== 'group') continue
    // A run no cue classified ("The Salafist Jamaat al-Tawhid", kind unknown) is no full name: its
    // tail named with a cue of its own ("Jamaat al-Tawhid denied it") would be dropped with it.
    if (full.source === 'ner' && full.nerKindKnown === false) continue
    for (const form of [full.name, ...full.aliases]) {
      const fullWords = wordsOf(form)
      for (let k = 1; k < fullWords.length; k++) {
        const part = full.kind === 'person' ? fullWords.slice(fullWords.length - k) : fullWords.slice(0, k)
        const key = `${full.kind}|${part.join(' ')}`
        const list = byEnds.get(key)
        if (list === undefined) byEnds.set(key, [{ full, fullWords }])
        else list.push({ full, fullWords })
        // "Riaz Ahmad" after "Riaz Ahmad Kamboh": a person's first two words or more are that person too.
        if (full.kind === 'person' && k >= 2) {
          const first = `person|${fullWords.slice(0, k).join(' ')}`
          const firstList = byEnds.get(first)
          if (firstList === undefined) byEnds.set(first, [{ full, fullWords }])
          else if (!firstList.some((x) => x.full === full)) firstList.push({ full, fullWords })
        }
      }
    }
  }
  for (const e of ner) {
    if (redirect.has(e.key) || (e.kind === 'place' && (e.nerScore ?? 0) >= 2)) continue
    const words = wordsOf(e.name)
    const joined = words.join(' ')
    let best: DocEntity | null = null
    for (const kind of ['person', 'group'] as const) {
      for (const { full, fullWords } of byEnds.get(`${kind}|${joined}`) ?? []) {
        if (full.key === e.key) continue
        if (kind === 'group' && !isShortNameOf(words, fullWords)) continue
        if (!best || fullWords.length > wordsOf(best.name).length) best = full
      }
    }
    if (best) merge(e.key, best.key, false)
  }

  // 3a. "Laurel Fork had no pipe" after "the Laurel Fork Mine": a named site's words before its
  // kind, taken for a person or a group, are the site (in this article only).
  const sites = new Map<string, DocEntity>()
  for (const full of entities.values()) {
    if (full.kind !== 'place' || full.source !== 'ner') continue
    const words = full.name.split(/\s+/)
    if (words.length >= 3 && SITE_HEADS.has(words[words.length - 1]!.toLowerCase())) sites.set(words.slice(0, -1).join(' '), full)
  }
  if (sites.size > 0) {
    for (const e of ner) {
      if (redirect.has(e.key) || e.kind === 'place') continue
      const site = sites.get(e.name)
      if (site !== undefined && site.key !== e.key) merge(e.key, site.key, false)
    }
  }

  // 3b. A surname used alone after the full name is that person, even where the bundled gazetteer
  // knows a town of that name ("police spokesman Aliyu Bello … Bello said", "Mr Medina"), unless
  // the words around it make it a place ("in Bello", "Bello, a village near…").
  const personAt = surnameReadings(doc, entities, follow)

  // 4. Drop what no cue classified and nothing merged, and the title's mentions: the title the
  // text opens with is not annotated (codebook §5), its names are the body's to give.
  const titleEnd = titleSpanEnd(doc)
  const storms = stormNames(doc)
  const finalMentions: Mention[] = []
  for (const m of mentions) {
    if (m.end <= titleEnd) continue
    if (m.source === 'ner' && storms.has(m.text)) continue
    const key = personAt.get(m) ?? follow(m.key)
    const entity = entities.get(key)
    if (!entity) continue
    if (entity.source === 'ner' && !entity.nerKindKnown) continue
    finalMentions.push(key === m.key ? m : { ...m, key })
  }
  const used = new Set(finalMentions.map((m) => m.key))
  const finalEntities = new Map<string, DocEntity>()
  const finalTexts = new Set(finalMentions.map((m) => `${m.key}|${m.text}`))
  for (const key of used) {
    const e = entities.get(key)!
    if (e.source === 'ner') e.name = canonicalName(e, (alias) => finalTexts.has(`${key}|${alias}`))
    finalEntities.set(key, e)
  }
  return { ...doc, entities: finalEntities, mentions: finalMentions }
}

// Nouns after a demonym that make it name its country (codebook §1: "Iranian officials" → Iran):
// the state's people, organs and forces speaking or acting as such ("Rwandan troops"), or a
// group's branch tied to it ("the Afghan branch of ISIS", as the seed annotates it); not its
// citizens ("a Norwegian national", "a German couple"), its things ("the Syrian border") or the
// bodies named by description ("Malagasy police", "the Lebanese Civil Defence": the body is the entity).
const STATE_NOUNS = new Set(['officials', 'official', 'government', 'authorities', 'regime', 'state', 'side', 'diplomats', 'diplomat', 'leaders', 'leadership', 'administration', 'presidency', 'embassy', 'prosecutors', 'investigators', 'envoy', 'envoys', 'ambassador', 'ambassadors', 'officer', 'officers', 'sources', 'troops', 'soldiers', 'forces', 'branch', 'affiliate', 'wing'])

/**
 * Whether a mention names its entity in the output (docs/annotation.md §1): every mention but a
 * demonym that only describes ("Tajik nationals", "a French nurse", "Vietnamese media"). Such
 * mentions stay in the Doc, where the claim stages read "the Russian president" or "Ukrainian
 * involvement"; only the extraction leaves them out.
 */
export function namesEntity(doc: Doc, m: Mention): boolean {
  if (!m.demonym) return true
  const { tokens } = doc
  const next = tokens[m.tokenEnd]
  // Not "the southern Mexican state of Oaxaca": a state of the country, not the country acting.
  if (next !== undefined && STATE_NOUNS.has(next.lower)) return !(next.lower === 'state' && tokens[m.tokenEnd + 1]?.lower === 'of')
  // "American and Afghan envoys": coordinated demonyms share the noun.
  return (next?.lower === 'and' || next?.lower === 'or') && /^\p{Lu}/u.test(tokens[m.tokenEnd + 1]?.text ?? '') && STATE_NOUNS.has(tokens[m.tokenEnd + 2]?.lower ?? '')
}

/** Names the article gives a storm ("Cyclone Belinda"): "Belinda" alone is the storm too, no person. */
function stormNames(doc: Doc): Set<string> {
  const out = new Set<string>()
  const { tokens } = doc
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (STORM_WORDS.has(tokens[k]!.lower) && /^\p{Lu}/u.test(tokens[k]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k + 1]!.text)) out.add(tokens[k + 1]!.text)
  }
  return out
}

/** Where the title ends when the text opens with it (UTF-16 code units), else 0. */
function titleSpanEnd(doc: Doc): number {
  const title = doc.title?.trim()
  if (!title) return 0
  const lead = doc.text.length - doc.text.trimStart().length
  return doc.text.startsWith(title, lead) && /^\s*(?:\n|$)/.test(doc.text.slice(lead + title.length, lead + title.length + 3)) ? lead + title.length : 0
}

// Words before a name that make it a place ("in Bello", "the road to Bello").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'toward', 'towards', 'outside', 'inside', 'into', 'across', 'around', 'of', 'via', 'through', 'between', 'and'])
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx'])

/**
 * Bundled one-word places that are a person's surname here: the person's full name (two words or
 * more) was mentioned before, or an honorific stands before it ("Mr Medina"); not after a
 * preposition of place and not followed by an appositive ("Bello, a village"). Mention → person key.
 */
function surnameReadings(doc: Doc, entities: Map<string, DocEntity>, follow: (key: string) => string): Map<Mention, string> {
  const out = new Map<Mention, string>()
  const bySurname = new Map<string, string>()
  const { tokens } = doc
  for (const m of doc.mentions) {
    const key = follow(m.key)
    const e = entities.get(key)
    if (!e) continue
    if (e.kind === 'person') {
      const words = m.text.split(/\s+/)
      if (words.length >= 2 && !bySurname.has(words[words.length - 1]!)) bySurname.set(words[words.length - 1]!, key)
      continue
    }
    if (e.kind !== 'place' || m.source !== 'world' || m.demonym || m.tokenEnd - m.tokenStart !== 1 || e.countryKey !== null) continue
    const prev = tokens[m.tokenStart - 1]
    const honorific = prev !== undefined && HONORIFICS.has(prev.lower)
    const person = bySurname.get(m.text)
    if (person === undefined && !honorific) continue
    if (prev !== undefined && PLACE_PREPOSITIONS.has(prev.lower)) continue
    if (tokens[m.tokenEnd]?.text === ',' && ['a', 'an', 'the'].includes(tokens[m.tokenEnd + 1]?.lower ?? '')) continue
    if (person !== undefined) out.set(m, person)
    else {
      // "Mr Medina" with no full name: a person of that name.
      const key = `ner:${m.text}`
      if (!entities.has(key)) entities.set(key, { key, id: null, name: m.text, kind: 'person', aliases: new Set([m.text]), source: 'ner', countryKey: null, actor: true, nerScore: 3, nerKindKnown: true })
      out.set(m, key)
    }
  }
  return out
}

/**
 * An acronym abbreviates a name when its letters appear in the name in order, the first one first:
 * "ISWAP" for "Islamic State West Africa Province", "GOA" for "Gasoriente Andina", "TTP" for
 * "Tehreek-e-Taliban Pakistan" (not for "Pakistan" alone). A group's acronym may abbreviate its name
 * in its own language ("National Institute for Disaster Risk Management and Reduction (INGD)"): after
 * a group, the parentheses are enough.
 */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '')
  const text = name.toLowerCase()
  if (letters.length === 0 || text[0] !== letters[0]) return false
  let at = 0
  for (const ch of letters) {
    at = text.indexOf(ch, at)
    if (at < 0) return false
    at++
  }
  return true
}

// Kinds of named sites whose name is also written without them ("the Laurel Fork Mine" → "Laurel Fork").
// (Not stadiums, hospitals, bridges or hotels: those are often named after a person, who may be
// named alone too.)
const SITE_HEADS = new Set(['mine', 'colliery', 'dam', 'reservoir', 'market', 'quarry', 'oilfield'])

// A company's kind abbreviated at the end of its name ("Co.", "Inc.", "Ltd.").
const COMPANY_ABBREVIATIONS = new Set(['co', 'inc', 'ltd', 'corp', 'llc', 'plc', 'pty', 'bros'])

/** A group's first words are its short name: the rest is one word of its kind, or they are its group word. */
function isShortNameOf(short: string[], full: string[]): boolean {
  if (full.length === short.length + 1 && GROUP_TYPE_WORDS.has(full[full.length - 1]!.toLowerCase())) return true
  // "Cumberland Ridge" of "Cumberland Ridge Coal Co.", "Halvorsen" of "Halvorsen Shipping Inc.": a
  // company's first words before its trade and its abbreviated kind.
  // "Thanh Phat" of "Thanh Phat Wood Industries Co. Ltd.": two abbreviated kinds count as one.
  const legal = COMPANY_ABBREVIATIONS.has(full[full.length - 2]?.toLowerCase().replace(/[.,]$/, '') ?? '') ? 2 : 1
  if (full.length <= short.length + 2 + legal && COMPANY_ABBREVIATIONS.has(full[full.length - 1]!.toLowerCase().replace(/\.$/, ''))) return true
  return short.every((w) => ORG_LEADERS.has(w.toLowerCase()))
}

/**
 * The fullest form seen, without a leading article: "The Washington Post" stays, "the Kremlin" →
 * "Kremlin". A named site's form with its kind ("Ngo Tram market") only when the body writes it
 * (`inBody`): the title's "Dorvan market" does not rename the town the body names.
 */
function canonicalName(e: DocEntity, inBody: (alias: string) => boolean): string {
  let best = e.name
  for (const alias of e.aliases) {
    const clean = alias.replace(/[’]/g, "'")
    const words = clean.split(/\s+/)
    // "Shabwa province" is a mention of Shabwa: the kind written after a place is no part of its name.
    // A named site keeps its kind: "Ngo Tram market", "Protivín station" (codebook §1, named sites).
    const last = words[words.length - 1]!
    if (e.kind === 'place' && words.length > 1 && (SUBDIVISION_KINDS.has(last) || (SITE_NOUNS.has(last) && (!NAMED_SITE_NOUNS.has(last) || !inBody(alias))))) continue
    // "Kankara Local Government Area", "Kaura LGA": the kind of a Nigerian district, likewise.
    if (e.kind === 'place' && endsWithLocalGovernmentKind(words)) continue
    if (words.length > best.split(/\s+/).length) best = clean
  }
  return best
}

/** "al qaeda in the sahel" → "al-qaeda in the sahel": a lowercase name whose first word is an Arabic article, glued to the next word by a hyphen as the registry may spell it; other names unchanged. */
function hyphenArabicArticle(lower: string): string {
  const space = lower.indexOf(' ')
  return space > 0 && ARABIC_ARTICLES.has(lower.slice(0, space)) ? `${lower.slice(0, space)}-${lower.slice(space + 1)}` : lower
}

/** Whether an alias's words end with a Nigerian district's kind after at least one word of name ("Kankara Local Government Area", "Kaura LGA"). */
function endsWithLocalGovernmentKind(words: string[]): boolean {
  return LOCAL_GOVERNMENT_KINDS.some((kind) => words.length > kind.length && kind.every((w, i) => isLocalGovernmentWord(words[words.length - kind.length + i]!, w)))
}
