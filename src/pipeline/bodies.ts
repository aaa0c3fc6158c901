import { lowerBound, type Doc, type Mention } from './doc.js'
import { defaultGazetteerCache, worldOf, type BundledCountries, type GazetteerCache } from './gazetteer.js'
import { isDemonymWord, isFiniteVerbForm } from './lexicon.js'

/**
 * A country's bodies named by description (docs/annotation.md §1: "the health ministry" in a Sri
 * Lankan story is "Sri Lanka Ministry of Health"; "Russia's defence ministry" is "Russian Ministry
 * of Defence"): a group entity for each, named as the codebook names it. The country is the one the
 * phrase names ("Armenia's Foreign Ministry", "the Nigerian air force"; that whole phrase is the
 * alias), else, for a ministry, the article's own country (storyCountry; no alias then, see add()).
 * Bare "police", "the army" or "the government" stay generic (codebook §1, §7).
 */

// Topics of ministries as news copy writes them, with the canonical words: "foreign ministry" →
// "Ministry of Foreign Affairs".
const MINISTRY_TOPICS: Record<string, string> = {
  foreign: 'Foreign Affairs', defence: 'Defence', defense: 'Defense', health: 'Health', interior: 'Interior',
  home: 'Home Affairs', finance: 'Finance', agriculture: 'Agriculture', information: 'Information',
  justice: 'Justice', education: 'Education', transport: 'Transport', energy: 'Energy', economy: 'Economy',
  trade: 'Trade', labour: 'Labour', labor: 'Labor', culture: 'Culture', environment: 'Environment',
  infrastructure: 'Infrastructure', security: 'Security', communications: 'Communications',
  internal: 'Internal Affairs',
}
// Forces named after a country ("Nigeria's air force", "the Brazilian police", "Pakistan's military").
const FORCES: Array<[string[], (country: string, demonym: string) => string]> = [
  [['air', 'force'], (_c, d) => `${d} Air Force`],
  [['armed', 'forces'], (c) => `${c} Armed Forces`],
  [['military'], (c) => `${c} Armed Forces`],
  [['army'], (_c, d) => `${d} Army`],
  [['navy'], (_c, d) => `${d} Navy`],
  [['police'], (c) => `${c} Police`],
  [['civil', 'defence'], (_c, d) => `${d} Civil Defence`],
]
// What may follow a body's phrase: its verb, a preposition, punctuation. A lowercase noun means a longer
// phrase of which the body is only a modifier ("military intelligence", "police station", "army engineers").
const AFTER_BODY = new Set(['said', 'says', 'say', 'told', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'to', 'of', 'from', 'with', 'by', 'that', 'which', 'who', 'also', 'later', 'then', 'denied', 'rejected', 'dismissed', 'blamed', 'accused', 'confirmed', 'reported', 'announced', 'added', 'insisted', 'issued', 'released', 'did', 'does', 'struck', 'launched', 'killed', 'arrested', 'detained', 'over', 'against', 'after', 'before', 'about', 'as', 'since', 'into', 'during', 'under', 'through', 'toward', 'towards', 'near', 'without', 'within', 'amid', 'across', 'first', 'itself', 'now', 'still', 'again', 'yet', 'not', 'never', 'had'])

interface Country {
  key: string
  name: string
  demonym: string
}

/**
 * The bundled countries, derived once per gazetteer cache from its world entities: each country's
 * adjective by name ("Armenia" → "Armenian"), and each name, alias and demonym, lowercased, to the
 * country's name ("armenian" → "Armenia").
 */
function bundledCountries(cache: GazetteerCache): BundledCountries {
  if (cache.countries === null) {
    const countries: BundledCountries = { demonym: new Map(), byWord: new Map() }
    for (const w of worldOf(cache)) {
      if (w.kind !== 'place' || w.demonyms.length === 0 || w.countryKey !== null) continue
      countries.demonym.set(w.name, w.demonyms[0]!)
      for (const form of [...w.aliases, ...w.demonyms]) countries.byWord.set(form.toLowerCase(), w.name)
    }
    cache.countries = countries
  }
  return cache.countries
}

