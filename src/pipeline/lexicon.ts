import nlp from 'compromise'

// Word lists shared by the stages. They describe how news English works in general (titles,
// institution words, reporting verbs), never one article.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/))

/** Lowercase particles inside names: "Ministry of Defence", "Bashar al-Assad", "Ursula von der Leyen". */
export const CONNECTORS_IN_NAMES = new Set(['of', 'for', 'the', 'ya', 'de', 'del', 'della', 'di', 'do', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'du', 'da', 'dos', 'das', 'ben', 'abu'])

/**
 * The Arabic article as news copy writes it, lowercase: at a name's start ("Al Shabaab", "El Fasher",
 * "Ad Dawr") or glued by a hyphen inside one ("Ansar al-Sahel", "Bashar al-Assad"). The sun letters
 * assimilate it ("ad-", "ar-", "as-", "ash-", "at-", "az-"; "an-" before n). One list for ner.ts,
 * entities.ts and resolve.ts.
 */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'ash', 'at', 'az'])

/**
 * Nigeria's kind of district written after its name, as tokens, longest first: "Kankara Local
 * Government Area", "Kaura Local Government", "Birnin Magaji LGA". Words are matched lowercase, the
 * abbreviation as written (upper case). One list for ner.ts, entities.ts and resolve.ts.
 */
export const LOCAL_GOVERNMENT_KINDS: readonly (readonly string[])[] = [['local', 'government', 'area'], ['local', 'government'], ['LGA']]

/** Whether `text` (a token as written) is `word` of LOCAL_GOVERNMENT_KINDS: the abbreviation exactly, other words in any case. */
export function isLocalGovernmentWord(text: string, word: string): boolean {
  return word === word.toUpperCase() ? text === word : text.toLowerCase() === word
}

/** Titles and roles that announce a person's name: "President Vladimir Putin", "spokesperson X". */
export const PERSON_TITLES = words(`
  president vice prime minister secretary chancellor premier governor mayor senator sen rep
  representative congressman congresswoman general gen colonel col lieutenant lt major maj captain
  capt sergeant sgt commander admiral marshal officer chief spokesperson spokeswoman spokesman
  ambassador envoy king queen prince princess pope sheikh emir ayatollah imam rabbi father bishop
  cardinal dr doctor mr mrs ms miss mx sir lord lady dame judge justice prosecutor attorney
  director chairman chairwoman chair ceo founder leader head deputy professor prof commodore
  brigadier superintendent inspector commissioner constable corporal private mp
  mufti alhaji alhaja hajia honourable hon mallam reverend rev archbishop pastor ombudsman
  ombudswoman coroner sheriff magistrate cmdr cdr supt insp det cpl pvt malam dsp asp csp acp dcp ssp
  sp igp aig dpo cpo ccpo rpo sho manager trustee councillor councilor alderman administrator warden
  speaker
`)

/** Roles in an appositive that make the preceding name a person: "Vomik Aliev, a medical student". */
export const PERSON_ROLE_NOUNS = words(`
  president minister secretary governor mayor senator spokesperson spokeswoman spokesman official
  officer ambassador envoy leader chief head director chairman chairwoman ceo founder analyst expert
  researcher professor student teacher doctor nurse journalist reporter correspondent editor
  writer author resident residents witness survivor victim mother father son daughter wife husband
  brother sister friend lawyer attorney judge prosecutor commander general colonel soldier
  activist priest imam pastor singer musician actor actress player coach manager owner worker
  employee citizen man woman boy girl member deputy lawmaker politician candidate diplomat adviser
  advisor aide negotiator militant gunman suspect citizen scholar historian economist scientist
  engineer driver pilot farmer shopkeeper vendor guard worshipper hacker pilgrim passenger mourner
  trader villager relative neighbour neighbor teenager commuter eyewitness protester demonstrator
  volunteer rescuer medic paramedic firefighter
`)

