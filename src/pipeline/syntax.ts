import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import lemmatizer from 'wink-lemmatizer'
import type { Doc, Sentence } from './doc.js'
import { lowerBound } from './doc.js'
import { WEEKDAYS_AND_MONTHS } from './lexicon.js'

/**
 * The shallow syntactic layer: part of speech and lemma for each token of a sentence, noun-phrase
 * chunks with their heads, verb groups (lemma, tense, voice, negation, modality) and clause
 * boundaries (that-, whether-, if-, relative clauses, and the unmarked complement of a reporting
 * verb). Claim rules read it instead of guessing from words around a trigger.
 *
 * Tags come from wink-nlp's English lite model (Universal Dependencies UPOS): on a hand-tagged
 * sample of the corpus (`npm run bench:taggers`) it tags 93.2 % of words right against compromise's
 * 84.2 %, and runs 25–40 times faster; it misses "whether" as a subordinator, which the clause
 * finder knows by its word. The
 * `syntax` stage runs it only over the sentences a claim frame's words cue, all at once per
 * document: one call to the tagger over those sentences joined, their tags mapped back onto the
 * pipeline's own tokens by character offsets. Every span is [start, end) in UTF-16 code units of
 * the unchanged text.
 */

export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

export interface Chunk {
  start: number
  end: number
  /** Doc token range [tokenStart, tokenEnd). */
  tokenStart: number
  tokenEnd: number
  /** The doc token index of the head: the last noun, name or pronoun of the chunk. */
  head: number
}

export interface VerbGroup {
  start: number
  end: number
  tokenStart: number
  tokenEnd: number
  /** Doc token index of the main verb (or of the copula when there is none: "was responsible"). */
  head: number
  /** The head's lemma, with its particle: "carry out", "rule out", "point to" stays "point". */
  lemma: string
  tense: 'past' | 'present' | 'future'
  voice: 'active' | 'passive'
  perfect: boolean
  /** "not", "n't", "never", "no longer" inside the group. */
  negated: boolean
  /** The modal's lemma ("could", "may", "would"…) or null. */
  modal: string | null
}

export type ClauseKind = 'main' | 'that' | 'whether' | 'if' | 'relative' | 'complement' | 'adverbial'

export interface Clause {
  start: number
  end: number
  kind: ClauseKind
  /** Index (in `verbGroups`) of the verb group the clause depends on; null for a main clause. */
  governor: number | null
}

export interface SentenceSyntax {
  readonly sentence: Sentence
  /** Per doc token of the sentence (index k - sentence.tokenStart): its UPOS tag and lemma. */
  readonly pos: Upos[]
  readonly lemma: string[]
  readonly chunks: Chunk[]
  readonly verbGroups: VerbGroup[]
  readonly clauses: Clause[]
}

const nlp = winkNLP(model, ['pos'])
const its = nlp.its

const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'nights', 'mornings'])
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])
// The first half of a contracted negation, as the pipeline splits it ("didn" ' "t"), and its auxiliary.
const CONTRACTED_AUX: Record<string, string> = { didn: 'did', doesn: 'does', don: 'do', isn: 'is', aren: 'are', wasn: 'was', weren: 'were', hasn: 'has', haven: 'have', hadn: 'had', won: 'will', wouldn: 'would', can: 'can', couldn: 'could', shouldn: 'should', mightn: 'might', mustn: 'must', ca: 'can', wo: 'will' }

