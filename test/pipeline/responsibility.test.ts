import t from 'tap'
import { extract } from '../../src/pipeline/index.js'

function claims(text: string) {
  const x = extract(text, { entities: [] })
  const name = (ref: string | null) => (ref === null ? null : x.entities.find((e) => e.ref === ref)?.name ?? ref)
  return x.claims.filter((c) => c.kind === 'responsibility').map((c) => `${name(c.claimant)} ${c.stance} ${name(c.target)}`)
}

/** Claims as "claimant stance target", parties as written where the text names no entity (keys otherwise). */
function written(text: string) {
  return extract(text, { entities: [] })
    .claims.filter((c) => c.kind === 'responsibility')
    .map((c) => `${c.claimantText ?? c.claimant ?? 'null'} ${c.stance} ${c.targetText ?? c.target}`)
}

t.test('self-claims', async (t) => {
  t.same(claims('Boko Haram claimed responsibility for the bombing in Maiduguri.'), ['Boko Haram asserts Boko Haram'])
  t.same(claims('The ambush was claimed by Al-Shabaab in a radio broadcast.'), ['Al-Shabaab asserts Al-Shabaab'])
})

t.test('attributed assertions, suggestions and denials', async (t) => {
  t.same(claims('Nigerian officials said Boko Haram carried out the attack.'), ['Nigeria asserts Boko Haram'])
  t.same(claims('According to Reuters, Hamas was behind the raid.'), ['Reuters asserts Hamas'])
  t.same(claims('Analysts say the Taliban could be responsible for the blast.'), ['null suggests Taliban'])
  t.same(claims('Pakistan blamed the Taliban for the attack.'), ['Pakistan asserts Taliban'])
  t.same(claims('Iran accused Israel of orchestrating the explosion.'), ['Iran asserts Israel'])
  t.same(claims('President Ruth Okonkwo pointed towards Chad after the massacre.'), ['Ruth Okonkwo suggests Chad'])
  t.same(claims('Syria has denied any involvement in the attack.'), ['Syria denies Syria'])
  t.same(claims('The Kremlin ruled out Georgia’s involvement in the shooting.'), ['Kremlin denies Georgia'])
  t.same(claims('Colombia was not involved in the attack, officials said.'), ['null denies Colombia'])
})

t.test('no claim without an event, under negation, or in a question', async (t) => {
  t.same(claims('Hezbollah commits crimes, critics say.'), [])
  t.same(claims('Russia has yet to blame Ukraine.'), [])
  t.same(claims('Who is behind these crimes?'), [])
})

t.test('claims inside a quote belong to the speaker', async (t) => {
  const text = 'Lena Moritz, a police spokesperson, spoke on Sunday. "Al-Shabaab is responsible for this attack. There was no Kenyan involvement," Moritz said.'
  t.same(claims(text).sort(), ['Lena Moritz asserts Al-Shabaab', 'Lena Moritz denies Kenya'])
})

t.test('denials in every usual form, never read as assertions', async (t) => {
  // "a spokesman for X" speaks for X; "the group" is the nearest group named.
  t.same(claims('A spokesman for the Rift Valley Front denied that the group had any role in the bombing.'), ['Rift Valley Front denies Rift Valley Front'])
  t.same(claims('The Rift Valley Front denied involvement in the bombing.'), ['Rift Valley Front denies Rift Valley Front'])
  t.same(claims('The Rift Valley Front denied responsibility for the attack.'), ['Rift Valley Front denies Rift Valley Front'])
  t.same(claims('Hamas rejected claims that it was behind the attack.'), ['Hamas denies Hamas'])
  t.same(claims('Iran said it had nothing to do with the attack.'), ['Iran denies Iran'])
  t.same(claims('Morocco was not involved in the attack, Spanish officials said.'), ['Spain denies Morocco'])
  t.same(claims('Chile ruled out any involvement by Bolivia in the explosion.'), ['Chile denies Bolivia'])
  t.same(claims('Spain dismissed suggestions that Morocco had a role in the attack.'), ['Spain denies Morocco'])
  t.same(claims('Prosecutors said there was no evidence linking Hamas to the attack.'), ['null denies Hamas'])
  // With no group named, "the group" has no referent: no claim rather than a wrong one.
  t.same(claims('A spokesman for the Kenyan government denied that the group had any role in the bombing.'), [])
  for (const text of [
    'A spokesman for the Rift Valley Front denied that the group had any role in the bombing.',
    'Hamas rejected claims that it was behind the attack.',
    'Spain dismissed suggestions that Morocco had a role in the attack.',
  ]) t.notOk(claims(text).some((c) => c.includes('asserts')), `no assertion in: ${text}`)
})

t.test('a denial ends where a new clause with its own verb begins', async (t) => {
  t.same(claims('The Transport Workers Union denied that its members were to blame and accused Kenya Railways of ignoring warnings before the crash.'), [
    'Transport Workers Union denies Transport Workers Union',
    'Transport Workers Union asserts Kenya Railways',
  ])
  t.same(claims('Chile blamed Bolivia for the bombing. Bolivia rejected the accusation.'), ['Chile asserts Bolivia', 'Bolivia denies Bolivia'], '"the accusation" is the one just reported')
})

t.test('the person who speaks for an organization is the claimant', async (t) => {
  t.same(claims('The Rift Valley Front’s spokesman, John Mwangi, denied involvement in the strike.'), ['John Mwangi denies Rift Valley Front'])
})

t.test('blame, accusation, pointing, tracing and self-claims in their usual forms', async (t) => {
  t.same(claims('Mali blamed the Sahel Liberation Front for the ambush.'), ['Mali asserts Sahel Liberation Front'])
  t.same(claims('Uganda accused the Rwenzori Defence Front of staging the violence.'), ['Uganda asserts Rwenzori Defence Front'])
  t.same(claims('A senior army commander, Grace Otieno, pointed the finger at the Kondele Boys, a street gang.'), ['Grace Otieno suggests Kondele Boys'])
  t.same(claims('Kenya held the Lake Brigade responsible for the attack.'), ['Kenya asserts Lake Brigade'])
  t.same(claims('The interior minister, Amina Yusuf, said investigators had traced the attack to Eritrean military intelligence.'), ['Amina Yusuf asserts Eritrea'])
  t.same(claims('Bolivia suggested that Chile could have acted in retaliation.'), ['Bolivia suggests Chile'])
  t.same(claims('The ambush looks like the work of Al-Shabaab, analyst Omar Hassan said.'), ['Omar Hassan suggests Al-Shabaab'])
  t.same(claims('The UN mission said the attackers appeared to belong to the Rift Valley Front.'), ['United Nations suggests Rift Valley Front'])
  t.same(claims('The militant group Harakat al-Mahdi said in a statement on Telegram that one of its fighters had detonated the bomb.'), ['Harakat al-Mahdi asserts Harakat al-Mahdi'])
  t.same(claims('A spokesman for the Baltic Ferry Company told reporters that the company was not at fault.'), ['Baltic Ferry Company denies Baltic Ferry Company'])
  t.same(claims('The Baltic Ferry Company denied overselling the trip.'), ['Baltic Ferry Company denies Baltic Ferry Company'])
})

t.test('a hedging report verb weakens what it reports, however long the complement', async (t) => {
  t.same(claims('Minister Paul Kibet insinuated that the Lake Brigade, a youth group loosely linked to the party, had been involved.'), ['Paul Kibet suggests Lake Brigade'])
})

t.test('roles and participles as claimants', async (t) => {
  t.same(claims('Interior Minister Amina Yusuf visited the site. The interior minister said the Rift Valley Front was behind the bombing.'), ['Amina Yusuf asserts Rift Valley Front'])
  t.same(claims('The Interior Ministry opened an inquiry. The interior minister said the Rift Valley Front was behind the bombing.'), ['Interior Ministry asserts Rift Valley Front'])
  t.same(claims('The interior minister said the Rift Valley Front was behind the bombing.'), ['null asserts Rift Valley Front'], 'an unnamed official is the article’s own voice')
  t.same(claims('"We have nothing to hide," Foreign Minister Ana Rojas told reporters in Lima, denying any Peruvian role in the attack.'), ['Ana Rojas denies Peru'])
  // Officials in a country's capital speak for that country (codebook §7), never for the place itself.
  t.same(claims('Officials in Moscow said Ukraine was behind the attack.'), ['Russia asserts Ukraine'], 'a place after a preposition is not the source')
})

t.test('claims of the event, open questions, scepticism and dismissed charges (issue 15)', async (t) => {
  t.same(claims('The Sahel Martyrs Brigade has claimed the attack.'), ['Sahel Martyrs Brigade asserts Sahel Martyrs Brigade'])
  t.same(claims('The Sahel Martyrs Brigade later repeated its claim of responsibility.'), ['Sahel Martyrs Brigade asserts Sahel Martyrs Brigade'])
  t.same(claims('The blast claimed the lives of 12 people.'), [], 'an event claiming lives claims nothing')
  t.same(claims('Officials said it was too early to say whether the Red Hand Brigade was behind the blast.'), ['null suggests Red Hand Brigade'], 'an open question is at most a suggestion')
  t.same(claims('The Sahel Front claimed the attack. Western diplomats said they were sceptical of the Front’s claim.'), ['Sahel Front asserts Sahel Front'], 'no assertion by the sceptics')
  t.same(claims('Lithuania accused Belarus of the killing. Belarus has rejected any role in the killing.'), ['Lithuania asserts Belarus', 'Belarus denies Belarus'])
  t.same(claims('Lithuania accused Belarus of the killing. Pavel Lukyanchyk, a spokesman for the president, said claims of Belarusian involvement were "absurd".'), ['Lithuania asserts Belarus', 'Pavel Lukyanchyk denies Belarus'])
  t.same(claims('Lithuania accused Belarus of the killing. The Belarusian Foreign Ministry called the allegations "absurd and politically motivated".').slice(-1), ['Belarusian Foreign Ministry denies Belarus'])
})