/** Words that end an organization's name: "Wagner Group", "National Security Council". */
export const ORG_HEADS = words(`
  group council ministry agency front party army forces force brigade brigades news post times
  committee commission service services office police embassy consulate department bureau institute
  university college academy company corporation corp inc ltd llc bank union organization
  organisation association network court parliament assembly senate congress guard guards movement
  battalion regiment command administration government cabinet foundation church press journal
  tribune herald telegraph guardian daily gazette chronicle review radio tv television channel
  broadcasting media agency fund federation league alliance coalition authority authorities
  directorate navy airlines airways club team board trust society institute center centre
  hezbollah brotherhood jihad militia corps unit squad partners capital holdings ventures industries
  enterprises logistics shipping solutions systems technologies airline railways railway
  defence defense fc afc sc cf observatory collective headquarters security advertiser courier
  examiner sentinel inquirer dispatch bulletin athletic rovers wanderers hotspur albion
  presbytery diocese archdiocese synod premiership air rail regulator lines tbk executive division
  inspectorate secretariat tribunal commissariat prosecutor's
  coal mining mines cement steel petroleum chemicals foods textiles motors pharmaceuticals pharma
  construction builders developers engineering properties hotels resorts plastics metals minerals
  breweries mills laboratories labs ferries coaches telecom communications
  forum labs lab laboratory laboratories mission gas oil power energy electric petroleum motors mining
  cement steel telecom transport exchange co bros schools savings
`)

/**
 * Last words of a group's name that only say what kind of group it is, so that the words before them
 * are its short name ("Wagner Group" → "Wagner", "Green Left Coalition" → "Green Left", "Ashanti
 * Royals FC" → "Ashanti Royals"); not bodies named after a place ("Victoria Police", "Troup County
 * Sheriff's Office"), whose first words name the place.
 */
export const GROUP_TYPE_WORDS = words(`
  group coalition alliance front movement party network brigade brigades militia collective
  organisation organization fc sc afc cf club company corporation corp inc ltd llc plc holdings
  airlines airways athletic rovers wanderers labs lab technologies industries systems solutions
`)

/**
 * Kinds of named sites written in lowercase after the name (codebook §1, named sites are places):
 * "the Neringa Grand hotel", "Ngo Tram market", "the Kelani river", "the Bundaran HI roundabout".
 */
export const SITE_NOUNS = words(`
  hotel market river station bridge stadium mosque camp airport square roundabout dam lake
  mountain mountains valley highway road street avenue village town city villages towns cities
  gorge pass canal creek beach port stations markets bridges hotels shrine hospital temple school
  prison jail lodge
`)

/**
 * The site nouns that are part of a named site's name ("Ngo Tram market", "Kelani river", "Kabul
 * airport", codebook §1), unlike the kinds of settlement ("Nangade village" is Nangade) and plurals
 * ("Nangade and Litingina villages").
 */
export const NAMED_SITE_NOUNS = words(`
  hotel market river station bridge stadium mosque camp airport square dam gorge canal shrine
  hospital temple school prison jail lodge
`)

/**
 * Named sites that take the name of the town they serve, places of their own beside it: "Germiston
 * station", "Kabul airport" (a hotel, a market or a river is named by its own name: "the Varena Grand
 * hotel" is "the Varena Grand").
 */
export const TOWN_SITE_NOUNS = words('station airport stadium bridge port')

/** Media name endings: these win over a place name inside them ("Washington Post"). */
export const MEDIA_HEADS = words(`
  post times journal tribune herald telegraph guardian daily gazette chronicle news review press
  observer independent mirror sun star globe
`)

/**
 * Words that begin an organization's name, in English and the languages news copy borrows from
 * (Arabic and Urdu militant names open with "Jama'at", "Harakat", "Jaish", "Lashkar": group, movement, army).
 */
