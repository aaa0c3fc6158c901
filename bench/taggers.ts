import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * `npm run bench:taggers`: which part-of-speech tagger tags news English better, compromise 14
 * or wink-nlp with its English lite web model, measured on `test/fixtures/pos/gold.tsv` (60
 * sentences of `dev` articles of the corpus, tagged by hand with Universal Dependencies v2 UPOS;
 * see the README beside it) and timed on every `.txt` article of `test/fixtures/corpus/`.
 *
 * Each tagger runs on each gold sentence's original text (`# text = …`), never on the gold
 * tokens, so its own tokenizer is part of what is measured. Its tokens are aligned to the gold
 * tokens by character offsets: a gold token takes the tag of the tagger token that overlaps it
 * most (first on a tie); a gold token no tagger token overlaps is scored wrong ("unaligned").
 * Offsets are [start, end) in UTF-16 code units of the sentence text.
 *
 * Accuracy is over word tokens (gold tag other than PUNCT): compromise keeps punctuation inside
 * its terms' `pre`/`post` and emits no punctuation tokens, so counting PUNCT would measure its
 * tokenizer, not its tagger. wink's accuracy with PUNCT included is printed as well.
 *
 * It reports; it asserts nothing about the taggers. It does check the gold (every token found in
 * order in its text, every text a substring of its article, every article in the `dev` split,
 * every tag a UPOS tag) and exits non-zero when the gold is malformed.
 * `--errors` lists each tagger's errors on the focus tags, grouped by gold → predicted pair.
 */

export const UPOS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const
export type Upos = (typeof UPOS_TAGS)[number]

/** A token with its character span [start, end) in UTF-16 code units of the text it came from. */
export interface Span {
  start: number
  end: number
}

export interface GoldToken extends Span {
  form: string
  upos: Upos
}

export interface GoldSentence {
  slug: string
  text: string
  tokens: GoldToken[]
}

/** A tagger's token: its span, its UPOS tag and the tagger's own label (for error listings). */
export interface TaggedToken extends Span {
  upos: Upos
  raw: string
}

export interface Tagger {
  name: string
  /** Whether it emits punctuation as tokens of their own (compromise does not). */
  punctuation: boolean
  /** Tags a text; tokens in text order, spans into `text`. */
  tag(text: string): TaggedToken[]
}

const ROOT = new URL('..', import.meta.url)
const CORPUS_DIR = new URL('test/fixtures/corpus/', ROOT)
const GOLD_FILE = new URL('test/fixtures/pos/gold.tsv', ROOT)
const UPOS_SET: ReadonlySet<string> = new Set(UPOS_TAGS)

/**
 * Parses the gold TSV: `# <slug>`, `# text = <sentence>`, then `token<TAB>UPOS` lines, a blank
 * line between sentences. Each token is located in the text from the end of the previous one
 * (only whitespace may lie between tokens), which gives its span. Throws on any malformed line.
 */
export function parseGold(tsv: string): GoldSentence[] {
  const sentences: GoldSentence[] = []
  for (const [b, block] of tsv.split(/\n[ \t]*\n/).entries()) {
    const lines = block.split('\n').filter((l) => l.trim() !== '')
    if (lines.length === 0) continue
    const slug = /^# (\S+)$/.exec(lines[0] ?? '')?.[1]
    const text = /^# text = (.+)$/.exec(lines[1] ?? '')?.[1]
    if (!slug || !text) throw new Error(`gold block ${b + 1}: expected "# <slug>" then "# text = …"`)
    const tokens: GoldToken[] = []
    let cursor = 0
    for (const line of lines.slice(2)) {
      const [form, upos, extra] = line.split('\t')
      if (!form || !upos || extra !== undefined || !UPOS_SET.has(upos)) throw new Error(`gold ${slug}: bad line ${JSON.stringify(line)}`)
      let start = cursor
      while (start < text.length && /\s/.test(text[start] ?? '')) start++
      if (!text.startsWith(form, start)) throw new Error(`gold ${slug}: token ${JSON.stringify(form)} not found at ${start} of its text`)
      tokens.push({ form, upos: upos as Upos, start, end: start + form.length })
      cursor = start + form.length
    }
    if (text.slice(cursor).trim() !== '') throw new Error(`gold ${slug}: text continues after the last token: ${JSON.stringify(text.slice(cursor))}`)
    sentences.push({ slug, text, tokens })
  }
  return sentences
}

