import type { EntityKind } from '../domain/model.js'
import type { Registry } from '../domain/extraction.js'
import type { Token } from './doc.js'
import { isKnownPlaceName } from './lexicon.js'
import { foldForLookup, tokenize } from './normalize.js'
import { buildWorldEntities, type WorldEntity } from './world.js'

/**
 * The registry and the bundled world gazetteer as two token tries, matched together in one
 * left-to-right pass, longest match first over both. Everything that depends on the world
 * gazetteer alone (its aliases and their readings, its trie) is built once per cache
 * (`WorldLayer`, kept in a `GazetteerCache` the caller passes in). Compiling a registry builds only a small layer on top, proportional to it:
 *   - the registry's own aliases;
 *   - the world entries that fold into a registry entity (same kind, sharing a name or alias),
 *     found by probing a world index with the registry's aliases;
 *   - the capitals whose country (or themselves) folded, since they act for their country;
 *   - every alias these touch, re-resolved exactly as one combined list would be: the registry
 *     wins; an alias two registry entities claim is kept on neither (DESIGN §2); else lowest rank.
 * A trie node (or lowercased alias) the registry layer touches replaces the world's; any other
 * falls through to the world layer. Compiled once per Registry object (a WeakMap in the cache).
 */
export interface GazetteerEntity {
  key: string
  id: string | null
  name: string
  kind: EntityKind
  source: 'registry' | 'world'
  /** For capitals: the key of the country they stand for when they act. */
  countryKey: string | null
  /** A sovereign state (or a capital standing for one): the places that can act as claimants. */
  actor: boolean
}

export interface AliasEntry {
  entity: GazetteerEntity
  alias: string
  /** All letters capitals ("ISIS", "U.S."): matched case-sensitively. */
  acronym: boolean
  demonym: boolean
  /** Lowercase occurrences count too ("kyiv's intervention"): only for unambiguous city names. */
  lowercaseOk: boolean
}

interface TrieNode {
  /** null on leaves. */
  next: Map<string, TrieNode> | null
  /** The entries to try here, in alias order. null: no alias ends here (in the registry layer: the world's node stands). */
  entries: AliasEntry[] | null
}

interface WorldTrieNode extends TrieNode {
  next: Map<string, WorldTrieNode> | null
  /** The world alias forms ending here, in gazetteer order. */
  forms: FormInfo[] | null
}

/** One appearance of an alias form on a world entry (its aliases, then its demonyms, in gazetteer order). */
interface WorldListing {
  index: number
  demonym: boolean
  acronym: boolean
  lowercaseOk: boolean
}

/** An alias form (trimmed, typography folded) and what matching it needs; one per form (cached). */
interface FormInfo {
  form: string
  lower: string
  acronym: boolean
  /** lowercaseOk for a place; computed on first need. */
  placeLowercaseOk: boolean | undefined
  /** The form's path in a trie. */
  keys: string[]
  /** The world layer the fields below were computed for. */
  layer: WorldLayer | null
  /** The world entries listing the form, in gazetteer order (undefined: none). */
  listings: WorldListing[] | undefined
  /** What the form reads as with no registry (world forms only). */
  defaultEntry: AliasEntry | undefined
  /** The world trie node on the form's path, if any. */
  worldNode: WorldTrieNode | undefined
  /** Whether some world form lowercases like this one. */
  worldLower: boolean
}

interface AliasInfo {
  /** null when the alias is blank. */
  info: FormInfo | null
  /** The alias lowercased as it is (the fold key). */
  lower: string
  layer: WorldLayer | null
  /** World entries that list this lowercased name or alias (undefined: none), for the fold. */
  foldIndices: number[] | undefined
}