t.test('parties the article describes but does not name are kept as written (codebook §2)', async (t) => {
  t.same(written('The mayor blamed the festival’s organisers for the crush.'), ['null asserts the festival’s organisers'])
  t.same(written('At least seven people were killed in a raid blamed on separatist rebels.'), ['null suggests separatist rebels'], '"blamed on" with no one blaming: the article\'s own voice suggests')
  t.same(written('Survivors blamed the club’s owners for the fire.'), ['Survivors asserts the club’s owners'])
  t.same(written('Police said the gunmen fled after the attack.'), [], 'a description that restates the act is no target')
  t.same(written('The Kenya Police Service denied that its officers were responsible for the deaths.').filter((c) => c.includes('officers')), [], '"its officers" are the body itself')
})

t.test('frames read over the syntactic layer (issue 15)', async (t) => {
  // A verb frame matches the verb in any inflection, its negation inside the verb group.
  t.same(claims('The Southern Freedom Front had earlier taken responsibility for the explosion.'), ['Southern Freedom Front asserts Southern Freedom Front'])
  t.same(claims('The Nile Delta Brigades have assumed full responsibility for the ambush.'), ['Nile Delta Brigades asserts Nile Delta Brigades'])
  t.same(claims('The Nile Delta Brigades have not claimed responsibility for the ambush.'), [])
  t.same(claims('The Porto Appeals Court has now pinned the blame on Rui Valadares for the crash.'), ['Porto Appeals Court asserts Rui Valadares'])
  t.same(claims('The court cleared the pilots but did not lay the blame on Marta Ferreira for the crash.'), [])
  t.same(claims('In a statement, the Interior Ministry said the Southern Freedom Front had no connection with the explosion.'), ['Interior Ministry denies Southern Freedom Front'])
  // A belief refused denies what it would hold; unnamed officials speak for the story's country.
  t.same(claims('Officials in Cameroon said they did not believe the separatist Ambazonia Restoration Front was responsible.'), ['Cameroon denies Ambazonia Restoration Front'])
  t.same(claims('Officials in Cameroon said they believe the separatist Ambazonia Restoration Front was responsible.'), ['Cameroon asserts Ambazonia Restoration Front'])
  // A report nobody made asserts nothing.
  t.same(claims('The Ogaden Lions issued a statement on Monday. No armed group has so far said it carried out the attack.'), [])
  // An open question asserts nothing; scepticism about a claim is no assertion by the sceptic.
  t.notOk(claims('Officials said it was too early to say whether the Red Hand Brigade was behind the blast.').some((c) => c.includes('asserts')))
  t.same(claims('The Red Hand Brigade claimed the bombing on Monday. Western diplomats said they were sceptical of the Brigade’s claim.'), ['Red Hand Brigade asserts Red Hand Brigade'])
  t.same(claims('The Sahel Martyrs Brigade has claimed the attack on the barracks in Gao.'), ['Sahel Martyrs Brigade asserts Sahel Martyrs Brigade'])
  t.same(claims('The Sahel Martyrs Brigade repeated its claim of responsibility on Tuesday.'), ['Sahel Martyrs Brigade asserts Sahel Martyrs Brigade'])
  // A spokesman's claim for his group: the group is the target, the named spokesman the claimant.
  t.same(claims('Meanwhile, according to the daily Al-Nahar, militant group Saraya al-Nour spokesman Abu Karim al-Tikriti claimed responsibility for the attack.'), ['Abu Karim al-Tikriti asserts Saraya al-Nour'])
  // The object of a frame inside a quotation never lies past its closing mark.
  t.same(claims('“We believe the attack was carried out by one man,” Inspector Rudi Santoso told reporters.'), [])
})

t.test('the agent of the act (issue 15)', async (t) => {
  t.same(claims('Afghan officials say the victims were killed when Pakistani jets bombed a family gathering in Paktika province.'), ['Afghanistan asserts Pakistan'])
  t.same(claims('On Tuesday evening, Israeli warplanes struck several buildings in Beirut’s southern suburbs.'), ['null asserts Israel'])
  t.same(claims('A Nigerian Air Force spokesman said on Saturday that its aircraft had struck a logistics hub.'), ['Nigerian Air Force asserts Nigerian Air Force'])
  t.same(claims('The convoy was attacked by the Nile Delta Brigades.'), ['null asserts Nile Delta Brigades'])
  // A reported denial of one's own act denies; the article's own "had not struck" for years says nothing.
  t.same(claims('The Nile Delta Brigades said on Sunday that they had not targeted civilians.'), ['Nile Delta Brigades denies Nile Delta Brigades'])
  t.same(claims('The Nile Delta Brigades had not struck inside the city for almost two years.'), [])
  // A description of the act is no agent; nor is a place, or an agent past the phrase.
  t.same(claims('Gunmen attacked a United Nations base outside Beni before dawn.'), [])
  t.same(claims('Several websites were targeted by a hacking group, Azerbaijan’s APA news agency reported.'), [])
})

t.test('state forces, unnamed voices, charges denied by anaphora (issue 15)', async (t) => {
  t.same(written('Police in the trucks then opened fire on the crowd late on Tuesday, the activist said.'), ['activist asserts Police'])
  t.same(written('On Friday riot police fired tear gas into the crowd, said a witness who asked not to be named.'), ['witness asserts riot police'])
  t.same(written('“They can shoot us, but they cannot change the result,” said Mara Lind of the Harbour Alliance.'), [], 'an act under a bare modal is no claim')
  t.same(written('Gunmen fired on the bus near Beni.'), [], 'gunmen only restate the act')
  t.same(written('Since Cyclone Belinda struck the coast, thousands have been rescued.'), [], 'a storm is nobody’s act')
  // The charge an official rejects is the one reported before it; the state's organs are its country.
  const text = 'Opposition leaders in Kyrgyzstan accused the authorities of being behind the murder of the journalist. Interior Minister Daniyar Omurov rejected the criticism on Thursday.'
  t.same(claims(text), ['null asserts Kyrgyzstan', 'Daniyar Omurov denies Kyrgyzstan'])
})

t.test('who denies: the phrase right before the verb; what: the denied clause’s force or own doing (issue 15)', async (t) => {
  t.same(claims('Opposition leaders in Kyrgyzstan accused the authorities of being behind the murder. But Kyrgyzstan’s interior minister, Daniyar Omurov, dismissed the accusations.').slice(-1), ['Daniyar Omurov denies Kyrgyzstan'])
  t.same(written('Police spokesman Commissioner Paul Etoga denied that officers had used live ammunition.'), ['ner:Paul Etoga denies officers'])
  t.same(claims('The Lagos State Waterfront Authority, which ran the ferry terminal, has rejected suggestions that its staff let too many passengers board.'), ['Lagos State Waterfront Authority denies Lagos State Waterfront Authority'])
  t.same(claims('Party secretary-general Patrick Zulu said the Harbour Alliance had “nothing to do with” the attack.'), ['Patrick Zulu denies Harbour Alliance'])
})

t.test('negligence: failing to act (issue 15, codebook §5)', async (t) => {
  t.same(written('Floods swept through Kenya’s Tana River county. Experts said the authorities had failed to prepare properly for the disaster.'), ['Experts asserts world:place:Kenya'])
  t.same(claims('Critics said Harbour Ferries Ltd had failed to maintain the boat’s engines.'), ['null asserts Harbour Ferries Ltd'])
  t.same(claims('The engines failed to start on Monday.'), [])
})

t.test('killing as an act, and “it” as the sentence’s own earlier subject (issue 15)', async (t) => {
  t.same(claims('The Free Harbour Congress marched on Friday. “For years Harare has spied on us, and now it has killed one of us,” said Rudo Makena.'), ['Rudo Makena asserts Zimbabwe'])
  t.same(claims('The blast killed at least 12 people near the market.'), [], 'a blast is no actor')
})

t.test('a party saying it complied denies its fault; officials naming the attacker assert him (issue 15)', async (t) => {
  t.same(claims('Harbour Ferries Ltd said in a statement that it had complied with every safety requirement in force.'), ['Harbour Ferries Ltd denies Harbour Ferries Ltd'])
  t.same(claims('The line’s operator, Vltava Express, said in a statement that “our drivers followed every signal they were given”.'), ['Vltava Express denies Vltava Express'])
  t.same(claims('Their lawyer, Rui Santos, said: “My clients followed the manual to the letter.”'), [], 'the speaker’s clients are not the speaker')
  t.same(claims('Police spokesman Eko Wirawan has identified the suspected bomber as Arif Santoso, 22, from Bekasi.'), ['Eko Wirawan asserts Arif Santoso'])
})

t.test('coordinated targets and headline verbs (issue 15)', async (t) => {
  t.same(claims('The Porto Appeals Court has pinned the blame on the pilots, Rui Valadares and Tiago Sequeira, for the crash.'), ['Porto Appeals Court asserts Rui Valadares', 'Porto Appeals Court asserts Tiago Sequeira'])
  t.same(claims('Mali blamed the Sahel Liberation Front and the Gourma Brigades for the ambush.'), ['Mali asserts Sahel Liberation Front', 'Mali asserts Gourma Brigades'])
  t.same(claims('Saraya al-Nour claims responsibility\n\nThe group said it attacked the camp.').slice(0, 1), ['Saraya al-Nour asserts Saraya al-Nour'])
})

t.test('definite descriptions refer back; asides and media are no subjects (issue 15)', async (t) => {
  t.same(claims('A Nigerian Air Force jet struck the village. The Gwagwada Brotherhood, in a statement posted on its Telegram channel, blamed the air force for what it called a massacre and denied that it kept any weapons in Maro.'), [
    'null asserts Nigerian Air Force',
    'Gwagwada Brotherhood asserts Nigerian Air Force',
  ], 'denying it kept weapons there is no denial of the act')
  t.same(claims('The Porto Appeals Court ruled on Monday. Families blamed the court for the delays.').filter((c) => c.includes('Court')), ['null asserts Porto Appeals Court'])
  t.same(claims('The Nile Brigades and the Delta Front both operate there. Villagers blamed the front for the raid.'), ['null asserts Delta Front'])
})

