// A deterministic synthetic database at scale, for the performance work ("Performance at scale").
//
//   npm run bench:data -- --articles 100000 --db /tmp/bench100k.db [--seed 1] [--force]
//
// ~3,000 entities (persons, groups, places, with aliases and parents), ~300 events of Zipf-like
// sizes (the largest holds ~15% of the articles), and N articles of 200–400 words built from
// templates, each with ~25 mentions and ~10 claims whose spans are recorded while the text is
// built, so text.slice(start, end) is exactly the mention / evidence text. Everything comes from a
// seeded PRNG (no clock): the same N and seed give the same rows. Article i depends only on the
// seed and i, so a smaller build holds the first rows of a larger one.
//
// A bulk loader, not app code: better-sqlite3 directly, journal off, foreign-key checks off (the
// rows are consistent by construction), the FTS insert triggers dropped during the load and the
// FTS indexes rebuilt at the end, the triggers recreated from migrations/0002_full_text_search.sql;
// likewise the summary tables' triggers (0004_summaries.sql), the summaries computed once at the end
// by the migration's own backfill statements, and the rendered answers' (0005_documents.sql): every
// claim rendered by its backfill, every article and entity answer rendered at the end.
import type Database from 'better-sqlite3'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { MIGRATIONS_FOLDER, analyze, closeDatabase, openDatabase } from '../src/db/open.js'
import { documentSql, rebuildSummaries, summarySql } from '../src/db/summaries.js'
import { storeDocument, type DocumentKind } from '../src/queries/documents.js'
import { articleIdOf, claimIdOf, sha256, slugify, wordCount } from '../src/ingest/ids.js'
import { mulberry32 } from './corpus.js'

type Rand = () => number
type Kind = 'person' | 'group' | 'place'
type Sub = 'country' | 'city' | 'venue' | 'militia' | 'institution' | 'official' | 'member' | 'analyst' | 'witness'
type Metric = 'killed' | 'injured' | 'hospitalized' | 'critical' | 'missing' | 'arrested'
type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to'
type Stance = 'asserts' | 'suggests' | 'denies'

// ---------------------------------------------------------------------------------------------
// Word lists

const FIRST = [
  'Amina', 'Carlos', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal', 'Katya', 'Luis', 'Mariam', 'Nikolai',
  'Olga', 'Pedro', 'Rania', 'Samuel', 'Tomasz', 'Yusuf', 'Abdullahi', 'Beatriz', 'Chidi', 'Dmitri', 'Esther', 'Fatima',
  'Gustavo', 'Hassan', 'Irina', 'Javier', 'Kwame', 'Leila', 'Mohammed', 'Nadia', 'Omar', 'Priya', 'Rashid', 'Sofia',
  'Tariq', 'Ursula', 'Viktor', 'Wanjiku', 'Xavier', 'Yara', 'Zainab', 'Ahmed', 'Bilal', 'Camila', 'Daniel', 'Emeka',
  'Fernando', 'Gulnara', 'Hana', 'Ibrahim', 'Joao', 'Khadija', 'Lucia', 'Mustafa', 'Natalia', 'Oksana', 'Pablo',
  'Qasim', 'Rosa', 'Sergei', 'Thandiwe', 'Valentina', 'Walid', 'Yevgenia', 'Zoran', 'Aisha', 'Bongani', 'Daria',
]
const LAST = [
  'Okafor', 'Mendes', 'Petrova', 'Haddad', 'Wanjiru', 'Tanaka', 'Larsen', 'Barzani', 'Ivanova', 'Ortega', 'Khalil',
  'Sokolov', 'Brennan', 'Alvarez', 'Nasser', 'Kowalski', 'Demir', 'Osei', 'Adeyemi', 'Bakr', 'Castillo', 'Dlamini',
  'Eriksen', 'Farouk', 'Gonzalez', 'Hussein', 'Ismail', 'Jovanovic', 'Kamau', 'Lopez', 'Mahmoud', 'Novak', 'Obi',
  'Pereira', 'Qureshi', 'Rahman', 'Salazar', 'Toure', 'Usman', 'Volkov', 'Warsame', 'Yilmaz', 'Zapata', 'Abubakar',
  'Baptiste', 'Cisse', 'Diallo', 'Estrada', 'Fofana', 'Gashi', 'Hakimi', 'Ibekwe', 'Jaber', 'Karimi', 'Lebedev',
  'Moreno', 'Nkosi', 'Orlov', 'Popescu', 'Ramos', 'Sadiq', 'Traore', 'Umarov', 'Vargas', 'Wolde', 'Yusupov',
  'Zubair', 'Achieng', 'Bello', 'Chaudhry', 'Dogan', 'Eze', 'Fernandez', 'Guerrero', 'Herrera', 'Idris', 'Juarez',
  'Kuznetsov', 'Mensah', 'Nunez', 'Otieno', 'Pavlenko', 'Rossi', 'Shevchenko', 'Tkachenko', 'Vasquez', 'Yadav',
]
// [name, takes "the", extra aliases]
const COUNTRIES: [string, boolean, string[]][] = [
  ['Ukraine', false, []], ['Russia', false, ['Russian Federation']], ['Nigeria', false, []], ['Somalia', false, []],
  ['Kenya', false, []], ['Syria', false, []], ['Iraq', false, []], ['Mali', false, []], ['Colombia', false, []],
  ['Pakistan', false, []], ['Afghanistan', false, []], ['Mozambique', false, []], ['Niger', false, []],
  ['Burkina Faso', false, []], ['Chad', false, []], ['Cameroon', false, []], ['Sudan', false, []],
  ['South Sudan', false, []], ['Ethiopia', false, []], ['Yemen', false, []], ['Libya', false, []], ['Egypt', false, []],
  ['Turkey', false, ['Turkiye']], ['Iran', false, []], ['Israel', false, []], ['Lebanon', false, []],
  ['Jordan', false, []], ['India', false, []], ['Bangladesh', false, []], ['Myanmar', false, ['Burma']],
  ['Philippines', true, []], ['Indonesia', false, []], ['Thailand', false, []], ['Mexico', false, []],
  ['Brazil', false, []], ['Peru', false, []], ['Venezuela', false, []], ['Haiti', false, []], ['France', false, []],
  ['Germany', false, []], ['Belgium', false, []], ['Spain', false, []], ['United Kingdom', true, ['UK', 'Britain']],
  ['United States', true, ['US', 'U.S.']], ['Canada', false, []], ['Sri Lanka', false, []], ['Nepal', false, []],
  ['Tajikistan', false, []], ['Uzbekistan', false, []], ['Georgia', false, []], ['Armenia', false, []],
  ['Azerbaijan', false, []], ['Democratic Republic of the Congo', true, ['DRC', 'DR Congo']], ['Uganda', false, []],
  ['Tanzania', false, []], ['Rwanda', false, []], ['Burundi', false, []], ['Algeria', false, []],
  ['Tunisia', false, []], ['Morocco', false, []], ['Senegal', false, []], ['Ghana', false, []],
]
const CITY_HEAD = [
  'Al', 'Bar', 'Cas', 'Dor', 'El', 'Fen', 'Gal', 'Har', 'Is', 'Jar', 'Kal', 'Lor', 'Mar', 'Nor', 'Or', 'Pel', 'Quin',
  'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wes', 'Yor', 'Zan', 'Bel', 'Kir', 'Mol', 'Nes', 'Tam',
]
const CITY_TAIL = [
  'ada', 'burg', 'ford', 'grad', 'haven', 'ia', 'mont', 'polis', 'stan', 'ton', 'vale', 'wick', 'abad', 'ovo', 'ane',
  'dara', 'esh', 'ili', 'kent', 'oro',
]
const CITY_PREFIX = ['', '', '', '', '', 'Port ', 'New ', 'San ', 'Upper ', 'Fort ']
const VENUE_ADJ = [
  'Central', 'Grand', 'Liberty', 'National', 'Riverside', 'Union', 'Old', 'Royal', 'Harbor', 'Crescent', 'Unity',
  'Victory', 'Independence', 'Freedom', 'Golden', 'Palm', 'Cedar', 'Eastern', 'Western', 'Northern', 'Southern',
  'Pioneer', 'Heritage', 'Republic',
]
const VENUE_KIND = [
  'Market', 'Station', 'Square', 'Stadium', 'Mall', 'Hall', 'Hotel', 'Mosque', 'Cathedral', 'Bus Terminal', 'Airport',
  'University', 'Hospital', 'Police Academy', 'Military Base', 'Concert Hall', 'Bridge', 'Port',
]
const GROUP_ADJ = [
  'Northern', 'Southern', 'Eastern', 'Western', 'Red', 'Black', 'White', 'Green', 'Popular', 'Revolutionary',
  'United', 'Free', 'Patriotic', 'National', "People's", 'Democratic', 'Coastal', 'Highland', 'Desert', 'Sacred',
]
const GROUP_NOUN = [
  'Liberation', 'Resistance', 'Defense', 'Salvation', 'Justice', 'Unity', 'Freedom', 'Dawn', 'Valley', 'Mountain',
  'Harbor', 'River', 'Sword', 'Shield', 'Crescent', 'Star',
]
const GROUP_TYPE = [
  'Front', 'Brigade', 'Army', 'Movement', 'Council', 'Battalion', 'Alliance', 'Militia', 'Legion', 'Guard',
  'Party', 'Union', 'Committee',
]
const INSTITUTIONS = ['Interior Ministry', 'Health Ministry', 'Armed Forces', 'National Police', 'Defense Ministry', 'Foreign Ministry']
const INSTITUTES = [
  'the Harbor Institute', 'the Centre for Conflict Studies', 'the Global Security Forum', 'Kings Policy Group',
  'the Institute for Peace Research', 'the Sahel Monitoring Project', 'Crisis Watch', 'the Westbrook Foundation',
]
const OUTLETS: [string, string][] = [
  ['Reuters', 'reuters.com'], ['AFP', 'afp.com'], ['Associated Press', 'apnews.com'], ['BBC News', 'bbc.co.uk'],
  ['Al Jazeera', 'aljazeera.com'], ['The Guardian', 'theguardian.com'], ['The New York Times', 'nytimes.com'],
  ['The Washington Post', 'washingtonpost.com'], ['CNN', 'cnn.com'], ['Deutsche Welle', 'dw.com'],
  ['France 24', 'france24.com'], ['El País', 'elpais.com'], ['Le Monde', 'lemonde.fr'], ['Der Spiegel', 'spiegel.de'],
  ['NHK World', 'nhk.or.jp'], ['The Times of India', 'timesofindia.com'], ['Dawn', 'dawn.com'],
  ['Daily Nation', 'nation.africa'], ['Premium Times', 'premiumtimesng.com'], ['The Hindu', 'thehindu.com'],
  ['ABC News', 'abcnews.go.com'], ['NBC News', 'nbcnews.com'], ['CBS News', 'cbsnews.com'], ['Sky News', 'news.sky.com'],
  ['Euronews', 'euronews.com'], ['RFI', 'rfi.fr'], ['The Independent', 'independent.co.uk'],
  ['The Telegraph', 'telegraph.co.uk'], ['Financial Times', 'ft.com'], ['Bloomberg', 'bloomberg.com'],
  ['Politico', 'politico.com'], ['Haaretz', 'haaretz.com'], ['Kyiv Independent', 'kyivindependent.com'],
  ['Meduza', 'meduza.io'], ['The Moscow Times', 'themoscowtimes.com'], ['Mail & Guardian', 'mg.co.za'],
  ['Punch', 'punchng.com'], ['Garowe Online', 'garoweonline.com'], ['Anadolu Agency', 'aa.com.tr'],
  ['Xinhua', 'xinhuanet.com'], ['EFE', 'efe.com'],
]
const NOUNS = ['attack', 'attack', 'attack', 'bombing', 'shooting', 'raid', 'explosion', 'ambush', 'assault', 'massacre']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