const demonymOf = (doc: Doc, name: string) => bundledCountries(doc.registry.cache).demonym.get(name) ?? name

const isCountry = (doc: Doc, m: Mention) => {
  const e = doc.entities.get(m.key)
  return e !== undefined && e.kind === 'place' && bundledCountries(doc.registry.cache).demonym.has(e.name)
}

/**
 * The article's own country: the one its dateline or first sentence names (a country, or a capital
 * standing for it: "BEIRUT —" → Lebanon), else the one it names most, at least twice and more than
 * any other.
 */
function storyCountry(doc: Doc): Country | null {
  const counts = new Map<string, number>()
  for (const m of doc.mentions) if (isCountry(doc, m)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const bodyStart = doc.sentences.find((s) => !s.heading)?.start ?? 0
  for (const m of doc.mentions) {
    if (m.start < bodyStart) continue
    if (m.start > bodyStart + 200) break
    const e = doc.entities.get(m.key)
    const country = e?.countryKey ? doc.entities.get(e.countryKey) ?? doc.registry.entities.get(e.countryKey) : isCountry(doc, m) ? e : undefined
    if (!country) continue
    // "TEHRAN (Tasnim) – … a suicide bombing in central Somalia": an outlet's home city in the dateline,
    // its country never named again, is not the story's country when another is named twice or more.
    const top = ranked[0]
    if ((counts.get(country.key) ?? 0) === 0 && m.demonym === false && e?.countryKey && top !== undefined && top[0] !== country.key && top[1] >= 2 && doc.text.slice(m.end, m.end + 3).match(/^\s*\(/)) {
      const t = doc.entities.get(top[0])!
      return { key: t.key, name: t.name, demonym: demonymOf(doc, t.name) }
    }
    return { key: country.key, name: country.name, demonym: demonymOf(doc, country.name) }
  }
  if (ranked.length === 0 || ranked[0]![1] < 2 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null
  const e = doc.entities.get(ranked[0]![0])!
  return { key: e.key, name: e.name, demonym: demonymOf(doc, e.name) }
}

/** The one country its sentence names before token `k` (by name or demonym), or null if none or several. */
function onlyCountryOfSentence(doc: Doc, k: number): Country | null {
  const sentence = doc.tokens[k]!.sentence
  let found: Country | null = null
  for (let i = lowerBound(doc.mentions, doc.tokens[k]!.start, (m) => m.start) - 1; i >= 0; i--) {
    const m = doc.mentions[i]!
    if (doc.tokens[m.tokenStart]!.sentence !== sentence) break
    if (!isCountry(doc, m)) continue
    const e = doc.entities.get(m.key)!
    if (found !== null && found.key !== e.key) return null
    found = { key: e.key, name: e.name, demonym: demonymOf(doc, e.name) }
  }
  return found
}

/** The country named last before token `k`, by its name (not a demonym), in its sentence or the one before. */
function countryBefore(doc: Doc, k: number): Country | null {
  const sentence = doc.tokens[k]!.sentence
  for (let i = lowerBound(doc.mentions, doc.tokens[k]!.start, (m) => m.start) - 1; i >= 0; i--) {
    const m = doc.mentions[i]!
    if (m.tokenStart >= k) continue
    if (doc.tokens[m.tokenStart]!.sentence < sentence - 1) break
    if (m.demonym || !isCountry(doc, m)) continue
    const e = doc.entities.get(m.key)!
    return { key: e.key, name: e.name, demonym: demonymOf(doc, e.name) }
  }
  return null
}

/** Adds the bodies named by description; the article's other entities and mentions stay as they are. */
export function describedBodies(doc: Doc): Doc {
  const { tokens } = doc
  const entities = new Map(doc.entities)
  const added: Mention[] = []
  // Known names keep their tokens; a capitalized run NER guessed at ("Foreign Ministry") yields to the body.
  const taken = new Set<number>()
  for (const m of doc.mentions) if (m.source !== 'ner') for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k)
  const replaced = new Set<Mention>()
  let story: Country | null | undefined
  const lower = (k: number) => tokens[k]?.lower ?? ''

  // Aliases are the forms that name the body on their own ("Armenia's Foreign Ministry", "the Nigerian
  // air force"), never the bare words ("police", "health ministry"): those would make every later
  // article's police or ministry this country's once the registry learns them.
  // Takes tokens [from, to) for a body's mention unless a known name holds one of them; the NER
  // mentions it overlaps give way (replaced), so that no text is mentioned twice. False if taken.
  const claim = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (taken.has(k)) return false
    // The NER mentions it overlaps, found by binary search (mentions are sorted and do not overlap).
    for (let i = Math.max(0, lowerBound(doc.mentions, tokens[from]!.start, (m) => m.start) - 1); i < doc.mentions.length; i++) {
      const m = doc.mentions[i]!
      if (m.tokenStart >= to) break
      if (m.source === 'ner' && m.tokenEnd > from) replaced.add(m)
    }
    for (let k = from; k < to; k++) taken.add(k)
    return true
  }
  const add = (name: string, from: number, to: number, surface: string | null) => {
    if (!claim(from, to)) return
    const key = `body:${name}`
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    const text = doc.text.slice(start, end)
    const seen = entities.get(key)
    if (seen) {
      if (surface) seen.aliases.add(surface)
    } else {
      // A name the codebook gives, not a surface NER guessed: resolution keeps it as it is.
      entities.set(key, { key, id: null, name, kind: 'group', aliases: new Set(surface ? [surface] : []), source: 'world', countryKey: null, actor: true })
    }
    added.push({ start, end, text, key, tokenStart: from, tokenEnd: to, demonym: false, source: 'world' })
  }

  // A mention of a body the article names in full (its key), from tokens [from, to); it claims its
  // tokens as add() does (NER mentions it overlaps give way).
  const addRef = (key: string, from: number, to: number, surface: string) => {
    if (!claim(from, to)) return
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    entities.get(key)?.aliases.add(surface)
    added.push({ start, end, text: doc.text.slice(start, end), key, tokenStart: from, tokenEnd: to, demonym: false, source: 'world' })
  }

  // "<Country>'s <body>", "<Demonym> <body>", "the <Demonym> <body>"; a province's or a city's
  // ministry ("the North Kordofan health ministry"); any place's body written in lowercase
  // ("Tajikistan's tourism committee", "the Kirkuk health directorate", "the Belarusian security services").
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.key)
    if (e === undefined || e.kind !== 'place') continue
    const country = isCountry(doc, m)
    if (m.demonym && !country) continue
    let k = m.tokenEnd
    if (tokens[k]?.text === "'" && lower(k + 1) === 's') k += 2
    // "Cameroon\n\nPolice in the capital…": a line's end is between them.
    if (!tokens[k] || doc.text.slice(m.end, tokens[k]!.start).includes('\n')) continue
    const phraseStart = m.tokenStart
    const surfaceTo = (end: number) => doc.text.slice(tokens[phraseStart]!.start, tokens[end - 1]!.end)
    // "North Korea's embassy in Santiago", "the Belarusian embassy in Warsaw": the country's embassy,
    // named with the city it is in when the text gives it. Only the possessive and the adjective: the
    // seed annotates no embassy named with its country's name as a modifier ("the United States
    // embassy in Moscow").
    const possessive = k === m.tokenEnd + 2
    if (country && lower(k) === 'embassy' && ends(doc, k + 1) && (possessive || m.demonym)) {
      add(embassyName(doc, e.name, k + 1), k, k + 1, surfaceTo(k + 1))
      continue
    }
    const body = bodyAt(doc, k, true)
    // "Adjara police said", "a spokeswoman for South Bohemia police", "Rivers State police spokeswoman
    // Grace Iringe": a region's or a city's police force, named after its place (codebook §7, a named
    // force is a group: "Punjab Police"); the whole phrase is the alias.
    if (!country && !m.demonym && lower(k) === 'police' && m.tokenEnd === k && (body !== null || SPOKESPEOPLE.has(lower(k + 1)))) {
      add(`${e.name} Police`, k, k + 1, surfaceTo(k + 1))
      continue
    }
    if (body && (country || body.kind === 'ministry')) {
      const demonym = country ? demonymOf(doc, e.name) : e.name
      const name = body.kind === 'ministry' ? `${demonym} Ministry of ${body.topic}` : body.name(e.name, demonym)
      add(name, k, body.end, surfaceTo(body.end))
      continue
    }
    const end = lowercaseBodyEnd(doc, k, country)
    if (end === null) continue
    // "Tangier's municipal council said…": a town's or a district's own government described, not
    // named, stands for its place (codebook §7), no body of its own.
    if (!country && tokens.slice(k, end).every((t) => LOCAL_GOVERNMENT_WORDS.has(t.lower))) continue
    const adjective = m.demonym || isDemonymWord(m.text.toLowerCase())
    // "the Russian security services" describes a state's services in general (as the seed reads
    // it); "South Africa's intelligence services" names the body.
    if (adjective && lower(end - 1) === 'services') continue
    // "the Autoridade da Concorrência, Portugal's competition regulator,": the description of a
    // body just named is that body, no other.
    if (appositiveOfGroup(doc, phraseStart)) continue
    // "Ecuador's national risk management agency" and "Ecuador's risk management agency" are one body.
    const words = doc.text.slice(tokens[k]!.start, tokens[end - 1]!.end).split(/\s+/).filter((w, i) => i > 0 || w !== 'national')
    const phrase = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')
    // "Indonesia's disaster agency" after "the National Disaster Management Agency (BNPB)": the body the
    // article names in full, whose name holds the description's words and a body's word of its kind.
    const named_ = namedBodyFor(doc, words)
    if (named_ !== null) {
      addRef(named_, k, end, surfaceTo(end))
      continue
    }
    const named = `${adjective ? m.text : e.name} ${phrase}`
    add(named, k, end, surfaceTo(end))
    // A country's body is also written with its adjective: "Portuguese Civil Protection Authority".
    if (country && !adjective) entities.get(`body:${named}`)?.aliases.add(`${demonymOf(doc, e.name)} ${phrase}`)
  }
  // "the UN human rights office", "the EU border agency": an international body's office named by
  // description is a body of its own ("UN Human Rights Office"), not the organization.
  for (const m of doc.mentions) {
    if (!INTERNATIONAL_BODIES.has(m.text) || doc.entities.get(m.key)?.kind !== 'group') continue
    const end = lowercaseBodyEnd(doc, m.tokenEnd)
    // Two words at least: "the United Nations office in Bangkok" is the organization's office, no body's name.
    if (end === null || end - m.tokenEnd < 2 || lower(end - 1) === 'services') continue
    const words = doc.text.slice(tokens[m.tokenEnd]!.start, tokens[end - 1]!.end).split(/\s+/)
    const before = added.length
    add(`${m.text} ${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}`, m.tokenEnd, end, doc.text.slice(m.start, tokens[end - 1]!.end))
    // The organization's name is the body's first word here, no mention of the organization.
    if (added.length > before) {
      const body = added[added.length - 1]!
      replaced.add(m)
      added[added.length - 1] = { ...body, start: m.start, tokenStart: m.tokenStart, text: doc.text.slice(m.start, body.end) }
    }
  }


  // "the health ministry", "the Ministry of Finance" in one country's story.
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k)) continue
    // "sits on the Senate's mining committee", "the Senate voted": the story country's upper house,
    // named as its parliament is (capitalized after "the"; not "the Arizona Senate", a name of its own).
    if (tokens[k]!.text === 'Senate' && lower(k - 1) === 'the' && ends(doc, k + 1)) {
      if (story === undefined) story = storyCountry(doc)
      if (story) add(`Senate of ${story.name}`, k, k + 1, null)
      continue
    }
    const body = bodyAt(doc, k, true)
    if (body === null) continue
    // After "the"/"its", or opening its sentence ("6.40pm: Health ministry figures show…").
    const opens = !/^[\p{L}\p{N}]/u.test(tokens[k - 1]?.text ?? '.') && /^\p{Lu}/u.test(tokens[k]!.text)
    // "a health ministry spokesman", "an interior ministry official": the ministry they speak for.
    const spoken = ['a', 'an'].includes(lower(k - 1)) && body !== null && SPOKEN_FOR.has(lower(body.end))
    // "told Parliament in Cape Town", "a few kilometres from parliament": the story country's parliament.
    if (lower(k) === 'parliament' && body.kind === 'force' && (BEFORE_PARLIAMENT.has(lower(k - 1)) || (tokens[k]!.text === 'Parliament' && !opens && /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '') && !NOT_BEFORE_PARLIAMENT.has(lower(k - 1))))) {
      if (story === undefined) story = storyCountry(doc)
      if (story) add(parliamentOf(story.name), k, k + 1, null)
      continue
    }
    if (!body || body.kind !== 'ministry' || !(['the', 'its'].includes(lower(k - 1)) || opens || spoken)) continue
    // "Zimbabwe ordered a diplomat out. Its foreign ministry called…": "its" is the country last named;
    // "The Polish government confirmed … at the Ministry of Finance": the one country its sentence names before it.
    const own = lower(k - 1) === 'its' ? countryBefore(doc, k) : onlyCountryOfSentence(doc, k)
    if (own === null && story === undefined) story = storyCountry(doc)
    const country = own ?? story
    if (!country) continue
    add(`${country.demonym} Ministry of ${body.topic}`, k, body.end, null)
    k = body.end - 1
  }
  // "the electoral commission", "the disaster management agency" in one country's story: that country's
  // body (codebook §1), named as a place's lowercase body is ("Madagascar Electoral Commission"); two
  // words at least ("the commission" alone may be any), no alias (the bare words name no country).
  for (let k = 1; k < tokens.length; k++) {
    if (taken.has(k) || lower(k - 1) !== 'the' || !/^\p{Ll}/u.test(tokens[k]!.text)) continue
    const end = lowercaseBodyEnd(doc, k)
    // "the harbour office", "the fire department": offices and departments are most often a town's.
    if (end === null || end - k < 2 || ['services', 'office', 'department'].includes(lower(end - 1)) || (lower(k) === 'national' && end - k < 3)) continue
    // "the local electoral commission", "the district's own board": a described body of some other place.
    if (LOCAL_WORDS.has(lower(k))) continue
    // "the inquiry committee", "the temple committee": a body set up for one matter or of one site, no
    // standing body of the state.
    if (AD_HOC_WORDS.has(lower(k))) continue
    // "the group's propaganda agency", "the governor's office": a possessor's body, not the country's.
    if (doc.text.slice(tokens[k]!.start, tokens[end - 1]!.end).includes("'")) continue
    if (story === undefined) story = storyCountry(doc)
    if (!story) break
    const words = doc.text.slice(tokens[k]!.start, tokens[end - 1]!.end).split(/\s+/).filter((w, i) => i > 0 || w !== 'national')
    // "officials from the fire safety directorate" after "the Regional Directorate for Fire Safety and
    // Civil Protection": the body the article names in full.
    const named_ = namedBodyFor(doc, words)
    if (named_ !== null) addRef(named_, k, end, doc.text.slice(tokens[k]!.start, tokens[end - 1]!.end))
    else add(`${story.name} ${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}`, k, end, null)
    k = end - 1
  }
  if (added.length === 0) return doc
  const kept = doc.mentions.filter((m) => !replaced.has(m))
  return { ...doc, entities, mentions: [...kept, ...added].sort((a, b) => a.start - b.start) }
}

