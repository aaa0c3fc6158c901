import type { EntityKind } from '../domain/model.js'
import type { Registry } from '../domain/extraction.js'
import type { Token } from './doc.js'
import { isKnownPlaceName } from './lexicon.js'
import { foldForLookup, tokenize } from './normalize.js'
import { worldEntities } from './world.js'

/**
 * The registry and the bundled world gazetteer compiled into one token trie: every alias is
 * matched as whole tokens in one left-to-right pass, longest match first. Compiled once per
 * Registry object (WeakMap), so repeated extractions against the same registry cost nothing here.
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
  next: Map<string, TrieNode>
  entries: AliasEntry[] | null
}

export interface CompiledRegistry {
  registry: Registry
  entities: Map<string, GazetteerEntity>
  /** Lowercased name or alias → entity, for naming what NER found after the fact. */
  byAlias: Map<string, GazetteerEntity>
  root: TrieNode
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

function buildCompiledRegistry(registry: Registry): CompiledRegistry {
  const entities = new Map<string, GazetteerEntity>()
  // Exact alias form → candidate entries; resolved below so ambiguity can be detected.
  const candidates = new Map<string, AliasEntry[]>()
  const registryByAlias = new Map<string, GazetteerEntity[]>()

  const addCandidate = (entity: GazetteerEntity, alias: string, demonym: boolean) => {
    const form = foldForLookup(alias.trim())
    if (form.length === 0) return
    const acronym = ACRONYM.test(form)
    const lowercaseOk = entity.kind === 'place' && !acronym && !form.includes(' ') && isKnownPlaceName(form.toLowerCase())
    const list = candidates.get(form) ?? []
    if (!list.some((e) => e.entity.key === entity.key)) list.push({ entity, alias: form, acronym, demonym, lowercaseOk })
    candidates.set(form, list)
  }

  for (const r of registry.entities) {
    const entity: GazetteerEntity = { key: `r:${r.id}`, id: r.id, name: r.name, kind: r.kind, source: 'registry', countryKey: null, actor: r.kind !== 'place' }
    entities.set(entity.key, entity)
    for (const alias of [r.name, ...r.aliases]) {
      addCandidate(entity, alias, false)
      const lower = alias.toLowerCase()
      const list = registryByAlias.get(lower) ?? []
      if (!list.includes(entity)) list.push(entity)
      registryByAlias.set(lower, list)
    }
  }

  // World entries fold into the registry entity of the same kind that shares a name or alias.
  const worldKeyToEntity = new Map<string, GazetteerEntity>()
  const world = worldEntities()
  for (const w of world) {
    let target: GazetteerEntity | undefined
    for (const alias of [w.name, ...w.aliases]) {
      target = registryByAlias.get(alias.toLowerCase())?.find((e) => e.kind === w.kind)
      if (target) break
    }
    if (target === undefined) {
      target = worldKeyToEntity.get(w.key) ?? { key: w.key, id: null, name: w.name, kind: w.kind, source: 'world', countryKey: null, actor: w.kind !== 'place' }
      entities.set(target.key, target)
    }
    worldKeyToEntity.set(w.key, target)
    if (w.rank < 1) target.actor = true
    for (const alias of w.aliases) addCandidate(target, alias, false)
    for (const d of w.demonyms) addCandidate(target, d, true)
  }
  for (const w of world) {
    if (w.countryKey === null) continue
    const city = worldKeyToEntity.get(w.key)
    const country = worldKeyToEntity.get(w.countryKey)
    if (city && country && city.countryKey === null && city.key !== country.key) {
      city.countryKey = country.key
      city.actor = true
    }
  }

  const rankOf = new Map(world.map((w) => [w.key, w.rank]))
  const root: TrieNode = { next: new Map(), entries: null }
  const byAlias = new Map<string, GazetteerEntity>()
  for (const [form, list] of candidates) {
    const fromRegistry = list.filter((e) => e.entity.source === 'registry')
    let chosen: AliasEntry[]
    if (fromRegistry.length > 0) {
      // DESIGN §2: an alias that could mean two entities is kept on neither.
      if (new Set(fromRegistry.map((e) => e.entity.key)).size > 1) continue
      chosen = [fromRegistry[0]]
    } else {
      chosen = [list.reduce((best, e) => ((rankOf.get(e.entity.key) ?? 9) < (rankOf.get(best.entity.key) ?? 9) ? e : best))]
    }
    insert(root, form, chosen[0])
    const lower = form.toLowerCase()
    if (!byAlias.has(lower)) byAlias.set(lower, chosen[0].entity)
  }
  return { registry, entities, byAlias, root }
}

function trieKey(token: Token, first: boolean): string {
  return first || !token.spaceBefore ? token.lower : ` ${token.lower}`
}

function insert(root: TrieNode, form: string, entry: AliasEntry): void {
  const tokens = tokenize(form)
  if (tokens.length === 0) return
  let node = root
  tokens.forEach((t, i) => {
    const key = trieKey(t, i === 0)
    let next = node.next.get(key)
    if (next === undefined) {
      next = { next: new Map(), entries: null }
      node.next.set(key, next)
    }
    node = next
  })
  node.entries = [...(node.entries ?? []), entry]
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

/** Longest-first, left-to-right, whole-token matching of every known alias. */
export function matchGazetteer(compiled: CompiledRegistry, tokens: Token[], lookup: string): GazetteerMatch[] {
  const matches: GazetteerMatch[] = []
  let i = 0
  while (i < tokens.length) {
    let node = compiled.root.next.get(tokens[i].lower)
    let best: GazetteerMatch | null = null
    let j = i
    while (node !== undefined) {
      if (node.entries !== null) {
        const surface = lookup.slice(tokens[i].start, tokens[j].end)
        const entry = node.entries.find((e) => accepts(e, surface))
        if (entry && !continuesAsLongerName(tokens, j)) best = { tokenStart: i, tokenEnd: j + 1, entry }
      }
      j++
      if (j >= tokens.length) break
      node = node.next.get(trieKey(tokens[j], false))
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