const QUALIFIERS: Qualifier[] = ['exact', 'at_least', 'more_than', 'about', 'up_to']
const QUALIFIER_WEIGHTS = [0.3, 0.27, 0.2, 0.15, 0.08]
const QUALIFIER_TEXT: Record<Qualifier, string[]> = {
  exact: [''],
  at_least: ['at least', 'no fewer than'],
  more_than: ['more than', 'over'],
  about: ['about', 'around', 'roughly', 'approximately', 'some'],
  up_to: ['up to', 'as many as'],
}

const QUOTES = [
  'We will strike again', 'This is only the beginning', 'Our fighters carried out the operation',
  'We have clear evidence of who did this', 'The attackers were trained abroad', 'Nobody should doubt who is responsible',
  'The investigation is moving quickly', 'We are searching every district', 'Those responsible will face justice',
  'I heard the shots and ran', 'Everyone was screaming', 'We hid in the basement for hours', 'It was chaos',
  'We need answers', 'The city is in shock', 'There is no evidence linking us to this crime',
  'These accusations are absurd and dangerous', 'We categorically reject any involvement',
  'The security services failed the people of this country', 'My brother went to buy bread and never came back',
  'The smoke was so thick that we could not see the exit', 'We are treating burns, shrapnel wounds and fractures',
  'Our doctors have been working without rest since the morning', 'The border will remain closed until further notice',
  'Every available ambulance was sent to the scene', 'This was a cowardly act against innocent civilians',
  'We stand with the families of the victims', 'The perpetrators wanted to sow fear, and they will fail',
  'It is too early to say who was behind it', 'All lines of inquiry remain open',
  'The warnings were there for months and nobody listened', 'We have reinforced patrols around schools and markets',
  'The explosion shattered every window on the street', 'People were trampled as they tried to flee',
  'Foreign agents are trying to destabilise the region', 'We call on the international community to act',
  'The attackers knew exactly where the guards would be', 'Intelligence reports pointed to a plot weeks ago',
  'We lost friends, neighbours and colleagues today', 'The government must explain how this was allowed to happen',
  'Nobody from our movement took part in this', 'The ceasefire is now in serious jeopardy',
  'Blood donations are urgently needed', 'The morgue is overwhelmed', 'We heard three loud blasts in quick succession',
  'The gunmen wore military uniforms', 'They were shouting slogans as they fired', 'Our thoughts are with the wounded',
  'Claims circulating online are not credible', 'We will not negotiate with terrorists',
]
const OFFICIAL_ROLES: [string, 'country' | 'city'][] = [
  ['the interior minister of ', 'country'], ['the foreign minister of ', 'country'], ['the president of ', 'country'],
  ['a spokesperson for the government of ', 'country'], ['the prime minister of ', 'country'],
  ['the police chief in ', 'city'], ['the governor of ', 'city'], ['the mayor of ', 'city'],
  ['a senior security official in ', 'country'], ['the health minister of ', 'country'],
]
const MEMBER_ROLES = ['a spokesperson for ', 'a commander of ', 'the leader of ', 'a senior figure in ', 'a former member of ']
const WITNESS_ROLES: [string, 'city' | 'venue'][] = [
  ['a resident of ', 'city'], ['a shopkeeper near ', 'venue'], ['a nurse in ', 'city'], ['a taxi driver in ', 'city'],
  ['a student who was at ', 'venue'], ['a security guard at ', 'venue'], ['a teacher from ', 'city'],
]
const ANALYST_ROLES = ['an analyst at ', 'a researcher at ', 'a security expert at ', 'a former intelligence officer now at ']