/** Checks each gold sentence against its article: the text must occur in it and the article be `dev`. */
function checkAgainstCorpus(gold: GoldSentence[]): void {
  for (const s of gold) {
    const article = readFileSync(new URL(`${s.slug}.txt`, CORPUS_DIR), 'utf8')
    if (!article.includes(s.text)) throw new Error(`gold ${s.slug}: sentence not found in the article: ${s.text}`)
    const meta = JSON.parse(readFileSync(new URL(`${s.slug}.gold.json`, CORPUS_DIR), 'utf8')) as { meta?: { split?: string } }
    if (meta.meta?.split !== 'dev') throw new Error(`gold ${s.slug}: article is not in the dev split`)
  }
}

// ---------------------------------------------------------------------------------------------
// compromise → UPOS

/** compromise's Conjunction tag covers both kinds; these closed-class words are the coordinators. */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'plus', 'either', 'neither', 'both', '&'])
/** compromise's QuestionWord tag: these are pronouns, the rest (when, where, why, how) adverbs. */
const WH_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'what', 'whoever', 'whatever', 'whichever'])
const NOT_FORMS = new Set(['not', "n't", 'n’t', ''])

/**
 * compromise's tags → UPOS. compromise gives each term a set of tags (Noun, Singular, ProperNoun,
 * Verb, PastTense, Auxiliary…); the rows below are tried in order and the first whose tag the
 * term has gives the UPOS. `word` is the lower-cased term text, for the two rows that need it.
 *
 * | compromise tag                         | UPOS                                                |
 * |----------------------------------------|-----------------------------------------------------|
 * | Negative                               | PART for not / n't, else ADV ("never")               |
 * | Auxiliary, Modal, Copula               | AUX (UD: copula and auxiliaries are AUX)             |
 * | Particle                               | ADP (UD tags phrasal-verb particles ADP)             |
 * | Pronoun                                | PRON                                                |
 * | QuestionWord                           | PRON for who/whom/whose/which/what, else ADV         |
 * | Value, Cardinal, TextValue, Money,     | NUM                                                 |
 * |   Percent, Fraction, NumericValue      |                                                     |
 * | Ordinal                                | ADJ (UD: "first", "third" are ADJ)                   |
 * | ProperNoun, Person, Place,             | PROPN                                               |
 * |   Organization, WeekDay, Month         |                                                     |
 * | Determiner                             | DET                                                 |
 * | Preposition                            | ADP                                                 |
 * | Conjunction                            | CCONJ for and/or/but/nor/yet/so…, else SCONJ        |
 * | Verb                                   | VERB (Infinitive, Gerund, Participle, PastTense…)    |
 * | Adjective, Comparable                  | ADJ                                                 |
 * | Adverb                                 | ADV                                                 |
 * | Noun, Unit                             | NOUN                                                |
 * | Expression                             | INTJ                                                |
 * | (none of the above)                    | X                                                   |
 *
 * Source: compromise's tagset (`nlp.world().model.one.tagSet`, v14) read against the UD v2 UPOS
 * definitions. Possessive "'s" and contraction halves are split off by `compromiseTagger`, not here.
 */
export function compromiseToUpos(tags: ReadonlySet<string>, word: string): Upos {
  if (tags.has('Negative')) return NOT_FORMS.has(word) ? 'PART' : 'ADV'
  if (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) return 'AUX'
  if (tags.has('Particle')) return 'ADP'
  if (tags.has('Pronoun')) return 'PRON'
  if (tags.has('QuestionWord')) return WH_PRONOUNS.has(word) ? 'PRON' : 'ADV'
  if (tags.has('Ordinal')) return 'ADJ'
  for (const t of ['Value', 'Cardinal', 'TextValue', 'Money', 'Percent', 'Fraction', 'NumericValue']) if (tags.has(t)) return 'NUM'
  for (const t of ['ProperNoun', 'Person', 'Place', 'Organization', 'WeekDay', 'Month']) if (tags.has(t)) return 'PROPN'
  if (tags.has('Determiner')) return 'DET'
  if (tags.has('Preposition')) return 'ADP'
  if (tags.has('Conjunction')) return COORDINATORS.has(word) ? 'CCONJ' : 'SCONJ'
  if (tags.has('Verb')) return 'VERB'
  if (tags.has('Adjective') || tags.has('Comparable')) return 'ADJ'
  if (tags.has('Adverb')) return 'ADV'
  if (tags.has('Noun') || tags.has('Unit')) return 'NOUN'
  if (tags.has('Expression')) return 'INTJ'
  return 'X'
}

