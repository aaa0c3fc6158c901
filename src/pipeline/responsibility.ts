import type { Stance } from '../domain/model.js'
import type { ExtractedClaim } from '../domain/extraction.js'
import type { Attribution, Doc, Mention, Sentence } from './doc.js'
import { isTitleSentence, lowerBound, tokenEndingAt, tokenStartingAt } from './doc.js'
import { appositiveParty, BODY_TITLE, bodyOf, clientOf, definiteReferent, describedGroup, type Found, found, lastCompanyBefore, lastNonCompanyGroupBefore, LOOKBACK, MEMBER_OF, namedForce, PARTY_STOPS, placeOfLevel, stateOfBody } from './referents.js'
import {
  attributionAt,
  actorKey,
  firstActorAfter,
  insideQuote,
  isActorMention,
  lastGroupBefore,
  lastPersonBefore,
  mentionsBetween,
  nearestActorBefore,
} from './attribution.js'
import { holderOfRole } from './quotes.js'
import { afterPreposition, chunkBefore, clauseAt, freeChunk, governors, REPORTING_VERBS, syntaxOf, verbGroupAt, type Chunk, type SentenceSyntax, type VerbGroup } from './syntax.js'
import { DISMISSED_CHARGE, NATURAL_HAZARD, OWN_PART, RESPONSIBILITY_FRAMES, type Frame } from './frames.js'
import { WEEKDAYS_AND_MONTHS, ACTOR_NOUNS, ARMED_DESCRIPTIONS, STORM_WORDS, COLLECTIVE_VOICES, DESCRIBED_PARTY_HEADS, DETERMINERS, DOUBTED_BELIEFS, FORCE_NOUNS, PERPETRATOR_NOUNS, PERSON_ROLE_NOUNS, PERSON_TITLES, REFERS_BACK, SPEECH_VERBS, STATE_FORCES, STATE_VOICES } from './lexicon.js'

/**
 * Responsibility claims: claimant → stance → target. Each rule is a way news English says that
 * someone did it (or did not), with where the target and the claimant sit relative to the trigger:
 *   subject  — the actor the clause is about, before the trigger ("ISIS-K committed the shooting")
 *   object   — the first actor after it ("Putin blamed Ukraine", "carried out by the Islamic State")
 *   possessor — the actor before "'s" ("Putin's insinuations of…", "the Islamic State's claim")
 * and the claimant: the target itself (a group claiming its own attack), the clause's subject, or
 * the clause's source (a quote's speaker, "according to X", "X said/believes/assured that …"),
 * else null — the article's own voice. Hedges (could, may, possible, theories, indicate…) turn an
 * assertion into a suggestion; negation turns involvement into denial.
 */
const HEDGES = /\b(?:looks? like|looked like|hallmarks|indications?|points? to|pointed to|fairly sure|fairly confident|could|may|might|possibly|possible|potential|potentially|likely|probably|perhaps|suspected|alleged|allegedly|thought to|said to (?:be|have)|understood to|theories|theory|indicate|indicates|indicated|suggest|suggests|suggested|suggesting|suspect|suspects|reportedly|apparently|seems?|seemed|appears?|appeared|believed to|insinuat\w*|hint(?:s|ed|ing)?|impl(?:y|ies|ied|ying))\b/i
const HEDGED_REPORT = /\b(?:insinuat\w*|hint(?:s|ed|ing)|impl(?:ies|ied|ying)|speculat\w*|suggest(?:s|ed|ing))\s+(?:\w+ly\s+|only\s+)?that\b/i
// "was not the only party at fault", "not alone to blame": a share of the fault, not a denial.
const NEGATION = /\b(?:not(?!\s+(?:the\s+|just\s+)?(?:only|alone)\b)|never|no longer|yet to|refused to|declined to|failed to|without|(?:reluctant|unwilling|hesitant|loath|loth) to|in no hurry to)\b|n't\b/i
// What an accusation or a "carried out" must be about to concern responsibility for an event:
// the event itself (attacks, but also disasters: crashes, crushes, violence) or a causal gerund
// ("accused the operator of ignoring warnings", "of staging the violence").
// What a that-clause must speak of for its denial to be about the act: "denied that it was behind…",
// or about the fault in it: "denied that any gate was locked", "that officials had taken bribes".
const ACT_WORDS = /\b(?:used (?:live|excessive|lethal|deadly|tear)|live (?:ammunition|rounds)|behind|responsible|involved|involvement|role|carried out|carry out|attacked|targeted|fired|struck|bombed|killed|planned|ordered|staged|organi[sz]ed|hand|part|(?:pad)?locked|blocked|ignored|overloaded|bribes?|negligen(?:t|ce)|at fault|to blame|cut corners)\b/i
const EVENT_NOUNS = /\b(?:attacks?|act|acts|massacre|shooting|bombings?|assault|killings?|tragedy|crimes?|atrocity|incident|operation|raid|blast|explosion|strike|ambush|siege|carnage|slaughter|it|this|hostage-taking|violence|clashes|riots?|unrest|crash|collision|derailment|disaster|crush|stampede|fire|sinking|capsizing|cyberattacks?|hack|hacking|intrusion|inducing|carrying|committing|orchestrating|perpetrating|organi[sz]ing|staging|causing|provoking|instigating|triggering|ignoring|sabotaging|planning|masterminding|murders?|assassinations?|slaying|homicide|poisoning|ordering|murdering|killing|firing|shooting|bombing|attacking|targeting|shelling)\b/i
const SOURCE_CUES = new Set([...SPEECH_VERBS, 'found', 'concluded', 'determined', 'statement', 'statements', 'theories', 'theory', 'adamant', 'convinced', 'clear', 'assuring', 'insisting', 'arguing', 'saying', 'adding', 'defends', 'sources', 'believes', 'believe', 'insinuated', 'insinuates', 'insinuating', 'hinted', 'hints', 'hinting', 'implied', 'implies', 'implying', 'suggesting'])
const CLAUSE_BOUNDARIES = new Set(['that', 'which', 'who', 'whom', 'whether', 'if', ';', ':', 'while', 'because', 'whereas', 'although', 'though', 'but'])
const FRONTED = new Set(['despite', 'although', 'though', 'while', 'after', 'before', 'in', 'amid', 'amidst', 'following', 'since', 'when', 'if', 'during', 'with', 'unlike', 'contrastingly', 'however'])
const GROUP_ANAPHORA = /\b(?:it|the group|the organi[sz]ation|the militants|the militant group|the terrorist group|the jihadists|the jihadist group|the network|the gang|the militia|the rebels|the insurgents|the faction|the movement|the company|the firm|the operator)\s*$/i
// Prepositions whose phrase may say which of a described party is meant: "the driver of the night
// train", "the guards at the depot" — not "in", which says where they acted ("beaten by villagers
// in Sonagazi" are villagers), and for a state's force only "of" ("police in the trucks" are police).
const RESTRICTING_PREPOSITIONS = new Set(['of', 'at', 'inside', 'on', 'from', 'without'])
// Heads of phrases that say when, where something was said, or what about: never part of the party.
const NOT_RESTRICTING = new Set(['statement', 'statements', 'interview', 'conference', 'briefing', 'speech', 'post', 'posts', 'video', 'letter', 'message', 'broadcast', 'radio', 'television', 'tv', 'media', 'court', 'parliament', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'hours', 'part', 'behalf', 'responsibility', 'deaths', 'death', 'loss', 'lives', 'charges', 'suspicion', 'absentia', 'writing', 'person', 'public', 'turn', 'fact', 'particular', 'addition', 'response', 'connection', 'relation'])
// A described party owned by an anaphor of a named group: "the group's fighters", "the movement's supporters".
const OWNED_BY_ANAPHOR = /^the\s+(?:group|organi[sz]ation|movement|militia|party|company|firm|alliance|front|network)['’]s?\s/i
// Subjects that report nothing of their own: "initial findings indicated", "the footage showed" — their reporter speaks.
const EVIDENCE_SUBJECT = /\b(?:findings?|evidence|footage|images?|data|records?|results?|tests?|analysis|signs|indications?|documents?|inquiry|investigation|probe|report|review|recordings?)\s*$/i
// A group's anaphor alone ("the militia", "the gang", "the rebels"): the group named before, never a described party.
const BARE_ANAPHOR = /^the\s+(?:militia|gang|group|rebels|insurgents|militants|movement|faction|network|organi[sz]ation|cartel)$/i
const HEAD_SHIFT = new Set(['affiliate', 'branch', 'offshoot', 'faction', 'wing', 'cell', 'franchise'])
const ROLE_WORDS = new Set(['president', 'leader', 'premier', 'prime', 'head'])

// What follows a subject: an auxiliary, a modal or a past-tense verb ("Hezbollah denied…", "Egypt has said…").
const OPENS_CLAUSE = /^\s*(?:,\s*)?(?:has|have|had|is|was|were|are|will|would|could|can|may|might|said|says|denied|denies|rejected|blamed|accused|claimed|insisted|added|told|\w+ed\s+(?:that|the|any|its|their)\b)\b/i
/** How many of the latest claims a charge referred back to ("rejected the accusation") may be. */
const RECENT_CLAIMS = 40

// Cue word → the frames it may evoke.
const CUE_INDEX = new Map<string, Frame[]>()
for (const frame of RESPONSIBILITY_FRAMES) for (const cue of frame.cues) CUE_INDEX.set(cue, [...(CUE_INDEX.get(cue) ?? []), frame])

/** The frames the words of `sentence` cue (empty: no frame can match it). */
function cuedFrames(doc: Doc, sentence: Sentence): Set<Frame> {
  const cued = new Set<Frame>()
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) for (const frame of CUE_INDEX.get(doc.tokens[k].lower) ?? []) cued.add(frame)
  return cued
}

interface Trigger {
  rule: Frame
  start: number
  end: number
}

/**
 * The frames' triggers in `sentence`, in frame order (denials first): each cued frame's pattern over
 * the sentence, none in a question or before a question mark ("Did Hamas carry out the attack?
 * officials wondered."). Read once per sentence: the `syntax` stage asks first, this stage reuses.
 */
