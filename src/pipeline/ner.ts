import type { EntityKind } from '../domain/model.js'
import type { Doc, Token } from './doc.js'
import {
  ACTOR_NOUNS,
  ORG_OFFICE_TITLES,
  ARABIC_ARTICLES,
  LOCAL_GOVERNMENT_KINDS,
  isLocalGovernmentWord,
  AGENCY_WORDS,
  GROUP_ROLE_NOUNS,
  MEDIUM_NOUNS,
  CONNECTORS_IN_NAMES,
  COLLECTIVE_VOICES,
  COLOURS,
  CURRENCY_CODES,
  DOCUMENT_WORDS,
  ORG_HEADS,
  ORG_LEADERS,
  PLACE_LEADERS,
  PLACE_MODIFIERS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_ROLE_NOUNS,
  SITE_NOUNS,
  SPEECH_VERBS,
  STOP_CAPITALIZED,
  STORM_WORDS,
  VAGUE_AMOUNTS,
  WEEKDAYS_AND_MONTHS,
  isCommonWord,
  isDemonymWord,
  isFiniteVerbForm,
  isFirstName,
  isKnownOrganization,
  isKnownPlaceName,
  isPersonName,
  looksLikeNameWord,
  MEDIA_HEADS,
} from './lexicon.js'

/**
 * Named-entity recognition for names no gazetteer knows: runs of capitalized tokens, classified
 * by the cues news English puts around names (titles, appositives, ages, reporting verbs,
 * institution and place head words, prepositions) and by compromise's lexicon of given names,
 * places and organizations. compromise's own tagger is not used on whole articles: it labels
 * "Islamic State" a place, misses half the people and costs ~40 ms per article.
 */
export interface NerCandidate {
  tokenStart: number
  tokenEnd: number
  /** null: a capitalized run with no cue; kept only if another occurrence classifies it. */
  kind: EntityKind | null
  /** How sure the cues are: 3 strong (title, head word), 2 medium, 1 weak (shape only). */
  score: number
}

const CONNECTORS = CONNECTORS_IN_NAMES
// Particles of Arabic, Persian and Urdu names written between hyphens: "Jaamat-ul-Ahrar",
// "Tehreek-e-Taliban", "Lashkar-e-Jhangvi", "Hizb-ut-Tahrir", "Ahl-e-Sunnat".
export const HYPHENED_PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'ut', 'us', 'ur', 'un', 'an', 'as', 'ash', 'at', 'ad', 'ar', 'az', 'el', 'wal', 'wa'])
const PREPOSITIONS_OF_PLACE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'inside', 'around', 'into', 'from'])
const PLATFORM_PREPOSITIONS = new Set(['via', 'through'])
const PRONOUNS_CAPITALIZED = new Set(['none', 'nobody', 'noone', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nothing', 'everything', 'something', 'anything', 'neither', 'either', 'whoever', 'whatever'])
// Feasts and seasons news copy names with a capital.
const HOLIDAYS = new Set(['eid', 'ramadan', 'ramazan', 'songkran', 'diwali', 'deepavali', 'holi', 'christmas', 'easter', 'hanukkah', 'passover', 'yom', 'nowruz', 'navratri', 'durga', 'ashura', 'muharram', 'lent', 'advent', 'thanksgiving', 'halloween', 'carnival', 'carnaval', 'mawlid', 'vesak', 'tet', 'hajj', 'umrah', 'pentecost'])
// Nouns of the people of a company or a body: "employees of Gasoriente Andina", "staff of X".
const MEMBERS_OF = new Set(['employees', 'employee', 'staff', 'workers', 'members', 'executives', 'shareholders', 'customers', 'clients', 'volunteers', 'officials', 'managers', 'owners', 'fighters', 'supporters', 'militants', 'leaders', 'separatists', 'rebels', 'insurgents', 'jihadists', 'loyalists', 'gunmen', 'commanders'])
// A party's people written after its name: "Bornholm Independents candidate X", "Green Left lawmakers".
const PARTY_PEOPLE = new Set(['candidate', 'candidates', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'councillor', 'councillors', 'councilor', 'councilors', 'deputies', 'senators', 'activists', 'delegates', 'caucus'])
// A company's facilities written after its name: "the Nile Crest Plastics plant".
const FACILITY_NOUNS = new Set(['plant', 'factory', 'factories', 'mill', 'mills', 'refinery', 'refineries', 'warehouse', 'warehouses', 'workshop', 'workshops', 'depot', 'depots', 'smelter', 'foundry', 'plants', 'facility', 'site', 'premises', 'outlet', 'store', 'stores', 'showroom'])
// Words of numbered places: "Area 23" (Lilongwe), "Ruta 68", "Sector 7", "Village 4".
const NUMBERED_PLACES = new Set(['area', 'sector', 'zone', 'block', 'phase', 'ward', 'route', 'ruta', 'rodovia', 'highway', 'interstate', 'village', 'camp', 'gate', 'district', 'precinct', 'kilometre', 'kilometer', 'km'])
// Group nouns before a name that also name a person's trade: "property developer Godfrey Ssemanda".
const TRADE_NOUNS = new Set(['developer', 'builder', 'contractor', 'operator', 'maker', 'manufacturer', 'retailer', 'promoter', 'organiser', 'organizer', 'trader', 'landlord'])
// An employer's people written after its name ("Kestrel Apparel workers"); not a leader's followers.
const EMPLOYEES = new Set(['employees', 'employee', 'staff', 'staffers', 'workers', 'executives', 'shareholders', 'customers', 'clients', 'managers', 'engineers', 'technicians', 'crews', 'pilots'])
const CAMEL_PREFIXES = /^(?:mc|mac|de|di|da|la|le|van|von|du|o|al|el|ben|bin|abu)$/i

const CHURCH_WORDS = new Set(['church', 'chapel', 'basilica', 'parish'])
const SCHOOL_WORDS = new Set(['college', 'school', 'academy', 'polytechnic', 'seminary', 'madrasa', 'madrassa'])
// Words before a site that make it the scene: prepositions of place and verbs of attack.
const SCENE_BEFORE = new Set(['at', 'in', 'on', 'inside', 'outside', 'near', 'stormed', 'attacked', 'raided', 'hit', 'bombed', 'struck', 'torched', 'targeted'])
// Members of a faith, written with a capital: "Malay Muslims", "Coptic Christians".
const BELIEVERS = new Set(['muslims', 'christians', 'hindus', 'buddhists', 'jews', 'sikhs', 'shias', 'shiites', 'sunnis', 'catholics', 'protestants', 'copts', 'yazidis', 'alawites', 'evangelicals', 'orthodox'])
// Languages news copy names ("said in Hausa", "in Pidgin English"): no person, group or place.
const LANGUAGES = new Set(['english', 'arabic', 'french', 'swahili', 'kiswahili', 'hausa', 'yoruba', 'igbo', 'urdu', 'hindi', 'pashto', 'dari', 'farsi', 'amharic', 'somali', 'tigrinya', 'pidgin', 'creole', 'mandarin', 'cantonese', 'tagalog', 'bengali', 'bangla', 'punjabi', 'kurdish', 'hebrew', 'fula', 'fulfulde', 'lingala', 'wolof', 'zulu', 'xhosa', 'sesotho', 'setswana', 'shona', 'kinyarwanda'])

// Particles of Romance names after a word: "Hospital General del Sur", "Estadio Valle del Samalá".
const ROMANCE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'della'])
// Romance articles opening a place's name: "La Esmeralda", "El Retiro", "Le Mans".
const ROMANCE_ARTICLES = new Set(['la', 'el', 'le', 'lo'])
// Prefixes of ships' names: "MV Lady Mary", "HMS Dauntless", "USNS Comfort".
const VESSEL_PREFIXES = new Set(['MV', 'M/V', 'MS', 'MT', 'SS', 'HMS', 'USS', 'USNS', 'RMS', 'FV', 'INS', 'HMAS', 'HMCS', 'KRI', 'BRP', 'TCG'])

// Kinds of things written after a one-word name: programs, currencies, vehicles.
const THINGS_AFTER_NAME = new Set(['ransomware', 'malware', 'virus', 'worm', 'trojan', 'spyware', 'botnet', 'exploit', 'francs', 'franc', 'dollars', 'pounds', 'shillings', 'rupees', 'euros', 'pesos', 'dinars', 'rials', 'train', 'trains', 'bus', 'buses', 'coach', 'coaches', 'truck', 'trucks', 'lorry', 'jet', 'jets', 'helicopter', 'helicopters', 'drone', 'drones', 'rifle', 'rifles', 'missile', 'missiles'])

// Makers of aircraft named with a model: "Airbus A320", "Boeing 737", "Antonov An-26".
const AIRCRAFT_MAKERS = new Set(['airbus', 'boeing', 'embraer', 'antonov', 'ilyushin', 'tupolev', 'sukhoi', 'cessna', 'bombardier', 'atr', 'fokker', 'dornier', 'beechcraft', 'lockheed', 'mil', 'mi', 'bell', 'sikorsky', 'mcdonnell', 'comac'])

// Currencies written before an amount.
const ACRONYM_STOPLIST = new Set(['MEC', 'MP', 'MPs', 'MEP', 'MEPs', 'MLA', 'MLAs', 'MNA', 'IGP', 'DIG', 'SSP', 'DSP', 'DCP', 'SHO', 'DPO', 'CPO', 'CCPO', 'RPO', 'AIG', 'CFO', 'COO', 'CTO', 'TV', 'CEO', 'AM', 'PM', 'OK', 'ID', 'GMT', 'UTC', 'PhD', 'I', 'II', 'III', 'IV', 'DNA', 'COVID', 'CCTV', 'GDP', 'ICU', 'SUV', 'VIP', 'FAQ', 'PR', 'HQ', 'AKA', 'RIP', 'BREAKING', 'UPDATE', 'NEW', 'LIVE', 'WATCH', 'READ', 'CPR', 'ATM', 'GPS', 'SMS', 'PDF', 'USB', 'LPG', 'CNG', 'MRI', 'HIV', 'AIDS', 'IED', 'IEDs', 'RPG', 'AK', 'SOS', 'ETA', 'FYI', 'NB', 'PS', 'VS',
  // Time zones written after a time: "(4.15am Sunday NZT)".
  'NZT', 'NZDT', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'BST', 'IST', 'PKT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AEST', 'AEDT', 'ACST', 'AWST', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'WITA', 'ICT', 'MSK', 'WAT', 'CAT', 'EAT', 'SAST', 'GST', 'AST', 'IRST', 'AFT', 'NPT'])
const MEMBERS_NOUNS = new Set(['mercenaries', 'fighters', 'militants', 'members', 'troops', 'forces', 'leader', 'leaders', 'founder', 'spokesman', 'spokesperson', 'commander', 'commanders', 'supporters', 'operatives', 'soldiers', 'channel', 'channels', 'account', 'accounts', 'statement', 'affiliate', 'branch'])

const LEADER_NOUNS = new Set(['regime', 'government', 'administration', 'cabinet', 'presidency', 'aides', 'wife', 'husband', 'son', 'daughter', 'family', 'lawyer', 'lawyers', 'campaign', 'adviser', 'advisers', 'advisor', 'advisors'])

const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text)
const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text)
const isAcronymToken = (t: Token) => /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text)

/**
 * Runs already classified in this document, by the run's first token: its end and what classifyRun
 * and bodyBeforeTitle made of it. Both read only the document's tokens and text, so that a run read
 * again (recognizeEntities reads the article twice, the second time with more tokens covered) is
 * classified once. One per document, made by the caller; the candidates in it are never handed out.
 */
export type NerRunMemo = Map<number, { end: number; candidate: NerCandidate | null; body: NerCandidate | null }>

