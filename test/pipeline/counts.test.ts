import t from 'tap'
import { extract } from '../../src/pipeline/index.js'

const counts = (text: string) =>
  extract(text, { entities: [] })
    .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
    .map((c) => `${c.metric} ${c.value} ${c.qualifier}`)

t.test('qualifiers', async (t) => {
  t.same(counts('The blast killed at least 12 people.'), ['killed 12 at_least'])
  t.same(counts('More than 40 civilians were killed in the raid.'), ['killed 40 more_than'])
  t.same(counts('Over 30 lives were lost.'), ['killed 30 more_than'])
  t.same(counts('Nearly 200 people were injured.'), ['injured 200 about'])
  t.same(counts('Approximately 145 injuries were reported.'), ['injured 145 about'])
  t.same(counts('Up to 20 people are missing.'), ['missing 20 up_to'])
  t.same(counts('Police said 9 people died.'), ['killed 9 exact'])
})

t.test('metrics from verbs and nouns around the number', async (t) => {
  t.same(counts('Gunmen stormed the hotel, killing 95 and injuring 20.'), ['killed 95 exact', 'injured 20 exact'])
  t.same(counts('The death toll rose to 61 on Tuesday.'), ['killed 61 exact'])
  t.same(counts('There are 110 people hospitalized, 40 of whom are in critical condition.'), ['hospitalized 110 exact', 'critical 40 exact'])
  t.same(counts('Troops arrested four suspects, along with seven alleged accomplices.'), ['arrested 4 exact', 'arrested 7 exact'])
  t.same(counts('The fire caused 3,200 deaths, including at least a dozen children.'), ['killed 3200 exact', 'killed 12 at_least'], 'a subset is a figure of its own')
  t.same(counts('About a dozen people are missing.'), ['missing 12 about'])
  t.same(counts('One hundred and twelve people were killed.'), ['killed 112 exact'])
  t.same(counts('Some two hundred forty-five people died and three dozen were hurt.'), ['killed 245 about', 'injured 36 exact'])
  t.same(counts('Officials recorded 133 fatalities.'), ['killed 133 exact'])
})

t.test('years, dates, ages, durations, money, percentages and vague numbers are not figures', async (t) => {
  t.same(counts('In 2019 the city had 2 million residents and 40% unemployment.'), [])
  t.same(counts('Valeri Chernov, 52 years old, said the war lasted 20 years.'), [])
  t.same(counts('On March 22 hundreds of people were injured and $5 million was lost.'), [])
  t.same(counts('The 3rd battalion lost one of its trucks.'), [])
})

t.test('a figure dated to an earlier year is marked as another event', async (t) => {
  // A full date dates the article itself; a bare year dates another event.
  const x = extract('At least 15 people were killed on Friday, March 8, 2024. A similar siege in 2004 caused more than 300 deaths.', { entities: [] })
  const figures = x.claims.filter((c) => c.kind === 'count')
  t.equal(figures.length, 2)
  t.notOk(figures[0].otherEvent)
  t.equal(figures[1].otherEvent, true)
})

const otherEvent = (text: string) =>
  extract(text, { entities: [] })
    .claims.filter((c) => c.kind === 'count')
    .map((c) => `${c.metric} ${c.value}${c.otherEvent ? ' other' : ''}`)

t.test('other events, even when the year is the only one in the article', async (t) => {
  t.same(otherEvent('It was the deadliest attack in Spain since the bombing of a train in Madrid in 2004, in which 193 people died.'), ['killed 193 other'])
  t.same(otherEvent('The earthquake revived memories of a 2011 quake in Van that killed 604 people.'), ['killed 604 other'])
  t.same(otherEvent('In 2019, 29 people died in a similar crash on the same road.'), ['killed 29 other'])
  t.same(otherEvent('The insurgency has killed more than 6,000 people since 2017.'), ['killed 6000 other'])
  t.same(otherEvent('It was the worst disaster since the Rana Plaza collapse, in which 1,134 people died.'), ['killed 1134 other'], 'comparative framing without a year')
  t.same(otherEvent('Gunmen killed 40 people on Friday, the deadliest attack since 2004, when 300 died.'), ['killed 40', 'killed 300 other'], 'only the clause about the other event')
  t.same(otherEvent('The attack, the deadliest since 2004, killed 40 people.'), ['killed 40'])
})

t.test('tolls whose metric is far from the number, and earlier figures of the same toll', async (t) => {
  t.same(counts('The death toll from the bomb blast at a crowded bus depot in the northern city of Kandy rose to at least 23 on Friday, up from 15 reported on Thursday.'), ['killed 23 at_least', 'killed 15 exact'])
  t.same(counts('The number of injured climbed to 30 on Sunday.'), ['injured 30 exact'])
  t.same(counts('The toll rose from 12 to 19 overnight.'), ['killed 12 exact', 'killed 19 exact'])
  t.same(counts('Officials said the toll from the landslide in the district of Wayanad had reached 57.'), ['killed 57 exact'])
  t.same(counts('The collision left 12 dead.'), ['killed 12 exact'])
})

t.test('shares of the wounded in a state, and subsets that are not totals', async (t) => {
  t.same(counts('Nine of the wounded were in critical condition.'), ['critical 9 exact'])
  t.same(counts('Twenty-one people were hurt, six of whom were in critical condition.'), ['injured 21 exact', 'critical 6 exact'])
  t.same(counts('More than 100 were injured, and about 50 of them were taken to hospital.'), ['injured 100 more_than', 'hospitalized 50 about'])
  t.same(counts('Eleven of the injured were admitted to hospital.'), ['hospitalized 11 exact'])
  t.same(counts('Seven people, including a Dutch tourist, were injured.'), ['injured 7 exact'], '"a" is not a number')
  t.same(counts('At 18:40 the rescue teams stopped for the night.'), [], 'a time is not a figure')
})

t.test('counts of part of the victims are figures with their subset, kept apart from totals', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count')
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('Three of the dead were children.'), ['killed 3 exact [children]'])
  t.same(parts('Hamid said at least 19 of the dead were police officers.'), ['killed 19 at_least [police officers]'])
  t.same(parts('Two Dutch tourists were among the dead.'), ['killed 2 exact [Dutch tourists]'])
  t.same(parts('Among the dead were 14 children, most of them travelling with their parents.'), ['killed 14 exact [children]'])
  t.same(parts('The dead included 11 foreign nationals from seven countries.'), ['killed 11 exact [foreign nationals]'])
  t.same(parts('The ministry said 43 people were killed, including 19 children and 11 women.'), ['killed 43 exact', 'killed 19 exact [children]', 'killed 11 exact [women]'])
  t.same(parts('The crush killed 64 people including at least nine children.'), ['killed 64 exact', 'killed 9 at_least [children]'])
  t.same(parts('Twenty people died, of whom 12 were women.'), ['killed 20 exact', 'killed 12 exact [women]'])
  t.same(parts('The blast left 30 dead, six of them children.'), ['killed 30 exact', 'killed 6 exact [children]'])
  t.same(parts('Police said 41 people had been arrested, among them two parliamentary candidates.'), ['arrested 41 exact', 'arrested 2 exact [parliamentary candidates]'])
  t.same(parts('Two dozen of the dead were children.'), ['killed 24 exact [children]'], '"two dozen" is 24')
  // A share in a state is that state's own metric, not a part.
  t.same(parts('Nine of the wounded were in critical condition.'), ['critical 9 exact'])
  t.same(parts('There are 110 people hospitalized, 40 of whom are in critical condition.'), ['hospitalized 110 exact', 'critical 40 exact'])
  t.same(parts('Six of the injured were taken to hospital.'), ['hospitalized 6 exact'])
})

t.test('unnamed sources give figures in the article\'s own voice', async (t) => {
  const source = (text: string) => {
    const x = extract(text, { entities: [] })
    const c = x.claims.find((k) => k.kind === 'count')!
    return c.claimant === null ? null : x.entities.find((e) => e.ref === c.claimant)?.name
  }
  t.equal(source('Gunmen attacked a theatre near Moscow on Friday, killing at least 40 people, officials said. It was the worst attack in Russia in years.'), null)
  t.equal(source('Nine people died in Kabul on Monday, police said.'), null)
  t.equal(source('Officials in Lagos said 9 people died.'), null, 'a place after the source is not the source')
  t.equal(source('Gunmen killed 40 people in Moscow, Russian officials said.'), 'Russia')
  t.equal(source('The Kenya Police Service said 12 people had been arrested.'), 'Kenya Police Service')
  t.equal(source('At least 9 people died, said Reuters.'), 'Reuters')
})

t.test('who gave the figure', async (t) => {
  const x = extract('According to Reuters, 17 people were killed.', { entities: [] })
  const c = x.claims.find((k) => k.kind === 'count')!
  t.equal(x.entities.find((e) => e.ref === c.claimant)?.name, 'Reuters')
})

t.test("words that are Object's own members are words like any other", async (t) => {
  t.same(counts('The terrorists killed more than 100 constructor workers.'), ['killed 100 more_than'])
  t.same(counts('__proto__ 12 hasOwnProperty were killed.'), ['killed 12 exact'])
  t.same(counts('The gunmen killed twenty-constructor people.'), ['killed 20 exact'])
  const words = 'constructor toString valueOf __proto__ hasOwnProperty'
  for (const text of [`${words} 100 ${words} killed ${words}`, `The toll of ${words} rose to 9.`, `Police killed constructor ${words}.`]) {
    for (const c of extract(text, { entities: [] }).claims) {
      t.equal(typeof c.value === 'number' || c.value === null, true, `${text}: value ${String(c.value)}`)
      t.equal(typeof c.metric === 'string' || c.metric === null, true, `${text}: metric ${String(c.metric)}`)
    }
  }
})

t.test('decimals, compound modifiers and "one" as a pronoun are not figures', async (t) => {
  t.same(counts('The 5.9-magnitude tremor also injured 310 people.'), ['injured 310 exact'])
  t.same(counts('The toll from the strong 6.8 magnitude quake in Varnia has climbed to 2,204.'), ['killed 2204 exact'])
  t.same(counts('A 12-storey block collapsed and 8 people died.'), ['killed 8 exact'])
  t.same(counts('Police said no one else was missing.'), [])
  t.same(counts('Around 30 people were killed, and every one of the dead was a farmer.'), ['killed 30 about'])
  t.same(counts('The shelling left 14 people from one family dead.'), ['killed 14 exact'])
  t.same(counts('One person was killed.'), ['killed 1 exact'], 'a count of one is still a figure')
})

t.test('the verb right before a number and the end of its clause decide its metric', async (t) => {
  t.same(counts('A string of shootings killed four people and wounded six others.'), ['killed 4 exact', 'injured 6 exact'])
  t.same(counts('The toll rose to 23 as police on Monday detained some three dozen suspects.'), ['killed 23 exact', 'arrested 36 about'])
  t.same(counts('The official said the rally had drawn 300 people and said the detentions were lawful.'), [])
  t.same(counts('Five people are still listed as missing.'), ['missing 5 exact'], '"as" before a metric word ends nothing')
  t.same(counts('At least eight soldiers were wounded as well.'), ['injured 8 at_least'])
})

t.test('each number of a revised toll is a figure (docs/annotation.md §3)', async (t) => {
  t.same(counts('Officials revised the death toll from 41 to 39 on Monday.'), ['killed 41 exact', 'killed 39 exact'])
  t.same(counts('The death toll was revised to 15 from 17 late on Monday.'), ['killed 15 exact', 'killed 17 exact'])
  t.same(counts('The toll has risen to 33 from 30, the governor said.'), ['killed 33 exact', 'killed 30 exact'])
  t.same(counts('The agency first put the number of dead at 64 on the night of the flood.'), ['killed 64 exact'])
  t.same(counts('The agency raised the number of people unaccounted for – from 12 to 310 – on Friday.'), ['missing 12 exact', 'missing 310 exact'])
  t.same(counts('The toll from the blast rose to 27, medics said.'), ['killed 27 exact'])
  t.same(counts('The minister flew in from 3 cities away.'), [], '"from" after no figure inherits nothing')
})

