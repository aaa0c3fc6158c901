import t from 'tap'
import { extract } from '../../src/pipeline/index.js'
import { findQuoteSpans, holdsClause } from '../../src/pipeline/quotes.js'

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

t.test('an unnamed member speaks for the body named with the role (codebook §7)', async (t) => {
  const text = [
    'Two engineers are held by the Sabra Liberation Front in the hills, a senior commander of the group told Reuters on Sunday.',
    '',
    '"We are holding the two engineers and both of them are in good health," the senior commander said.',
    '',
    '"No one will be released before our demands are met," a spokesman for the Sabra Liberation Front said.',
    '',
    '"The road to the hills has been closed since Friday," a police commander from the district said.',
  ].join('\n')
  t.same(speakers(text), [
    ['Sabra Liberation Front', 'We are holding the two engineers and both of them are in good health'],
    ['Sabra Liberation Front', 'No one will be released before our demands are met'],
  ], 'a commander "from the district" names no body')
})

t.test('attributions that name the speaker without a mention of their own', async (t) => {
  const text = [
    'Analyst Tomas Vrba has followed the group for years.',
    '',
    '"Whoever did this knew the building well," Vrba said.',
    '',
    'Governor Nadia Brevik visited the site at noon.',
    '',
    '"The death toll has risen to 14," her statement said.',
    '',
    'The Kora Brigades claimed the attack. "Our fighters reached the target and came back safely" near the town of Varn, the statement said.',
    '',
    'The UN envoy Mira Castel spoke of a city where "the hospitals can no longer cope", according to her.',
    '',
    'Officials have not said what caused the fire, with Haldor Police saying Sunday that "there is nothing to suggest it was lit on purpose."',
    '',
    '"We are the last hope for the families," rescuers in Brevik told the radio.',
  ].join('\n')
  t.same(speakers(text), [
    ['Tomas Vrba', 'Whoever did this knew the building well'],
    ['Nadia Brevik', 'The death toll has risen to 14'],
    ['Kora Brigades', 'Our fighters reached the target and came back safely'],
    ['Mira Castel', 'the hospitals can no longer cope'],
    ['Haldor Police', 'there is nothing to suggest it was lit on purpose.'],
  ], 'a name after "in" only places the unnamed rescuers')
})

t.test('a quotation that is the object of a preposition is a noun phrase, not a quote', async (t) => {
  const text = 'The Kora Brigades said in a message to journalists that the army was guilty of "shelling houses at night to cover up its own failures on the front." Colonel Edvin Rask said the army had "acted within the law" and that "every strike was checked twice by its officers."'
  t.same(speakers(text), [['Edvin Rask', 'every strike was checked twice by its officers.']], 'and a capital after a full stop inside the marks opens a new sentence, no attribution')
})

t.test('spaced guillemets and an abbreviated title in the attribution', async (t) => {
  const text = [
    'Gen. Odile Mbaye spoke in Goma. « These are rebel fighters. We have identified two of their commanders », Gen. Mbaye told reporters.',
    '',
    '“We are short of blood and of beds,” said Dr. Ruth Kanza, who heads the surgical ward. Dr. Kanza said the ward was full.',
    '',
    '“Our troops have secured the road,” Col. Felix Ruta, a spokesman for the army, told Reuters.',
  ].join('\n')
  t.same(speakers(text), [
    ['Odile Mbaye', 'These are rebel fighters. We have identified two of their commanders'],
    ['Ruth Kanza', 'We are short of blood and of beds'],
    ['Felix Ruta', 'Our troops have secured the road'],
  ])
  t.same(findQuoteSpans('Prices « — » rose.').length, 0, 'a spaced guillemet opens only before a word')
})

t.test('an unnamed spokesperson resolves to the one holder of the role the article names (codebook §7)', async (t) => {
  const text = [
    'A Varnian Navy spokesman said on Monday that the ship had been hit by a mine.',
    '',
    '“The crew followed every procedure and nobody was left behind,” he said.',
    '',
    'Navy spokesman Captain Ilmar Soot later said the wreck would be raised.',
    '',
    '“We have found two more bodies,” a police spokeswoman said.',
    '',
    '“The harbour will stay closed until Friday,” an official said. Port official Anna Lepp and port official Juhan Org declined to comment.',
  ].join('\n')
  t.same(speakers(text), [
    ['Ilmar Soot', 'The crew followed every procedure and nobody was left behind'],
  ], 'no police spokeswoman is named, and "official" is no role one person holds')
})