// Filler vocabulary: many synonyms, so full-text search has varied tokens to index.
const V = {
  officials: ['Officials', 'Investigators', 'Analysts', 'Security sources', 'Witnesses', 'Local authorities', 'Prosecutors', 'Diplomats'],
  chaos: ['chaos', 'panic', 'confusion', 'devastation', 'horror', 'disbelief', 'grief', 'carnage'],
  responders: ['ambulances', 'firefighters', 'paramedics', 'rescue teams', 'volunteers', 'soldiers', 'police units'],
  closed: ['closed', 'shuttered', 'cordoned off', 'sealed', 'evacuated', 'deserted'],
  places: ['schools', 'markets', 'roads', 'banks', 'government offices', 'checkpoints', 'mosques and churches', 'bus stations'],
  shortage: ['shortages', 'a lack', 'dwindling supplies', 'rationing'],
  supplies: ['water', 'fuel', 'medicine', 'blood', 'electricity', 'flour', 'oxygen'],
  agencies: ['aid agencies', 'humanitarian groups', 'the Red Cross', 'medical charities', 'United Nations agencies', 'local volunteers'],
  tense: ['tense', 'volatile', 'fragile', 'uncertain', 'calm but anxious', 'deeply unsettled'],
  issue: ['border security', 'the flow of weapons', 'refugee camps', 'mining concessions', 'grazing land', 'oil revenues', 'water rights', 'smuggling routes'],
  footage: ['Footage shared on social media', 'Video verified by reporters', 'Satellite images', 'Photographs taken at the scene', 'Security camera recordings'],
  showed: ['appeared to show', 'showed', 'seemed to show', 'captured'],
  scene: ['thick black smoke', 'crowds fleeing', 'burned-out vehicles', 'shattered storefronts', 'a collapsed roof', 'bodies covered with sheets'],
  body: ['The United Nations', 'The European Union', 'The African Union', 'The Arab League', 'Amnesty International', 'Human Rights Watch'],
  condemned: ['condemned', 'denounced', 'deplored', 'strongly criticised'],
  called: ['an independent inquiry', 'restraint on all sides', 'urgent humanitarian access', 'the perpetrators to be brought to justice', 'calm'],
  weeks: ['days', 'weeks', 'months'],
  renovation: ['a long renovation', 'a previous security scare', 'pandemic restrictions', 'flooding', 'a labour strike'],
  violence: ['violence', 'unrest', 'insurgent activity', 'kidnappings', 'sectarian clashes', 'bombings'],
  repeated: ['repeated', 'sporadic', 'escalating', 'persistent', 'intermittent'],
  mood: ['Mourners gathered', 'Families waited', 'Crowds assembled', 'Relatives queued', 'Neighbours held vigils'],
  where: ['outside the main hospital', 'near the morgue', 'in the central square', 'at the cemetery', 'along the river'],
  into: ['into the night', 'until dawn', 'through the weekend', 'for hours'],
  spread: ['Rumours spread quickly', 'False reports circulated', 'Conflicting accounts emerged', 'Misinformation multiplied'],
  online: ['online', 'on messaging apps', 'on social media', 'across local radio'],
  verify: ['making it difficult to verify', 'complicating efforts to establish', 'obscuring'],
  facts: ['the sequence of events', 'the number of victims', 'who was responsible', 'how the attackers entered'],
  economy: ['tourism', 'trade', 'the local economy', 'foreign investment', 'the harvest season'],
  blow: ['a heavy blow', 'a setback', 'a serious threat', 'a lasting strain'],
  leaders: ['Opposition leaders', 'Lawmakers', 'Community elders', 'Religious leaders', 'Civil society groups', 'Trade unions'],
  demanded: ['demanded', 'called for', 'urged', 'pressed for'],
  resign: ['the resignation of the security chief', 'a parliamentary inquiry', 'tighter controls on weapons', 'better protection for public spaces', 'compensation for victims'],
  experts: ['Experts', 'Observers', 'Former officials', 'Regional specialists'],
  warned: ['warned', 'cautioned', 'noted', 'argued'],
  trend: ['the attack fits a wider pattern', 'militants have shifted to softer targets', 'recruitment has grown among unemployed youth', 'the group has adapted its tactics', 'the region has become a hub for smuggling'],
}

// ---------------------------------------------------------------------------------------------
// Helpers

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
const cap = (s: string) => (s === '' ? s : s[0].toUpperCase() + s.slice(1))

/** Cumulative weights for O(log n) weighted picks. */
class Weighted<T> {
  private readonly cum: Float64Array
  constructor(readonly items: T[], weights: number[]) {
    this.cum = new Float64Array(weights.length)
    let s = 0
    weights.forEach((w, i) => (this.cum[i] = s += w))
  }
  pick(r: Rand): T {
    const x = r() * this.cum[this.cum.length - 1]
    let lo = 0
    let hi = this.cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.cum[mid] > x) hi = mid
      else lo = mid + 1
    }
    return this.items[lo]
  }
}

/** Zipf weights (1/rank^s) over a shuffled copy of items: popular ones are spread, not first. */
function zipf<T>(r: Rand, items: T[], s = 1): Weighted<T> {
  const shuffled = shuffle(r, items.slice())
  return new Weighted(shuffled, shuffled.map((_, i) => 1 / Math.pow(i + 1, s)))
}

function shuffle<T>(r: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[xs[i], xs[j]] = [xs[j], xs[i]]
  }
  return xs
}

const DAY_MS = 86_400_000
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)
const isoTime = (ms: number) => new Date(ms).toISOString()
const FIRST_DAY = dayOf(2019, 1, 1)
const LAST_EVENT_DAY = dayOf(2025, 9, 30)
const LAST_DAY = dayOf(2025, 12, 31)

// ---------------------------------------------------------------------------------------------
// The world: entities and events

interface Role {
  pre: string
  ent: number // entity index, or -1
  post: string
}

interface Ent {
  id: string
  name: string
  kind: Kind
  sub: Sub
  article: boolean // written with "the"
  surfaces: string[] // the name, then its aliases
  parent: number
  country: number
  city: number
  role: Role | null
  description: string
  wikidata: string | null
  createdAt: string
}

type Truth = Record<Metric, number>

interface Cast {
  id: string | null
  name: string
  date: number
  noun: string
  city: number
  country: number
  venue: number
  perp: number
  alt: number
  accused: number
  institution: number
  officials: number[]
  members: number[]
  analysts: number[]
  witnesses: number[]
  truth: Truth
}

interface EventRow extends Cast {
  id: string
  slug: string
  place: number
  parent: string | null
  description: string
}

class World {
  ents: Ent[] = []
  private slugs = new Set<string>()
  private aliases = new Map<Kind, Set<string>>([['person', new Set()], ['group', new Set()], ['place', new Set()]])
  countries: number[] = []
  cities: number[] = []
  venues: number[] = []
  militias: number[] = []
  institutions: number[] = []
  officials: number[] = []
  members: number[] = []
  analysts: number[] = []
  witnesses: number[] = []
  citiesByCountry = new Map<number, number[]>()
  venuesByCity = new Map<number, number[]>()
  institutionsByCountry = new Map<number, number[]>()
  officialsByCountry = new Map<number, number[]>()
  membersByGroup = new Map<number, number[]>()
  witnessesByCity = new Map<number, number[]>()
  events: EventRow[] = []
  popular!: Record<'country' | 'city' | 'venue' | 'militia' | 'institution' | 'official' | 'member' | 'analyst' | 'witness', Weighted<number>>
  eventPick!: Weighted<number>
  outletPick!: Weighted<number>

  constructor(private readonly r: Rand) {
    this.build()
  }

  private add(e: Omit<Ent, 'id' | 'surfaces' | 'createdAt' | 'wikidata'>, aliases: string[]): number {
    const slug = slugify(e.name)
    const taken = this.aliases.get(e.kind)!
    if (this.slugs.has(slug) || taken.has(e.name)) return -1
    this.slugs.add(slug)
    const surfaces = [e.name]
    taken.add(e.name)
    for (const a of aliases) {
      if (!taken.has(a)) {
        taken.add(a)
        surfaces.push(a)
      }
    }
    const r = this.r
    const idx = this.ents.length
    this.ents.push({
      ...e,
      id: slug,
      surfaces,
      wikidata: r() < 0.15 ? `Q${int(r, 1000, 99_999_999)}` : null,
      createdAt: isoTime((FIRST_DAY - 30 + r() * 25) * DAY_MS),
    })
    return idx
  }

  private push<K>(map: Map<K, number[]>, key: K, v: number) {
    const list = map.get(key)
    if (list) list.push(v)
    else map.set(key, [v])
  }