t.test('suspicion: the prime suspect, suspected of (issue 15)', async (t) => {
  t.same(claims('Russia was quickly named as the prime suspect, until a hacker came forward.'), ['null suggests Russia'])
  t.same(claims('Prosecutor Andrea Fuentes said investigators suspected the Red Hand Brigade of using the leaked tools.'), ['Andrea Fuentes suggests Red Hand Brigade'])
  t.same(claims('Investigators suspected a Brazil-based gang of using the leaked tools.').filter((c) => c.includes('Brazil')), [], 'a place that only qualifies the actor is not the actor')
})

t.test('denials of something else, and reporters who name no one (issue 15)', async (t) => {
  t.same(claims('The Gwagwada Brotherhood denied that it kept any fuel or weapons in Maro.'), [], 'a denial of something other than the act')
  t.same(claims('The Gwagwada Brotherhood denied that its fighters carried out the attack.'), ['Gwagwada Brotherhood denies Gwagwada Brotherhood'])
  t.same(claims('The Upper Irrawaddy Defence Alliance spoke on Monday. The military, for its part, said that it had not targeted civilians.'), [], '“it” is the unnamed military, not the last group named')
})

t.test('a relative pronoun’s antecedent is the subject (issue 15)', async (t) => {
  t.same(claims('Families criticised the Aviation Safety Board, which puts the blame on the pilot, Rui Valadares.'), ['Aviation Safety Board asserts Rui Valadares'])
})

t.test('every frame is indexed by its cue words', async (t) => {
  const { RESPONSIBILITY_FRAMES } = await import('../../src/pipeline/frames.js')
  for (const frame of RESPONSIBILITY_FRAMES) {
    t.ok(frame.cues.length > 0, `${frame.name} has cues`)
    t.ok(frame.cues.every((c) => /^[a-z]+$/.test(c)), `${frame.name}'s cues are lower-case single words`)
    t.ok(frame.pattern.global && frame.pattern.ignoreCase, `${frame.name}'s pattern is global and case-insensitive`)
  }
  // A sentence holding none of a frame's cues is not scanned by it: "The Front's claims" holds
  // "claims" (possessive-claim), "no" is no cue of it.
  t.same(claims('The Sahel Front’s claim was widely doubted.'), ['Sahel Front asserts Sahel Front'])
})

t.test('a dateline is never the subject (issue 15)', async (t) => {
  t.same(claims('Maputo — At least seven people were killed in Cabo Delgado province in a raid blamed on the Jamaat al-Rufaa.'), ['null suggests Jamaat al-Rufaa'])
  t.same(claims('BAMENDA, Cameroon (AP) — The Ambazonia Restoration Front blamed the army for the attack.').filter((c) => c.startsWith('Cameroon')), [])
})

t.test('a subject that names no actor hides none further left (issue 15)', async (t) => {
  t.same(claims('The Saraya al-Ghadab claimed the attack. But police said it was too early to establish whether a suicide bomber had been involved.'), ['Saraya al-Ghadab asserts Saraya al-Ghadab'])
  t.same(claims('The Islamic State affiliate ISIS-K was named, as the group claimed responsibility for the attack.'), ['ISIS-K asserts ISIS-K'], 'an anaphor of the group still is the group')
})

t.test('a party described beside a named one is coordinated too (issue 15)', async (t) => {
  t.same(written('President Anton Vessel accused Ukraine and its allies of inducing the attack.'), ['ner:Anton Vessel asserts world:place:Ukraine', 'ner:Anton Vessel asserts its allies'])
  t.same(written('President Anton Vessel accused Ukraine of supporting the attack.'), ['ner:Anton Vessel suggests world:place:Ukraine'], 'an indirect role is a suggestion')
})

t.test('negated denials and resemblances (issue 15)', async (t) => {
  t.same(claims('Kyiv has not ruled out Moscow’s involvement in the attack.'), ['Ukraine suggests Russia'], 'not ruling out leaves it open')
  t.same(claims('The Ostrian army does not deny that around 40 people were killed in the strike.'), [], 'not denying deaths denies nothing')
  t.same(claims('The shooting bore “the unmistakable signature of the Red Hand Brigade,” said Tomas Lind.'), ['Tomas Lind suggests Red Hand Brigade'])
  t.same(claims('Investigators said the bombing was the work of the Red Hand Brigade.'), ['null asserts Red Hand Brigade'])
})

t.test('an act done to the perpetrators is the response, not the act (issue 15)', async (t) => {
  t.same(written('Police shot the gunman dead after a standoff.'), [])
  t.same(written('Ostrian troops killed 12 militants in a raid on Tuesday, the army said.'), [])
  t.same(written('Ostrian troops killed 12 villagers in a raid on Tuesday, residents said.').length, 1)
})

t.test('contracted negations read like full ones (issue 15)', async (t) => {
  t.same(claims('Officials in France didn’t believe Hamas was responsible for the attack.'), claims('Officials in France did not believe Hamas was responsible for the attack.'))
  t.same(claims('Officials in France didn’t believe Hamas was responsible for the attack.'), ['France denies Hamas'])
  t.same(claims('Israel said its jets didn’t strike the hospital.'), ['Israel denies Israel'])
})

t.test('in the passive the roles swap (issue 15)', async (t) => {
  t.same(claims('Hamas was blamed by Israel for the attack.'), ['Israel asserts Hamas'])
  t.same(claims('Israel, blamed by Hamas for the attack, denied involvement.').sort(), ['Hamas asserts Israel', 'Israel denies Israel'])
  t.same(claims('Kenya was accused by Somalia of staging the attack.'), ['Somalia asserts Kenya'])
  t.same(claims('A raid was blamed on the Jamaat al-Rufaa.'), ['null suggests Jamaat al-Rufaa'], '"blamed on" keeps its object')
})

t.test('what the fresh look broke: storms, clause-crossing coordinates, generic descriptions, questions, modal claims, spacing, asides (issue 15)', async (t) => {
  t.same(claims('Malawi blamed cyclone Freddy for the deaths.'), [], 'a storm is nobody')
  t.same(claims('Israel blamed Hamas, and Hezbollah denied any involvement.').filter((c) => c.startsWith('Israel')), ['Israel asserts Hamas'], 'a name opening its own clause is no coordinate')
  t.same(claims('The Islamic State claimed the attack in Mosul. Residents in Iraq blamed the state for the blackout.').filter((c) => !c.startsWith('Islamic State')), [], '"the state" names no group')
  t.same(claims('Did Hamas carry out the attack? officials wondered.'), [], 'a question asks')
  t.same(claims('If Hamas claimed responsibility, Israel would retaliate.'), [], 'a conditional claim is none')
  t.same(claims('Hamas could claim responsibility for the attack.'), [], 'a possible claim is none')
  t.same(claims('The attack was claimed  by Hamas.'), ['Hamas asserts Hamas'], 'two spaces read as one')
  t.same(written('The crash was the work of a drunk driver, Egypt said.').filter((c) => c.endsWith('Egypt') || c.endsWith('world:place:Egypt')), [], 'the object stops at the comma')
  t.same(claims('Israel is investigating whether Hamas was behind the attack.').filter((c) => c.endsWith('Israel')), [], 'who wonders is not the target')
})

t.test('a plural possessive claims too (issue 15)', async (t) => {
  t.same(claims('Hamas’ claim of responsibility was doubted by analysts.'), ['Hamas asserts Hamas'])
})

t.test('held responsible in the passive, attributed to (issue 15)', async (t) => {
  t.same(written('Hamas was held responsible for the attack, officials said.'), ['officials asserts world:group:Hamas'])
  t.same(claims('The Red Hand Brigade was not held responsible for the blast.'), ['null denies Red Hand Brigade'])
  t.same(claims('Officials in Mali attributed the blast to the Red Hand Brigade.'), ['Mali asserts Red Hand Brigade'])
  t.same(claims('Doctors attributed the deaths to smoke inhalation.'), [], 'a cause that is no party')
})

t.test('claiming an attack with an indefinite article (issue 15)', async (t) => {
  t.same(claims('The Islamic State claimed an attack on a checkpoint in Mosul.'), ['Islamic State asserts Islamic State'])
  t.same(claims('The Mosul Lions claimed a victory in the final.'), [], 'a victory is no attack')
})