t.test('a range gives its low end at_least and its high end up_to (docs/annotation.md §3)', async (t) => {
  t.same(counts('Between 20 and 30 people were killed.'), ['killed 20 at_least', 'killed 30 up_to'])
  t.same(counts('An aid official said between 150 and 200 villagers were believed to be missing.'), ['missing 150 at_least', 'missing 200 up_to'])
  t.same(counts('The market is open between 9 and 11 on Sundays.'), [], 'a range that counts nothing')
})

t.test('a leading qualifier covers coordinated numbers without a verb of their own (§5, §7)', async (t) => {
  t.same(counts('At least 13 people were killed and 60 wounded.'), ['killed 13 at_least', 'injured 60 at_least'])
  t.same(counts('A bomb left at least 19 worshippers dead and 80 more wounded.'), ['killed 19 at_least', 'injured 80 at_least'])
  t.same(counts('At least 12 people died and 30 were hurt.'), ['killed 12 at_least', 'injured 30 exact'], 'a verb of its own')
  t.same(counts('At least 9 died and police detained 120 people.'), ['killed 9 at_least', 'arrested 120 exact'], 'a new clause')
  t.same(counts('At least 40 people were in hospital, 12 of them in critical condition.'), ['hospitalized 40 at_least', 'critical 12 exact'], 'a share is read as written')
  t.same(counts('More than 300 were reported dead in the north and at least 90 more in the capital.'), ['killed 300 more_than', 'killed 90 at_least'])
})

t.test('steps of a toll are not figures; the totals are (§7)', async (t) => {
  t.same(counts('Divers recovered two more bodies on Sunday.'), [])
  t.same(counts('The toll rose to 31 after three more people died in hospital.'), ['killed 31 exact'])
  t.same(counts('Two more people were detained at a checkpoint on Sunday.'), ['arrested 2 exact'], 'more arrests are a figure')
  t.same(counts('Nine more workers remain missing.'), ['missing 9 exact'])
})

t.test('states and care named around the number (docs/annotation.md §3, §7)', async (t) => {
  t.same(counts('Six people were killed, 14 seriously injured and another 30 suffered minor injuries.'), ['killed 6 exact', 'critical 14 exact', 'injured 30 exact'])
  t.same(counts('Witnesses said at least ten people had been hurt, three of them seriously.'), ['injured 10 at_least', 'critical 3 exact'])
  t.same(counts('About 70 others were hurt, 15 of whom are in a serious condition.'), ['injured 70 about', 'critical 15 exact'])
  t.same(counts('A blaze left one person dead, while seven others were treated for smoke inhalation.'), ['killed 1 exact', 'injured 7 exact'])
  t.same(counts('Two women were being treated at a hospital for gunshot wounds.'), ['hospitalized 2 exact'])
  t.same(counts('Up to 40 of the injured remain in hospital, while 210 have been discharged after treatment.'), ['hospitalized 40 up_to', 'injured 210 exact'])
  t.same(counts('At least 11 people are still believed to be trapped under the rubble.'), ['missing 11 at_least'])
  t.same(counts('Rescuers freed 11 trapped miners.'), [], 'trapped, not still trapped')
  t.same(counts('The hospital said 12 people had died.'), ['killed 12 exact'], 'a hospital as a source is no state')
})

t.test('the injured who are taken to hospital are also hospitalized', async (t) => {
  t.same(counts('Nine people were hurt and are now being treated in hospital.'), ['injured 9 exact', 'hospitalized 9 exact'])
  t.same(counts('At least 50 passengers were injured and were taken to hospitals in the capital.'), ['injured 50 at_least', 'hospitalized 50 at_least'])
  t.same(counts('At least 50 passengers were injured and the hospital said more were expected.'), ['injured 50 at_least'])
})

t.test('charges are arrests; "one of them" before a verb is no part', async (t) => {
  t.same(counts('Prosecutors indicted three managers for negligent homicide.'), ['arrested 3 exact'])
  t.same(counts('Four men were charged with arson.'), ['arrested 4 exact'])
  t.same(counts('He was charged with three counts of murder.'), [], 'counts of a charge are no figure (§7)')
  t.same(counts('Two people were hurt. One of them called for help from the car.'), ['injured 2 exact'])
})

t.test('cumulative tolls and earlier events are not this event\'s figures (docs/annotation.md §3, §7)', async (t) => {
  t.same(otherEvent('A suicide bomber struck a market in Talvora on Friday, killing 17 people, the deadliest attack in months by an insurgency that has killed more than 40,000 people since 2009.'), ['killed 17', 'killed 40000 other'])
  t.same(otherEvent('The rebellion has killed more than 3,000 people so far this year.'), ['killed 3000 other'])
  t.same(otherEvent('Over the past decade the fighting has killed 2,000 civilians.'), ['killed 2000 other'])
  t.same(otherEvent('More than 9,000 soldiers have been killed in the conflict.'), ['killed 9000 other'])
  t.same(otherEvent('Since the war began, 500 civilians have died in the province.'), ['killed 500 other'])
  t.same(otherEvent('It was the worst loss of life in four days of clashes in the hills, in which 61 people died.'), ['killed 61 other'])
  t.same(otherEvent('The raid comes barely a week after two rangers died in an ambush near the border.'), ['killed 2 other'])
  t.same(otherEvent('The army pressed its offensive in the north, which has so far left more than 40 fighters dead.'), ['killed 40 other'])
  t.same(otherEvent('The blast, which has so far killed 20 people, shocked the city.'), ['killed 20'], 'a relative clause about the event itself')
  t.same(otherEvent('A crush killed 38 people in the region\'s worst stadium disaster since a stampede in 1998, when 70 fans died.'), ['killed 38', 'killed 70 other'], 'the figure before a comparison is this event\'s')
  t.same(otherEvent('The bomb killed 12 people, three days after police raised the alert.'), ['killed 12'])
})

t.test('a toll past a mark is more than it', async (t) => {
  t.same(counts('The death toll has exceeded 150.'), ['killed 150 more_than'])
  t.same(counts('The death toll topped 150 on Monday.'), ['killed 150 more_than'])
  t.same(counts('The death toll passed 150 on Monday.'), ['killed 150 more_than'])
  t.same(counts('The toll surpassed 150 overnight.'), ['killed 150 more_than'])
  t.same(counts('The convoy passed 3 checkpoints.'), [], 'a mark that counts nothing')
})

t.test('a figure\'s source: a named body, or a source that names no one as written (docs/annotation.md §3, §7)', async (t) => {
  const who = (text: string) => {
    const x = extract(text, { entities: [] })
    return x.claims
      .filter((c) => c.kind === 'count')
      .map((c) => (c.claimant !== null ? x.entities.find((e) => e.ref === c.claimant)?.name : c.claimantText ? `"${c.claimantText}"` : null))
  }
  t.same(who('Floods hit the north on Monday. The National Emergency Management Agency put the death toll at about 40.'), ['National Emergency Management Agency'])
  t.same(who('Eleven people died in Mardan on Monday, police said.'), ['"police"'])
  // A source as written comes from the attribution layer without its article (the scorer drops it too, §7).
  t.same(who('Twelve people were killed, according to the health ministry.'), ['"health ministry"'])
  t.same(who('Twelve people were killed, according to Reuters.'), ['Reuters'])
  t.same(who('Local authorities said six bodies had been recovered.'), ['"Local authorities"'])
  t.same(who('Four people were hurt, said a police spokesman.'), ['"police"'], 'a spokesman speaks for the body (§7)')
  t.same(who('The city\'s regional disaster agency says the death toll has risen to 87.'), ["\"The city's regional disaster agency\""])
  t.same(who('Meanwhile police said 4 people had died.'), ['"police"'], 'a sentence adverb is no part of the source')
  t.same(who('The Veltria Police said two suspects had been detained. Three officers were hurt, the police said.'), ['Veltria Police', 'Veltria Police'], '"the police" after the force is named is that force')
  t.same(who('Garuda Air said on Monday it was looking into an air strike that local leaders said left 11 people dead.'), ['"local leaders"'], 'the reporting verb nearest the figure')
  t.same(who('A nurse at the clinic, Amos Kariuki, told AFP that 16 bodies had been brought in.'), ['Amos Kariuki'], 'who is told is not the source')
  t.same(who('At least five people were feared killed in the clashes.'), [null], 'a passive report names no source')
  t.same(who('A bus plunged into a gorge, killing 14 people.'), [null], 'the article\'s own voice')
})