function triggersIn(doc: Doc, sentence: Sentence): Trigger[] {
  const known = TRIGGERS.get(sentence)
  if (known) return known
  const matches: Trigger[] = []
  const text = doc.lookup.slice(sentence.start, sentence.end)
  const cued = cuedFrames(doc, sentence)
  if (cued.size > 0 && !/\?\s*["”»]?\s*$/.test(text)) {
    const asked = text.lastIndexOf('?') + 1
    for (const rule of RESPONSIBILITY_FRAMES) {
      if (!cued.has(rule)) continue
      rule.pattern.lastIndex = 0
      for (const match of text.matchAll(rule.pattern)) if (match.index >= asked) matches.push({ rule, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length })
    }
  }
  TRIGGERS.set(sentence, matches)
  return matches
}

// Per sentence object (a document's sentences live as long as it does).
const TRIGGERS = new WeakMap<Sentence, Trigger[]>()

/** Whether a responsibility frame's trigger occurs in `sentence`: the sentences the `syntax` stage parses. */
export function cuesFrame(doc: Doc, sentence: Sentence): boolean {
  return triggersIn(doc, sentence).length > 0
}

export function extractResponsibility(doc: Doc): Doc {
  const claims: ExtractedClaim[] = []
  const seen = new Set<string>()
  // The frames' triggers, sentence by sentence; the syntax of the sentences that have one (parsed
  // by the syntax stage); then each trigger's roles and stance.
  const triggered: Array<{ sentence: Sentence; matches: Trigger[] }> = []
  for (const sentence of doc.sentences) {
    // The title is not annotated (codebook §5): the body says again what it says, with its sources.
    if (isTitleSentence(doc, sentence)) continue
    const matches = triggersIn(doc, sentence)
    if (matches.length > 0) triggered.push({ sentence, matches })
  }
  const wanted = triggered.map((t) => t.sentence)
  for (const { sentence, matches } of triggered) {
    const syntax = syntaxOf(doc, sentence, wanted)
    const usedTriggers: Array<[number, number]> = []
    for (const match of matches) {
      const span = match.rule.verb ? verbTrigger(doc, syntax, match.rule, match.start, match.end) : match
      if (!span) continue
      const { start, end } = span
      if (usedTriggers.some(([s, e]) => start < e && end > s)) continue
      const found = applyRule(doc, sentence, syntax, match.rule, start, end, claims)
      if (found.length === 0) continue
      usedTriggers.push([start, end])
      for (const claim of found) {
        const key = `${claim.claimant ?? claim.claimantText}|${claim.target ?? claim.targetText}|${claim.stance}|${sentence.start}`
        if (seen.has(key)) continue
        seen.add(key)
        claims.push(claim)
      }
    }
  }
  return { ...doc, claims: [...doc.claims, ...claims] }
}

/**
 * A verb frame's trigger: its cue (`pattern`'s match, [cueStart, cueEnd)) with the verb group right
 * before it, when that group's lemma is one of the frame's and only `verb.between` separates them:
 * "had earlier taken responsibility" → [had earlier taken … responsibility). Null otherwise.
 */
function verbTrigger(doc: Doc, syntax: SentenceSyntax, rule: Frame, cueStart: number, cueEnd: number): { start: number; end: number } | null {
  const verb = rule.verb!
  // The cue is the verb itself ("had struck") or a word right after it ("taken responsibility").
  let group: VerbGroup | null = verbGroupAt(syntax, cueStart)
  if (group === null) for (const g of syntax.verbGroups) if (g.end <= cueStart) group = g
  if (!group || !verb.lemmas.includes(group.lemma)) {
    // Headlines drop the auxiliaries the tagger leans on ("Brigade claims responsibility"): the word
    // right before the cue, of the frame's lemma whatever its tag, is the verb.
    const k = lowerBound(doc.tokens, cueStart, (t) => t.start) - 1
    const i = k - syntax.sentence.tokenStart
    if (k === -1 || i < 0 || !verb.lemmas.includes(syntax.lemma[i]) || syntax.pos[i] !== 'NOUN') return null
    return { start: doc.tokens[k].start, end: cueEnd }
  }
  if (verb.voice && group.voice !== verb.voice) return null
  if (group.end <= cueStart && !verb.between.test(doc.lookup.slice(group.end, cueStart))) return null
  return { start: group.start, end: Math.max(cueEnd, group.end) }
}

/** The sentence's dismissed charge ("claims of X's involvement were absurd"), read once per sentence. */
function dismissedCharge(doc: Doc, sentence: Sentence): RegExpExecArray | null {
  if (!DISMISSED.has(sentence)) DISMISSED.set(sentence, DISMISSED_CHARGE.exec(doc.lookup.slice(sentence.start, sentence.end)))
  return DISMISSED.get(sentence)!
}

// Per sentence object (a document's sentences live as long as it does).
const DISMISSED = new WeakMap<Sentence, RegExpExecArray | null>()

/**
 * Whether `after` (a denial's object) is a that-clause about the act: "that its fighters carried out
 * the attack", or the same clause without "that" ("denied the group's fighters had fired").
 */
function thatClauseAboutAct(after: string): boolean {
  if (!/^\s*(?:[^,.;]{0,60}?\s)?that\b/i.test(after) && !BARE_CLAUSE.test(after)) return false
  const complement = after.trim().split(/\s+/, 16).slice(1).filter((w) => !/^(?:it|this)$/i.test(w)).join(' ')
  return EVENT_NOUNS.test(complement) || ACT_WORDS.test(complement) || FAULT_WORDS.test(complement)
}

// "not convinced (that) …", "not sure …", "doubt that …" right before the clause that holds the trigger
// (not "no doubt that …", which asserts).
const DOUBTED_STATE = /(?:\b(?:not|never|far\s+from)\s+(?:\w+ly\s+)?(?:convinced|persuaded|sure|certain))\s+(?:that\s+)?[^,.;:"“”]{0,60}$|(?<!\b(?:no|little|without|beyond|any|some|the)\s+)\b(?:doubt|doubts|doubted|doubting)\s+(?:that|whether)\s+[^,.;:"“”]{0,60}$/i
// "urged Rwanda to acknowledge", "called on the group to accept", "is called upon to take": someone else's demand.
const URGED_TO = /\b(?:urg(?:ed|es|e|ing)|call(?:ed|s|ing)?\s+(?:on|upon)|press(?:ed|es|ing)?|demand(?:ed|s|ing)?\s+that|(?:is|are|was|were)\s+(?:being\s+)?called\s+(?:on|upon))\b[^.;:"“”]{0,50}?\bto\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i
// A finite clause with no "that": its subject, then an auxiliary ("the group's fighters had fired…").
const BARE_CLAUSE = /^\s*(?:the|its|their|his|her|any|\p{Lu}[\p{L}-]*)\b[^,.;]{0,50}?\s(?:had|has|have|was|were|is|are)\s/u
// "denied that he had been negligent": fault in a disaster is the act denied (codebook §2).
const FAULT_WORDS = /\b(?:negligent|negligence|careless|reckless|at fault|to blame|culpable|liable|failed|malfunctioned|malfunctioning|faulty)\b/i

/**
 * The claims one frame's trigger at [start, end) makes: one, or one per party when the target is a
 * coordination ("blamed Rui Valadares and Tiago Sequeira"); none when its roles are not found.
 */
function applyRule(doc: Doc, sentence: Sentence, syntax: SentenceSyntax, rule: Frame, start: number, end: number, earlier: ExtractedClaim[]): ExtractedClaim[] {
  const claim = readFrame(doc, sentence, syntax, rule, start, end, earlier)
  if (!claim) return []
  const also = claim.targets.slice(1)
  // "…the hallmarks of Paektu Crane, a hacking team it has previously linked to North Korea": the
  // state the claimant ties the group to is suggested too (codebook §7).
  const patron = claim.claim.target && claim.claim.stance !== 'denies' ? linkedPatron(doc, sentence, claim.claim.target, start) : null
  // "Gintaras Vaitkus, the president, and Rūta Petrauskienė, the prosecutor-general, accused…": each subject claims.
  const coClaimant = rule.claimant === 'subject' && claim.claim.claimant ? coordinatedSubject(doc, sentence, claim.claim.claimant, start) : null
  return [
    claim.claim,
    ...(coClaimant && coClaimant !== claim.claim.target ? [{ ...claim.claim, claimant: coClaimant }] : []),
    ...(patron && patron !== claim.claim.target && patron !== claim.claim.claimant ? [{ ...claim.claim, target: patron, stance: 'suggests' as const }] : []),
    ...also.map((key) => {
      const { targetText: _, ...rest } = claim.claim
      return key.startsWith(WRITTEN) ? { ...rest, target: null, targetText: key.slice(WRITTEN.length) } : { ...rest, target: key }
    }),
  ]
}

/**
 * The actor a group named in the sentence is said to be tied to, in an aside right after it: "Paektu
 * Crane, a hacking team it has previously linked to North Korea", "Grey Lynx, which the newspaper
 * said was linked to the Belarusian government". Null when there is no such aside.
 */
function linkedPatron(doc: Doc, sentence: Sentence, target: string, at: number): string | null {
  const m = mentionsBetween(doc, sentence.start, sentence.end).find((x) => x.key === target || actorKey(doc, x) === target)
  if (!m) return null
  const aside = LINKED_ASIDE.exec(doc.lookup.slice(m.end, Math.min(sentence.end, m.end + 120)))
  if (!aside) return null
  const patron = firstActorAfter(doc, m.end + aside[0].length, Math.min(sentence.end, m.end + aside[0].length + 50))
  return patron && patron.start === m.end + aside[0].length + (/^\s*(?:the\s+)?/i.exec(doc.lookup.slice(m.end + aside[0].length))?.[0].length ?? 0) ? actorKey(doc, patron) : null
}

/**
 * ", a hacking team it has previously linked to", ", which the newspaper said was linked to": a link
 * someone makes, not one the article states in its own voice (", a youth group loosely linked to").
 */
const LINKED_ASIDE = /^\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which|whom)\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:has\s+|have\s+|had\s+)?(?:previously\s+|long\s+|repeatedly\s+)?|which\s+(?:(?:the\s+)?[\w-]+\s+(?:says?|said|believes?)\s+)?(?:is|was|has\s+been|had\s+been)\s+)(?:linked|tied|connected)\s+to\s*/i

/**
 * The second of two coordinated subjects of the verb at `at` whose first is `first` (an entity key):
 * "A, the president, and B, the prosecutor-general, accused…" → B's key. Null when there is none.
 */
function coordinatedSubject(doc: Doc, sentence: Sentence, first: string, at: number): string | null {
  const mentions = mentionsBetween(doc, sentence.start, at).filter((x) => isActorMention(doc, x, 'subject'))
  let i = mentions.length - 1
  while (i >= 0 && mentions[i]!.key !== first) i--
  if (i < 0) return null
  const kind = doc.entities.get(first)?.kind
  const coordinated = (a: Mention, b: Mention) => COORDINATION.test(doc.lookup.slice(a.end, b.start)) && doc.entities.get(a.key)?.kind === kind && doc.entities.get(b.key)?.kind === kind
  // The claimant is the first conjunct ("A and B accused") or the second ("A and B accused", read as B).
  const other = mentions.slice(i + 1, i + 4).find((x) => coordinated(mentions[i]!, x)) ?? mentions.slice(Math.max(0, i - 3), i).find((x) => coordinated(x, mentions[i]!)) ?? null
  if (!other) return null
  // Nothing but an aside and adverbs between the last subject and the verb.
  const last = other.end > mentions[i]!.end ? other : mentions[i]!
  return SUBJECT_TO_VERB.test(doc.lookup.slice(last.end, at)) ? actorKey(doc, other) : null
}