// First words of a body set up for one matter or of one site: "the inquiry committee", "the temple committee".
const AD_HOC_WORDS = new Set(['inquiry', 'investigation', 'investigating', 'investigative', 'probe', 'fact-finding', 'organising', 'organizing', 'temple', 'mosque', 'church', 'festival', 'event', 'village', 'camp'])

// Words of a local government described in lowercase: "municipal council", "district administration".
const LOCAL_GOVERNMENT_WORDS = new Set(['municipal', 'city', 'town', 'district', 'county', 'provincial', 'regional', 'local', 'municipality', 'council', 'administration', 'government'])

// A force's voice written after its name: "Rivers State police spokeswoman X".
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespersons'])

// Words of a body's kind that name the same kind of body: a "disaster agency" may be an "… Authority".
const BODY_KINDS = new Set(['agency', 'authority', 'administration', 'commission', 'committee', 'directorate', 'office', 'bureau', 'council', 'board', 'service', 'institute', 'department', 'inspectorate'])

/**
 * The key of the one group the article names whose name holds every word of a described body's
 * phrase before its kind ("disaster" of "disaster agency") and ends in a body's kind ("the National
 * Disaster Management Agency"), or null.
 */
function namedBodyFor(doc: Doc, words: string[]): string | null {
  const lowered = words.map((w) => w.toLowerCase())
  const kind = lowered[lowered.length - 1]!
  const topic = lowered.slice(0, -1).filter((w) => w !== 'national')
  if (topic.length === 0 || !BODY_KINDS.has(kind)) return null
  let found: string | null = null
  for (const e of doc.entities.values()) {
    if (e.kind !== 'group' || e.key.startsWith('body:')) continue
    const name = e.name.toLowerCase().split(/\s+/)
    // Its kind is the name's last word ("… Mitigation Agency") or its head before "for"/"of" ("Directorate for Fire Safety").
    const head = name.findIndex((w, i) => i > 0 && (w === 'for' || w === 'of'))
    const kindOfName = BODY_KINDS.has(name[name.length - 1]!) || (head > 0 && name[head - 1] === kind)
    if (!kindOfName || !topic.every((w) => name.includes(w))) continue
    if (found !== null && found !== e.key) return null
    found = e.key
  }
  return found
}