t.test('"X quoted Y as saying": Y speaks, and an unnamed member of a body named before speaks for it', async (t) => {
  const text = [
    'Trains of the Ostravian State Railways were halted after the crash near Kolin.',
    '',
    '"The signals had failed and the driver was told to go on," the state news agency quoted an unnamed railway official as saying.',
    '',
    '"Nobody could have seen the other train in time," the agency quoted an unnamed official as saying.',
  ].join('\n')
  t.same(speakers(text), [
    ['Ostravian State Railways', 'The signals had failed and the driver was told to go on'],
  ], 'an official of no named body is no named speaker, nor is the agency that quoted him')
})

t.test('offices, the police, a dash, "according to" and straight single quotes', async (t) => {
  const text = [
    'Mayor Rosa Lind and Governor Ivo Marr visited the school on Monday.',
    '',
    '“We will rebuild it by winter,” the governor said.',
    '',
    'Interior Minister Paul Kerr and Justice Minister Eva Strand spoke in Sofia. “We have arrested three men,” the interior minister said. “The trial will be held in public,” the minister said.',
    '',
    'The Veltrian Police arrested two men. “Both men were known to us,” police said.',
    '',
    '“The roads will be cleared by tonight” — Rosa Lind said on Tuesday.',
    '',
    'According to Ivo Marr, “the school will be rebuilt by winter and nobody will lose a place.”',
    '',
    "'We are not going anywhere,' said Nadia Lorn, whose house was destroyed. They'll get 'em all back, she said.",
  ].join('\n')
  t.same(speakers(text), [
    ['Ivo Marr', 'We will rebuild it by winter'],
    ['Paul Kerr', 'We have arrested three men'],
    ['Veltrian Police', 'Both men were known to us'],
    ['Rosa Lind', 'The roads will be cleared by tonight'],
    ['Ivo Marr', 'the school will be rebuilt by winter and nobody will lose a place.'],
    ['Nadia Lorn', 'We are not going anywhere'],
  ], 'two ministers are named, so "the minister" is neither; an elided "\'em" opens no quote')
  const police = 'Two men were arrested. “Both men were known to us,” police said.'
  t.same(speakers(police), [], 'police the article never named are no speaker (codebook §7)')
})

t.test('a line that is only a quotation is a heading, not speech', async (t) => {
  const text = ['“We kept going all night,” medic Ana Ruiz said in a statement.', '', "'Like a war zone'", '', 'The square was cleared by dawn.'].join('\n')
  t.same(speakers(text), [['Ana Ruiz', 'We kept going all night']])
})

t.test('"it said" for the body named before, "a statement from X", and a possessor who does not speak', async (t) => {
  const text = [
    'The Red Dune Movement said in a statement on Telegram that its fighters had attacked the base. “The soldiers fled in panic,” it said.',
    '',
    '“We did nothing wrong and we will be cleared in court,” a statement from the Kessel Mining Company said.',
    '',
    'Rosa Lind was charged on Monday. Lind\'s lawyer said “my client did nothing wrong and will be cleared in court.”',
  ].join('\n')
  t.same(speakers(text), [
    ['Red Dune Movement', 'The soldiers fled in panic'],
    ['Kessel Mining Company', 'We did nothing wrong and we will be cleared in court'],
  ], 'the unnamed lawyer speaks, not Rosa Lind')
})

t.test('the title gives no quote, even when it ends with a quotation mark', async (t) => {
  const text = ['Minister Ana Verde: "We will not resign over the flood report"', '', '"We will not resign," Ana Verde told parliament on Monday.'].join('\n')
  const x = extract(text, { entities: [] }, { title: 'Minister Ana Verde: "We will not resign over the flood report"' })
  t.same(x.claims.filter((c) => c.kind === 'quote').map((c) => c.quote), ['We will not resign'])
})