  private build() {
    const r = this.r
    const base = { parent: -1, country: -1, city: -1, role: null, article: false }
    // Places: countries, cities (parent: country), venues (parent: city).
    for (const [name, article, aliases] of COUNTRIES) {
      const i = this.add({ ...base, name, kind: 'place', sub: 'country', article, description: 'Country' }, aliases)
      this.countries.push(i)
      this.ents[i].country = i
    }
    while (this.cities.length < 420) {
      const core = pick(r, CITY_HEAD) + pick(r, CITY_TAIL)
      const name = pick(r, CITY_PREFIX) + core
      const country = pick(r, this.countries)
      const aliases: string[] = []
      if (r() < 0.3) aliases.push(`Greater ${core}`)
      if (r() < 0.25) aliases.push(name.replace(/k/g, 'c').replace(/a(?=[^a]*$)/, 'ah'))
      const i = this.add(
        { ...base, name, kind: 'place', sub: 'city', parent: country, country, description: `City in ${this.ents[country].name}` },
        aliases,
      )
      if (i < 0) continue
      this.ents[i].city = i
      this.cities.push(i)
      this.push(this.citiesByCountry, country, i)
    }
    while (this.venues.length < 270) {
      const kindWord = pick(r, VENUE_KIND)
      const name = `${pick(r, VENUE_ADJ)} ${kindWord}`
      const city = pick(r, this.cities)
      const cityName = this.ents[city].name
      const aliases = r() < 0.5 ? [`${cityName} ${kindWord}`] : []
      if (r() < 0.2) aliases.push(`${name} of ${cityName}`)
      const i = this.add(
        { ...base, name, kind: 'place', sub: 'venue', parent: city, city, country: this.ents[city].country, description: `${kindWord} in ${cityName}` },
        aliases,
      )
      if (i < 0) continue
      this.venues.push(i)
      this.push(this.venuesByCity, city, i)
    }
    // Groups: institutions of a country, militias (some factions of others).
    while (this.institutions.length < 150) {
      const country = pick(r, this.countries)
      const c = this.ents[country]
      const what = pick(r, INSTITUTIONS)
      const name = `${c.name} ${what}`
      const short = c.surfaces.length > 1 && c.surfaces[1].length <= 4 ? [`${c.surfaces[1]} ${what}`] : []
      const i = this.add({ ...base, name, kind: 'group', sub: 'institution', article: true, country, description: `${what} of ${c.name}` }, short)
      if (i < 0) continue
      this.institutions.push(i)
      this.push(this.institutionsByCountry, country, i)
    }
    while (this.militias.length < 600) {
      const words = [pick(r, GROUP_ADJ), pick(r, GROUP_NOUN), pick(r, GROUP_TYPE)]
      const name = r() < 0.15 ? `${words[1]} ${words[2]} of ${this.ents[pick(r, this.countries)].name}` : words.join(' ')
      const acronym = name
        .split(/\s+/)
        .filter((w) => w !== 'of' && w !== 'the')
        .map((w) => w[0].toUpperCase())
        .join('')
      const aliases = r() < 0.7 ? [acronym] : []
      if (r() < 0.15) aliases.push(`${words[0]} ${words[2]}`)
      const parent = this.militias.length > 20 && r() < 0.15 ? pick(r, this.militias) : -1
      const country = pick(r, this.countries)
      const description = parent >= 0 ? `Faction of the ${this.ents[parent].name}` : `Armed group active in ${this.ents[country].name}`
      const i = this.add({ ...base, name, kind: 'group', sub: 'militia', article: true, parent, country, description }, aliases)
      if (i < 0) continue
      this.militias.push(i)
    }
    // Persons: officials (of a country or city), members of a group (parent), analysts, witnesses.
    const personNames = new Set<string>()
    const persons = { official: 600, member: 300, analyst: 250, witness: 350 }
    for (const sub of ['official', 'member', 'analyst', 'witness'] as const) {
      const list = { official: this.officials, member: this.members, analyst: this.analysts, witness: this.witnesses }[sub]
      while (list.length < persons[sub]) {
        const first = pick(r, FIRST)
        const last = pick(r, LAST)
        const name = `${first} ${last}`
        if (personNames.has(name)) continue
        const aliases: string[] = []
        if (r() < 0.5) aliases.push(`${first[0]}. ${last}`)
        if (r() < 0.3) aliases.push(`${first} ${String.fromCharCode(65 + int(r, 0, 25))}. ${last}`)
        let role: Role
        let parent = -1
        let country = -1
        let city = -1
        let description: string
        if (sub === 'official') {
          const [pre, scope] = pick(r, OFFICIAL_ROLES)
          country = pick(r, this.countries)
          city = pick(r, this.citiesByCountry.get(country) ?? this.cities)
          role = { pre, ent: scope === 'country' ? country : city, post: '' }
          description = cap(pre + this.ents[role.ent].name)
        } else if (sub === 'member') {
          parent = pick(r, this.militias)
          role = { pre: pick(r, MEMBER_ROLES), ent: parent, post: '' }
          description = cap(role.pre + 'the ' + this.ents[parent].name)
        } else if (sub === 'analyst') {
          role = { pre: pick(r, ANALYST_ROLES) + pick(r, INSTITUTES), ent: -1, post: '' }
          description = cap(role.pre)
        } else {
          const [pre, scope] = pick(r, WITNESS_ROLES)
          const v = pick(r, this.venues)
          city = scope === 'venue' ? this.ents[v].city : pick(r, this.cities)
          role = { pre, ent: scope === 'venue' ? v : city, post: r() < 0.4 ? `, ${int(r, 19, 74)}` : '' }
          description = cap(pre + this.ents[role.ent].name)
        }
        const i = this.add({ ...base, name, kind: 'person', sub, parent, country, city, role, description }, aliases)
        if (i < 0) continue
        personNames.add(name)
        list.push(i)
        if (sub === 'official') this.push(this.officialsByCountry, country, i)
        if (sub === 'member') this.push(this.membersByGroup, parent, i)
        if (sub === 'witness') this.push(this.witnessesByCity, city, i)
      }
    }
    this.popular = {
      country: zipf(r, this.countries, 0.8),
      city: zipf(r, this.cities, 0.8),
      venue: zipf(r, this.venues, 0.8),
      militia: zipf(r, this.militias, 0.9),
      institution: zipf(r, this.institutions, 0.8),
      official: zipf(r, this.officials, 0.8),
      member: zipf(r, this.members, 0.8),
      analyst: zipf(r, this.analysts, 0.8),
      witness: zipf(r, this.witnesses, 0.6),
    }
    // Events: ~300, in date order; sizes Zipf over a shuffled rank (s = 1: the largest ~15%).
    const eventSlugs = new Set<string>()
    const dates = Array.from({ length: 300 }, () => Math.floor(FIRST_DAY + r() * (LAST_EVENT_DAY - FIRST_DAY))).sort((a, b) => a - b)
    for (const date of dates) {
      const cast = this.cast(r, date)
      const year = new Date(date * DAY_MS).getUTCFullYear()
      const cityName = this.ents[cast.city].name
      const where = cast.venue >= 0 ? this.ents[cast.venue].name : cityName
      const names = [
        `${where} ${cast.noun}`,
        `${year} ${cityName} ${cast.noun}`,
        `${cap(cast.noun)} on ${where}`,
        `${cityName} ${cast.noun} of ${MONTHS[new Date(date * DAY_MS).getUTCMonth()]} ${year}`,
      ]
      let name = pick(r, names)
      let slug = slugify(name)
      for (let n = 2; eventSlugs.has(slug); n++) slug = `${slugify(name)}-${n}`
      if (slug !== slugify(name)) name = `${name} (${slug.split('-').pop()})`
      eventSlugs.add(slug)
      const sameCountry = this.events.filter((e) => e.country === cast.country)
      const parent = sameCountry.length > 0 && r() < 0.12 ? pick(r, sameCountry).id : null
      const place = cast.venue >= 0 ? cast.venue : cast.city
      this.events.push({
        ...cast,
        id: slug,
        slug,
        name,
        place,
        parent,
        description: `${cap(cast.noun)} ${cast.venue >= 0 ? `at ${where} in ${cityName}` : `in ${cityName}`}, ${this.ents[cast.country].name}, in which ${cast.truth.killed} people were killed and ${cast.truth.injured} injured.`,
      })
    }
    this.eventPick = zipf(r, this.events.map((_, i) => i), 1)
    this.outletPick = zipf(r, OUTLETS.map((_, i) => i), 0.9)
  }

  private from(r: Rand, list: number[] | undefined, fallback: Weighted<number>, n: number): number[] {
    const out: number[] = []
    for (let k = 0; k < n; k++) out.push(list && list.length > 0 && r() < 0.8 ? pick(r, list) : fallback.pick(r))
    return [...new Set(out)]
  }