/** "Embassy of <country>", with " in <city>" when a place's mention follows "in" at token `k`. */
function embassyName(doc: Doc, country: string, k: number): string {
  if (doc.tokens[k]?.lower !== 'in') return `Embassy of ${country}`
  const i = lowerBound(doc.mentions, doc.tokens[k + 1]?.start ?? Infinity, (m) => m.start)
  const city = doc.mentions[i]
  const e = city !== undefined && city.tokenStart === k + 1 ? doc.entities.get(city.key) : undefined
  return e !== undefined && e.kind === 'place' && !city!.demonym ? `Embassy of ${country} in ${e.name}` : `Embassy of ${country}`
}

/** The phrase at token `k` follows "<group>, " (or "<group>, the "): an appositive describing that group. */
function appositiveOfGroup(doc: Doc, k: number): boolean {
  let j = k - 1
  if (['the', 'a', 'an'].includes(doc.tokens[j]?.lower ?? '')) j--
  if (doc.tokens[j]?.text !== ',') return false
  const before = doc.tokens[j - 1]
  if (!before) return false
  const i = lowerBound(doc.mentions, before.end, (x) => x.end)
  const m = doc.mentions[i]
  return m !== undefined && m.end === before.end && doc.entities.get(m.key)?.kind === 'group'
}