t.test('a figure\'s claimant is the attribution that covers it, unless a nearer report or a figure verb names one', async (t) => {
  const who = (text: string) => {
    const x = extract(text, { entities: [] })
    return x.claims
      .filter((c) => c.kind === 'count')
      .map((c) => `${c.value} ${c.claimant !== null ? x.entities.find((e) => e.ref === c.claimant)?.name : c.claimantText ? `"${c.claimantText}"` : null}`)
  }
  // The layer's kinds of report: "according to", "X said that", ", X said", a quotation with its speaker.
  t.same(who('Nine miners were trapped and four died, according to the Ostrian Mining Union.'), ['9 Ostrian Mining Union', '4 Ostrian Mining Union'])
  t.same(who('Marta Quiroga, a nurse, said that 16 bodies had been brought in.'), ['16 Marta Quiroga'])
  t.same(who('"We have counted 23 dead," said Marta Quiroga, a nurse.'), ['23 Marta Quiroga'])
  // A report nearer to the figure than the attribution over the sentence governs it.
  t.same(who('While police confirmed three deaths, relatives said at least seven people had been shot dead.'), ['3 "police"', '7 "relatives"'])
  // A passive "said to be" or "been confirmed" is no nearer report: the sentence's source stays.
  t.same(who('Rescuers said 40 bodies had been found, of which 12 were said to be from Tarn.'), ['40 "Rescuers"', '12 "Rescuers"'])
  // "the union" once the article has named the union is that union (§7, as "the police" is).
  t.same(who('The Tarn Miners\' Union called for an inquiry. Two of the injured are still in hospital, according to the union.'), ['2 Tarn Miners\' Union'])
  t.same(who('Two of the injured are still in hospital, according to the union.'), ['2 "union"'], 'a union the article never names stays as written')
  // An unnamed source keeps its place as written; a figure is no source; who quotes a source is not it.
  t.same(who('Doctors at Tarnby Central Hospital said they had treated 23 people.'), ['23 "Doctors at Tarnby Central Hospital"'])
  t.same(who('Police in Norvik said two men had been detained.'), ['2 "Police in Norvik"'])
  const known = extract('The coordinator, Anton Berg, said 64 people had been injured.', { entities: [{ name: 'Anton Berg', kind: 'person', aliases: [] }] } as never)
  t.same(known.claims.filter((c) => c.kind === 'count').map((c) => known.entities.find((e) => e.ref === c.claimant)?.name), ['Anton Berg'], 'the figure after "said" is no source')
  t.same(who('At least six died, according to a medical source at Tarnby Hospital quoted by local media.'), ['6 "medical source at Tarnby Hospital"'])
  // A toll in a relative clause takes no source from the main clause (§7); "that" before the figure opens a report.
  t.same(who('The explosion, which killed 21 workers, was caused by gas, regional officials said.'), ['21 null'])
  t.same(who('Police said the blaze at the club that killed 27 people started on stage.'), ['27 null'])
  t.same(who('Police told reporters that at least 11 bodies had been found.'), ['11 "Police"'])
  // The person an appositive describes is the source, not the body in the appositive.
  const named = extract('Anton Berg, spokesman for the Tarn Emergency Agency, says 130 people were wounded.', { entities: [{ name: 'Anton Berg', kind: 'person', aliases: [] }, { name: 'Tarn Emergency Agency', kind: 'group', aliases: [] }] } as never)
  t.same(named.claims.filter((c) => c.kind === 'count').map((c) => named.entities.find((e) => e.ref === c.claimant)?.name), ['Anton Berg'])
  // A province's government stands for the province (§7).
  t.same(who('Rescuers brought out 11 injured miners, the Cundinamarca government said.'), ['11 Cundinamarca'])
  // Officials of a country or a province are that place (§7); a city's stay as written.
  t.same(who('Officials in Cameroon say at least nine people are dead.'), ['9 Cameroon'])
  t.same(who('Provincial officials in Punjab said 90 people had died.'), ['90 Punjab'])
  t.same(who('Officials in Lagos said 9 people died.'), ['9 "Officials in Lagos"'], 'a city named after "in"')
  t.same(who('The Ostrian Coast Guard searched the bay. Sixty-one of those rescued were taken to hospitals, the coast guard said.'), ['61 Ostrian Coast Guard'], 'the tail of a group named before')
  // A pronoun subject of the report is the person (or group) it refers back to.
  const reg = { entities: [{ name: 'Anton Berg', kind: 'person', aliases: [] }, { name: 'Tarn Liberation Front', kind: 'group', aliases: [] }] } as never
  const by = (text: string) => {
    const x = extract(text, reg)
    return x.claims.filter((c) => c.kind === 'count').map((c) => (c.claimant !== null ? x.entities.find((e) => e.ref === c.claimant)?.name : c.claimantText ?? null))
  }
  t.same(by('Anton Berg, a doctor, spoke to reporters. He said 22 people were still in hospital.'), ['Anton Berg'])
  t.same(by('Anton Berg visited the site. Two people had died, he added.'), ['Anton Berg'])
  t.same(by('The Tarn Liberation Front issued a statement. It said it had killed more than 20 soldiers.'), ['Tarn Liberation Front'])
  t.same(by('Anton Berg visited the site. Police said he had seen 12 bodies.'), ['Police'], 'a pronoun that is not the verb\'s subject')
  // More unnamed heads, adverbs before the verb, "saying" only forwards, a possessor's figure.
  t.same(who('Parents said at least 95 pupils were still missing.'), ['95 "Parents"'])
  t.same(who('Fire officials had at first said 10 people died in the blaze.'), ['10 "Fire officials"'])
  t.same(who('Hospitals in nearby Kisumu said they had admitted 14 of the wounded.'), ['14 "Hospitals in nearby Kisumu"'])
  t.same(who('Forty died in the valley, with officials saying at least 100 people died in all.'), ['40 null', '100 "officials"'])
  t.same(who('The Tarn Army issued a statement on Monday. Villagers said 30 died, against the army\'s own figure of nine dead.'), ['30 "Villagers"', '9 Tarn Army'])
  t.same(who('West Java officials had put the toll at more than 330.'), ['330 West Java'])
  // A report nearer the figure than a figure verb governs it.
  t.same(who('Update: Reuters now puts the toll at 214, with Chile\'s Foreign Ministry saying 6 of its citizens were killed.'), ['214 Reuters', '6 Foreign Ministry'])
  // Counts' own figure verbs name the figure's source before any attribution does.
  t.same(who('Officials said on Monday that the National Disaster Agency had put the toll at 31.'), ['31 National Disaster Agency'])
})

t.test('parts and relative clauses between a total and its verb', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('At least 31 people including 12 rebels and four police officers were killed when gunmen stormed the depot.'), ['killed 31 at_least', 'killed 12 exact [rebels]', 'killed 4 exact [police officers]'])
  t.same(parts('Officials said at least six other people, including three teachers, were being treated for burns.'), ['injured 6 at_least', 'injured 3 exact [teachers]'])
  t.same(parts('Families say at least 14 students who went to the festival are still unaccounted for.'), ['missing 14 at_least'])
  t.same(parts('Three men who killed five people were arrested.'), ['arrested 3 exact', 'killed 5 exact'], 'the relative clause\'s verb is not the total\'s')
  t.same(parts('At least five firefighters were injured as well and have been taken to hospital.'), ['injured 5 at_least', 'hospitalized 5 at_least'])
})

t.test('tolls headed by a metric noun, totals after a copula, shares an arrest counts, parts by place', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('The toll has risen to 90, after confirmed deaths in Ravna province climbed to 52.'), ['killed 90 exact', 'killed 52 exact'])
  t.same(parts('Injuries rose to 40 overnight.'), ['injured 40 exact'])
  t.same(parts('Deaths of cattle rose to 40.'), [], 'a toll of no people')
  t.same(parts('The injured man was 45.'), [], 'an age after "the injured man"')
  t.same(parts('"We have received 12 bodies and the injured are more than 30," a doctor said.'), ['killed 12 exact', 'injured 30 more_than'])
  t.same(parts('Police have detained two of the three owners of the club.'), ['arrested 2 exact'])
  t.same(parts('Two of the three owners of the club were questioned.'), [], 'a share nobody is counted in')
  t.same(parts('Officials say 80 people have died in Lorvan, 21 in neighbouring Ostra province, 9 in Belmar and four in Santa Rita.'), ['killed 80 exact', 'killed 21 exact [Ostra province]', 'killed 9 exact [Belmar]', 'killed 4 exact [Santa Rita]'])
  t.same(parts('Twelve people died, three in March.'), ['killed 12 exact'], 'a month is no place')
})

t.test('drownings, bodies of, money in words, and a metric a little further on', async (t) => {
  t.same(counts('At least nine people drowned and 14 were injured when a ferry capsized.'), ['killed 9 at_least', 'injured 14 exact'])
  t.same(counts('Soldiers recovered the bodies of three gunmen, all of them wearing vests.'), ['killed 3 exact'])
  t.same(counts('The state has set aside Rs 4 lakh each for the families of the deceased.'), [])
  t.same(counts('Each family of the dead will receive KSh 500 from the county.'), [])
  t.same(counts('Two guards from the firm on duty were also detained.'), ['arrested 2 exact'])
})

t.test('"that" standing for a toll named before it', async (t) => {
  t.same(counts("Varnia's death toll rose to 48, while that in Ostra stood at 19 on Monday."), ['killed 48 exact', 'killed 19 exact'])
  t.same(counts('Deaths in the north climbed to 30, while that of the south rose to 12.'), ['killed 30 exact', 'killed 12 exact'])
  t.same(counts('The toll rose to 61 and officials said that in the district 34 people were hurt.'), ['killed 61 exact', 'injured 34 exact'], '"that" opening a clause')
})