export const ORG_LEADERS = words(`
  ministry ministerio ministère ministerium department office bureau council committee commission
  union federation association organization organisation coalition alliance league front movement
  party army brigade bank banco grupo groupe viña bodega bodegas distribuidora corticeira compañía
  companhia société sociedad autoridade autoridad agence agencia institut instituto universidad
  universidade université university college academy church brotherhood police
  radio television jama'at jamaat jamaah harakat jaish lashkar tehrik hizb katibat liwa jabhat tanzim ahrar
  jaamat jamaat-ul jamiat jemaah tehreek tahreek tahrik ansar ansaru jund saraya kataib asaib
  hizbul laskar sipah majlis ittehad ittihad jaysh firqat katiba pt
  alianza partido frente movimiento unión unidad inversiones empresa corporación fundación asociación
  federación confederación sindicato comisión consejo policía ejército parti mouvement fédération
  confédération syndicat conseil movimento associação federação sindicato
`)

/** Words that begin a place's name: "Lake Chad", "Mount Elgon", "Rue Victor-Hugo". */
export const PLACE_LEADERS = words(`
  lake mount mt rue avenue gulf bay cape cabo port fort lac mont rio río calle avenida plaza piazza
  via isla ile île sierra wadi jebel torre edificio estadio hospital hôpital clínica clinica
  um umm deir kafr beit khirbet
`)

/** Compass and size words that open place names: "North Kivu", "Greater Accra". */
export const PLACE_MODIFIERS = words(`north south east west northern southern eastern western central upper lower greater new`)

/** Words that end a place's name: "Crocus City Hall", "Red Square". */
export const PLACE_HEADS = words(`
  city hall province region district street square airport stadium station county oblast krai
  village town valley river mountains mountain island islands strait sea ocean bay gulf lake park
  bridge mall market cathedral mosque temple synagogue theatre theater arena hospital school
  prison camp base port harbor harbour avenue boulevard road highway plaza palace tower center
  centre building hotel museum peninsula desert coast border crossing neighborhood neighbourhood
  territory territories republic state heights bazaar souk municipality pavilion auditorium
  roundabout junction terminal stand nagar colony chowk marg mohalla quarter way parkway ranch
  mine colliery
  expressway freeway motorway drive lane infirmary township dam casino resort chiefdom imambara
  dargah gurdwara mandir pagoda monastery
`)

/** Common nouns an appositive uses for a group: "Piknik, a famous Russian rock band". */
export const GROUP_ROLE_NOUNS = words(`
  band group company firm newspaper paper outlet agency broadcaster channel network organization
  association
  organisation militia party movement faction charity ngo union club team brand platform app
  service website site magazine publication station label startup gang cartel syndicate contractor
  operator organiser organizer promoter body watchdog regulator authority institute force
  arm wing affiliate subsidiary mouthpiece chain supermarket carrier airline lender insurer bank
  tabloid daily weekly page portal blog brotherhood federation confederation cooperative society
  foundation
`)

/**
 * Offices of an organization held by a person, before "of the" and the organization's name: "a ward
 * president of the Konkan Vikas Aghadi", "the spokesman for the Tarn Front" (not a state's offices:
 * "governor of", "mayor of" are places').
 */
export const ORG_OFFICE_TITLES = words(`
  president leader chairman chairwoman chair founder spokesman spokeswoman spokesperson secretary
  treasurer
`)

/** Common nouns an appositive uses for a place: "Beslan, a town in North Ossetia". */
export const PLACE_ROLE_NOUNS = words(`
  city town village region province district country capital venue hall area suburb neighborhood
  neighbourhood state island port settlement municipality community hamlet locality
`)

/** Words that can be capitalized at a sentence start or in a heading but never name anything alone. */
export const STOP_CAPITALIZED = words(`
  the a an in on at of for to from by with without after before during since until while as and or
  but if when where what who which whose why how this that these those there here it its he she they
  we you i his her their our your my me him them us some many several most more less few all both
  each every any no not nor yet so also then than thus however although though despite amid amidst
  among between into onto over under above below about around near across through throughout
  against along beyond upon via per one two three four five six seven eight nine ten first second
  third last next other another such same only even just still already now today yesterday
  tomorrow tonight shortly initial initially meanwhile moreover furthermore contrastingly
  additionally instead indeed perhaps according following given being having do does did is are
  was were be been has have had will would could should may might must can cannot let yes please
  mr mrs ms dr sir madam copyright advertisement advertisment update updated read watch photo video
  breaking live exclusive opinion analysis editorial
`)

