import t from 'tap'
import type { Registry } from '../../src/domain/extraction.js'
import { compileRegistry, createGazetteerCache, defaultGazetteerCache, getWorldLayer, matchGazetteer, worldLayerBuilds, type CompiledRegistry } from '../../src/pipeline/gazetteer.js'
import { extract } from '../../src/pipeline/index.js'
import { foldForLookup, tokenize } from '../../src/pipeline/normalize.js'

const place = (id: string, name: string, aliases: string[] = []) => ({ id, name, kind: 'place' as const, aliases, parentId: null })
const group = (id: string, name: string, aliases: string[] = []) => ({ id, name, kind: 'group' as const, aliases, parentId: null })
const person = (id: string, name: string, aliases: string[] = []) => ({ id, name, kind: 'person' as const, aliases, parentId: null })

function matches(compiled: CompiledRegistry, text: string) {
  const lookup = foldForLookup(text)
  const tokens = tokenize(lookup)
  return matchGazetteer(compiled, tokens, lookup).map((m) => ({
    text: text.slice(tokens[m.tokenStart].start, tokens[m.tokenEnd - 1].end),
    key: m.entry.entity.key,
    demonym: m.entry.demonym,
  }))
}

t.test('the world gazetteer is compiled once per process, not once per registry', async (t) => {
  const first = compileRegistry({ entities: [person('a', 'Ana Petrova')] })
  const builds = worldLayerBuilds()
  t.ok(builds >= 1)
  const second = compileRegistry({ entities: [person('a', 'Ana Petrova'), group('b', 'Harbor Defense Council', ['HDC'])] })
  const third = compileRegistry({ entities: [] })
  t.equal(second.world, first.world, 'a second registry reuses the same world layer object')
  t.equal(third.world, first.world)
  t.equal(first.world, getWorldLayer())
  t.equal(worldLayerBuilds(), builds, 'compiling more registries builds no world layer')
  // The registry's own trie holds only what the registry touches, not the world's thousands of names.
  t.ok(second.root.next !== null && second.root.next.size <= 3, 'registry layer proportional to the registry')
  t.ok(third.root.next === null, 'an empty registry adds nothing')
})

t.test('the caches live in an object the caller passes in, not in module state', async (t) => {
  const registry = { entities: [group('ferrow', 'Ferrow Valley Brigade', ['FVB'])] }
  const own = createGazetteerCache()
  t.equal(own.layer, null, 'a new cache holds nothing until first needed')
  const compiled = compileRegistry(registry, own)
  t.equal(compiled.cache, own)
  t.equal(worldLayerBuilds(own), 1)
  t.equal(compileRegistry(registry, own), compiled, 'compiled once per registry object in a cache')
  t.not(compileRegistry(registry), compiled, 'another cache compiles its own')
  t.not(compiled.world, getWorldLayer(defaultGazetteerCache()), 'and has its own world layer')
  t.equal(worldLayerBuilds(own), 1, 'compiling again builds no world layer')
  t.ok(own.countries === null)
  // Bodies named by description read the bundled countries from the cache the pipeline was given.
  const x = extract("KIGALI — The FVB attacked a post; Rwanda's defence ministry said three soldiers died.", registry, { gazetteer: own })
  t.ok(x.entities.some((e) => e.name === 'Rwandan Ministry of Defence'))
  t.ok(own.countries !== null, 'the countries are derived once, into the same cache')
  t.equal(worldLayerBuilds(own), 1)
})

t.test('longest match wins across the registry and the world layers', async (t) => {
  const compiled = compileRegistry({ entities: [place('crocus', 'Crocus City Hall', ['Moscow Crocus City Hall']), person('sierra', 'Sierra')] })
  t.same(matches(compiled, 'Gunmen attacked Moscow Crocus City Hall near Moscow.'), [
    { text: 'Moscow Crocus City Hall', key: 'r:crocus', demonym: false },
    { text: 'Moscow', key: 'world:place:Moscow', demonym: false },
  ])
  t.same(matches(compiled, 'Sierra flew to Sierra Leone.'), [
    { text: 'Sierra', key: 'r:sierra', demonym: false },
    { text: 'Sierra Leone', key: 'world:place:Sierra Leone', demonym: false },
  ])
})

t.test('world entries fold into the registry entity that shares a name and kind', async (t) => {
  const registry: Registry = { entities: [place('ukraine', 'Ukraine'), place('gaza', 'Gaza Strip')] }
  const compiled = compileRegistry(registry)
  t.same(matches(compiled, 'Ukrainian troops left Kyiv for Gaza.'), [
    { text: 'Ukrainian', key: 'r:ukraine', demonym: true },
    { text: 'Kyiv', key: 'world:place:Kyiv', demonym: false },
    { text: 'Gaza', key: 'r:gaza', demonym: false },
  ])
  t.equal(compiled.entities.get('r:ukraine')?.actor, true, 'a folded country acts')
  t.equal(compiled.entities.get('world:place:Ukraine'), undefined, 'the folded world entity is gone')
  t.equal(compiled.entities.get('world:place:Kyiv')?.countryKey, 'r:ukraine', 'the capital stands for the registry country')
  t.equal(compiled.byAlias.get('ukrainians')?.key, 'r:ukraine')
  // The shared world layer is untouched: a registry without Ukraine sees the world's.
  const cold = compileRegistry({ entities: [] })
  t.equal(cold.entities.get('world:place:Kyiv')?.countryKey, 'world:place:Ukraine')
  t.equal(cold.byAlias.get('ukrainians')?.key, 'world:place:Ukraine')
  t.same(matches(cold, 'Ukrainian troops left Kyiv for Gaza.').map((m) => m.key), ['world:place:Ukraine', 'world:place:Kyiv', 'world:place:Gaza'])
})

t.test('an alias two registry entities claim is kept on neither, world reading included (DESIGN §2)', async (t) => {
  const compiled = compileRegistry({ entities: [place('georgia-us', 'Georgia', ['State of Georgia']), person('georgia-p', 'Georgia', ['Georgia Lane'])] })
  t.same(matches(compiled, 'Georgia spoke in Tbilisi.'), [{ text: 'Tbilisi', key: 'world:place:Tbilisi', demonym: false }])
  t.equal(compiled.byAlias.get('georgia'), undefined)
  t.equal(compiled.byAlias.get('georgia lane')?.key, 'r:georgia-p')
})
