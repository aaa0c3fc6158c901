import type { EntityKind } from '../domain/model.js'
import type { Doc, DocEntity, Mention } from './doc.js'
import { matchGazetteer, type GazetteerEntity, type GazetteerMatch } from './gazetteer.js'
import { ARABIC_ARTICLES, COLOURS, CONNECTORS_IN_NAMES, DOCUMENT_WORDS, LOCAL_GOVERNMENT_KINDS, MEDIA_HEADS, TOWN_SITE_NOUNS, PLACE_HEADS, PLACE_MODIFIERS, SITE_NOUNS, isFiniteVerbForm, isFirstName, isLocalGovernmentWord, looksLikeNameWord } from './lexicon.js'
import { HYPHENED_PARTICLES, findNerCandidates, lowercaseVocabulary, type NerCandidate, type NerRunMemo } from './ner.js'
import { describedBodies } from './bodies.js'

// The kinds of subdivision news copy writes after a place's name.
export const SUBDIVISION_KINDS = new Set(['state', 'province', 'region', 'governorate', 'district', 'county', 'department', 'oblast', 'prefecture'])

/**
 * Entity recognition: first every alias the registry and the world gazetteer know, in one
 * longest-match pass; then NER over the capitalized runs nothing matched; then a country's bodies
 * named by description (bodies.ts). Mentions inside credit lines and bylines are dropped. NER
 * mentions carry a provisional key ("ner:<surface>"); the resolve stage merges and names them.
 */