  /** Who and where for an event (or for an article about no stored event). */
  cast(r: Rand, date: number): Cast {
    const p = this.popular
    const city = p.city.pick(r)
    const country = this.ents[city].country
    const venues = this.venuesByCity.get(city)
    const venue = venues && r() < 0.75 ? pick(r, venues) : r() < 0.5 ? -1 : p.venue.pick(r)
    const perp = p.militia.pick(r)
    let alt = p.militia.pick(r)
    if (alt === perp) alt = pick(r, this.militias)
    let accused = p.country.pick(r)
    if (accused === country) accused = pick(r, this.countries)
    const institution = this.from(r, this.institutionsByCountry.get(country), p.institution, 1)[0]
    const killed = Math.floor(1 + Math.exp(r() * 5.3))
    const injured = Math.floor(killed * (0.8 + r() * 3)) + int(r, 0, 10)
    const hospitalized = Math.max(1, Math.floor(injured * (0.3 + r() * 0.5)))
    return {
      id: null,
      name: '',
      date,
      noun: pick(r, NOUNS),
      city,
      country,
      venue: venue >= 0 && this.ents[venue].city === city ? venue : -1,
      perp,
      alt,
      accused,
      institution,
      officials: [
        ...this.from(r, this.officialsByCountry.get(country), p.official, 3),
        ...this.from(r, this.officialsByCountry.get(accused), p.official, 1),
      ],
      members: this.from(r, this.membersByGroup.get(perp), p.member, 2),
      analysts: this.from(r, undefined, p.analyst, 2),
      witnesses: this.from(r, this.witnessesByCity.get(city), p.witness, 3),
      truth: {
        killed,
        injured,
        hospitalized,
        critical: Math.max(1, Math.floor(hospitalized * (0.1 + r() * 0.3))),
        missing: Math.max(1, Math.floor(killed * r() * 0.6)),
        arrested: int(r, 1, 25),
      },
    }
  }
}

const QUALIFIER_PICK = new Weighted(QUALIFIERS, QUALIFIER_WEIGHTS)

// ---------------------------------------------------------------------------------------------
// Articles: text built piece by piece, spans recorded as the pieces go in

interface Claim {
  kind: 'responsibility' | 'count' | 'quote'
  start: number
  end: number
  claimant: number
  target: number
  stance: Stance | null
  metric: Metric | null
  value: number | null
  qualifier: Qualifier | null
  otherEvent: boolean
}

class Article {
  parts: string[] = []
  len = 0
  words = 0
  mEnt: number[] = []
  mStart: number[] = []
  mEnd: number[] = []
  mText: string[] = []
  claims: Claim[] = []

  constructor(
    readonly r: Rand,
    readonly w: World,
    readonly ev: Cast,
  ) {}

  t(s: string) {
    this.parts.push(s)
    this.len += s.length
  }

  /** A mention of entity i ("the " first for groups that take it; `capital` at a sentence start). */
  m(i: number, capital = false) {
    const e = this.w.ents[i]
    if (e.article) this.t(capital ? 'The ' : 'the ')
    const surface = e.surfaces.length === 1 || this.r() < 0.7 ? e.name : pick(this.r, e.surfaces)
    this.mEnt.push(i)
    this.mStart.push(this.len)
    this.t(surface)
    this.mEnd.push(this.len)
    this.mText.push(surface)
  }

  /** "Name, role," (the closing comma only mid-sentence) with the role's entity as a mention too. */
  person(i: number, capital = false, closingComma = true) {
    this.m(i, capital)
    const role = this.w.ents[i].role
    if (role && this.r() < 0.75) {
      this.t(', ' + role.pre)
      if (role.ent >= 0) this.m(role.ent)
      this.t(closingComma ? role.post + ',' : role.post)
    }
  }

  claim(c: Partial<Claim> & Pick<Claim, 'kind' | 'start' | 'end'>) {
    this.claims.push({ claimant: -1, target: -1, stance: null, metric: null, value: null, qualifier: null, otherEvent: false, ...c })
  }

  /** A number as written: words for small ones sometimes, thousands separators for big ones. */
  num(n: number, capital: boolean): string {
    if (n <= 10 && this.r() < 0.4) return capital ? cap(NUMBER_WORDS[n]) : NUMBER_WORDS[n]
    return n.toLocaleString('en-US')
  }

  /** A qualified figure for `metric`, near the event's true figure; returns what was written. */
  figure(metric: Metric, capital = false, truth = this.ev.truth[metric]): { qualifier: Qualifier; value: number } {
    const r = this.r
    const qualifier = QUALIFIER_PICK.pick(r)
    let value = Math.max(1, Math.round(truth * (0.7 + r() * 0.55)))
    if (qualifier !== 'exact' && value > 20 && r() < 0.6) value = Math.round(value / 10) * 10
    const q = pick(r, QUALIFIER_TEXT[qualifier])
    if (q) this.t((capital ? cap(q) : q) + ' ')
    this.t(this.num(value, capital && !q))
    return { qualifier, value }
  }

  official() {
    return this.r() < 0.85 ? pick(this.r, this.ev.officials) : this.w.popular.official.pick(this.r)
  }
  speaker() {
    const x = this.r()
    if (x < 0.45) return this.official()
    if (x < 0.65) return pick(this.r, this.ev.analysts)
    if (x < 0.8) return pick(this.r, this.ev.members)
    return pick(this.r, this.ev.witnesses)
  }
  group() {
    const x = this.r()
    return x < 0.55 ? this.ev.perp : x < 0.8 ? this.ev.alt : this.w.popular.militia.pick(this.r)
  }
  country() {
    const x = this.r()
    return x < 0.5 ? this.ev.country : x < 0.8 ? this.ev.accused : this.w.popular.country.pick(this.r)
  }
  city() {
    return this.r() < 0.7 ? this.ev.city : this.w.popular.city.pick(this.r)
  }
  noun() {
    return this.r() < 0.6 ? this.ev.noun : pick(this.r, NOUNS)
  }
  /** "at <venue> in <city>" or "in <city>". */
  where() {
    if (this.ev.venue >= 0 && this.r() < 0.7) {
      this.t('at ')
      this.m(this.ev.venue)
      this.t(' in ')
    } else this.t('in ')
    this.m(this.ev.city)
  }
  day() {
    return pick(this.r, DAYS)
  }
}

// Count sentences. Each writes one sentence and records its claims.
const COUNT: ((a: Article) => void)[] = [
  (a) => {
    const s = a.len
    const f = a.figure('killed', true)
    a.t(` people were killed on ${a.day()} when gunmen ${pick(a.r, ['opened fire', 'detonated explosives', 'stormed the building', 'attacked crowds'])} `)
    a.where()
    a.t('.')
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'killed', ...f })
  },
  (a) => {
    const s = a.len
    a.t(`The death toll ${pick(a.r, ['rose', 'climbed', 'increased'])} to `)
    const f = a.figure('killed')
    a.t(` by ${pick(a.r, ['the evening', 'Sunday', 'nightfall', 'the next morning'])}`)
    const e = a.len
    a.t(`, ${pick(a.r, V.officials).toLowerCase()} said.`)
    a.claim({ kind: 'count', start: s, end: e, metric: 'killed', ...f })
  },
  (a) => {
    const s = a.len
    const c = a.r() < 0.5 ? a.ev.country : a.ev.institution
    a.m(c, true)
    a.t(`${a.w.ents[c].sub === 'country' ? "'s health ministry" : ''} put the number of dead at `)
    const f = a.figure('killed')
    a.t('.')
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'killed', claimant: c, ...f })
  },
  (a) => {
    const s = a.len
    const f = a.figure('injured', true)
    a.t(` ${pick(a.r, ['people', 'civilians', 'bystanders', 'passengers'])} were ${pick(a.r, ['injured', 'wounded', 'hurt'])}, according to `)
    const p = a.official()
    a.person(p, false, false)
    a.t('.')
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'injured', claimant: p, ...f })
  },
  (a) => {
    const s = a.len
    a.t(`Hospitals in `)
    a.m(a.ev.city)
    a.t(` ${pick(a.r, ['treated', 'admitted', 'received'])} `)
    const f = a.figure('hospitalized')
    a.t(` ${pick(a.r, ['patients', 'people', 'wounded'])}`)
    const e = a.len
    a.t(', ')
    const s2 = a.len
    const g = a.figure('critical')
    a.t(` of whom ${pick(a.r, ['are', 'remain', 'were said to be'])} in critical condition`)
    const e2 = a.len
    a.t('.')
    a.claim({ kind: 'count', start: s, end: e, metric: 'hospitalized', ...f })
    a.claim({ kind: 'count', start: s2, end: e2, metric: 'critical', ...g })
  },
  (a) => {
    const s = a.len
    const f = a.figure('missing', true)
    a.t(` people ${pick(a.r, ['are still', 'remain', 'were reported'])} missing, `)
    const p = a.speaker()
    a.m(p)
    a.t(` told ${pick(a.r, ['reporters', 'journalists', 'a news conference'])}.`)
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'missing', claimant: p, ...f })
  },
  (a) => {
    const s = a.len
    a.t(`Police ${pick(a.r, ['arrested', 'detained', 'rounded up'])} `)
    const f = a.figure('arrested')
    a.t(' suspects in ')
    a.m(a.city())
    const e = a.len
    a.t(', and ')
    const s2 = a.len
    const c = a.ev.country
    a.m(c)
    a.t("'s interior ministry said ")
    const g = a.figure('arrested', false, Math.max(1, Math.round(a.ev.truth.arrested / 2)))
    a.t(' more were detained overnight')
    const e2 = a.len
    a.t('.')
    a.claim({ kind: 'count', start: s, end: e, metric: 'arrested', ...f })
    a.claim({ kind: 'count', start: s2, end: e2, metric: 'arrested', claimant: c, ...g })
  },
  (a) => {
    const s = a.len
    a.t(`In ${int(a.r, 2005, 2018)}, a similar ${a.noun()} in `)
    a.m(a.w.popular.city.pick(a.r))
    a.t(' killed ')
    const f = a.figure('killed', false, int(a.r, 3, 300))
    a.t(' people.')
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'killed', otherEvent: true, ...f })
  },
  (a) => {
    const s = a.len
    const g = a.ev.institution
    a.m(g, true)
    a.t(' said ')
    const f = a.figure('killed', false, Math.max(1, Math.round(a.ev.truth.killed / 4)))
    a.t(` ${pick(a.r, ['soldiers', 'police officers', 'security guards', 'members of the security forces'])} were among the dead.`)
    a.claim({ kind: 'count', start: s, end: a.len, metric: 'killed', claimant: g, ...f })
  },
]