// International organizations whose offices news copy names by description: "the UN human rights office".
const INTERNATIONAL_BODIES = new Set(['UN', 'U.N.', 'United Nations', 'EU', 'European Union', 'AU', 'African Union'])

// Words opening a described body of a place other than the story's country: "the district
// administration office", "the provincial disaster committee", "the municipal council".
const LOCAL_WORDS = new Set(['local', 'district', 'provincial', 'province', 'regional', 'region', 'municipal', 'city', 'county', 'state', 'village', 'town', 'county', 'prefectural', 'departmental', 'communal', 'federal', 'central', 'same', 'new', 'former', 'other', 'private', 'international', 'global', 'european', 'world'])

// Nouns that end a body's name written in lowercase after its place: "tourism committee", "civil
// protection agency", "prosecutor's office", "health directorate", "energy regulator".
const INSTITUTION_NOUNS = new Set(['committee', 'agency', 'authority', 'commission', 'directorate', 'office', 'department', 'services', 'council', 'regulator', 'institute', 'bureau', 'inspectorate', 'secretariat', 'board'])
// Words a body's lowercase name does not hold: determiners, prepositions, conjunctions, pronouns.
const NOT_IN_BODY_NAME = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'its', 'their', 'his', 'her', 'own', 'that', 'this', 'which', 'who', 'as', 'was', 'is', 'has', 'had', 'said', 'says', 'new', 'former', 'local', 'other'])