/** Whether tokens k, k+1 are the "'" "t" of a contracted "n't" glued to the word before. */
function contractedNot(doc: Doc, k: number): boolean {
  const apostrophe = doc.tokens[k]
  const t = doc.tokens[k + 1]
  return apostrophe?.text === "'" && !apostrophe.spaceBefore && t?.lower === 't' && !t.spaceBefore && /n$/.test(doc.tokens[k - 1]?.lower ?? '')
}

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought'])
const NEGATORS = new Set(['not', "n't", 'never'])
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away'])
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been'])
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', 'can', 'may', 'must', 'shall', "'s", "'re", "'m", "'ve"])
const GROUP_ADVERBS = new Set(['also', 'already', 'still', 'just', 'now', 'since', 'long', 'earlier', 'previously', 'repeatedly', 'publicly', 'openly', 'quickly', 'later', 'then', 'reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'likely', 'originally', 'initially', 'first', 'swiftly', 'immediately', 'strongly', 'flatly', 'categorically', 'firmly', 'both', 'all', 'ever', 'yet', 'so', 'far'])
const CLAUSE_MARKERS: Record<string, ClauseKind> = { that: 'that', whether: 'whether', if: 'if', who: 'relative', which: 'relative', whom: 'relative', whose: 'relative', because: 'adverbial', although: 'adverbial', though: 'adverbial', while: 'adverbial', whereas: 'adverbial', when: 'adverbial', after: 'adverbial', before: 'adverbial', unless: 'adverbial', since: 'adverbial' }
/** Reporting and cognition verbs (lemmas), whose object may be a clause without "that": "said the group was behind it", "believe it was". */
export const REPORTING_VERBS = new Set(['say', 'tell', 'believe', 'think', 'suspect', 'claim', 'insist', 'add', 'argue', 'suggest', 'fear', 'assume', 'know', 'conclude', 'find', 'allege', 'assert', 'maintain', 'acknowledge', 'admit', 'confirm', 'deny', 'report', 'state', 'warn', 'doubt', 'hope', 'expect', 'feel', 'show', 'indicate', 'reckon', 'estimate', 'write', 'announce', 'note', 'explain', 'declare'])

/**
 * The `syntax` stage: tags and parses, in one batch, the sentences `wanted` picks (all of them by
 * default), storing each in `doc.syntax`. Returns the same Doc.
 */
export function parseSyntax(doc: Doc, wanted: (sentence: Sentence) => boolean = () => true): Doc {
  const batch = doc.sentences.filter((s) => !doc.syntax.has(s.start) && wanted(s))
  if (batch.length > 0) for (const s of tagSentences(doc, batch)) doc.syntax.set(s.sentence.start, s)
  return doc
}

/**
 * The syntax of `sentence` in `doc`: from `doc.syntax` when the `syntax` stage parsed it, else
 * computed now (with the rest of `wanted`, in one batch) and kept there. Never throws on odd text:
 * tokens the tagger cannot align get 'X'.
 */
export function syntaxOf(doc: Doc, sentence: Sentence, wanted?: Sentence[]): SentenceSyntax {
  const hit = doc.syntax.get(sentence.start)
  if (hit) return hit
  const batch = (wanted ?? [sentence]).filter((s) => !doc.syntax.has(s.start))
  if (!batch.includes(sentence)) batch.push(sentence)
  for (const s of tagSentences(doc, batch)) doc.syntax.set(s.sentence.start, s)
  return doc.syntax.get(sentence.start)!
}

function tagSentences(doc: Doc, batch: Sentence[]): SentenceSyntax[] {
  // One tagger call over the sentences joined by blank lines; offsets map back through `origins`.
  let joined = ''
  const origins: Array<{ at: number; sentence: Sentence }> = []
  for (const s of batch) {
    if (joined) joined += '\n\n'
    origins.push({ at: joined.length, sentence: s })
    joined += doc.lookup.slice(s.start, s.end)
  }
  const wink = nlp.readDoc(joined)
  const values = wink.tokens().out(its.value) as string[]
  const tags = wink.tokens().out(its.pos) as Upos[]
  // The lite model ships a lemmatizer add-on whose type wink-nlp declares apart.
  const lemmas = wink.tokens().out(its.lemma as unknown as typeof its.value) as string[]
  // Character offset → wink token index, over `joined`.
  const starts: number[] = []
  let cursor = 0
  for (const v of values) {
    // Tokens follow each other with whitespace between; one the tagger rewrote is looked for a few
    // characters on at most, so that the mapping stays linear in the text.
    let at = cursor
    while (at < joined.length && /\s/.test(joined[at]!)) at++
    if (!joined.startsWith(v, at)) {
      const near = joined.slice(cursor, cursor + 64 + v.length).indexOf(v)
      at = near === -1 ? -1 : cursor + near
    }
    starts.push(at === -1 ? cursor : at)
    if (at !== -1) cursor = at + v.length
  }
  return origins.map(({ at, sentence }) => {
    const pos: Upos[] = []
    const lemma: string[] = []
    let w = 0
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const t = doc.tokens[k]
      const offset = at + t.start - sentence.start
      w = Math.max(w, lowerBound(starts, offset + 1, (x) => x) - 1)
      const inside = w >= 0 && offset < starts[w] + values[w].length
      const tag = inside ? tags[w] : 'X'
      // The pipeline splits "'s" into "'" and "s": both halves carry the possessive's tag.
      pos.push(tag)
      lemma.push(inside && starts[w] === offset && values[w].length === t.text.length ? lemmas[w].toLowerCase() : t.lower)
    }
    retag(doc, sentence, pos, lemma)
    return new LazySyntax(doc, sentence, pos, lemma)
  })
}

/** Compound nouns of crowd control the lite model splits into a verb and a noun ("tear/VERB gas"). */
const COMPOUND_NOUNS = new Set(['tear gas', 'water cannon', 'pepper spray', 'rubber bullets', 'riot police', 'riot gear', 'riot squad', 'riot trucks'])

/**
 * Corrections of the tagger's slips on news English: the compound nouns above tagged as a verb, and
 * a participle after a comma or "and" tagged as a noun when an object follows ("…, firing tear gas
 * at the crowd" → firing/VERB, lemma "fire" by wink-lemmatizer), a perfect's participle read as an
 * adjective, and "said" read as an adjective before what it reports.
 */
function retag(doc: Doc, sentence: Sentence, pos: Upos[], lemma: string[]): void {
  const base = sentence.tokenStart
  for (let i = 0; i + 1 < pos.length; i++) {
    if (COMPOUND_NOUNS.has(`${doc.tokens[base + i]!.lower} ${doc.tokens[base + i + 1]!.lower}`)) {
      pos[i] = 'NOUN'
      pos[i + 1] = 'NOUN'
    }
  }
  for (let i = 1; i + 1 < pos.length; i++) {
    const t = doc.tokens[base + i]!
    const before = doc.tokens[base + i - 1]!.lower
    if (pos[i] !== 'NOUN' || !/^[a-z]{3,}ing$/.test(t.text) || (before !== ',' && before !== 'and')) continue
    const next = pos[i + 1]
    if (next !== 'DET' && next !== 'NOUN' && next !== 'ADJ' && next !== 'NUM' && next !== 'PRON') continue
    pos[i] = 'VERB'
    if (lemma[i] === t.lower) lemma[i] = lemmatizer.verb(t.lower)
  }
  // "had overloaded the boat", "has padlocked the gates": an -ed word the tagger read as an adjective
  // is a participle after a perfect auxiliary when an object follows it.
  for (let i = 1; i + 1 < pos.length; i++) {
    const t = doc.tokens[base + i]!
    if (pos[i] !== 'ADJ' || !/^[a-z]{3,}ed$/.test(t.text) || !PERFECT_AUXILIARIES.has(doc.tokens[base + i - 1]!.lower)) continue
    const next = pos[i + 1]
    if (next !== 'DET' && next !== 'PRON' && next !== 'NUM') continue
    pos[i] = 'VERB'
    if (lemma[i] === t.lower) lemma[i] = lemmatizer.verb(t.lower)
  }
  // "Workers who survived said supervisors sent them back": "said"/"says" read as an adjective
  // before the noun it reports on is the reporting verb.
  for (let i = 1; i + 1 < pos.length; i++) {
    const t = doc.tokens[base + i]!
    if ((t.lower !== 'said' && t.lower !== 'says') || pos[i] === 'VERB') continue
    if (!['VERB', 'NOUN', 'PROPN', 'PRON'].includes(pos[i - 1]!) || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'SCONJ'].includes(pos[i + 1]!)) continue
    pos[i] = 'VERB'
    lemma[i] = 'say'
  }
}