/**
 * The NER candidates of the capitalized runs no token of which is `covered` (one per token: 1 by a
 * gazetteer match), in text order, each with its kind and how sure the cues are. `lowercaseSeen`:
 * the article's lowercase vocabulary (lowercaseVocabulary), built once by a caller that runs this twice;
 * `memo`: the runs classified by an earlier call on the same document (see NerRunMemo). The
 * candidates returned are new objects, the caller's to change.
 */
export function findNerCandidates(doc: Doc, covered: Uint8Array, lowercaseSeen: Set<string> = lowercaseVocabulary(doc.tokens), memo: NerRunMemo = new Map()): NerCandidate[] {
  const { tokens } = doc
  const out: NerCandidate[] = []
  let i = 0
  while (i < tokens.length) {
    if (covered[i] || !isWord(tokens[i]) || !isCapitalized(tokens[i])) {
      // "eNCA reporter Palesa Mahlangu", "asked by eNCA": a brand written with a lowercase first letter.
      // (The second letter is checked first: one comparison for nearly every token.)
      const second = tokens[i]!.text.charCodeAt(1)
      if (second >= 65 && second <= 90 && !covered[i] && /^\p{Ll}\p{Lu}{2,}$/u.test(tokens[i]!.text)) out.push({ tokenStart: i, tokenEnd: i + 1, kind: 'group', score: 2 })
      i++
      continue
    }
    const end = runEnd(tokens, covered, i)
    let run = memo.get(i)
    if (run === undefined || run.end !== end) {
      const candidate = classifyRun(doc, i, end, lowercaseSeen)
      // "Memphis Police Chief Dana Whitfield", "Kirkuk Health Directorate spokesman X": the body
      // before a person's title is a name of its own.
      const body = candidate?.kind === 'person' ? bodyBeforeTitle(doc, i, candidate.tokenStart) : null
      run = { end, candidate, body }
      memo.set(i, run)
    }
    if (run.body) out.push({ ...run.body })
    if (run.candidate) out.push({ ...run.candidate })
    i = end
  }
  // "the IceCrypt ransomware attack … IceCrypt locked up the records": a name the article writes
  // before the kind of program it is names that program wherever it stands alone (no group) —
  // unless it speaks there, as a gang named after its program does ("LockBit said it had the files").
  const programs = programNames(tokens)
  return programs.size === 0 ? out : out.filter((c) => c.tokenEnd - c.tokenStart !== 1 || !programs.has(tokens[c.tokenStart]!.text) || SPEECH_VERBS.has(tokens[c.tokenEnd]?.lower ?? ''))
}

// Kinds of malicious program written after a program's name: "IceCrypt ransomware", "the Kestrel malware".
const PROGRAM_KINDS = new Set(['ransomware', 'malware', 'virus', 'worm', 'trojan', 'spyware', 'botnet', 'wiper', 'backdoor', 'exploit'])

/** One-word names written right before a lowercase kind of malicious program, as written. */
function programNames(tokens: Token[]): Set<string> {
  const names = new Set<string>()
  for (let k = 1; k < tokens.length; k++) if (PROGRAM_KINDS.has(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text) && isWord(tokens[k - 1]!)) names.add(tokens[k - 1]!.text)
  return names
}

// Titles of a body's own officers, written after its name: "Memphis Police Chief X".
const BODY_CHIEF_TITLES = new Set(['chief', 'commissioner', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'head', 'superintendent', 'inspector', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'leader', 'deputy', 'general', 'captain', 'colonel'])

/** [from, to) holds a body's name and then titles: the body as a group candidate, else null. */
function bodyBeforeTitle(doc: Doc, from: number, to: number): NerCandidate | null {
  const { tokens } = doc
  let e = to
  while (e > from && (PERSON_TITLES.has(tokens[e - 1]!.lower) || tokens[e - 1]!.text === '.')) e--
  if (e === to || e - from < 2 || !ORG_HEADS.has(tokens[e - 1]!.lower)) return null
  // "Emergency Services Minister X", "Interior Cabinet Secretary X": a portfolio, not a body.
  if (!BODY_CHIEF_TITLES.has(tokens[e]!.lower)) return null
  let s = from
  while (s < e && (STOP_CAPITALIZED.has(tokens[s]!.lower) || WEEKDAYS_AND_MONTHS.has(tokens[s]!.lower) || (s === from && isSentenceInitial(doc, s) && isCommonWord(tokens[s]!.lower)))) s++
  return e - s >= 2 ? { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 } : null
}

/**
 * Words the article also writes in lowercase are common words when capitalized at a sentence start.
 * Built once per article by the caller (findNerCandidates runs twice on the same tokens) and passed in.
 */
export function lowercaseVocabulary(tokens: Token[]): Set<string> {
  const seen = new Set<string>()
  for (const t of tokens) {
    const c = t.text.charCodeAt(0)
    if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.text))) seen.add(t.text)
  }
  return seen
}

/**
 * Where the run of name tokens that starts at `start` ends. `plain`: without the lookaheads that
 * read the run after an "of", an "and" or a possessive (those read it in plain mode, so that a run of
 * many of them costs linear time and one level of nesting, not a nest as deep as the run or worse);
 * at most a few "of"s of one run are asked whether they separate two names.
 */
function runEnd(tokens: Token[], covered: Uint8Array, start: number, plain = false): number {
  let end = start + 1
  let ofChecks = plain ? 0 : 3
  for (;;) {
    const t = tokens[end]
    if (!t || covered[end] || t.sentence !== tokens[start].sentence) break
    const glued = !t.spaceBefore
    if (isWord(t) && isCapitalized(t) && (t.spaceBefore || /^[\p{Lu}\d]/u.test(t.text))) {
      if (!t.spaceBefore && isWord(tokens[end - 1])) break // "McDonald"-style glue is one token already
      end++
      continue
    }
    // "Area 23", "Ruta 68", "Village 4": a numbered place is one name with its number.
    if (/^\d{1,4}$/.test(t.text) && t.spaceBefore && end === start + 1 && NUMBERED_PLACES.has(tokens[start]!.lower)) {
      end++
      break
    }
    // "the Rescue 1122 service", "the Barrio Sur 27 gang": a number inside a group's name, its kind
    // written after it in lowercase.
    if (/^\d{1,4}$/.test(t.text) && t.spaceBefore && tokens[end + 1] !== undefined && /^\p{Ll}/u.test(tokens[end + 1]!.text) && GROUP_ROLE_NOUNS.has(tokens[end + 1]!.lower) && tokens[end + 1]!.sentence === t.sentence) {
      end++
      break
    }
    // "ISIS-K", "al-Assad", "Nagorno-Karabakh": a glued hyphen between two name parts;
    // "Jaamat-ul-Ahrar", "Tehreek-e-Taliban": a transliterated particle between two hyphens.
    if (t.text === '-' && glued) {
      const next = tokens[end + 1]
      const particle = next !== undefined && HYPHENED_PARTICLES.has(next.lower) && tokens[end + 2]?.text === '-' && !tokens[end + 2]!.spaceBefore
      if (next && !next.spaceBefore && isWord(next) && !covered[end + 1] && (isCapitalized(next) || CONNECTORS.has(next.lower) || particle)) {
        end += 2
        continue
      }
      // "Abdulloh Sama-ae", "Kim Jong-un": a short lowercase syllable closing a name (not "-led", "-based").
      const closing = tokens[end + 2]
      // "Lee Seo-yeon", "Moon Jae-in": a Korean given name's second syllable, after a short first one.
      // ("President Hsu Ming-chih": the surname is the word before the first syllable, after any title.)
      const syllable = /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[end - 1]!.text) && end - 2 >= start && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[end - 2]!.text) && /^\p{Ll}{1,4}$/u.test(next?.text ?? '')
      if (next && !next.spaceBefore && end - start >= 2 && (syllable || (/^\p{Ll}{1,3}$/u.test(next.text) && !isCommonWord(next.lower) && !STOP_CAPITALIZED.has(next.lower))) && isCapitalized(tokens[end - 1]!) && (closing === undefined || closing.spaceBefore || !isWord(closing)) && !covered[end + 1]) {
        end += 2
        break
      }
      break
    }
    // "Jama'at", "N'Djamena": an apostrophe inside a word, not the possessive "'s".
    if (t.text === "'" && glued) {
      const next = tokens[end + 1]
      if (next && !next.spaceBefore && isWord(next) && next.lower !== 's' && !covered[end + 1]) {
        end += 2
        continue
      }
      // "Flight AT318 Victims' Association", "Independent Pilots' Union": a plural possessive inside one.
      if (!plain && next && next.spaceBefore && /s$/i.test(tokens[end - 1]!.text) && isCapitalized(next) && isWord(next) && !covered[end + 1] && next.sentence === t.sentence) {
        const rest = runEnd(tokens, covered, end + 1, true)
        if (ORG_HEADS.has(tokens[rest - 1]!.lower)) {
          end = rest
          break
        }
      }
      // "People's Progressive Alliance": a possessive inside an institution's name.
      if (!plain && next?.lower === 's' && !next.spaceBefore && isCapitalized(tokens[end + 2] ?? t) && isWord(tokens[end + 2] ?? t) && !covered[end + 2]) {
        const rest = runEnd(tokens, covered, end + 2, true)
        if (ORG_HEADS.has(tokens[rest - 1].lower) && tokens[end + 2].sentence === t.sentence) {
          end = rest
          break
        }
      }
      break
    }
    // "Commission on Elections", "Committee on Foreign Affairs": "on" after an institution's word
    // and before a capitalized remit.
    if (t.text === 'on' && ORG_HEADS.has(tokens[end - 1]!.lower) && isCapitalized(tokens[end - 1]!) && tokens[end + 1] !== undefined && isWord(tokens[end + 1]!) && isCapitalized(tokens[end + 1]!) && !covered[end + 1] && !WEEKDAYS_AND_MONTHS.has(tokens[end + 1]!.lower) && !STOP_CAPITALIZED.has(tokens[end + 1]!.lower)) {
      end += 2
      continue
    }
    // "Committee to Protect Journalists", "Campaign to End Child Marriage": an institution's word, "to"
    // and its capitalized aim (a verb, not a place or a person it was sent to).
    if (t.text === 'to' && !plain && ORG_HEADS.has(tokens[end - 1]!.lower) && isCapitalized(tokens[end - 1]!) && tokens[end + 1] !== undefined && tokens[end + 2] !== undefined && isWord(tokens[end + 1]!) && isCapitalized(tokens[end + 1]!) && isCapitalized(tokens[end + 2]!) && isWord(tokens[end + 2]!) && !covered[end + 1] && !covered[end + 2] && tokens[end + 2]!.sentence === t.sentence && AIM_VERBS.has(tokens[end + 1]!.lower)) {
      end += 2
      continue
    }
    // An initial: "George W. Bush".
    if (t.text === '.' && glued && /^\p{Lu}$/u.test(tokens[end - 1].text)) {
      const next = tokens[end + 1]
      // Not "…wrote on X. She added", "…said on X. The toll rose": a function word after the period
      // opens a sentence (a name goes on with a name after an initial, or another initial: "T. A. Mensah").
      if (next && isCapitalized(next) && !covered[end + 1] && !(next.text.length > 1 && STOP_CAPITALIZED.has(next.lower))) {
        end++
        continue
      }
      break
    }
    // "Independent Electoral and Boundaries Commission": "and"/"&" join name parts of an institution.
    if (!plain && (t.text === 'and' || t.text === '&') && isCapitalized(tokens[end + 1] ?? t) && !covered[end + 1]) {
      const rest = runEnd(tokens, covered, end + 1, true)
      if (ORG_HEADS.has(tokens[rest - 1].lower) && tokens[end + 1].sentence === t.sentence) {
        end = rest
        break
      }
      // "Ministry of Health and Population", "Institute for Disaster Risk Management and Reduction":
      // after an institution's "of"/"for", "and" joins the common nouns of its remit (not a name:
      // "the Ministry of Health and Ahmed Ali").
      const remit = tokens[end + 1]!
      if (t.text === 'and' && remit.sentence === t.sentence && rest === end + 2 && !looksLikeNameWord(remit.lower) && !isPersonName(remit.lower) && institutionRemit(tokens, start, end)) {
        end = rest
        break
      }
      // "Directorate for Fire Safety and Civil Protection", "Centre for International Affairs and
      // Diplomacy (LECIAD)": up to three words of a remit, common nouns or closed by the name's
      // acronym in parentheses (its first letter the name's).
      const remitWords = tokens.slice(end + 1, rest)
      const acronymClose = tokens[rest]?.text === '(' && tokens[rest + 2]?.text === ')' && tokens[rest + 1] !== undefined && isAcronymToken(tokens[rest + 1]!) && tokens[rest + 1]!.text[0] === tokens[start]!.text[0]
      if (t.text === 'and' && remit.sentence === t.sentence && rest > end + 2 && rest <= end + 4 && remitWords.every((w) => isWord(w) && !isPersonName(w.lower) && !isFirstName(w.lower) && !isKnownPlaceName(w.lower)) && (acronymClose || remitWords.every((w) => !looksLikeNameWord(w.lower)) || (!looksLikeNameWord(remitWords[0]!.lower) && !ORG_HEADS.has(remitWords[remitWords.length - 1]!.lower))) && institutionRemit(tokens, start, end)) {
        end = rest
        break
      }
      if (t.text === 'and' && remit.sentence === t.sentence && rest === end + 2 && acronymClose && !isPersonName(remit.lower) && !isFirstName(remit.lower) && institutionRemit(tokens, start, end)) {
        end = rest
        break
      }
    }
    // "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Ansar al-Din wa-l-Jihad": a lowercase
    // transliterated particle glued by a hyphen to the next capitalized word goes on the name.
    if (t.spaceBefore && HYPHENED_PARTICLES.has(t.text) && !CONNECTORS.has(t.text) && tokens[end + 1]?.text === '-' && !tokens[end + 1]!.spaceBefore) {
      const next = tokens[end + 2]
      if (next && !next.spaceBefore && isWord(next) && isCapitalized(next) && !covered[end + 2] && next.sentence === t.sentence) {
        end += 3
        continue
      }
    }
    if (CONNECTORS.has(t.text) && t.spaceBefore) {
      if (t.text === 'of' && ofChecks > 0) {
        ofChecks--
        if (ofSeparatesNames(tokens, covered, start, end)) break
      }
      // Connectors may chain ("of the"), but the run must resume with a capital.
      let k = end
      while (tokens[k] && CONNECTORS.has(tokens[k].text)) k++
      const next = tokens[k]
      const currency = next !== undefined && CURRENCY_CODES.has(next.lower) && /^\d/.test(tokens[k + 1]?.text ?? '')
      if (next && isCapitalized(next) && isWord(next) && !covered[k] && next.sentence === t.sentence && k - end <= 2 && !currency) {
        end = k
        continue
      }
      // "Bashar al-Assad": the connector glued to a hyphen.
      if (tokens[end + 1]?.text === '-' && !tokens[end + 1].spaceBefore) {
        end++
        continue
      }
    }
    break
  }
  // Never end on a connector or hyphen.
  while (end > start + 1 && (CONNECTORS.has(tokens[end - 1].text) || tokens[end - 1].text === '-')) end--
  return end
}