t.test('accusations of conduct, unnamed forces, forces named before, definite subjects (issue 15)', async (t) => {
  // A charge of conduct in the event is an accusation; criticism of the relief is not (codebook §7).
  t.same(written('Dock strike in Mombasa\n\nProtesters accused the soldiers of using live rounds on the crowd.'), ['Protesters asserts the soldiers'])
  t.same(written('Flood in Beira\n\nSurvivors accused the government of leaving them without help for days.'), [])
  // Any charge of taking part is an accusation, past an apposition ("…, known as the LRF, of…"), in
  // quotes too; not a cover-up, a lie, a stolen vote or terrorism in general (issue 15).
  t.same(claims('Ferry fire off Mwanza\n\nIn a speech on Monday, Transport Minister Juma Kasinde accused the Lake Riders Front, known by its initials LRF, of setting the ferry alight.'), ['Juma Kasinde asserts Lake Riders Front'])
  t.same(written('Ferry sinking in Mwanza\n\nFamilies accused the harbour master of letting the overloaded ferry sail.'), ['Families asserts the harbour master'])
  t.same(written('Crash in Goma\n\nSurvivors accused the regulator of "waving through buses with bald tyres".'), ['Survivors asserts the regulator'])
  t.same(written('Crash in Goma\n\nSurvivors accused the court of "burying the question of the brakes".'), [])
  t.same(written('Unrest in Blantyre\n\nTwo people were shot as marchers, who accuse the Unity Party of trying to steal the vote, clashed with police.'), [])
  t.same(written('Bombing in Kano\n\nThe president accused foreign powers of sponsoring terrorism.'), [])
  // Doubt denies what it doubts, "no doubt" does not; "faulted" accuses; a denial of fault or of
  // broken rules is the denier's own; the act blamed may run long or carry its day (issue 15).
  t.same(written('Crash in Gweru\n\nWorkers said they doubt that the driver was to blame.'), ['Workers denies the driver'])
  t.same(written('Crash in Gweru\n\nThere is no doubt that the driver was to blame, the inspector said.').map((c) => c.split(' ').slice(1).join(' ')), ['asserts the driver'])
  t.same(written('Capsizing off Mutare\n\nInvestigators faulted the crew for the sinking.'), ['Investigators asserts the crew'])
  t.same(claims('Crush in Touba\n\nThe Grand Magal Organising Committee, for its part, has rejected any fault.'), ['Grand Magal Organising Committee denies Grand Magal Organising Committee'])
  t.same(claims('Crush in Touba\n\nThe Grand Magal Organising Committee denied that any safety rules had been broken.'), ['Grand Magal Organising Committee denies Grand Magal Organising Committee'])
  t.same(written("Blast in Hazard\n\nSurvivors blamed Monday's deadly Pine Hollow Mine explosion on the owner."), ['Survivors asserts the owner'])
  t.same(written('Riot in Manaus\n\nRelatives blamed the massacre on Friday on rival gangs.'), ['Relatives asserts rival gangs'])
  // A described voice stays the claimant past a relative clause set off by commas; unions and associations are voices too.
  t.same(written('Crash in Eldoret\n\nFamilies of the victims, who met the minister on Monday, have accused the regulator of letting the airline keep flying.'), ['Families of the victims asserts the regulator'])
  t.same(written('Blast in Hazard\n\nThe miners union blamed the explosion on the owner.'), ['The miners union asserts the owner'])
  t.same(written('Crush in Accra\n\nUnion leader Kofi Mensah blamed the police for the disaster.'), ['ner:Kofi Mensah asserts the police'])
  // "the police" after the force was named is that force.
  t.same(written('Crush in Accra\n\nThe Ghana Police Service sent 300 officers. Survivors accused the police of beating fans on the pitch.'), ['Survivors asserts ner:Ghana Police Service'])
  // A force after "by" in a phrase about something else is no one charged.
  t.same(written('Blast in Bamenda\n\nThe front said the bombing avenged the offensive being conducted by the army in the north.'), [])
  // A definite subject refers back to the group named before it.
  t.same(claims('Market strike in Sagaing\n\nThe Chindwin Defence Alliance holds the hills. The alliance blamed the Arakan Army for Saturday\'s attack.'), ['Chindwin Defence Alliance asserts Arakan Army'])
})

t.test('a participle shares the subject of the verb before it; gatherings are organised, not perpetrated; datelines are no subject (issue 15)', async (t) => {
  t.same(written('March in Lomé\n\nPolice in the capital broke up an opposition march on Sunday, firing tear gas and water cannon at the crowd.'), ['null asserts Police'])
  t.same(written('March in Lomé\n\nThe march was organised by Kodjo Amavi and the Togo First party.'), [])
  t.same(written('Crash in Aswan\n\nASWAN — Two trains collided near the city of Kom Ombo on Friday, killing 12 people, the Egyptian health ministry said.'), [])
})

t.test('a rejected finding or accusation is the charge just given, else the denier\'s own part (issue 15)', async (t) => {
  t.same(written('Train crash in Durban\n\nOfficials of Coastline Rail blamed the driver of the train. The Rail Crews Union rejected that finding.'), ['ner:Coastline Rail asserts the driver of the train', 'ner:Rail Crews Union denies the driver of the train'])
  t.same(written('Flood in Batumi\n\nResidents are angry. The Kartli Power Company denied it, saying its dam played no part.'), ['ner:Kartli Power Company denies ner:Kartli Power Company'])
  t.same(written('Protests in Lomé\n\nThe coalition blamed police brutality for the deaths. Government spokesman Kodjo Agbeko rejected the accusations.'), ['null asserts police', 'ner:Kodjo Agbeko denies police'])
  // A person rejecting a charge nobody reported: no claim.
  t.same(written('Flood in Batumi\n\nMayor Lasha Beridze rejected the criticism.'), [])
})

t.test('pinned on, suspected of, fighters loyal to it, anonymous sources, reluctance (issue 15)', async (t) => {
  t.same(written('Siege in Dori\n\nMalian authorities have pinned the overnight siege on a rival armed group, Katiba Ansar al-Fajr.'), ['world:place:Mali asserts ner:Katiba Ansar al-Fajr'])
  t.same(written('Leak in Riga\n\nTwo people familiar with the inquiry told Reuters that Russia is suspected of the intrusion.'), ['Two people familiar with the inquiry suggests world:place:Russia'])
  t.same(written('Raid in Kaya\n\nThe gang was suspected of corruption, police said.'), [])
  t.same(written('Raid in Kaya\n\nMilitant group Jund al-Sahil said on Friday that fighters loyal to it stormed the barracks.'), ['ner:Jund al-Sahil asserts ner:Jund al-Sahil'])
  t.same(written('Blasts in Mombasa\n\nKenyan officials seemed reluctant to pin the bombings on Somalia-based militants.'), [])
  t.same(written('Crash in Soweto\n\nCoastline Commuter Rail officials laid the blame firmly on the driver of the train.'), ['ner:Coastline Commuter Rail asserts the driver of the train'])
})

t.test('a participle after a reporting verb shares the reporter (issue 15)', async (t) => {
  t.same(written('Hack in Baku\n\nSeveral websites were hit by a hacking group, Azerbaijan\'s Trend news agency reported on Tuesday, laying the blame on Armenia.'), ['ner:Trend asserts world:place:Armenia'])
})

t.test('allegations, complaints against a party, collective subjects, subjects before an aside (issue 15)', async (t) => {
  t.same(written('Crash in Luxor\n\nTransport Minister Adel Fahmy alleged that the freight train\'s driver, who died in the crash, had ignored a red signal.'), ["ner:Adel Fahmy asserts the freight train's driver"])
  t.same(written('Vote in Luxor\n\nThe opposition alleged that the vote was rigged.'), [])
  t.same(written('Fire in Multan\n\nRelatives of workers killed in a blaze at a spinning mill have lodged a murder complaint against its owner, police said.'), ['Relatives of workers asserts its owner'])
  t.same(written('March in Douala\n\nTrouble began when riot police, several dozen of them, arrived in vans, fired tear gas into the crowd and detained 20 people.'), ['null asserts riot police'])
})

t.test('a definite subject names the group introduced with that noun; a member speaks for it; compliance with our procedures (issue 15)', async (t) => {
  t.same(written('Fire in Puebla\n\nThe band Las Lunas Rojas was on stage. Speaking to local radio, a member of the band also rejected any blame.'), ['ner:Las Lunas Rojas denies ner:Las Lunas Rojas'])
  t.same(written('Flood in Poti\n\nThe power company Rioni Hydro opened the gates. The company denied it, saying its dam played no part.'), ['ner:Rioni Hydro denies ner:Rioni Hydro'])
  t.same(written('Fire in Ballarat\n\nBanksia Court Care Group said in a statement that its employees "followed our emergency procedures."'), ['ner:Banksia Court Care Group denies ner:Banksia Court Care Group'])
  // A common noun that introduced no group refers to none.
  t.same(written('Fire in Puebla\n\nThe band was on stage. A member of the band rejected any blame.'), [])
})

t.test('coordinated subjects each claim; a headline noun in -ing is no act (issue 15)', async (t) => {
  t.same(written('Riga shooting\n\nIlze Kalnina, Latvia\'s president, and Juris Ozols, the prosecutor-general, swiftly accused Russia of ordering the contract-style killing.'), ['ner:Ilze Kalnina asserts world:place:Russia', 'ner:Juris Ozols asserts world:place:Russia'])
  t.same(written('Blast in Quetta\n\nPakistan and Iran blamed the Taliban for the attack.').sort(), ['world:place:Iran asserts world:group:Taliban', 'world:place:Pakistan asserts world:group:Taliban'])
  t.same(written('Blast in Quetta\n\nPakistan blamed the Taliban and Iran welcomed the talks.'), ['world:place:Pakistan asserts world:group:Taliban'])
})

t.test('a speaker owning the act in the first person, for the body named beside them (issue 15)', async (t) => {
  t.same(written('Crush in Pattaya\n\n"We did not deploy enough officers, and I take responsibility for that," Major General Anan Chaiyo of the Royal Thai Police told a press conference.'), ['ner:Anan Chaiyo asserts ner:Royal Thai Police'])
  t.same(written('Ferry in Barisal\n\n"We take full responsibility," said Karim Uddin, the owner of the Meghna Ferry Company.'), ['ner:Karim Uddin asserts ner:Meghna Ferry Company'])
  t.same(written('Ferry in Barisal\n\n"I take responsibility," said Karim Uddin.'), ['ner:Karim Uddin asserts ner:Karim Uddin'])
})