const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had', "'ve", "'d"])

/** Chunks, verb groups and clauses are found on first read: most rules need one of them, few all. */
class LazySyntax implements SentenceSyntax {
  #chunks?: Chunk[]
  #verbGroups?: VerbGroup[]
  #clauses?: Clause[]
  constructor(
    private readonly doc: Doc,
    readonly sentence: Sentence,
    readonly pos: Upos[],
    readonly lemma: string[],
  ) {}
  get chunks(): Chunk[] {
    return (this.#chunks ??= findChunks(this.doc, this.sentence, this.pos))
  }
  get verbGroups(): VerbGroup[] {
    return (this.#verbGroups ??= findVerbGroups(this.doc, this.sentence, this.pos, this.lemma))
  }
  get clauses(): Clause[] {
    return (this.#clauses ??= findClauses(this.doc, this.sentence, this.pos, this.verbGroups))
  }
}

const isNominal = (tag: Upos) => tag === 'NOUN' || tag === 'PROPN' || tag === 'PRON' || tag === 'NUM'

/** Noun-phrase chunks: maximal runs of determiners, adjectives, numbers, nouns and names (with a possessive "'s" inside), headed by their last nominal. */
function findChunks(doc: Doc, sentence: Sentence, pos: Upos[]): Chunk[] {
  const chunks: Chunk[] = []
  const base = sentence.tokenStart
  let k = base
  while (k < sentence.tokenEnd) {
    if (!inChunk(doc, sentence, pos, k)) {
      k++
      continue
    }
    const first = k
    let head = -1
    while (k < sentence.tokenEnd && inChunk(doc, sentence, pos, k)) {
      if (isNominal(pos[k - base])) head = k
      // A nominal adjective heads the phrase before a verb: "Israel's military said", "the wounded were".
      else if (pos[k - base] === 'ADJ' && !inChunk(doc, sentence, pos, k + 1) && (pos[k + 1 - base] === 'VERB' || pos[k + 1 - base] === 'AUX')) head = k
      // A pronoun is a chunk of its own ("they" in "said they did not believe"), a possessive opens one ("its aircraft").
      // A day or a month ends one: "On Friday | riot police fired".
      if ((pos[k - base] === 'PRON' && k === first && !POSSESSIVES.has(doc.tokens[k].lower)) || (WEEKDAYS_AND_MONTHS.has(doc.tokens[k].lower) && !PARTS_OF_DAY.has(doc.tokens[k + 1]?.lower ?? ''))) {
        k++
        break
      }
      k++
    }
    // "The military, for its part,…", "the wounded": a determiner and an adjective alone are a noun phrase.
    if (head === -1 && pos[first - base] === 'DET' && pos[k - 1 - base] === 'ADJ' && k - first >= 2) head = k - 1
    if (head !== -1) chunks.push({ start: doc.tokens[first].start, end: doc.tokens[head].end, tokenStart: first, tokenEnd: head + 1, head })
  }
  return chunks
}

/** Whether token `i` can be part of a noun phrase: determiners, adjectives, nominals, a possessive "'s", a hyphen inside a name. */
function inChunk(doc: Doc, sentence: Sentence, pos: Upos[], i: number): boolean {
  if (i >= sentence.tokenEnd) return false
  const base = sentence.tokenStart
  const tag = pos[i - base]
  const text = doc.tokens[i].text
  // "that", "which", "who" open clauses, never noun phrases.
  if (CLAUSE_MARKERS[doc.tokens[i].lower] !== undefined) return false
  if (tag === 'DET' || tag === 'ADJ' || isNominal(tag)) return true
  // "Ukraine's", "the militants' claim", "Abu Harith al-Anbari", "Jaamat-ul-Ahrar".
  if (text === "'" && i > base && isNominal(pos[i - 1 - base] ?? 'X')) return true
  if (text === 's' && doc.tokens[i - 1]?.text === "'" && !doc.tokens[i].spaceBefore) return true
  if (text === '-' && !doc.tokens[i].spaceBefore && i + 1 < sentence.tokenEnd && !doc.tokens[i + 1].spaceBefore) return true
  return false
}

/**
 * Verb groups: auxiliaries, modals, negation and a few adverbs, up to the main verb and its
 * particle ("could have been carried out", "has not ruled out", "did not believe", "was
 * responsible" → the copula "was" heads a group of its own).
 */
function findVerbGroups(doc: Doc, sentence: Sentence, pos: Upos[], lemma: string[]): VerbGroup[] {
  const groups: VerbGroup[] = []
  const base = sentence.tokenStart
  let k = base
  while (k < sentence.tokenEnd) {
    const tag = pos[k - base]
    if (tag !== 'AUX' && tag !== 'VERB') {
      k++
      continue
    }
    // A negator or adverb right before the group, outside any other group, is the group's: "never denied".
    let first = k
    let negated = false
    const floor = groups.length > 0 ? groups[groups.length - 1].tokenEnd : base
    while (first - 1 >= floor && (NEGATORS.has(doc.tokens[first - 1].lower) || (pos[first - 1 - base] === 'ADV' && GROUP_ADVERBS.has(doc.tokens[first - 1].lower)))) {
      first--
      if (NEGATORS.has(doc.tokens[first].lower)) negated = true
    }
    let head = -1
    let modal: string | null = null
    const auxes: string[] = []
    for (; k < sentence.tokenEnd; k++) {
      const t = doc.tokens[k]
      const tg = pos[k - base]
      if (tg === 'AUX' || (CONTRACTED_AUX[t.lower] !== undefined && contractedNot(doc, k + 1))) {
        if (head !== -1) break
        const aux = CONTRACTED_AUX[t.lower] !== undefined && contractedNot(doc, k + 1) ? CONTRACTED_AUX[t.lower]! : t.lower
        if (MODALS.has(aux)) modal ??= aux
        auxes.push(aux)
        continue
      }
      if (tg === 'VERB') {
        head = k
        k++
        break
      }
      if (NEGATORS.has(t.lower) || (t.lower === 'no' && doc.tokens[k + 1]?.lower === 'longer')) {
        negated = true
        if (t.lower === 'no') k++
        continue
      }
      // "didn't", "won't": the pipeline's tokens are "didn", "'", "t".
      if (contractedNot(doc, k)) {
        negated = true
        k++
        continue
      }
      if ((tg === 'ADV' || tg === 'PART') && GROUP_ADVERBS.has(t.lower) || /ly$/.test(t.lower) && tg === 'ADV') continue
      break
    }
    let end = k
    if (head === -1) {
      // A copula or an auxiliary alone: "was responsible", "were not", "it was."
      let last = first
      for (let j = first; j < k; j++) if (pos[j - base] === 'AUX') last = j
      head = last
      end = last + 1
      k = Math.max(k, first + 1)
    }
    let verbLemma = lemma[head - base]
    // A particle right after the verb belongs to it: "carried out", "ruled out", "blew up".
    if (head + 1 < sentence.tokenEnd && PARTICLES.has(doc.tokens[head + 1].lower) && (pos[head + 1 - base] === 'ADP' || pos[head + 1 - base] === 'ADV' || pos[head + 1 - base] === 'PART')) {
      verbLemma += ` ${doc.tokens[head + 1].lower}`
      end = head + 2
      k = Math.max(k, end)
    }
    const headText = doc.tokens[head].lower
    const beAux = auxes.some((a) => ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets'].includes(a))
    const passive = pos[head - base] === 'VERB' && beAux && !headText.endsWith('ing') && lemma[head - base] !== headText
    const finite = auxes[0] ?? headText
    const tense: VerbGroup['tense'] = modal === 'will' || modal === 'shall' ? 'future' : PAST_AUX.has(finite) || (auxes.length === 0 && /ed$/.test(headText)) || ['could', 'would', 'might', 'should'].includes(finite) || (auxes.length === 0 && lemma[head - base] !== headText && !/s$/.test(headText) && !headText.endsWith('ing')) ? 'past' : PRESENT_AUX.has(finite) || auxes.length === 0 ? 'present' : 'past'
    groups.push({
      start: doc.tokens[first].start,
      end: doc.tokens[end - 1].end,
      tokenStart: first,
      tokenEnd: end,
      head,
      lemma: verbLemma,
      tense,
      voice: passive ? 'passive' : 'active',
      perfect: auxes.some((a) => a === 'has' || a === 'have' || a === 'had' || a === "'ve"),
      negated,
      modal,
    })
  }
  return groups
}

/**
 * Clause boundaries: a clause opens at a subordinating word ("that", "whether", "if", "because"…),
 * a relative pronoun, a semicolon, or — after a reporting or cognition verb — right after the verb
 * when a subject and a verb follow without "that" ("said the group was behind it"). A clause runs
 * to where the next one opens or the sentence ends; its governor is the last verb group before it.
 */
function findClauses(doc: Doc, sentence: Sentence, pos: Upos[], groups: VerbGroup[]): Clause[] {
  const base = sentence.tokenStart
  // `same`: a clause that continues another one's level ("…said that A and that B": B as A).
  const opens: Array<{ at: number; kind: ClauseKind; same?: number }> = [{ at: sentence.start, kind: 'main' }]
  for (let k = base; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]
    const kind = CLAUSE_MARKERS[t.lower]
    const tag = pos[k - base]
    // "whether" and "if" always open a clause; "that" unless it is a determiner ("that attack").
    if (kind && (tag === 'SCONJ' || t.lower === 'whether' || t.lower === 'if' || (kind === 'relative' && tag === 'PRON') || (t.lower === 'that' && tag !== 'DET'))) {
      const clauseKind: ClauseKind = t.lower === 'that' && tag !== 'SCONJ' && isNominal(pos[k - 1 - base] ?? 'X') ? 'relative' : kind
      const previous = doc.tokens[k - 1]?.lower
      const sibling = previous === 'and' || previous === 'or' || previous === 'but' ? findLast(opens, (o) => o.kind === clauseKind) : -1
      opens.push({ at: t.start, kind: clauseKind, ...(sibling !== -1 ? { same: sibling } : {}) })
      // A relative clause between commas ("Dalia Moreau, who arrived later, said…") closes at the
      // next comma, where the clause around it resumes.
      if (clauseKind === 'relative' && doc.tokens[k - 1]?.text === ',') {
        for (let j = k + 1; j < sentence.tokenEnd; j++) {
          if (doc.tokens[j].text === ',') {
            opens.push({ at: doc.tokens[j].end, kind: opens[opens.length - 2]?.kind ?? 'main', same: opens.length - 2 })
            break
          }
        }
      }
    } else if (t.text === ';') opens.push({ at: t.end, kind: 'main' })
  }
  // Unmarked complements: a reporting verb followed by a subject and a finite verb.
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]
    if (!REPORTING_VERBS.has(group.lemma.split(' ')[0])) continue
    const next = groups[g + 1]
    if (!next) continue
    const between = doc.lookup.slice(group.end, next.start)
    if (/^\s*(?:that|whether|if)\b/i.test(between) || /[,;:"“”]/.test(between)) continue
    const k = group.tokenEnd
    if (k < sentence.tokenEnd && (isNominal(pos[k - base]) || pos[k - base] === 'DET' || pos[k - base] === 'ADJ')) opens.push({ at: doc.tokens[k].start, kind: 'complement' })
  }
  const order = opens.map((o, i) => ({ ...o, index: i })).sort((a, b) => a.at - b.at || a.index - b.index)
  const governorOf = (i: number): number | null => {
    const o = opens[i]
    if (o.same !== undefined) return governorOf(o.same)
    if (o.kind === 'main') return null
    return findLast(groups, (g) => g.end <= o.at)
  }
  return order.map((o, i) => {
    const end = order[i + 1]?.at ?? sentence.end
    const governor = governorOf(o.index)
    return { start: o.at, end, kind: o.kind, governor: governor === -1 ? null : governor }
  })
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i
  return -1
}

/** The clause holding offset `at` (the innermost: the last that opens at or before it). */
export function clauseAt(syntax: SentenceSyntax, at: number): Clause {
  let found = syntax.clauses[0]
  for (const c of syntax.clauses) if (c.start <= at) found = c
  return found
}

/** Whether a preposition governs `chunk` ("in Cameroon", "on its Telegram channel"). */
export function afterPreposition(syntax: SentenceSyntax, chunk: Chunk): boolean {
  return syntax.pos[chunk.tokenStart - 1 - syntax.sentence.tokenStart] === 'ADP'
}

/** The last chunk that ends at or before offset `at` and starts at or after `from`, or null. */
export function chunkBefore(syntax: SentenceSyntax, at: number, from = syntax.sentence.start): Chunk | null {
  let found: Chunk | null = null
  for (const c of syntax.chunks) {
    if (c.end > at) break
    if (c.start >= from) found = c
  }
  return found
}

/**
 * The first chunk of `clause` before offset `at` that no preposition governs: where news English
 * puts a clause's subject ("Officials in Cameroon said", "On Monday, the ministry said"). Null if none.
 */
export function freeChunk(syntax: SentenceSyntax, clause: Clause, at: number): Chunk | null {
  return syntax.chunks.find((c) => c.end <= at && c.start >= clause.start && !afterPreposition(syntax, c)) ?? null
}

/** The verb group holding or heading offset `at`, or null. */
export function verbGroupAt(syntax: SentenceSyntax, at: number): VerbGroup | null {
  return syntax.verbGroups.find((g) => g.start <= at && at < g.end) ?? null
}

/**
 * The chain of verb groups that govern offset `at`, innermost first: for "the Front" in "Officials
 * said they did not believe the Front was responsible", [did not believe, said]. Each step is the
 * governor of the clause holding the previous one.
 */
export function governors(syntax: SentenceSyntax, at: number): VerbGroup[] {
  const chain: VerbGroup[] = []
  let clause = clauseAt(syntax, at)
  const seen = new Set<Clause>()
  while (clause.governor !== null && !seen.has(clause)) {
    seen.add(clause)
    const group = syntax.verbGroups[clause.governor]
    chain.push(group)
    clause = clauseAt(syntax, group.start)
  }
  return chain
}
