// Deterministic synthetic news articles for the benchmarks: a seeded PRNG over templates and word
// lists (people, groups, places, figures, quotes, responsibility claims), ~500 words each.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const FIRST = ['Amina', 'Carlos', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal', 'Katya', 'Luis', 'Mariam', 'Nikolai', 'Olga', 'Pedro', 'Rania', 'Samuel', 'Tomasz', 'Yusuf']
const LAST = ['Okafor', 'Mendes', 'Petrova', 'Haddad', 'Wanjiru', 'Tanaka', 'Larsen', 'Barzani', 'Ivanova', 'Ortega', 'Khalil', 'Sokolov', 'Brennan', 'Alvarez', 'Nasser', 'Kowalski', 'Demir', 'Osei']
const GROUPS = ['the Islamic State', 'ISIS-K', 'the Wagner Group', 'Al-Shabaab', 'Boko Haram', 'the Northern Liberation Front', 'the Harbor Defense Council', 'the Red Valley Brigade']
const COUNTRIES = ['Ukraine', 'Russia', 'Nigeria', 'Somalia', 'Kenya', 'Syria', 'Iraq', 'Mali', 'Colombia', 'Pakistan', 'Afghanistan', 'Mozambique']
const CITIES = ['Moscow', 'Lagos', 'Mogadishu', 'Nairobi', 'Damascus', 'Baghdad', 'Bamako', 'Bogota', 'Karachi', 'Kabul', 'Maputo', 'Kyiv']
const VENUES = ['Central Market', 'Grand Station', 'Liberty Square', 'National Stadium', 'Riverside Mall', 'Union Hall']
const OUTLETS = ['AFP', 'Reuters', 'the Associated Press', 'The Washington Post', 'ABC News']
const QUALIFIERS = ['at least', 'more than', 'about', 'nearly', 'up to', '']
const METRICS = ['people were killed', 'people were injured', 'were hospitalized', 'deaths', 'injuries', 'people are missing', 'suspects were arrested']
const ROLES = ['spokesperson for the Interior Ministry', 'a police commander', 'the regional governor', 'a local resident', 'an analyst at the Harbor Institute']

export function generateArticle(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
  const person = () => `${pick(FIRST)} ${pick(LAST)}`
  const n = () => 2 + Math.floor(rand() * 240)
  const city = pick(CITIES)
  const country = pick(COUNTRIES)
  const group = pick(GROUPS)
  const venue = pick(VENUES)
  const speaker = person()
  const official = person()
  const paragraphs = [
    `Attack on ${venue} in ${city} leaves dozens dead`,
    `${capitalize(QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)] + ' ' + n()).trim()} ${pick(METRICS)} on ${pick(['Friday', 'Sunday', 'Tuesday'])} when gunmen opened fire at ${venue} in ${city}, according to ${pick(OUTLETS)}. The death toll rose to ${n()} by the evening, and ${n()} people were hospitalized, ${n()} of whom are in critical condition.`,
    `${group.replace(/^the/, 'The')} claimed responsibility for the attack in a statement posted on Telegram. "${pick(['We will strike again', 'This is only the beginning', 'Our fighters carried out the operation'])}," the statement said.`,
    `${speaker}, ${pick(ROLES)}, said that ${group} was behind the assault. "${pick(['We have clear evidence of who did this', 'The attackers were trained abroad', 'Nobody should doubt who is responsible'])}," ${speaker.split(' ')[1]} told reporters.`,
    `President ${official} blamed ${pick(COUNTRIES)} for the attack, while ${pick(COUNTRIES)} denied any involvement. ${pick(['Officials', 'Investigators', 'Analysts'])} said the gunmen may have links to ${group}.`,
    `Police arrested ${n()} suspects in ${pick(CITIES)} and ${country}'s interior minister said ${n()} more were detained overnight. "${pick(['The investigation is moving quickly', 'We are searching every district', 'Those responsible will face justice'])}," he added.`,
    `In ${2000 + Math.floor(rand() * 20)}, a similar attack in ${pick(CITIES)} killed more than ${n()} people. ${person()}, 52, a shopkeeper near ${venue}, said: "${pick(['I heard the shots and ran', 'Everyone was screaming', 'We hid in the basement for hours'])}."`,
    `The ${pick(['United States', 'European Union', 'United Nations'])} condemned the violence. Ukrainian officials and ${pick(['Russian', 'American', 'Kenyan'])} authorities exchanged accusations, and ${pick(OUTLETS)} reported that the ${pick(['Kremlin', 'White House', 'Foreign Ministry'])} rejected claims of its involvement.`,
  ]
  // Pad to ~500 words with more of the same kinds of sentences.
  while (paragraphs.join(' ').split(/\s+/).length < 480) {
    paragraphs.push(`${person()} of ${pick(OUTLETS)} reported that about ${n()} people were injured in ${pick(CITIES)}, and ${pick(COUNTRIES)} accused ${group} of carrying out the attack. "${pick(['It was chaos', 'We need answers', 'The city is in shock'])}," said ${person()}.`)
  }
  return paragraphs.join('\n\n')
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}


/** `n` articles, the same for the same seed. */
export function generateCorpus(n: number, seed = 20240322): string[] {
  const rand = mulberry32(seed)
  return Array.from({ length: n }, () => generateArticle(rand))
}