export function recognizeEntities(doc: Doc): Doc {
  const { tokens, lookup } = doc
  const entities = new Map<string, DocEntity>()
  const mentions: Mention[] = []
  const covered = new Uint8Array(tokens.length)
  const vocabulary = lowercaseVocabulary(tokens)
  // The runs NER has classified: the second reading below reuses the first's (see NerRunMemo).
  const runs: NerRunMemo = new Map()

  const matches = matchGazetteer(doc.registry, tokens, lookup)
  // A bundled place glued to other capitalized words may be part of a longer name the bundle does
  // not know ("Kenya Police Service", "Beni Suef", "Organization of American States"): NER gets
  // the first look at those, and the place match stands if NER finds nothing better.
  const soft = new Set(matches.filter((m) => isSoftMatch(doc, m)))
  const accepted: GazetteerMatch[] = []
  const nerCandidates: NerCandidate[] = []
  {
    for (const match of matches) if (!soft.has(match)) for (let k = match.tokenStart; k < match.tokenEnd; k++) covered[k] = 1
    // Per token, the soft match on it and whether a NER candidate took it: overlaps are then found
    // per token, not by comparing every candidate with every match (a long text has thousands).
    const softAt = new Map<number, GazetteerMatch>()
    for (const m of soft) for (let k = m.tokenStart; k < m.tokenEnd; k++) softAt.set(k, m)
    const taken = new Uint8Array(tokens.length)
    for (const c of findNerCandidates(doc, covered, vocabulary, runs)) {
      const overlapped = new Set<GazetteerMatch>()
      for (let k = c.tokenStart; k < c.tokenEnd; k++) {
        const m = softAt.get(k)
        if (m && soft.has(m)) overlapped.add(m)
      }
      // "Islamic State West Africa Province", "Al-Shabaab Jubaland Wing": a longer name that opens
      // with a known group is one of its branches, a group of its own (codebook §1).
      // "the Mozambique Red Cross", "the Lebanese Red Crescent": a country's branch of a known body.
      const near = overlapped.size > 0 ? [...overlapped] : []
      const national = near.find((m) => m.tokenEnd === c.tokenEnd && m.tokenStart > c.tokenStart && m.entry.entity.kind === 'group') && near.some((m) => m.tokenStart === c.tokenStart && m.entry.entity.kind === 'place')
      if (national) {
        c.kind = 'group'
        c.score = Math.max(c.score, 3)
      }
      const leading = near.find((m) => m.tokenStart === c.tokenStart && m.entry.entity.kind === 'group' && m.tokenEnd < c.tokenEnd)
      // "wrote on Telegram Ahmed Khalil Omar": a known group, then a person's name — two names.
      if (leading && c.kind === 'person') continue
      const branchOf = leading
      if (branchOf) {
        c.kind = 'group'
        c.score = Math.max(c.score, 3)
      }
      if (overlapped.size > 0 && !longerNameWins(doc, c, [...overlapped])) continue
      for (const m of overlapped) soft.delete(m)
      nerCandidates.push(c)
      taken.fill(1, c.tokenStart, c.tokenEnd)
    }
    const takenByNer = (m: GazetteerMatch) => taken.subarray(m.tokenStart, m.tokenEnd).some((x) => x === 1)
    for (const match of matches) if (!soft.has(match) && !takenByNer(match)) accepted.push(match)
    for (const match of soft) accepted.push(match)
  }

  const sites: NerCandidate[] = []
  const towns = new Set<string>()
  for (const match of accepted) {
    const entity = match.entry.entity
    // "Washington Post": a known place that begins a media name yields to NER.
    const next = tokens[match.tokenEnd]
    if (entity.source === 'world' && entity.kind === 'place' && next && /^\p{Lu}/u.test(next.text) && MEDIA_HEADS.has(next.lower)) continue
    // "the Vienna Convention", "the Oslo Accords": a treaty named after a place names no place.
    if (entity.kind === 'place' && next && /^\p{Lu}/u.test(next.text) && DOCUMENT_WORDS.has(next.lower)) continue
    // "a white Toyota Corolla": a town's name after a colour is a vehicle's make.
    const before = tokens[match.tokenStart - 1]
    if (entity.source === 'world' && entity.kind === 'place' && before !== undefined && before.text === before.lower && COLOURS.has(before.lower)) continue
    // "Kaduna State", "Sindh province", "Sughd Region": a place named with its kind is one mention.
    const tokenEnd = entity.kind === 'place' && !match.entry.demonym && next && !covered[match.tokenEnd] && SUBDIVISION_KINDS.has(next.lower) ? match.tokenEnd + 1 : match.tokenEnd
    // "near Germiston station", "Kabul airport": a known town with a named site's noun after it,
    // ending the phrase, names the site (codebook §1, named sites), a place of its own.
    if (entity.kind === 'place' && !match.entry.demonym && entity.countryKey !== null && tokenEnd === match.tokenEnd && next && !covered[match.tokenEnd] && next.text === next.lower && TOWN_SITE_NOUNS.has(next.lower) && kindEndsPhrase(doc, match.tokenEnd)) {
      sites.push({ tokenStart: match.tokenStart, tokenEnd: match.tokenEnd + 1, kind: 'place', score: 3 })
      for (let k = match.tokenStart; k <= match.tokenEnd; k++) covered[k] = 1
      continue
    }
    for (let k = match.tokenStart; k < tokenEnd; k++) covered[k] = 1
    const start = tokens[match.tokenStart].start
    const end = tokens[tokenEnd - 1].end
    const text = doc.text.slice(start, end)
    mentions.push({ start, end, text, key: entity.key, tokenStart: match.tokenStart, tokenEnd, demonym: match.entry.demonym, source: entity.source })
    const known = entities.get(entity.key) ?? fromGazetteer(entity)
    if (!match.entry.demonym) known.aliases.add(text)
    entities.set(entity.key, known)
  }

  for (const c of [...nerCandidates, ...sites, ...findNerCandidates(doc, covered, vocabulary, runs)]) {
    if (c.tokenStart < tokens.length && covered[c.tokenStart] === 2) continue
    for (let k = c.tokenStart; k < c.tokenEnd; k++) covered[k] = 2
    const start = tokens[c.tokenStart].start
    // "Jajarkot district.", "the country's Northwest region,": a place named with its kind is one
    // mention, as for the bundled places above (not "the Phra Nakhon district office").
    // "the Danish Heritage party leader": a party's kind written in lowercase after its name is in
    // the mention and an alias, as news copy names it either way.
    const partyWord = c.kind === 'group' && PARTY_WORDS.has(tokens[c.tokenEnd]?.text ?? '')
    // "Kankara Local Government Area", "Birnin Magaji LGA": Nigeria's districts named with their kind.
    const lga = c.kind === 'place' ? localGovernmentKind(doc, c.tokenEnd) : 0
    // "Cumberland Ridge Coal Co.", "Halvorsen Shipping Inc.": a company's abbreviated kind keeps its
    // period, part of the name as written (also where it ends the sentence).
    const abbreviated = c.kind === 'group' && COMPANY_ABBREVIATIONS.has(tokens[c.tokenEnd - 1]!.text) && tokens[c.tokenEnd]?.text === '.' && !tokens[c.tokenEnd]!.spaceBefore
    // "Thanh Phat Wood Industries Co. Ltd.", "Arkan Foods Co., Ltd.": a second abbreviated kind goes on the name too.
    let legalEnd = abbreviated ? c.tokenEnd + 1 : c.tokenEnd
    for (let k = legalEnd + (tokens[legalEnd]?.text === ',' ? 1 : 0); abbreviated && COMPANY_ABBREVIATIONS.has(tokens[k]?.text ?? '') && tokens[k]!.sentence === tokens[c.tokenStart]!.sentence; k = legalEnd + (tokens[legalEnd]?.text === ',' ? 1 : 0)) legalEnd = tokens[k + 1]?.text === '.' && !tokens[k + 1]!.spaceBefore ? k + 2 : k + 1
    const tokenEnd = lga > 0 ? c.tokenEnd + lga : abbreviated ? legalEnd : (c.kind === 'place' && kindEndsPhrase(doc, c.tokenEnd)) || partyWord ? c.tokenEnd + 1 : c.tokenEnd
    if (lga > 0 || abbreviated) covered.fill(2, c.tokenEnd, tokenEnd)
    if (tokenEnd > c.tokenEnd) covered[c.tokenEnd] = 2
    // "near Germiston station", "Protivín station": a site named after the town it serves is a place
    // of its own, not another name of the town ("in Germiston").
    const townSite = tokenEnd > c.tokenEnd && TOWN_SITE_NOUNS.has(tokens[c.tokenEnd]!.text)
    const surface = lookup.slice(start, tokens[(townSite || abbreviated ? tokenEnd : c.tokenEnd) - 1].end)
    const key = `ner:${surface}`
    const end = tokens[tokenEnd - 1].end
    const text = doc.text.slice(start, end)
    // "Thanh Phat Wood Industries Co. Ltd." is also named without its legal form, as sources write it.
    const bare = townSite ? text : abbreviated ? (c.tokenEnd - c.tokenStart >= 2 ? doc.text.slice(start, tokens[c.tokenEnd - 2].end) : text) : doc.text.slice(start, tokens[c.tokenEnd - 1].end)
    mentions.push({ start, end, text, key, tokenStart: c.tokenStart, tokenEnd, demonym: false, source: 'ner' })
    if (townSite) towns.add(lookup.slice(start, tokens[c.tokenEnd - 1].end))
    const seen = entities.get(key)
    if (seen === undefined || (seen.nerScore ?? 0) < c.score) {
      entities.set(key, {
        key,
        id: null,
        name: surface,
        kind: c.kind ?? 'person',
        aliases: new Set([...(seen?.aliases ?? []), text, bare]),
        source: 'ner',
        countryKey: null,
        actor: c.kind !== 'place',
        nerScore: c.kind === null ? 0 : c.score,
        nerKindKnown: c.kind !== null,
      })
    } else {
      seen.aliases.add(text).add(bare)
    }
  }
  // The town a site is named after, named alone, is a place ("between Vodňany and Protivín" after
  // "Protivín station"), whatever weaker cue NER read.
  for (const town of towns) {
    const e = entities.get(`ner:${town}`)
    if (e === undefined || e.kind === 'place' || (e.nerKindKnown && (e.nerScore ?? 0) >= 3)) continue
    Object.assign(e, { kind: 'place', nerScore: 2, nerKindKnown: true, actor: false })
  }
  mentions.sort((a, b) => a.start - b.start)
  coordinatedKinds(doc, mentions, entities)
  namesWithTheirPlace(doc, mentions, entities)
  const header = headerSpans(doc, mentions, entities)
  // The outlet the page furniture names ("Capital FM (Nairobi)", "The National Times - <headline>")
  // is on furniture lines: those lines are left out, its name in the body is an entity (codebook §7).
  const credits = [...creditSpans(lookup), ...header, ...teaserSpans(lookup), ...outletCreditSpans(lookup), ...titleLines(doc)]
  const outsideCredits = credits.length === 0 ? mentions : mentions.filter((m) => !credits.some(([s, e]) => m.start >= s && m.end <= e))
  return describedBodies({ ...doc, entities, mentions: outsideCredits })
}