/** The run [start, end) is an institution followed by its remit: "Ministry of Health", "Institute for Disaster Risk Management". */
/** Verbs that open an institution's aim after "to": "Committee to Protect Journalists". */
const AIM_VERBS = new Set(['protect', 'stop', 'end', 'save', 'free', 'defend', 'fight', 'combat', 'prevent', 'promote', 'support', 'restore', 'rebuild', 'preserve', 'abolish', 'ban', 'eliminate', 'eradicate', 'reduce', 'help', 'feed', 'unite'])

function institutionRemit(tokens: Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k]!
    if ((t.text === 'of' || t.text === 'for') && (ORG_HEADS.has(tokens[k - 1]!.lower) || ORG_LEADERS.has(tokens[k - 1]!.lower))) return true
  }
  return false
}

const GROUP_OR_PLACE_WORDS = (lower: string) => ORG_HEADS.has(lower) || PLACE_HEADS.has(lower) || ORG_LEADERS.has(lower) || PLACE_LEADERS.has(lower)

/**
 * "of" between two names, not inside one: "Farid Hakim of the Nusantara Studies Centre" (a person of
 * a body), "Members of the Free Zimbabwe Congress", "Gunmen of the Ruvano Front" (a common plural
 * that opens the sentence). Inside one: "Ministry of Health", "Bank of England", "Court of Human
 * Rights" — the word before "of" is an institution's or a place's word.
 */
function ofSeparatesNames(tokens: Token[], covered: Uint8Array, start: number, end: number): boolean {
  const before = tokens.slice(start, end)
  if (!before.every((w) => isWord(w) && isCapitalized(w))) return false
  const lowers = before.map((w) => w.lower)
  // "Benighat Rorang Rural Municipality of Dhading district": a place within a place named with its kind.
  if (PLACE_HEADS.has(lowers[lowers.length - 1]!)) {
    let k = end + 1
    if (tokens[k]?.lower === 'the') k++
    if (tokens[k] && isCapitalized(tokens[k]!) && !covered[k]) {
      const after = tokens[runEnd(tokens, covered, k, true)]
      if (after !== undefined && after.text === after.lower && PLACE_NOUNS_AFTER.has(after.lower)) return true
    }
  }
  if (lowers.some(GROUP_OR_PLACE_WORDS)) return false
  // "Tyrell Hayes of Decatur", "Maria Lopez of Kestrel Apparel": a person's given name or surname
  // before "of", then their home town or their body — two names.
  if (before.length >= 2 && before.length <= 3 && (isFirstName(lowers[0]!) || isPersonName(lowers[lowers.length - 1]!)) && lowers.slice(1).every((w) => looksLikeNameWord(w))) return true
  // "Sheriff Carl Boyden of the Montgomery County Sheriff's Office": a title, a name of two words, then the body.
  if (before.length >= 3 && before.length <= 4 && PERSON_TITLES.has(lowers[0]!) && lowers.slice(1).every((w) => looksLikeNameWord(w) && !PERSON_TITLES.has(w))) return true
  if (before.length === 1) {
    const w = lowers[0]!
    const singular = w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('s') ? w.slice(0, -1) : null
    return singular !== null && !isPersonName(w) && (isCommonWord(w) || isCommonWord(singular) || PERSON_ROLE_NOUNS.has(singular) || ACTOR_NOUNS.has(w) || MEMBERS_OF.has(w) || COLLECTIVE_VOICES.has(w) || w === 'fans')
  }
  if (!lowers.slice(-2).every((w) => looksLikeNameWord(w))) return false
  // The name after "of" must end in an institution's word.
  let k = end + 1
  if (tokens[k]?.lower === 'the') k++
  if (!tokens[k] || !isCapitalized(tokens[k]!) || covered[k]) return false
  const rest = runEnd(tokens, covered, k, true)
  return ORG_HEADS.has(tokens[rest - 1]!.lower)
}

/** The token's line has no lowercase letter (a heading set in capitals). */
function inCapitalsLine(doc: Doc, index: number): boolean {
  const t = doc.tokens[index]!
  const from = doc.text.lastIndexOf('\n', t.start - 1) + 1
  const nl = doc.text.indexOf('\n', t.end)
  const line = doc.text.slice(from, nl < 0 ? doc.text.length : nl)
  return line.length <= 120 && !/\p{Ll}/u.test(line)
}

/** The token opens a line (a dateline, a heading). */
function isLineStart(doc: Doc, index: number): boolean {
  const start = doc.tokens[index]!.start
  const before = doc.text.lastIndexOf('\n', start - 1)
  return /^[\s(]*$/u.test(doc.text.slice(before + 1, start))
}

// What is written or posted on a platform: "a post on X", "wrote on X", "said on X".
const POSTED_ON = new Set(['post', 'posts', 'posted', 'message', 'messages', 'statement', 'wrote', 'writes', 'write', 'said', 'says', 'shared', 'published', 'tweeted', 'video', 'videos', 'comment', 'comments', 'account', 'page', 'announced', 'appeal', 'thread'])

/** The letter X as the platform: before "account", "post", "page", or after "a post on", "wrote on", "via". */
function platformX(tokens: Token[], s: number, e: number): boolean {
  const next = tokens[e]?.lower ?? ''
  if (MEDIUM_NOUNS.has(next) || next === 'user' || next === 'users' || next === 'handle') return true
  const prev = tokens[s - 1]?.lower
  if (prev !== 'on' && prev !== 'via') return false
  // "posted on X", "a post on X on Thursday", "said in a statement on X".
  for (let k = s - 2; k >= Math.max(0, s - 4); k--) if (POSTED_ON.has(tokens[k]!.lower)) return true
  return false
}

/** Where "of" or "for" stands among a run's words ("Supreme Court of Justice" is an institution's name, not a title), else -1. */
function ofAtAny(lowers: string[]): number {
  return lowers.findIndex((w) => w === 'of' || w === 'for')
}

/**
 * The run [s, end) is followed by an acronym in parentheses made of the initials of its words from
 * `s` on ("Health Service Executive (HSE)", "Food Safety Authority of Ireland (FSAI)"): the words
 * the acronym spells are all part of the name.
 */
function acronymAfter(tokens: Token[], s: number, end: number): boolean {
  const acronym = tokens[end + 1]
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || acronym === undefined || !isAcronymToken(acronym)) return false
  let initials = ''
  for (let k = s; k < end; k++) if (isWord(tokens[k]!) && isCapitalized(tokens[k]!)) initials += tokens[k]!.text[0]
  return initials.length >= 2 && initials === acronym.text.replace(/\d/g, '').slice(0, initials.length) && acronym.text.length <= initials.length + 1
}

// Plurals that end the names of events and of rules, not of groups: "the Olympic Games", "the
// Grammy Awards", "the Merchant Shipping Regulations".
const EVENT_PLURALS = new Set(['games', 'awards', 'championships', 'finals', 'olympics', 'elections', 'talks', 'wars', 'riots', 'protests', 'troubles', 'trials', 'hearings', 'celebrations', 'festivities', 'prizes', 'regulations', 'rules', 'laws', 'guidelines', 'provisions', 'statutes', 'amendments', 'standards', 'codes', 'procedures', 'measures', 'sanctions', 'accords', 'agreements', 'conventions', 'protocols'])

/**
 * A plural that ends a group's name, "tigers", "boys", "wolves": no place's word ("states",
 * "islands"), no event's ("games"), no known place's or person's name ("Philippines", "Williams").
 */