/**
 * The end of a body's lowercase name that starts at token `k` (one to four words, the last an
 * institution noun, a possessive inside allowed: "prosecutor's office"), when its phrase ends there;
 * else null. Not a force or a ministry (bodyAt), not a longer phrase ("agency officials").
 * `possessed`: the phrase follows a country's name or adjective, and may end in "service".
 */
function lowercaseBodyEnd(doc: Doc, k: number, possessed = false): number | null {
  const { tokens } = doc
  let j = k
  let words = 0
  while (words < 4) {
    const t = tokens[j]
    if (!t || !/^\p{Ll}+$/u.test(t.text) || NOT_IN_BODY_NAME.has(t.lower)) return null
    words++
    j++
    if (tokens[j]?.text === "'" && tokens[j + 1]?.lower === 's' && !tokens[j]!.spaceBefore) j += 2
    // "Guatemala's prison service", "the Russian security service": after a country's name or
    // adjective a service is its body (not after "the" alone: "the bus service", "a memorial service").
    const institution = INSTITUTION_NOUNS.has(t.lower) || (possessed && t.lower === 'service' && words >= 2)
    if (institution && (ends(doc, j) || SPOKEN_FOR.has(tokens[j]?.lower ?? ''))) return j
  }
  return null
}

type Body = { kind: 'ministry'; topic: string; end: number } | { kind: 'force'; name: (country: string, demonym: string) => string; end: number }