/**
 * Words that open a public agency's name before the place it serves: "Health Canada", "Transport
 * Scotland", "Fire Rescue Victoria", "Sport England", "Water NSW", "Statistics Norway".
 */
export const AGENCY_WORDS = words(`
  health transport fire rescue police water sport sports statistics heritage tourism environment
  education energy justice revenue customs immigration border housing roads rail railways parks
  forestry fisheries nature food safety emergency ambulance coastguard maritime aviation highways
  trade invest enterprise skills employment welfare care public service services development
`)

/** Words that end the name of a treaty or a document named after a place: "the Vienna Convention", "the Oslo Accords". */
export const DOCUMENT_WORDS = words('convention conventions treaty treaties accord accords agreement agreements protocol protocols declaration pact')

/** Colours before a vehicle's make, which may be a town's name: "a white Toyota Corolla". */
export const COLOURS = words('white black silver grey gray red blue green yellow dark-coloured dark-colored maroon beige brown')

/** Vague amounts that open a sentence before "of": "Dozens of Rohingya refugees", "Hundreds of Yazidis". */
export const VAGUE_AMOUNTS = words('dozens hundreds thousands millions scores tens lots plenty couple handful number majority')

export const WEEKDAYS_AND_MONTHS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`)

/** Verbs of saying, in the forms news copy uses them. */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds stated states declared declares warned warns assured
  assures insisted insists argued argues explained explains claimed claims claim claiming noted
  notes wrote writes tweeted posted announced announces confirmed confirms believes believe
  believed speculated speculates suggested suggests maintained maintains contended contends
  defended defends asserted asserts recalled recalls acknowledged acknowledges admitted admits
  alleged alleges reported reports replied replies responded responds continued continues
  stressed stresses emphasized emphasised emphasizes emphasises urged urges affirmed affirms
  indicated indicates estimated estimates cautioned cautions predicted predicts denied denies
  asked asks concluded concludes revealed reveals thinks think thought feared fears hoped hopes
`)

/** Plural or collective actor nouns after a demonym: "Ukrainian officials" acts as Ukraine. */
export const ACTOR_NOUNS = words(`
  officials official government authorities authority president leader leaders prime minister
  ministry military army forces troops police intelligence administration embassy diplomats
  diplomat spokesperson spokesman spokeswoman side state regime presidency security services
  prosecutors investigators media envoy ambassador parliament lawmakers sources
`)

type LexiconTag = string | string[]
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconTag> } }).one.lexicon

function tagsOf(lower: string): string[] {
  const tag = compromiseLexicon[lower]
  if (tag === undefined) return []
  return Array.isArray(tag) ? tag : [tag]
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName'])
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region'])

// Letters with diacritics compromise's lexicon writes without them: "óscar" → "oscar", "josé" → "jose".
const foldDiacritics = (lower: string) => (/[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower)

/** compromise's lexicon knows ~3000 given names: "Adrienne", "Kamala", "Valentina"; "Óscar" as "oscar". */
export function isFirstName(lower: string): boolean {
  return tagsOf(lower).some((t) => FIRST_NAME_TAGS.has(t)) || (foldDiacritics(lower) !== lower && tagsOf(foldDiacritics(lower)).some((t) => FIRST_NAME_TAGS.has(t)))
}

export function isPersonName(lower: string): boolean {
  return tagsOf(lower).some((t) => NAME_TAGS.has(t)) || (foldDiacritics(lower) !== lower && tagsOf(foldDiacritics(lower)).some((t) => NAME_TAGS.has(t)))
}

export function isKnownPlaceName(lower: string): boolean {
  return tagsOf(lower).some((t) => PLACE_TAGS.has(t))
}

export function isKnownOrganization(lower: string): boolean {
  return tagsOf(lower).includes('Organization')
}

/** A word compromise knows as ordinary vocabulary (verb, adjective, common noun…), not a name. */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower)
  if (tags.length === 0) return false
  return !tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Organization' || t === 'ProperNoun')
}