// Responsibility sentences.
const RESPONSIBILITY: ((a: Article) => void)[] = [
  (a) => {
    const s = a.len
    const g = a.ev.perp
    a.m(g, true)
    a.t(` claimed responsibility for the ${a.noun()}`)
    const e = a.len
    a.t(` in a statement posted on ${pick(a.r, ['Telegram', 'its website', 'social media', 'a messaging channel'])}.`)
    a.claim({ kind: 'responsibility', start: s, end: e, claimant: g, target: g, stance: 'asserts' })
  },
  (a) => {
    const s = a.len
    const p = a.speaker()
    a.person(p, true)
    a.t(' said that ')
    const g = a.group()
    a.m(g)
    a.t(` was behind the ${a.noun()}.`)
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: p, target: g, stance: 'asserts' })
  },
  (a) => {
    const s = a.len
    const c = a.country()
    a.m(c, true)
    a.t(` accused `)
    const g = a.group()
    a.m(g)
    a.t(` of carrying out the ${a.noun()}.`)
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: c, target: g, stance: 'asserts' })
  },
  (a) => {
    const s = a.len
    const p = a.official()
    a.t(`${pick(a.r, ['President', 'Minister', 'Governor'])} `)
    a.m(p)
    a.t(' blamed ')
    const c = a.ev.accused
    a.m(c)
    a.t(` for the ${a.noun()}`)
    const e = a.len
    a.t(', while ')
    const s2 = a.len
    a.m(c)
    a.t(` ${pick(a.r, ['denied any involvement', 'rejected the accusation', 'dismissed the claims as propaganda'])}`)
    const e2 = a.len
    a.t('.')
    a.claim({ kind: 'responsibility', start: s, end: e, claimant: p, target: c, stance: 'asserts' })
    a.claim({ kind: 'responsibility', start: s2, end: e2, claimant: c, target: c, stance: 'denies' })
  },
  (a) => {
    const s = a.len
    a.t(`${pick(a.r, V.officials)} said the ${pick(a.r, ['gunmen', 'attackers', 'bombers', 'suspects'])} may have links to `)
    const g = a.group()
    a.m(g)
    a.t('.')
    a.claim({ kind: 'responsibility', start: s, end: a.len, target: g, stance: 'suggests' })
  },
  (a) => {
    const s = a.len
    const p = a.speaker()
    a.m(p, true)
    a.t(` ${pick(a.r, ['suggested', 'speculated', 'said it was possible'])} that `)
    const g = a.group()
    a.m(g)
    a.t(` could have been involved.`)
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: p, target: g, stance: 'suggests' })
  },
  (a) => {
    const s = a.len
    const g = a.group()
    a.m(g, true)
    a.t(` ${pick(a.r, ['rejected claims', 'denied reports', 'insisted in a statement'])} that it was behind the ${a.noun()}.`)
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: g, target: g, stance: 'denies' })
  },
  (a) => {
    const s = a.len
    const p = a.official()
    a.person(p, true)
    a.t(' said ')
    const c = a.ev.accused
    a.m(c)
    a.t(` had nothing to do with the ${a.noun()}.`)
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: p, target: c, stance: 'denies' })
  },
  (a) => {
    const s = a.len
    a.t('According to ')
    const p = a.speaker()
    a.m(p)
    a.t(`, the ${a.noun()} bore the hallmarks of `)
    const g = a.group()
    a.m(g)
    a.t('.')
    a.claim({ kind: 'responsibility', start: s, end: a.len, claimant: p, target: g, stance: 'suggests' })
  },
]

// Quote sentences: the evidence is the quoted words, without the quotation marks.
function quoteText(a: Article): void {
  a.t(pick(a.r, QUOTES))
  if (a.r() < 0.3) a.t('. ' + pick(a.r, QUOTES))
}
const QUOTE: ((a: Article) => void)[] = [
  (a) => {
    a.t('"')
    const s = a.len
    quoteText(a)
    const e = a.len
    a.t(`," `)
    const p = a.speaker()
    a.m(p)
    a.t(` ${pick(a.r, ['said', 'told reporters', 'added', 'wrote on social media'])}.`)
    a.claim({ kind: 'quote', start: s, end: e, claimant: p })
  },
  (a) => {
    const p = a.speaker()
    a.person(p, true)
    a.t(` told ${pick(a.r, OUTLETS)[0]}: "`)
    const s = a.len
    quoteText(a)
    const e = a.len
    a.t('."')
    a.claim({ kind: 'quote', start: s, end: e, claimant: p })
  },
  (a) => {
    a.t('"')
    const s = a.len
    quoteText(a)
    const e = a.len
    a.t('," said ')
    const p = a.speaker()
    a.person(p, false, false)
    a.t('.')
    a.claim({ kind: 'quote', start: s, end: e, claimant: p })
  },
  (a) => {
    const g = a.r() < 0.6 ? a.ev.perp : a.ev.institution
    a.t(`In a statement, `)
    a.m(g)
    a.t(' said: "')
    const s = a.len
    quoteText(a)
    const e = a.len
    a.t('."')
    a.claim({ kind: 'quote', start: s, end: e, claimant: g })
  },
]