t.test('the title is not annotated; objects coordinated after a casualty verb', async (t) => {
  const titled = (title: string, body: string) =>
    extract(`${title}\n\n${body}`, { entities: [] }, { title })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}`)
  t.same(titled('Over 30 dead as gunmen storm a depot', 'At least 32 people were killed when gunmen stormed a depot on Monday.'), ['killed 32 at_least'])
  t.same(counts('Over 30 dead as gunmen storm a depot'), ['killed 30 more_than'], 'a heading that is not the title keeps its figure')
  t.same(counts('Gunmen attacked a camp, killing two Kenyan peacekeepers and at least 11 civilians.'), ['killed 2 exact', 'killed 11 at_least'])
  t.same(counts('The storm killed 3 people and 200 cattle.'), ['killed 3 exact'], 'cattle are no people')
})

t.test('shares named at the head of the sentence, and "among those killed"', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('Of the 45 dead, 12 were children.'), ['killed 45 exact', 'killed 12 exact [children]'])
  t.same(parts('Of the injured, 9 were in critical condition.'), ['critical 9 exact'], 'a state is its own metric')
  t.same(parts('Five police officers were among those killed.'), ['killed 5 exact [police officers]'])
  t.same(parts('Of the 45 buses, 12 were damaged.'), [], 'a share of no victims')
})

t.test('a share\'s state far into its clause; tolls of earlier raids', async (t) => {
  t.same(counts('Nine people were hurt. Two of them had earlier been described as being in critical condition.'), ['injured 9 exact', 'critical 2 exact'])
  t.same(counts('Four of them were later released by the police and sent home to their families.'), [], 'a share in no state')
  t.same(otherEvent('Twenty soldiers were hurt in those raids, but no deaths were reported.'), ['injured 20 other'])
  t.same(otherEvent('Twenty soldiers were hurt in the raid, but no deaths were reported.'), ['injured 20'])
})

t.test('relative clauses: the figure\'s own predicate or a clause to skip', async (t) => {
  t.same(counts('Nine people who died in the crash were named on Monday.'), ['killed 9 exact'])
  t.same(counts('Twelve people that were injured in the blast were discharged.'), ['injured 12 exact'])
  t.same(counts('Inspectors found 14 incidents involving residents, among them two falls that ended in hospital stays.'), [], '"them" are no victims, and "that ended in hospital" is no state of people')
  t.same(counts('Police said 41 people had been arrested, among them two students.'), ['arrested 41 exact', 'arrested 2 exact'])
})

t.test('an ordinal of the dead is the toll it reaches', async (t) => {
  t.same(counts('Shortly after noon, the chief reported that the 14th victim had been found.'), ['killed 14 exact'])
  t.same(counts('"We have just reached one more body, the 15th," he said.'), ['killed 15 exact'])
  t.same(counts('The march was held on the 21st of March on the 3rd floor.'), [], 'dates and floors')
})

t.test('where an attribution stops, and a role\'s named holder', async (t) => {
  const who = (text: string) => {
    const x = extract(text, { entities: [] })
    return x.claims
      .filter((c) => c.kind === 'count')
      .map((c) => (c.claimant !== null ? x.entities.find((e) => e.ref === c.claimant)?.name : c.claimantText ? `"${c.claimantText}"` : null))
  }
  // The owner held is arrested 1 (§7 "Held on suspicion is an arrest"), given by the official.
  t.same(who('Police detained the owner of the mill where 20 workers died, an official said.'), [null, '"official"'], 'a toll in a relative clause of place (§7)')
  t.same(who('Relatives filed a complaint, police said on Tuesday, as the death toll from the fire climbed to 31.'), [null], 'a later clause the report does not cover')
  t.same(who('Police said on Tuesday that the death toll from the fire had climbed to 31.'), ['"Police"'])
  t.same(who('Two musicians were also detained, said police spokeswoman Marta Quiroga.'), ['Marta Quiroga'])
})

t.test('"all N" after a casualty verb is the total (§7)', async (t) => {
  t.same(counts('The crash killed all 4 crew and 120 passengers.'), ['killed 4 exact', 'killed 120 exact'])
  t.same(counts('All 4 crew were questioned.'), [])
})

t.test('clashes or unrest that are the event itself keep their toll', async (t) => {
  t.same(otherEvent('Clashes that have killed 12 people since Sunday spread to the capital.'), ['killed 12'])
  t.same(otherEvent('Police fired on the protesters in the unrest, which has killed 30 people.'), ['killed 30'])
  t.same(otherEvent('The army pressed its campaign, which has killed 300 people.'), ['killed 300 other'])
})

t.test('own-event figures beside words that also mark cumulative tolls', async (t) => {
  t.same(otherEvent('At least 12 people were killed on Monday in the worst attack this year.'), ['killed 12'])
  t.same(otherEvent('Twelve soldiers were killed in the war-torn province on Monday.'), ['killed 12'])
  t.same(otherEvent('Nine people died in the conflict zone overnight.'), ['killed 9'])
  t.same(otherEvent('Twelve people were killed after two days of protests.'), ['killed 12'])
  t.same(otherEvent('Earlier this year, 30 people died in a similar attack.'), ['killed 30 other'])
})

t.test('a report set between commas inside a figure\'s clause', async (t) => {
  t.same(counts('Nine people, police said, were killed in the blast.'), ['killed 9 exact'])
  t.same(counts('Nine people, the ministry added, had been hurt.'), ['injured 9 exact'])
  t.same(counts('Nine people, mostly from the village, were hurt.'), ['injured 9 exact'])
  t.same(counts('Nine buses, the company said, were destroyed.'), [])
})

t.test('a live-blog timestamp "8 a.m." is a time, not a figure', async (t) => {
  t.same(counts('Update, March 4, 2025, 8 a.m.: The death toll from the floods in Ostrava has climbed to 171.'), ['killed 171 exact'])
  t.same(counts('Update, 7 p.m.: Nine people were killed in the landslide.'), ['killed 9 exact'])
  t.same(counts('By 9 a.m. rescuers had found 8 bodies.'), ['killed 8 exact'], 'the figure after the time is kept')
})

const parts = (text: string) =>
  extract(text, { entities: [] })
    .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
    .map((c) => `${c.metric} ${c.value}${c.subset ? ` [${c.subset}]` : ''}`)

t.test('parts of the victims by where they came from, after "of which" / "of whom" (§3)', async (t) => {
  t.same(
    parts('Officials said 52 bodies had been identified, of which 30 were said to be from Kalbria, 21 from Ostrava and one from Tarn Province.'),
    ['killed 52', 'killed 30 [Kalbria]', 'killed 21 [Ostrava]', 'killed 1 [Tarn Province]'],
  )
  t.same(parts('At least 50 people died, 40 of which are from Maguindanao.'), ['killed 50', 'killed 40 [Maguindanao]'])
  t.same(parts('Police said 43 people were killed, 25 of whom were women.'), ['killed 43', 'killed 25 [women]'])
  t.same(parts('Officials said 60 people were hurt, 12 of whom were in hospital.'), ['injured 60', 'hospitalized 12'], 'a state is its own metric, not a part')
  t.same(parts('Rescuers logged 14 incidents, of which 3 were falls.'), [], 'no victims before "of which"')
  t.same(parts('The toll rose to 41 from 27 in Lagos.'), ['killed 41', 'killed 27'], 'an earlier figure is no place part')
})

t.test('a list of parts after "the dead were"', async (t) => {
  t.same(parts('The dead were five children and four adults, officials said.'), ['killed 5 [children]', 'killed 4 [adults]'])
  t.same(parts('The dead were 12 people from the village.'), ['killed 12'], 'one number alone is the total')
})

t.test('"six of its citizens were killed": a possessor\'s people', async (t) => {
  t.same(parts("Valdora's foreign ministry said six of its citizens were killed."), ['killed 6 [citizens]'])
  t.same(parts('Three of their children were hurt, the father said.'), ['injured 3 [children]'])
  t.same(parts('One of its trucks was hit and two of his brothers live in Lagos.'), [])
})

t.test('a relative clause set between commas inside a figure\'s phrase', async (t) => {
  t.same(counts('"My two nephews, who were a few steps behind me, were killed."'), ['killed 2 exact'])
  t.same(counts('Four men, who had been hurt, said they saw the gunmen.'), [], 'the metric inside the aside is not the figure\'s')
})

t.test('in hospital: a share of a counted whole, "remained admitted", a named hospital, a hospital\'s doctors (§3, §7)', async (t) => {
  t.same(counts('Halvorsen said 15 of the 90 people hurt were still in hospital.'), ['hospitalized 15 exact', 'injured 90 exact'])
  t.same(counts('The injured were taken to clinics in Valdora, where 47 remained admitted on Monday.'), ['hospitalized 47 exact'])
  t.same(counts('Two suspects admitted the killings.'), [], '"admitted" without a copula is no hospital')
  t.same(counts('Police said four people were taken to the Saint Brendan General Hospital and 11 were arrested.'), ['hospitalized 4 exact', 'arrested 11 exact'])
  t.same(counts('Fourteen pupils were treated at Royal Infirmary Hospital Tarnby, the hospital said.'), ['hospitalized 14 exact'])
  t.same(counts('Four people were treated at the scene, Ostrava Hospital said.'), ['injured 4 exact'], 'the hospital as a source is no place of care')
  t.same(counts('Doctors at Marlow Central Hospital said they had treated 23 people for gunshot wounds.'), ['hospitalized 23 exact'])
  t.same(counts('Paramedics treated 40 people at the scene.'), ['injured 40 exact'])
})

t.test('a toll a source puts or raises, with words between the toll and "at"/"to"', async (t) => {
  t.same(counts('Reuters now puts the toll from the Kalbrian quake at 214.'), ['killed 214 exact'])
  t.same(counts('The toll in the flood that hit Tarnby on Friday has been raised to 64, the agency said.'), ['killed 64 exact'])
  t.same(counts('The ministry put the number of injured in Ostrava at 45.'), ['injured 45 exact'])
  t.same(counts('The alert level in the province was raised to 3.'), [], 'no toll, no figure')
  t.same(counts('The agency put the cost of the damage at 400 homes.'), [])
})

t.test('the high end of a range counts what its low end counts (§3)', async (t) => {
  t.same(counts('The civil defence agency put the number of injured at between 80 and 95 in a statement.'), ['injured 80 at_least', 'injured 95 up_to'])
  t.same(counts('The toll stood at between 40 and 50 on Monday.'), ['killed 40 at_least', 'killed 50 up_to'])
  t.same(counts('Between 20 and 30 buses were damaged.'), [])
})

t.test('a sentence opened by a month alone is about another time (§3 other events)', async (t) => {
  t.same(otherEvent('In February, 17 soldiers were killed in two raids in the region.'), ['killed 17 other'])
  t.same(otherEvent('Last May, 40 people died in a flood on the same river.'), ['killed 40 other'])
  t.same(otherEvent('In Ostrava, 12 people were killed.'), ['killed 12'], 'a place is no time')
  t.same(otherEvent('On Sunday, nine people were killed.'), ['killed 9'], 'a weekday is the article\'s own time')
})

t.test('a metric word after a noun with a place phrase; "two hospitals" count hospitals', async (t) => {
  t.same(counts('All 17 workers at a paint factory in Ostrava Vale province were killed when it exploded.'), ['killed 17 exact'])
  t.same(counts('Police said two guards on duty at Tarnby Junction had been taken into custody.'), ['arrested 2 exact'])
  t.same(counts('Four trucks at the depot in Tarnby province were burned when fire spread, and police arrested the owner.'), ['arrested 1 exact'], 'the clause ends before the metric word: no figure for the trucks (the owner held is arrested 1, §7)')
  t.same(counts('Some of the dead had been counted twice at two hospitals.'), [])
  t.same(counts('The injured were taken to three clinics in the capital.'), [])
})

const inArticle = (title: string, text: string) =>
  extract(text, { entities: [] }, { title })
    .claims.filter((c) => c.kind === 'count')
    .map((c) => `${c.metric} ${c.value}${c.otherEvent ? ' other' : ''}`)

t.test('days of unrest are the event itself when the headline names that unrest (§7)', async (t) => {
  t.same(inArticle('Opposition says five killed in Valdora protests', 'At least five people were killed and 40 wounded in two days of street protests in Valdora, the coalition said.'), ['killed 5', 'injured 40'])
  t.same(inArticle('Air strike kills 11 in Tarnby', 'It was the worst loss of life in three days of clashes between the army and a militia, in which 52 people died.'), ['killed 52 other'], 'a strike amid clashes: the clashes\' toll is cumulative')
  t.same(inArticle('Clashes in Tarnby leave dozens dead', 'It was the worst loss of life in three days of clashes between the army and a militia, in which 52 people died.'), ['killed 52'])
})

t.test('"succumbed to their injuries" is a death; "serious injuries" are critical; "claimed the lives of"', async (t) => {
  t.same(counts('Three others succumbed to their injuries in hospital.'), ['killed 3 exact'])
  t.same(counts('Forty-two people sustained serious injuries and nine suffered minor injuries.'), ['critical 42 exact', 'injured 9 exact'])
  t.same(counts('Two passengers suffered life-threatening injuries.'), ['critical 2 exact'])
  t.same(counts('The crash claimed the lives of 14 people.'), ['killed 14 exact'])
  t.same(counts('The lives of 300 residents were disrupted by the floods.'), [], 'lives that no verb took are no deaths')
})

t.test('numbers coordinated in the subject share the verb after the last one', async (t) => {
  t.same(counts('Two soldiers and three civilians were killed.'), ['killed 2 exact', 'killed 3 exact'])
  t.same(counts('All 56 passengers and four crew died when the plane came down.'), ['killed 56 exact', 'killed 4 exact'])
  t.same(counts('Rescuers saved 20 people and 5 were killed.'), ['killed 5 exact'], 'a number with a verb of its own is a clause of its own')
  t.same(counts('The army deployed 300 troops and 40 trucks were burned.'), [])
})

t.test('"a similar crash", "last year", "since January" name another event or period', async (t) => {
  t.same(otherEvent('Two weeks ago, 14 people were killed in a similar crash.'), ['killed 14 other'])
  t.same(otherEvent('A similar fire at a club killed 242 people.'), ['killed 242 other'])
  t.same(otherEvent('Last year, 312 people died on the country\'s roads.'), ['killed 312 other'])
  t.same(otherEvent('The number of road deaths fell to 1,200 last year.'), ['killed 1200 other'])
  t.same(otherEvent('The ministry said 4,000 people had died of cholera since January.'), ['killed 4000 other'])
  t.same(otherEvent('At least 20 people were killed on Monday, a similar number to the toll of the first attack.'), ['killed 20'], 'a similar number is no other event')
  t.same(otherEvent('Floods since March 3 have killed 40 people.'), ['killed 40'], 'a dated start is the event\'s own')
  t.same(otherEvent('Last week, 12 people were killed in a fire at the market.'), ['killed 12'], 'last week may be the event itself')
})

t.test('"two of the owner\'s brothers": a named possessor\'s people, coordinated with another part', async (t) => {
  t.same(parts("Two of the owner's brothers and three plant supervisors were also detained over the fire."), ['arrested 2 [brothers]', 'arrested 3'])
  t.same(parts("Two of the workers' children were hurt."), ['injured 2 [children]'])
  t.same(parts("One of the owner's cars was burned."), [])
})

t.test('a fact box\'s labels, and parts by place after a dash', async (t) => {
  t.same(counts('Deaths: 40. Injured: 120. Missing: 7.'), ['killed 40 exact', 'injured 120 exact', 'missing 7 exact'])
  t.same(counts('Death toll: 57'), ['killed 57 exact'])
  t.same(counts('The list of the dead: 12 names.'), [], 'a label needs the metric word alone before the colon')
  t.same(parts('The toll has risen to 57 — 41 in Valdora and 16 in Tarnby.'), ['killed 57', 'killed 41 [Valdora]', 'killed 16 [Tarnby]'])
  t.same(parts('The toll has risen to 57 — the highest in a decade.'), ['killed 57'])
})

t.test('a number after the verb\'s first object, "a further four in X", "N of them" as an aside', async (t) => {
  t.same(counts('The bus hit a truck, killing the driver and 3 passengers.'), ['killed 3 exact'])
  t.same(counts('The storm injured the mayor and destroyed 40 homes.'), [], 'a second verb takes its own object')
  t.same(parts('Nine people were killed in Valdora and a further four in Tarnby.'), ['killed 9', 'killed 4 [Tarnby]'])
  t.same(parts('Four people, three of them children, drowned.'), ['killed 4', 'killed 3 [children]'])
  t.same(parts('Four buses, three of them new, were burned.'), [])
})

t.test('"remain trapped" is missing like "still trapped" (§3)', async (t) => {
  t.same(counts('Eight miners remain trapped.'), ['missing 8 exact'])
  t.same(counts('Twelve people were trapped for hours before being freed.'), ['missing 12 exact'], 'trapped, then freed: missing all the same (the corpus writers\' reading of §3)')
})

t.test('long asides, and tolls with a plural subject or "remain"', async (t) => {
  t.same(counts('Thirty-two people, most of them pilgrims returning from a shrine in the north of the country, were killed.'), ['killed 32 exact'])
  t.same(counts('Confirmed deaths stand at 12.'), ['killed 12 exact'])
  t.same(counts('The toll remained at 9 on Tuesday.'), ['killed 9 exact'])
  t.same(counts('Prices remained at 9 dollars.'), [], 'no toll, no figure')
})

t.test('"the bodies of X and the two other men": a number coordinated after "bodies of"', async (t) => {
  t.same(counts('The bodies of Halvorsen and the two other men were found early Tuesday.'), ['killed 2 exact'])
  t.same(counts('Police arrested the owner and the two guards.'), ['arrested 2 exact'])
  t.same(counts('The cars of the mayor and the two councillors were burned.'), [])
})

t.test('"shot": injured alone, killed when fatal or when it describes the dead (§7 "Shot and dead is killed")', async (t) => {
  t.same(counts('Ten people were shot, two fatally.'), ['injured 10 exact', 'killed 2 exact'])
  t.same(counts('Two men were fatally shot.'), ['killed 2 exact'])
  t.same(counts('Witnesses said at least five people had been shot dead.'), ['killed 5 at_least'])
  t.same(counts('Three people were shot to death.'), ['killed 3 exact'])
  t.same(counts('Gunmen shot 12 people in the market.'), ['injured 12 exact'])
  t.same(counts('The bodies of Halvorsen and the two other men were found. All three men had been shot from behind.'), ['killed 2 exact', 'killed 3 exact'])
  t.same(counts('Two people were killed and 10 others were shot.'), ['killed 2 exact', 'injured 10 exact'], '"shot" alone after a toll is still injured')
  t.same(counts('Police fired 40 shots and he was shot 3 times.'), [])
})

t.test('"struck by bullets", "hit by stray gunfire" are shot, so injured', async (t) => {
  t.same(counts('The march turned violent, with at least seven people struck by bullets.'), ['injured 7 at_least'])
  t.same(counts('Two children were hit by stray gunfire.'), ['injured 2 exact'])
  t.same(counts('Three cars were hit by a truck.'), [])
})

t.test('a fronted month that is the month of the article\'s own date is its own time', async (t) => {
  t.same(otherEvent('VALDORA, March 8, 2024 - Officials gave new figures. In March, 22 people died in the floods.'), ['killed 22'])
  t.same(otherEvent('VALDORA, March 8, 2024 - Officials gave new figures. In February, 22 people died in the floods.'), ['killed 22 other'])
})

t.test('a number that names a flight, a road or a ward is no figure', async (t) => {
  t.same(counts('Passengers on Flight 370 were killed.'), [])
  t.same(counts('The crash on Route 68 killed 9 people.'), ['killed 9 exact'])
  t.same(counts('Bus No. 12 overturned, injuring 30.'), ['injured 30 exact'])
  t.same(counts('A train carrying 300 passengers derailed, killing 12.'), ['killed 12 exact'])
})

t.test('proportions are no counts (§3 "nine in ten")', async (t) => {
  t.same(counts('Nine in ten of the victims were women.'), [])
  t.same(counts('One in five people were injured.'), [])
  t.same(counts('Two-thirds of the dead were children.'), [])
  t.same(counts('Police said 12 people died in 2 separate crashes.'), ['killed 12 exact'], 'a number after "in" with no number before it stays')
  t.same(counts('The militants killed 12 in two attacks on Sunday.'), ['killed 12 exact'], 'the whole is smaller: no proportion')
  t.same(counts('Gunmen killed 3 in 5 villages.'), ['killed 3 exact'], 'a share of things is no proportion of people')
})

t.test('numbers in words: "a hundred and twenty", "twenty one", "half a dozen"; "several dozen" is vague', async (t) => {
  t.same(counts('A hundred and twenty people were killed.'), ['killed 120 exact'])
  t.same(counts('Twenty one people were injured.'), ['injured 21 exact'])
  t.same(counts('Half a dozen people were hurt.'), ['injured 6 exact'])
  t.same(counts('Several dozen people were injured and a few dozen were missing.'), [])
  t.same(counts('Two dozen were hurt.'), ['injured 24 exact'])
})

t.test('a leading qualifier covers a number that shares its verb (§5)', async (t) => {
  t.same(counts('At least 12 soldiers and 3 civilians were killed.'), ['killed 12 at_least', 'killed 3 at_least'])
  t.same(counts('At least 12 people died and 30 were hurt.'), ['killed 12 at_least', 'injured 30 exact'], 'a verb of its own: read as written (§7)')
})

t.test('a number after a weekday counts people when a people noun or metric follows it', async (t) => {
  t.same(counts('Police said on Tuesday 12 people had died.'), ['killed 12 exact'])
  t.same(counts('On Tuesday 12 March, 40 people died.'), ['killed 40 exact'], 'a date')
  t.same(counts('The fire broke out on Friday 13 and killed 4.'), ['killed 4 exact'])
})

t.test('"the deaths of 12 miners", "the arrest of 5 suspects"', async (t) => {
  t.same(counts('The city mourned the deaths of 12 miners.'), ['killed 12 exact'])
  t.same(counts('Police announced the arrest of 5 suspects.'), ['arrested 5 exact'])
  t.same(counts('The disappearance of 14 fishermen is being investigated.'), [])
})

t.test('"the dead include 3 Britons": the present tense of "included" (§7 figures by nationality)', async (t) => {
  t.same(parts('The dead include 3 Britons.'), ['killed 3 [Britons]'])
  t.same(parts('Those hurt include four firefighters.'), ['injured 4 [firefighters]'])
  t.same(parts('The plan includes 40 new buses.'), [])
})

t.test('"N of them" refers back to a total of its sentence, or of the one before with a copula', async (t) => {
  t.same(parts('Eleven people died. Six of them were children.'), ['killed 11', 'killed 6 [children]'])
  t.same(parts('Eleven people died. The ferry carried 40 sacks. Ten of them were wet.'), ['killed 11'], 'too far back: "them" are the sacks')
  t.same(parts('The ferry sank, leaving at least 47 people dead. A sack weighs 50kg, so 200 of them would add 10,000kg to the load.'), ['killed 47'])
})

t.test('"under arrest" and "held for questioning" are arrested (§3); "sought for questioning" is not', async (t) => {
  t.same(counts('Two more were being sought for questioning, while two drivers are under arrest.'), ['arrested 2 exact'])
  t.same(counts('Police say they are holding nine people for questioning over the blasts.'), ['arrested 9 exact'])
  t.same(counts('Police want to speak to 3 men for questioning.'), [])
})

t.test('one person held by role is arrested 1 (§7 "Held on suspicion is an arrest")', async (t) => {
  t.same(counts('The owner of a paint factory in Tarnby was detained on suspicion of manslaughter on Saturday, police said.'), ['arrested 1 exact'])
  t.same(counts('Police held the owner on suspicion of manslaughter.'), ['arrested 1 exact'])
  t.same(counts("The bus's driver has been charged."), ['arrested 1 exact'])
  t.same(counts('The owners were detained.'), [], 'a plural with no number gives no figure')
  t.same(counts('The driver was questioned and released.'), [])
  t.same(counts('Police arrested the owner and two guards.'), ['arrested 2 exact'], 'a number of arrests in the sentence is the figure')
})

t.test('patients a hospital is treating, or that its doctor says are being treated, are in hospital (§7)', async (t) => {
  t.same(counts('The Red Cross said 36 were still missing, while Marlow hospital was treating 74 of the injured.'), ['missing 36 exact', 'hospitalized 74 exact'])
  t.same(counts('A doctor at Tarnby Central Hospital said 19 people were being treated there for gunshot wounds.'), ['hospitalized 19 exact'])
  t.same(counts('Paramedics were treating 40 people at the scene.'), ['injured 40 exact'])
  t.same(counts('Eleven bodies had been brought to the hospital and four other people were being treated for burns.'), ['killed 11 exact', 'injured 4 exact'], 'no doctor says so: injured')
})

t.test('a named person held is arrested 1; held hostage or responsible is not; "causing death" is a charge', async (t) => {
  const x = (text: string) => extract(text, { entities: [{ name: 'Juma Otieno', kind: 'person', aliases: [] }] } as never).claims.filter((c) => c.kind === 'count').map((c) => `${c.metric} ${c.value}`)
  t.same(x('Juma Otieno has been arrested, police said.'), ['arrested 1'])
  t.same(x('Police said Juma Otieno was held hostage for 3 days.'), [])
  t.same(counts('The owner was held responsible for the fire.'), [])
  t.same(counts('Police have opened a case against the two for "causing death through negligence", she said.'), [])
})

t.test('a share of the injured that the clause says were hurt, of a vague whole too', async (t) => {
  t.same(counts('The coalition said 15 of the dozens of people hurt during the protests had been shot by police.'), ['injured 15 exact'])
  t.same(counts('Two of the injured were later arrested.'), [], 'another metric than the share\'s: no figure')
  t.same(counts('Five of the dozens of people there were arrested.'), [])
})

t.test('treated by a hospital, named or not, is hospitalized (§7 "Treated by hospitals is hospitalized")', async (t) => {
  t.same(counts('Hospitals in Tarnby had treated more than 300 people for injuries by Friday.'), ['hospitalized 300 more_than'])
  t.same(counts('Valdora Medical Center said it had treated 14 of the wounded.'), ['hospitalized 14 exact'])
  t.same(counts('Police said 38 people were still being treated at the Norvik district hospital.'), ['hospitalized 38 exact'], 'a lowercase kind of hospital after its name')
  t.same(counts('Rescuers treated 300 people for minor injuries.'), ['injured 300 exact'], 'no hospital: injured')
  t.same(counts('Police said 12 people were treated at the district office.'), ['injured 12 exact'])
})

t.test('"N of them in <place>" after a total is a part by place; "in hospital" is a state', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('Officials said 58 people had died across the state, 21 of them in Tarnby, and that nine others were missing.'), ['killed 58 exact', 'killed 21 exact [in Tarnby]', 'missing 9 exact'])
  t.same(parts('He said 64 people had been injured, 15 of them in the tower.'), ['injured 64 exact', 'injured 15 exact [in the tower]'])
  t.same(parts('Twelve people were hurt, two of them in hospital.'), ['injured 12 exact', 'hospitalized 2 exact'])
  t.same(parts('Twelve people were hurt, two of them in critical condition.'), ['injured 12 exact', 'critical 2 exact'])
})

t.test('a casualty verb before "N of his/their <people>" gives the metric, not a later verb', async (t) => {
  t.same(counts('The ambush also killed four of his bodyguards and wounded nine other people.'), ['killed 4 exact', 'injured 9 exact'])
  t.same(counts('Six of its citizens were wounded.'), ['injured 6 exact'], 'no verb before: the clause\'s')
})

t.test('one person held: an age apposition, an adverb, "the man", a name before ", who was detained"', async (t) => {
  t.same(counts('The driver, 41, has been charged with causing death by reckless driving, she said.'), ['arrested 1 exact'])
  t.same(counts('The driver, 41, was questioned and released.'), [], 'questioned is not held')
  t.same(counts('Prosecutors say the tower was badly built and have detained the man who developed it.'), ['arrested 1 exact'])
  t.same(counts('The man who developed the tower was questioned.'), [])
  const x = (text: string) => extract(text, { entities: [{ name: 'Juma Otieno', kind: 'person', aliases: [] }] } as never).claims.filter((c) => c.kind === 'count').map((c) => `${c.metric} ${c.value}`)
  t.same(x('Juma Otieno was formally arrested past midnight.'), ['arrested 1'])
  t.same(x('The group\'s founder, Juma Otieno, who was detained at his home on Sunday, denied any role.'), ['arrested 1'])
  t.same(x('Juma Otieno, who was held hostage for a week, spoke to reporters.'), [], 'held hostage is no arrest')
})

t.test('intensive care is critical (§7); the remains of N are the dead', async (t) => {
  t.same(counts('Tarnby Hospital said it was treating 22 of the injured, five of them in intensive care.'), ['hospitalized 22 exact', 'critical 5 exact'])
  t.same(counts('The minister said 38 of the wounded were still in intensive care at Tarnby General Hospital.'), ['critical 38 exact'])
  t.same(counts('The minister said 38 of the wounded were still at Tarnby General Hospital.'), ['hospitalized 38 exact'])
  t.same(counts('Police pulled the remains of nine victims out on Sunday and five more on Monday.'), ['killed 9 exact', 'killed 5 exact'])
  t.same(counts('Archaeologists found the remains of 3 houses.'), [], 'remains of things are no dead')
})

t.test('"N to M" is a range as "between N and M" is (§3); a revision "from N to M" and ages are not', async (t) => {
  t.same(counts('Some 20 to 30 people were injured in the stampede.'), ['injured 20 at_least', 'injured 30 up_to'])
  t.same(counts('The shelling killed 40 to 50 villagers.'), ['killed 40 at_least', 'killed 50 up_to'])
  t.same(counts('The toll rose from 20 to 30.'), ['killed 20 exact', 'killed 30 exact'], 'a revision gives both as they are')
  t.same(counts('Victims aged 20 to 30 were killed.'), [], 'an age range')
})

t.test('"climbed past N" is more than N; "the tally of the dead"', async (t) => {
  t.same(counts('The toll has now climbed past 60.'), ['killed 60 more_than'])
  t.same(counts('The tally of the dead reached 100.'), ['killed 100 exact'])
  t.same(counts('Officials put the number of the injured at 230.'), ['injured 230 exact'])
  t.same(counts('Over the past 12 months the agency hired 40 people.'), [], '"the past" is no qualifier')
})

t.test('an event years before, and a "since" clause after a superlative, are other events', async (t) => {
  t.same(otherEvent('The quake struck almost nine years after an office block in the same city came down in a tremor, killing 37 people.'), ['killed 37 other'])
  t.same(otherEvent('The flood came three years after a storm killed 40 in the same valley.'), ['killed 40 other'])
  t.same(otherEvent('Two days after the blast, the toll rose to 40.'), ['killed 40'], 'days after the event are its own')
  t.same(otherEvent('It was the deadliest riot at a prison in a decade, since a clash between gangs left eight inmates dead.'), ['killed 8 other'])
  t.same(otherEvent('Rescuers searched through the night, since 14 people were still missing.'), ['missing 14'], '"since" without a superlative')
  t.same(otherEvent('It was the deadliest attack this year, killing 30 people.'), ['killed 30'])
})

t.test('a long "among them …" part between a total and its verb', async (t) => {
  t.same(counts('Twenty-six suspects, among them the owner of a rented house in Tarnby where the bombers are thought to have assembled their vests, have been taken into custody.'), ['arrested 26 exact'])
  t.same(counts('Twenty-six suspects, whose names were read out in court by the prosecutor on Monday at the end of a long hearing in Tarnby, were flown abroad.'), [], 'an aside that is no part stays bounded')
})

t.test('an appositive naming who they were stands between a figure and its verb', async (t) => {
  t.same(counts('Two passengers, a woman and a boy, are still missing, police said.'), ['missing 2 exact'])
  t.same(counts('Doctors said two of the wounded, a street vendor and a schoolboy, were in critical condition.'), ['critical 2 exact'])
  t.same(counts('Two passengers, a woman and a boy, boarded the ferry.'), [], 'no metric after the aside')
})

t.test('parts after "the dead" named without a number; a list of parts after a casualty verb', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('He said most of the dead were travellers, among them 11 women.'), ['killed 11 [women]'])
  t.same(parts('Most of the guests were travellers, among them 11 women.'), [], 'no victims named')
  t.same(parts('The strike, which killed 14 women, 11 men and two children, was among the deadliest.'), ['killed 14', 'killed 11', 'killed 2'])
})

t.test('severe burns are critical; picked up by a force is arrested; an age in parentheses is no figure', async (t) => {
  t.same(counts('Rescuers brought out 11 injured miners, four of them with severe burns.'), ['injured 11 exact', 'critical 4 exact'])
  t.same(counts('Six workers suffered burns.'), ['injured 6 exact'])
  t.same(counts('Two men were picked up early this morning by Tarn Police over the murder.'), ['arrested 2 exact'])
  t.same(counts('Two fishermen were picked up by a rescue boat.'), [], 'a rescue is no arrest')
  const x = (text: string) => extract(text, { entities: [{ name: 'Ravi Kumar', kind: 'person', aliases: [] }, { name: 'Anil Kumar', kind: 'person', aliases: [] }] } as never).claims.filter((c) => c.kind === 'count').map((c) => `${c.metric} ${c.value}`)
  t.same(x('Ravi Kumar (46) and his son Anil Kumar (22) were arrested this morning.'), [])
})

t.test('a month with no day dates the relative clause after it, not its own clause', async (t) => {
  t.same(otherEvent('He was blamed after riots in Tarnby in March, in which three people were killed.'), ['killed 3 other'])
  t.same(otherEvent('The court, which in November had indicted two engineers, blamed the pilots.'), ['arrested 2'])
})

t.test('suspects held are arrested; people held hostage are not', async (t) => {
  t.same(counts('A court granted the request to hold 11 suspects for 72 hours.'), ['arrested 11 exact'])
  t.same(counts('Police are holding nine suspects.'), ['arrested 9 exact'])
  t.same(counts('Gunmen held 30 people hostage.'), [])
})

t.test('the number that is the agent of a casualty verb with an object is no figure', async (t) => {
  t.same(counts('Two gunmen killed at least five people.'), ['killed 5 at_least'])
  t.same(counts('Two men slipped across the border and shot the governor dead outside his home.'), [])
  t.same(counts('Three attackers stabbed a guard.'), [])
  t.same(counts('Seven people were injured and two others died the next day.'), ['injured 7 exact', 'killed 2 exact'])
  t.same(counts('Two of the owner\'s brothers and three supervisors were also detained.'), ['arrested 2 exact', 'arrested 3 exact'], 'an adverb after the auxiliary keeps the passive')
  t.same(counts('Four people lost their lives.'), ['killed 4 exact'], 'losing one\'s life is suffered, not done')
})

t.test('admitted to hospital, ventilators, parts by what they were treated for, alleged parts', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('Hospitals in Tarnby said they had admitted 14 of the wounded, five of them in a critical condition.'), ['hospitalized 14', 'critical 5'])
  t.same(parts('He admitted 3 charges.'), [], 'admitting things is no hospital')
  t.same(parts('The minister met around 40 injured admitted to Tarnby General Hospital.'), ['hospitalized 40'])
  t.same(parts('Three of the injured remained on ventilator support.'), ['critical 3'])
  t.same(parts('Tarnby Hospital said it had treated 12 protesters overnight, two of them for gunshot wounds.'), ['hospitalized 12', 'hospitalized 2 [for gunshot wounds]'])
  t.same(parts('Police said they had detained five suspects, among them two alleged handlers.'), ['arrested 5', 'arrested 2 [alleged handlers]'])
  t.same(parts('Police said they had detained the ferry\'s cargo master for questioning.'), ['arrested 1'])
})

t.test('a share of those rescued, or of people named before, in a state is a figure of that state', async (t) => {
  t.same(counts('Wrapped in blankets, 61 of those rescued were taken to hospitals in Tarnby, the coast guard said.'), ['hospitalized 61 exact'])
  t.same(counts('Four firefighters were hurt, and two of the firefighters were in serious condition.'), ['injured 4 exact', 'critical 2 exact'])
  t.same(counts('Three of the passengers remain in hospital.'), ['hospitalized 3 exact'])
  t.same(counts('Twelve of those rescued were children.'), [], 'a share in no state')
  t.same(counts('Two of the soldiers were on leave.'), [])
})

t.test('"another/a further/an additional N" that brings a toll to a number is a step, not a figure (§7)', async (t) => {
  t.same(counts('An additional 5 bodies were found, taking the toll to 60.'), ['killed 60 exact'])
  t.same(counts('A further four people died overnight, bringing the death toll to 41.'), ['killed 41 exact'])
  t.same(counts('Twelve people died in the blast. Another 30 people were hurt.'), ['killed 12 exact', 'injured 30 exact'], 'with no toll reached it is a figure')
})

t.test('a combined count is no figure (§5); "He was taken into custody" is one held', async (t) => {
  t.same(counts('At one school, more than 40 pupils and teachers were killed or went missing.'), [])
  t.same(counts('More than 1,000 people were killed or wounded.'), [])
  t.same(counts('More than 1,000 people were killed or died of their wounds.'), [], 'two verbs of dying joined by "or"')
  t.same(counts('He was taken into custody without a struggle.'), ['arrested 1 exact'])
  t.same(counts('The owner was taken into custody.'), ['arrested 1 exact'])
  t.same(counts('He was taken to hospital.'), [], 'a pronoun taken to hospital gives no number')
})

t.test('"were among at least N killed" is a part of that total; "among them" and "including" open noun phrases', async (t) => {
  const parts = (text: string) =>
    extract(text, { entities: [] })
      .claims.filter((c) => c.kind === 'count' && !c.otherEvent)
      .map((c) => `${c.metric} ${c.value} ${c.qualifier}${c.subset ? ` [${c.subset}]` : ''}`)
  t.same(parts('Four pupils were among at least nine people killed when a bomb struck a bus.'), ['killed 4 exact [pupils]', 'killed 9 at_least'])
  t.same(parts('Four pupils were among the 30 passengers on the bus.'), [], 'a total that is no casualty')
  t.same(parts('Police said 47 people had been detained, among them six recaptured escapees.'), ['arrested 47 exact', 'arrested 6 exact [recaptured escapees]'])
})

t.test('one held after an age; still in hospital after a phrase of place; patients moved are no casualties', async (t) => {
  const x = (text: string) => extract(text, { entities: [{ name: 'Sipho Mahlangu', kind: 'person', aliases: ['Mahlangu'] }] } as never).claims.filter((c) => c.kind === 'count').map((c) => `${c.metric} ${c.value}`)
  t.same(x('Mahlangu, 47, was arrested at the scene.'), ['arrested 1'])
  t.same(counts('One of his aides was wounded in the shooting and remains in hospital, police said.'), ['injured 1 exact', 'hospitalized 1 exact'])
  t.same(counts('Nine people were injured in the blast and police sealed off the hospital.'), ['injured 9 exact'])
  t.same(counts('Doctors said two patients had been moved to hospitals in Sweden.'), [])
  t.same(counts('Two people in intensive care had been moved to another hospital.'), [])
})

t.test('a share of the missing is a figure only in what the clause says of it', async (t) => {
  t.same(counts('Four of the missing later walked into a border post, the army said.'), [])
  t.same(counts('Five of the missing are still trapped.'), ['missing 5 exact'])
})

t.test('"police" names the force the article named, unless it named two', async (t) => {
  const who = (text: string) => {
    const x = extract(text, { entities: [{ id: 'tarn-police', name: 'Tarn City Police', kind: 'group', aliases: [] }, { id: 'ostria-police', name: 'Ostrian National Police', kind: 'group', aliases: [] }] } as never)
    return x.claims.filter((c) => c.kind === 'count').map((c) => (c.claimant !== null ? x.entities.find((e) => e.ref === c.claimant)?.name : c.claimantText ?? null))
  }
  t.same(who('The Tarn City Police sealed the area. Police say at least 19 people have been killed.'), ['Tarn City Police'])
  t.same(who('The Tarn City Police and the Ostrian National Police sealed the area. Police say at least 19 people have been killed.'), ['Police'])
})

t.test('a casualty verb before a possessive and a number; lives lost', async (t) => {
  t.same(counts('"They killed my two sons," she said.'), ['killed 2 exact'])
  t.same(counts('The blast killed his three children.'), ['killed 3 exact'])
  t.same(counts('"I lost three of my friends," he said.'), ['killed 3 exact'])
  t.same(counts('The army lost 12 soldiers in the ambush.'), ['killed 12 exact'])
  t.same(counts('The team lost 3 matches and the firm lost 200 jobs.'), [], 'things lost are no lives')
})

t.test('revised tolls with a particle, a toll "put at" after its noun, "fewer than", a thousands figure that looks like a year', async (t) => {
  t.same(counts('The toll was revised down from 45 to 41.'), ['killed 45 exact', 'killed 41 exact'])
  t.same(counts('The toll, initially put at 30, rose again.'), ['killed 30 exact'])
  t.same(counts('Fewer than 10 people were hurt.'), ['injured 10 up_to'], 'codebook §7: an upper bound')
  t.same(counts('No less than 10 people were hurt.'), ['injured 10 at_least'])
  t.same(counts('The number of dead was put at 1,500 to 2,000.'), ['killed 1500 at_least', 'killed 2000 up_to'])
  t.same(counts('More than 2,000 were injured on Sunday.'), ['injured 2000 more_than'])
  t.same(counts('Police put the blame at 3 doors.'), [], '"put at" with no toll noun')
})

t.test('patients a hospital itself says it is treating are in hospital (§7 "Treated by hospitals")', async (t) => {
  t.same(counts('Saint Brennan Hospital said 14 workers were still being treated there, three of them in intensive care.'), ['hospitalized 14 exact', 'critical 3 exact'])
  t.same(counts('Harwick General Hospital Tarnby said six of the wounded were still being treated there.'), ['hospitalized 6 exact'], "the hospital's name may run on after its head word")
  t.same(counts('The clinic says eight people are being treated for smoke inhalation.'), ['hospitalized 8 exact'])
  t.same(counts('Two bodies were taken to the hospital and seven people were being treated for cuts, police said.'), ['killed 2 exact', 'injured 7 exact'], 'a hospital that says nothing: injured')
})

t.test("the victims' ages between commas are an aside, not a clause end", async (t) => {
  t.same(counts('Seven other people, aged 19 to 72, were injured.'), ['injured 7 exact'])
  t.same(counts('Four passengers, aged between 20 and 35, were killed.'), ['killed 4 exact'])
  t.same(counts('The victims were aged 14 to 66, and two were aged between 20 and 35.'), [], 'ages are no figures')
})

t.test('a subject of victims described at length before "included" gives the part its metric', async (t) => {
  t.same(parts('The six people killed in the blast included three children.'), ['killed 6', 'killed 3 [children]'])
  t.same(parts('The 20 passengers hurt on the upper deck include four pupils.'), ['injured 20', 'injured 4 [pupils]'])
  t.same(parts('The new programme for the injured included two clinics.'), [], 'no victims counted')
  t.same(parts('The convoy that troops attacked included two trucks.'), [])
})

t.test('"the number missing": the victims right after the toll noun', async (t) => {
  t.same(counts('Officials had put the number missing at more than 90.'), ['missing 90 more_than'])
  t.same(counts('The number dead rose to 14 overnight.'), ['killed 14 exact'])
  t.same(counts('Officials put the number of homes destroyed at 90.'), [], 'no victims')
})

t.test('a figure whose words leave its metric open takes the metric the article gives that number', async (t) => {
  t.same(counts('At least 19 worshippers were killed in Tarnby on Friday. Gunmen shot at least 19 people as they left the mosque.'), ['killed 19 at_least', 'killed 19 at_least'], '§7 shot and dead is killed')
  t.same(counts('Two guards died in the raid. Gunmen shot 12 people as they left the mosque.'), ['killed 2 exact', 'injured 12 exact'], '"shot" alone is injured')
  t.same(counts('The agency lowered the death toll to 40 from 42. It said 90 had been injured and that the earlier figure of 42 had counted two victims twice.'), ['killed 40 exact', 'killed 42 exact', 'injured 90 exact', 'killed 42 exact'])
  t.same(counts('It said 90 had been injured and that the earlier figure of 42 was wrong.'), ['injured 90 exact', 'injured 42 exact'], 'no other figure of that number: the guess stays')
})

t.test('people trapped are missing, whether later pulled out alive or dead (§3 "still trapped")', async (t) => {
  t.same(counts('Eleven miners were trapped underground after the explosion.'), ['missing 11 exact'])
  t.same(counts('The landslide killed four people and trapped 23 others in their homes.'), ['killed 4 exact', 'missing 23 exact'])
  t.same(counts('Firefighters freed six people who had been trapped in the basement.'), ['missing 6 exact'])
  t.same(counts('Thousands of people were trapped at the gate and 12 were hurt.'), ['injured 12 exact'], 'a vague number trapped is no figure')
  t.same(counts('Rescuers worked for 12 hours to reach the trapped workers.'), [])
})

t.test('a photo caption is not annotated, its toll included (§1, §7 page furniture)', async (t) => {
  const figures = (line: string) =>
    extract(`Fire kills nine\n\nNine people died in the fire on Tuesday, police said.\n\n${line}\n\nThe owner was detained.`, { entities: [] }, { title: 'Fire kills nine' })
      .claims.filter((c) => c.kind === 'count')
      .map((c) => `${c.metric} ${c.value}`)
  t.same(figures('Firefighters at the scene where 12 people died. PHOTO: AFP'), ['killed 9', 'arrested 1'])
  t.same(figures('Firefighters at the scene where 12 people died / Photo: © AFP'), ['killed 9', 'arrested 1'])
  t.same(figures('Image caption, Firefighters at the scene where 12 people died'), ['killed 9', 'arrested 1'])
  t.same(figures('FILE PHOTO: Firefighters at the scene where 12 people died on Tuesday.'), ['killed 9', 'arrested 1'])
  t.same(figures('TARNBY, OSTRIA - MARCH 3: Firefighters at the scene where 12 people died on March 3, 2026 in Tarnby.'), ['killed 9', 'arrested 1'])
  t.same(figures('Firefighters at the scene where 12 people died (AP Photo/Jan Berg)'), ['killed 9', 'arrested 1'])
  t.same(figures('Firefighters said 12 people died and the photo was taken at 6 a.m.'), ['killed 9', 'killed 12', 'arrested 1'], 'a body paragraph that mentions a photo')
})

t.test('"N more died elsewhere" is a part of the toll by place, not a step (§7 parts by place)', async (t) => {
  t.same(parts('At least seven people were killed in the election violence. Two more died elsewhere in the province as voting began.'), ['killed 7', 'killed 2 [elsewhere in the province]'])
  t.same(parts('At least seven people were killed in the violence. Two more died in hospital on Monday.'), ['killed 7'], 'a step of the toll')
})

t.test('people beaten are injured, beaten to death killed', async (t) => {
  t.same(counts('Four young men were beaten by a mob in the market on Sunday.'), ['injured 4 exact'])
  t.same(counts('Two traders were beaten to death by villagers.'), ['killed 2 exact'])
  t.same(counts('The home side were beaten 3-1 on Sunday.'), [], 'a score')
})

t.test('a share of people whose relative aside says they are held is arrested (§3)', async (t) => {
  t.same(counts('One of the men, who is now in custody, was described by officials as a former guard.'), ['arrested 1 exact'])
  t.same(counts('Two of the suspects, who were arrested on Monday, appeared in court in Tarnby.'), ['arrested 2 exact'])
  t.same(counts('One of the men, who is a farmer, spoke to reporters.'), [])
})

t.test('one more person held, by an ordinal, is arrested 1 (§7 one named person detained)', async (t) => {
  t.same(counts('Police also held a third man, a driver suspected of helping them.'), ['arrested 1 exact'])
  t.same(counts('A second suspect was arrested in Tarnby on Tuesday.'), ['arrested 1 exact'])
  t.same(counts('Police held a second meeting with the families.'), [])
})

t.test('"the N victims", "all N victims" with no other word of what they count are the dead', async (t) => {
  t.same(counts('Officials spoke on Saturday as families buried some of the 31 victims.'), ['killed 31 exact'])
  t.same(counts('The 40 victims were treated for smoke inhalation.'), ['injured 40 exact'], 'the clause says what they count')
  t.same(counts('Police said 12 victims of the fraud had come forward.'), [], 'no article before the number')
})

t.test('"Separately," and "In another incident," open another incident, unless the sentence gives the toll', async (t) => {
  t.same(otherEvent('Separately, officials said four people were killed when a shell hit a school in Tarnby.'), ['killed 4 other'])
  t.same(otherEvent('In another incident, two soldiers were wounded by a mine.'), ['injured 2 other'])
  t.same(otherEvent('Separately, the toll from the bombing has climbed to 41, police said.'), ['killed 41'], 'the toll of this event')
  t.same(otherEvent('Police said separately that they had detained 14 people.'), ['arrested 14'], 'not fronted')
})

t.test('the dead found at a time of a running account are a step between its tolls (§7 running count)', async (t) => {
  t.same(counts('The death toll in the Tarnby block has risen to 21. Overnight, five residents were found dead under the debris.'), ['killed 21 exact'])
  t.same(counts('By dawn, three workers had been found dead. The toll later rose to 12.'), ['killed 12 exact'])
  t.same(counts('Overnight, five residents were found dead under the debris.'), ['killed 5 exact'], 'no larger toll: the total')
  t.same(counts('The death toll has risen to 21. Five residents were found dead in one stairwell.'), ['killed 21 exact', 'killed 5 exact'], 'no time of a running account')
})

t.test('a figure in what nobody says is no one\'s figure', async (t) => {
  t.same(counts('None of the accounts given by survivors have suggested that as many as 40 passengers might have died.'), [])
  t.same(counts('No one has said that 30 people drowned.'), [])
  t.same(counts('Nobody was hurt, but police said that 4 people were arrested.'), ['arrested 4 exact'], "another clause's report")
  t.same(counts('None of the 12 people who were injured has been named.'), ['injured 12 exact'])
})

t.test('an appositive that names who they are, by role and age, is an aside', async (t) => {
  t.same(counts('The two guards, the gatekeeper, 51, and his deputy, 29, have been in police custody since Friday.'), ['arrested 2 exact'])
  t.same(counts('Two men, the driver and his assistant, were arrested.'), ['arrested 2 exact'])
  t.same(counts('Two officers, the commander said, were wounded.'), ['injured 2 exact'], 'a report between commas still reads as one')
  t.same(counts('Two men, the driver said, had been drinking.'), [])
})

t.test('a figure whose clause brings the toll to another is the step to it (§7)', async (t) => {
  t.same(counts('Three bodies were pulled from the river on Wednesday, bringing the toll to 17.'), ['killed 17 exact'])
  t.same(counts('Four of the wounded died overnight, bringing the death toll to 29.'), ['killed 29 exact'])
  t.same(counts('Three bodies were pulled from the river on Wednesday. The toll rose to 17.'), ['killed 3 exact', 'killed 17 exact'], 'no clause that brings the toll')
})

t.test('one person held, introduced by "a", who opens the clause is arrested 1 (§7 one person detained)', async (t) => {
  t.same(counts('A 34-year-old man has been arrested in Tarnby.'), ['arrested 1 exact'])
  t.same(counts('On Sunday, a local driver was detained by police.'), ['arrested 1 exact'])
  t.same(counts('The ministry said a teenager had been detained near the border.'), ['arrested 1 exact'])
  t.same(counts('The brother of a man was arrested.'), [], 'the man is no subject')
  t.same(counts('A man was seen running from the market.'), [])
})

t.test('a forecast of the toll is no figure (§7)', async (t) => {
  t.same(counts('The toll could rise to more than 80, officials warned.'), [])
  t.same(counts('The death toll is expected to reach 40.'), [])
  t.same(counts('The death toll rose to 40 and is expected to climb further.'), ['killed 40 exact'])
})

t.test('"put it at": "it" is the toll named before it in the sentence', async (t) => {
  t.same(counts('The official death toll stands at 61, but local media put it at over 90.'), ['killed 61 exact', 'killed 90 more_than'])
  t.same(counts('He put it at the top of the list.'), [])
})

t.test('wounds people suffer are injuries; wounds a number counts are not people', async (t) => {
  t.same(counts('Seven people suffered gunshot wounds.'), ['injured 7 exact'])
  t.same(counts('Two guards suffered serious wounds.'), ['critical 2 exact'])
  t.same(counts('He was found dead in his car with two gunshot wounds to the chest.'), [])
})

t.test('"shooting dead N", "shot dead N" are killed; "feared trapped" is missing', async (t) => {
  t.same(counts('The gunman killed himself after shooting dead 6 people.'), ['killed 6 exact'])
  t.same(counts('Soldiers shot dead two smugglers near the border.'), ['killed 2 exact'])
  t.same(counts('About 10 people were feared trapped.'), ['missing 10 about'])
  t.same(counts('Soldiers shot two smugglers near the border.'), ['injured 2 exact'], '"shot" alone is injured')
})

t.test('more ways news names another event or a rate: a previous attack, weeks earlier, every year', async (t) => {
  t.same(otherEvent('In a previous attack on the town, 17 were killed.'), ['killed 17 other'])
  t.same(otherEvent('Gunmen killed 11 people at the market, two weeks after 9 died in an attack on a church.'), ['killed 11', 'killed 9 other'])
  t.same(otherEvent('The same gang killed 6 people at a checkpoint three weeks earlier.'), ['killed 6 other'])
  t.same(otherEvent('Road crashes kill about 1,500 people in Ostria every year.'), ['killed 1500 other'])
  t.same(otherEvent('Stampedes are common at such festivals; in 2013, 115 people died at a temple.'), ['killed 115 other'], 'a fronted date after a semicolon')
  t.same(otherEvent('Nine days earlier, a bomb at a bus stop killed four people.'), ['killed 4 other'])
  t.same(otherEvent('Two days after the blast, 14 people were still in hospital.'), ['hospitalized 14'], 'a time after the event is still the event')
})

t.test('a time offset of the main clause does not date the figures of a clause in its subject', async (t) => {
  t.same(otherEvent('The driver of the coach in which 12 people died and 30 were hurt on Friday had been banned from driving two years ago.'), ['killed 12', 'injured 30'])
  t.same(otherEvent('The man suspected of killing four shoppers in Tarnby had been questioned by police a year before.'), ['killed 4'])
  t.same(otherEvent('Twenty people died in a similar crash two years ago.'), ['killed 20 other'])
})

t.test('an aside between dashes after a total: its verb comes after, its numbers are parts', async (t) => {
  t.same(parts('Thirty-one people — 20 men and 11 women — were killed.'), ['killed 31', 'killed 20 [men]', 'killed 11 [women]'])
  t.same(parts('Twelve people – most of them farmers – were killed.'), ['killed 12'])
  t.same(parts('The toll has risen to 57 — 41 in Valdora and 16 in Tarnby.'), ['killed 57', 'killed 41 [Valdora]', 'killed 16 [Tarnby]'])
  t.same(counts('Police detained upward of 200 protesters.'), ['arrested 200 more_than'])
})

t.test('"and two more in hospital": a part with its verb left out; "were among the 44 dead"', async (t) => {
  t.same(parts('Three people died at the scene and two more in hospital.'), ['killed 3', 'killed 2 [in hospital]'])
  t.same(parts('Police pulled out nine bodies on Sunday and five more on Monday from the warehouse.'), ['killed 9', 'killed 5 [on Monday]'])
  t.same(parts('Three people died at the scene and two more were injured.'), ['killed 3', 'injured 2'], 'a verb of its own')
  t.same(parts('Authorities said 19 children were among the 44 dead.'), ['killed 19 [children]', 'killed 44'])
})

t.test('a share of people: the share is the figure, the whole it is of is not', async (t) => {
  t.same(counts('Two of the 60 passengers were killed.'), ['killed 2 exact'])
  t.same(counts('Three of the crew members were hurt.'), ['injured 3 exact'])
  t.same(counts('More than half of the 60 passengers were killed.'), [], 'a vague share of a whole')
  t.same(counts('Most of the 40 workers were hurt.'), [])
  t.same(counts('Families buried some of the 23 victims.'), ['killed 23 exact'], 'the whole is the victims')
  t.same(counts('Officials said 15 of the 90 people hurt were still in hospital.'), ['hospitalized 15 exact', 'injured 90 exact'])
  t.same(counts('Two of the passengers were foreigners.'), [])
})

t.test('thousands set apart by spaces are one number; a zero is no count (§7)', async (t) => {
  t.same(counts('Nearly 3 000 people were injured.'), ['injured 3000 about'])
  t.same(counts('About 1 200 people were injured.'), ['injured 1200 about'])
  t.same(counts('On March 12 300 people were evacuated and 4 died.'), ['killed 4 exact'], 'a date before the number')
  t.same(counts('There were zero deaths.'), [])
})

t.test('"one" after "of" is a determiner, not a count', async (t) => {
  t.same(parts('Six members of one family were among those killed.'), ['killed 6 [members of one family]'])
  t.same(parts('Police arrested one of the suspects.'), ['arrested 1'], '"one of" still counts')
})

t.test('a year\'s toll, an earlier worst disaster, a year between commas', async (t) => {
  t.same(otherEvent('This year alone, 45 people have died in crushes at temples.'), ['killed 45 other'])
  t.same(otherEvent('So far this year, more than 200 people have been killed in the region.'), ['killed 200 other'])
  t.same(otherEvent('The previous worst disaster at the mine killed 60 workers.'), ['killed 60 other'])
  t.same(otherEvent("The country's worst ferry disaster, in 2002, killed 1,800 people."), ['killed 1800 other'])
  t.same(otherEvent('Gunmen killed 40 people on Friday in the deadliest attack this year.'), ['killed 40'], 'this event measured against the year')
})

t.test('treatment received is injured (in hospital: hospitalized); fighting for their lives is critical', async (t) => {
  t.same(counts('Some 40 people received treatment at the scene.'), ['injured 40 about'])
  t.same(counts('Nine others needed treatment for smoke inhalation.'), ['injured 9 exact'])
  t.same(counts('Four are still receiving treatment in hospital.'), ['hospitalized 4 exact'])
  t.same(counts('Two people lost their lives and 3 are fighting for their lives.'), ['killed 2 exact', 'critical 3 exact'])
  t.same(counts('The plan calls for 3 treatment centres.'), [])
})

t.test('more ways news says people are held: held, remanded, booked, rounded up; counts of a charge are no people', async (t) => {
  t.same(counts('Two suspects are being held.'), ['arrested 2 exact'])
  t.same(counts('Two men were held by police.'), ['arrested 2 exact'])
  t.same(counts('Three men were remanded on Tuesday.'), ['arrested 3 exact'])
  t.same(counts('Police said 9 people had been booked under the anti-terror law.'), ['arrested 9 exact'])
  t.same(counts('Authorities have rounded up 40 people.'), ['arrested 40 exact'])
  t.same(counts('Two people were held hostage for hours.'), [])
  t.same(counts('Thirty people were held in the stadium overnight.'), [])
  t.same(counts('He faces three counts of murder and is being held without bail.'), [])
})

t.test('the missing as news says it: searched for, not found, bodies yet to be found (§3)', async (t) => {
  t.same(counts('Rescuers were still searching for 12 people on Tuesday.'), ['missing 12 exact'])
  t.same(counts('Fourteen fishermen have not been found.'), ['missing 14 exact'])
  t.same(counts('Three bodies are yet to be found.'), ['missing 3 exact'])
  t.same(counts('Police are searching for two suspects.'), [], 'at large, not missing')
  t.same(counts('Police said they had arrested six suspects and were searching for three more.'), ['arrested 6 exact'])
  t.same(counts('Two suspects have not been found.'), [])
})

t.test('a part coordinated after a part with no number ("among them its imam and two teenagers")', async (t) => {
  t.same(parts('The village had lost several farmers, among them its headman and two boys, the elders said.'), ['killed 2 [boys]'])
  t.same(parts('Eleven people were killed, including the driver and two passengers.'), ['killed 11', 'killed 2 [passengers]'])
  t.same(parts('The club lost several matches, among them the final and two friendlies.'), [], 'things lost')
})

t.test('one person held named by role with an age before it is arrested 1', async (t) => {
  t.same(counts('The 27-year-old suspect was arrested at his home in Tarnby.'), ['arrested 1 exact'])
  t.same(counts('The 41-year-old driver has been charged.'), ['arrested 1 exact'])
  t.same(counts('The 41-year-old driver was questioned.'), [])
})

t.test('the whole of a share that a clause of its own counts is a figure', async (t) => {
  t.same(counts('Police later released 4 of the 11 people they had detained.'), ['arrested 11 exact'])
})

t.test('guards on the new rules: things held are no arrests; a centre that is no hospital treats nobody in hospital', async (t) => {
  t.same(counts('Two meetings were held, and police said 3 people died.'), ['killed 3 exact'])
  t.same(counts('The disaster centre said 40 people were being treated for injuries.'), ['injured 40 exact'])
  t.same(counts('Tarn Medical Centre said 40 people were being treated there.'), ['hospitalized 40 exact'])
})

t.test('guards: things searched for are not missing; "beaten back" is no injury', async (t) => {
  t.same(counts('Police were searching for 3 vehicles.'), [])
  t.same(counts('Two hundred protesters were beaten back by riot police.'), [])
})

t.test('"None of the N … survived" is N killed', async (t) => {
  t.same(counts('None of the 71 people on board survived.'), ['killed 71 exact'])
  t.same(counts('None of the 14 crew members were hurt.'), [])
})

t.test('"hurt" as an active verb before its number', async (t) => {
  t.same(counts('The blast killed 3 and hurt 12.'), ['killed 3 exact', 'injured 12 exact'])
  t.same(counts('The explosion hurt 40 people.'), ['injured 40 exact'])
  t.same(parts('Those hurt include four firefighters.'), ['injured 4 [firefighters]'])
})