/** Everything derived from the world gazetteer alone. Built once per process; never mutated. */
export interface WorldLayer {
  world: WorldEntity[]
  /** The world entity of each key when no registry entity takes any of its entries. */
  entityByKey: Map<string, GazetteerEntity>
  /** Per key, `actor` before capitals are linked to their countries. */
  baseActorByKey: Map<string, boolean>
  /** World indices sharing a key (a region and a city both named "Gaza"), in order. */
  indicesByKey: Map<string, number[]>
  /** Lowercased name or alias → world indices that list it (the fold probe). */
  indicesByFoldAlias: Map<string, number[]>
  /** Capital indices by their own key, and by their country's key. */
  capitalsByKey: Map<string, number[]>
  capitalsByCountryKey: Map<string, number[]>
  /** The alias forms each world index lists. */
  formsByIndex: FormInfo[][]
  /** Every world form, in order of first appearance. */
  forms: FormInfo[]
  /** Lowercased form → world forms lowercasing like it, in order. */
  formsByLower: Map<string, FormInfo[]>
  byAlias: Map<string, GazetteerEntity>
  rankByKey: Map<string, number>
  root: WorldTrieNode
}

export interface CompiledRegistry {
  registry: Registry
  /** Every entity by key: the registry's, and the world's not folded into one of them. */
  entities: KeyedLookup<GazetteerEntity>
  /** Lowercased name or alias → entity, for naming what NER found after the fact. */
  byAlias: KeyedLookup<GazetteerEntity>
  /** The registry layer's trie: where a node has entries, they replace the world trie's on that path. */
  root: TrieNode
  /** The world layer: one object per cache, shared by every registry compiled with it. */
  world: WorldLayer
  /** The cache it was compiled with (later stages read the bundled countries from it). */
  cache: GazetteerCache
}

export interface KeyedLookup<V> {
  get(key: string): V | undefined
  has(key: string): boolean
}

export interface GazetteerMatch {
  tokenStart: number
  tokenEnd: number
  entry: AliasEntry
}

/**
 * Everything the gazetteer derives and keeps between articles, in one object that the caller creates
 * (once per pipeline or registry owner) and passes in: the bundled world entities, the world layer
 * built from them, the readings of alias forms and registry aliases, the compiled registries (one
 * per Registry object), and the bundled countries' names (bodies.ts). Nothing is kept in module
 * state except the process's default object (`defaultGazetteerCache`), for callers that pass none.
 */
export interface GazetteerCache {
  /** The bundled world entities (world.ts), built on first need. */
  world: WorldEntity[] | null
  /** The world layer built from `world`. */
  layer: WorldLayer | null
  /** How many times the world layer was built with this cache: once. */
  layerBuilds: number
  /** Alias form (folded) → its reading; bounded by MAX_CACHED. */
  forms: Map<string, FormInfo>
  /** Registry alias as written → its reading; bounded by MAX_CACHED. */
  aliases: Map<string, AliasInfo>
  /** Compiled registries, one per Registry object. */
  compiled: WeakMap<Registry, CompiledRegistry>
  /** The bundled countries' adjectives and names by word (bodies.ts), derived from `world` on first need. */
  countries: BundledCountries | null
}

/** Each bundled country's adjective by name, and each of its names, aliases and demonyms (lowercased) to its name. */
export interface BundledCountries {
  demonym: Map<string, string>
  byWord: Map<string, string>
}

/** A new, empty cache: nothing is built until first needed. */
export function createGazetteerCache(): GazetteerCache {
  return { world: null, layer: null, layerBuilds: 0, forms: new Map(), aliases: new Map(), compiled: new WeakMap(), countries: null }
}

let defaultCache: GazetteerCache | null = null

/** The process's shared cache, for callers that pass none (the API, eval, tests). */
export function defaultGazetteerCache(): GazetteerCache {
  defaultCache ??= createGazetteerCache()
  return defaultCache
}

/** The bundled world entities of a cache, built on first need. */
export function worldOf(cache: GazetteerCache): WorldEntity[] {
  cache.world ??= buildWorldEntities()
  return cache.world
}

/** The registry compiled against the cache's world layer; compiled once per Registry object. */
export function compileRegistry(registry: Registry, cache: GazetteerCache = defaultGazetteerCache()): CompiledRegistry {
  let compiled = cache.compiled.get(registry)
  if (compiled === undefined) {
    compiled = buildCompiledRegistry(registry, cache)
    cache.compiled.set(registry, compiled)
  }
  return compiled
}

