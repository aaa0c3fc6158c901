import t from 'tap'
import { extract } from '../../src/pipeline/index.js'

function claims(text: string) {
  const x = extract(text, { entities: [] })
  const name = (ref: string | null) => (ref === null ? null : x.entities.find((e) => e.ref === ref)?.name ?? ref)
  return x.claims.filter((c) => c.kind === 'responsibility').map((c) => `${name(c.claimant)} ${c.stance} ${name(c.target)}`)
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