/** The clitic of a contraction, carved off the surface term ("did|n't", "they|'ll", "can|not"). */
const CONTRACTION_TAIL = /(?:n['’]t|['’](?:s|re|ve|ll|d|m)|not)$/i
const POSSESSIVE_S = /['’]s$/i

interface CompromiseTerm {
  text: string
  pre: string
  post: string
  tags: Set<string>
}

/**
 * compromise as a Tagger. Spans come from summing each term's `pre` + `text` + `post` (compromise
 * keeps every character of the input in them). Two of its analyses are not tokens of their own
 * and are made so, as UD tokenizes them:
 * - a contraction is one surface term followed by zero-length terms ("didn't" + "" tagged
 *   Negative); its clitic ("n't", "'ll", "'s"…) is given to the first zero-length term;
 * - a possessive is a tag on the noun ("Kenya's" [ProperNoun, Possessive]); its "'s" (or the
 *   apostrophe after a plural, which compromise leaves in `post`) becomes a PART token.
 */
export function compromiseTagger(): Tagger {
  return {
    name: 'compromise',
    punctuation: false,
    tag(text: string): TaggedToken[] {
      const out: TaggedToken[] = []
      let pos = 0
      for (const sentence of nlp(text).document as CompromiseTerm[][]) {
        for (let i = 0; i < sentence.length; i++) {
          const term = sentence[i] as CompromiseTerm
          const start = pos + term.pre.length
          let end = start + term.text.length
          pos = end + term.post.length
          if (term.text === '') continue // an implicit term with no characters left to it
          const raw = [...term.tags].join(',')
          const next = sentence[i + 1]
          if (next && next.text === '' && next.pre === '') {
            const tail = CONTRACTION_TAIL.exec(term.text)
            if (tail && tail.index > 0) {
              end = start + tail.index
              out.push({ start, end, upos: compromiseToUpos(term.tags, term.text.slice(0, tail.index).toLowerCase()), raw })
              out.push({ start: end, end: end + tail[0].length, upos: compromiseToUpos(next.tags, tail[0].toLowerCase()), raw: [...next.tags].join(',') })
              continue
            }
          }
          if (term.tags.has('Possessive') && !term.tags.has('Pronoun')) {
            const bare = new Set(term.tags)
            bare.delete('Possessive')
            if (POSSESSIVE_S.test(term.text)) {
              out.push({ start, end: end - 2, upos: compromiseToUpos(bare, term.text.slice(0, -2).toLowerCase()), raw })
              out.push({ start: end - 2, end, upos: 'PART', raw: 'Possessive' })
              continue
            }
            if (/^['’]/.test(term.post)) {
              out.push({ start, end, upos: compromiseToUpos(bare, term.text.toLowerCase()), raw })
              out.push({ start: end, end: end + 1, upos: 'PART', raw: 'Possessive' })
              continue
            }
          }
          out.push({ start, end, upos: compromiseToUpos(term.tags, term.text.toLowerCase()), raw })
        }
      }
      return out
    },
  }
}

// ---------------------------------------------------------------------------------------------
// wink-nlp

/**
 * wink-nlp with wink-eng-lite-web-model, pipe `['sbd', 'pos']`, as a Tagger. Its tags are UPOS
 * already (its `SPACE` tokens are dropped). Spans: each token's text is looked up from where the
 * previous one ended plus its `precedingSpaces`, falling back to a search forward.
 */
export function winkTagger(): Tagger {
  const wink = winkNLP(model, ['sbd', 'pos'])
  const its = wink.its
  return {
    name: 'wink-nlp',
    punctuation: true,
    tag(text: string): TaggedToken[] {
      const tokens = wink.readDoc(text).tokens()
      const values = tokens.out() as string[]
      const tags = tokens.out(its.pos) as string[]
      const spaces = tokens.out(its.precedingSpaces) as string[]
      const out: TaggedToken[] = []
      let cursor = 0
      for (let i = 0; i < values.length; i++) {
        const value = values[i] as string
        const tag = tags[i] as string
        let start = cursor + (spaces[i] ?? '').length
        if (!text.startsWith(value, start)) start = text.indexOf(value, cursor)
        if (start < 0) continue // a token not found verbatim: left unaligned
        cursor = start + value.length
        if (tag === 'SPACE') continue
        out.push({ start, end: cursor, upos: UPOS_SET.has(tag) ? (tag as Upos) : 'X', raw: tag })
      }
      return out
    },
  }
}

// ---------------------------------------------------------------------------------------------
// scoring

/** What a tagger said for one gold token: its UPOS, or null when no token of it overlaps. */
export interface Alignment {
  gold: GoldToken
  predicted: TaggedToken | null
}

/**
 * Aligns a tagger's tokens to the gold tokens by character offsets: each gold token gets the
 * predicted token with the largest overlap (the first on a tie), or null. Both lists are in text
 * order, so one forward sweep does it: O(gold + predicted).
 */
export function align(gold: readonly GoldToken[], predicted: readonly TaggedToken[]): Alignment[] {
  const out: Alignment[] = []
  let k = 0
  for (const g of gold) {
    while (k < predicted.length && (predicted[k] as TaggedToken).end <= g.start) k++
    let best: TaggedToken | null = null
    let bestOverlap = 0
    for (let j = k; j < predicted.length && (predicted[j] as TaggedToken).start < g.end; j++) {
      const p = predicted[j] as TaggedToken
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start)
      if (overlap > bestOverlap) {
        best = p
        bestOverlap = overlap
      }
    }
    out.push({ gold: g, predicted: best })
  }
  return out
}

/** The tags claim rules lean on most, each scored on its own. */
const FOCUS: Upos[] = ['VERB', 'AUX', 'NOUN', 'PROPN', 'ADP', 'SCONJ', 'PART']

/** One tagger's results on the gold; counts are of gold tokens. */
export interface Score {
  /** Word tokens (gold tag not PUNCT) and those tagged right. */
  words: number
  wordsCorrect: number
  /** Word tokens no tagger token overlapped. */
  unaligned: number
  /** All gold tokens, PUNCT included, and those tagged right. */
  all: number
  allCorrect: number
  /**
   * Per tag, over word tokens: how many have it in the gold, how many of those the tagger gave it
   * (recall = correct / gold), how many the tagger gave it (precision = correct / predicted).
   */
  perTag: Map<Upos, { gold: number; correct: number; predicted: number }>
  /** "not" / "n't" (gold PART) tagged PART. */
  negation: { gold: number; correct: number }
  /** "that" / "whether" / "if" opening a clause (gold SCONJ), tagged SCONJ. */
  complementizers: { gold: number; correct: number }
  /** gold → predicted → count, over word tokens. */
  confusion: Map<string, Map<string, number>>
  /** "GOLD → PREDICTED" → the tokens in context, for errors touching a focus tag. */
  errors: Map<string, string[]>
}

/** Runs the tagger on each gold sentence's text, aligns by offsets and counts (see Score). */
export function score(gold: readonly GoldSentence[], tagger: Tagger): Score {
  const s: Score = { words: 0, wordsCorrect: 0, unaligned: 0, all: 0, allCorrect: 0, perTag: new Map(), negation: { gold: 0, correct: 0 }, complementizers: { gold: 0, correct: 0 }, confusion: new Map(), errors: new Map() }
  const cell = (tag: Upos) => {
    let c = s.perTag.get(tag)
    if (!c) s.perTag.set(tag, (c = { gold: 0, correct: 0, predicted: 0 }))
    return c
  }
  for (const sentence of gold) {
    for (const { gold: g, predicted: p } of align(sentence.tokens, tagger.tag(sentence.text))) {
      const tag = p?.upos ?? null
      const ok = tag === g.upos
      s.all++
      if (ok) s.allCorrect++
      if (g.upos === 'PUNCT') continue
      s.words++
      if (ok) s.wordsCorrect++
      if (!p) s.unaligned++
      cell(g.upos).gold++
      if (ok) cell(g.upos).correct++
      if (tag && tag !== 'PUNCT') cell(tag).predicted++
      if (/^(not|n['’]t)$/i.test(g.form)) {
        s.negation.gold++
        if (ok) s.negation.correct++
      }
      if (g.upos === 'SCONJ' && /^(that|whether|if)$/i.test(g.form)) {
        s.complementizers.gold++
        if (ok) s.complementizers.correct++
      }
      const row = s.confusion.get(g.upos) ?? new Map<string, number>()
      row.set(tag ?? '—', (row.get(tag ?? '—') ?? 0) + 1)
      s.confusion.set(g.upos, row)
      if (!ok && (FOCUS.includes(g.upos) || (tag && FOCUS.includes(tag)))) {
        const key = `${g.upos} → ${tag ?? 'unaligned'}`
        const list = s.errors.get(key) ?? []
        list.push(`${sentence.text.slice(Math.max(0, g.start - 30), g.start)}[${g.form}]${sentence.text.slice(g.end, g.end + 30)}  (${p?.raw ?? ''})`)
        s.errors.set(key, list)
      }
    }
  }
  return s
}

export interface Speed {
  articles: number
  tokens: number
  ms: number
}

/** Best of `rounds` passes of the tagger over all texts (after one warm-up pass). */
function timeTagger(tagger: Tagger, texts: readonly string[], rounds: number): Speed {
  let tokens = 0
  for (const text of texts) tokens += tagger.tag(text).length
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    for (const text of texts) tagger.tag(text)
    best = Math.min(best, performance.now() - t0)
  }
  return { articles: texts.length, tokens, ms: best }
}

const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)} %`)

function main(): void {
  const showErrors = process.argv.includes('--errors')
  const rounds = Number(process.env.TAGGER_ROUNDS ?? 3)
  const gold = parseGold(readFileSync(GOLD_FILE, 'utf8'))
  checkAgainstCorpus(gold)
  const taggers = [compromiseTagger(), winkTagger()]
  const scores = taggers.map((t) => score(gold, t))
  const goldWords = scores[0]?.words ?? 0
  const lines: string[] = []
  lines.push(`POS taggers on ${gold.length} hand-tagged sentences of dev articles (${gold.reduce((n, s) => n + s.tokens.length, 0)} tokens, ${goldWords} words), UD v2 UPOS`)
  lines.push('')
  const head = (label: string) => `${label.padEnd(32)}${taggers.map((t) => t.name.padStart(20)).join('')}`
  const row = (label: string, f: (s: Score, t: Tagger) => string) => `${label.padEnd(32)}${scores.map((s, i) => f(s, taggers[i] as Tagger).padStart(20)).join('')}`
  lines.push(head('accuracy'))
  lines.push(row('words (gold tag not PUNCT)', (s) => pct(s.wordsCorrect, s.words)))
  lines.push(row('all tokens (PUNCT included)', (s, t) => (t.punctuation ? pct(s.allCorrect, s.all) : 'n/a: no PUNCT tokens')))
  lines.push(row('words left unaligned', (s) => String(s.unaligned)))
  lines.push(row('negation not / n\'t as PART', (s) => `${s.negation.correct}/${s.negation.gold}`))
  lines.push(row('that / whether / if as SCONJ', (s) => `${s.complementizers.correct}/${s.complementizers.gold}`))
  lines.push('')
  lines.push(head('focus tags: recall | precision'))
  for (const tag of FOCUS) {
    const n = scores[0]?.perTag.get(tag)?.gold ?? 0
    lines.push(row(`${tag} (${n} in gold)`, (s) => {
      const c = s.perTag.get(tag) ?? { gold: 0, correct: 0, predicted: 0 }
      return `${pct(c.correct, c.gold)} | ${pct(c.correct, c.predicted)}`
    }))
  }
  lines.push('')
  lines.push('confusions among VERB / AUX / NOUN / ADJ (gold → predicted: count)')
  for (const [t, s] of taggers.map((t, i) => [t, scores[i] as Score] as const)) {
    const cells: string[] = []
    for (const g of ['VERB', 'AUX', 'NOUN', 'ADJ']) {
      for (const [p, n] of s.confusion.get(g) ?? []) if (p !== g && ['VERB', 'AUX', 'NOUN', 'ADJ'].includes(p)) cells.push(`${g}→${p} ${n}`)
    }
    lines.push(`  ${t.name.padEnd(12)} ${cells.join(', ') || 'none'}`)
  }
  lines.push('')

  const dir = fileURLToPath(CORPUS_DIR)
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'))
  const chars = texts.reduce((n, t) => n + t.length, 0)
  // Warm-up for both before either is timed, then timed in turn.
  for (const t of taggers) for (const text of texts) t.tag(text)
  const speeds = taggers.map((t) => timeTagger(t, texts, rounds))
  lines.push(`speed: ${texts.length} corpus articles (${Math.round(chars / texts.length)} characters on average), text → UPOS tokens with offsets, one core, best of ${rounds} after a warm-up`)
  for (const [i, t] of taggers.entries()) {
    const sp = speeds[i] as Speed
    lines.push(`  ${t.name.padEnd(12)} ${((sp.articles * 1000) / sp.ms).toFixed(0).padStart(6)} articles/s  ${((sp.tokens * 1000) / sp.ms).toFixed(0).padStart(8)} tokens/s (its own tokens)  ${(sp.ms / sp.articles).toFixed(2)} ms/article`)
  }
  const [c, w] = speeds as [Speed, Speed]
  lines.push(`  ratio wink / compromise (articles/s): ${(c.ms / w.ms).toFixed(2)}`)
  if (showErrors) {
    for (const [i, t] of taggers.entries()) {
      lines.push('', `errors of ${t.name} on the focus tags (gold → predicted), most frequent first`)
      const groups = [...(scores[i] as Score).errors].sort((a, b) => b[1].length - a[1].length)
      for (const [key, list] of groups) {
        lines.push(`  ${key}: ${list.length}`)
        for (const e of list) lines.push(`      ${e}`)
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main()
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`)
    process.exit(1)
  }
}
