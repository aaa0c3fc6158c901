import type { Doc, DocEntity, Mention } from './doc.js'
import { fromGazetteer } from './entities.js'

/**
 * Resolution: every mention gets its final entity. NER surfaces that are a known alias join the
 * known entity; short forms join the full name used in the same article ("Putin" → "Vladimir
 * Putin", "Watson" → "Adrienne Watson", "Wagner" → "Wagner Group"); an acronym in parentheses
 * after a name is that name's alias ("Islamic State (ISIS)"); capitalized runs no cue classified
 * and nothing claims are dropped.
 */
export function resolveEntities(doc: Doc): Doc {
  const entities = new Map<string, DocEntity>()
  for (const [key, e] of doc.entities) entities.set(key, { ...e, aliases: new Set(e.aliases) })
  const redirect = new Map<string, string>()
  const follow = (key: string): string => {
    let k = key
    for (let guard = 0; redirect.has(k) && guard < 10; guard++) k = redirect.get(k)!
    return k
  }
  const merge = (from: string, into: string) => {
    const a = follow(from)
    const b = follow(into)
    if (a === b) return
    redirect.set(a, b)
    const source = entities.get(a)
    const target = entities.get(b)
    if (source && target) for (const alias of source.aliases) target.aliases.add(alias)
  }

  const ner = [...entities.values()].filter((e) => e.source === 'ner')

  // 1. A NER surface that is a known alias (other case, other spacing) is the known entity.
  for (const e of ner) {
    const known = doc.registry.byAlias.get(e.name.toLowerCase()) ?? doc.registry.byAlias.get(e.name.replace(/^the /i, '').toLowerCase())
    if (known) {
      if (!entities.has(known.key)) entities.set(known.key, fromGazetteer(known))
      merge(e.key, known.key)
    }
  }

  // 2. Parenthesized acronyms: "Islamic State (ISIS)".
  const mentions = doc.mentions
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]
    const next = mentions[i + 1]
    if (next.source !== 'ner') continue
    const between = doc.text.slice(m.end, next.start)
    if (/^\s*\($/.test(between) && doc.text[next.end] === ')' && /^[\p{Lu}\d-]+$/u.test(next.text)) merge(next.key, m.key)
  }

  // 3. Short forms join the longest full name of the same article that ends or starts with them.
  const named = [...entities.values()].filter((e) => e.kind !== 'place')
  const wordsOf = (s: string) => s.split(/[\s-]+/).filter(Boolean)
  for (const e of ner) {
    if (redirect.has(e.key)) continue
    const words = wordsOf(e.name)
    let best: DocEntity | null = null
    for (const full of named) {
      if (full.key === e.key) continue
      for (const form of [full.name, ...full.aliases]) {
        const fullWords = wordsOf(form)
        if (fullWords.length <= words.length) continue
        const tail = fullWords.slice(fullWords.length - words.length).join(' ')
        const head = fullWords.slice(0, words.length).join(' ')
        const isSurname = full.kind === 'person' && tail === words.join(' ')
        const isGroupShortName = full.kind === 'group' && head === words.join(' ')
        if ((isSurname || isGroupShortName) && (!best || fullWords.length > wordsOf(best.name).length)) best = full
      }
    }
    if (best) merge(e.key, best.key)
  }

  // 4. Drop what no cue classified and nothing merged.
  const finalMentions: Mention[] = []
  for (const m of mentions) {
    const key = follow(m.key)
    const entity = entities.get(key)
    if (!entity) continue
    if (entity.source === 'ner' && !entity.nerKindKnown) continue
    finalMentions.push(key === m.key ? m : { ...m, key })
  }
  const used = new Set(finalMentions.map((m) => m.key))
  const finalEntities = new Map<string, DocEntity>()
  for (const key of used) {
    const e = entities.get(key)!
    if (e.source === 'ner') e.name = canonicalName(e)
    finalEntities.set(key, e)
  }
  return { ...doc, entities: finalEntities, mentions: finalMentions }
}

/** The fullest form seen, without a leading article: "The Washington Post" stays, "the Kremlin" → "Kremlin". */
function canonicalName(e: DocEntity): string {
  let best = e.name
  for (const alias of e.aliases) {
    const clean = alias.replace(/[’]/g, "'")
    if (clean.split(/\s+/).length > best.split(/\s+/).length) best = clean
  }
  return best
}