// Filler: context and colour, with mentions but no claims.
const FILLER: ((a: Article) => void)[] = [
  (a) => {
    a.t(`Residents of `)
    a.m(a.ev.city)
    a.t(` described scenes of ${pick(a.r, V.chaos)} as ${pick(a.r, V.responders)} rushed to the scene.`)
  },
  (a) => {
    if (a.ev.venue < 0) return FILLER[0](a)
    a.m(a.ev.venue, true)
    a.t(` had reopened only ${int(a.r, 2, 11)} ${pick(a.r, V.weeks)} earlier after ${pick(a.r, V.renovation)}.`)
  },
  (a) => {
    a.m(a.ev.country, true)
    a.t(' and ')
    a.m(a.ev.accused)
    a.t(` have long traded accusations over ${pick(a.r, V.issue)}.`)
  },
  (a) => {
    const p = pick(a.r, a.ev.members)
    a.m(p, true)
    a.t(`, who ${pick(a.r, ['leads a faction of', 'is wanted in connection with', 'once fought alongside'])} `)
    a.m(a.ev.perp)
    a.t(`, has not been seen in public since ${pick(a.r, MONTHS)}.`)
  },
  (a) => {
    a.t('Security was tightened across ')
    a.m(a.city())
    a.t(` and at ${pick(a.r, ['airports', 'border crossings', 'government buildings', 'places of worship'])}, ${pick(a.r, V.officials).toLowerCase()} said.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.body)} ${pick(a.r, V.condemned)} the ${a.noun()} and called for ${pick(a.r, V.called)}.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.footage)} ${pick(a.r, V.showed)} ${pick(a.r, V.scene)} `)
    a.where()
    a.t('.')
  },
  (a) => {
    a.t('Analysts noted that ')
    a.m(a.group())
    a.t(` had expanded its operations in `)
    a.m(a.country())
    a.t(` over the past ${int(a.r, 2, 9)} years.`)
  },
  (a) => {
    a.t(`Flights to `)
    a.m(a.ev.city)
    a.t(` were ${pick(a.r, ['suspended', 'delayed', 'diverted', 'cancelled'])}, and ${pick(a.r, V.places)} remained ${pick(a.r, V.closed)} on ${a.day()}.`)
  },
  (a) => {
    a.m(a.city(), true)
    a.t(` has seen ${pick(a.r, V.repeated)} ${pick(a.r, V.violence)} since ${int(a.r, 2008, 2018)}.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.mood)} ${pick(a.r, V.where)} ${pick(a.r, V.into)}, and ${pick(a.r, V.places)} across the ${pick(a.r, ['capital', 'province', 'region', 'district'])} were ${pick(a.r, V.closed)}.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.spread)} ${pick(a.r, V.online)}, ${pick(a.r, V.verify)} ${pick(a.r, V.facts)}.`)
  },
  (a) => {
    a.t(`The ${a.noun()} is ${pick(a.r, V.blow)} to ${pick(a.r, V.economy)}, which had only begun to recover.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.leaders)} ${pick(a.r, V.demanded)} ${pick(a.r, V.resign)}.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.experts)} ${pick(a.r, V.warned)} that ${pick(a.r, V.trend)}.`)
  },
  (a) => {
    a.t(`${pick(a.r, V.agencies).replace(/^./, (c) => c.toUpperCase())} warned of ${pick(a.r, V.shortage)} of ${pick(a.r, V.supplies)} as the situation remained ${pick(a.r, V.tense)}.`)
  },
  (a) => {
    a.t('Officials in ')
    a.m(a.country())
    a.t(` declared ${int(a.r, 1, 7) === 1 ? 'a day' : `${pick(a.r, ['two', 'three', 'seven'])} days`} of national mourning.`)
  },
  (a) => {
    a.t(`Many of the victims were ${pick(a.r, ['young', 'students', 'workers on their way home', 'families', 'traders'])}, according to people who knew them.`)
  },
]
const FILLER_PLAIN = FILLER.filter((_, i) => i >= 10 && i !== 16)
const FILLER_MENTIONS = FILLER.filter((f) => !FILLER_PLAIN.includes(f))

interface BuiltArticle {
  text: string
  title: string
}

function title(a: Article): string {
  const r = a.r
  const ents = a.w.ents
  const city = ents[a.ev.city].name
  const noun = a.ev.noun
  const at = a.ev.venue >= 0 ? `at ${ents[a.ev.venue].name}` : `in ${city}`
  const onIn = a.ev.venue >= 0 ? `on ${ents[a.ev.venue].name} in ${city}` : `in ${city}`
  const group = ents[a.ev.perp].name
  const n = a.ev.truth.killed
  return pick(r, [
    `${cap(noun)} ${onIn} leaves ${n} dead`,
    `${group} claims responsibility for ${city} ${noun}`,
    `${ents[a.ev.accused].name} denies role in ${city} ${noun}`,
    `Death toll in ${city} ${noun} rises to ${n}`,
    `${city} ${noun}: what we know so far`,
    `Police make arrests after ${city} ${noun}`,
    `Mourning in ${ents[a.ev.country].name} after ${noun} ${at}`,
    `Investigators point to ${group} over ${city} ${noun}`,
    `World leaders condemn ${noun} in ${city}`,
    `Survivors of ${city} ${noun} describe moments of terror`,
    `${cap(noun)} in ${city}: questions mount over security failures`,
  ])
}

function buildArticle(a: Article): BuiltArticle {
  const r = a.r
  const targetWords = int(r, 200, 400)
  const targetClaims = int(r, 8, 12)
  const targetMentions = int(r, 20, 30)
  let inParagraph = 0
  let paragraphLength = int(r, 2, 4)
  let first = true
  const usedFiller = new Set<number>()
  const filler = (from: ((a: Article) => void)[]) => {
    let k = Math.floor(r() * from.length)
    for (let tries = 0; usedFiller.has(k) && tries < 4; tries++) k = Math.floor(r() * from.length)
    usedFiller.add(k)
    from[k](a)
  }
  while (a.claims.length < targetClaims || a.words < targetWords || a.mEnt.length < targetMentions) {
    if (a.words > 420) break
    if (!first) {
      if (inParagraph >= paragraphLength) {
        a.t('\n\n')
        inParagraph = 0
        paragraphLength = int(r, 2, 4)
      } else a.t(' ')
    }
    const fromPart = a.parts.length
    const needClaims = a.claims.length < targetClaims
    if (first) COUNT[r() < 0.5 ? 0 : 1](a)
    else if (needClaims && (r() < 0.75 || a.words >= targetWords)) {
      const x = r()
      pick(r, x < 0.36 ? COUNT : x < 0.72 ? RESPONSIBILITY : QUOTE)(a)
    } else filler(a.mEnt.length >= targetMentions ? FILLER_PLAIN : FILLER_MENTIONS)
    first = false
    inParagraph++
    let sentence = ''
    for (let k = fromPart; k < a.parts.length; k++) sentence += a.parts[k]
    a.words += wordCount(sentence)
  }
  return { text: a.parts.join(''), title: title(a) }
}

// ---------------------------------------------------------------------------------------------
// The database

const FTS_TRIGGERS = ['articles_fts_insert', 'articles_fts_delete', 'articles_fts_update', 'claims_fts_insert', 'claims_fts_delete', 'claims_fts_update']