t.test('coordinated verbs share the subject; denials\' own subjects; district governments; charges of conduct; the title (issue 15)', async (t) => {
  t.same(written('Blasts in Mombasa\n\n"The fighters of Jaysh al-Sahil did not strike Mombasa and have no link to this group," the group said.').filter((c) => c.includes('Kenya')), [])
  t.same(written('Protests in Lomé\n\nProtests spread across Togo. The government, however, denied that security forces had fired on demonstrators.'), ['world:place:Togo denies security forces'])
  t.same(written('Flood in Nhamatanda\n\nThe water rose fastest in Buzi district. Some residents have accused the district government of ordering evacuations too late.'), ['Some residents asserts ner:Buzi'])
  t.same(written('Flood in Poti\n\nGeorgia\'s government has accused local officials of failing to raise the alarm in time.'), ['world:place:Georgia asserts local officials'])
  t.same(written('Fire in Giza\n\nLabour Minister Hala Nabil accused the Delta Cotton Company of "gambling with the lives of its workers."'), ['ner:Hala Nabil asserts ner:Delta Cotton Company'])
  t.same(written('March in Douala\n\nThe marchers accuse President Paul Etoa of clinging to power.'), [])
  const text = 'Georgia blames local officials for flood\n\nGeorgia\'s government has accused local officials of failing to raise the alarm.'
  t.same(extract(text, { entities: [] }, { title: 'Georgia blames local officials for flood' }).claims.filter((c) => c.kind === 'responsibility').length, 1, 'no claim from the title')
})

t.test('acts of a riot, aspectual verbs, members acting for their group, a named force read bare (issue 15)', async (t) => {
  t.same(written('March in Garoua\n\n"Only tear gas was used, and only after the marchers started throwing stones," the police spokesman told reporters.'), ['police asserts marchers'])
  t.same(written('Riot in Toamasina\n\nSupporters of the Fanilo party set fire to a police post on Sunday.'), ['null asserts ner:Fanilo'])
  t.same(written('Match in Leeds\n\nThe friendly was called off after visiting fans went on the rampage at the ground.'), ['null asserts visiting fans'])
  t.same(written('Raid in Anbar\n\nA band of heavily armed militants attacked an army camp, security sources said.'), [], 'a category of armed group restates the act')
  t.same(written('Riot in Ndola\n\nThe Zambia Police Service deployed 400 officers. Police fired shots and tear gas to scatter the crowd.'), ['null asserts ner:Zambia Police Service'])
})

t.test('a role named later, a party described in the lede and named later (issue 15)', async (t) => {
  t.same(written('Quake in Portoviejo\n\nThe mayor of Portoviejo is blaming the builder for the deaths. Mayor Lucía Andrade told reporters that the builder added two floors.'), ['ner:Lucía Andrade asserts the builder'])
  t.same(written('Protests in Kara\n\nFour people were killed, an opposition coalition said on Thursday, blaming police brutality for the deaths. The marches were called by the Union pour le Changement (UPC) coalition.'), ['ner:UPC asserts police'])
})

t.test('a group the claimant ties to a state gives the state too; a link in the article\'s own voice does not (issue 15)', async (t) => {
  t.same(written('Hack in Lima\n\nSecurity firm Andes Labs said parts of the code bore the hallmarks of Condor Azul, a hacking team it has previously linked to North Korea.'), ['ner:Andes Labs suggests ner:Condor Azul', 'ner:Andes Labs suggests world:place:North Korea'])
  t.same(written('Riot in Kisumu\n\nThe minister insinuated that the Lake Brigade, a youth group loosely linked to the Orange Party, had been involved.').filter((c) => c.includes('Orange')), [])
})

t.test('a body\'s head admitting or apologising for its failures suggests the body (issue 15)', async (t) => {
  t.same(written('Flood in Poti\n\nOn a day of mourning, the head of the National Alert Service, Levan Kapanadze, admitted that "not everyone was warned in time" although sirens were meant to reach every home.'), ["ner:Levan Kapanadze suggests ner:National Alert Service"])
  t.same(written('Crush in Tamale\n\nThe Ghana Police Service sent 300 officers. "I apologise for the failures in the way the match was policed," regional police commander Kojo Asante told reporters.'), ['ner:Kojo Asante suggests ner:Ghana Police Service'])
  t.same(written('Flood in Poti\n\nLevan Kapanadze admitted that he had not read the report.'), [], 'an admission of no failure suggests nothing')
})

t.test('blood on the hands of, demands to take responsibility, blame at the door of, a lawyer for the client, permits held (issue 15)', async (t) => {
  t.same(written('Riot in Kitwe\n\n"The blood of these young people is on the hands of the Patriotic Alliance government," Mwila Banda said.').map((c) => c.split(' asserts ')[1]), ['ner:Patriotic Alliance'])
  t.same(written('Riot in Kitwe\n\n"The Unity Party sent its youths into town, and they must take responsibility for what happened," Grace Tembo said.'), ['ner:Grace Tembo asserts ner:Unity Party'])
  t.same(written('Riot in Kitwe\n\nThe Unity Party could claim responsibility.'), [], 'a claim that may be made is none yet')
  t.same(written('Killing in Nairobi\n\nEritrea has laid the blame for the killing of Tesfay Haile, an exiled critic, in Kenya at the door of Ethiopia.'), ['world:place:Eritrea asserts world:place:Ethiopia'])
  t.same(written('Collapse in Jinja\n\nThe building of Moses Kato fell on Tuesday. Kato\'s lawyer, Ruth Achieng, said her client had held every permit he needed.'), ['ner:Ruth Achieng denies ner:Moses Kato'])
})

t.test('officers after the force is named are that force (codebook §7)', async (t) => {
  t.same(written('Riot in Zomba\n\nThe Malawi Police Service deployed 300 men. Officers fired into the crowd on Sunday.'), ['null asserts ner:Malawi Police Service'])
})

t.test('suspicion centred on a group; "the company" is the last company named (issue 15)', async (t) => {
  t.same(written('Blasts in Yala\n\nPolice suspicion had at first centred on the Patani Liberation Front (PLF), the largest rebel group in the south.'), ['Police suggests ner:Patani Liberation Front'])
  t.same(written('Ferry in Kendari\n\nThe ferry was run by PT Samudra Timur Lines. The Indonesian transport ministry opened an inquiry. The company rejected the accusations.'), ['ner:PT Samudra Timur Lines denies ner:PT Samudra Timur Lines'])
})

t.test('attacking someone for what they did is criticism, not an act (issue 15)', async (t) => {
  t.same(written('Killing in Nairobi\n\nThe panel attacked Kenya for trampling on Eritrea\'s sovereignty.'), [])
  t.same(written('Raid in Mandera\n\nAl-Shabaab fighters attacked a police post on Monday, police said.').length, 1, 'an attack on a post is one')
})

t.test('bears the greatest blame (issue 15)', async (t) => {
  t.same(written('Collapse in Jinja\n\nMoses Kato owned the building. "He bears the greatest blame for this disaster," Paul Odongo said.'), ['ner:Paul Odongo asserts ner:Moses Kato'])
})

t.test('dropping bombs is an act; its agent in a quotation is the speaker\'s claim (issue 15)', async (t) => {
  t.same(written('Strike in Kaduna\n\nThe Nigerian Air Force struck the village. "They dropped a bomb on a house full of children," said Musa Garba.').filter((c) => !c.startsWith('null')), ['ner:Musa Garba asserts ner:Nigerian Air Force'])
  t.same(written('Strike in Kaduna\n\n"They can drop bombs on us any day," said Musa Garba.'), [], 'a bare modal is no act of this event')
})

t.test('a state\'s organ denying its own part denies for its state (codebook §2)', async (t) => {
  t.same(written('Killing in Nairobi\n\nEthiopia\'s foreign ministry rejected the accusation on Tuesday.'), ['body:Ethiopian Ministry of Foreign Affairs denies world:place:Ethiopia'])
})

t.test('a bare force word is the force the article names anywhere (codebook §7)', async (t) => {
  t.same(written('Riot in Blantyre\n\nPolice fired on crowds on Thursday. The Malawi Police Service said 37 people had been arrested.').filter((c) => c.startsWith('null')), ['null asserts ner:Malawi Police Service'])
})

t.test('played no part/role in it denies (issue 15)', async (t) => {
  t.same(written('Blast in Zahedan\n\nIran played no role in the attack, the foreign ministry said.'), ['body:Iranian Ministry of Foreign Affairs denies world:place:Iran'])
  t.same(written('Blast in Zahedan\n\nIran played a role in the talks.'), [])
})

t.test('a bare force word as the source is the force the article names; unnamed, it stays as written (codebook §7)', async (t) => {
  t.same(written('Riot in Mzuzu\n\nThe Malawi Police Service deployed 200 officers. Police said that supporters of the United Democratic Front had set fire to a police post.'), ['ner:Malawi Police Service asserts ner:United Democratic Front'])
  t.same(written('Riot in Mzuzu\n\nPolice said that supporters of the United Democratic Front had set fire to a police post.'), ['Police asserts ner:United Democratic Front'])
})

t.test('negligence in the general words news uses for it, and what is no duty left undone (issue 15)', async (t) => {
  t.same(written('Fire in Sylhet\n\nInvestigators said the owners had padlocked the emergency exits.'), ['Investigators asserts owners'])
  t.same(written('Sinking in Mwanza\n\nPolice said the owners had overloaded the boat.'), ['Police asserts owners'], 'a participle the tagger reads as an adjective')
  t.same(written('Crush in Mymensingh\n\nPolice said the Kilima Trust did not do enough to keep people safe.'), ['Police asserts ner:Kilima Trust'], 'the negation is the trigger\'s own')
  t.same(written('Crush in Mymensingh\n\nThe Kilima Trust failed to hold the crowd back, officials said.'), ['officials asserts ner:Kilima Trust'])
  t.same(written('Crush in Mymensingh\n\nThe Kilima Trust did not respond to requests for comment.'), [])
  t.same(written('Flood in Mwanza\n\nRescuers failed to reach the village until Monday.'), [])
  t.same(written('Crash in Tanga\n\nThe driver ran a red light, police said.'), ['police asserts driver'])
})

t.test('a described party named in apposition, an of-phrase kept with its collective voice, a time clause after the verb (issue 15)', async (t) => {
  t.same(written('Sinking in Mwanza\n\nRelatives of the victims accused the ferry owner, Pwani Marine Lines, of overloading the boat.'), ['Relatives of the victims asserts ner:Pwani Marine Lines'])
  t.same(written('Crush in Mymensingh\n\nFamilies of the dead said the organisers had failed to hold the crowd back.'), ['Families of the dead asserts organisers'])
  t.same(written('Crush in Mymensingh\n\nThe organisers failed to hold the crowd back, officials said Saturday as families buried the dead.'), ['officials asserts organisers'])
})