function commonPluralName(lower: string): boolean {
  if (!/[^su']s$/.test(lower) || lower.length < 4 || EVENT_PLURALS.has(lower)) return false
  const singular = lower.endsWith('ves') ? `${lower.slice(0, -3)}f` : lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1)
  return !PLACE_HEADS.has(singular) && !PLACE_HEADS.has(lower) && !isKnownPlaceName(lower) && !isPersonName(lower) && !isPersonName(singular)
}

/**
 * A plural whose singular is a role noun or ordinary vocabulary and no one's name: "neighbours",
 * "relatives", "villagers", "colleagues" (not "Williams", "Reyes").
 */
function commonPlural(lower: string): boolean {
  if (!/s$/.test(lower) || lower.length < 5 || isPersonName(lower) || isKnownPlaceName(lower)) return false
  const singulars = lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : lower.endsWith('es') ? [lower.slice(0, -2), lower.slice(0, -1)] : [lower.slice(0, -1)]
  return singulars.some((w) => PERSON_ROLE_NOUNS.has(w) || (isCommonWord(w) && !isPersonName(w)))
}

function isSentenceInitial(doc: Doc, index: number): boolean {
  const t = doc.tokens[index]
  const sentence = doc.sentences[t.sentence]
  if (!sentence || index === sentence.tokenStart) return true
  const prev = doc.tokens[index - 1]
  return /^["'“‘«(:\-—–•*]$/u.test(doc.text.slice(prev.start, prev.end)) && prev.end <= t.start
}

/**
 * Whether `acronym` is the initials of the capitalized words right before token `open` (a "("),
 * small words skipped: "Front for Renewal and Justice (FRJ)". Up to eight words back.
 */
function spellsNameBefore(tokens: Token[], open: number, acronym: string): boolean {
  let initials = ''
  for (let k = open - 1; k >= 0 && k >= open - 8; k--) {
    const t = tokens[k]!
    if (/^\p{Lu}/u.test(t.text)) initials = t.text[0]! + initials
    else if (!/^(?:of|for|and|the|de|du|des|la|le|al|el)$/i.test(t.text)) break
    if (initials === acronym.replace(/[^\p{Lu}]/gu, '')) return true
  }
  return false
}

function classifyRun(doc: Doc, start: number, end: number, lowercaseSeen: Set<string>): NerCandidate | null {
  const { tokens } = doc
  let titleCue = false
  let ofRemit = false
  let s = start
  // "the Prime Minister's Office", "the President's Office": a title's possessive before a body's
  // word is the body's name, a group (the title is no person's here).
  {
    let k = start
    while (k < end && (STOP_CAPITALIZED.has(tokens[k]!.lower) && k === start)) k++
    const from = k
    while (k < end && PERSON_TITLES.has(tokens[k]!.lower)) k++
    if (k > from && tokens[k]?.text === "'" && tokens[k + 1]?.lower === 's' && k + 2 < end && ORG_HEADS.has(tokens[end - 1]!.lower)) return { tokenStart: from, tokenEnd: end, kind: 'group', score: 3 }
  }
  // Leading titles, function words, weekdays and demonyms are not part of the name.
  while (s < end) {
    const t = tokens[s]
    const lower = t.lower
    // "Queen Elizabeth University Hospital", "King Fahd Stadium", "President Kennedy High School": a
    // title that opens the name of a site or an institution named after its holder is in the name.
    const honoree = tokens[s + 1]
    if (PERSON_TITLES.has(lower) && s === start && end - s >= 3 && hasHead(tokens, end) && honoree !== undefined && isCapitalized(honoree) && !PERSON_TITLES.has(honoree.lower) && !CONNECTORS.has(honoree.text) && !ORG_HEADS.has(honoree.lower)) break
    if (PERSON_TITLES.has(lower)) {
      titleCue = true
      s++
      // "Minister of Human Rights X", "Commissioner for Information Kunle Adeyemi".
      if (tokens[s]?.text === 'of' || tokens[s]?.text === 'for') ofRemit = true
      if (tokens[s]?.text === '.' && !tokens[s].spaceBefore) s++
      continue
    }
    // A demonym opens an institution's name ("European Court of Human Rights", "the broadcaster
    // Thai PBS"), else it only qualifies the name ("Ukrainian President X").
    // "the Belarusian KGB": a demonym before an agency's acronym names that country's agency.
    const acronymOnly = end - s === 2 && isAcronymToken(tokens[s + 1]!) && tokens[s + 1]!.text.length >= 2 && !ACRONYM_STOPLIST.has(tokens[s + 1]!.text)
    // "a request for comment from The Telegraph", "told The Washington Post": a capitalized "The"
    // inside a sentence, before a newspaper's name, is the paper's own (codebook §1 names "The
    // Washington Post").
    if (t.text === 'The' && s === start && end - s >= 2 && !isSentenceInitial(doc, s) && MEDIA_HEADS.has(tokens[end - 1]!.lower)) break
    if (STOP_CAPITALIZED.has(lower) || WEEKDAYS_AND_MONTHS.has(lower) || VAGUE_AMOUNTS.has(lower) || (isDemonymWord(lower) && !hasHead(tokens, end) && !hasInstitutionWord(tokens, s + 1, end) && !groupNounBefore(tokens, start) && !acronymOnly)) {
      s++
      continue
    }
    // "Prosecutors said…": a role noun capitalized only because it opens the sentence.
    // "Neighbours said…", "Relatives gathered…": a plural of a role or common noun, likewise.
    // "Local radio said…", "State television showed…": an adjective of a kind of group, likewise.
    if (s === start && isSentenceInitial(doc, s) && end - s === 1 && (isCommonWord(lower) || lowercaseSeen.has(lower) || ACTOR_NOUNS.has(lower) || PERSON_ROLE_NOUNS.has(lower) || commonPlural(lower) || GROUP_ADJECTIVES.has(lower))) {
      s++
      continue
    }
    // Not "Police Scotland said…": an institution's first word before a name is part of it; nor
    // "Al-Rayah": a word glued by a hyphen to the next; nor "The Health Service Executive (HSE)": a
    // name its acronym in parentheses spells from this word on.
    // "Eyewitness Ahmad Shah said…", "Shopkeeper Wali Khan": a role noun opening the sentence is a title.
    if (s === start && isSentenceInitial(doc, s) && end - s >= 2 && PERSON_ROLE_NOUNS.has(lower) && !ORG_HEADS.has(lower) && looksLikeNameWord(tokens[s + 1]!.lower)) {
      titleCue = true
      s++
      continue
    }
    // "Later the Tarn Valley Water Board said…": a sentence's first word before "the" is no part of a name.
    if (s === start && isSentenceInitial(doc, s) && tokens[s + 1]?.text === 'the' && (isCommonWord(lower) || lowercaseSeen.has(lower))) {
      s++
      continue
    }
    // "Al Shabaab militants stormed…": an Arabic article opening the sentence opens the name too.
    const glued = (tokens[s + 1]?.text === '-' && !tokens[s + 1]!.spaceBefore) || (ARABIC_ARTICLES.has(lower) && end - s >= 2)
    // Nor "Black Axe, a Nigerian gang,": a name its appositive describes is whole.
    // (Not an initial: "M G Nanjappa, the engineer, said".)
    // ("Fire Rescue Victoria said…": two agency words open an agency's name.)
    const agency = AGENCY_WORDS.has(lower) && AGENCY_WORDS.has(tokens[s + 1]?.lower ?? '') && end - s >= 3
    // ("North Kivu's transport minister said…": a compass word before a name opens a place's name.)
    const compass = PLACE_MODIFIERS.has(lower) && lower !== 'new' && end - s >= 2 && looksLikeNameWord(tokens[s + 1]!.lower) && !isCommonWord(tokens[s + 1]!.lower)
    if (s === start && isSentenceInitial(doc, s) && lower.length > 1 && (isCommonWord(lower) || lowercaseSeen.has(lower)) && !hasHead(tokens, end) && !glued && !agency && !compass && !acronymOnly && !acronymAfter(tokens, s, end) && !(end - s >= 2 && appositiveKind(tokens, end) === 'group') && !(ORG_LEADERS.has(lower) && end - s >= 2 && looksLikeNameWord(tokens[s + 1]!.lower))) {
      s++
      continue
    }
    break
  }
  // "Interior Minister Mónica Serrano", "Public Health Minister Rose Nguini": the name follows the
  // last title inside the run (unless the run is an institution: "General Assembly").
  // Not "the Estado Mayor Central (EMC)": a name its acronym spells whole holds no title.
  // Nor "Hospital General del Sur", "Instituto General de Salud": a Romance title word after an
  // institution's or a site's first word, followed by its "de", is part of the name.
  const romanceInstitution = ORG_LEADERS.has(tokens[s]!.lower) || PLACE_LEADERS.has(tokens[s]!.lower)
  if (!hasHead(tokens, end) && !acronymAfter(tokens, s, end)) {
    for (let k = end - 2; k >= s; k--) {
      if (romanceInstitution && ROMANCE_PARTICLES.has(tokens[k + 1]!.text)) continue
      if (PERSON_TITLES.has(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k].text)) {
        s = k + 1
        titleCue = true
        break
      }
    }
  }
  // "Station Manager Gary Hall", "Fire Chief Dana Whitfield": a role inside the run before a given
  // name and a surname opens the name, whatever the surname's word ("Hall" is no building here).
  // The role is the run's third word from the end: a given name and one surname close it.
  const role = end - 3
  if (role >= s) {
    const w = tokens[role]!.lower
    if ((PERSON_TITLES.has(w) || PERSON_ROLE_NOUNS.has(w)) && isCapitalized(tokens[role]!) && isFirstName(tokens[role + 1]!.lower) && isCapitalized(tokens[role + 2]!) && isWord(tokens[role + 2]!)) {
      return { tokenStart: role + 1, tokenEnd: end, kind: 'person', score: 3 }
    }
  }
  // "Minister of Human Rights Thérèse Atangana": after a title's "of" and its remit, the name is the
  // run's last name-like words.
  if (titleCue && (tokens[s]?.text === 'of' || tokens[s]?.text === 'for')) ofRemit = true
  while (s < end && (CONNECTORS.has(tokens[s].text) || tokens[s].text === '-' || tokens[s].text === '.')) s++
  if (ofRemit) {
    let k = end
    const nameish = (w: string) => isPersonName(w) || (looksLikeNameWord(w) && !isCommonWord(w))
    while (k > s && isWord(tokens[k - 1]!) && nameish(tokens[k - 1]!.lower) && !PLACE_HEADS.has(tokens[k - 1]!.lower) && !ORG_HEADS.has(tokens[k - 1]!.lower)) k--
    if (k > s && end - k >= 2) s = k
    // "State Minister for Disaster Management and Relief, Md X": a title and its remit, no name after them.
    else if (k === end) return null
  }
  let e = end
  // A trailing weekday or month is a date, not part of a name ("Putin Friday").
  while (e > s && WEEKDAYS_AND_MONTHS.has(tokens[e - 1].lower) && isCapitalized(tokens[e - 1]!)) e--
  // "…wrote on X.\n\nInvestigators said": a period read as an initial's ("George W. Bush") that ends the
  // sentence is its full stop, no part of the name.
  if (e - s >= 2 && tokens[e - 1]!.text === '.' && (tokens[e] === undefined || tokens[e]!.sentence !== tokens[e - 1]!.sentence)) e--
  while (e > s && (CONNECTORS.has(tokens[e - 1].text) || tokens[e - 1].text === '-')) e--
  if (s >= e) return null
  // "Kankara Local Government Area", "Birnin Magaji LGA": a Nigerian district named with its kind is
  // the place before the kind (entities.ts puts the kind in the mention, as for "Jarkhet district").
  {
    const kind = LOCAL_GOVERNMENT_KINDS.find((words) => e - words.length >= s && words.every((w, i) => isLocalGovernmentWord(tokens[e - words.length + i]!.text, w)))?.length ?? 0
    // (Not "the Department of the Interior and Local Government": an institution's remit.)
    if (kind > 0 && e - kind > s && e - kind - s <= 3 && tokens.slice(s, e - kind).every((t) => isCapitalized(t) && !ORG_HEADS.has(t.lower) && !ORG_LEADERS.has(t.lower))) return { tokenStart: s, tokenEnd: e - kind, kind: 'place', score: 3 }
  }
  const sentence = doc.sentences[tokens[s].sentence]
  const words = tokens.slice(s, e).filter(isWord)
  const wordsLower = words.map((w) => w.lower)
  const surface = doc.lookup.slice(tokens[s].start, tokens[e - 1].end)
  const head = wordsLower[wordsLower.length - 1]
  const single = words.length === 1

  // Title-case headings capitalize every word: only acronyms and known names are evidence there.
  if (sentence?.titleCase && !(single && isAcronymToken(words[0]))) return null
  // "Minister Rejects Charge | Assam Water Resources Minister…": a live entry's heading before a bar.
  if (tokens[e]?.text === '|' && isLineStart(doc, start) && !(single && isAcronymToken(words[0]))) return null
  if (single && (WEEKDAYS_AND_MONTHS.has(head) || STOP_CAPITALIZED.has(head) || PERSON_TITLES.has(head))) return null
  // "a post on X", "the club's official X account": the platform X (codebook §7, platforms are groups).
  if (single && surface === 'X' && platformX(tokens, s, e)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  if (single && words[0].text.length < 2) return null
  // "told the Guardian", "a report in the Times": a newspaper's one-word name after "the".
  if (single && tokens[s - 1]?.lower === 'the' && !isSentenceInitial(doc, s - 1) && MEDIA_HEADS.has(head)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "Rs 2,900 crore", "Tk 500", "KSh 1,000": a currency written before its amount.
  if (single && CURRENCY_CODES.has(head) && /^\d/.test(tokens[e]?.text ?? '')) return null
  // "the Head of State": a title's complement is no name; "None of the three": a pronoun.
  if (single && titleCue && (PLACE_HEADS.has(head) || ORG_HEADS.has(head) || isCommonWord(head))) return null
  if (single && PRONOUNS_CAPITALIZED.has(head)) return null
  // "addressed the camera in Pidgin English", "a statement in Hausa": a language names no one.
  if (LANGUAGES.has(head) && tokens[s - 1]?.lower === 'in' && !ORG_HEADS.has(tokens[e]?.lower ?? '')) return null
  // "the largest Islamist party", "a Salafist militia": the adjective of a kind of group names none.
  if (single && GROUP_ADJECTIVES.has(head)) return null
  // Holidays, seasons and named storms are no person, group or place: "Eid al-Fitr", "Ramadan",
  // "Cyclone Belinda", "Typhoon Haima".
  if (HOLIDAYS.has(wordsLower[0]!) || (!single && STORM_WORDS.has(wordsLower[0]!))) return null
  // "a white Toyota Corolla", "a black Mercedes": a vehicle's make and model after its colour.
  const colour = tokens[start - 1]
  if (colour !== undefined && colour.text === colour.lower && COLOURS.has(colour.lower)) return null
  // "an Airbus A320 of Indus Air", "a Boeing 737-800": an aircraft's make and model names no one
  // (codebook §7: aircraft are not entities; the operator is).
  if (AIRCRAFT_MAKERS.has(wordsLower[0]!) && words.length >= 2 && /\d/.test(words[words.length - 1]!.text)) return null
  // "the ferry MV Lady Mary", "HMS Dauntless": a vessel is no person, group or place (codebook §1).
  if (VESSEL_PREFIXES.has(tokens[start]!.text) && end - start >= 2) return null
  // "@SofieLind": a platform handle is no entity (codebook §1).
  if (tokens[s - 1]?.text === '@' && !tokens[s]!.spaceBefore) return null

  if (single && ACRONYM_STOPLIST.has(surface)) return null
  // "LAGRANGE, Ga.", "TULSA, Okla.": a state's abbreviation after a dateline's town.
  if (single && words[0].text.length <= 4 && tokens[s - 1]?.text === ',' && tokens[e]?.text === '.' && !tokens[e]!.spaceBefore && isLineStart(doc, s - 2)) return null
  const whole = surface.toLowerCase()
  if (isKnownOrganization(whole)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  if (isKnownPlaceName(whole)) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }

  // "Kaduna State Police Command Public Relations Officer (PPRO)": a body, then a title of its officers
  // with no name after it — the body alone is named.
  if (!single && PERSON_TITLES.has(head) && ofAtAny(wordsLower) < 0) {
    let j = words.length - 2
    while (j >= 0 && !ORG_HEADS.has(wordsLower[j]!) && (PERSON_TITLES.has(wordsLower[j]!) || isCommonWord(wordsLower[j]!) || !looksLikeNameWord(wordsLower[j]!))) j--
    if (j >= 1 && j < words.length - 1 && ORG_HEADS.has(wordsLower[j]!) && wordsLower.slice(0, j).some((w) => !ORG_HEADS.has(w) && !isCommonWord(w))) {
      const bodyEnd = tokens.indexOf(words[j]!, s) + 1
      return { tokenStart: s, tokenEnd: bodyEnd, kind: 'group', score: 3 }
    }
  }
  // "Executive Officer", "District Police Officer": a title's words alone name no one.
  if (!single && PERSON_TITLES.has(head) && ofAtAny(wordsLower) < 0 && words.every((w) => PERSON_TITLES.has(w.lower) || ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || isCommonWord(w.lower))) return null
  // "Area 23", "Ruta 68": a numbered place.
  if (words.length === 2 && NUMBERED_PLACES.has(wordsLower[0]!) && /^\d+$/.test(words[1]!.text)) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  // "Thai PBS", "the Belarusian KGB": a demonym and an acronym are a country's outlet or agency.
  if (words.length === 2 && isDemonymWord(wordsLower[0]!) && isAcronymToken(words[1]!) && !ACRONYM_STOPLIST.has(words[1]!.text) && !PERSON_TITLES.has(wordsLower[1]!) && !/s$/.test(words[1]!.text)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "the region's Malay Muslims", "Coptic Christians": believers are no entity; "the Kestrel Accords": a document is none.
  if (BELIEVERS.has(head) || (!single && DOCUMENT_WORDS.has(head))) return null
  const acronym = single && (isAcronymToken(words[0]) || /^\p{Lu}[\p{Lu}\d]*-[\p{Lu}\d]+$/u.test(surface))
  // "the IceCrypt ransomware attack", "300 million CFA francs", "a MEMU train": a program's, a
  // currency's or a vehicle's name before its kind names no one.
  // ("four Sri Mutiara buses": an operator's name used of its vehicles names no one either.)
  if (THINGS_AFTER_NAME.has(tokens[e]?.lower ?? '') && /^\p{Ll}/u.test(tokens[e]?.text ?? '') && !ORG_HEADS.has(head) && !PLACE_HEADS.has(head)) return null
  if (acronym) {
    if (ACRONYM_STOPLIST.has(surface)) return null
    // "Public Relations Officer (PPRO)": a title's abbreviation names no one — unless it spells the
    // name before it ("Front for Renewal and Justice (FRJ)", whose last word is also a title).
    if (tokens[s - 1]?.text === '(' && PERSON_TITLES.has(tokens[s - 2]?.lower ?? '') && tokens[e]?.text === ')' && !spellsNameBefore(tokens, s - 1, surface)) return null
    // "AT LEAST nine fans died", "MORE THAN 40 were hurt": a lede's first words set in capitals are
    // common words, no acronym.
    if (isCommonWord(head) && /^\p{Lu}{2,}$/u.test(tokens[s - 1]?.text ?? '') && STOP_CAPITALIZED.has(tokens[s - 1]!.lower)) return null
    // "A PATTERN?", "WHAT WE KNOW": a word of a heading set in capitals is no acronym.
    if (words[0].text.length >= 5 && inCapitalsLine(doc, s) && !isLineStart(doc, s)) return null
    // "LAGRANGE, Ga. —", "SARAVENA:": a dateline's town in capitals at the start of a line.
    // "YAOUNDE — A small militia…": a town in capitals before the dateline's dash.
    if (isLineStart(doc, s) && ((words[0].text.length >= 5 && ([',', ':'].includes(tokens[e]?.text ?? '') || (tokens[e]?.text === '-' && tokens[e]!.spaceBefore))) || (words[0].text.length >= 4 && tokens[e]?.text === ',' && /^\p{Lu}\p{Ll}/u.test(tokens[e + 1]?.text ?? '')))) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }
    return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  }
  // "stormed Holy Trinity Presbyterian Church in the town of Ndop": a church named as the scene is a
  // building (codebook §1, named sites); one that speaks is the institution.
  if (!single && CHURCH_WORDS.has(head) && !speechCue(tokens, s, e) && /^\p{Ll}/u.test(tokens[s - 1]?.text ?? '')) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  // "Gunmen stormed Unity Model College", "on ventilators at SCB Medical College", "descended on the
  // Institut Mwanga": a school named as the scene is a building, as a church is (codebook §1, named sites).
  if (!single && (SCHOOL_WORDS.has(head) || wordsLower[0] === 'institut') && !speechCue(tokens, s, e) && SCENE_BEFORE.has(tokens[s - 1]?.lower === 'the' ? tokens[s - 2]?.lower ?? '' : tokens[s - 1]?.lower ?? '')) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  if (!single && !ORG_HEADS.has(head) && wordsLower.slice(1).some((w) => w === 'hospital' || w === 'clinic')) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  // "Banner Ridge Medical Center", "Kibera Health Centre": a hospital by another name is a site too.
  if (words.length >= 3 && (head === 'center' || head === 'centre') && (wordsLower[wordsLower.length - 2] === 'medical' || wordsLower[wordsLower.length - 2] === 'health')) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  if (!single && ORG_HEADS.has(head)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "Ministry of Health", "Armed Forces of the Democratic Republic of the Congo", "Viña Los Robles".
  const ofAt = wordsLower.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'))
  const firstWord = surface.split(/\s+/)[0].toLowerCase()
  // "University Hospital Galway", "University Hospital of Wales": a hospital is a site (codebook §1, as
  // "Sabon Gari General Hospital"), though its name opens with an institution's word.
  if (!single && ((ofAt > 0 && ORG_HEADS.has(wordsLower[ofAt - 1])) || ORG_LEADERS.has(wordsLower[0]) || ORG_LEADERS.has(firstWord))) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  if (!single && ((ofAt > 0 && PLACE_HEADS.has(wordsLower[ofAt - 1])) || PLACE_LEADERS.has(wordsLower[0]))) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  if (!single && PLACE_HEADS.has(head) && head !== 'state') return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }

  if (tokens[s - 1]?.lower === 'of' && MEMBERS_OF.has(tokens[s - 2]?.lower ?? '') && !isFirstName(wordsLower[0]!)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "Adjara police said", "a spokeswoman for South Bohemia police": a name before a lowercase
  // "police" and its verb or its voice is the force's place (bodies.ts names the force after it).
  if (tokens[e]?.text === 'police' && (SPEECH_VERBS.has(tokens[e + 1]?.lower ?? '') || /^spokes(?:man|woman|person)$/.test(tokens[e + 1]?.lower ?? '') || /^[.,;]$/.test(tokens[e + 1]?.text ?? '')) && !words.some((w) => isFirstName(w.lower)) && !isDemonymWord(wordsLower[0]!) && !/(?:ian|ese|ish)$/.test(wordsLower[wordsLower.length - 1]!)) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }
  // "a ward president of the Konkan Vikas Aghadi", "spokesman for the Kivu Youth Front": an office
  // of an organization named after "the" (not a place's kind after the name: "head of the Phra
  // Nakhon district office").
  if (tokens[s - 1]?.lower === 'the' && (tokens[s - 2]?.lower === 'of' || tokens[s - 2]?.lower === 'for') && ORG_OFFICE_TITLES.has(tokens[s - 3]?.lower ?? '') && !isFirstName(wordsLower[0]!) && !PLACE_HEADS.has(tokens[e]?.lower ?? '') && !SITE_NOUNS.has(tokens[e]?.lower ?? '')) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "Tbilisi-based Pulse Events", "Ohio-based Buckeye Federal": a name right after "<place>-based" is
  // an organization's (a person's comes after a role: "Lagos-based lawyer Ade Bello").
  if (!single && tokens[s - 1]?.lower === 'based' && tokens[s - 2]?.text === '-' && !tokens[s - 1]!.spaceBefore && !words.some((w) => isFirstName(w.lower)) && !isPersonName(head)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "The Health Service Executive (HSE)": a name followed by the acronym of its initials is an
  // organization's (persons have none; places with one are in the gazetteer: "UAE", "DRC").
  // (Not "District Police Officer (DPO)", "Chief Executive Officer (CEO)": a title and its abbreviation name no one.)
  if (!single && acronymAfter(tokens, s, e)) return PERSON_TITLES.has(head) ? null : { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "Health Canada", "Transport Scotland", "WorkSafe Queensland": an agency's words (or a brand with an
  // inner capital) before the place it serves name the agency, not a person.
  // ("WorkSafe Victoria", "Fire Rescue Victoria": the place may be one the bundle leaves out for
  // being also a person's name, when it is no given name.)
  if (!single && words.slice(0, -1).every((w) => AGENCY_WORDS.has(w.lower) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text)) && (isKnownPlaceName(head) || !isFirstName(head)) && words.slice(0, -1).every((w) => !isPersonName(w.lower) && !isFirstName(w.lower))) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "Los Rastrojos", "Las Lunas Rojas": a name opening with a Spanish plural article is a group's (a
  // band, a cartel, a team), never a person's.
  if (!single && (wordsLower[0] === 'los' || wordsLower[0] === 'las')) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "the Nile Crest Plastics plant", "the Zarqa Dyeing Mills factory": a company named by its facility.
  const facility = tokens[e]
  if (!single && facility !== undefined && facility.text === facility.lower && FACILITY_NOUNS.has(facility.lower) && !isFirstName(wordsLower[0]!)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "Bornholm Independents candidate Poul Riis", "Green Left lawmakers": a party's people after its name.
  if (PARTY_PEOPLE.has(tokens[e]?.text ?? '') && !isFirstName(wordsLower[0]!) && !isPersonName(head) && !(single && isSentenceInitial(doc, s))) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "Kestrel Apparel workers", "Nile Crest employees": the people of an employer written after its name.
  if (EMPLOYEES.has(tokens[e]?.text ?? '') && !isFirstName(wordsLower[0]!) && !isPersonName(head) && !isCommonWord(wordsLower[0]!) && !lowercaseSeen.has(wordsLower[0]!) && !(single && isSentenceInitial(doc, s))) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "NewsDay", "WorkSafe": a capital inside one word names a brand, not a person ("McDonald" does).
  const camel = single && /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(words[0]!.text)
  if (camel && !CAMEL_PREFIXES.test(camel[1]!)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "AKIpress", "RIAnews": an acronym glued to a word is a brand's name.
  if (single && /^\p{Lu}{2,}\p{Ll}{3,}$/u.test(words[0]!.text)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  const appositive = appositiveKind(tokens, e) ?? appositiveBefore(tokens, s, e)
  if (appositive) return { tokenStart: s, tokenEnd: e, kind: appositive, score: 3 }
  if (groupCategory(tokens, s, e)) return null
  if (groupNounBefore(tokens, s) || groupNounAfter(tokens, e) || namedAsGroup(tokens, s) || teamCue(tokens, s, e)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "a Sufi shrine", "a Shia mosque": one adjective before a site's kind after "a" is a kind of site, no name.
  if (single && ['a', 'an'].includes(tokens[s - 1]?.lower ?? '') && placeNounAfter(tokens, e)) return null
  if (!titleCue && (placeNounAfter(tokens, e) || placeNounBefore(tokens, s))) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 3 }
  if (!titleCue && hometown(tokens, s, e)) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }
  if (titleCue || titleBefore(tokens, s)) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 3 }
  if (ageAfter(tokens, e)) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 3 }
  // "…, said Ngozi Eze, who sells fabric": a name of two words or more that "who" takes up is a person's.
  if (!single && tokens[e]?.text === ',' && tokens[e + 1]?.lower === 'who' && words.every((w) => looksLikeNameWord(w.lower) || isPersonName(w.lower))) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 3 }
  // "commanded by Saw Lin Aung", "using the name Dacian Wolf": a name of two words or more is taken
  // whatever its words mean alone.
  if (namedAsPerson(tokens, s) && (!single || words.every((w) => looksLikeNameWord(w.lower) || isPersonName(w.lower)))) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 3 }
  if (possessiveGroupCue(tokens, e)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  if (possessiveLeaderCue(tokens, e) && words.every((w) => looksLikeNameWord(w.lower))) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 2 }
  // "North Kivu's transport minister", "Sindh's governor": a place's own office-holder.
  if (possessiveOfficeCue(tokens, e) && !words.some((w) => isFirstName(w.lower))) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }

  // "Samuel Bishop", "Dan Minor": after a given name, a surname that is also a title or a common word.
  const surnameAfterGiven = (w: Token, k: number) => k === words.length - 1 && k >= 1 && k <= 2 && isFirstName(wordsLower[0]!) && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !ORG_HEADS.has(w.lower) && !PLACE_HEADS.has(w.lower) && !STOP_CAPITALIZED.has(w.lower) && !WEEKDAYS_AND_MONTHS.has(w.lower)
  // "M G Nanjappa": initials without stops before the surname.
  // "Md Enamur Rahman", "Mohd Azlan": an abbreviated Muhammad opens the name.
  const initial = (w: Token, k: number) => k < words.length - 1 && (/^\p{Lu}$/u.test(w.text) || (k === 0 && /^(?:Md|Mohd|Muhd)$/.test(w.text)))
  const nameLike = words.every((w, k) => looksLikeNameWord(w.lower) || isPersonName(w.lower) || CONNECTORS.has(w.lower) || (k === 0 && !single && PLACE_MODIFIERS.has(w.lower)) || surnameAfterGiven(w, k) || initial(w, k))
  const speech = speechCue(tokens, s, e)
  // "La Esperanza coal mine", "El Retiro": a name opening with a Romance article is a place's (an
  // estate, a barrio, a mine), never a person's ("Los", "Las" open groups' names, above).
  if (!single && ROMANCE_ARTICLES.has(wordsLower[0]!) && words.length <= 4) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 1 }
  // "flipped on its side in South San Jose": a compass word opening a name after "in" is a place's, whatever
  // the name's last word ("Jose").
  if (!single && PLACE_MODIFIERS.has(wordsLower[0]!) && wordsLower[0] !== 'new' && PREPOSITIONS_OF_PLACE.has(tokens[s - 1]?.lower ?? '') && nameLike) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }
  // "she told Le360.", "Residents told the Daily Graphic that…", "spoke to Citi FM", ", Prensa Libre
  // reported.": a name that holds no given name and no surname ends, told things or reporting them
  // at a clause's end, is the outlet.
  if (((!isSentenceInitial(doc, s) && outletCue(tokens, s, e)) || (isSentenceInitial(doc, s) && reportedThat(tokens, s, e))) && !wordsLower.some((w) => isFirstName(w.split('-')[0]!)) && !isPersonName(head) && !PERSON_TITLES.has(wordsLower[0]!)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 3 }
  // "arrested at a checkpoint in Milagros", "in Victoria": one name after "in", also a given name, is
  // a town (not a possessive: "in Maria's house"; nor after "faith in", "a role in").
  if (single && nameLike && tokens[s - 1]?.lower === 'in' && tokens[e]?.text !== "'" && !IN_PERSON_BEFORE.has(tokens[s - 2]?.lower ?? '')) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 1 }
  if (nameLike && (isFirstName(wordsLower[0]) || (!single && isPersonName(head)))) {
    return { tokenStart: s, tokenEnd: e, kind: 'person', score: single ? 1 : 3 }
  }
  // "…was meant to raise hard currency, Aftenposten reported.": one unknown name closing the sentence
  // with "reported" is the outlet that carried the story, not a person (a person is named in full).
  if (single && nameLike && !isPersonName(head) && tokens[s - 1]?.text === ',' && (tokens[e]?.lower === 'reported' || tokens[e]?.lower === 'reports') && /^[.;]$/.test(tokens[e + 1]?.text ?? '.')) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "…only ambulances are let through, according to Rudaw": one unknown name as the source of a
  // report is an outlet (a person is named in full, or by a surname the article gave before).
  if (single && nameLike && !isPersonName(head) && tokens[s - 1]?.lower === 'to' && tokens[s - 2]?.lower === 'according' && /^[.,;]$/.test(tokens[e]?.text ?? '.')) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 2 }
  // "Eyewitnesses in Parachinar said…": a name after a preposition of place is no speaker.
  const inPlace = PREPOSITIONS_OF_PLACE.has(tokens[s - 1]?.lower ?? '') && tokens[s - 1]?.lower !== 'from' && SPEECH_VERBS.has(tokens[e]?.lower ?? '')
  if (speech && nameLike && !inPlace) return { tokenStart: s, tokenEnd: e, kind: 'person', score: 2 }
  const prev = tokens[s - 1]
  // "in Bradford", "near Jackson": a surname alone after a preposition of place is most often a town
  // (a given name is not: "from Ahmed").
  if (prev && PREPOSITIONS_OF_PLACE.has(prev.lower) && nameLike && (!isPersonName(wordsLower[0]) || (single && !isFirstName(wordsLower[0]) && prev.lower !== 'from'))) {
    return { tokenStart: s, tokenEnd: e, kind: 'place', score: single ? 1 : 2 }
  }
  // ("through Kudige, Hebbale and Kodlipet": a list after "through" is of places, not platforms.)
  const listFollows = (tokens[e]?.text === ',' || tokens[e]?.lower === 'and') && /^\p{Lu}/u.test(tokens[e + 1]?.text ?? '')
  if (prev && PLATFORM_PREPOSITIONS.has(prev.lower) && single && prev.lower === 'through' && listFollows) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 1 }
  if (prev && PLATFORM_PREPOSITIONS.has(prev.lower) && single) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 1 }
  if (!single && nameLike && PLACE_MODIFIERS.has(wordsLower[0])) return { tokenStart: s, tokenEnd: e, kind: 'place', score: 2 }
  // "a ward president of the Konkan Vikas Aghadi", "to ply the Parika-Bartica route": a person's
  // name takes no article; with nothing else to go on, a run after "the" is no one's.
  if (!single && words.length <= 4 && nameLike && tokens[s - 1]?.lower !== 'the') return { tokenStart: s, tokenEnd: e, kind: 'person', score: 1 }
  // "held by the Manyu Tigers", "the Kondele Boys": a name after "the" that ends in a common plural is
  // a group's (a militia, a gang, a band, a team), not a place ("the Baltic States" ends in a place's word).
  if (!single && tokens[s - 1]?.lower === 'the' && tokens[e - 2]?.text !== '-' && commonPluralName(wordsLower[wordsLower.length - 1]!)) return { tokenStart: s, tokenEnd: e, kind: 'group', score: 1 }
  return { tokenStart: s, tokenEnd: e, kind: null, score: 0 }
}