/**
 * Names in one list are of one kind: "a red alert for Dhubri, Goalpara, Barpeta, Nalbari and Kamrup",
 * "the harbour cities of Quy Nhon and Tuy Hoa", "labels such as Kestrel Apparel and Norden Home". A
 * name NER could only guess at (no cue, or a weak one) takes the kind of a neighbour in the list that
 * is known (the gazetteer's, not a demonym) or has a strong cue — places and groups only, in both
 * directions along the list. Entities are updated in place.
 */
function coordinatedKinds(doc: Doc, mentions: Mention[], entities: Map<string, DocEntity>): void {
  const { tokens } = doc
  const weak = (m: Mention) => {
    const e = entities.get(m.key)
    return e !== undefined && m.source === 'ner' && (!e.nerKindKnown || (e.nerScore ?? 0) <= 1)
  }
  const strongKind = (m: Mention, first: boolean): EntityKind | null => {
    const e = entities.get(m.key)
    if (e === undefined || m.demonym || (e.kind !== 'place' && e.kind !== 'group')) return null
    // "in Kalwa and Mumbra", "through Kudige, Hebbale, Shirangala and Kodlipet": the list's first name
    // after a preposition of place makes the list places, though the cue is weak for one name alone.
    if (first && e.kind === 'place' && e.nerKindKnown && LIST_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? '')) return 'place'
    return m.source !== 'ner' || (e.nerKindKnown && (e.nerScore ?? 0) >= 2) ? e.kind : null
  }
  // How b follows a in a list: "," or "and"/"or" (", and", ", or"), or null.
  const isAnd = (k: number) => tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or'
  const link = (a: Mention, b: Mention): ',' | 'and' | null => {
    const gap = b.tokenStart - a.tokenEnd
    if (gap < 1 || gap > 2 || tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence) return null
    const first = tokens[a.tokenEnd]!.text
    if (gap === 1) return first === ',' ? ',' : isAnd(a.tokenEnd) ? 'and' : null
    return first === ',' && isAnd(a.tokenEnd + 1) ? 'and' : null
  }
  // A list ends with "and"/"or" before its last name; a chain of commas alone may be an appositive
  // ("the Sûreté Nationale, Cameroon's national police force").
  let chain: Mention[] = []
  const settle = (closed: boolean) => {
    const kinds = new Set(chain.map((m, i) => strongKind(m, i === 0)).filter((k): k is EntityKind => k !== null))
    if (closed && chain.length >= 2 && kinds.size === 1) {
      const kind = [...kinds][0]!
      for (const m of chain) {
        if (!weak(m)) continue
        const e = entities.get(m.key)!
        e.kind = kind
        e.nerScore = 2
        e.nerKindKnown = true
        e.actor = kind !== 'place'
      }
    }
    chain = []
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    const prev = mentions[i - 1]
    const how = prev === undefined ? null : link(prev, m)
    if (how === null) settle(false)
    chain.push(m)
    if (how === 'and') settle(true)
  }
}