t.test('denials: participles, every allegation, claims without "that", negligence denied, a bare clause, compliance by a named body (issue 15)', async (t) => {
  t.same(written('Hack in Oslo\n\nNorway accused Iran of the attack. A spokesman for the Iranian foreign ministry dismissed every allegation.'), ['world:place:Norway asserts world:place:Iran', 'world:place:Iran denies world:place:Iran'])
  t.same(written('Killing in Abeche\n\nSudan has rejected Chadian claims it is connected to the killing.'), ['world:place:Sudan denies world:place:Sudan'])
  t.same(written('Fire in Ludhiana\n\nThe owner, Harpreet Sandhu, denied that he had been negligent.'), ['ner:Harpreet Sandhu denies ner:Harpreet Sandhu'])
  t.same(written('Clash in Bria\n\nShells hit the market in Bria, killing 12. URC spokesman Abakar Sabone denied the group\'s fighters had fired into the town.'), ['ner:Abakar Sabone denies ner:URC'])
  t.same(written('Flood in Mysuru\n\nEngineer Ravi Gowda said the Kaveri Dam Board had followed every step laid down for warning people.'), ['ner:Ravi Gowda denies ner:Kaveri Dam Board'])
  t.same(written('Collapse in Oaxaca\n\nThe Oaxaca Building Authority said that the permit for the tower had been issued in line with state building rules.'), ['ner:Oaxaca Building Authority denies ner:Oaxaca Building Authority'])
  t.same(written('Strike in Sittwe\n\nThe alliance blamed the army for the attack. The army, for its part, said it had not fired on the town, dismissing the accusations as propaganda.').filter((c) => c.includes('denies')), [], 'a participle whose main subject names no one denies for no one')
  t.same(written('Fire in Ludhiana\n\nThe owner denied that he had been at the site.'), [], 'a that-clause about something else')
})

t.test('no licence held, threats ignored (issue 15)', async (t) => {
  t.same(written('Collapse in Juchitan\n\nProsecutors said that Rogelio Casares had no licence as a structural engineer.'), ['Prosecutors asserts ner:Rogelio Casares'])
  t.same(written('Ambush in Abeche\n\nChad\'s opposition leader was shot dead. The Union for Democratic Renewal accused the Chadian government of ignoring repeated threats against him.'), ['ner:Union for Democratic Renewal asserts world:place:Chad'])
  t.same(written('Collapse in Juchitan\n\nProsecutors said that Rogelio Casares had no comment.'), [])
})

t.test('crimes of X, done/ordered by X, warned nobody, chose to do nothing, gangs as described parties, a doubt held as an adjective (issue 15)', async (t) => {
  t.same(written('Shelling in Bria\n\n"These are the crimes of the URC," said Colonel Thierry Ngaikoura.'), ['ner:Thierry Ngaikoura asserts ner:URC'])
  t.same(written('Blast in Gao\n\n"It was done by the Sahel Martyrs Brigade," Tomasz Wrona told reporters.'), ['ner:Tomasz Wrona asserts ner:Sahel Martyrs Brigade'])
  t.same(written('Flood in Batumi\n\nThe power company Adjara Hydro opened the gates. "They opened the gates in the night and told nobody," said Nino Beridze.'), ['ner:Nino Beridze asserts ner:Adjara Hydro'])
  t.same(written('Fire in Obour\n\nThe daily Al-Masry Al-Youm reported the fire. "The owners were warned, and they chose to do nothing," Mansour said.'), ['ner:Mansour asserts owners'], 'a plural pronoun after a described party in its sentence')
  t.same(written('Riot in Escuintla\n\nProsecutor Ana Morales suspected a criminal gang of planning the riot.'), ['ner:Ana Morales suggests a criminal gang'])
  t.same(written('Hack in Hualien\n\nLin Meiling said she was not convinced the attack had been ordered by Beijing.'), ['ner:Lin Meiling denies world:place:China'])
  t.same(written('Hack in Hualien\n\nLin Meiling said she was convinced the attack had been ordered by Beijing.'), ['ner:Lin Meiling asserts world:place:China'])
})

t.test('evidence linking X suggests unless there is none; traces of the act tied to a party (issue 15)', async (t) => {
  t.same(written('Hack in Hualien\n\nResearchers have turned up fresh evidence linking China to the attack.'), ['Researchers suggests world:place:China'])
  t.same(written('Hack in Hualien\n\nThe ministry said there was no evidence linking China to the attack.'), ['null denies world:place:China'])
  t.same(written('Hack in Hualien\n\nThe Taiwan Ministry of Digital Affairs said the malicious code used in the intrusion was tied to Beijing.'), ['ner:Taiwan Ministry of Digital Affairs suggests world:place:China'])
  t.same(written('Hack in Hualien\n\nThe Grey Lynx group is linked to Beijing, officials said.'), [], 'a group tied to a state is no claim about the act')
})

t.test('a figure dismissed, victims counted before a participle, blame for something else: no claim (issue 15)', async (t) => {
  t.same(written('Raid in Arbinda\n\nAnsar al-Fajr said it killed 30 soldiers. An army officer in Ouagadougou dismissed the group\'s figure.'), ['ner:Ansar al-Fajr asserts ner:Ansar al-Fajr'])
  t.same(written('Ambush in Ziguinchor\n\nSenegal\'s army said the ambush left soldiers dead, with military sources reporting at least 11 soldiers killed.'), [])
  t.same(written('Blast in Sfax\n\nBen Salah has been blamed by Islamist leaders for the arrest of hundreds of their supporters.'), [])
  t.same(written('Blast in Sfax\n\nIslamist leaders blamed Ben Salah for the bombing.'), ['Islamist leaders asserts ner:Ben Salah'])
})

t.test('a demand to accept responsibility is the demander\'s claim; a demonym\'s claims are its country\'s (issue 15)', async (t) => {
  t.same(written('Strike in Bukavu\n\nThe United Nations has urged Rwanda to acknowledge responsibility for the drone strike.'), ['world:group:United Nations asserts world:place:Rwanda'])
  t.same(written('Strike in Bukavu\n\nRwanda acknowledged responsibility for the drone strike.'), ['world:place:Rwanda asserts world:place:Rwanda'])
  t.same(written('Killing in Abeche\n\nChadian claims that Sudan was behind the killing grew louder.').filter((c) => c.startsWith('world:place:Chad')), ['world:place:Chad asserts world:place:Sudan'])
  t.same(written('Killing in Abeche\n\nSudan has rejected Chadian claims it is connected to the killing.'), ['world:place:Sudan denies world:place:Sudan'])
  t.same(written('Sinking in Parika\n\nRelatives accused the Maritime Administration Department of turning a blind eye to overloaded boats.'), ['Relatives asserts ner:Maritime Administration Department'])
})

t.test('a partial quotation keeps its subject outside the marks; "the group" is no company (issue 15)', async (t) => {
  t.same(written('Kidnap in Port Harcourt\n\nThe Delta Liberation Council said in an emailed statement that it "has no hand in this criminal act" and called for the four to be freed.'), ['ner:Delta Liberation Council denies ner:Delta Liberation Council'])
  t.same(written('Hijacking in Turbat\n\nThe Makran Liberation Army claimed the hijacking of an Indus Air flight. Spokesman Dostain Marri said that the group "had no part in this act".'), ['ner:Makran Liberation Army asserts ner:Makran Liberation Army', 'ner:Dostain Marri denies ner:Makran Liberation Army'])
})

t.test('a role with its modifier before the named speaker; an anaphor before an adverb; indications hedge; platforms are never actors (issue 15)', async (t) => {
  t.same(written('Bombing in Khulna\n\nBangladesh\'s home minister, Anisur Rahman Talukder, had on Saturday claimed that a little-known local outfit, Jamaat-ul-Tanzim, carried out the bombing. The group swiftly rejected the charge.'), ['ner:Anisur Rahman Talukder asserts ner:Jamaat-ul-Tanzim', 'ner:Jamaat-ul-Tanzim denies ner:Jamaat-ul-Tanzim'])
  t.same(written('Strike in Kani\n\n"Every indication we have points to the strike being carried out by the Myanmar Air Force," MFH said.'), ['ner:MFH suggests ner:Myanmar Air Force'])
  t.same(written('Raid in Jowhar\n\nIn a statement posted on Telegram, the Shabaab Brigade said two of its fighters had stormed the barracks.'), ['ner:Shabaab Brigade asserts ner:Shabaab Brigade'])
  t.same(written('Riot in Mombasa\n\nThe Kenya Police Service deployed officers. A video was posted on Facebook. "They fired into a crowd of mourners," said Fatma Abdalla.'), ['ner:Fatma Abdalla asserts ner:Kenya Police Service'], '"they" is the force, not the platform')
})

t.test('denying a failure, following approved drawings, acting on orders or for a state, accepting the blame (issue 15)', async (t) => {
  t.same(written('Crash in Barang\n\nTwo trains collided. An East Coast Railway spokesman, Ramesh Panda, denied that the signal had failed.'), ['ner:Ramesh Panda denies ner:East Coast Railway'])
  t.same(written('Hack in Dallas\n\nSenator Ruth Calloway said she was "fairly sure" the group was acting for Tehran.'), ['ner:Ruth Calloway suggests world:place:Iran'])
  t.same(written('Killing in Isfara\n\nThe interior ministry said the gunman had been acting on orders from Kyrgyzstan.').map((c) => c.split(' ').slice(-2).join(' ')), ['asserts world:place:Kyrgyzstan'])
  t.same(written('Blast in Dayton\n\nThe Vectren Energy Company is accepting the blame for an explosion that flattened a duplex.'), ['ner:Vectren Energy Company asserts ner:Vectren Energy Company'])
  t.same(written('Crash in Barang\n\nAn East Coast Railway spokesman, Ramesh Panda, denied that he had been at the station.'), [])
})