/** An institution's word inside [from, end) before "of"/"for": "Court of Human Rights". */
function hasInstitutionWord(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k + 1 < end; k++) if (ORG_HEADS.has(tokens[k]!.lower) && (tokens[k + 1]!.text === 'of' || tokens[k + 1]!.text === 'for')) return true
  return false
}

function hasHead(tokens: Token[], end: number): boolean {
  const head = tokens[end - 1]?.lower ?? ''
  return ORG_HEADS.has(head) || PLACE_HEADS.has(head)
}

/** "Vice President Kamala Harris", "spokesperson Adrienne Watson", "the Russian president, Vladimir Putin". */
function titleBefore(tokens: Token[], s: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - 3); k--) {
    const t = tokens[k]
    // "…as the information minister. Health minister X said": the sentence before holds no title of this name.
    // "Superintending Engineer (Dam Safety)": a title's remit in parentheses is no name.
    if (t.sentence !== tokens[s]!.sentence || t.text === '(') return false
    if (PERSON_TITLES.has(t.lower) || PERSON_ROLE_NOUNS.has(t.lower)) return true
    if (t.text === ',' || t.text === '.' || isDemonymWord(t.lower) || t.lower === 'the' || t.lower === 'former') continue
    // "superintendent of police Harsh Vora", "chief of staff Ana Ruiz": a title with its remit.
    if (k === s - 1 && /^\p{Ll}/u.test(t.text) && tokens[k - 1]?.text === 'of' && PERSON_TITLES.has(tokens[k - 2]?.text ?? '')) return true
    if (/^\p{Ll}/u.test(t.text)) return false
  }
  return false
}