/** Between two coordinated subjects: "A and B", "A, the president, and B". */
const COORDINATION = /^(?:\s*,[^,;"“”]{1,60},)?\s*and\s+$/
/** Between a subject and its verb: an aside set off by commas, auxiliaries and adverbs. */
const SUBJECT_TO_VERB = /^(?:\s*,[^,;"“”]{1,60},)?\s*(?:(?:has|have|had|also|swiftly|quickly|jointly|both|later|then)\s+){0,3}$/i

function readFrame(doc: Doc, sentence: Sentence, syntax: SentenceSyntax, rule: Frame, start: number, end: number, earlier: ExtractedClaim[]): { claim: ExtractedClaim; targets: string[] } | null {
  const floor = clauseStart(doc, sentence, start)
  // Inside a denial's complement ("denied that the group had any role", "rejected claims that it was
  // behind the attack") an involvement phrase is what is denied, never asserted; other readings of
  // the complement (the "claims" of "rejected claims that…") are left to the denial itself.
  const governor = rule.stance === 'denies' ? null : denialGovernor(doc, sentence, start)
  if (governor !== null && !rule.negationDenies) return null
  const before = doc.lookup.slice(floor, start)
  const tokensBefore = before.slice(-100).split(/\s+/).slice(-5).join(' ')
  // A trigger that holds its own negation ("did not do enough", "never sought a permit") is negated only before it.
  const negated = rule.negationInside ? NEGATION.test(tokensBefore) : verbGroupAt(syntax, start)?.negated === true || NEGATION.test(tokensBefore) || (rule.negationDenies !== undefined && NEGATION.test(doc.lookup.slice(start, end))) || (rule.negationWithin !== undefined && /\bnot\b/i.test(doc.lookup.slice(start - rule.negationWithin, start)))
  let stance: Stance = rule.stance
  // The involvement that a dismissed charge names is denied ("claims of Belarusian involvement were absurd").
  const dismissed = rule.stance === 'asserts' && dismissedCharge(doc, sentence)
  if (dismissed && dismissed.index !== undefined && start >= sentence.start + dismissed.index && start < sentence.start + dismissed.index + dismissed[0].length) {
    stance = 'denies'
  }
  if (negated) {
    // "said it had not targeted civilians" denies; "it had not struck there for two years" says nothing of this act.
    if (rule.negationDenies === 'reported' && !governors(syntax, start).some((g) => REPORTING_VERBS.has(g.lemma))) return null
    if (rule.negationDenies) stance = 'denies'
    else if (rule.stance !== 'denies') return null
    // "does not deny that 40 were killed" denies nothing; "has not ruled out Kyiv's involvement" leaves it open.
    else if (rule.negatedSuggests && verbGroupAt(syntax, start)?.negated) stance = 'suggests'
    else if (verbGroupAt(syntax, start)?.negated) return null
  }
  if (governor !== null) {
    // "denied that it was not involved" is too rare to read right; better nothing than a guess.
    if (negated) return null
    stance = 'denies'
  }
  // "Hamas could claim responsibility", "If Hamas claimed responsibility, Israel would…": a claim
  // that may or would be made is none yet.
  // "They must take responsibility for what happened": someone else's demand is an accusation by
  // whoever makes it, of the subject; "we must take responsibility" is the speaker's own.
  let demanded = false
  if (rule.claimant === 'target') {
    const group = verbGroupAt(syntax, start)
    demanded = (group?.modal === 'must' || group?.modal === 'should') && !group.perfect && !group.negated && !/(?:^|\s)(?:I|we)\s+(?:\w+\s+)?$/i.test(doc.lookup.slice(Math.max(sentence.start, group.start - 12), group.start))
    // "The UN urged Rwanda to acknowledge responsibility", "Rwanda is called upon to accept responsibility": a demand too.
    demanded ||= URGED_TO.test(doc.lookup.slice(Math.max(sentence.start, start - 80), start))
    if (!demanded && ((group?.modal && !group.perfect) || clauseAt(syntax, start).kind === 'if')) return null
  }
  // "said they did not believe the Front was responsible": a belief refused denies what it would hold.
  // "No armed group has said it carried out the attack": a report nobody made asserts nothing.
  if (governingSubject(doc, syntax, start, true)) return null
  const holder = governors(syntax, start)[0]
  if (holder?.negated && DOUBTED_BELIEFS.has(holder.lemma) && !negated && stance !== 'denies') stance = 'denies'
  // "said she was not convinced the attack had been ordered by Beijing": a doubt held as an adjective denies too.
  else if (!negated && stance !== 'denies' && DOUBTED_STATE.test(doc.lookup.slice(Math.max(sentence.start, start - 80), start))) stance = 'denies'

  const after = doc.lookup.slice(end, sentence.end)
  if (rule.copula === 'required' && !copulaBefore(doc.lookup.slice(Math.max(floor, start - 60), start))) return null
  if (rule.notAfter && rule.notAfter.test(doc.lookup.slice(Math.max(sentence.start, start - 40), start))) return null
  if (rule.notFollowedBy?.test(after)) return null
  if (rule.needsEvent && !EVENT_NOUNS.test(after.trim().split(/\s+/, 9).join(' ')) && !rule.orCharge?.test(after)) return null
  // "denied overselling the match": a gerund object is the act denied.
  const deniedAct = /^\s*(?:\w+ly\s+)?\w+ing\b/i.test(after)
  if (rule.objectTopic && !deniedAct && !thatClauseAboutAct(after) && !rule.objectTopic.test(after.split(/\s+/, 10).join(' ')) && !/\b(?:which|that)\b/i.test(doc.lookup.slice(Math.max(sentence.start, start - 40), start))) return null

  // Target.
  let target: Found | null = null
  // Who makes the claim for whom, when it is not the subject: "I take responsibility" (the speaker for their body), a lawyer for the client.
  let speaksFor: { speaker: Found; body: Found } | null = null
  let triggerAt = start
  let targetFloor = floor
  // "the Front was responsible": the subject is before the copula; "had been involved" holds its own.
  if (rule.copula === 'required') {
    triggerAt = copulaStart(doc, floor, start)
    targetFloor = clauseStart(doc, sentence, triggerAt)
  }
  // "Hamas was blamed by Israel", "Israel, blamed by Hamas for the attack, denied…": the roles swap.
  const passive = rule.passiveSwaps === true && !/^\s+on\b/i.test(doc.lookup.slice(end, end + 5)) && (verbGroupAt(syntax, start)?.voice === 'passive' || /^\s+by\b/i.test(doc.lookup.slice(end, end + 5)))
  if (passive) target = adjacentSubject(doc, syntax, start) ?? subjectOf(doc, sentence, floor, start)
  else if (rule.target === 'reporter') target = reporterOf(doc, sentence, start) ?? possessiveGroup(doc, start)
  // "My clients followed the manual": someone else's people are not the speaker.
  else if (rule.target === 'body') {
    const head = sharedSubject(doc, sentence, start) ?? adjacentSubject(doc, syntax, start) ?? subjectOf(doc, sentence, floor, start) ?? speakerOf(doc, sentence, start)
    target = head ? bodyOf(doc, sentence, head) : null
  } else if (rule.target === 'speaker') {
    // "My clients followed the manual": someone else's people are not the speaker; a lawyer's client
    // is the one whose lawyer the article says they are ("Ssemanda's lawyer, Brenda Nakato, said her client…").
    const others = OTHERS_PEOPLE.exec(doc.lookup.slice(Math.max(sentence.start, start - 30), start).replace(/\s*["“”]\s*$/, ' '))
    const represented = others && /\bclients?\b/i.test(others[0]) ? clientOf(doc, sentence) : null
    // The lawyer denies for the client (codebook §7).
    if (represented) speaksFor = { speaker: represented.lawyer ?? speakerOf(doc, sentence, start) ?? represented.client, body: represented.client }
    // "…said the board had followed every step": a body named as the clause's subject is the one cleared.
    // "…said the firm had followed the approved drawings": the company the article named last.
    const company = !others && COMPANY_ANAPHORA.test(doc.lookup.slice(Math.max(sentence.start, start - 40), start).replace(/(?:\s+(?:had|has|have|was|were|is|are|always|also|fully))+\s*$/i, '')) ? lastCompanyBefore(doc, start) ?? lastGroupBefore(doc, start) : null
    const named = others ? null : company ? found(doc, company, 1.5) : syntacticSubject(doc, syntax, start)
    const body = named && doc.entities.get(named.key)?.kind === 'group' ? named : null
    const speaker = speakerOf(doc, sentence, start)
    if (body && speaker && speaker.key !== body.key) speaksFor = { speaker, body }
    target = others ? represented?.client ?? null : body ?? speaker
    // "His lawyer, Samira Tazi, said the factory had passed its inspection": the lawyer clears the client.
    const client = !others && !body && speaker ? clientOf(doc, sentence) : null
    if (client && client.lawyer?.key === speaker!.key) {
      target = client.client
      speaksFor = { speaker: speaker!, body: client.client }
    }
  }
  // A group's own claim is the group's even when its spokesman makes it ("group X spokesman Y claimed…").
  // "Police shot the gunman", "troops killed 12 militants": the response to the act, not the act.
  else if (rule.target === 'subject' && rule.syntacticSubject) target = actsOnPerpetrators(doc, syntax, start) ? null : syntacticSubject(doc, syntax, start)
  else if (rule.target === 'subject' && rule.claimant === 'target' && (speaksFor = speaksForSpeaker(doc, sentence, triggerAt))) target = speaksFor.body
  else if (rule.target === 'subject') {
    // "The mujahideen of the Front did not strike the city and have no link to…": a verb coordinated
    // with "and" shares the subject of the verb before it.
    const previous = doc.tokens[tokenStartingAt(doc, triggerAt) - 1]?.lower === 'and' ? syntax.verbGroups.filter((g) => g.end < triggerAt && g.start >= targetFloor - 200).pop() : undefined
    const from = previous && previous.start > sentence.start ? previous.start : triggerAt
    target = nonActorSubject(doc, syntax, from) ? null : subjectOf(doc, sentence, from === triggerAt ? targetFloor : clauseStart(doc, sentence, from), from, rule.claimant !== 'target')
    // "The club's co-owners, Ivan Petkov and Dimitar Kolev, had been told…": each of them.
    if (target && !target.also && rule.claimant !== 'target') {
      const m = mentionsBetween(doc, sentence.start, from).filter((x) => x.key === target!.key).pop()
      const others = m && doc.entities.get(m.key)?.kind === 'person' ? coordinatedWith(doc, m, true).filter((k) => !k.startsWith(WRITTEN)) : []
      if (others.length > 0) target = { ...target, also: others }
    }
  }
  else if (rule.target === 'possessor') target = possessorBefore(doc, start)
  // "This claim is a lie": the charge the article has just reported, named before the trigger.
  else if (rule.target === 'charge') {
    // A group's own claim is a charge too: "X claimed the attack. 'This claim is a lie,' the army said."
    target = lastCharge(earlier, true)
    if (!target) return null
  } else target = objectOf(doc, rule, sentence, start, end)
  let anaphoric = false
  let unresolvedCharge = false
  let anaphoricCharge = false
  if (rule.anaphoricObject && target === null) {
    const denied = deniedAnaphor(doc, end, earlier)
    target = denied.target
    anaphoric = denied.anaphoric
    unresolvedCharge = denied.charge === true
    anaphoricCharge = denied.anaphoric && denied.group !== true
  }
  // "denied that officers had used live ammunition", "denied that officials at the port had taken
  // bribes": the denied clause's subject, a force or a described party as written.
  if (rule.selfDenial && target === null && !anaphoric && /^\s*that\b/i.test(after)) {
    const from = end + after.indexOf('that') + 4
    // "denied that the force had ignored the complaints": the force the article named.
    const k = lowerBound(doc.tokens, from, (t) => t.start)
    const referent = doc.tokens[k]?.lower === 'the' ? definiteReferent(doc, k) : null
    if (referent) target = found(doc, referent, 1.5)
    const written = target ? null : describedAfter(doc, sentence, from, STATE_FORCES) ?? describedAfter(doc, sentence, from, DESCRIBED_PARTY_HEADS) ?? describedAfter(doc, sentence, from, STATE_VOICES)
    // "denied that its fighters…": its own people, the self-denial below.
    // "denied that the militia had carried out the attack": the group named before, the self-denial below.
    if (written && !NATIONAL.test(written) && !/^(?:its|their|our|his|her)\b/i.test(written) && !GROUP_ANAPHORA.test(written)) target = { key: `${WRITTEN}${written}`, directness: 1.5 }
  }
  if ((rule.selfDenial === 'always' || (rule.selfDenial === 'own-part' && (OWN_PART.test(after) || unresolvedCharge))) && target === null && !anaphoric) {
    // "Kyiv has denied any involvement": a self-denial, of the body a spokesperson speaks for.
    // "The operator rejected the accusations" with no accusation given before: the operator's own
    // part; a person's rejection of a charge nobody reported says nothing of whom it was about.
    const subject = sharedSubject(doc, sentence, start) ?? subjectOf(doc, sentence, floor, start, false) ?? adjacentSubject(doc, syntax, start)
    // A state's organ denies for its state: "Ethiopia's foreign ministry rejected the accusation" → Ethiopia.
    if (subject && !(unresolvedCharge && rule.selfDenial === 'own-part' && doc.entities.get(subject.key)?.kind === 'person')) target = stateOfBody(doc, sentence, subject.key, start) ?? subject
  }
  // A party the article describes but does not name: "blamed the organisers", "Survivors accused the police".
  // "blamed the air force for…" after "Nigerian Air Force" was named: the body the description names.
  if (!target && !anaphoric && rule.target === 'object') {
    let k = lowerBound(doc.tokens, end, (t) => t.start)
    if (doc.tokens[k]?.lower === 'on') k++
    const referent = definiteReferent(doc, k)
    if (referent) target = found(doc, referent, 1.5)
    // "accused the company of overloading the ferry": the company the article named last.
    else if (doc.tokens[k]?.lower === 'the' && COMPANY_NOUNS.has(doc.tokens[k + 1]?.lower ?? '') && !/^[\p{Lu}'’]/u.test(doc.tokens[k + 2]?.text ?? '')) {
      const company = lastCompanyBefore(doc, end)
      if (company) target = found(doc, company, 1.5)
    }
  }
  if (!target && !anaphoric && rule.claimant !== 'target' && !rule.syntacticSubject) {
    // A state's force the article never names is kept as written too when someone accuses it
    // ("accused the police of…", "blamed soldiers"; codebook §7); a named one was found as the
    // definite referent above. Not after "by": "the offensive conducted by the army" is no charge.
    const forces = rule.claimant === 'subject' ? STATE_FORCES : null
    // "blamed the looting on gangs": the object after the phrase the frame says it follows.
    const objectAt = end + (rule.object?.after?.exec(doc.lookup.slice(end, Math.min(sentence.end, end + 120)))?.[0].length ?? 0)
    const written = rule.target === 'subject' ? describedBefore(doc, sentence, targetFloor, triggerAt, DESCRIBED_PARTY_HEADS) : rule.target === 'object' ? describedAfter(doc, sentence, objectAt, DESCRIBED_PARTY_HEADS) ?? (forces && describedAfter(doc, sentence, objectAt, forces)) : null
    // "blamed the ferry's owner, PT Samudra Buton Lines": the name in apposition (codebook §2: resolved when the article identifies it).
    // "the owner would be held responsible" after the operator was named: that company.
    const company = written && rule.target === 'subject' && COMPANY_NOUNS.has(/^the\s+(\w+)$/i.exec(written)?.[1]?.toLowerCase() ?? '') ? lastCompanyBefore(doc, triggerAt) : null
    if (company) target = found(doc, company, 1.5)
    else if (written) {
      const writtenEnd = doc.lookup.indexOf(written, objectAt) + written.length
      target = (rule.target === 'object' ? appositiveParty(doc, writtenEnd) : null) ?? { key: `${WRITTEN}${written}`, directness: 1.5 }
      // "blamed the ruling party's militias and the police for the deaths": each party blamed.
      const second = rule.target === 'object' && target.key.startsWith(WRITTEN) ? coordinatedParty(doc, sentence, writtenEnd) : null
      if (second) target = { ...target, also: [second] }
    }
    // "accused the authorities of…": a state's unnamed organs stand for the story's country (codebook §7);
    // "accused local officials of…", "blamed district officials": officials of a part of it, as written.
    else if (rule.target === 'object') {
      const organs = describedAfter(doc, sentence, end, STATE_VOICES)
      if (organs && NATIONAL.test(organs)) target = storyCountry(doc)
      else if (organs && rule.claimant === 'subject') {
        // "the district government" in a story about Buzi district is Buzi's (codebook §7); "local officials" stay as written.
        const level = /^(?:(?:the|some)\s+)?(?:(district|provincial|province|municipal|city|town|regional|county|state)|local|village|council)\b/i.exec(organs)
        if (level) target = (level[1] ? placeOfLevel(doc, level[1], end) : null) ?? { key: `${WRITTEN}${organs}`, directness: 1.5 }
      }
    }
  }
  if (!target) return null

  // Claimant.
  let claimant: Found | null
  if (passive) {
    const by = /^\s+by\b/i.test(doc.lookup.slice(end, end + 5)) ? firstActorAfter(doc, end, Math.min(sentence.end, end + 60)) : null
    claimant = by ? found(doc, by, 1) : sourceOf(doc, sentence, start)
  } else if (governor !== null) claimant = subjectOf(doc, sentence, clauseStart(doc, sentence, governor), governor) ?? sourceOf(doc, sentence, governor)
  else if (speaksFor) claimant = speaksFor.speaker
  else if (demanded) claimant = sourceOf(doc, sentence, start)
  else if (rule.claimant === 'target') claimant = rule.target === 'subject' ? subjectOf(doc, sentence, targetFloor, triggerAt) ?? target : target
  else if (rule.claimant === 'subject') {
    claimant = sharedSubject(doc, sentence, start)
    // "…, dismissing the alliance's accusations": a participle's subject is the main clause's or no one.
    if (!claimant && /,\s*$/.test(doc.lookup.slice(Math.max(sentence.start, start - 3), start)) && /^\w+ing\b/i.test(doc.lookup.slice(start, end))) return null
    claimant ??= adjacentSubject(doc, syntax, start) ?? subjectOf(doc, sentence, floor, start) ?? collectiveSubject(doc, syntax, start) ?? sourceOf(doc, sentence, start)
  }
  else if (rule.claimant === 'possessor') claimant = possessorBefore(doc, start) ?? subjectOf(doc, sentence, floor, start) ?? sourceOf(doc, sentence, start)
  else if (rule.syntacticSubject) {
    // The one who reports the act, read the same way as its agent: "Israel's military said it had struck…".
    const reporter = governingSubject(doc, syntax, start)
    const named = reporter ? chunkActor(doc, reporter) : null
    claimant = named ? found(doc, named, 1) : sourceOf(doc, sentence, start)
  } else claimant = sourceOf(doc, sentence, start)
  if (!claimant && rule.claimant !== 'target') {
    // "Survivors accused the police", "witnesses said the soldiers fired first": an unnamed collective voice.
    // "The government, however, denied that security forces had fired": the denial's own subject.
    const cue = governor ?? (rule.claimant === 'source' ? lastSourceCue(doc, sentence, start) : start)
    const from = cue !== null ? clauseStart(doc, sentence, cue) : 0
    // "The organisers blamed the police", "the crew denied…": a described party as the subject of
    // the frame's own verb speaks for itself, as a collective voice does (codebook §2).
    const written = cue === null ? null : describedBefore(doc, sentence, from, cue, COLLECTIVE_VOICES) ?? (rule.claimant === 'subject' && governor === null ? describedBefore(doc, sentence, from, cue, DESCRIBED_PARTY_HEADS) : null)
    if (written) claimant = { key: `${WRITTEN}${written}`, directness: 1.5 }
    // "Officials said…", "authorities believe…" with no country named: the story's country (codebook §7).
    if (!claimant) claimant = stateVoice(doc, syntax, start, target)
  }
  // A party as written that the article names elsewhere by its kind of body ("an opposition coalition").
  if (claimant?.key.startsWith(WRITTEN)) claimant = describedGroup(doc, claimant.key.slice(WRITTEN.length)) ?? claimant
  // "The company rejected the accusations" when the company is among those just accused: the
  // charges against it, not the latest one against someone else.
  if (anaphoricCharge && claimant && claimant.key !== target.key) {
    // "A Kremlin spokesman dismissed the accusations" after Russia was accused: the state it speaks for.
    const own = [claimant, stateOfBody(doc, sentence, claimant.key, start)].find((p) => p && chargedRecently(earlier, p.key))
    if (own) target = own
  }
  if (rule.claimant === 'subject' && claimant?.key === target.key && rule.stance !== 'denies') return null
  // A dismissed charge is denied by who dismisses it ("X said claims of Belarusian involvement were absurd").
  if (stance === 'denies' && rule.stance === 'asserts' && rule.dismissedBySource) claimant = sourceOf(doc, sentence, start)

  // Stance adjustments.
  const clause = doc.lookup.slice(Math.max(floor, sentence.start), end)
  const hedgeWindow = doc.lookup.slice(Math.max(sentence.start, Math.min(floor, start) - 60), end)
  let hedged = false
  // "he insinuated that the Lake Brigade, a youth group…, had been involved": a hedging report
  // verb weakens everything it reports, however long the complement.
  const sentenceBefore = doc.lookup.slice(sentence.start, start)
  const reported = HEDGED_REPORT.test(sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1))
  if (stance === 'asserts' && rule.hedgeable && (reported || HEDGES.test(clause) || HEDGES.test(hedgeWindow.split(/\s+/).slice(-14).join(' ')))) {
    stance = 'suggests'
    hedged = true
  }
  if (rule.weakenedBy?.test(after)) stance = 'suggests'
  // "a raid blamed on Jamaat al-Rufaa insurgents": blame the article reports with no one blaming is an
  // allegation in its own voice, a suggestion (codebook §7).
  if (rule.ownVoiceSuggests && claimant === null && stance === 'asserts' && rule.ownVoiceSuggests.test(after)) stance = 'suggests'
  // "too early to say whether the Brigade was behind the blast": an open question asserts nothing.
  if (stance === 'asserts' && rule.claimant !== 'target' && /\b(?:whether|if)\b/i.test(doc.lookup.slice(Math.max(sentence.start, floor - 80), start))) {
    stance = 'suggests'
    hedged = true
  }
  if (rule.strengthenedBy?.test(doc.lookup.slice(start, end + 12))) stance = 'asserts'
  if (claimant && claimant.key === target.key && stance !== 'denies' && rule.claimant !== 'target' && !rule.selfClaim) {
    // "Russia says Russia did it" is noise; a group owning its attack comes from the self-claim rules.
    if (rule.claimant !== 'source') return null
  }

  let confidence = 0.9 - 0.1 * (target.directness - 1) - (claimant ? 0.1 * (claimant.directness - 1) : 0)
  if (hedged || stance === 'suggests') confidence -= 0.15
  const evidence = evidenceSpan(doc, sentence)
  const entityOrText = (f: Found | null) => (f === null ? { key: null, text: null } : f.key.startsWith(WRITTEN) ? { key: null, text: f.key.slice(WRITTEN.length) } : { key: f.key, text: null })
  const who = entityOrText(claimant)
  const whom = entityOrText(target)
  const claim: ExtractedClaim = {
    kind: 'responsibility',
    claimant: who.key,
    ...(who.text ? { claimantText: who.text } : {}),
    target: whom.key,
    ...(whom.text ? { targetText: whom.text } : {}),
    stance,
    metric: null,
    value: null,
    qualifier: null,
    quote: null,
    evidence,
    confidence: Math.round(Math.max(0.3, Math.min(1, confidence)) * 100) / 100,
  }
  return { claim, targets: [whom.key ?? `${WRITTEN}${whom.text}`, ...(target.also ?? [])] }
}

/**
 * The party coordinated after a described one, from `at` (UTF-16, where the first ends): "the
 * ruling party's militias and the police" → the police (the force named, else as written), "the
 * owners and the Tarn Shipping Company" → that company. Null when "and" joins no party.
 */
function coordinatedParty(doc: Doc, sentence: Sentence, at: number): string | null {
  const and = /^\s*,?\s*and\s+/i.exec(doc.lookup.slice(at, Math.min(sentence.end, at + 12)))
  if (!and) return null
  const from = at + and[0].length
  const k = lowerBound(doc.tokens, from, (t) => t.start)
  const named = firstActorAfter(doc, from, Math.min(sentence.end, from + 60))
  if (named && named.start <= doc.tokens[k + 1]?.start!) return actorKey(doc, named)
  const referent = doc.tokens[k]?.lower === 'the' ? definiteReferent(doc, k) : null
  if (referent) return actorKey(doc, referent)
  const written = describedAfter(doc, sentence, from, DESCRIBED_PARTY_HEADS) ?? describedAfter(doc, sentence, from, STATE_FORCES)
  return written ? `${WRITTEN}${written}` : null
}

// Verbs that deny what their complement says. "disputed" and "refuted" take the same complements.
const DENIAL_VERBS = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rul(?:e|es|ed|ing) out|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing))\b/gi
// A denial's scope ends where a new clause with its own verb begins: "denied that its members were to
// blame and accused the operator of…", "rejected the charge, saying Peru was behind it".
const DENIAL_SCOPE_END = /;|\bbut\b|,\s*(?:who|which|whose)\b|\band\s+(?:also\s+)?(?:said|says|told|added|accused|blamed|called|urged|insisted|claimed|pointed|suggested|warned|argued|named|held|insinuated)\b|\b(?:saying|adding|arguing|insisting)\b/i

/** The start of the denial verb whose complement holds `at`, or null. */
function denialGovernor(doc: Doc, sentence: Sentence, at: number): number | null {
  const before = doc.lookup.slice(sentence.start, at)
  let verb: RegExpMatchArray | null = null
  DENIAL_VERBS.lastIndex = 0
  for (const m of before.matchAll(DENIAL_VERBS)) verb = m
  if (!verb || verb.index === undefined) return null
  // The trigger's own first word may open the new clause: "…, and blamed the Front".
  const triggerWord = /^\S+/.exec(doc.lookup.slice(at, sentence.end))?.[0] ?? ''
  if (DENIAL_SCOPE_END.test(before.slice(verb.index + verb[0].length) + triggerWord)) return null
  return sentence.start + verb.index
}

// "denied that the group had any role": the group anaphor stands for the nearest group named.
const DENIED_GROUP_ANAPHOR = /^\s*(?:that\s+)?(?:the\s+(?:group|organi[sz]ation|militia|movement|faction|gang|rebels|militants|network|insurgents)|(?:its|their)\s+(?:fighters|members|militants))\b/i
// "rejected the accusation": the charge is the one the article has just reported.
const DENIED_CHARGE = /^\s*(?:(?:the|these|those|this|that|such|every|all|all\s+the|all\s+such)\s+(?:[\w-]+(?:'s|')?\s+)?|[\w-]+'s\s+)(?:accusations?|charges?|allegations?|claims?|blame|suggestions?|insinuations?|criticism|criticisms|assertions?|findings?|conclusions?|version|account|assessment|reports?|remarks|comments)\b(?!\s+(?:of|that)\b)/i

/**
 * The target of a denial whose object is not a name: a group anaphor, or the charge just reported.
 * `anaphoric` says an anaphor was there, resolved or not: then the denial is not a self-denial.
 */
function deniedAnaphor(doc: Doc, end: number, earlier: ExtractedClaim[]): { target: Found | null; anaphoric: boolean; charge?: boolean; group?: boolean } {
  // "denied in a statement sent to journalists that the militia…": skip the manner phrase.
  const after = doc.lookup.slice(end, end + 120).replace(/^\s*(?:in|on|at|via|through|during)\s+[^.;,]*?\s+(?=that\b)/i, ' ')
  if (DENIED_GROUP_ANAPHOR.test(after) && !/^\s*(?:that\s+)?(?:its|their)\b/i.test(after)) {
    const group = lastGroupBefore(doc, end)
    return { target: group ? found(doc, group, 2) : null, anaphoric: true, group: true }
  }
  if (DENIED_CHARGE.test(after)) {
    const target = lastCharge(earlier)
    // A charge the article did not give as a claim: its denier's own part, if a body (codebook §2).
    return target ? { target, anaphoric: true } : { target: null, anaphoric: false, charge: true }
  }
  return { target: null, anaphoric: false }
}

/**
 * The party of the charge the article has just reported: the target of the latest assertion or
 * suggestion among the last few claims (not the whole article's), as written when it names no
 * entity ("…blaming police brutality. The government rejected the accusations"); a party's claim
 * of its own act counts only with `selfClaims`. Null when none.
 */
function lastCharge(earlier: ExtractedClaim[], selfClaims = false): Found | null {
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - RECENT_CLAIMS); i--) {
    const c = earlier[i]
    if (c.stance !== 'denies' && c.target !== null && (selfClaims || c.claimant !== c.target)) return { key: c.target, directness: 2 }
    if (c.stance !== 'denies' && c.targetText) return { key: `${WRITTEN}${c.targetText}`, directness: 2 }
  }
  return null
}

/** Whether `key` is the target of an assertion or suggestion among the last few claims (`lastCharge`'s window). */
function chargedRecently(earlier: ExtractedClaim[], key: string): boolean {
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - RECENT_CLAIMS); i--) {
    const c = earlier[i]!
    if (c.stance !== 'denies' && c.target === key && c.claimant !== key) return true
  }
  return false
}

// A state's organs as a whole, not a district's or a city's: "the authorities", "the federal government".
const NATIONAL = /^(?:the\s+)?(?:(?:federal|national|central)\s+)?(?:authorities|government|officials)$/i

/** The key prefix of a party kept as written (a Found that is no entity). */
const WRITTEN = 'written:'
// Capitalized words that may open a sentence and a described party's phrase ("The organisers…",
// "Several survivors…"), where any other capitalized word opening the sentence is not the party's.
const PARTY_OPENERS = new Set([...DETERMINERS, 'some', 'local', 'several', 'two', 'three', 'many'])

/**
 * The described party that opens the words after `from` (a trigger's object): up to five words
 * ending in one of `heads` ("the organisers", "the festival's organisers", "separatist rebels"), as
 * written; null when the words name no such party.
 */
function describedAfter(doc: Doc, sentence: Sentence, from: number, heads: Set<string>): string | null {
  let k = lowerBound(doc.tokens, from, (t) => t.start)
  // "blamed on separatist rebels", "laid the blame firmly on the driver": the object after the particle.
  if (/^[a-z]+ly$/.test(doc.tokens[k]?.lower ?? '') && doc.tokens[k + 1]?.lower === 'on') k++
  if (doc.tokens[k]?.lower === 'on' && k < sentence.tokenEnd) k++
  // "its officers" are the body already named; "against its owner" is the owner of the place just named.
  if (REFERS_BACK.has(doc.tokens[k]?.lower ?? '') && heads !== DESCRIBED_PARTY_HEADS) return null
  const first = k
  for (let n = 0; k < sentence.tokenEnd && n < 6; k++, n++) {
    const t = doc.tokens[k]!
    if (heads.has(t.lower) && !(doc.tokens[k + 1]?.text === "'" || doc.tokens[k + 1]?.text === '’')) {
      const phrase = doc.text.slice(doc.tokens[first]!.start, postModifierEnd(doc, sentence, k) ?? t.end)
      // "the group's fighters": the members of a group named before, which the anaphor resolves to elsewhere.
      return OWNED_BY_ANAPHOR.test(phrase) || BARE_ANAPHOR.test(phrase) ? null : phrase
    }
    if (!/^[\p{L}'’-]+$/u.test(t.text) || PARTY_STOPS.has(t.lower)) return null
  }
  return null
}

/**
 * Where a described party's phrase ends when what follows its head says which ones it means
 * (codebook §6, the extent of a party kept as written): a relative clause ("the firms that built the
 * schools", "the inspectors who signed the papers", up to eight words, to the next punctuation or
 * "and"), else up to two prepositional phrases ("the driver of the night train", "the dispatcher on
 * duty at Hollin station") — not one that says when, where it was said, or what it was about ("in
 * a statement", "on Monday", "for the crash"). Undefined when nothing restricts the head at token
 * `head`. The phrases are the syntax layer's noun chunks of the sentence, when it was parsed.
 */
function postModifierEnd(doc: Doc, sentence: Sentence, head: number): number | undefined {
  const next = doc.tokens[head + 1]
  if (!next) return undefined
  let end: number | undefined
  if (/^(?:that|who)$/.test(next.lower)) {
    for (let k = head + 2; k < sentence.tokenEnd && k <= head + 9; k++) {
      const t = doc.tokens[k]!
      if (!/^[\p{L}\d][\p{L}\d'’-]*$/u.test(t.text) || t.lower === 'and' || t.lower === 'but' || t.lower === 'for') break
      end = t.end
    }
    return end
  }
  const syntax = doc.syntax.get(sentence.start)
  if (!syntax) return undefined
  let k = head + 1
  // "police in the trucks", "soldiers in Bè": a force's place is where it acted, not which force (its "of" phrase is).
  const force = STATE_FORCES.has(doc.tokens[head]!.lower)
  for (let n = 0; n < 2 && k < sentence.tokenEnd && RESTRICTING_PREPOSITIONS.has(doc.tokens[k]!.lower) && (!force || doc.tokens[k]!.lower === 'of'); n++) {
    // "accused police of firing rubber bullets": a gerund says what they did, not which ones.
    if (/^\p{Ll}+ing$/u.test(doc.tokens[k + 1]?.text ?? '')) break
    const phrase = syntax.chunks.find((c) => c.tokenStart === k + 1)
    const phraseHead = phrase ? doc.tokens[phrase.head]!.lower : ''
    if (!phrase || syntax.pos[phrase.head - sentence.tokenStart] === 'PRON' || NOT_RESTRICTING.has(phraseHead) || WEEKDAYS_AND_MONTHS.has(phraseHead) || EVENT_NOUNS.test(phraseHead)) break
    end = phrase.end
    k = phrase.tokenEnd
  }
  return end
}

/**
 * The described party that ends right before `to` (a trigger's subject), auxiliaries and adverbs
 * skipped ("Survivors have also accused…"): its head one of `heads`, with up to four words before
 * it back to `floor`, as written; null otherwise.
 */
function describedBefore(doc: Doc, sentence: Sentence, clauseFloor: number, to: number, heads: Set<string>): string | null {
  let floor = clauseFloor
  let k = lowerBound(doc.tokens, to, (t) => t.start) - 1
  while (k >= sentence.tokenStart && /^(?:have|has|had|also|later|then|now|were|was|are|is|all|both|repeatedly|publicly|openly|quickly|would|will|could|should|must|may|might|can|well|soon|likely)$/.test(doc.tokens[k]!.lower)) k--
  // "Families of the victims, who met the minister on Monday, have accused…": past a relative clause
  // set off by commas, its antecedent.
  if (doc.tokens[k]?.text === ',') {
    let j = k - 1
    while (j > sentence.tokenStart && doc.tokens[j]!.text !== ',' && !/^(?:who|which)$/.test(doc.tokens[j]!.lower) && k - j < 16) j--
    if (/^(?:who|which)$/.test(doc.tokens[j]!.lower) && doc.tokens[j - 1]?.text === ',') {
      k = j - 2
      // The antecedent opens the clause the relative clause interrupts.
      floor = Math.min(floor, clauseStart(doc, sentence, doc.tokens[j - 1]!.start))
    }
  }
  // "Families of the dead said…", "relatives of the victims accused…": the head before its of-phrase, the phrase kept.
  let end = k
  for (let j = k - 1; j >= Math.max(sentence.tokenStart, k - 3); j--) {
    if (doc.tokens[j]!.lower !== 'of') continue
    if (j - 1 >= sentence.tokenStart && heads.has(doc.tokens[j - 1]!.lower) && doc.tokens.slice(j + 1, k + 1).every((t) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text))) k = j - 1
    break
  }
  // "Workers who survived said…": a short relative clause right after the sentence's first noun says which ones.
  if (k - 2 >= sentence.tokenStart && doc.tokens[k - 1]!.lower === 'who' && heads.has(doc.tokens[k - 2]!.lower) && /^\p{Ll}+(?:ed|t|n)$/u.test(doc.tokens[k]!.text)) {
    let first = k - 2
    while (first > sentence.tokenStart && /^\p{Ll}+$/u.test(doc.tokens[first - 1]!.text) && !PARTY_STOPS.has(doc.tokens[first - 1]!.lower)) first--
    if (first === sentence.tokenStart || (first - 1 === sentence.tokenStart && PARTY_OPENERS.has(doc.tokens[sentence.tokenStart]!.lower))) return doc.text.slice(doc.tokens[first]!.start, doc.tokens[k]!.end)
  }
  if (k < sentence.tokenStart || doc.tokens[k]!.start < floor || !heads.has(doc.tokens[k]!.lower)) return null
  const head = k
  let begin = head
  for (let j = head - 1; j >= sentence.tokenStart && head - j <= 4 && doc.tokens[j]!.start >= floor; j--) {
    const t = doc.tokens[j]!
    if (!/^[\p{L}'’-]+$/u.test(t.text) || PARTY_STOPS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break
    begin = j
  }
  // A capitalized word opening the sentence is the party's only when it is a determiner ("Meanwhile survivors" → "survivors").
  if (begin < head && begin === sentence.tokenStart && /^\p{Lu}/u.test(doc.tokens[begin]!.text) && !PARTY_OPENERS.has(doc.tokens[begin]!.lower)) begin++
  // "its officers", "their members": a body already named, not a party of its own.
  if (REFERS_BACK.has(doc.tokens[begin]!.lower)) return null
  const phrase = doc.text.slice(doc.tokens[begin]!.start, doc.tokens[end]!.end)
  // "the militia", "the gang" alone: the group named before, not a party of its own.
  return BARE_ANAPHOR.test(phrase) ? null : phrase
}

/**
 * The head word of the subject of the nearest verb that governs `at` and has a subject of its own:
 * "Officials" for "the Front" in "Officials said they did not believe the Front was responsible"
 * (a pronoun subject, "they", passes to the next governor up). Null when there is none. With
 * `negative`, the head of the first governing subject that names no one ("No armed group has said…").
 */
function governingSubject(doc: Doc, syntax: SentenceSyntax, at: number, negative = false): Chunk | null {
  for (const g of governors(syntax, at)) {
    const clause = clauseAt(syntax, g.start)
    // The subject is the clause's first noun phrase that no preposition governs ("Officials in
    // Cameroon said", "On Monday, the ministry said").
    const chunk = freeChunk(syntax, clause, g.start)
    if (!chunk) continue
    // With `negative`: the first governor whose subject is "no one", "no group", "nobody", else null.
    if (negative) {
      const first = doc.tokens[chunk.tokenStart].lower
      if (first === 'no' || first === 'nobody' || first === 'none') return chunk
      continue
    }
    if (syntax.pos[chunk.head - syntax.sentence.tokenStart] !== 'PRON') return chunk
  }
  return null
}

/**
 * The named actor that is the grammatical subject of the verb group at `at`: the noun phrase right
 * before it in its clause, no preposition governing it ("Pakistani jets bombed…" → Pakistan, its
 * last actor); "it"/"they" → the last group named; "its aircraft" → the subject of the verb that
 * reports the clause ("the air force said its aircraft had struck…"). Null when the subject names
 * no actor ("Gunmen attacked…", "an earthquake struck…").
 */
function syntacticSubject(doc: Doc, syntax: SentenceSyntax, at: number, depth = 0): Found | null {
  const group = verbGroupAt(syntax, at)
  // "They can shoot us": an act under a bare modal is a possibility, not this event's.
  if (group && group.modal !== null && !group.perfect && ['can', 'will', 'would', 'shall', 'should', 'must'].includes(group.modal)) return null
  // "Vilnius killing", "the Kabul bombing": a bare -ing form right after a noun is a noun phrase's
  // head, not a predicate; a participle after a comma or "and" shares the subject before it (below).
  if (group && group.tokenEnd - group.tokenStart === 1 && /ing$/i.test(doc.tokens[group.tokenStart]!.text)) {
    const i = group.tokenStart - 1 - syntax.sentence.tokenStart
    if (i >= 0 && (syntax.pos[i] === 'NOUN' || syntax.pos[i] === 'PROPN')) return null
  }
  const clause = clauseAt(syntax, at)
  // The clause's first noun phrase no preposition governs, with no other verb before the act's
  // ("Police in the trucks then opened fire"), else the phrase right before the verb.
  let chunk = freeChunk(syntax, clause, at)
  // "CAIRO — Two trains collided…": a dateline is no subject; the phrase after its dash is.
  const dateline = chunk && DATELINE_DASH.exec(doc.lookup.slice(chunk.end, chunk.end + 50))
  if (chunk && dateline) {
    const after = chunk.end + dateline[0].length
    chunk = syntax.chunks.find((c) => c.start >= after && c.end <= at && !afterPreposition(syntax, c)) ?? null
  }
  // A participle modifying the subject ("Fighters … arriving on motorcycles stormed") is no verb of its own.
  if (chunk && syntax.verbGroups.some((g) => g.start >= chunk!.end && g.end <= at && !(g.tokenEnd - g.tokenStart === 1 && /ing$/i.test(doc.tokens[g.tokenStart]!.text)))) chunk = null
  if (!chunk) {
    // The verb group's own start: "the crew had ignored…" has its auxiliary between subject and trigger.
    const verbAt = group && group.start < at ? group.start : at
    chunk = chunkBefore(syntax, verbAt, clause.start)
    // "riot police, several dozen of them, arrived": the subject before an aside set off by commas.
    const aside = chunk && afterPreposition(syntax, chunk) ? ASIDE_BEFORE_VERB.exec(doc.lookup.slice(Math.max(clause.start, verbAt - 80), verbAt)) : null
    if (aside) chunk = chunkBefore(syntax, verbAt - aside[0].length, clause.start)
    // "only after the marchers started…": a subordinator the tagger reads as a preposition opens a clause.
    const governed = chunk !== null && afterPreposition(syntax, chunk) && !SUBORDINATORS.has(doc.tokens[chunk.tokenStart - 1]?.lower ?? '')
    if (!chunk || (!aside && verbAt - chunk.end > 2) || (aside && verbAt - aside[0].length - chunk.end > 1) || governed) {
      // "Police broke up the rally, firing tear gas", "riot police arrived in trucks, fired tear gas
      // and detained…": a participle or a verb in a series shares the subject of the verb before it.
      const before = syntax.verbGroups.filter((g) => g.end <= at && g.start >= syntax.sentence.start)
      let previous = before.pop()
      // "the marchers started throwing stones": an aspectual verb's subject is its complement's.
      // "the captain appeared to have ignored an order": a raising verb's subject is its complement's
      // too, past the perfect's "have" the tagger leaves as a verb of its own.
      let complementAt = verbAt
      if (previous && previous.lemma === 'have' && doc.lookup.slice(previous.end, verbAt).trim() === '' && before.length > 0) {
        complementAt = previous.start
        previous = before.pop()
      }
      const aspectual = previous && ((ASPECTUAL.has(previous.lemma) && doc.lookup.slice(previous.end, at).trim() === '') || (RAISING.has(previous.lemma) && /^\s+to\s+$/i.test(doc.lookup.slice(previous.end, complementAt))))
      // "…had asked an engineer to look at it but then ignored his advice": "but (then)" joins verbs too.
      if (depth < 3 && previous && previous !== group && (aspectual || /^[^;:.]*?(?:,|\band\b|\bbut\b)\s*(?:then\s+|later\s+)?$/.test(doc.lookup.slice(previous.end, at)))) return syntacticSubject(doc, syntax, previous.start, depth + 1)
      return null
    }
  }
  const head = doc.tokens[chunk.head].lower
  if (REFERS_BACK.has(doc.tokens[chunk.tokenStart].lower) || head === 'it' || head === 'they') {
    const reporter = governingSubject(doc, syntax, chunk.start)
    const named = reporter ? chunkActor(doc, reporter) : null
    // "…," he said after "They locked the doors": a plural pronoun never points back to one person.
    if (named && head === 'they' && doc.entities.get(named.key)?.kind === 'person') return null
    if (named) return found(doc, named, 2)
    if (reporter || (head !== 'it' && head !== 'they')) return null // a reporter who names no actor is not the last group named
    // "Harare has spied on us…, and now it has killed one of us": the sentence's own earlier subject, else the last group named.
    const quoted = insideQuote(doc.quotes, chunk.start) !== null
    const earlier = mentionsBetween(doc, syntax.sentence.start, chunk.start).filter((m) => isActorMention(doc, m, 'subject') && (insideQuote(doc.quotes, m.start) !== null) === quoted)
    if (earlier[0]) return found(doc, earlier[0], 2)
    // "The owners were warned, and they chose to do nothing": a described party earlier in the sentence, as written.
    const described = head === 'they' ? syntax.chunks.find((c) => c.end <= chunk!.start && c.start >= syntax.sentence.start && DESCRIBED_PARTY_HEADS.has(doc.tokens[c.head]!.lower) && /s$/.test(doc.tokens[c.head]!.lower)) : undefined
    if (described) return { key: `${WRITTEN}${doc.text.slice(described.start, described.end).replace(/^(?:the|a|an)\s+/i, '')}`, directness: 2 }
    const group = lastGroupBefore(doc, chunk.start)
    return group ? found(doc, group, 2) : null
  }
  const named = chunkActor(doc, chunk) ?? definiteReferent(doc, chunk.tokenStart)
  if (named) return found(doc, named, 1)
  // "Supporters of the Fanilo party set fire…", "fighters from the Front stormed…": its members' group.
  if (MEMBER_HEADS.has(head)) {
    const of = syntax.chunks.find((c) => c.start > chunk!.end)
    const group = of && of.end <= at && /^\s+(?:of|from|loyal to)\s+$/i.test(doc.lookup.slice(chunk.end, of.start)) ? chunkActor(doc, of) : null
    if (group) return found(doc, group, 1)
  }
  // "the authorities had failed to prepare": a state's organs as a whole are its country.
  if (NATIONAL.test(doc.text.slice(chunk.start, chunk.end))) return storyCountry(doc)
  // "soldiers in open trucks fired…", "riot police fired tear gas": a state's force, kept as written;
  // "the marchers started throwing stones", "the owners failed to…": a described party, likewise.
  // "the group's fighters had fired": the members of the group last named, that group.
  if (OWNED_BY_ANAPHOR.test(`${doc.text.slice(chunk.start, chunk.end)} `)) {
    const group = lastGroupBefore(doc, chunk.start)
    return group ? found(doc, group, 1) : null
  }
  if (!STATE_FORCES.has(head) && !(DESCRIBED_PARTY_HEADS.has(head) && !ARMED_DESCRIPTIONS.has(head))) return null
  // "police fired shots" after the Zambia Police Service was named: that force (codebook §7).
  // Named anywhere in the article: only a force it never names stays as written (codebook §7).
  const force = chunk.tokenEnd - chunk.tokenStart === 1 ? namedForce(doc, head, Number.POSITIVE_INFINITY) : null
  if (force) return found(doc, force, 1)
  let first = chunk.tokenStart
  while (first < chunk.head && DETERMINERS.has(doc.tokens[first].lower)) first++
  // "after visiting fans went on the rampage": the participle the tagger left out of the phrase is its modifier.
  const i = first - 1 - syntax.sentence.tokenStart
  if (first === chunk.tokenStart && i >= 0 && syntax.pos[i] === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(doc.tokens[first - 1]!.text) && !SOURCE_CUES.has(doc.tokens[first - 1]!.lower) && (i === 0 || ['ADP', 'SCONJ', 'DET', 'PUNCT', 'CCONJ'].includes(syntax.pos[i - 1]!))) first--
  // "the driver of the night train should have halted": the phrase that says which one, kept (codebook §6).
  return appositiveParty(doc, chunk.end) ?? { key: `${WRITTEN}${doc.text.slice(doc.tokens[first].start, postModifierEnd(doc, syntax.sentence, chunk.tokenEnd - 1) ?? chunk.end)}`, directness: 1.5 }
}

/** Whether the object of the verb at `at` is the perpetrators ("shot the suspect", "killed 12 militants"). */
function actsOnPerpetrators(doc: Doc, syntax: SentenceSyntax, at: number): boolean {
  const group = verbGroupAt(syntax, at)
  if (!group) return false
  const object = syntax.chunks.find((c) => c.start >= group.end)
  return object !== undefined && object.tokenStart - group.tokenEnd <= 1 && PERPETRATOR_NOUNS.has(doc.tokens[object.head].lower)
}

/**
 * Whether the grammatical subject of the verb at `at` is a noun phrase that names no actor ("a
 * suicide bomber had been involved", "the fire was caused by…"): then no actor further left is
 * the subject either. Pronouns, names, described parties and definite descriptions are not that.
 */
function nonActorSubject(doc: Doc, syntax: SentenceSyntax, at: number): boolean {
  const group = verbGroupAt(syntax, at)
  const verbStart = group ? group.start : at
  const chunk = chunkBefore(syntax, verbStart)
  if (!chunk || doc.lookup.slice(chunk.end, verbStart).trim() !== '') return false
  const head = doc.tokens[chunk.head]
  // "its officers", "our party": someone's own people or body, for subjectOf to resolve.
  if (syntax.pos[chunk.head - syntax.sentence.tokenStart] === 'PRON' || REFERS_BACK.has(doc.tokens[chunk.tokenStart].lower) || /^(?:our|my)$/.test(doc.tokens[chunk.tokenStart].lower)) return false
  if (chunkActor(doc, chunk) || definiteReferent(doc, chunk.tokenStart)) return false
  if (DESCRIBED_PARTY_HEADS.has(head.lower) || STATE_FORCES.has(head.lower) || STATE_VOICES.has(head.lower)) return false
  // "the group claimed…": an anaphor of the group last named.
  if (GROUP_ANAPHORA.test(doc.lookup.slice(chunk.start, chunk.end))) return false
  return /^\p{Ll}/u.test(head.text)
}

/**
 * The actor named by the noun phrase right before the verb at `at` ("Armenia's Foreign Ministry
 * rejected…" → the ministry; "Kyrgyzstan's minister, Chyngyz Abdraimov, dismissed…" → the person),
 * or null: then the clause's leftmost actor is the subject.
 */
function adjacentSubject(doc: Doc, syntax: SentenceSyntax, at: number): Found | null {
  const group = verbGroupAt(syntax, at)
  const verbStart = group ? group.start : at
  // "The Authority, which ran the terminal, has rejected…": past a relative clause, its antecedent.
  const clause = clauseAt(syntax, verbStart)
  const index = syntax.clauses.indexOf(clause)
  const relative = index > 0 && syntax.clauses[index - 1].kind === 'relative' && doc.lookup.slice(clause.start, verbStart).trim() === '' ? syntax.clauses[index - 1] : null
  const before = relative ? relative.start : verbStart
  let chunk = chunkBefore(syntax, before)
  // "…the GPIAAF office, which puts the blame on…": a relative pronoun's antecedent is the subject.
  if (!chunk || !/^[\s,]*(?:(?:which|who|that)\s*)?$/i.test(doc.lookup.slice(chunk.end, before))) return null
  // "The Brotherhood, in a statement posted on its Telegram channel, blamed…": past the aside.
  if (afterPreposition(syntax, chunk)) {
    let j = chunk.tokenStart - 1
    while (j > syntax.sentence.tokenStart && doc.tokens[j].text !== ',') j--
    const comma = doc.tokens[j]
    chunk = null
    if (comma.text === ',') chunk = chunkBefore(syntax, comma.start)
    if (!chunk || doc.lookup.slice(chunk.end, comma.start).trim() !== '') return null
  }
  const named = chunkActor(doc, chunk)
  return named ? found(doc, named, 1) : null
}

/**
 * An unnamed collective voice as the subject of a clause nobody reports, as written (codebook §2):
 * "Relatives of labourers killed in the blaze have lodged a complaint" → "Relatives of labourers".
 * Null when the clause's first free noun phrase is no such voice.
 */
function collectiveSubject(doc: Doc, syntax: SentenceSyntax, at: number): Found | null {
  const clause = clauseAt(syntax, at)
  // "the prosecutor said investigators suspected…": a reported clause is its reporter's (codebook §7).
  if (clause.kind === 'that' || clause.kind === 'complement') return null
  const chunk = freeChunk(syntax, clause, at)
  if (!chunk || !COLLECTIVE_VOICES.has(doc.tokens[chunk.head].lower)) return null
  let end = chunk.end
  // "Relatives of labourers": the "of" phrase that says whose.
  const next = syntax.chunks.find((c) => c.start > chunk.end)
  if (next && next.end <= at && /^\s+of\s+$/i.test(doc.lookup.slice(chunk.end, next.start))) end = next.end
  // "Relatives waiting at the Zamboanga port accused…": a participle and its place say which ones too (codebook §6).
  else if (next && next.end <= at && /^\s+\p{Ll}+(?:ing|ed)\s+(?:at|in|outside|near|from|inside|on)\s+$/u.test(doc.lookup.slice(chunk.end, next.start))) end = next.end
  return { key: `${WRITTEN}${doc.text.slice(chunk.start, end)}`, directness: 1.5 }
}

/**
 * "'…and I take responsibility for that,' General Somchai Rattana of the Royal Thai Police told
 * reporters": a speaker owning the act in the first person, and the body they speak for — the group
 * named beside them in the attribution, else themselves (codebook §7: a body's head admitting its
 * failures). Null unless the subject right before `at` is "I" or "we" inside a quotation with a speaker.
 */
function speaksForSpeaker(doc: Doc, sentence: Sentence, at: number): { speaker: Found; body: Found } | null {
  const quote = insideQuote(doc.quotes, at)
  if (!quote?.speaker || !/(?:^|[\s,])(?:I|we)\s+(?:(?:have|had|also|fully|must|will)\s+)?$/i.test(doc.lookup.slice(Math.max(quote.start, at - 30), at))) return null
  const speaker: Found = { key: quote.speaker, directness: 1 }
  if (doc.entities.get(quote.speaker)?.kind !== 'person') return { speaker, body: speaker }
  // The speaker's own mention in the attribution after the quotation, and a group right beside it.
  const after = mentionsBetween(doc, quote.outerEnd, Math.min(sentence.end, quote.outerEnd + 160))
  const own = after.findIndex((m) => m.key === quote.speaker)
  const name = after[own]
  const beside = name && after.slice(Math.max(0, own - 1), own + 2).find((m) => m.key !== quote.speaker && doc.entities.get(m.key)?.kind === 'group' && (m.start > name.start ? MEMBER_OF.test(doc.lookup.slice(name.end, m.start)) : BODY_TITLE.test(doc.lookup.slice(m.end, name.start))))
  return { speaker, body: beside ? found(doc, beside, 1) : speaker }
}

/**
 * The actor a noun phrase names: its last actor mention ("Israel's military" → the body, not
 * Israel), a demonym counting before a force's noun ("Pakistani jets" → Pakistan). Null if none.
 */
function chunkActor(doc: Doc, chunk: Chunk): Mention | null {
  const head = doc.tokens[chunk.head].lower
  const byForce = (m: Mention) => m.demonym && doc.entities.get(m.key)?.actor === true && FORCE_NOUNS.has(head)
  return mentionsBetween(doc, chunk.start, chunk.end).filter((m) => (isActorMention(doc, m, 'subject') || byForce(m)) && !NATURAL_HAZARD.test(m.text) && !STORM_WORDS.has(doc.tokens[m.tokenStart - 1]?.lower ?? '')).pop() ?? null
}

/**
 * Unnamed officials as the claimant (codebook §7): "Officials in Moscow said…" → Russia (the
 * country of the place they are in), "Officials said…" → the story's country; never the target
 * itself. Null when the governing subject is not such a voice.
 */
function stateVoice(doc: Doc, syntax: SentenceSyntax, at: number, target: Found): Found | null {
  // The voice that reports the clause, else the subject of the trigger's own verb ("Officials in Mali attributed…").
  const clause = clauseAt(syntax, at)
  const subject = governingSubject(doc, syntax, at) ?? freeChunk(syntax, clause, at)
  if (!subject || !STATE_VOICES.has(doc.tokens[subject.head].lower)) return null
  let country: Found | null = null
  const next = doc.tokens[subject.tokenEnd]
  if (next && (next.lower === 'in' || next.lower === 'from')) {
    const nextMention = doc.mentions[lowerBound(doc.mentions, doc.tokens[subject.tokenEnd + 1]?.start ?? Infinity, (m) => m.start)]
    const place = nextMention && (nextMention.tokenStart === subject.tokenEnd + 1 || (nextMention.tokenStart === subject.tokenEnd + 2 && doc.tokens[subject.tokenEnd + 1].lower === 'the')) ? nextMention : undefined
    const e = place ? doc.entities.get(place.key) : undefined
    if (e?.kind === 'place') country = e.countryKey ? { key: e.countryKey, directness: 2 } : e.actor ? { key: e.key, directness: 2 } : null
  }
  country ??= storyCountry(doc)
  return country && country.key !== target.key ? country : null
}

/**
 * The country the story is about: the country (a gazetteer place that acts, not a capital) the
 * article mentions most, the first mentioned on a tie; null when it names none.
 */
function storyCountry(doc: Doc): Found | null {
  if (STORY_COUNTRY.has(doc.mentions)) return STORY_COUNTRY.get(doc.mentions)!
  const counts = new Map<string, number>()
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.key)
    if (e && e.kind === 'place' && e.actor && e.countryKey === null && e.source !== 'ner') counts.set(e.key, (counts.get(e.key) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key
  const country = best === null ? null : { key: best, directness: 2 }
  STORY_COUNTRY.set(doc.mentions, country)
  return country
}

// Per document (keyed by its mention list): the story's country, counted once.
const STORY_COUNTRY = new WeakMap<Mention[], Found | null>()

/** The last reporting word ("said", "say", "believe") before `at` in the sentence, or null. */
function lastSourceCue(doc: Doc, sentence: Sentence, at: number): number | null {
  let cue: number | null = null
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && doc.tokens[k]!.end <= at; k++) if (SOURCE_CUES.has(doc.tokens[k]!.lower)) cue = doc.tokens[k]!.start
  return cue
}

function evidenceSpan(doc: Doc, s: Sentence) {
  return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }
}

function copulaBefore(window: string): boolean {
  return /\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|appears?|'s|held|hold|holds|holding|considered|deemed)\b/i.test(window.split(/\s+/).slice(-7).join(' ')) && !/\b(?:held|hold|holds|holding)\b/i.test(window.split(/\s+/).slice(-6).join(' '))
}

function copulaStart(doc: Doc, floor: number, start: number): number {
  const window = doc.lookup.slice(Math.max(floor, start - 60), start)
  let at = -1
  for (const m of window.matchAll(/\b(?:is|are|was|were|be|been|being|remains?|seems?|appears?)\b|'s\b/gi)) at = m.index
  return at === -1 ? start : Math.max(floor, start - 60) + at
}

/** Where the clause holding `at` begins: after "that", "which", ";", a reporting verb… */
function clauseStart(doc: Doc, sentence: Sentence, at: number): number {
  let floor = sentence.start
  // A fronted adverbial ("Despite the absence of evidence linking Kyiv to the attack, …") ends at its comma.
  if (FRONTED.has(doc.tokens[sentence.tokenStart]?.lower ?? '')) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd && doc.tokens[k].end <= at; k++) {
      if (doc.tokens[k].text === ',') {
        floor = doc.tokens[k].end
        break
      }
    }
  }
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]
    if (t.end > at) break
    // "Meanwhile, according to Iraqi newspaper Al-Sabah, the group…": an opening source phrase ends at its comma.
    if (t.lower === 'according' && doc.tokens[k + 1]?.lower === 'to' && k - sentence.tokenStart <= 2) {
      let j = k + 2
      while (j < sentence.tokenEnd && doc.tokens[j].end <= at && doc.tokens[j].text !== ',') j++
      if (j < sentence.tokenEnd && doc.tokens[j].end <= at) {
        floor = doc.tokens[j].end
        k = j
        continue
      }
    }
    const boundary = CLAUSE_BOUNDARIES.has(t.lower) || SOURCE_CUES.has(t.lower) || (t.lower === 'as' && doc.tokens[k - 1]?.text === ',')
    if (boundary) floor = t.end
  }
  return floor
}

/** The actor a clause is about: the leftmost actor between the clause start and the trigger. */
function subjectOf(doc: Doc, sentence: Sentence, floor: number, at: number, preferPerson = true): Found | null {
  // "The FRJ, which has fought Chadian troops for years, denied…": the subject is before the relative aside.
  const aside = RELATIVE_ASIDE.exec(doc.lookup.slice(Math.max(sentence.start, at - 200), at))
  if (aside) {
    const comma = Math.max(sentence.start, at - 200) + aside.index
    if (floor > comma) return subjectOf(doc, sentence, clauseStart(doc, sentence, comma), comma, preferPerson)
  }
  const quote = insideQuote(doc.quotes, at)
  // A partial quotation inside the reporting sentence ('said that it "has no hand in this act"') keeps
  // the subject outside the marks; a quotation that opens the sentence or follows a colon holds its own.
  const partial = quote !== null && quote.outerStart > sentence.start && /[\p{L}\d]\s*$/u.test(doc.lookup.slice(Math.max(sentence.start, quote.outerStart - 3), quote.outerStart))
  const lower = quote && !partial ? Math.max(floor, quote.start) : floor
  const candidates = mentionsBetween(doc, lower, at).filter((m) => isActorMention(doc, m, 'subject') && !inDateline(doc, sentence, m))
  // "Malawi's police chief on Thursday blamed…": the role's holder, not the possessor.
  const last = candidates[candidates.length - 1]
  const possessedRole = last ? ROLE_PHRASE.exec(doc.lookup.slice(last.start, at)) : null
  if (possessedRole && possessedRole.index === 0 && /['’]s$/.test(possessedRole[0].split(/\s+/)[0]!)) {
    const holder = roleHolder(doc, possessedRole[1]?.toLowerCase() ?? null, possessedRole[2]!.toLowerCase(), lower)
    if (holder) return holder
  }
  if (candidates.length > 0) {
    let chosen = candidates[0]
    // "the Islamic State affiliate ISIS-K": the head of the phrase is the second name.
    const idx = candidates.indexOf(chosen)
    const next = candidates[idx + 1]
    if (next && HEAD_SHIFT.has(doc.tokens[chosen.tokenEnd]?.lower ?? '') && next.tokenStart <= chosen.tokenEnd + 2) chosen = next
    // "The CPK's spokesman, Jean-Pierre Mbala-Nkosi, denied…", "UDM secretary-general Grace Kamau
    // rejected…": the person named speaks; the organization only qualifies the role.
    if (preferPerson) chosen = appositivePerson(doc, chosen, candidates) ?? chosen
    return roleReferent(doc, chosen, sentence) ?? found(doc, chosen, 1)
  }
  // The words before the trigger, without the mark that opens a partial quotation.
  const text = doc.lookup.slice(lower, at).replace(/\s*["“”]\s*$/, ' ')
  // "the interior minister said": whoever the article named with that role.
  const role = ROLE_PHRASE.exec(text)
  if (role) {
    const holder = roleHolder(doc, role[1]?.toLowerCase() ?? null, role[2].toLowerCase(), lower)
    if (holder) return holder
  }
  // Pronouns and anaphora.
  // Inside a quotation, "I had nothing to do with this" is its speaker ("we" may be anyone the
  // speaker stands with: left alone); "our party" the body the
  // article introduced as that kind ("the opposition Democratic Alliance for Change party").
  if (quote) {
    const first = /^\s*I\b/.test(text) && quote.speaker ? { key: quote.speaker, directness: 1.5 } : null
    if (first) return first
    const own = /^\s*(?:our|my)\s+(party|group|movement|union|organi[sz]ation|company|firm|government)\b/i.exec(text)
    if (own) {
      const noun = own[1]!.toLowerCase()
      const body = noun === 'company' || noun === 'firm' ? lastCompanyBefore(doc, quote.start) : noun === 'government' ? storyCountry(doc) : describedGroup(doc, noun)
      if (body) return 'directness' in body ? body : found(doc, body, 2)
    }
  }
  if (/\b(?:he|she)\b/i.test(text)) {
    const pronounAt = lower + text.search(/\b(?:he|she)\b/i)
    const person = lastPersonBefore(doc, pronounAt)
    if (person) return found(doc, person, 2)
  }
  if (/^\s*(?:it|they)\b/i.test(text)) {
    // "Iran said it had nothing to do with…": the pronoun of a reported clause is its reporter.
    const reporter = reportingSubject(doc, sentence, lower)
    if (reporter) return reporter
  }
  // "The group swiftly rejected the charge": an adverb between the anaphor and its verb.
  const bare = text.trim().replace(/\s+\w+ly$/i, '')
  if (GROUP_ANAPHORA.test(bare) || /^\s*it\b/i.test(text)) {
    // "The company rejected the accusations": the last company named, not whatever group came last.
    const company = COMPANY_ANAPHORA.test(bare)
    const group = company ? lastCompanyBefore(doc, lower) ?? lastGroupBefore(doc, lower) : /^\s*it\b/i.test(text) ? lastGroupBefore(doc, lower) : lastNonCompanyGroupBefore(doc, lower)
    if (group) return found(doc, group, 2)
  }
  // A relative clause: "Vladimir Putin, who continues to…", "The US Administration, which has…".
  const rel = RELATIVE_GAP.test(text) ? relativeAntecedent(doc, sentence, lower) : null
  if (rel) return found(doc, rel, 1.5)
  // "The venue said…", "a member of the band also rejected…": the group a definite subject refers
  // back to; an unnamed member or spokesperson speaks for it (codebook §7).
  const definite = DEFINITE_SUBJECT.exec(text)
  if (definite) {
    const referent = definiteReferent(doc, tokenStartingAt(doc, lower + definite.indices![1]![0]))
    if (referent) return found(doc, referent, 1.5)
  }
  return null
}

// A relative clause set off by commas right before the verb: ", which has fought Chadian troops for years, ".
const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\b[^,;:"“”()]{1,150},\s*(?:(?:has|have|had|also|later|then|now)\s+)*$/i

/** A definite noun phrase ending right before a verb, perhaps of someone who speaks for it: "The venue", "a member of the band also". */
const DEFINITE_SUBJECT = /(?:^|\s)(?:(?:a|an|one)\s+(?:[a-z]+\s+)?(?:member|spokes(?:man|woman|person)|representative|official|executive|lawyer)\s+(?:of|for)\s+)?(the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:(?:has|have|had|also|later|then|now|again|quickly|swiftly|firmly)\s+){0,3}$/di

/**
 * A mention in the sentence's dateline ("Maputo — At least seven…", "BAMENDA, Cameroon (AP) —"):
 * the place the story was filed from, never the clause's subject.
 */
function inDateline(doc: Doc, sentence: Sentence, m: Mention): boolean {
  if (m.tokenStart - sentence.tokenStart > 4) return false
  for (let k = m.tokenEnd; k < Math.min(sentence.tokenEnd, m.tokenEnd + 6); k++) {
    const t = doc.tokens[k].text
    if (t === '—' || t === '–' || t === '-' || t === '--') return true
    if (t !== ',' && t !== '(' && t !== ')' && !/^\p{Lu}/u.test(t)) return false
  }
  return false
}

// Words that may stand between an organization and the person who speaks for it.
const APPOSITION_FILLER = new Set(["'", 's', ',', '-', 'the', 'a', 'an', 'its', 'of', 'for', 'regional', 'senior', 'chief', 'deputy', 'general', 'national', 'local', 'top', 'former', 'acting', 'foreign', 'interior', 'defence', 'defense', 'police', 'army'])

/** A person named right after `chosen`, with only a role between: "UDM secretary-general Grace Kamau". */
function appositivePerson(doc: Doc, chosen: Mention, candidates: Mention[]): Mention | null {
  if (doc.entities.get(chosen.key)?.kind === 'person') return null
  const person = candidates.find((c) => c.start > chosen.start && doc.entities.get(c.key)?.kind === 'person')
  if (!person || person.tokenStart - chosen.tokenEnd > 7) return null
  let role = false
  for (let k = chosen.tokenEnd; k < person.tokenStart; k++) {
    const lower = doc.tokens[k].lower
    if (PERSON_TITLES.has(lower) || PERSON_ROLE_NOUNS.has(lower)) role = true
    // "Bangladesh's home minister, Anisur Rahman Talukder,": a lower-case modifier right before the role noun.
    else if (!APPOSITION_FILLER.has(lower) && !(/^\p{Ll}+$/u.test(doc.tokens[k].text) && (PERSON_TITLES.has(doc.tokens[k + 1]?.lower ?? '') || PERSON_ROLE_NOUNS.has(doc.tokens[k + 1]?.lower ?? '')))) return null
  }
  return role ? person : null
}

/** The subject of the reporting verb right before a reported clause that starts at `clauseFloor`. */
function reportingSubject(doc: Doc, sentence: Sentence, clauseFloor: number): Found | null {
  let k = tokenEndingAt(doc, clauseFloor)
  if (k === -1) return null
  if (doc.tokens[k].lower === 'that') k--
  const verb = doc.tokens[k]
  if (!verb || verb.sentence !== doc.tokens[sentence.tokenStart].sentence || !SPEECH_VERBS.has(verb.lower)) return null
  const subject = subjectOf(doc, sentence, clauseStart(doc, sentence, verb.start), verb.start, false)
  if (!subject || doc.entities.get(subject.key)?.kind === 'person') return null
  return { key: subject.key, directness: 2 }
}

// What may sit between a relative pronoun and the verb it is the subject of: "which has ruled out",
// "who has long blamed", "which had already denied".
/** Sources news keeps anonymous, right before their reporting verb: "people familiar with the matter", "sources close to the inquiry". */
const ANONYMOUS_SOURCES = /((?:\b(?:two|three|four|five|several|some|many|\d+)\s+)?\b(?:people|persons|sources|officials|individuals|insiders)\s+(?:familiar with|close to|briefed on|with knowledge of|involved in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:have|has|had|also|later)\s+)*$/i
/** An aside between a subject and its verb: ", several dozen of them, ", ", a group based in Mali, ". */
const ASIDE_BEFORE_VERB = /,[^,;:()"“”]{2,60},\s*$/
/** Words that open a clause whether tagged as a preposition or not: "after the marchers started…". */
const SUBORDINATORS = new Set(['after', 'before', 'until', 'since', 'once', 'when', 'while', 'as'])
/** Verbs (lemmas) whose -ing complement is the act itself: "started throwing stones", "kept firing". */
const ASPECTUAL = new Set(['start', 'begin', 'continue', 'keep', 'resume'])
/** Verbs whose subject is their to-complement's ("appeared to have ignored", "seems to have started"). */
const RAISING = new Set(['appear', 'seem', 'prove', 'happen', 'tend'])
/** Heads of a group's members, who act for it: "supporters of the party", "fighters from the Front". */
const MEMBER_HEADS = new Set(['supporters', 'members', 'fighters', 'militants', 'activists', 'youths', 'followers', 'loyalists', 'gunmen'])
/** Nouns by which a story refers back to the company it named: "the company", "the operator". */
const COMPANY_NOUNS = new Set(['company', 'firm', 'operator', 'airline', 'carrier', 'owner'])
/** Anaphora of a company: "the company", "the firm", "the operator". */
const COMPANY_ANAPHORA = /\b(?:the\s+(?:company|firm|operator|owner|carrier|airline|manufacturer|builder|contractor))\s*$/i

/** What follows a dateline's place: "CAIRO —", "ATAQ, Yemen (Reuters) -". */
const DATELINE_DASH = /^(?:,\s*[\p{L} ]{2,30})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/u
const RELATIVE_GAP = /^\s*(?:(?:has|have|had|is|was|were|are|also|already|long|since|repeatedly|previously|publicly|now|still)\s+){0,3}$/i

const ROLE_PHRASE = /(?:\b[Tt]he|\b\p{Lu}[\p{L}-]*(?:'s|’s))\s+(?:([a-z]+)\s+)?(minister|spokesman|spokeswoman|spokesperson|president|governor|commander|commissioner|chief|secretary|mayor|director|prosecutor|ambassador)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s*,?\s*(?:on\s+\w+day\s+)?(?:(?:is|was|has|had|have)\s+)?$/u

/**
 * "the interior minister" → the person the article named with that role ("Interior Minister Haroon
 * Siddiqui", "Haroon Siddiqui, the interior minister"), else the matching institution if named
 * ("the Interior Ministry"), else, for a national office ("the prime minister"), the story's country;
 * else nobody.
 */
function roleHolder(doc: Doc, modifier: string | null, noun: string, before: number): Found | null {
  // The one person the article names with that role (the quotes stage's index of role holders).
  // Named before or after: "The mayor of Manta is blaming…" then "Mayor Andrés Villacís told reporters…" (codebook §7).
  const held = holderOfRole(doc, noun, modifier)
  if (held) return found(doc, held, 2)
  const last = lowerBound(doc.mentions, before, (m) => m.start) - 1
  if (noun === 'minister' && modifier) {
    for (let i = last; i >= Math.max(0, last - LOOKBACK); i--) {
      const m = doc.mentions[i]
      if (m.end > before || doc.entities.get(m.key)?.kind !== 'group') continue
      const name = m.text.toLowerCase()
      if (name.includes('ministry') && name.includes(modifier)) return found(doc, m, 2)
    }
  }
  // "the prime minister had accused the owners…" with no holder named: the office speaks for the
  // story's country (codebook §2: an unnamed official speaks for the body or country).
  if ((noun === 'president' && (!modifier || modifier === 'vice')) || (noun === 'minister' && modifier && NATIONAL_MINISTRIES.has(modifier))) return storyCountry(doc)
  return null
}
/** Ministers whose office is the state's: "the prime minister", "the interior minister". */
const NATIONAL_MINISTRIES = new Set(['prime', 'foreign', 'interior', 'defence', 'defense', 'home', 'finance', 'health', 'information', 'justice', 'transport', 'labour', 'labor', 'security'])

function relativeAntecedent(doc: Doc, sentence: Sentence, clauseFloor: number): Mention | null {
  // The token before the clause is the relative pronoun; the antecedent ends right before it.
  let k = tokenEndingAt(doc, clauseFloor)
  if (k === -1 || !['who', 'which', 'whom'].includes(doc.tokens[k].lower)) return null
  k--
  while (k >= sentence.tokenStart && (doc.tokens[k].text === ',' || ACTOR_NOUNS.has(doc.tokens[k].lower))) k--
  if (k < sentence.tokenStart) return null
  const end = doc.tokens[k].end
  return mentionsBetween(doc, sentence.start, end).find((m) => m.end === end && doc.entities.get(m.key)?.actor) ?? null
}

/** "the Russian president" → the person the article just named, else the country. */
function roleReferent(doc: Doc, m: Mention, sentence: Sentence): Found | null {
  if (!m.demonym) return null
  const next = doc.tokens[m.tokenEnd]?.lower ?? ''
  if (!ROLE_WORDS.has(next)) return null
  const previousSentence = doc.sentences[Math.max(0, doc.tokens[m.tokenStart].sentence - 2)]
  const from = previousSentence ? previousSentence.start : sentence.start
  for (let i = lowerBound(doc.mentions, m.start, (x) => x.start) - 1; i >= 0; i--) {
    const c = doc.mentions[i]
    if (c.start < from) break
    if (c.end > m.start) continue
    if (insideQuote(doc.quotes, c.start)) continue
    if (doc.entities.get(c.key)?.kind === 'person') return found(doc, c, 2)
  }
  return null
}

/** "X said in a statement on Telegram that one of its fighters…": the subject of the first report verb. */
function reporterOf(doc: Doc, sentence: Sentence, at: number): Found | null {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && doc.tokens[k].end <= at; k++) {
    if (!SPEECH_VERBS.has(doc.tokens[k].lower)) continue
    const verb = doc.tokens[k].start
    const subject = subjectOf(doc, sentence, clauseStart(doc, sentence, verb), verb)
    return subject && doc.entities.get(subject.key)?.kind === 'group' ? subject : null
  }
  return null
}

const OTHERS_PEOPLE = /\b(?:my|his|her|your)\s+(?:\w+\s+)?\w+\s*$/i

/** Who says the clause at `at`: the quote's speaker, else the subject of the sentence's first reporting verb. */
function speakerOf(doc: Doc, sentence: Sentence, at: number): Found | null {
  const quote = insideQuote(doc.quotes, at)
  if (quote?.speaker) return { key: quote.speaker, directness: 1 }
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && doc.tokens[k].end <= at; k++) {
    if (!SPEECH_VERBS.has(doc.tokens[k].lower)) continue
    const verb = doc.tokens[k].start
    return subjectOf(doc, sentence, clauseStart(doc, sentence, verb), verb, false)
  }
  return null
}

/** "its fighters": the last group named before `at`. */
function possessiveGroup(doc: Doc, at: number): Found | null {
  const group = lastGroupBefore(doc, at)
  return group ? found(doc, group, 2) : null
}

function possessorBefore(doc: Doc, at: number): Found | null {
  // "Chadian claims", "Israeli accusations": a demonym right before the noun is its country's.
  const k = tokenStartingAt(doc, at)
  if (k > 0) {
    const previous = doc.tokens[k - 1]!
    const m = doc.mentions[lowerBound(doc.mentions, previous.start, (mm) => mm.start)]
    if (m && m.start === previous.start && m.end === previous.end && m.demonym) return found(doc, m, 1)
  }
  // "Putin's insinuations", "the Islamic State's claim", "President Vladimir Putin's claims"
  const apostrophe = doc.lookup.lastIndexOf("'", at + 2)
  if (apostrophe === -1 || at - apostrophe > 20) return null
  const candidate = doc.mentions[lowerBound(doc.mentions, apostrophe, (mm) => mm.end)]
  const m = candidate?.end === apostrophe ? candidate : undefined
  if (!m || !doc.entities.get(m.key)?.actor) return null
  return found(doc, m, 1)
}

function objectOf(doc: Doc, rule: Frame, sentence: Sentence, start: number, end: number): Found | null {
  // "held Ukraine responsible": the target sits between the verb and "responsible".
  const object = rule.object ?? {}
  if (object.between) end = start + (/^\S+/.exec(doc.lookup.slice(start))?.[0].length ?? 0)
  const after = object.after?.exec(doc.lookup.slice(end, Math.min(sentence.end, end + 120)))
  if (after) end += after[0].length
  // The object never lies past the end of the quotation holding the trigger ("…by one man," Hartono said).
  const quote = insideQuote(doc.quotes, start)
  let windowEnd = Math.min(quote ? quote.end : sentence.end, sentence.end, nthWordEnd(doc.lookup, end, object.window ?? 7))
  if (object.phrase) {
    const stop = /[,;:()—–]|\s-\s/.exec(doc.lookup.slice(end, windowEnd))
    if (stop) windowEnd = end + stop.index
  }
  // "no Ukrainian involvement": the target sits inside the trigger phrase.
  const inner = object.inside ? mentionsBetween(doc, start, end).find((x) => isActorMention(doc, x, 'object')) : undefined
  const m = inner ?? firstActorAfter(doc, end, windowEnd)
  if (!m) return null
  // "blamed cyclone Freddy for the deaths": a storm is nobody.
  if (NATURAL_HAZARD.test(m.text) || STORM_WORDS.has(doc.tokens[m.tokenStart - 1]?.lower ?? '')) return null
  if (object.linked && doc.tokens[m.tokenEnd] && !/\b(?:to|with|and)\b/i.test(doc.lookup.slice(m.end, Math.min(sentence.end, m.end + 40)))) return null
  if (object.linked && m.start - end > 12) return null
  if (object.modalAfter) {
    // The actor opens the complement and a modal follows it: "that Lima could have acted".
    // "that the police, Cameroon's national force, had caused the surge": a causal verb will do.
    const rest = doc.lookup.slice(m.end, m.end + 120).replace(/^\s*,[^,.;]{1,80},/, ' ')
    if (m.start - end > 6 || !/^\s*(?:(?:could|may|might|would)\s+(?:have\s+)?\w+|(?:had\s+|have\s+|has\s+)?(?:caused|triggered|started|provoked|sparked|orchestrated|carried out|planned)\b)/i.test(rest)) return null
  }
  if (object.involvement) {
    // The object must be someone's involvement: "ruled out Ukraine's involvement", "claims of Ukrainian involvement".
    const tail = doc.lookup.slice(m.end, Math.min(sentence.end, m.end + 30))
    const inside = inner !== undefined
    // "no evidence linking Hamas to the attack": the evidence names whom it would implicate.
    const between = doc.lookup.slice(end, m.start)
    const linking = object.linking === true && /^\s*(?:linking|connecting|tying|implicating|against)\s+(?:the\s+)?$/i.test(between)
    // "ruled out any involvement by Colombia": the involvement noun comes before its owner.
    const owned = /\b(?:involvement|role|complicity|participation|hand|responsibility)\s+(?:by|of|from|on the part of)\s+(?:the\s+)?$/i.test(between)
    if (!inside && !linking && !owned && !/^(?:'s)?\s*(?:\w+\s+){0,3}?(?:involvement|intervention|role|complicity|participation|responsibility|culpability|links?|hand|guilt|part)\b/i.test(tail) && !(object.orFiniteTail && /\b(?:had|was|were|is|are|has)\b/i.test(tail))) return null
  }
  // "the Islamic State's allied groups": an ally is not the group itself.
  if (/^'s\s+(?:allied|allies|ally|affiliates?|partners?|proxies|proxy|sponsors?)\b/i.test(doc.lookup.slice(m.end, m.end + 20))) return null
  return { ...found(doc, m, 1), also: coordinatedWith(doc, m) }
}

/**
 * Parties of the same kind coordinated after `m`: "Rui Valadares and Tiago Sequeira", "Russia,
 * Belarus and Iran" — the keys of the others, in order (empty when there are none). With `subject`,
 * the coordinates may be followed by their verb ("A and B had been told…").
 */
function coordinatedWith(doc: Doc, m: Mention, subject = false): string[] {
  const kind = doc.entities.get(m.key)?.kind
  const keys: string[] = []
  let last = m
  // "Ukraine and its allies", "Kyiv and the West": a party described beside the one named, as written.
  const described = (from: Mention): string | null => {
    const words = /^\s*(?:,\s*)?and\s+((?:its|their|the)\s+(?:allies|partners|backers|sponsors|proxies|patrons|West))\b/.exec(doc.lookup.slice(from.end, from.end + 40))
    return words ? words[1] : null
  }
  for (;;) {
    const next = doc.mentions[lowerBound(doc.mentions, last.end, (x) => x.start)]
    if (!next || next.start - last.end > 10 || doc.entities.get(next.key)?.kind !== kind || next.key === m.key) break
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/i.test(doc.lookup.slice(last.end, next.start))) break
    // "Israel blamed Hamas, and Hezbollah denied…": a name that opens a clause of its own is no coordinate.
    // As a subject the coordinates come before their verb: "Ivan Petkov and Dimitar Kolev had been told…".
    if (!subject && OPENS_CLAUSE.test(doc.lookup.slice(next.end, next.end + 40))) break
    keys.push(actorKey(doc, next))
    last = next
  }
  const party = described(last)
  if (party) keys.push(`${WRITTEN}${party}`)
  return keys
}

function nthWordEnd(text: string, from: number, n: number): number {
  const re = /\S+/g
  re.lastIndex = from
  let end = from
  for (let i = 0; i < n; i++) {
    const m = re.exec(text)
    if (!m) return text.length
    end = m.index + m[0].length
  }
  return end
}

/**
 * A verb that shares the subject of the sentence's first clause: a participle after a comma
 * ("Rosa Villanueva told reporters, denying any role") or a coordinated verb ("Valeria Quintana
 * said…, and suggested the gang could be behind it"). The subject is the first actor of the
 * sentence outside any quotation before it.
 */
function sharedSubject(doc: Doc, sentence: Sentence, at: number): Found | null {
  const k = tokenStartingAt(doc, at)
  if (k <= sentence.tokenStart) return null
  const word = doc.tokens[k].lower
  const prev = doc.tokens[k - 1]
  const participle = word.endsWith('ing') && prev.text === ','
  const coordinated = prev.lower === 'and' && /(?:ed|ing)$/.test(word)
  if (!participle && !coordinated) return null
  let floor = sentence.start
  for (let i = lowerBound(doc.quotes, sentence.start, (q) => q.outerStart); i < doc.quotes.length && doc.quotes[i]!.outerStart < at; i++) {
    const q = doc.quotes[i]!
    if (q.outerEnd <= at && q.outerEnd > floor) floor = q.outerEnd
  }
  const join = coordinated && doc.tokens[k - 2]?.text === ',' ? doc.tokens[k - 2].start : prev.start
  // "…, Azerbaijan's APA news agency reported on Tuesday, laying the blame on Armenia": a participle
  // after a reporting verb and its adjuncts shares the reporter, the actor right before that verb.
  if (participle) {
    let j = k - 2
    while (j > sentence.tokenStart && k - j <= 6 && !SPEECH_VERBS.has(doc.tokens[j].lower) && /^[\p{L}\d'-]+$/u.test(doc.tokens[j].text)) j--
    if (j > sentence.tokenStart && SPEECH_VERBS.has(doc.tokens[j].lower) && doc.tokens[j].start > floor) {
      const reporter = nearestActorBefore(doc, doc.tokens[j].start, Math.max(floor, doc.tokens[j].start - 60))
      if (reporter && /^[\s\p{L}'’.-]*$/u.test(doc.lookup.slice(reporter.end, doc.tokens[j].start))) return found(doc, reporter, 1)
      // "…, an opposition coalition said on Thursday, blaming…": the verb's source as the attribution layer read it.
      const report = attributionsByCue(doc).get(doc.tokens[j].start)
      if (report) return attributed(report)
    }
  }
  const subject = subjectOf(doc, sentence, floor, join)
  return subject && subject.directness === 1 ? subject : null
}

/** The "according to" attribution over `sentence`, if any (attributions are sorted by start: a binary search). */
function accordingOver(doc: Doc, sentence: Sentence): Attribution | null {
  for (let i = lowerBound(doc.attributions, sentence.start, (a) => a.start); i < doc.attributions.length && doc.attributions[i]!.start === sentence.start; i++) {
    if (doc.attributions[i]!.cue === 'according-to') return doc.attributions[i]!
  }
  return null
}

/** Attributions with a source, by the offset of their reporting verb (memo per document). */
function attributionsByCue(doc: Doc): Map<number, Attribution> {
  let index = BY_CUE.get(doc.attributions)
  if (!index) {
    index = new Map()
    for (const a of doc.attributions) if (a.source || a.sourceText) index.set(a.cueStart, a)
    BY_CUE.set(doc.attributions, index)
  }
  return index
}

const BY_CUE = new WeakMap<Attribution[], Map<number, Attribution>>()

/** The source of an attribution as a Found: its entity, else the unnamed voice as written. */
function attributed(a: Attribution): Found | null {
  return a.source ? { key: a.source, directness: 1 } : a.sourceText ? { key: `${WRITTEN}${a.sourceText}`, directness: 1.5 } : null
}

/** Who the clause reports: the quote's speaker, "according to X", "X said/assured/believes that…". */
function sourceOf(doc: Doc, sentence: Sentence, at: number): Found | null {
  // The attribution layer's reading first: a quotation's speaker, "according to X" (the whole
  // sentence is X's), and a report closed by its verb ("…, X said"); see attribution.ts.
  const attribution = attributionAt(doc, at)
  if (attribution?.cue === 'quote' && (attribution.source || attribution.sourceText)) return attributed(attribution)
  const according = attribution?.cue === 'according-to' ? attribution : accordingOver(doc, sentence)
  if (according) return attributed(according)
  const cues: number[] = []
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]
    if (t.end > at) break
    if (SOURCE_CUES.has(t.lower)) cues.push(k)
  }
  // The nearest cue's subject, else the one reporting it: "he said initial findings indicated that…"
  // — findings report nothing of their own, their reporter does.
  for (let i = cues.length - 1; i >= 0; i--) {
    const cueStart = doc.tokens[cues[i]!].start
    const shared = sharedSubject(doc, sentence, cueStart)
    if (shared) return shared
    const floor = clauseStart(doc, sentence, cueStart)
    // "three people familiar with the investigation told Reuters that…": anonymous sources, as written.
    const anonymous = ANONYMOUS_SOURCES.exec(doc.lookup.slice(floor, cueStart))
    if (anonymous) return { key: `${WRITTEN}${doc.text.slice(floor + anonymous.index, floor + anonymous.index + anonymous[1]!.length)}`, directness: 1.5 }
    const subject = subjectOf(doc, sentence, floor, cueStart)
    if (subject) return subject
    if (!EVIDENCE_SUBJECT.test(doc.lookup.slice(floor, cueStart))) break
  }
  if (cues.length > 0) {
    // "Adrienne Watson, spokesperson for the National Security Council, assured that…"
    const nearest = nearestActorBefore(doc, doc.tokens[cues[cues.length - 1]!].start, sentence.start)
    return nearest ? found(doc, nearest, 1.5) : null
  }
  if (attribution && (attribution.cue === 'verb-after' || attribution.cue === 'colon')) {
    const source = attributed(attribution)
    if (source) return source
  }
  return null
}

