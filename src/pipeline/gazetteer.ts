import type { EntityKind } from '../domain/model.js'
import type { Registry } from '../domain/extraction.js'
import type { Token } from './doc.js'
import { isKnownPlaceName } from './lexicon.js'
import { foldForLookup, tokenize } from './normalize.js'
import { worldEntities, type WorldEntity } from './world.js'

/**
 * The registry and the bundled world gazetteer as two token tries matched together in one
 * left-to-right pass, longest match first over both. Everything that depends on the world gazetteer
 * alone (its aliases, their default readings, its trie) is built once per process (`WorldLayer`);
 * compiling a registry builds only a small layer on top of it, proportional to the registry:
 *   - the registry's own aliases;
 *   - the world entries that fold into a registry entity (same kind, sharing a name or alias),
 *     found by probing a world index with each registry alias;
 *   - the capitals whose country (or themselves) folded, since they act for their country;
 *   - every alias any of these touch, re-resolved exactly as one combined build would (registry
 *     wins; an alias two registry entities claim is kept on neither, DESIGN §2; else lowest rank).
 * A trie node (or lowercased alias) the registry layer touches replaces the world's; any other
 * falls through to the world layer. Compiled once per Registry object (WeakMap).
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
  next: Map<string, TrieNode> | null
  /** The entries to try here, in alias order; null when no alias ends here (or, in the registry layer, when the world's node stands). */
  entries: AliasEntry[] | null
}

interface WorldTrieNode extends TrieNode {
  next: Map<string, WorldTrieNode> | null
  /** The world alias forms ending here, in gazetteer order. */
  forms: string[] | null
}

/** One appearance of an alias form on a world entry (its aliases, then its demonyms, in gazetteer order). */
interface WorldListing {
  index: number
  demonym: boolean
  acronym: boolean
  lowercaseOk: boolean
}