const APPOSITIVE_PREPOSITIONS = new Set(['for', 'of', 'at', 'in', 'with', 'from', 'on', 'to', 'by', 'near', 'based'])

/** "X, a medical student", "X, spokesperson for…", "X, a famous Russian rock band". */
function appositiveKind(tokens: Token[], e: number): EntityKind | null {
  // "The Citizens for Accountable Governance (CAG), a local rights group,": past the acronym.
  if (tokens[e]?.text === '(' && tokens[e + 2]?.text === ')' && isAcronymToken(tokens[e + 1] ?? tokens[e]!)) e += 3
  if (tokens[e]?.text !== ',') return null
  // The head is the last role noun before a preposition or the end of the phrase: "the private
  // company hired to…" is a company ("private" is also a rank), "a spokesman for the band" a person.
  let kind: EntityKind | null = null
  for (let k = e + 1; k < Math.min(tokens.length, e + 10); k++) {
    const t = tokens[k]
    // A relative clause is no appositive: ", where several hundred thousand residents…".
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'where' || t.lower === 'whose' || t.lower === 'when' || t.lower === 'while') break
    // ", and a 19-year-old man, …": the next item of a list, no appositive.
    // ", as the main suspect": an adverbial, no appositive.
    if (k === e + 1 && (t.lower === 'and' || t.lower === 'or' || t.lower === 'as')) break
    // "in South Ridge, tying up traffic for the driver…", "the operator, Kerbau Lines, had put the
    // driver back": a clause that opens with a verb is the sentence going on, no appositive.
    if (k === e + 1 && /^\p{Ll}/u.test(t.text) && (isFiniteVerbForm(t.lower) || /^\p{Ll}{2,}ing$/u.test(t.lower))) break
    if (APPOSITIVE_PREPOSITIONS.has(t.lower)) break
    // "X, the Social Democratic Union's finance spokeswoman,": a capitalized word is another name's, not the head.
    if (/^\p{Lu}/u.test(t.text) && k > e + 1) continue
    // "in Konduga, police spokesman Aliyu Bello said": a role before a name opens a new subject.
    if ((PERSON_ROLE_NOUNS.has(t.lower) || PERSON_TITLES.has(t.lower)) && /^\p{Lu}/u.test(t.text) === false && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return null
    if (PERSON_ROLE_NOUNS.has(t.lower) || PERSON_TITLES.has(t.lower)) kind = 'person'
    else if (GROUP_ROLE_NOUNS.has(t.lower)) kind = 'group'
    else if (PLACE_ROLE_NOUNS.has(t.lower)) kind = 'place'
  }
  return kind
}