t.test('a charge called false, remarks called a vendetta, a client who did all that was asked, managers at a firm (issue 15)', async (t) => {
  t.same(written('Raid in Fada\n\nDawlat al-Sahra claimed the attack. "This claim is a lie," army spokesman Colonel Issa Ouedraogo told journalists.'), ['ner:Dawlat al-Sahra asserts ner:Dawlat al-Sahra', 'ner:Issa Ouedraogo denies ner:Dawlat al-Sahra'])
  t.same(written('Blast in Sfax\n\nMinister Sami Gharbi said Ennour was behind the blast. Ennour spokesman Walid Jaziri called the minister\'s remarks "a political vendetta dressed up as an investigation".'), ['ner:Sami Gharbi asserts ner:Ennour', 'ner:Walid Jaziri denies ner:Ennour'])
  t.same(written('Fire in Plovdiv\n\nProsecutors blamed Ivan Petkov. Petkov\'s lawyer, Nikolay Stanev, said his client "has done everything the inspectors asked of him".'), ['Prosecutors asserts ner:Ivan Petkov', 'ner:Nikolay Stanev denies ner:Ivan Petkov'])
  t.same(written('Fire in Surat\n\nSurvivors blamed Rathod Textiles Ltd for the fire. Managers at Rathod Textiles Ltd rejected the accusation.'), ['Survivors asserts ner:Rathod Textiles Ltd', 'ner:Rathod Textiles Ltd denies ner:Rathod Textiles Ltd'])
  t.same(written('Raid in Fada\n\nThe army said 12 soldiers died. "This claim is a lie," the group said.'), [], 'no charge was reported before')
})

t.test('a relative aside before the verb, the deck, another incident "also blamed", outlets and absent evidence (issue 15)', async (t) => {
  t.same(written('Killing in Abeche\n\nThe Front for Renewal and Justice (FRJ), a rebel group, was accused. The FRJ, which has fought Chadian troops along the eastern border for years, denied taking any part in the killing.'), ['ner:Front for Renewal and Justice denies ner:Front for Renewal and Justice'])
  const deck = 'Activist shot dead in Thane\n\nTwo men were held over the murder\nThe family has blamed builder Sachin Bhoir for the killing\n\nAn activist was shot dead on Sunday. His family blamed builder Sachin Bhoir for the killing.'
  t.same(extract(deck, { entities: [] }, { title: 'Activist shot dead in Thane' }).claims.filter((c) => c.kind === 'responsibility').map((c) => deck.slice(c.evidence.start, c.evidence.end)), ['His family blamed builder Sachin Bhoir for the killing.'], 'the deck under the title is not read')
  t.same(written('Hack in Dallas\n\nSword of Qods claimed the attack. It was also blamed for an outage at a water utility in March.'), ['ner:Sword of Qods asserts ner:Sword of Qods'])
  t.same(written('Strike in Kaduna\n\nThe Nigerian Air Force struck the village, residents told Reuters. Reuters could not independently verify the account. "They dropped a bomb on a house full of children," said Musa Garba.').filter((c) => c.startsWith('ner:Musa')), ['ner:Musa Garba asserts ner:Nigerian Air Force'])
  t.same(written('Blast in Moscow\n\nDespite the absence of tangible evidence linking Kyiv to the attack, officials kept talking.'), [])
})

t.test('"bore \\"full responsibility\\"" through a partial quotation; "but then" shares the subject (issue 15)', async (t) => {
  t.same(written('Blast in Sutatausa\n\nThe National Union of Coal Miners said that Carbones Andinos bore "full responsibility" for the deaths.'), ['ner:National Union of Coal Miners asserts ner:Carbones Andinos'])
  t.same(written('Fire in Lagos\n\nThe Lagos State Fire Service said the Lagos Marine Company had inspected the boat but then ignored the warnings.'), ['ner:Lagos State Fire Service asserts ner:Lagos Marine Company'])
  t.same(written('Fire in Lagos\n\nThe Lagos State Fire Service said the Lagos Marine Company had inspected the boat and the crew ignored the warnings.'), ['ner:Lagos State Fire Service asserts crew'], 'a new subject after "and" is its own')
})

t.test('"the army" is the state army named by its formal name, never a rebel "Liberation Army" (issue 15)', async (t) => {
  t.same(written('Strike in Kadugli\n\nA drone of the Sudanese Armed Forces struck a wedding in Um Dabakir. The Kordofan Liberation Army blamed the army for the attack.'), ['ner:Kordofan Liberation Army asserts ner:Sudanese Armed Forces'])
  t.same(written('Strike in Kadugli\n\nThe Kordofan Liberation Army blamed the army for the attack.'), [], 'a rebel army does not blame itself')
})

t.test('"I had nothing to do with this" is the speaker\'s own denial; keeping to the schedule is compliance (issue 15)', async (t) => {
  t.same(written('Killing in Cawayan\n\nPolice named two suspects. "I had nothing to do with this, and those two men left my service two years ago," Vice Mayor Ernesto Cabrera said in a statement.'), ['ner:Ernesto Cabrera denies ner:Ernesto Cabrera'])
  t.same(written('Flood in Lenger\n\nBadam Hydro said in a statement that its engineers had kept to the release schedule agreed with the ministry.'), ['ner:Badam Hydro denies ner:Badam Hydro'])
  t.same(written('Riot in Lusaka\n\n"We have seen this before and nobody was ever held accountable," said Mutale Phiri.'), [], '"we" is not read as the speaker')
})

t.test('a described party keeps the relative clause that says which ones; firms and contractors are described parties (issue 15)', async (t) => {
  t.same(written('Quake in Cianjur\n\nMany grieving parents blame the firms that built the schools -- and district officials.'), ['Many grieving parents asserts the firms that built the schools'])
  t.same(written('Quake in Cianjur\n\n"Some contractors may have cut corners," Budi Harsono told reporters.'), ['ner:Budi Harsono suggests Some contractors'])
})

t.test('a described party keeps the phrase that says which ones, not when or where it was said (codebook §6, issue 15)', async (t) => {
  t.same(written('Ferry sinks off Tarvo\n\nIn a statement, the Tarvo Ferry Company blamed the harbour master at Lanning, who had cleared the boat to leave.'), ['ner:Tarvo Ferry Company asserts the harbour master at Lanning'])
  t.same(written('Crash in Orlen\n\nThe union blamed the dispatcher on duty at Orlen station for the collision.').map((c) => c.split(' asserts ')[1]), ['the dispatcher on duty at Orlen station'])
  t.same(written('Crush in Vessa\n\nA police commander accused fans without tickets of starting the surge.').map((c) => c.split(' asserts ')[1]), ['fans without tickets'])
  t.same(written('Fire in Dunmore\n\nThe families blamed the owner in a statement on Monday.').map((c) => c.split(' asserts ')[1]), ['the owner'], '"in a statement" says where it was said')
  t.same(written('Fire in Dunmore\n\nThe families blamed the owner for the deaths.').map((c) => c.split(' asserts ')[1]), ['the owner'], '"for the deaths" is what the blame is for')
})

t.test('the title is never read, whatever it ends with (issue 15)', async (t) => {
  const text = "Varnia says Ostrian agents 'killed governor'\n\nThe governor of Pell was shot dead on Friday."
  t.same(extract(text, { entities: [] }, { title: "Varnia says Ostrian agents 'killed governor'" }).claims.filter((c) => c.kind === 'responsibility'), [])
})

t.test('negligence through raising verbs, auxiliaries, "should have" and rules flouted; findings report through their reporter (issue 15)', async (t) => {
  t.same(written('Ferry sinks off Pell\n\nThe minister, Aldo Ferrante, said the captain appeared to have ignored an order to unload the trucks.'), ['ner:Aldo Ferrante suggests captain'])
  t.same(written('Rail crash in Orlen\n\nMarta Senn said the signal was faulty and the crew had ignored repeated complaints.'), ['ner:Marta Senn asserts crew'])
  t.same(written('Rail crash in Orlen\n\nMarta Senn said the driver of the night train should have halted at the signal.'), ['ner:Marta Senn asserts driver of the night train'])
  t.same(written('Crush in Tarvo\n\nJonas Pell said the temple committee had ignored a limit his office set.'), ['ner:Jonas Pell asserts temple committee'])
  t.same(written('Fire in Tarvo\n\nJonas Pell said the owners had flouted building codes for years.'), ['ner:Jonas Pell asserts owners'])
  t.same(written('Rail crash in Orlen\n\nRail minister Marta Senn visited the site.\n\nShe said initial findings indicated that the driver should have halted.'), ['ner:Marta Senn suggests driver'])
  t.same(written('Quake in Pell\n\nThe mayor said the toll should have been lower.'), [], 'a toll is nobody')
  t.same(written('Protest in Pell\n\n"Police in the trucks fired first," an activist said.').map((c) => c.split(' asserts ')[1]), ['Police'], 'where a force acted is not which force')
})

t.test('a body rejecting "the accusations" when it was among those just accused rejects the charges against it (issue 15)', async (t) => {
  const text = 'Ferry sinks off Pell\n\nOfficials said the owner, Pell Marine Lines, had loaded far too much cargo. The minister said the captain had ignored an order. Pell Marine Lines rejected the accusations.'
  t.ok(written(text).includes('ner:Pell Marine Lines denies ner:Pell Marine Lines'))
})