const FINITE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula'])

/**
 * A finite verb form as compromise's lexicon lists it ("insists", "opened", "denies"), or a past
 * form by its ending ("listed"): what follows a subject, not a noun that would lengthen its phrase.
 */
export function isFiniteVerbForm(lower: string): boolean {
  return /^\p{Ll}{3,}ed$/u.test(lower) || tagsOf(lower).some((t) => FINITE_VERB_TAGS.has(t))
}

export function isDemonymWord(lower: string): boolean {
  return tagsOf(lower).includes('Demonym')
}

/** Suffixes of English common words that names rarely carry: -ism, -tion, -ic ("Islamic", "Olympic"). */
const COMMON_SUFFIX = /(?:ism|ist|ists|tion|tions|sion|ment|ments|ness|ity|ities|ance|ence|ics|ic|ical|ous|ive|able|ible|ful|less|ings|ly|ian|ese|ers)$/

export function looksLikeNameWord(lower: string): boolean {
  if (isPersonName(lower)) return true
  if (isCommonWord(lower) || STOP_CAPITALIZED.has(lower) || WEEKDAYS_AND_MONTHS.has(lower)) return false
  if (PERSON_TITLES.has(lower) || ORG_HEADS.has(lower) || PLACE_HEADS.has(lower)) return false
  return !COMMON_SUFFIX.test(lower) || lower.length <= 4
}

/**
 * Heads of noun phrases that identify a party without naming it (docs/annotation.md §2, §5: by
 * affiliation, role or origin), kept as written as a responsibility claim's target: "blamed the
 * organisers", "a raid blamed on separatist rebels", "the driver". Not here: words that only restate
 * the act ("gunmen", "attackers", "bombers", "kidnappers"), which are never targets, and bodies that
 * stand for a country or a force the article names ("the government", "the army", "the police",
 * "the ministry": codebook §5 and §7 resolve those to the entity).
 */
export const DESCRIBED_PARTY_HEADS = words(`
  soldiers troops organisers organizers organiser organizer owners owner operator operators
  driver drivers pilot pilots captain crew staff employees contractor contractors builder builders landlord
  firms companies
  rebels separatists insurgents militants islamists jihadists extremists nationalists militias
  guards band singer managers manager management marchers protesters demonstrators rioters youths
  mob fans supporters hooligans gang gangs cartel cartels
  master masters dispatcher dispatchers signalman controller controllers conductor engineer engineers
  inspector inspectors supervisor supervisors boss bosses foreman technician technicians mechanic
  mechanics promoter promoters developer developers administrator administrators administration
  committee trust concessionaire concessionaires firm regulator regulators
  hackers smugglers traffickers bandits thugs mercenaries agents spies operatives fighters
  loyalists camp politicians gatecrashers team unit magistrate rancher ranchers herders settlers
  workers personnel businesses villagers militia
`)

/**
 * Described parties that are armed groups by category ("militants", "a band of militants"): named
 * as someone else's suspects they identify ("blamed Islamist militants"), but as the subject of the
 * act in the article's report they only restate it ("militants stormed the camp", codebook §7).
 */
export const ARMED_DESCRIPTIONS = words('rebels separatists insurgents militants islamists jihadists extremists nationalists militias band')

/**
 * Heads of unnamed collective voices kept as written as a claimant (codebook §2: "survivors",
 * "analysts"): "survivors accused the police", "witnesses said the soldiers fired first".
 */
export const COLLECTIVE_VOICES = words(`
  survivors witnesses residents analysts experts families relatives activists protesters students
  villagers critics campaigners doctors investigators prosecutors reports media fans supporters
  locals observers diplomats lawmakers opponents parents victims mourners passengers workers unions
  police pilgrims leaders researchers users worshippers marchers colleagues neighbours neighbors
  engineers inspectors commentators sources associations union farmers miners legislators
  teachers nurses lawyers
`)