// Common nouns that introduce a group's name: "the militant group Jama'at Ansar al-Sahel", "the
// rock band Piknik", "the street gang Kondele Boys", "the tabloid Ekstra Bladet", "the grocery chain
// Mercado Andino", "the broadcaster Thai PBS". Names with no institution word of their own.
const GROUP_NOUNS_BEFORE = new Set(['group', 'militia', 'faction', 'club', 'band', 'movement', 'gang', 'cartel', 'outfit', 'company', 'firm', 'party', 'organisation', 'organization', 'network', 'insurgency', 'tabloid', 'newspaper', 'broadcaster', 'chain', 'retailer', 'carrier', 'airline', 'label', 'brand', 'startup', 'charity', 'ngo', 'magazine', 'outlet', 'insurer', 'lender', 'manufacturer', 'maker', 'developer', 'builder', 'contractor', 'operator', 'promoter', 'organiser', 'organizer', 'service', 'team', 'collective', 'supermarket', 'bank', 'agency', 'daily', 'weekly', 'website', 'channel', 'station'])

function groupNounBefore(tokens: Token[], s: number): boolean {
  const prev = tokens[s - 1]
  // "the Finnish news site Iltalehti", "the news portal Le360": a site named by what it carries.
  if (prev !== undefined && (prev.lower === 'site' || prev.lower === 'portal') && tokens[s - 2]?.lower === 'news') return true
  if (prev === undefined || !/^\p{Ll}/u.test(prev.text) || !GROUP_NOUNS_BEFORE.has(prev.lower)) return false
  // "property developer Godfrey Ssemanda": a trade before a given name and a surname is a person's.
  return !(TRADE_NOUNS.has(prev.lower) && isFirstName(tokens[s]!.lower) && /^\p{Lu}/u.test(tokens[s + 1]?.text ?? ''))
}

// Plural and collective nouns of groups that may introduce a name with "known as", "dubbed": "two
// hacking crews tracked as X and Y", "a militia calling itself X", "gangs known locally as X".
const GROUPS_NAMED = new Set([...GROUP_NOUNS_BEFORE, 'groups', 'crew', 'crews', 'gangs', 'militias', 'factions', 'cartels', 'networks', 'outfits', 'teams', 'cell', 'cells', 'unit', 'units', 'collectives', 'movements'])
const NAMING_BEFORE_AS = new Set(['known', 'tracked', 'tracks', 'track', 'designated', 'identified', 'listed', 'styled', 'referred'])
const NAMING_VERBS = new Set(['dubbed', 'called', 'calls', 'named', 'nicknamed', 'branded'])

/**
 * A group introduced by the name it goes by: "a hacking group known as Grey Lynx", "two crews
 * tracked as Frost Lynx and…", "a militia calling itself X", "a gang dubbed X". The group noun stands
 * right before the naming words (an adverb between: "a group also known as X"); a person's name
 * introduced so ("a man known as X") is not taken.
 */