/**
 * A group's name that goes on with "in" and a place, proved by its acronym in parentheses: "the
 * African Union Transition Mission in Somalia (ATMIS)", "Ansar al-Fajr in the Sahel (AFS)", "the
 * United Nations Assistance Mission in Afghanistan (UNAMA)". The acronym's letters are the name's
 * initials in order, some skipped, its first the name's and its last the place's. The group's and
 * the place's mentions become one mention of the whole name, wherever the article writes it whole
 * (the acronym once is enough). `mentions` (sorted) and `entities` are updated in place.
 */
function namesWithTheirPlace(doc: Doc, mentions: Mention[], entities: Map<string, DocEntity>): void {
  const { tokens } = doc
  // The capitals' first letters, and "in" as "I" ("ATMIS": African Union Transition Mission In Somalia).
  const initials = (from: number, to: number) => tokens.slice(from, to).filter((t) => /^\p{Lu}/u.test(t.text) || t.text === 'in').map((t) => t.text[0]!.toUpperCase()).join('')
  const subsequence = (short: string, long: string) => {
    let i = 0
    for (const c of long) if (c === short[i]) i++
    return i === short.length
  }
  // The place mention after "in" (or "in the") right after a group's mention, or -1.
  const placeAfter = (i: number): number => {
    const m = mentions[i]!
    if (entities.get(m.key)?.kind !== 'group' || tokens[m.tokenEnd]?.lower !== 'in') return -1
    const at = tokens[m.tokenEnd + 1]?.lower === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1
    const next = mentions[i + 1]
    return next !== undefined && next.tokenStart === at && !next.demonym && entities.get(next.key)?.kind === 'place' ? i + 1 : -1
  }
  const whole = new Set<string>()
  for (let i = 0; i + 1 < mentions.length; i++) {
    const j = placeAfter(i)
    if (j < 0) continue
    const m = mentions[i]!
    const place = mentions[j]!
    const acronym = tokens[place.tokenEnd + 1]
    if (tokens[place.tokenEnd]?.text !== '(' || tokens[place.tokenEnd + 2]?.text !== ')' || acronym === undefined || !/^\p{Lu}{3,}$/u.test(acronym.text)) continue
    const letters = initials(m.tokenStart, place.tokenEnd)
    if (acronym.text[0] === letters[0] && acronym.text.at(-1) === initials(place.tokenStart, place.tokenEnd)[0] && subsequence(acronym.text, letters)) whole.add(doc.lookup.slice(m.start, place.end))
  }
  if (whole.size === 0) return
  for (let i = 0; i + 1 < mentions.length; i++) {
    const j = placeAfter(i)
    if (j < 0) continue
    const m = mentions[i]!
    const place = mentions[j]!
    const surface = doc.lookup.slice(m.start, place.end)
    if (!whole.has(surface)) continue
    const key = `ner:${surface}`
    const text = doc.text.slice(m.start, place.end)
    const seen = entities.get(key)
    if (seen) seen.aliases.add(text)
    else entities.set(key, { key, id: null, name: surface, kind: 'group', aliases: new Set([text]), source: 'ner', countryKey: null, actor: true, nerScore: 3, nerKindKnown: true })
    mentions.splice(i, 2, { start: m.start, end: place.end, text, key, tokenStart: m.tokenStart, tokenEnd: place.tokenEnd, demonym: false, source: 'ner' })
  }
}

// Prepositions of place before a list of places.
const LIST_PREPOSITIONS = new Set(['in', 'at', 'near', 'through', 'across', 'outside', 'inside', 'around', 'between'])

// Abbreviated kinds of company written with a period: "Co.", "Inc.", "Ltd.", "Corp.", "Bros.".
const COMPANY_ABBREVIATIONS = new Set(['Co', 'Inc', 'Ltd', 'Corp', 'Bros', 'Pty', 'Pvt', 'Plc'])

// Lowercase words after a political group's name that may be read as part of it.
const PARTY_WORDS = new Set(['party', 'movement', 'alliance', 'coalition', 'front', 'brotherhood', 'association', 'federation', 'confederation', 'cooperative', 'foundation'])

// Words that may follow a place's kind when the kind ends the place's phrase.
const AFTER_KIND = new Set(['in', 'of', 'on', 'at', 'and', 'or', 'where', 'which', 'that', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'near', 'after', 'for', 'to', 'with', 'from', 'by', 'as', 'since', 'when', 'while', 'but', 'last', 'this', 'on'])

/** The number of tokens of "Local Government Area", "Local Government" or "LGA" at token `k`, else 0. */
function localGovernmentKind(doc: Doc, k: number): number {
  const t = doc.tokens
  return LOCAL_GOVERNMENT_KINDS.find((words) => words.every((w, i) => t[k + i] !== undefined && isLocalGovernmentWord(t[k + i]!.text, w)))?.length ?? 0
}

