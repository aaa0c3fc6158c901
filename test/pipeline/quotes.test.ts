import t from 'tap'
import { extract } from '../../src/pipeline/index.js'
import { findQuoteSpans } from '../../src/pipeline/quotes.js'

function speakers(text: string) {
  const x = extract(text, { entities: [] })
  const name = (ref: string | null) => x.entities.find((e) => e.ref === ref)?.name ?? null
  return x.claims.filter((c) => c.kind === 'quote').map((c) => [name(c.claimant), c.quote])
}

t.test('quote marks: curly, straight, guillemets, mixed, unclosed', async (t) => {
  const text = 'A «mixed quote here” and "straight one" and ‘single one’ and «unclosed until end.'
  const spans = findQuoteSpans(text).map((q) => text.slice(q.start, q.end))
  t.same(spans, ['mixed quote here', 'straight one', 'single one', 'unclosed until end.'])
  t.same(findQuoteSpans("Moscow’s mayor didn’t speak.").length, 0, 'apostrophes are not quotes')
})

t.test('speaker after the quote: X said, said X, he added', async (t) => {
  const text = 'Mayor Lena Moritz visited the site. “We will rebuild every house,” Moritz said. “Nobody will be left behind,” she added. “The army is on its way to the valley,” said Colonel Piet Draaier.'
  t.same(speakers(text), [
    ['Lena Moritz', 'We will rebuild every house'],
    ['Lena Moritz', 'Nobody will be left behind'],
    ['Piet Draaier', 'The army is on its way to the valley'],
  ])
})

t.test('speaker after the quote behind role words, an appositive, or as "the group"', async (t) => {
  const text = [
    'Blast in Kirovabad',
    '',
    '"Baku blames Yerevan for every failure it suffers," ministry spokeswoman Lilit Harutyunyan said in a statement.',
    '',
    '"Some of these people are sitting on a roof with a dead phone," the spokesman, Jens Aaltonen, said.',
    '',
    '"The road is gone, so nobody has come," Kumari Herath, a resident of a village in Ratnapura district, south-east of Colombo, told AFP.',
    '',
    'The Sahel Front claimed the attack in a post on its Telegram channel. "Our brother struck the police," the statement said.',
    '',
    '"Disputes must be settled in the courts," the head of the EU mission said.',
    '',
    '"We will not rest until this is fixed," Ashanti regional police commander said.',
  ].join('\n')
  t.same(speakers(text), [
    ['Lilit Harutyunyan', 'Baku blames Yerevan for every failure it suffers'],
    ['Jens Aaltonen', 'Some of these people are sitting on a roof with a dead phone'],
    ['Kumari Herath', 'The road is gone, so nobody has come'],
    ['Sahel Front', 'Our brother struck the police'],
  ], 'no speaker when the name only qualifies an unnamed one (the EU mission, a region)')
})

t.test('speaker before the quote, continuation, and scare quotes', async (t) => {
  const text = 'Residents such as Omar Haddou, a baker, were blunt: “We heard three explosions near the port. “Then the lights went out.” The minister called the protesters “traitors” on Sunday.'
  const found = speakers(text)
  t.same(found.map((f) => f[0]), ['Omar Haddou', 'Omar Haddou'])
  t.notOk(found.some((f) => f[1] === 'traitors'), 'a one-word quote without a speaker cue is a scare quote')
})

t.test('evidence offsets point at the quoted words', async (t) => {
  const text = '"The water is rising fast," Ana Sousa, a firefighter, told reporters.'
  const x = extract(text, { entities: [] })
  const q = x.claims.find((c) => c.kind === 'quote')!
  t.equal(text.slice(q.evidence.start, q.evidence.end), q.evidence.text)
  t.equal(q.evidence.text, 'The water is rising fast')
})

t.test('short quotations run into a sentence must hold a clause; the title gives no quotes', async (t) => {
  const text = [
    'Governor calls strike on Tarsa market "barbaric"',
    '',
    'Governor Ilse Varkonyi called the strike "barbaric" and said the town was "like a war zone" on Monday.',
    '',
    'Councillor Bram Otieno said residents were sure "the water keeps rising" and that "we cannot stay here".',
    '',
    '"Nobody sleeps here now," says Hana Petrov, a teacher.',
  ].join('\n')
  t.same(speakers(text), [
    ['Bram Otieno', 'we cannot stay here'],
    ['Hana Petrov', 'Nobody sleeps here now'],
  ], 'no finite clause in "barbaric", "like a war zone", "the water keeps rising"; a set-off quote is said')
})

t.test('a quote continues its speaker past her attribution and into the next paragraph', async (t) => {
  const text = [
    '“The dam held for six hours,” Maren Solberg said. “Then the east wall went, and the water came down the valley faster than anyone had planned for.',
    '',
    '“We moved the last families out at midnight.”',
    '',
    '“Nobody here will forget it,” a volunteer said.',
  ].join('\n')
  t.same(speakers(text), [
    ['Maren Solberg', 'The dam held for six hours'],
    ['Maren Solberg', 'Then the east wall went, and the water came down the valley faster than anyone had planned for.'],
    ['Maren Solberg', 'We moved the last families out at midnight.'],
  ], 'a quote with an attribution of its own (an unnamed volunteer) does not continue her')
})

t.test('colon lead-ins, a title before the name, and "he"/"she" for the person the sentence is about', async (t) => {
  const text = [
    'Interior Minister Tomas Berrin spoke to reporters on Sunday:',
    '',
    '“We have found the truck that carried the explosives, and we know where it was loaded.”',
    '',
    '“The bridge will reopen within a week,” Mayor Lena Okafor said.',
    '',
    'Police chief Dalia Moreau arrived at the scene an hour later with Deputy Mayor Piet Brandt. She said, “Every house on this street will be searched before nightfall.”',
    '',
    'President Jonas Elmi spoke at the funeral of General Arvo Tamm, but he gave no details. “We have lost a brave man and we will not forget him,” he said.',
    '',
    'A vendor at the Osei market, who asked not to be named, disputed the account given by Governor Ama Boateng. She said she saw soldiers fire into the crowd.',
    '',
    '“They were running away and the soldiers kept shooting,” she said.',
  ].join('\n')
  t.same(speakers(text), [
    ['Tomas Berrin', 'We have found the truck that carried the explosives, and we know where it was loaded.'],
    ['Lena Okafor', 'The bridge will reopen within a week'],
    ['Dalia Moreau', 'Every house on this street will be searched before nightfall.'],
    ['Jonas Elmi', 'We have lost a brave man and we will not forget him'],
  ], 'a pronoun whose sentence has an unnamed subject (a vendor) gets no named speaker')
})

t.test('a body named before by the kind of body the anaphor names', async (t) => {
  const text = [
    'The Harbour Workers Union and the Kessel Port Authority met on Monday.',
    '',
    'In a statement, the union said that “the port has been unsafe for years and everyone knew it”.',
    '',
    'The Red Dune Movement posted a video on Telegram. In a statement, the group said that “our fighters will strike again when we choose”.',
    '',
    'In a statement, the association said that “members have been told to stay at home until further notice”.',
  ].join('\n')
  t.same(speakers(text), [
    ['Harbour Workers Union', 'the port has been unsafe for years and everyone knew it'],
    ['Red Dune Movement', 'our fighters will strike again when we choose'],
  ], 'no association was named, so "the association" is nobody the article names')
})