// Nouns after a ministry's or an agency's name that are its voice or its data, so that the body is
// still named: "an interior ministry official", "Health ministry figures", "Kirkuk health directorate
// spokesperson Ziad Hamid". (Not for forces: "police commander" names a rank, not the force.)
const SPOKEN_FOR = new Set(['official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'figures', 'data', 'statement', 'statements', 'sources', 'source', 'report', 'records'])

// The words a body phrase can begin with: most tokens are ruled out by one lookup.
const FIRST_WORDS = new Set([...Object.keys(MINISTRY_TOPICS), 'ministry', 'parliament', ...FORCES.map(([w]) => w[0]!)])
// A country's parliament, as the codebook names a body ("the Georgian parliament" → Parliament of Georgia).
const parliamentOf = (country: string) => `Parliament of ${country}`
// Words before a bare "parliament" that make it the country's institution ("told parliament", "from
// parliament", "cleared parliament"), not a parliament in general ("the next parliament", "a parliament").
const NOT_BEFORE_PARLIAMENT = new Set(['a', 'an', 'next', 'new', 'previous', 'last', 'former', 'outgoing', 'incoming', 'every', 'any', 'each', 'european', 'regional', 'provincial', 'state', 'hung'])
const BEFORE_PARLIAMENT = new Set(['the', 'from', 'to', 'in', 'into', 'before', 'by', 'at', 'through', 'told', 'tells', 'cleared', 'passed', 'addressed', 'dissolved', 'dissolve', 'entered', 'left', 'recalled', 'reconvened', 'and'])

/** A body phrase starting at token `k`: "[topic] ministry", "Ministry of [Topic]", a force. */
function bodyAt(doc: Doc, k: number, spokenFor = false): Body | null {
  if (!FIRST_WORDS.has(doc.tokens[k]?.lower ?? '')) return null
  const lower = (j: number) => doc.tokens[j]?.lower ?? ''
  // "foreign ministry", "Health Ministry", "home affairs ministry"
  const topic = MINISTRY_TOPICS[lower(k)]
  const closes = (end: number) => ends(doc, end) || (spokenFor && SPOKEN_FOR.has(lower(end)))
  const ministry = (t: string, end: number): Body | null => (closes(end) && !(lower(end) === 'and' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '')) ? { kind: 'ministry', topic: t, end } : null)
  if (topic && lower(k + 1) === 'ministry') return ministry(topic, k + 2)
  if (topic && lower(k + 1) === 'affairs' && lower(k + 2) === 'ministry') return ministry(topic, k + 3)
  // "Ministry of Defence", "ministry of foreign affairs" (not "Ministry of Health and Population")
  if (lower(k) === 'ministry' && lower(k + 1) === 'of') {
    const t = MINISTRY_TOPICS[lower(k + 2)]
    if (t) return ministry(t, lower(k + 3) === 'affairs' ? k + 4 : k + 3)
  }
  for (const [words, name] of FORCES) {
    if (words.every((w, i) => lower(k + i) === w)) return ends(doc, k + words.length) ? { kind: 'force', name, end: k + words.length } : null
  }
  if (lower(k) === 'parliament' && ends(doc, k + 1)) return { kind: 'force', name: parliamentOf, end: k + 1 }
  return null
}

/** The body's phrase ends at token `k`: punctuation, a verb or a preposition follows, not a noun or more of a name. */
function ends(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]
  if (!t) return true
  if (!/^\p{L}/u.test(t.text)) return t.text !== '-' && t.text !== '&'
  if (/^\p{Lu}/u.test(t.text)) return false
  // A verb of its own ("Pakistan's military insists", "Malagasy police opened") ends the phrase.
  return AFTER_BODY.has(t.lower) || isFiniteVerbForm(t.lower)
}