const ACRONYM = /^(?=(?:.*\p{L}){2})[^\p{Ll}]+$/u

// A registry reloaded after every article repeats almost all its aliases: what they derive to is kept.
const MAX_CACHED = 200_000

function formInfo(cache: GazetteerCache, form: string): FormInfo {
  let info = cache.forms.get(form)
  if (info === undefined) {
    const keys = tokenize(form).map((t, i) => trieKey(t, i === 0))
    info = { form, lower: form.toLowerCase(), acronym: ACRONYM.test(form), placeLowercaseOk: undefined, keys, layer: null, listings: undefined, defaultEntry: undefined, worldNode: undefined, worldLower: false }
    cache.forms.set(form, info)
  }
  return info
}

/** A form's world fields, for a form the world layer does not list. */
function inWorld(info: FormInfo, layer: WorldLayer): FormInfo {
  if (info.layer !== layer) {
    let node: WorldTrieNode | undefined = info.keys.length > 0 ? layer.root : undefined
    for (const key of info.keys) node = node?.next?.get(key)
    info.layer = layer
    info.listings = undefined
    info.defaultEntry = undefined
    info.worldNode = node
    info.worldLower = layer.formsByLower.has(info.lower)
  }
  return info
}

function aliasInfo(cache: GazetteerCache, alias: string, layer: WorldLayer): AliasInfo {
  let a = cache.aliases.get(alias)
  if (a === undefined) {
    const form = foldForLookup(alias.trim())
    a = { info: form.length > 0 ? formInfo(cache, form) : null, lower: alias.toLowerCase(), layer: null, foldIndices: undefined }
    cache.aliases.set(alias, a)
  }
  if (a.layer !== layer) {
    a.layer = layer
    a.foldIndices = layer.indicesByFoldAlias.get(a.lower)
    if (a.info !== null) inWorld(a.info, layer)
  }
  return a
}

/** Bounds the caches; called between builds only, so a build sees one FormInfo per form. */
function trimCaches(cache: GazetteerCache, layer: WorldLayer): void {
  if (cache.forms.size < MAX_CACHED && cache.aliases.size < MAX_CACHED) return
  cache.forms.clear()
  cache.aliases.clear()
  for (const info of layer.forms) cache.forms.set(info.form, info)
}

function lowercaseOk(kind: EntityKind, info: FormInfo): boolean {
  if (kind !== 'place' || info.acronym || info.form.includes(' ')) return false
  info.placeLowercaseOk ??= isKnownPlaceName(info.lower)
  return info.placeLowercaseOk
}

function entryFor(entity: GazetteerEntity, info: FormInfo, demonym: boolean): AliasEntry {
  return { entity, alias: info.form, acronym: info.acronym, demonym, lowercaseOk: lowercaseOk(entity.kind, info) }
}

/** How many times the cache's world layer was built: once. */
export function worldLayerBuilds(cache: GazetteerCache = defaultGazetteerCache()): number {
  return cache.layerBuilds
}