/** Everything derived from the world gazetteer alone. Built once per process; never mutated. */
export interface WorldLayer {
  world: WorldEntity[]
  /** The world entity of each key when no registry entry folds anything into it. */
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
  /** Alias forms each world index lists. */
  formsByIndex: string[][]
  /** Alias form → its listings, in gazetteer order; Map order is the forms' first appearance. */
  listings: Map<string, WorldListing[]>
  /** Alias form → the entry it resolves to with no registry. */
  defaults: Map<string, AliasEntry>
  /** Lowercased form → world forms with that lowercasing, in order. */
  formsByLower: Map<string, string[]>
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
  /** The registry layer's trie; its nodes with entries replace the world trie's at the same path. */
  root: TrieNode
  /** The shared world layer (the same object for every registry). */
  world: WorldLayer
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

const compiledByRegistry = new WeakMap<Registry, CompiledRegistry>()

export function compileRegistry(registry: Registry): CompiledRegistry {
  let compiled = compiledByRegistry.get(registry)
  if (compiled === undefined) {
    compiled = buildCompiledRegistry(registry)
    compiledByRegistry.set(registry, compiled)
  }
  return compiled
}

const ACRONYM = /^(?=(?:.*\p{L}){2})[^\p{Ll}]+$/u

/** What an alias form needs to be matched, derived from the form alone (cached per process). */
interface FormInfo {
  lower: string
  acronym: boolean
  /** lowercaseOk for a place entity; computed on first need. */
  placeLowercaseOk: boolean | undefined
  /** The form's trie path; computed on first need. */
  keys: string[] | undefined
}

// Registries reloaded after every article repeat almost all their aliases: derived data is kept.
const MAX_CACHED_FORMS = 200_000
const infoByAlias = new Map<string, { form: string; lower: string }>()
const infoByForm = new Map<string, FormInfo>()

/** An alias's form (trimmed, typography folded) and its plain lowercasing (the fold key). */
function aliasInfo(alias: string): { form: string; lower: string } {
  let info = infoByAlias.get(alias)
  if (info === undefined) {
    if (infoByAlias.size >= MAX_CACHED_FORMS) infoByAlias.clear()
    info = { form: foldForLookup(alias.trim()), lower: alias.toLowerCase() }
    infoByAlias.set(alias, info)
  }
  return info
}

function infoOf(form: string): FormInfo {
  let info = infoByForm.get(form)
  if (info === undefined) {
    if (infoByForm.size >= MAX_CACHED_FORMS) infoByForm.clear()
    info = { lower: form.toLowerCase(), acronym: ACRONYM.test(form), placeLowercaseOk: undefined, keys: undefined }
    infoByForm.set(form, info)
  }
  return info
}

function lowercaseOk(kind: EntityKind, form: string, info: FormInfo): boolean {
  if (kind !== 'place' || info.acronym || form.includes(' ')) return false
  info.placeLowercaseOk ??= isKnownPlaceName(form.toLowerCase())
  return info.placeLowercaseOk
}

function makeEntry(entity: GazetteerEntity, form: string, demonym: boolean): AliasEntry {
  const info = infoOf(form)
  return { entity, alias: form, acronym: info.acronym, demonym, lowercaseOk: lowercaseOk(entity.kind, form, info) }
}

function trieKeys(form: string): string[] {
  const info = infoOf(form)
  info.keys ??= tokenize(form).map((t, i) => trieKey(t, i === 0))
  return info.keys
}

let worldLayer: WorldLayer | null = null
let worldLayerSource: WorldEntity[] | null = null
let worldLayerBuildCount = 0

/** How many times the world layer was built in this process (once, normally). */
export function worldLayerBuilds(): number {
  return worldLayerBuildCount
}

export function getWorldLayer(): WorldLayer {
  const world = worldEntities()
  if (worldLayer === null || worldLayerSource !== world) {
    worldLayer = buildWorldLayer(world)
    worldLayerSource = world
    worldLayerBuildCount++
  }
  return worldLayer
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function buildWorldLayer(world: WorldEntity[]): WorldLayer {
  const entityByKey = new Map<string, GazetteerEntity>()
  const indicesByKey = new Map<string, number[]>()
  const indicesByFoldAlias = new Map<string, number[]>()
  const capitalsByKey = new Map<string, number[]>()
  const capitalsByCountryKey = new Map<string, number[]>()
  const formsByIndex: string[][] = []
  const listings = new Map<string, WorldListing[]>()
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
    const forms: string[] = []
    const list = (alias: string, demonym: boolean) => {
      const { form } = aliasInfo(alias)
      if (form.length === 0) return
      const { acronym, lowercaseOk } = makeEntry(entity, form, demonym)
      push(listings, form, { index, demonym, acronym, lowercaseOk })
      forms.push(form)
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
    listings,
    defaults: new Map(),
    formsByLower: new Map(),
    byAlias: new Map(),
    rankByKey,
    root: { next: new Map(), entries: null, forms: null },
  }
  const noRegistry: Resolver = { direct: new Map(), entityOf: (index) => entityByKey.get(world[index].key)! }
  for (const form of listings.keys()) {
    const entry = resolveForm(layer, noRegistry, form)!
    layer.defaults.set(form, entry)
    const keys = trieKeys(form)
    if (keys.length > 0) {
      let node = layer.root
      for (const key of keys) {
        node.next ??= new Map()
        let next = node.next.get(key)
        if (next === undefined) {
          next = { next: null, entries: null, forms: null }
          node.next.set(key, next)
        }
        node = next
      }
      node.entries = [...(node.entries ?? []), entry]
      node.forms = [...(node.forms ?? []), form]
    }
    const lower = form.toLowerCase()
    push(layer.formsByLower, lower, form)
    if (!layer.byAlias.has(lower)) layer.byAlias.set(lower, entry.entity)
  }
  return layer
}

interface Resolver {
  /** The registry's own entries per form, in registry order (one per entity key). */
  direct: Map<string, AliasEntry[]>
  /** The entity a world index stands for under this registry. */
  entityOf(index: number): GazetteerEntity
}

/**
 * The entry a form resolves to, as if every registry and world alias were collected in one list:
 * registry entries first, then world listings (folded ones now registry entries), one per entity.
 * null: two registry entities claim it, so neither keeps it.
 */
function resolveForm(layer: WorldLayer, resolver: Resolver, form: string): AliasEntry | null {
  const own = resolver.direct.get(form)
  const listings = layer.listings.get(form)
  // The registry's alone (one entry per entity key): one entity keeps it, two lose it.
  if (listings === undefined) return own !== undefined && own.length === 1 ? own[0] : null
  const list: AliasEntry[] = [...(own ?? [])]
  for (const l of listings) {
    const entity = resolver.entityOf(l.index)
    if (!list.some((e) => e.entity.key === entity.key)) list.push({ entity, alias: form, acronym: l.acronym, demonym: l.demonym, lowercaseOk: l.lowercaseOk })
  }
  const fromRegistry = list.filter((e) => e.entity.source === 'registry')
  if (fromRegistry.length > 0) {
    // DESIGN §2: an alias that could mean two entities is kept on neither.
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

export function buildCompiledRegistry(registry: Registry): CompiledRegistry {
  const layer = getWorldLayer()
  const { world } = layer
  const entities = new Map<string, GazetteerEntity | null>()
  // Exact alias form → the registry's own entries (one per entity key); order is first appearance.
  const direct = new Map<string, AliasEntry[]>()
  const registryByAlias = new Map<string, GazetteerEntity[]>()

  const addAlias = (entity: GazetteerEntity, alias: string) => {
    const { form, lower } = aliasInfo(alias)
    if (form.length > 0) {
      const list = direct.get(form)
      if (list === undefined) direct.set(form, [makeEntry(entity, form, false)])
      else if (!list.some((e) => e.entity.key === entity.key)) list.push(makeEntry(entity, form, false))
    }
    const list = registryByAlias.get(lower)
    if (list === undefined) registryByAlias.set(lower, [entity])
    else if (!list.includes(entity)) list.push(entity)
  }
  for (const r of registry.entities) {
    const entity: GazetteerEntity = { key: `r:${r.id}`, id: r.id, name: r.name, kind: r.kind, source: 'registry', countryKey: null, actor: r.kind !== 'place' }
    entities.set(entity.key, entity)
    addAlias(entity, r.name)
    for (const alias of r.aliases) addAlias(entity, alias)
  }

  // World entries fold into the registry entity of the same kind that shares a name or alias:
  // only world entries listing one of the registry's aliases can.
  const folds = new Map<number, GazetteerEntity>()
  for (const lower of registryByAlias.keys()) {
    const indices = layer.indicesByFoldAlias.get(lower)
    if (indices === undefined) continue
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

  // Replay each key touched by a fold in gazetteer order: an entry with no fold of its own goes
  // where the previous entry with its key went (or to a world entity of this registry's own).
  const targets = new Map<number, GazetteerEntity>()
  const lastTarget = new Map<string, GazetteerEntity>()
  const affectedKeys = new Set([...folds.keys()].map((index) => world[index].key))
  for (const key of affectedKeys) {
    let state: GazetteerEntity | undefined
    for (const index of layer.indicesByKey.get(key)!) {
      const w = world[index]
      let target = folds.get(index) ?? state
      if (target === undefined) {
        target = { key: w.key, id: null, name: w.name, kind: w.kind, source: 'world', countryKey: null, actor: w.kind !== 'place' }
        entities.set(target.key, target)
      }
      if (w.rank < 1) target.actor = true
      targets.set(index, target)
      state = target
    }
    lastTarget.set(key, state!)
    if (!entities.has(key)) entities.set(key, null)
  }

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
  const resolver: Resolver = { direct, entityOf }

  // Every form the registry touches, re-resolved: its own (first, in registry order), and all
  // those of the world entries whose entity changed.
  const overrides = new Map<string, AliasEntry | null>()
  for (const form of direct.keys()) overrides.set(form, null)
  for (const key of [...affectedKeys, ...copies.keys()]) {
    for (const index of layer.indicesByKey.get(key)!) for (const form of layer.formsByIndex[index]) overrides.set(form, null)
  }
  for (const form of overrides.keys()) overrides.set(form, resolveForm(layer, resolver, form))
  const entryOf = (form: string): AliasEntry | null => (overrides.has(form) ? overrides.get(form)! : layer.defaults.get(form) ?? null)

  // The registry trie: a path a touched form ends on gets the full entry list of that path, in
  // alias order (the registry's forms, then the world's). Where the world has no form on the path
  // (or in the lowercase index), the registry's own forms are all there is.
  const root: TrieNode = { next: new Map(), entries: null }
  const mixedEnds = new Map<TrieNode, { world: WorldTrieNode; own: string[] }>()
  const byAlias = new Map<string, GazetteerEntity | null>()
  const mixedLowers = new Map<string, string[]>()
  for (const [form, entry] of overrides) {
    const own = direct.has(form)
    const keys = trieKeys(form)
    if (keys.length > 0) {
      let node = root
      let worldNode: WorldTrieNode | undefined = layer.root
      for (const key of keys) {
        node.next ??= new Map()
        let next = node.next.get(key)
        if (next === undefined) {
          next = { next: null, entries: null }
          node.next.set(key, next)
        }
        node = next
        worldNode = worldNode?.next?.get(key)
      }
      if (worldNode?.forms) {
        let end = mixedEnds.get(node)
        if (end === undefined) mixedEnds.set(node, (end = { world: worldNode, own: [] }))
        if (own) end.own.push(form)
      } else {
        node.entries ??= []
        if (entry !== null) node.entries.push(entry)
      }
    }
    const { lower } = infoOf(form)
    if (layer.formsByLower.has(lower)) {
      let list = mixedLowers.get(lower)
      if (list === undefined) mixedLowers.set(lower, (list = []))
      if (own) list.push(form)
    } else if (entry !== null) {
      if (!byAlias.get(lower)) byAlias.set(lower, entry.entity)
    } else if (!byAlias.has(lower)) {
      byAlias.set(lower, null)
    }
  }
  const inOrder = (own: string[], worldForms: string[]) => (own.length === 0 ? worldForms : [...own, ...worldForms.filter((f) => !direct.has(f))])
  for (const [node, end] of mixedEnds) {
    const entries: AliasEntry[] = []
    for (const form of inOrder(end.own, end.world.forms!)) {
      const entry = entryOf(form)
      if (entry !== null) entries.push(entry)
    }
    node.entries = entries
  }
  for (const [lower, own] of mixedLowers) {
    let found: GazetteerEntity | null = null
    for (const form of inOrder(own, layer.formsByLower.get(lower)!)) {
      const entry = entryOf(form)
      if (entry !== null) {
        found = entry.entity
        break
      }
    }
    byAlias.set(lower, found)
  }

  return { registry, entities: new Layered(entities, layer.entityByKey), byAlias: new Layered(byAlias, layer.byAlias), root, world: layer }
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