/**
 * One key for the names the codebook counts as the same body (§5: "Russia's defence ministry" and
 * "Ministry of Defence (Russia)" are one name): the country, then the body with its words in one
 * order — "Armenian Ministry of Foreign Affairs", "Armenia's Foreign Ministry", "foreign ministry
 * (Armenia)" → "Armenia|ministry of foreign"; "Armed Forces of Nigeria", "Nigeria's military" →
 * "Nigeria|armed forces". Null when the name holds no country or no body this module knows.
 */
export function bodyNameKey(name: string): string | null {
  return bodyNameKeyIn(defaultGazetteerCache(), name)
}

/** bodyNameKey with the bundled countries of a given gazetteer cache. */
export function bodyNameKeyIn(cache: GazetteerCache, name: string): string | null {
  let s = name.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').trim()
  const paren = /\s*\(([^)]+)\)\s*$/.exec(s)
  if (paren) s = `${paren[1]} ${s.slice(0, paren.index)}`
  const words = bundledCountries(cache).byWord
  let country: string | null = null
  // The country before the body ("Armenia's", "Armenian", "Sri Lanka") or after "of" at the end ("of Nigeria").
  let longest = ''
  for (const [form, c] of words) {
    if ((s.startsWith(`${form} `) || s.startsWith(`${form}'s `)) && form.length > longest.length) {
      longest = form
      country = c
    }
  }
  if (country) s = s.slice(longest.length).replace(/^'s/, '').trim()
  if (!country) {
    const of = /\s+of\s+(?:the\s+)?(.+)$/.exec(s)
    const c = of ? words.get(of[1]!) : undefined
    if (!c) return null
    country = c
    s = s.slice(0, of!.index)
  }
  const tokens = s.split(/\s+/)
  const topic = tokens.find((t) => t in MINISTRY_TOPICS && t !== 'affairs')
  // "interior ministry" and "Ministry of Internal Affairs" are one ministry, as "defense" and "defence".
  if (tokens.includes('ministry') && topic) return `${country}|ministry of ${topic === 'defense' ? 'defence' : topic === 'internal' ? 'interior' : topic}`
  const joined = tokens.join(' ')
  if (joined === 'military' || joined === 'armed forces' || joined === 'army and armed forces') return `${country}|armed forces`
  for (const [forceWords] of FORCES) if (joined === forceWords.join(' ')) return `${country}|${joined}`
  return null
}