t.test('a quotation joined by "and" to the next one shares its attribution', async (t) => {
  const text = 'The UN envoy Mira Castel described a town where “the wells have run dry” and “the clinics can no longer cope”, according to her. Officials called it “a crisis” and “the clinics have closed”.'
  t.same(speakers(text), [
    ['Mira Castel', 'the wells have run dry'],
    ['Mira Castel', 'the clinics can no longer cope'],
  ], 'quotes joined to one with no named speaker get none')
})

t.test('"he" is not the object of the sentence before, nor "said X" a possessor', async (t) => {
  const text = [
    'The army said it had killed rebel commander Jean Bosco near the border. “We will continue the operation until the area is safe,” he said.',
    '',
    'The retired general Piet Marr visited the camp. “Nobody here has eaten for two days,” he said.',
    '',
    '“He never came home from the market,” said Rosa Lind\'s husband, Tomas Lind.',
  ].join('\n')
  t.same(speakers(text), [
    ['Piet Marr', 'Nobody here has eaten for two days'],
    ['Tomas Lind', 'He never came home from the market'],
  ], 'the army spokesman who says "we will continue" is not the rebel commander it killed')
})

t.test('translated copy: «…“ then a new “…”, and "he" past a long quoted passage', async (t) => {
  const text = 'Many agree, like Oleg Varin, 52. «This war is everywhere now. Some had not understood it,” he warned. «Who gains from this? The enemies of the country. It could be anyone. I rule nothing out. “They may have used the bombers to divert attention,” he speculated.'
  t.same(speakers(text).map((s) => s[0]), ['Oleg Varin', 'Oleg Varin', 'Oleg Varin'])
  t.same(findQuoteSpans(text).length, 3, 'the “ after a space opens the third quote, it does not close the second')
})

t.test('"the president" is the one holder without a qualifier; "it" is no body hit by a verb', async (t) => {
  const text = [
    'President Ana Silva and Vice President Rui Costa arrived in Beira. “We will rebuild every school,” the president said.',
    '',
    'A car bomb hit the Kessel Mining Company offices on Monday. “Nobody has claimed the attack yet,” it said.',
  ].join('\n')
  t.same(speakers(text), [['Ana Silva', 'We will rebuild every school']])
})

t.test('a short quotation after a word that opens a clause is a clause', async (t) => {
  const text = 'Aid chief Mira Castel described a town where “the wells run dry”, and said the army called the protest “a riot”.'
  t.same(speakers(text), [['Mira Castel', 'the wells run dry']], '"a riot" after "the protest" opens no clause')
})

t.test('an unnamed subject before the quote: an office, the police', async (t) => {
  const text = [
    'Mayor Lena Okafor visited the site. The mayor told reporters: “We will rebuild every house on this street.”',
    '',
    'The Veltrian Police arrested two men. Police said in a statement that “both men were known to us and had been watched.”',
    '',
    'A police spokesman in the capital said: “Nobody else is being sought over the blast.”',
  ].join('\n')
  t.same(speakers(text), [
    ['Lena Okafor', 'We will rebuild every house on this street.'],
    ['Veltrian Police', 'both men were known to us and had been watched.'],
  ], 'no police spokesman is named')
})

t.test('an infinitive is no finite clause', async (t) => {
  t.notOk(holdsClause('nothing to do with'))
  t.notOk(holdsClause('a plan to have the dam rebuilt'))
  t.ok(holdsClause('we do not know'))
  t.ok(holdsClause('the army has left'))
})

t.test('"wrote on Telegram X": the speaker after the verb, not the channel or the audience', async (t) => {
  const text = '“The drones struck the market at the busiest hour,” wrote on Telegram Amina Sadiq, governor of the province.'
  t.same(speakers(text).map((s) => s[0]), ['Amina Sadiq'])
})

t.test('"the company said", "the embassy wrote": the business or body named before (issue 15)', async (t) => {
  t.same(speakers('Ferry fire off Basilan\n\nThe ferry was run by Sulu Star Shipping Lines, a Zamboanga firm.\n\n"Our crew fought the fire for two hours," the company said.').map((q) => q[0]), ['Sulu Star Shipping Lines'])
  t.same(speakers('Hack in Warsaw\n\nThe Embassy of Belarus in Warsaw issued a note.\n\n"We note yet another baseless attempt to blame Belarus," the embassy wrote.').map((q) => q[0]), ['Embassy of Belarus'])
})
