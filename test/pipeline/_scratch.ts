import { extract } from '../../src/pipeline/index.js'
import { loadSeedEntities, registryFromSeed } from '../../src/pipeline/eval.js'
const warm = process.env.WARM === '1'
const text = process.argv.slice(2).join(' ')
const x = extract(text, warm ? registryFromSeed(loadSeedEntities()) : { entities: [] })
const name = (ref: string | null) => (ref === null ? null : x.entities.find((e) => e.ref === ref)?.name ?? ref)
console.log('entities:', x.entities.map((e) => `${e.name}/${e.kind}`).join(', '))
for (const c of x.claims) {
  if (c.kind === 'responsibility') console.log(`R ${name(c.claimant)} ${c.stance} ${name(c.target)}`)
  else if (c.kind === 'count') console.log(`C ${c.metric} ${c.value} ${c.qualifier} claimant=${name(c.claimant)}${c.otherEvent ? ' OTHER' : ''} [${c.evidence.text}]`)
  else console.log(`Q ${name(c.claimant)}`)
}