/** A lowercase subdivision kind or site noun at `k` that ends the phrase ("district.", "hotel,"): punctuation or a function word follows. */
function kindEndsPhrase(doc: Doc, k: number): boolean {
  const kind = doc.tokens[k]
  if (!kind || kind.text !== kind.lower || !(SUBDIVISION_KINDS.has(kind.lower) || SITE_NOUNS.has(kind.lower))) return false
  const next = doc.tokens[k + 1]
  if (!next || next.sentence !== kind.sentence) return true
  // "…in Ngo Tram market exploded": a finite verb after the kind ends the phrase too.
  return !/^[\p{L}\p{N}]/u.test(next.text) ? next.text !== '-' && next.text !== "'" : AFTER_KIND.has(next.lower) || isFiniteVerbForm(next.lower)
}

// Credit lines, bylines and photo credits name no one the article reports on (docs/annotation.md §1,
// §5): "(Reporting by X; Editing by Y)", "(Photo by X/Getty Images)", "(AP Photo/X)", "--With
// assistance from X.", "©2025 Bloomberg L.P.", an agency's credit in a dateline "QUETTA (Reuters) -",
// a byline line "By Jane Doe".
const CREDITS = [
  /\((?:additional\s+)?(?:reporting|writing|editing|compiled|photo|photos|video)\b[^()\n]{0,200}\)/gi,
  /\((?:[^()\n]{0,60}\s)?(?:AP|AFP|Reuters|EPA|Getty)(?:\s+Photo)?(?:\s*\/|\s+via\s+)[^()\n]{0,60}\)/g,
  /\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg)\)\s*(?=[—–-])/g,
  /^\s*[-–—]{1,2}\s*with assistance from\b[^\n]*/gim,
  /(?:©|\(c\)|copyright)\s*\d{4}\b[^\n]*/gi,
  // "Source: Associated Press", "Source: YouTube/ JktCam", "Photo: © AFP", and a bare "Source:" line's next line.
  /^[ \t]*(?:source|sources|photo|photos|picture|pictures|image|video|credit|credits)[ \t]*:[^\n]*(?:\n[ \t]*\n?[^\n]{0,40}(?=\n))?/gim,
  // "(Reuters)", ">> Reuters", "(CNN)Celeste Mabunda said…", "… in Durres.—Reuters": an agency's credit.
  /^[ \t]*(?:>>\s*)?\(?(?:AP|AFP|Reuters|CNN|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|Associated Press)\)?[ \t]*$/gm,
  /^[ \t]*\((?:AP|AFP|Reuters|CNN|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg)\)/gm,
  /[—–-]\s*(?:AP|AFP|Reuters|Xinhua|EPA|Getty Images)[ \t]*$/gm,
  // "(UrduPoint / Pakistan Point News - 18th Mar, 2025 )": a syndication credit with its date.
  /\([^()\n]{0,60}\/[^()\n]{0,60}\b(?:19|20)\d\d\s*\)/g,
  // "10:15 , Tom Hendry", "08:58 GMT – Anna Berg": a live entry's time and its author.
  /^[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|EST|ET|IST|UTC))?\s*[,–—|-]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}[ \t]*$/gmu,
  /^\s*by\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s*(?:,|and)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})*\s*$/gimu,
  // "Based on reporting by AFP and Reuters", "With reporting from Lena Hall in Kyiv": a credit line
  // without parentheses.
  /^[ \t]*(?:based on|with|additional) reporting (?:by|from)\b[^\n]*/gim,
  // "…near the bus terminal | AFP", "Rescuers search the rubble / Reuters": a caption's credit.
  /[|/][ \t]*(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Anadolu Agency|AA)(?:[ \t]+via[ \t]+Getty Images)?[ \t]*$/gm,
  // "… during protests over the death of a man. Picture: AFP/Getty Images": a caption's credit closing its line.
  /(?<=[.!?]["”]?[ \t]+(?:[─—–-][ \t]*)?)(?:Picture|Pictures|Photo|Photos|Photograph|Image)[ \t]*:[^\n]{1,60}$/gm,
  // "… in Mexico City Credit: YURI CORTEZ/AFP/Getty Images": a caption's credit, whatever precedes it.
  /\bCredits?:[ \t]*[^\n]{1,80}$/gm,
  // "[FILES] An armoured pick-up said to belong to…", "FILE PHOTO: Police officers…": a file photo's caption.
  /^[ \t]*(?:\[FILES?\]|\(FILES?\)|FILE PHOTO\b)[^\n]*/gm,
  // "Also Read: Activist's body found in creek near Bhiwandi": a teaser for another story; a bare
  // "Read more:" line and the headline on the line after it (no sentence's end in it).
  /^[ \t]*(?:also read|read also|read|see also|related)[ \t]*:[^\n]*/gim,
  /^[ \t]*(?:read more|also read|read also|related stories|related)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[^\n.!?]{1,150}(?=\n|$)/gim,
  // "…at an election rally in Ouallam, March 14, 2026. (Reuters)": a caption's credit closing its line.
  /(?<=[.!?]["”]?[ \t]+)\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|EPA)\)[ \t]*$/gm,
  // "Jakarta (AFP) Nov 30, 2026": an agency's credit between a dateline's place and its date (the place stays).
  /(?<=^[ \t]*\p{Lu}[\p{L}'’. -]{1,40}[ \t])\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg)\)(?=[ \t]+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\b))/gmu,
  // "Reuters & AFP", "AP/AFP": agencies credited together on a line of their own.
  /^[ \t]*(?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|Associated Press)(?:[ \t]*(?:&|and|\/|,)[ \t]*(?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|Associated Press))+[ \t]*$/gm,
]

// A bulleted line: "- Peru Opens Inquiry Into Collapsed Hospital Wing", "• Watch: …".
const BULLETED_LINE = /^[ \t]*[-•*–][ \t]+([^\n]{10,160})$/gm

/**
 * Related-story links (codebook §7, page furniture is not annotated): bulleted lines in title case
 * with no sentence's end ("- Peru Opens Inquiry Into Collapsed Hospital Wing"), a list of other
 * stories' headlines, not the article's text. [start, end) of each.
 */
function teaserSpans(lookup: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!/^[ \t]*[-•*–][ \t]/m.test(lookup)) return out
  for (const m of lookup.matchAll(BULLETED_LINE)) {
    const line = m[1]!.trimEnd()
    if (/[.!?:;,]["”’]?$/.test(line)) continue
    const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w))
    if (long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length) out.push([m.index!, m.index! + m[0].length])
  }
  return out
}

/**
 * Page furniture before the body (codebook §5, §7): the short lines between the title and the first
 * paragraph that name the outlet, its section or the date ("Capital FM (Nairobi)", "News | DW |
 * 11.03.2026", "Xinhua, May 14, 2024 Adjust font size:", "Agence France-Presse", "1 NEWS"). A
 * dateline among them keeps its place ("Guadalajara, March 9, 2025": §5, datelines are mentions).
 * [start, end) of each such line.
 */
function headerSpans(doc: Doc, mentions: Mention[], entities: Map<string, DocEntity>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const text = doc.text
  let at = 0
  for (let line = 0; line < 12 && at < text.length; line++) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const content = text.slice(at, end).trim()
    const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w))
    // The body begins at the first line written as prose: a sentence's end after several words
    // (the title, however it ends, is the title).
    const title = line === 0 && doc.title !== null && content === doc.title.trim()
    if (!title && words.length >= 8 && /[.!?:"”]\s*$|[.!?]["”]?\s/u.test(content)) break
    // Furniture has hardly a lowercase word ("Adjust font size:"); a headline or a teaser has several.
    const lowercase = words.filter((w) => /^\p{Ll}{3,}/u.test(w)).length
    // The headline repeated on the page is text: only the title line itself is left out (resolve.ts).
    const headline = line > 0 && doc.title !== null && content === doc.title.trim()
    if (line > 0 && !headline && content.length > 0 && words.length <= 10 && lowercase <= 2 && !isDatelineLine(doc, mentions, entities, at, end)) {
      // "Press Trust of India Yaoundé": a dateline's place ending a credit line stays (not "(Nairobi)").
      const last = mentions.filter((m) => m.start >= at && m.end <= end).pop()
      const datelinePlace = last !== undefined && entities.get(last.key)?.kind === 'place' && text.slice(last.end, end).trim() === '' && !/\(\s*$/.test(text.slice(at, last.start))
      out.push([at, datelinePlace ? last.start : end])
    }
    at = end + 1
  }
  return out
}

/**
 * The outlet's name on a line that repeats the headline ("The National Times - <headline>",
 * "<headline> | Dawn"): page furniture (codebook §7). [start, end) of the part beside the headline,
 * when it is a short capitalized name; the headline's own words are text.
 */
function titleLines(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const title = doc.title?.trim()
  if (!title) return out
  const text = doc.text
  let at = 0
  for (let line = 0; line < 6 && at < text.length; line++) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const where = line > 0 ? text.slice(at, end).indexOf(title) : -1
    if (where >= 0 && end - at > title.length) {
      const before = text.slice(at, at + where)
      const after = text.slice(at + where + title.length, end)
      const rest = `${before} ${after}`.replace(/^[\s|•·:–—-]+|[\s|•·:–—-]+$/g, '')
      const words = rest.split(/\s+/)
      if (rest.length > 0 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || w === 'of' || w === 'the')) {
        if (/\p{L}/u.test(before)) out.push([at, at + where])
        if (/\p{L}/u.test(after)) out.push([at + where + title.length, end])
      }
    }
    at = end + 1
  }
  return out
}

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^\d/i