t.test('suspects named, perpetrators identified by name, suspicion of a named party, passive agents, a lawyer clearing the client (issue 15, codebook §7)', async (t) => {
  t.same(written('Killing in Pell\n\nPolice later named the three as Aldo Ferrante, Marta Senn and Jonas Pell.'), ['Police asserts ner:Aldo Ferrante', 'Police asserts ner:Marta Senn', 'Police asserts ner:Jonas Pell'])
  t.same(written('Stabbing in Orlen\n\nThe attacker, identified as Tomas Varga, 31, began slashing at passengers.'), ['null asserts ner:Tomas Varga'])
  t.same(written('Siege in Pell\n\nThe assailants, identified as foreign nationals from Ostria, stormed the hall.'), [], 'nationals name no one')
  t.same(written('Kidnapping in Pell\n\nMozambican authorities suspect the Lake Brigade, an armed faction.'), ['world:place:Mozambique suggests ner:Lake Brigade'])
  t.same(written('Riot in Pell\n\nThe patrol was looking for a robbery suspect when officers saw him.'), [], '"a robbery suspect" is a noun')
  t.same(written('Unrest in Pell\n\n"Three young men were beaten by villagers in Sonagazi on Saturday," police chief Aldo Ferrante said.'), ['ner:Aldo Ferrante asserts villagers'])
  t.same(written('Fire in Pell\n\nThe owner, Karim Alaoui, was detained. His lawyer, Samira Tazi, said the factory had passed a municipal fire inspection in June.'), ['ner:Samira Tazi denies ner:Karim Alaoui'])
})

t.test('a denied that-clause about a fault: its described subject, the force named, else the denier (issue 15)', async (t) => {
  t.same(written('Fire in Pell\n\nThe owner, Karim Alaoui, was held. Alaoui has denied that any gate was locked.'), ['ner:Karim Alaoui denies ner:Karim Alaoui'])
  t.same(written('Ferry sinks off Pell\n\nThe minister, Aldo Ferrante, spoke on Monday. He denied that officials at the port had taken bribes.'), ['ner:Aldo Ferrante denies officials at the port'])
  t.same(written('Killing in Pell\n\nThe Pell Police Service opened an inquiry. Its spokesman, Sunil Kadam, denied that the force had ignored the complaints.'), ['ner:Sunil Kadam denies ner:Pell Police Service'])
  t.same(written('Fire in Pell\n\nAlaoui has denied that the fire was big.'), [], 'a denial about no fault')
})

t.test('"if anyone failed, it was X", "tied X to Y", planning the attack, "thought to belong to"; a group\'s bare anaphor is the group (issue 15)', async (t) => {
  t.same(written('Collapse in Pell\n\n"If anyone failed here, it was the inspectors who signed the papers," Marta Senn said.'), ['ner:Marta Senn suggests the inspectors who signed the papers'])
  t.same(written('Collapse in Pell\n\nIf anyone is to blame, it is the Pell Building Control Agency, Marta Senn said.'), ['ner:Marta Senn suggests ner:Pell Building Control Agency'])
  t.same(written('Hack in Pell\n\nResearchers at Tessera tie the code to the GRU.').map((c) => c.split(' ').slice(-2).join(' ')), ['suggests ner:GRU'])
  t.same(written('Raid in Pell\n\nThe Tarn Front has close ties to the GRU.'), [], 'ties as a noun are no link to the act')
  t.same(written('Hack in Pell\n\nThe agency said that Iran had planned the attack.').map((c) => c.split(' ').slice(-2).join(' ')), ['asserts world:place:Iran'])
  t.same(written('Raid in Pell\n\nThe prime minister ordered a full inquiry into the crush.'), [], 'ordering an inquiry is no act')
  t.same(written('Kidnapping in Pell\n\nArmed men thought to belong to a local militia abducted 38 pupils, an official said.'), ['official suggests a local militia'])
  t.same(written('Attack in Beni\n\nThe Lake Brigade was accused. Its spokesman, Aldo Ferrante, denied that the militia had carried out the attack.'), ['ner:Aldo Ferrante denies ner:Lake Brigade'])
})

t.test('an unnamed national office speaks for the country; security sources are a collective voice (issue 15, codebook §2)', async (t) => {
  t.same(written('Collapse in Kampala\n\nA building fell in Kampala, Uganda, and Uganda mourned. Uganda opened an inquiry.\n\nEarlier the prime minister had accused the owners of ordering staff back to work.'), ['world:place:Uganda asserts the owners'])
  t.same(written('Raid in Arbinda\n\nTwo security sources had earlier pointed to the Gourma Brigade.'), ['Two security sources suggests ner:Gourma Brigade'])
  t.same(written('Collapse in Kampala\n\nEarlier the district governor had accused the owners of ordering staff back to work.'), ['null asserts the owners'], 'a governor is no national office')
})

t.test('"the company" accused is the company named last; a collective voice keeps the participle and place that say which ones (issue 15)', async (t) => {
  const story = 'Ferry fire\n\nTarvo Shipping Lines, which operates the ferry, said its crew followed every procedure.\n\n'
  t.same(written(`${story}Relatives waiting at the Pell port accused the company of overloading the ferry.`).filter((c) => c.includes('asserts')), ['Relatives waiting at the Pell port asserts ner:Tarvo Shipping Lines'])
  t.same(written('Ferry fire\n\nRelatives accused the company of overloading the ferry.'), [], 'no company named: nobody')
})

t.test('negligence in news words: exits shut, staff sent back to work, tickets oversold, bribes taken, barriers forced; "said" mis-tagged (issue 15)', async (t) => {
  t.same(written('Crush in Pell\n\n"Police shut the exit without telling us," its director, Marta Senn, told reporters.'), ['ner:Marta Senn asserts Police'])
  t.same(written('Fire in Pell\n\nWorkers who survived said supervisors sent them back to their machines after the alarm sounded.'), ['Workers who survived asserts supervisors'])
  t.same(written('Crush in Pell\n\nAldo Ferrante said the organisers had sold thousands more tickets than the beach could hold.'), ['ner:Aldo Ferrante asserts organisers'])
  t.same(written('Ferry sinks off Pell\n\n"Owners pack these boats because port officers take money to look the other way," Aldo Ferrante said.'), ['ner:Aldo Ferrante asserts port officers'])
  t.same(written('Crush in Pell\n\nPolice said supporters at the northern entrance pushed down a barrier, setting off the crush.'), ['Police asserts supporters at the northern entrance'])
  t.same(written('Rally in Pell\n\nThe rights group accused police of firing rubber bullets at voters.').map((c) => c.split(' asserts ')[1]), ['police'], 'a gerund after "of" is the charge, not the party')
  t.same(written('Fire in Pell\n\nThe mayor said the shop closed at six and the staff went home.'), [], 'closing a shop is no fault')
})

t.test('defences by duty done, warnings not given, "end up a suspect", "the owner would be held responsible", a share of the fault (issue 15)', async (t) => {
  const story = 'Boat sinks off Pell\n\nTarvo Lake Transport owns the boat.\n\n'
  t.same(written(`${story}Tarvo Lake Transport said in a statement that the vessel had been inspected in March.`), ['ner:Tarvo Lake Transport denies ner:Tarvo Lake Transport'])
  t.same(written(`${story}The weather agency, Pellmet, said it had issued a storm alert on Sunday.`).filter((c) => c.includes('Pellmet')), ['ner:Pellmet denies ner:Pellmet'])
  t.same(written(`${story}Tarvo Lake Transport said the weather agency, Pellmet, had given no warning of the storm.`), ['ner:Tarvo Lake Transport asserts ner:Pellmet'])
  t.same(written(`${story}"The captain may well end up a suspect," police chief Aldo Ferrante said.`), ['ner:Aldo Ferrante suggests The captain'])
  t.same(written(`${story}Minister Marta Senn said the owner would be held responsible.`), ['ner:Marta Senn asserts ner:Tarvo Lake Transport'])
  t.same(written(`${story}The union said Tarvo Lake Transport was not the only party at fault.`).map((c) => c.endsWith('asserts ner:Tarvo Lake Transport')), [true], 'not the only one at fault is at fault')
  t.same(written('Fire in Pell\n\nThe Pell Weather Office had issued a storm warning on Tuesday.'), [], 'the article\'s own report of a warning is no defence')
})

t.test('a described party coordinated with another: each is blamed (issue 15)', async (t) => {
  t.same(written('Riot in Pell\n\nOfficers of the Pell Police Service arrived at the scene on Monday evening.\n\nMarta Senn blamed the ruling party\'s militias and the police for the deaths.'), ['ner:Marta Senn asserts the ruling party\'s militias', 'ner:Marta Senn asserts ner:Pell Police Service'])
  t.same(written('Crush in Pell\n\nSurvivors blamed the organisers and police for the crush.'), ['Survivors asserts the organisers', 'Survivors asserts police'])
  t.same(written('Crush in Pell\n\nSurvivors blamed the organisers and said the police came late.'), ['Survivors asserts the organisers'], '"and" opening a new verb joins no party')
})

t.test('a warning that went unheeded hints at fault; coordinated subjects each (issue 15, codebook §7)', async (t) => {
  t.same(written('Fire in Pell\n\nThe club burned.\n\nThe club\'s co-owners, Aldo Ferrante and Marta Senn, had been told after an inspection that the venue needed a second exit, prosecutors said.'), ['prosecutors suggests ner:Aldo Ferrante', 'prosecutors suggests ner:Marta Senn'])
  t.same(written('Ambush in Pell\n\nHe said checkpoints had been set up and that bus companies had been told to suspend their services.'), [], 'an order given after the event is no warning ignored')
})

t.test('"blamed the raid on X": the act blamed first, the party after "on" (issue 15)', async (t) => {
  t.same(written('Raid in Pell\n\nGunmen attacked a post in Pusiga, Ghana.\n\nResidents blamed the raid on fighters loyal to Harakat Ahl al-Sahil.'), ['Residents asserts ner:Harakat Ahl al-Sahil'])
  t.same(written('Riot in Pell\n\nMarta Senn blamed the looting on gangs paid by local politicians.'), ['ner:Marta Senn asserts gangs'])
  t.same(written('Raid in Pell\n\nMarta Senn blamed the Pell Front for the raid.'), ['ner:Marta Senn asserts ner:Pell Front'])
})