/** The FTS triggers as the migration creates them, read from it so that they cannot drift. */
function ftsTriggerSql(): string[] {
  const sql = readFileSync(join(MIGRATIONS_FOLDER, '0002_full_text_search.sql'), 'utf8')
  const statements = sql
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^(\s*--.*\n)*/, '').trim())
    .filter((s) => /^CREATE TRIGGER/i.test(s))
  if (statements.length !== FTS_TRIGGERS.length) throw new Error(`expected ${FTS_TRIGGERS.length} triggers in 0002_full_text_search.sql, found ${statements.length}`)
  return statements
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '100000' },
      db: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  })
  const n = Number(values.articles)
  const seed = Number(values.seed) >>> 0
  if (!values.db || !Number.isInteger(n) || n < 1) {
    console.error('usage: npm run bench:data -- --articles N --db PATH [--seed S] [--force]')
    return 2
  }
  const path = values.db
  const files = [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]
  if (existsSync(path)) {
    if (!values.force) {
      console.error(`${path} exists; pass --force to overwrite it`)
      return 1
    }
  }
  for (const f of files) rmSync(f, { force: true })
  const triggers = ftsTriggerSql()
  const summaries = summarySql()
  const docs = documentSql()

  const t0 = performance.now()
  const world = new World(mulberry32(seed))
  const db = openDatabase(path)
  const sqlite: Database.Database = db.$client
  try {
    sqlite.pragma('journal_mode = OFF')
    sqlite.pragma('synchronous = OFF')
    sqlite.pragma('foreign_keys = OFF')
    sqlite.pragma('locking_mode = EXCLUSIVE')
    sqlite.pragma('temp_store = MEMORY')
    sqlite.pragma('cache_size = -1048576') // 1 GiB
    for (const name of FTS_TRIGGERS) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`)
    for (const { name } of summaries.triggers) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`)
    for (const { name } of docs.triggers) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`)

    const insertEntity = sqlite.prepare(
      'INSERT INTO entities (id, slug, name, kind, parent_id, description, wikidata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    const insertAlias = sqlite.prepare('INSERT INTO entity_aliases (entity_id, kind, alias) VALUES (?, ?, ?)')
    const insertEvent = sqlite.prepare(
      'INSERT INTO events (id, slug, name, date, place_id, parent_id, description) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertArticle = sqlite.prepare(
      `INSERT INTO articles (id, title, outlet, url, published_at, language, text, content_hash, word_count, event_id, ingested_at)
       VALUES (?, ?, ?, ?, ?, 'eng', ?, ?, ?, ?, ?)`,
    )
    const insertMention = sqlite.prepare('INSERT INTO mentions (article_id, entity_id, start, "end", start_cp, end_cp, text) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const insertClaim = sqlite.prepare(
      `INSERT INTO claims (id, article_id, event_id, kind, claimant_id, target_id, stance, metric, value, qualifier, quote,
         evidence_text, evidence_start, evidence_end, evidence_start_cp, evidence_end_cp, method, confidence, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )

    sqlite.transaction(() => {
      for (const e of world.ents) {
        const parent = e.parent >= 0 ? world.ents[e.parent].id : null
        insertEntity.run(e.id, e.id, e.name, e.kind, parent, e.description, e.wikidata, e.createdAt)
        for (const alias of e.surfaces) insertAlias.run(e.id, e.kind, alias)
      }
      for (const ev of world.events) {
        insertEvent.run(ev.id, ev.slug, ev.name, isoDay(ev.date), world.ents[ev.place].id, ev.parent, ev.description)
      }
    })()

    const ids = new Set<string>()
    const BATCH = 2000
    let done = 0
    let lastReport = performance.now()
    const tLoad = performance.now()
    const writeBatch = sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        for (let attempt = 0; ; attempt++) {
          const r = mulberry32((Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(seed + 1, 0x85ebca6b) ^ Math.imul(attempt, 0xc2b2ae35)) >>> 0)
          const eventIdx = r() < 0.05 ? -1 : world.eventPick.pick(r)
          const cast: Cast = eventIdx >= 0 ? world.events[eventIdx] : world.cast(r, Math.floor(FIRST_DAY + r() * (LAST_DAY - FIRST_DAY)))
          const eventId = eventIdx >= 0 ? world.events[eventIdx].id : null
          const a = new Article(r, world, cast)
          const { text, title } = buildArticle(a)
          const hash = sha256(text)
          const id = articleIdOf(hash)
          if (ids.has(id)) continue // a repeated text (never seen in practice): draw this article again
          ids.add(id)

          const x = r()
          const lag = x < 0.6 ? int(r, 0, 2) : x < 0.9 ? int(r, 3, 30) : int(r, 31, 400)
          const published = Math.min(LAST_DAY, cast.date + (eventIdx >= 0 ? lag : 0))
          const ingestedMs = (published + int(r, 0, 3)) * DAY_MS + Math.floor(r() * DAY_MS)
          const ingestedAt = isoTime(ingestedMs)
          const [outlet, domain] = OUTLETS[world.outletPick.pick(r)]
          const day = isoDay(published)
          const url = r() < 0.9 ? `https://www.${domain}/${day.replaceAll('-', '/')}/${slugify(title).slice(0, 60)}-${id.slice(0, 6)}` : null
          insertArticle.run(id, title, outlet, url, day, text, hash, wordCount(text), eventId, ingestedAt)

          for (let k = 0; k < a.mEnt.length; k++) {
            // The generated texts hold no character outside the BMP: code-point offsets equal the UTF-16 ones.
            insertMention.run(id, world.ents[a.mEnt[k]].id, a.mStart[k], a.mEnd[k], a.mStart[k], a.mEnd[k], a.mText[k])
          }
          const curated = r() < 0.05
          for (const c of a.claims) {
            const claimant = c.claimant >= 0 ? world.ents[c.claimant].id : null
            const target = c.target >= 0 ? world.ents[c.target].id : null
            const evidence = text.slice(c.start, c.end)
            const claimId = claimIdOf(id, [c.kind, c.start, c.end, claimant, target, c.stance, c.metric, c.value, c.qualifier])
            const confidence = curated ? 1 : Math.round((0.5 + r() * 0.49) * 100) / 100
            insertClaim.run(
              claimId, id, c.otherEvent ? null : eventId, c.kind, claimant, target, c.stance, c.metric, c.value, c.qualifier,
              c.kind === 'quote' ? evidence : null, evidence, c.start, c.end, c.start, c.end, curated ? 'curated' : 'extracted', confidence, ingestedAt,
            )
          }
          break
        }
      }
    })
    for (let from = 0; from < n; from += BATCH) {
      const to = Math.min(n, from + BATCH)
      writeBatch(from, to)
      done = to
      const now = performance.now()
      if (now - lastReport > 2000 || done === n) {
        lastReport = now
        const rate = done / ((now - tLoad) / 1000)
        const eta = (n - done) / rate
        console.log(`  ${done.toLocaleString('en-US').padStart(9)} / ${n.toLocaleString('en-US')} articles  ${Math.round(rate).toLocaleString('en-US')} articles/s${done < n ? `  (~${Math.ceil(eta)} s to go)` : ''}`)
      }
    }
    const loadSeconds = (performance.now() - tLoad) / 1000

    let t = performance.now()
    sqlite.exec(`INSERT INTO articles_fts(articles_fts) VALUES('rebuild')`)
    sqlite.exec(`INSERT INTO claims_fts(claims_fts) VALUES('rebuild')`)
    for (const s of triggers) sqlite.exec(s)
    const ftsSeconds = (performance.now() - t) / 1000
    t = performance.now()
    sqlite.transaction(() => rebuildSummaries(sqlite, summaries))()
    for (const { sql } of summaries.triggers) sqlite.exec(sql)
    const summarySeconds = (performance.now() - t) / 1000
    // The rendered answers, as the triggers and the ingest keep them: every claim by SQLite, every
    // article and entity answer by the queries that render it.
    t = performance.now()
    sqlite.exec(docs.claimDocs)
    for (const { sql } of docs.triggers) sqlite.exec(sql)
    for (const [kind, table] of [['article', 'articles'], ['entity', 'entities']] as [DocumentKind, string][]) {
      const ids = sqlite.prepare(`SELECT id FROM ${table} ORDER BY seq`).pluck().all() as string[]
      for (let i = 0; i < ids.length; i += 5_000) {
        sqlite.transaction(() => {
          for (const id of ids.slice(i, i + 5_000)) storeDocument(db, kind, id)
        })()
        if (ids.length > 20_000 && (i / 5_000) % 4 === 3) console.log(`  rendered ${(i + 5_000).toLocaleString('en-US')} / ${ids.length.toLocaleString('en-US')} ${table}`)
      }
    }
    const documentSeconds = (performance.now() - t) / 1000
    const analyzeSeconds = analyze(db)
    sqlite.pragma('foreign_keys = ON')

    const counts: Record<string, number> = {}
    for (const table of ['articles', 'entities', 'entity_aliases', 'events', 'mentions', 'claims']) {
      counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    }
    const largest = sqlite
      .prepare('SELECT event_id AS id, count(*) AS n FROM articles WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY n DESC LIMIT 1')
      .get() as { id: string; n: number }
    sqlite.pragma('locking_mode = NORMAL')
    sqlite.pragma('journal_mode = WAL') // what openDatabase uses; persistent in the file
    closeDatabase(db)

    const total = (performance.now() - t0) / 1000
    console.log(`built ${path} (seed ${seed}) in ${total.toFixed(1)} s: rows ${loadSeconds.toFixed(1)} s (${Math.round(n / loadSeconds)} articles/s), FTS rebuild + triggers ${ftsSeconds.toFixed(1)} s, summaries ${summarySeconds.toFixed(1)} s, rendered answers ${documentSeconds.toFixed(1)} s, ANALYZE ${analyzeSeconds.toFixed(1)} s`)
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(15)} ${count.toLocaleString('en-US').padStart(12)}`)
    console.log(`  largest event: ${largest.id} with ${largest.n.toLocaleString('en-US')} articles (${((100 * largest.n) / counts.articles).toFixed(1)}%)`)
    console.log(`  file size: ${(statSync(path).size / 2 ** 20).toFixed(1)} MiB`)
    return 0
  } catch (err) {
    if (sqlite.open) sqlite.close()
    for (const f of files) rmSync(f, { force: true }) // a half-built database is worse than none
    throw err
  }
}

process.exitCode = main(process.argv.slice(2))