/** "Guadalajara, March 9, 2025", "KABUL —": a line that opens with a place, then a date or a dash. */
function isDatelineLine(doc: Doc, mentions: Mention[], entities: Map<string, DocEntity>, start: number, end: number): boolean {
  const first = mentions.find((m) => m.start >= start && m.start < end)
  if (!first || doc.text.slice(start, first.start).trim() !== '') return false
  const e = entities.get(first.key)
  if (e?.kind !== 'place') return false
  // "GOMA, Democratic Republic of Congo (Reuters) —": the town's country or region after a comma.
  let placeEnd = first.end
  const second = mentions.find((m) => m.start > first.end && m.start < end)
  if (second !== undefined && entities.get(second.key)?.kind === 'place' && /^\s*,\s*$/.test(doc.text.slice(first.end, second.start))) placeEnd = second.end
  // "Jakarta (AFP) Nov 30, 2026": an agency's credit may stand between the place and the date.
  const rest = doc.text.slice(placeEnd, end).replace(/^[\s,]+/, '').replace(/^\([^()\n]{1,20}\)\s*/, '')
  return /^[—–-]/.test(rest) || MONTH_OR_DAY.test(rest.split(/\s+/)[0] ?? '')
}

// An acronym in parentheses before a dash: "(AA) -", "(NNN-BSS) –", a credit when a dateline opens its line.
// "(BSS/AFP) –": agencies credited together.
const CREDIT_BEFORE_DASH = /\((\p{Lu}[\p{Lu}\d-]{1,11}(?:[ \t]?\/[ \t]?\p{Lu}[\p{Lu}\d-]{1,11}){0,2})\)(?=[ \t]*[—–-])/gu
// What a dateline's line holds before its credit: a capitalized place, a comma, more ("ABUJA, Nigeria ").
const DATELINE_OPENING = /^\p{Lu}[^\n(]{0,40},[^\n(]{1,40}$/u

/**
 * "ABUJA, Nigeria (AA) -", "DHAKA, Jul 4 (NNN-BSS) –": any agency's credit in a dateline, an acronym
 * in parentheses between the dateline's place and its dash (the place stays a mention). The first
 * one's [start, end) and acronym, or null.
 */
function datelineCredit(lookup: string): { start: number; end: number; agency: string } | null {
  for (const m of lookup.matchAll(CREDIT_BEFORE_DASH)) {
    const lineStart = lookup.lastIndexOf('\n', m.index! - 1) + 1
    if (m.index! - lineStart <= 82 && DATELINE_OPENING.test(lookup.slice(lineStart, m.index!))) return { start: m.index!, end: m.index! + m[0].length, agency: m[1]! }
  }
  return null
}
// "(SABC/AFP)", "(AP/Reuters)" at a line's start: outlets credited together, acronyms or one-word names.
const JOINT_CREDIT = /^[ \t]*\(((?:\p{Lu}[\p{L}]{1,14})(?:\s?\/\s?\p{Lu}[\p{L}]{1,14}){1,3})\)/gmu

/**
 * Credits that name outlets outside the credit patterns (codebook §1, §7: the dateline's credit and
 * credit lines are not entities, an outlet named in the body is): a joint credit opening a line
 * ("(SABC/AFP) The company that…"), and the sign-off of an agency credited in the dateline ("DHAKA,
 * Jul 4 (NNN-BSS) –" … "worst hit by the floods.– NNN-BSS"). [start, end) of each.
 */
function outletCreditSpans(lookup: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const m of lookup.matchAll(JOINT_CREDIT)) out.push([m.index!, m.index! + m[0].length])
  const dateline = datelineCredit(lookup)
  if (dateline) out.push([dateline.start, dateline.end])
  const credited = dateline?.agency
  if (credited) {
    for (let at = lookup.indexOf(credited); at >= 0; at = lookup.indexOf(credited, at + 1)) {
      const end = at + credited.length
      if (/^[ \t]*(?:\n|$)/.test(lookup.slice(end, end + 3)) && /[—–-][ \t]*$/.test(lookup.slice(Math.max(0, at - 3), at))) out.push([at, end])
    }
  }
  return out
}

// What a text must hold for each credit pattern to match at all (most texts hold few): one cheap
// test instead of a scan with every pattern.
const CREDIT_PRECHECKS: Array<RegExp | null> = [
  /\((?:additional\s+)?(?:reporting|writing|editing|compiled|photo|photos|video)\b/i,
  null,
  null,
  /with assistance from/i,
  /©|\(c\)|copyright/i,
  /^[ \t]*(?:source|sources|photo|photos|picture|pictures|image|video|credit|credits)[ \t]*:/im,
  null,
  null,
  null,
  /\/[^()\n]{0,60}\b(?:19|20)\d\d\s*\)/,
  /^[ \t]*\d{1,2}[:.]\d{2}/m,
  /^\s*by\s/im,
  /reporting (?:by|from)/i,
  /[|/][ \t]*\p{Lu}/u,
  /(?:Picture|Pictures|Photo|Photos|Photograph|Image)[ \t]*:/,
  /Credits?:/,
  /FILE/,
  /also|related|read/i,
  /read more|also read|read also|related/i,
  // (The two patterns below open with a lookbehind, tried at every position: a literal-led test first.)
  /[.!?]["”]?[ \t]+\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|EPA)\)[ \t]*$/m,
  /\((?:AP|AFP|Reuters|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg)\)[ \t]+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))/,
  null,
]
// The patterns that need an agency's name, and one test for any of them.
const AGENCY_PATTERNS = new Set([1, 2, 6, 7, 8, 19, 20, 21])
const AGENCY_NAME = /\b(?:AP|AFP|Reuters|EPA|Getty|CNN|Xinhua|UPI|dpa|EFE|ANI|PTI|IANS|Bloomberg|Associated Press)\b/