/** Articles and possessive determiners that open a noun phrase: "the children", "its owners". */
export const DETERMINERS = words('the a an its their his her')

/** Possessives that refer back to someone already named: "its officers" are that body's own. */
export const REFERS_BACK = words('its their his her our')

/**
 * Heads of an unnamed source before a reporting verb ("police said", "health officials told",
 * "the ministry said", "rescuers said", "parents said", "the city's ambulance service says"): who
 * gives a claim or a figure without a name.
 */
export const UNNAMED_SOURCE_HEADS = words(`
  officials official police authorities sources source spokesman spokeswoman spokesperson
  investigators prosecutors witnesses residents doctors medics paramedics rescuers firefighters
  officers officer deputies government ministry military army hospital agency department statement
  reports media analysts experts diplomats people survivors relatives organisers organizers
  activists leaders elders villagers workers staff administration authority council office
  parents families teacher teachers hospitals clinics channels broadcasters newspapers outlets
  service witness resident doctor nurse nurses medic
`)

/** Words that may stand between a source and its reporting verb: "police have also said", "officials later told". */
export const AUXILIARIES_BEFORE_VERB = words('has have had also later earlier then separately previously initially would now')

/** Currency codes and names before an amount ("Rs 4,250", "KSh 500"): what follows is money, not people. */
export const CURRENCY_CODES = words(`
  rs tk rp sh ksh kes inr pkr npr lkr bdt ngn ghs zar cfa usd eur gbp rmb cny jpy aed sar egp try
  rub uah php idr vnd thb myr brl ars cop mxn clp pen naira rupees
`)

/** Words that open a storm's name ("Cyclone Belinda", "Tropical Storm Ana"): storms are nobody. */
export const STORM_WORDS = words('cyclone typhoon hurricane storm tropical super')

/** Singular nouns of an unnamed speaker ("a senior US official", "a local resident"): a person, not the country before them. */
export const UNNAMED_SPEAKER_NOUNS = words('official officer diplomat source analyst expert aide agent soldier resident citizen journalist lawmaker senator general')

/** Heads of a state's armed forces, a target as written when unnamed ("riot police fired tear gas"); "gunmen" only restate the act (codebook §5). */
export const STATE_FORCES = words('soldiers troops police forces military army navy policemen officers gendarmes paratroopers marines')

/** Heads of a force's noun phrase whose demonym names the state acting: "Pakistani jets bombed…". */
export const FORCE_NOUNS = new Set([...STATE_FORCES, ...words('warplanes jets aircraft planes drones helicopters artillery missiles rockets gunboats tanks hackers')])

/** Unnamed voices of a state: "officials said" in a story about one country speak for it (codebook §7). */
export const STATE_VOICES = words('officials authorities government')

/** Verbs of belief (lemmas) whose negation denies their complement: "did not believe the Front was responsible". */
export const DOUBTED_BELIEFS = words('believe think consider suspect accept expect')

/** A platform named as the medium ("its Telegram channel", "on its website") is no one "it" could be. */
export const MEDIUM_NOUNS = words('channel channels account accounts page pages feed website site app broadcast post posts')
/** Platforms that carry what others say ("posted on Telegram", "a video on Facebook"): never an actor, never what "it" or "they" points to. */
export const PLATFORMS = words('facebook telegram whatsapp twitter youtube tiktok instagram signal wechat weibo vk vkontakte threads')


/** Who did the act, described: an act done to them ("police shot the gunman") is the response, not the act. */
export const PERPETRATOR_NOUNS = words(`
  suspect suspects gunman gunmen shooter shooters attacker attackers assailant assailants militants
  militant fighters insurgents terrorists terrorist hijacker hijackers bomber bombers kidnappers
  kidnapper rebels perpetrators perpetrator
`)