/** The cache's world layer, built from its world entities on first need. */
export function getWorldLayer(cache: GazetteerCache = defaultGazetteerCache()): WorldLayer {
  if (cache.layer === null) {
    cache.forms.clear()
    cache.aliases.clear()
    cache.layer = buildWorldLayer(cache, worldOf(cache))
    cache.layerBuilds++
  }
  return cache.layer
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function buildWorldLayer(cache: GazetteerCache, world: WorldEntity[]): WorldLayer {
  const entityByKey = new Map<string, GazetteerEntity>()
  const indicesByKey = new Map<string, number[]>()
  const indicesByFoldAlias = new Map<string, number[]>()
  const capitalsByKey = new Map<string, number[]>()
  const capitalsByCountryKey = new Map<string, number[]>()
  const formsByIndex: FormInfo[][] = []
  const listings = new Map<FormInfo, WorldListing[]>()
  const rankByKey = new Map<string, number>()

  world.forEach((w, index) => {
    let entity = entityByKey.get(w.key)
    if (entity === undefined) {
      entity = { key: w.key, id: null, name: w.name, kind: w.kind, source: 'world', countryKey: null, actor: w.kind !== 'place' }
      entityByKey.set(w.key, entity)
    }
    if (w.rank < 1) entity.actor = true
    rankByKey.set(w.key, w.rank)
    push(indicesByKey, w.key, index)
    for (const lower of new Set([w.name, ...w.aliases].map((a) => a.toLowerCase()))) push(indicesByFoldAlias, lower, index)
    if (w.countryKey !== null) {
      push(capitalsByKey, w.key, index)
      push(capitalsByCountryKey, w.countryKey, index)
    }
    const forms: FormInfo[] = []
    const list = (alias: string, demonym: boolean) => {
      const form = foldForLookup(alias.trim())
      if (form.length === 0) return
      const info = formInfo(cache, form)
      push(listings, info, { index, demonym, acronym: info.acronym, lowercaseOk: lowercaseOk(w.kind, info) })
      forms.push(info)
    }
    for (const alias of w.aliases) list(alias, false)
    for (const d of w.demonyms) list(d, true)
    formsByIndex.push(forms)
  })
  const baseActorByKey = new Map([...entityByKey].map(([key, e]) => [key, e.actor]))
  for (const w of world) {
    if (w.countryKey === null) continue
    const city = entityByKey.get(w.key)
    const country = entityByKey.get(w.countryKey)
    if (city && country && city.countryKey === null && city.key !== country.key) {
      city.countryKey = country.key
      city.actor = true
    }
  }

  const layer: WorldLayer = {
    world,
    entityByKey,
    baseActorByKey,
    indicesByKey,
    indicesByFoldAlias,
    capitalsByKey,
    capitalsByCountryKey,
    formsByIndex,
    forms: [...listings.keys()],
    formsByLower: new Map(),
    byAlias: new Map(),
    rankByKey,
    root: { next: null, entries: null, forms: null },
  }
  const shared = (index: number) => entityByKey.get(world[index].key)!
  for (const [info, list] of listings) {
    info.layer = layer
    info.listings = list
    const entry = resolveForm(layer, info, undefined, shared)!
    info.defaultEntry = entry
    info.worldLower = true
    if (info.keys.length > 0) {
      let node = layer.root
      for (const key of info.keys) {
        node.next ??= new Map()
        let next = node.next.get(key)
        if (next === undefined) {
          next = { next: null, entries: null, forms: null }
          node.next.set(key, next)
        }
        node = next
      }
      node.entries = [...(node.entries ?? []), entry]
      node.forms = [...(node.forms ?? []), info]
      info.worldNode = node
    }
    push(layer.formsByLower, info.lower, info)
    if (!layer.byAlias.has(info.lower)) layer.byAlias.set(info.lower, entry.entity)
  }
  return layer
}

/**
 * The entry a form resolves to, as if every registry and world alias were in one list: the
 * registry's entries first, then the world's listings (those folded now registry entries), one
 * per entity. null: two registry entities claim it, so neither keeps it (DESIGN §2).
 */
function resolveForm(layer: WorldLayer, info: FormInfo, own: AliasEntry | AliasEntry[] | undefined, entityOf: (index: number) => GazetteerEntity): AliasEntry | null {
  const listings = info.listings
  // The registry's alone (one entry per entity key): one entity keeps it, two lose it.
  if (listings === undefined) return own === undefined || Array.isArray(own) ? null : own
  const list: AliasEntry[] = own === undefined ? [] : Array.isArray(own) ? [...own] : [own]
  for (const l of listings) {
    const entity = entityOf(l.index)
    if (!list.some((e) => e.entity.key === entity.key)) list.push({ entity, alias: info.form, acronym: l.acronym, demonym: l.demonym, lowercaseOk: l.lowercaseOk })
  }
  const fromRegistry = list.filter((e) => e.entity.source === 'registry')
  if (fromRegistry.length > 0) {
    if (new Set(fromRegistry.map((e) => e.entity.key)).size > 1) return null
    return fromRegistry[0]
  }
  if (list.length === 0) return null
  const rank = (e: AliasEntry) => layer.rankByKey.get(e.entity.key) ?? 9
  return list.reduce((best, e) => (rank(e) < rank(best) ? e : best))
}

class Layered<V> implements KeyedLookup<V> {
  /** `top` wins; a key mapped to null in `top` is hidden; anything else falls through to `bottom`. */
  constructor(
    private readonly top: Map<string, V | null>,
    private readonly bottom: Map<string, V>,
  ) {}

  get(key: string): V | undefined {
    const own = this.top.get(key)
    if (own !== undefined) return own ?? undefined
    return this.top.has(key) ? undefined : this.bottom.get(key)
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }
}

export function buildCompiledRegistry(registry: Registry, cache: GazetteerCache = defaultGazetteerCache()): CompiledRegistry {
  const layer = getWorldLayer(cache)
  trimCaches(cache, layer)
  const { world } = layer
  const entities = new Map<string, GazetteerEntity | null>()
  // The registry's own entries by form (one per entity key); order is the forms' first appearance.
  const direct = new Map<FormInfo, AliasEntry | AliasEntry[]>()
  // Registry entities by lowercased alias: only aliases some world entry lists, the fold needs no other.
  const registryByAlias = new Map<string, GazetteerEntity[]>()
  const probes: number[][] = []

  const addAlias = (entity: GazetteerEntity, alias: string) => {
    const a = aliasInfo(cache, alias, layer)
    const info = a.info
    if (info !== null) {
      const seen = direct.get(info)
      if (seen === undefined) direct.set(info, entryFor(entity, info, false))
      else if (Array.isArray(seen)) {
        if (!seen.some((e) => e.entity.key === entity.key)) seen.push(entryFor(entity, info, false))
      } else if (seen.entity.key !== entity.key) direct.set(info, [seen, entryFor(entity, info, false)])
    }
    if (a.foldIndices !== undefined) {
      const list = registryByAlias.get(a.lower)
      if (list === undefined) {
        registryByAlias.set(a.lower, [entity])
        probes.push(a.foldIndices)
      } else if (!list.includes(entity)) list.push(entity)
    }
  }
  for (const r of registry.entities) {
    const entity: GazetteerEntity = { key: `r:${r.id}`, id: r.id, name: r.name, kind: r.kind, source: 'registry', countryKey: null, actor: r.kind !== 'place' }
    entities.set(entity.key, entity)
    addAlias(entity, r.name)
    for (const alias of r.aliases) addAlias(entity, alias)
  }

  // World entries fold into the registry entity of the same kind that shares a name or alias.
  const folds = new Map<number, GazetteerEntity>()
  for (const indices of probes) {
    for (const index of indices) {
      if (folds.has(index)) continue
      const w = world[index]
      for (const alias of [w.name, ...w.aliases]) {
        const target = registryByAlias.get(alias.toLowerCase())?.find((e) => e.kind === w.kind)
        if (target) {
          folds.set(index, target)
          break
        }
      }
    }
  }

  // Replay each key a fold touched in gazetteer order: an entry with no fold of its own goes where
  // the previous entry with its key went (or to a world entity of this registry's own).
  const targets = new Map<number, GazetteerEntity>()
  const lastTarget = new Map<string, GazetteerEntity>()
  const affectedKeys = new Set([...folds.keys()].map((index) => world[index].key))
  // An entry following its key's previous one is (re)registered under that entity's key: with two
  // registry entities sharing an id, the last in gazetteer order holds the key.
  const followers: [number, GazetteerEntity][] = []
  for (const key of affectedKeys) {
    let state: GazetteerEntity | undefined
    for (const index of layer.indicesByKey.get(key)!) {
      const w = world[index]
      let target = folds.get(index)
      if (target === undefined) {
        target = state ?? { key: w.key, id: null, name: w.name, kind: w.kind, source: 'world', countryKey: null, actor: w.kind !== 'place' }
        if (state === undefined) entities.set(target.key, target)
        else followers.push([index, target])
      }
      if (w.rank < 1) target.actor = true
      targets.set(index, target)
      state = target
    }
    lastTarget.set(key, state!)
    if (!entities.has(key)) entities.set(key, null)
  }
  for (const [, target] of followers.sort((a, b) => a[0] - b[0])) entities.set(target.key, target)

  // Capitals stand for their country: relink those whose city or country entity changed.
  const copies = new Map<string, GazetteerEntity>()
  const cityKeys = new Set<string>()
  for (const key of affectedKeys) {
    for (const index of layer.capitalsByKey.get(key) ?? []) cityKeys.add(world[index].key)
    for (const index of layer.capitalsByCountryKey.get(key) ?? []) cityKeys.add(world[index].key)
  }
  const capitals = [...cityKeys].flatMap((key) => layer.capitalsByKey.get(key) ?? []).sort((a, b) => a - b)
  const cityOf = (key: string): GazetteerEntity | undefined => {
    const target = lastTarget.get(key)
    if (target !== undefined) return target
    let copy = copies.get(key)
    if (copy === undefined) {
      const shared = layer.entityByKey.get(key)
      if (shared === undefined) return undefined
      copy = { ...shared, countryKey: null, actor: layer.baseActorByKey.get(key)! }
      copies.set(key, copy)
      entities.set(key, copy)
    }
    return copy
  }
  for (const index of capitals) {
    const w = world[index]
    const city = cityOf(w.key)
    const country = lastTarget.get(w.countryKey!) ?? layer.entityByKey.get(w.countryKey!)
    if (city && country && city.countryKey === null && city.key !== country.key) {
      city.countryKey = country.key
      city.actor = true
    }
  }
  const entityOf = (index: number): GazetteerEntity => {
    const key = world[index].key
    return targets.get(index) ?? copies.get(key) ?? layer.entityByKey.get(key)!
  }

  // Every form the registry touches, re-resolved and laid over the world: its own forms first (in
  // registry order), then those of the world entries whose entity changed. On a trie path (or a
  // lowercasing) the world has no form on, the registry's own forms are all there is; elsewhere the
  // full list is rebuilt below, in alias order.
  const overrides = new Map<FormInfo, AliasEntry | null>()
  const root: TrieNode = { next: null, entries: null }
  const mixedEnds = new Map<TrieNode, { world: WorldTrieNode; own: AliasEntry[] }>()
  const byAlias = new Map<string, GazetteerEntity | null>()
  const mixedLowers = new Map<string, { first: GazetteerEntity | null }>()
  const lay = (info: FormInfo, entry: AliasEntry | null, own: boolean) => {
    if (info.keys.length > 0) {
      let node = root
      for (const key of info.keys) {
        node.next ??= new Map()
        let next = node.next.get(key)
        if (next === undefined) {
          next = { next: null, entries: null }
          node.next.set(key, next)
        }
        node = next
      }
      if (info.worldNode?.forms) {
        let end = mixedEnds.get(node)
        if (end === undefined) mixedEnds.set(node, (end = { world: info.worldNode, own: [] }))
        if (own && entry !== null) end.own.push(entry)
      } else {
        node.entries ??= []
        if (entry !== null) node.entries.push(entry)
      }
    }
    if (info.worldLower) {
      let mixed = mixedLowers.get(info.lower)
      if (mixed === undefined) mixedLowers.set(info.lower, (mixed = { first: null }))
      if (own && entry !== null) mixed.first ??= entry.entity
    } else if (entry !== null) {
      if (!byAlias.get(info.lower)) byAlias.set(info.lower, entry.entity)
    } else if (!byAlias.has(info.lower)) {
      byAlias.set(info.lower, null)
    }
  }
  for (const [info, own] of direct) lay(info, resolveForm(layer, info, own, entityOf), true)
  for (const key of [...affectedKeys, ...copies.keys()]) {
    for (const index of layer.indicesByKey.get(key)!) {
      for (const info of layer.formsByIndex[index]) {
        if (direct.has(info) || overrides.has(info)) continue
        const entry = resolveForm(layer, info, undefined, entityOf)
        overrides.set(info, entry)
        lay(info, entry, false)
      }
    }
  }
  const worldEntry = (info: FormInfo): AliasEntry | null | undefined => {
    if (direct.has(info)) return undefined // already among the registry's own, in front
    return overrides.has(info) ? overrides.get(info)! : info.defaultEntry
  }
  for (const [node, end] of mixedEnds) {
    const entries = [...end.own]
    for (const info of end.world.forms!) {
      const entry = worldEntry(info)
      if (entry) entries.push(entry)
    }
    node.entries = entries
  }
  for (const [lower, mixed] of mixedLowers) {
    let found = mixed.first
    for (const info of found === null ? layer.formsByLower.get(lower)! : []) {
      const entry = worldEntry(info)
      if (entry) {
        found = entry.entity
        break
      }
    }
    byAlias.set(lower, found)
  }

  return { registry, entities: new Layered(entities, layer.entityByKey), byAlias: new Layered(byAlias, layer.byAlias), root, world: layer, cache }
}

function trieKey(token: Token, first: boolean): string {
  return first || !token.spaceBefore ? token.lower : ` ${token.lower}`
}

function titleCaseParts(s: string): string {
  return s.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

function accepts(entry: AliasEntry, surface: string): boolean {
  if (surface === entry.alias) return true
  if (entry.acronym) {
    // "Isis-K" for "ISIS-K", but never "us" for "US" or "Who" for "WHO".
    const letters = entry.alias.replace(/[^\p{L}]/gu, '').length
    return letters >= 4 && surface === titleCaseParts(entry.alias)
  }
  const firstLetter = surface.match(/\p{L}/u)?.[0] ?? ''
  if (firstLetter !== firstLetter.toLowerCase()) return true
  return entry.lowercaseOk || entry.alias[0] === entry.alias[0].toLowerCase()
}

/** Longest-first, left-to-right, whole-token matching of every known alias, over both layers. */
export function matchGazetteer(compiled: CompiledRegistry, tokens: Token[], lookup: string): GazetteerMatch[] {
  const matches: GazetteerMatch[] = []
  const registryRoot = compiled.root
  const worldRoot = compiled.world.root
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i].lower
    let node: TrieNode | undefined = registryRoot.next?.get(first)
    let worldNode: WorldTrieNode | undefined = worldRoot.next?.get(first)
    let best: GazetteerMatch | null = null
    let j = i
    while (node !== undefined || worldNode !== undefined) {
      const entries = node?.entries ?? worldNode?.entries ?? null
      if (entries !== null) {
        const surface = lookup.slice(tokens[i].start, tokens[j].end)
        const entry = entries.find((e) => accepts(e, surface))
        if (entry && !continuesAsLongerName(tokens, j)) best = { tokenStart: i, tokenEnd: j + 1, entry }
      }
      j++
      if (j >= tokens.length) break
      const key = trieKey(tokens[j], false)
      node = node?.next?.get(key)
      worldNode = worldNode?.next?.get(key)
    }
    if (best) {
      matches.push(best)
      i = best.tokenEnd
    } else {
      i++
    }
  }
  return matches
}

/**
 * "ISIS" must not match inside "ISIS-K": a match glued by a hyphen to a short capitalized or
 * numeric part is a longer name the gazetteer does not know.
 */
function continuesAsLongerName(tokens: Token[], last: number): boolean {
  const hyphen = tokens[last + 1]
  const part = tokens[last + 2]
  if (!hyphen || !part || hyphen.text !== '-' || hyphen.spaceBefore || part.spaceBefore) return false
  return /^[\p{Lu}\d]{1,3}$/u.test(part.text)
}