/** [start, end) of each credit line or byline in the text. */
function creditSpans(lookup: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const agencies = AGENCY_NAME.test(lookup)
  for (let i = 0; i < CREDITS.length; i++) {
    if (AGENCY_PATTERNS.has(i) && !agencies) continue
    const pre = CREDIT_PRECHECKS[i]
    if (pre && !pre.test(lookup)) continue
    for (const m of lookup.matchAll(CREDITS[i]!)) out.push([m.index!, m.index! + m[0].length])
  }
  return out
}

export function fromGazetteer(entity: GazetteerEntity): DocEntity {
  return {
    key: entity.key,
    id: entity.id,
    name: entity.name,
    kind: entity.kind as EntityKind,
    aliases: new Set(),
    source: entity.source,
    countryKey: entity.countryKey,
    actor: entity.actor,
  }
}

const isCapitalizedWord = (text: string) => /^\p{Lu}[\p{L}\p{M}]/u.test(text)

function isSoftMatch(doc: Doc, m: GazetteerMatch): boolean {
  if (m.entry.entity.source !== 'world') return false
  const { tokens } = doc
  // "Thai PBS", "the Belarusian KGB": a demonym before an acronym names an outlet or an agency;
  // NER reads the two as one name.
  const after = tokens[m.tokenEnd]
  if (m.entry.demonym && after !== undefined && after.spaceBefore && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(after.text) && tokens[m.tokenEnd + 1]?.text !== '-') return true
  const sentence = doc.sentences[tokens[m.tokenStart].sentence]
  if (!sentence || sentence.titleCase) return false
  const next = tokens[m.tokenEnd]
  const afterConnector = tokens[m.tokenEnd + 1]
  const prev = tokens[m.tokenStart - 1]
  const beforeConnector = tokens[m.tokenStart - 2]
  const sameSentence = (t: typeof next | undefined) => t !== undefined && t.sentence === tokens[m.tokenStart].sentence
  // "Kaduna State", "Sughd Region" (but "Kaduna State Emergency Agency" is a longer name).
  // Nor "the Arizona Department of Public Safety": a kind followed by "of" and a capitalized remit
  // opens an institution's name.
  const remit = afterConnector !== undefined && (afterConnector.text === 'of' || afterConnector.text === 'for') && next !== undefined && isCapitalizedWord(next.text) && isCapitalizedWord(tokens[m.tokenEnd + 2]?.text ?? '')
  const kindOnly = next && SUBDIVISION_KINDS.has(next.lower) && !(sameSentence(afterConnector) && isCapitalizedWord(afterConnector.text)) && !remit
  if (sameSentence(next) && isCapitalizedWord(next.text) && !kindOnly) return true
  if (sameSentence(afterConnector) && CONNECTORS_IN_NAMES.has(next.text) && isCapitalizedWord(afterConnector.text) && /^(?:de|da|do|du|des|del)$/.test(next.text)) return true
  if (sameSentence(prev) && m.tokenStart - 1 > sentence.tokenStart && isCapitalizedWord(prev.text)) return true
  // "Ricardo Maldonado, the federation's president, …": a given name opening the sentence before a
  // bundled place is a person's name (a common word there is capitalized only as the sentence's first).
  if (sameSentence(prev) && m.tokenStart - 1 === sentence.tokenStart && isCapitalizedWord(prev.text) && isFirstName(prev.lower)) return true
  // "Adriana D'Fargo", "Liam O'Derry": a town's name glued after a capital and an apostrophe is a surname's end.
  if (prev?.text === "'" && !tokens[m.tokenStart]!.spaceBefore && !prev.spaceBefore && /^\p{Lu}$/u.test(beforeConnector?.text ?? '')) return true
  // "Ansar al-Sahel": a region after an Arabic article glued by a hyphen is part of a longer name.
  // "Tehreek-e-Taliban", "Jaamat-ul-Ahrar": after a transliterated particle between hyphens.
  if (sameSentence(beforeConnector) && prev.text === '-' && !prev.spaceBefore && (ARABIC_ARTICLES.has(beforeConnector.lower) || HYPHENED_PARTICLES.has(beforeConnector.lower))) return true
  // "Ministry of Interior", "Voz del Valle", "Sala de Montes": after a name's lowercase particle.
  if (sameSentence(beforeConnector) && NAME_PARTICLES_BEFORE_PLACE.has(prev.text) && isCapitalizedWord(beforeConnector.text)) return true
  return false
}

// Lowercase particles between a name's words after which a bundled place may be the name's end.
const NAME_PARTICLES_BEFORE_PLACE = new Set(['of', 'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'des', 'du', 'van', 'von', 'der', 'den'])

/** NER's longer name beats the bundled place inside it only when NER has a real cue or it reads as a place. */
function longerNameWins(doc: Doc, c: NerCandidate, inside: GazetteerMatch[]): boolean {
  if (c.kind === null) return false
  if (c.score >= 3) return true
  if (c.kind !== 'place') return false
  const insideTokens = new Set(inside.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)))
  for (let k = c.tokenStart; k < c.tokenEnd; k++) {
    if (insideTokens.has(k)) continue
    const lower = doc.tokens[k].lower
    if (!/^\p{L}/u.test(lower) || CONNECTORS_IN_NAMES.has(lower)) continue
    // "in North Sikkim", "Upper Dir": a compass or size word opens a place's name.
    if (!looksLikeNameWord(lower) && !PLACE_HEADS.has(lower) && !(k === c.tokenStart && PLACE_MODIFIERS.has(lower))) return false
  }
  return true
}
