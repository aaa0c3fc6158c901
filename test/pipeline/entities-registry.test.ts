import t from 'tap'
import type { Extraction, Registry } from '../../src/domain/extraction.js'
import { extract } from '../../src/pipeline/index.js'

/**
 * The registry across articles: what ingest stores (every entity with every alias the extraction
 * gives it, src/ingest/persist.ts) must not make a later article read a place as a body named after
 * it, nor a stranger with the same surname as a person named before.
 */

/** What persist does with an extraction: known entities gain the aliases, new ones are created. */
function learn(registry: Registry, x: Extraction): Registry {
  const entities = registry.entities.map((e) => ({ ...e, aliases: [...e.aliases] }))
  for (const e of x.entities) {
    const known = entities.find((r) => (e.id !== null && r.id === e.id) || (r.kind === e.kind && r.aliases.includes(e.name)))
    if (known) known.aliases.push(...e.aliases.filter((a) => !known.aliases.includes(a)))
    else entities.push({ id: `e${entities.length}`, name: e.name, kind: e.kind, aliases: [...new Set([e.name, ...e.aliases])], parentId: null })
  }
  return { entities }
}

const named = (x: Extraction, surface: string) => {
  const m = x.mentions.find((m) => m.text === surface)
  const e = m && x.entities.find((e) => e.ref === m.ref)
  return e ? `${e.name}/${e.kind}` : null
}

t.test('a place named before a body is not learned as the body\'s alias', async (t) => {
  const first = extract(
    'Flood kills four in Tarrow County\n\nThe Tarrow County Sheriff\'s Office said four people drowned. Tarrow County officials opened shelters, and the Kelmont Police Department said Kelmont was cut off.',
    { entities: [] },
  )
  const body = first.entities.find((e) => e.name === "Tarrow County Sheriff's Office")
  t.ok(body, 'the body is found')
  t.notOk(body!.aliases.includes('Tarrow County'), 'the place it is named after is no alias of it')
  const kelmontPolice = first.entities.find((e) => e.name === 'Kelmont Police Department')
  t.notOk(kelmontPolice?.aliases.includes('Kelmont'), 'nor is a town of a police department')

  const registry = learn({ entities: [] }, first)
  const second = extract('Storms hit Tarrow County again on Friday. Roads into Kelmont were closed, residents said.', registry)
  t.not(named(second, 'Tarrow County'), "Tarrow County Sheriff's Office/group", 'the next article does not read the place as the body')
  t.not(named(second, 'Kelmont'), 'Kelmont Police Department/group')
})

t.test('a short form joins its full name in the article, as an alias only with strong evidence', async (t) => {
  const x = extract(
    'Gunmen of the Ruvano Brotherhood Front (RBF) attacked a convoy, police spokesman Idris Kanoma said. Kanoma said the RBF had been warned. The Tessaly Group, a contractor, said its workers were safe; Tessaly said it would pull out.',
    { entities: [] },
  )
  const front = x.entities.find((e) => e.name === 'Ruvano Brotherhood Front')
  t.ok(front?.aliases.includes('RBF'), 'an acronym in parentheses is an alias')
  const person = x.entities.find((e) => e.name === 'Idris Kanoma')
  t.equal(named(x, 'Kanoma'), 'Idris Kanoma/person', 'the surname is the person here')
  t.notOk(person?.aliases.includes('Kanoma'), 'but no alias the registry would learn')
  t.equal(named(x, 'Tessaly'), 'Tessaly Group/group', '"Tessaly" is the Tessaly Group here')
  t.notOk(x.entities.find((e) => e.name === 'Tessaly Group')?.aliases.includes('Tessaly'))

  const registry = learn({ entities: [] }, x)
  const later = extract('Maria Kanoma, a teacher, said the school reopened.', registry)
  t.equal(named(later, 'Maria Kanoma'), 'Maria Kanoma/person', 'another Kanoma is not Idris Kanoma')
})

t.test('a surname used alone after the full name is the person, not a bundled town (codebook §1)', async (t) => {
  const x = extract(
    'MAIDUGURI, Nigeria — Gunmen killed 12 people in Konduga, police spokesman Aliyu Bello said on Monday. Bello said the attackers fled. Troops later reached Bello, a town in Colombia, by road. In Bello, residents fled.',
    { entities: [] },
  )
  const bello = x.mentions.filter((m) => m.text === 'Bello').map((m) => x.entities.find((e) => e.ref === m.ref)!.name)
  t.same(bello, ['Aliyu Bello', 'Bello', 'Bello'], '"Bello said" is the spokesman; "Bello, a town" and "in Bello" are the town')
  t.equal(named(x, 'Konduga'), 'Konduga/place', '"in Konduga, police spokesman X said": the role opens a new subject, no appositive')
  const mr = extract('Police said the driver fled. Mr Medina told reporters he saw nothing.', { entities: [] })
  t.equal(named(mr, 'Medina'), 'Medina/person', 'an honorific makes a bundled town name a person')
  const town = extract('Pilgrims travelled from Medina to Mecca.', { entities: [] })
  t.equal(named(town, 'Medina'), 'Medina/place', 'a town stays a town')
})