function namedAsGroup(tokens: Token[], s: number): boolean {
  let k = s - 1
  // 'a hacker team known as "Saffron Kite"', "a group calling itself the Gray Choir": the name in
  // quotation marks or after "the".
  if (/^["“']$/u.test(tokens[k]?.text ?? '') || tokens[k]?.lower === 'the') k--
  const w = tokens[k]?.lower
  if (w === 'as' && NAMING_BEFORE_AS.has(tokens[k - 1]?.lower ?? '')) k -= 2
  else if (w !== undefined && NAMING_VERBS.has(w)) k -= 1
  else if (w === 'itself' && ['calling', 'styling', 'naming', 'calls', 'styles'].includes(tokens[k - 1]?.lower ?? '')) k -= 2
  else return false
  // "known locally as", "also known as": one adverb may stand between.
  if (/ly$|^also$/.test(tokens[k]?.lower ?? '') && !GROUPS_NAMED.has(tokens[k]?.lower ?? '')) k--
  // "a group it tracks as Copper Vesper", "a crew researchers call X": the namer between.
  if (['it', 'they', 'we', 'researchers', 'analysts'].includes(tokens[k]?.lower ?? '')) k--
  const noun = tokens[k]
  return noun !== undefined && noun.text === noun.lower && GROUPS_NAMED.has(noun.lower)
}

// Nouns of a sports fixture: "a derby against bitter rivals X", "X's pre-season match", "their
// opener against X".
const FIXTURE_NOUNS = new Set(['match', 'game', 'friendly', 'fixture', 'derby', 'final', 'semi-final', 'semifinal', 'quarter-final', 'clash', 'tie', 'opener', 'encounter', 'showdown', 'rematch', 'playoff', 'play-off', 'league', 'cup'])
const FIXTURE_MODIFIERS = new Set(['pre', 'pre-season', 'preseason', 'league', 'cup', 'home', 'away', 'friendly', 'opening', 'final', 'first', 'second', 'return', 'weekend', 'midweek', 'crucial', 'decisive', 'premier', 'season', 'semi', '-'])
// Nouns for the side played: "against bitter rivals X", "against champions X".
const OPPONENT_NOUNS = new Set(['rivals', 'rival', 'champions', 'side', 'neighbours', 'neighbors', 'hosts', 'visitors', 'opponents', 'leaders', 'holders'])

/**
 * A sports team named by its fixture: the side played "against" in a match ("a derby against bitter
 * rivals X", "the friendly against X"), or the side whose match it is ("X's pre-season match
 * against…"). Clubs are groups (codebook §1, teams).
 */
function teamCue(tokens: Token[], s: number, e: number): boolean {
  // "X's pre-season match", "X's 2-0 win".
  if (tokens[e]?.text === "'" && tokens[e + 1]?.lower === 's') {
    for (let k = e + 2; k < Math.min(tokens.length, e + 7); k++) {
      const w = tokens[k]!.lower
      if (FIXTURE_NOUNS.has(w) && w !== 'league' && w !== 'cup') return true
      if (!FIXTURE_MODIFIERS.has(w)) break
    }
  }
  // "Premier League side Chelsea", "the Turkish side Galatasaray": a team introduced as a side.
  if (tokens[s - 1]?.text === 'side' && (/^\p{Lu}/u.test(tokens[s - 2]?.text ?? '') || isDemonymWord(tokens[s - 2]?.lower ?? '') || ['home', 'away', 'visiting', 'rival', 'opposing'].includes(tokens[s - 2]?.lower ?? ''))) return true
  // "against (bitter) rivals X": up to two lowercase words between "against" and the name.
  let k = s - 1
  let between = 0
  while (k >= 0 && between < 2 && /^\p{Ll}/u.test(tokens[k]!.text) && tokens[k]!.lower !== 'against' && tokens[k]!.lower !== 'versus' && tokens[k]!.lower !== 'vs') {
    k--
    between++
  }
  const against = tokens[k]
  if (against === undefined || !['against', 'versus', 'vs'].includes(against.lower)) return false
  if (between > 0 && !OPPONENT_NOUNS.has(tokens[s - 1]!.lower)) return false
  // The fixture noun stands within five words before "against".
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!
    if (t.sentence !== against.sentence) break
    if (FIXTURE_NOUNS.has(t.lower)) return true
  }
  return false
}

// Common nouns written after a group's name: "the Ansar al-Janub militant group", "told
// Teleamazonas television", "told Hürriyet daily", "the Laskar Raya network".
const GROUP_NOUNS_AFTER = new Set(['brand', 'company', 'firm', 'label', 'chain', 'group', 'militia', 'faction', 'movement', 'network', 'television', 'tv', 'radio', 'daily', 'newspaper', 'broadcaster', 'outfit', 'gang', 'cartel', 'insurgents', 'jihadists', 'party', 'alliance', 'coalition', 'channel', 'magazine', 'tabloid', 'website', 'agency', 'brotherhood', 'association', 'cooperative', 'foundation', 'confederation'])
// Adjectives between the name and that noun: "militant group", "armed group", "jihadist network".
const GROUP_ADJECTIVES = new Set(['militant', 'armed', 'rebel', 'jihadist', 'islamist', 'salafist', 'maoist', 'separatist', 'extremist', 'terrorist', 'criminal', 'hacking', 'hacker', 'insurgent', 'paramilitary', 'news', 'state', 'private', 'local'])

/** "a local Mai-Mai militia", "a hardline Islamist militia": a kind of group, not a name (codebook §7). */
function groupCategory(tokens: Token[], s: number, e: number): boolean {
  return (['a', 'an'].includes(tokens[s - 1]?.lower ?? '') || ['a', 'an'].includes(tokens[s - 2]?.lower ?? '')) && groupNounAfter(tokens, e)
}

function groupNounAfter(tokens: Token[], e: number): boolean {
  let k = e
  if (tokens[k] && GROUP_ADJECTIVES.has(tokens[k]!.text)) k++
  const t = tokens[k]
  if (t === undefined || !GROUP_NOUNS_AFTER.has(t.text)) return false
  // "the group" as a subject after a name in a list, or a verb of its own, is no cue: the noun must end the phrase.
  const next = tokens[k + 1]
  return next === undefined || !/^\p{Ll}/u.test(next.text) || !GROUP_NOUNS_AFTER.has(next.lower)
}

// Nouns of places written after a place's name in lowercase: "the Tuz Khurmatu area", "the Phra
// Nakhon district", "the Haret Hreik neighbourhood", "the country's Northwest region".
const PLACE_NOUNS_AFTER = new Set(['seat', 'seats', 'constituency', 'constituencies', 'ward', 'area', 'areas', 'district', 'districts', 'region', 'province', 'neighbourhood', 'neighborhood', 'suburb', 'suburbs', 'township', 'municipality', 'governorate', 'subdistrict', 'sub-district', 'locality', 'quarter', 'commune', 'county', 'prefecture', 'department', 'island', 'border'])

function placeNounAfter(tokens: Token[], e: number): boolean {
  const t = tokens[e]
  if (t === undefined || t.text !== t.lower) return false
  if (PLACE_NOUNS_AFTER.has(t.lower)) return true
  // "the Bharalu river overflows", "the Kivu lake shore": a river or a lake is named whatever follows.
  if ((t.lower === 'river' || t.lower === 'lake') && tokens[e - 1] !== undefined && ['the', 'a'].includes(tokens[e - 2]?.lower ?? '')) return true
  // "Ashanti regional police commander X": the adjective of a region's or a province's offices.
  if ((t.lower === 'regional' || t.lower === 'provincial' || t.lower === 'municipal') && /^\p{Ll}/u.test(tokens[e + 1]?.text ?? '')) return true
  // "the Neringa Grand hotel,", "Nangade and Litingina villages": a site's kind ending the phrase.
  const next = tokens[e + 1]
  return SITE_NOUNS.has(t.lower) && (next === undefined || next.sentence !== t.sentence || !/^[\p{L}\p{N}]/u.test(next.text) || STOP_CAPITALIZED.has(next.lower) || isFiniteVerbForm(next.lower))
}

/** "Latrice Hollins, of West Point, and…": a person's home town after ", of". */
function hometown(tokens: Token[], s: number, e: number): boolean {
  return tokens[s - 1]?.lower === 'of' && tokens[s - 2]?.text === ',' && [',', '.', ';'].includes(tokens[e]?.text ?? '')
}

// "the village of Maro", "the harbour cities of Quy Nhon and Tuy Hoa", "the town of Ndop".
const PLACE_NOUNS_BEFORE_OF = new Set(['village', 'villages', 'town', 'towns', 'city', 'cities', 'district', 'districts', 'province', 'provinces', 'region', 'regions', 'state', 'states', 'county', 'counties', 'island', 'islands', 'municipality', 'neighbourhood', 'neighborhood', 'suburb', 'area', 'settlement', 'hamlet', 'capital', 'port', 'camp'])

function placeNounBefore(tokens: Token[], s: number): boolean {
  const of = tokens[s - 1]
  const noun = tokens[s - 2]
  if (of?.text === 'of' && noun !== undefined && noun.text === noun.lower && PLACE_NOUNS_BEFORE_OF.has(noun.lower)) return true
  // "the harbour cities of Quy Nhon and Tuy Hoa": the last name of a plural place noun's list.
  if (tokens[s - 1]?.lower !== 'and' && tokens[s - 1]?.text !== ',') return false
  let k = s - 2
  const stop = Math.max(0, s - 8)
  while (k > stop && isWord(tokens[k]!) && isCapitalized(tokens[k]!)) k--
  const plural = tokens[k - 1]
  return k < s - 2 && tokens[k]?.text === 'of' && plural !== undefined && plural.text === plural.lower && PLACE_NOUNS_BEFORE_OF.has(plural.lower) && /(?:s|ies)$/.test(plural.lower)
}

/**
 * An appositive before the name: "The company, Constructora Pacífico Alto, said", "The line's
 * operator, Vltava Rail, said", "the venue, Salón Ámbar, said", "a worshipper, Comfort Nfor, told".
 * The noun before the comma says the kind; the name is closed by a comma or the sentence's end.
 */
function appositiveBefore(tokens: Token[], s: number, e: number): EntityKind | null {
  if (tokens[s - 1]?.text !== ',') return null
  const close = tokens[e]?.text
  if (close !== ',' && close !== '.' && close !== undefined) return null
  const noun = tokens[s - 2]
  if (noun === undefined || noun.text !== noun.lower) return null
  // The noun must open the phrase after a determiner or a possessive: "the company", "the line's operator".
  const det = tokens[s - 3]
  if (det === undefined || !(['the', 'a', 'an', 'its', 'their', 's'].includes(det.lower) || /^\p{Ll}+$/u.test(det.text))) return roleOfBefore(tokens, s)
  // "The head of Mexico's national civil defense agency, Luis Puente,": the role, not the body, is the name's.
  if ((GROUP_ROLE_NOUNS.has(noun.lower) || GROUP_NOUNS_BEFORE.has(noun.lower)) && roleOfBefore(tokens, s) === 'person') return 'person'
  if (GROUP_ROLE_NOUNS.has(noun.lower) || GROUP_NOUNS_BEFORE.has(noun.lower)) return 'group'
  // "at one of the communities, Garin Haladu": a plural place noun's one member.
  const singular = noun.lower.endsWith('ies') ? `${noun.lower.slice(0, -3)}y` : noun.lower.replace(/s$/, '')
  if (PLACE_ROLE_NOUNS.has(noun.lower) || (tokens[s - 3]?.lower === 'the' && tokens[s - 4]?.lower === 'of' && PLACE_ROLE_NOUNS.has(singular))) return 'place'
  if (PERSON_ROLE_NOUNS.has(noun.lower)) return 'person'
  return roleOfBefore(tokens, s)
}

/**
 * "the head of the EU mission, Anders Lindqvist,", "a spokesman for the Tarn Front, Ali Musa,": a
 * person's role with its body, then the name (the noun before the comma is the body's).
 */
function roleOfBefore(tokens: Token[], s: number): EntityKind | null {
  for (let j = s - 3; j >= Math.max(1, s - 10); j--) {
    const t = tokens[j]!
    if (t.text === ',' || t.text === '.' || t.text === ';' || isFiniteVerbForm(t.lower)) return null
    if (t.text !== 'of' && t.text !== 'for' && t.text !== 'at') continue
    const role = tokens[j - 1]!
    const det = tokens[j - 2]
    if (role.text === role.lower && (PERSON_ROLE_NOUNS.has(role.lower) || PERSON_TITLES.has(role.lower)) && det !== undefined && ['the', 'a', 'an', 'its', 'their'].includes(det.lower)) return 'person'
    return null
  }
  return null
}

/** "Valeri Chernov, 52 years old" or "Valeri Chernov, 52,". */
function ageAfter(tokens: Token[], e: number): boolean {
  // "Peter Lindqvist, 86; Beryl Tomlinson, 90; and …": a list of the dead with their ages.
  return tokens[e]?.text === ',' && /^\d{1,2}$/.test(tokens[e + 1]?.text ?? '') && [',', 'years', 'year', ';', ')', '.'].includes(tokens[e + 2]?.lower ?? '')
}

// "went by the name Baba Kogi", "a hacker using the name Dacian Wolf"; "led by Saw Lin Aung".
const NAME_INTRODUCERS = new Set(['led', 'commanded', 'headed', 'founded', 'run'])

/** A person's name introduced as such: "the name X", "commanded by X". */
function namedAsPerson(tokens: Token[], s: number): boolean {
  const prev = tokens[s - 1]?.lower
  const before = tokens[s - 2]?.lower
  if ((prev === 'name' && before === 'the') || (prev === 'by' && NAME_INTRODUCERS.has(before ?? ''))) return true
  // "The man, named only as Sharipov,", "one pilgrim, who gave his name only as Moustapha", "a
  // witness identified only as Amina": someone the article names by one name only.
  if (prev !== 'as' || before !== 'only') return false
  const verb = tokens[s - 3]?.lower ?? ''
  // (Not "a militia known only as Kuluna": a group's name.)
  if (GROUPS_NAMED.has(tokens[s - 4]?.lower ?? '')) return false
  return ONLY_AS_VERBS.has(verb) || (verb === 'name' && /^(?:his|her|their)$/.test(tokens[s - 4]?.lower ?? ''))
}
const ONLY_AS_VERBS = new Set(['named', 'identified', 'known', 'described', 'introduced', 'gave'])

/** "Wagner's mercenaries", "Hamas's fighters". */
function possessiveGroupCue(tokens: Token[], e: number): boolean {
  return tokens[e]?.text === "'" && tokens[e + 1]?.lower === 's' && MEMBERS_NOUNS.has(tokens[e + 2]?.lower ?? '')
}

/** "North Kivu's transport minister", "Sindh's governor": up to two lowercase words of a portfolio, then a state office. */
function possessiveOfficeCue(tokens: Token[], e: number): boolean {
  if (tokens[e]?.text !== "'" || tokens[e + 1]?.lower !== 's') return false
  for (let k = e + 2; k <= e + 4; k++) {
    const t = tokens[k]
    if (t === undefined || !/^\p{Ll}+$/u.test(t.text)) return false
    if (PLACE_OFFICES.has(t.lower)) return true
  }
  return false
}
const PLACE_OFFICES = new Set(['minister', 'governor', 'premier', 'mayor'])

/** "Putin's regime", "Erdogan's government": a leader (countries are in the gazetteer already). */
function possessiveLeaderCue(tokens: Token[], e: number): boolean {
  return tokens[e]?.text === "'" && tokens[e + 1]?.lower === 's' && LEADER_NOUNS.has(tokens[e + 2]?.lower ?? '')
}

// Words before "in" that take a person after it: "faith in Maria", "a role in Ahmed's death".
const IN_PERSON_BEFORE = new Set(['believe', 'believes', 'believed', 'faith', 'trust', 'confidence', 'interest', 'role', 'part', 'hand'])

// Words before a name that make it the one told or interviewed: "told X", "spoke to X", "an
// interview with X", "a statement to X".
const TOLD_BEFORE = new Set(['told', 'tells', 'tell'])
const TOLD_TO = new Set(['spoke', 'speaking', 'talking', 'talked', 'statement', 'comments', 'remarks', 'interview'])

/**
 * An outlet's cues around the run [s, e): told ("told X", "told the X", "spoke to X", "in an
 * interview with X"), then punctuation, "that" or a preposition (not another name: "told Ahmed
 * Bello"); or reporting at the end of a clause (", X reported." / ", the X reported on Sunday").
 * A person is told things too; the caller asks for a name no given name opens.
 */
function outletCue(tokens: Token[], s: number, e: number): boolean {
  const the = tokens[s - 1]?.text === 'the'
  const k = the ? s - 2 : s - 1
  const before = tokens[k]?.lower ?? ''
  const after = tokens[e]
  if (after === undefined) return false
  const told = TOLD_BEFORE.has(before) || ((before === 'to' || before === 'with') && TOLD_TO.has(tokens[k - 1]?.lower ?? ''))
  if (told) return /^[.,;:]$/.test(after.text) || OUTLET_FOLLOWERS.has(after.lower)
  // ", Prensa Libre reported." / "In May, the Daily Graphic reported that…" (a person takes no "the").
  if (after.lower !== 'reported' && after.lower !== 'reports') return false
  const next = tokens[e + 1]
  return (the || tokens[s - 1]?.text === ',') && (next === undefined || /^[.,;:]$/.test(next.text) || OUTLET_FOLLOWERS.has(next.lower))
}

/** "Sahel Direct reported that…": two words or more opening the sentence, then "reported that" (a person's name holds a given name). */
function reportedThat(tokens: Token[], s: number, e: number): boolean {
  return e - s >= 2 && tokens[e]?.lower === 'reported' && tokens[e + 1]?.lower === 'that'
}

// What may follow an outlet told or reporting: "told X that…", "told X on Sunday", "X reported last week".
const OUTLET_FOLLOWERS = new Set(['that', 'on', 'in', 'last', 'earlier', 'late', 'this', 'by', 'after', 'before', 'when'])

/** "X said", "X told", "said X". */
function speechCue(tokens: Token[], s: number, e: number): boolean {
  const after = tokens[e]
  const before = tokens[s - 1]
  return (after !== undefined && SPEECH_VERBS.has(after.lower)) || (before !== undefined && SPEECH_VERBS.has(before.lower))
}
