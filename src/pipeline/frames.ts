import type { Stance } from '../domain/model.js'
import { STORM_WORDS } from './lexicon.js'

/**
 * Responsibility frames, declared as data in the manner of PropBank/FrameNet rolesets: each is a
 * way news English says that someone did it (or did not), the trigger that evokes it, where its
 * roles sit relative to the trigger, its stance, and how negation, hedges and the words around the
 * trigger change that stance. `responsibility.ts` interprets them; no frame is special-cased there.
 *
 * Target roles:
 *   subject   — the actor the clause is about, before the trigger ("ISIS-K committed the shooting")
 *   object    — the first actor after it ("Putin blamed Ukraine", "carried out by the Islamic State")
 *   possessor — the actor before "'s" ("Putin's insinuations of…", "the Islamic State's claim")
 *   reporter  — the group whose statement the sentence reports ("said … one of its fighters had…"),
 *               else the last group named
 *   speaker   — who says the clause: the quote's speaker, else the subject of the sentence's
 *               reporting verb, whatever its kind ("the operator said its drivers followed every signal")
 *   body      — the body the clause's subject (a person) heads or speaks for: "the head of the
 *               Emergency Service, Giorgi Abashidze, admitted…" → the Emergency Service
 * Claimant roles: the target itself (a group claiming its own attack), the clause's subject, the
 * possessor, or the clause's source (a quote's speaker, "according to X", "X said that …"); when
 * none is found, the article's own voice (null).
 */
export type TargetRole = 'subject' | 'object' | 'possessor' | 'reporter' | 'speaker' | 'body' | 'charge'
export type ClaimantRole = 'source' | 'subject' | 'possessor' | 'target'

/** What the object of an object-role frame must look like. */
export interface ObjectConstraint {
  /** The target sits between the verb and the trigger's last word ("held Ukraine responsible"). */
  between?: boolean
  /** How many words after the trigger the object may start within (7 unless said). */
  window?: number
  /** The object is in the phrase the trigger opens: no comma, semicolon or dash before it ("targeted by a group, APA said" names no agent). */
  phrase?: boolean
  /** The target may sit inside the trigger phrase ("no Ukrainian involvement"). */
  inside?: boolean
  /** The object must be someone's involvement: "ruled out Ukraine's involvement", "claims of Ukrainian involvement". */
  involvement?: boolean
  /** …or, with `involvement`, a finite clause about the actor ("claims that Kyiv was behind it"). */
  orFiniteTail?: boolean
  /** Evidence naming whom it would implicate counts as involvement: "no evidence linking Hamas to…". */
  linking?: boolean
  /** The actor must be linked "to/with" something, right after the trigger ("linked Hamas to the attack"). */
  linked?: boolean
  /** The actor opens a complement whose verb is modal or causal ("suggested that Lima could have acted"). */
  modalAfter?: boolean
  /** When this phrase follows within 120 characters, the object comes after it: "laid the blame for the killing of X at the door of Y". */
  after?: RegExp
}

/** A frame evoked by a verb of any inflection before a cue word: "taken responsibility", "pinned the blame". */
export interface VerbTrigger {
  /** Lemmas of the verb group's head (with its particle: "carry out"). */
  lemmas: string[]
  /** What may stand between the verb group and the cue ("the", "full"), matched whole. */
  between: RegExp
  /** Only verb groups of this voice evoke the frame. */
  voice?: 'active' | 'passive'
}

export interface Frame {
  name: string
  /**
   * Words (lower case, as tokens) one of which the sentence must hold for `pattern` to be tried: an
   * index, so that most sentences are never scanned by most frames.
   */
  cues: string[]
  /**
   * The trigger, matched over a sentence's folded text (`Doc.lookup`). Global and case-insensitive.
   * With `verb`, the cue word the verb must come right before.
   */
  pattern: RegExp
  verb?: VerbTrigger
  target: TargetRole
  claimant: ClaimantRole
  stance: Stance
  /** Hedges in the clause weaken an assertion. */
  hedgeable: boolean
  /**
   * The subject target is the verb's grammatical subject (the noun phrase right before it) and must
   * name an actor: "Pakistani jets bombed" yes, "Gunmen attacked" (a description of the act) no.
   */
  syntacticSubject?: boolean
  /** The object must be an event ("the attack", "this act"), not e.g. "terrorism" in general. */
  needsEvent?: boolean
  /** …or, with `needsEvent`, a charge about the event's conduct matching this ("accused the police of using excessive force"). */
  orCharge?: RegExp
  /**
   * Negation flips an assertion to a denial ("was not involved"); without it, negation drops the
   * frame. 'reported': only inside a reported clause ("said it had not targeted civilians"); in
   * the article's own voice the negated act drops the frame ("it had not struck there for years").
   */
  negationDenies?: true | 'reported'
  /** The trigger holds its own negation ("did not do enough", "never sought a permit"): only a negation before it counts. */
  negationInside?: true
  /** A denial whose own verb is negated leaves the charge open: "has not ruled out X's involvement" → suggests. */
  negatedSuggests?: boolean
  /** Characters before the trigger searched for a bare "not" ("not responsible"), beyond the clause's last words. */
  negationWithin?: number
  /**
   * The target is the subject of a copula before the trigger ("the Front was responsible"):
   * 'required' — no copula (or "held"-verb) in the seven words before, no frame;
   * 'if-matched' — only when the trigger itself opens with the copula ("was involved").
   */
  copula?: 'required' | 'if-matched'
  /** The words right after the trigger that cancel it: "attacked Kenya for trampling on…" is criticism, not an attack. */
  notFollowedBy?: RegExp
  /** The words just before the trigger (up to 40 characters) that cancel it ("shifted the blame", "the rally was organised by"). */
  notAfter?: RegExp
  /**
   * A denial must be about something: its first ten words match this, or it takes a gerund, a
   * relative, or a that-clause about the act ("denied that its fighters carried out the attack";
   * not "denied that it kept weapons there").
   */
  objectTopic?: RegExp
  object?: ObjectConstraint
  /** With no named object, the charge denied may be an anaphor ("rejected the accusation", "denied that the group…"). */
  anaphoricObject?: boolean
  /** With no object at all, the subject denies its own part: always, or only for "any role/involvement…". */
  selfDenial?: 'always' | 'own-part'
  /** Denied through a dismissal ("claims of X's involvement were absurd"): the claimant is who dismisses it. */
  dismissedBySource?: boolean
  /** The claimant may be the target ("the group's claims of responsibility"). */
  selfClaim?: boolean
  /** In the passive ("Hamas was blamed by Israel") the object role is the subject and the claimant the by-agent. */
  passiveSwaps?: boolean
  /** Words after the trigger that make the charge indirect: a suggestion ("accused Iran of supporting…"). */
  weakenedBy?: RegExp
  /** Words after the trigger that make a suggestion an assertion ("pointed squarely at…"). */
  strengthenedBy?: RegExp
  /** With no claimant, the article's own report of the charge is a suggestion (codebook §7: "a raid blamed on…"). */
  ownVoiceSuggests?: RegExp
}

// Words that dismiss a charge: "called the allegations absurd", "claims of involvement were baseless".
export const DISMISSALS = 'absurd|baseless|groundless|false|unfounded|fabricat\\w*|lies|a lie|nonsense|ridiculous|untrue|propaganda|politically motivated|slanderous|fiction|fantasy|a smear|smears?|a witch[- ]hunt|a (?:political )?vendetta|slander'
// "said claims of Belarusian involvement were absurd": the involvement named in a dismissed charge is denied.
export const DISMISSED_CHARGE = new RegExp(`\\b(?:claims?|allegations?|accusations?|suggestions?|reports?|talk|charges?)\\s+(?:of|that)\\b[^.;]{0,80}?\\b(?:were|was|are|is|as)\\s+(?:\\w+\\s+)?["“]?(?:${DISMISSALS})\\b`, 'i')
// "rejected any role in the killing": the subject's own part, refused.
// "rejected suggestions that its programme drew people in": a charge about the subject's own doing.
export const OWN_PART = /^\s*(?:(?:any|all|the)\s+(?:\w+\s+)?(?:role|involvement|responsibility|part|link|links|connection|blame|participation|complicity|fault|wrongdoing|negligence|liability|culpability)\b|(?:the\s+|any\s+)?(?:[\p{L}-]+\s+)?(?:suggestions?|claims?|accusations?|allegations?|reports?|charges?)\s+(?:that\s+)?(?:it|its|they|their)\b)/iu
/** Named storms and quakes strike too, but are nobody's act: "Cyclone Belinda struck the coast". */
export const NATURAL_HAZARD = new RegExp(`^(?:(?:severe\\s+)?(?:${[...STORM_WORDS].join('|')})(?:\\s+(?:storm|depression))?|depression|earthquake|quake|tsunami|wildfire)\\b`, 'i')
// What a denial is about when it names no one: "denied any involvement", "denied the claims",
// "rejected any fault", "denied that any safety rules had been broken".
const DENIAL_TOPICS = /^\s*any\b|^\s*(?:that|this|it)\s*(?:[,.;]|$)|\b(?:involvement|responsibility|role|links?|relationship|connection|allegations?|claims?|accusations?|charges?|part|participation|complicity|blame|fault|wrongdoing|negligence|liability|culpability|failings)\b|\b(?:rules|regulations|laws|standards|procedures|codes|protocols)\s+(?:had\s+been|have\s+been|were|was)\s+(?:broken|violated|breached|flouted|ignored)\b/i
const INDIRECT_ROLE = /\bof\s+(?:inciting|supporting|helping|aiding|sponsoring|promoting|encouraging|facilitating|backing|financing|funding|arming|enabling)\b/i
// Charges after "accused X (…) of": any conduct, act or part in the event ("of staging the attack",
// "of handing rifles to the brotherhood", "of letting the ferry leave", "of involvement", "of a hand
// in it"), in quotes too — the first "of" before a gerund or a noun of taking part, within 140
// characters (appositions included: "the Front, known by its initials RIF, of…"). Not the charges
// that name no cause of the event: criticism of the relief ("of leaving them without help",
// codebook §7), a cover-up or what was said afterwards ("of burying the question", "of lying", "of
// exploiting the tragedy"), politics ("of clinging to power", "of trying to steal the vote"),
// terrorism in general ("of sponsoring terrorism"), or blaming others ("of trying to shift the blame").
const CAUSE_FREE_CHARGES = String.raw`(?:leaving\s+(?:them|survivors|victims|families|residents|people|the\s+(?:survivors|victims|families|injured|displaced|wounded))\b[^.;]{0,40}?\bwithout|abandoning\s+(?:the\s+)?(?:survivors|victims|families|injured|displaced|wounded|them)|failing\s+to\s+(?:help|rescue|respond|compensate|support|pay|feed|house|shelter|consult|inform|explain|disclose)|being\s+slow|responding\s+slowly|(?:a\s+)?slow\s+response|covering\s+up|(?:a\s+)?cover-?up|hiding|concealing|burying|lying|exaggerating|downplaying|minimi[sz]ing|politici[sz]ing|exploiting|using\s+the\s+(?:tragedy|disaster|attack|deaths)|spreading|clinging|stealing|(?:trying|seeking|attempting)\s+to\s+(?:shift|deflect|blame|divert|silence|intimidate|hide|cover|steal|rig|grab|cling|muzzle)|shifting|deflecting|scapegoating|blaming|hypocrisy|double\s+standards|insensitivity|arrogance|racism|bias|(?:promoting|supporting|sponsoring|backing|funding|financing|fomenting|exporting)\s+(?:international\s+|global\s+|state\s+)?(?:terrorism|terror|extremism|terrorists|extremists)|treason|corruption\s+in\s+the\s+(?:aid|relief))`
const CONDUCT_CHARGES = new RegExp(String.raw`^[^.;:!?]{1,140}?\bof\s+["“]?(?:\w+ly\s+)?(?=(?:\w+ing|involvement|complicity|negligence|recklessness|incompetence|links?|(?:a|any)\s+(?:hand|role|part))\b)(?!${CAUSE_FREE_CHARGES}\b)`, 'i')
// What is organised, held or led without being the act: "the rally was organised by the opposition".
const PEACEFUL_GATHERINGS = /\b(?:rally|rallies|march|marches|protests?|demonstrations?|vigils?|meetings?|conferences?|festivals?|concerts?|matche?s?|ceremon(?:y|ies)|campaigns?|elections?|investigations?|inquir(?:y|ies)|searche?s?|rescue|evacuations?|talks|visits?|funerals?)\s+(?:(?:was|were|is|are|had been|has been|have been|being|been|to be)\s+)?$/i
// "attacked Kenya for trampling on its sovereignty", "targeted the minister over his remarks": words, not force.
const CRITICISM = /^\s+(?:[\w'’-]+\s+){1,4}?(?:for\s+\w+ing|over\s+(?:his|her|its|their)\s+(?:remarks|comments|statements?|decision|handling|policy|policies))\b/i
// "dismissed the group's figure", "rejected the toll": a number disputed, not a charge denied.
const DISPUTED_FIGURE = /^\s+(?:(?:the|these|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:figures?|toll|tally|count|numbers?|estimates?|casualty\s+figures?)\b/i
// "blamed by Islamist leaders for the arrest of hundreds": blame for something other than the event.
const BLAMED_FOR_OTHER = /^(?:\s+[\w'’-]+){0,6}?\s+for\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:arrests?|detentions?|crackdown|policies|policy|economy|corruption|shortages?|prices|unemployment|poverty)\b/i
// "blamed the raid on fighters loyal to the Front", "blamed November's deadly mine explosion on the
// owner", "blamed the massacre on Friday on gangs": the act blamed comes first, the party after "on".
const BLAMED_ACT_ON = /^\s+(?:the|this|that|these|its|their|[\w'’-]+'s)\s+(?:[\w'’-]+\s+){0,5}?(?:attacks?|raids?|bombings?|blasts?|explosions?|killings?|massacre|shooting|fire|blaze|crash|collision|crush|stampede|violence|unrest|riots?|collapse|disaster|deaths|hack|intrusion|breach|strikes?|ambush|abduction|kidnapping|looting|unrest|sinking|derailment|flood(?:ing)?|poisoning|leak)(?:\s+(?:on\s+)?(?:\w+day|last\s+\w+|this\s+\w+))?\s+on\s+/i
const STRONG_POINTING = /\b(?:solely|squarely|clearly|directly|firmly|only)\b/i

const DECLARED_FRAMES: Frame[] = [
  // Denials first: where one sentence matches both, the denial reading wins.
  { name: 'nothing-to-do-with', cues: ['nothing'], pattern: /\b(?:had|has|have|having|bore|bears?)\s+["“]?nothing\s+to\s+do\s+with\b/gi, target: 'subject', claimant: 'source', stance: 'denies', hedgeable: false },
  { name: 'nothing-links', cues: ['nothing'], pattern: /\bnothing (?:links|connects|ties)\b/gi, target: 'object', claimant: 'source', stance: 'denies', hedgeable: false },
  { name: 'no-involvement', cues: ['no'], pattern: /\bno\s+(?:[\w'()]+\s+){0,3}?(?:involvement|role|link|links|connection|evidence|proof|participation|complicity)\b/gi, target: 'object', claimant: 'source', stance: 'denies', hedgeable: false, object: { inside: true, involvement: true, linking: true } },
  { name: 'deny', cues: ['deny', 'denies', 'denied', 'denying'], pattern: /\bden(?:y|ies|ied|ying)\b/gi, target: 'object', claimant: 'subject', stance: 'denies', hedgeable: false, objectTopic: DENIAL_TOPICS, anaphoricObject: true, selfDenial: 'always' },
  { name: 'rule-out', cues: ['ruled', 'rules', 'rule', 'ruling', 'rejected', 'rejects', 'rejecting', 'dismissed', 'dismisses', 'dismissing'], pattern: /\b(?:ruled out|rules out|rule out|ruling out|rejected|rejects|rejecting|dismissed|dismisses|dismissing)\b/gi, target: 'object', claimant: 'subject', stance: 'denies', hedgeable: false, anaphoricObject: true, selfDenial: 'own-part', object: { involvement: true }, negatedSuggests: true, notFollowedBy: DISPUTED_FIGURE },
  // "called the allegations absurd", "described the claims as baseless": the charge just reported, denied.
  { name: 'call-charge', cues: ['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'suggestion', 'suggestions', 'remarks', 'comments'], pattern: new RegExp(`\\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ing|ed)?|term(?:s|ed)?)(?=\\s+(?:the|these|those|such)\\s+(?:[\\w'’-]+\\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|remarks|comments)\\b[^.;]{0,40}\\b(?:${DISMISSALS})\\b)`, 'gi'), target: 'object', claimant: 'subject', stance: 'denies', hedgeable: false, anaphoricObject: true },
  // "This claim is a lie", "these accusations are baseless": the charge just reported, denied by who says so.
  { name: 'charge-is-false', cues: ['claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges'], pattern: new RegExp(`\\b(?:this|that|the|these|those|such|their|his|her|its)\\s+(?:[\\w'’-]+\\s+)?(?:claims?|accusations?|allegations?|charges?)\\s+(?:is|are|was|were)\\s+(?:as\\s+|simply\\s+|completely\\s+|totally\\s+|utterly\\s+|all\\s+)?(?:${DISMISSALS})\\b`, 'gi'), target: 'charge', claimant: 'source', stance: 'denies', hedgeable: false },
  { name: 'exonerate', cues: ['exonerate', 'exonerates', 'exonerated', 'exonerating', 'absolve', 'absolves', 'absolved', 'absolving'], pattern: /\b(?:exonerat(?:e|es|ed|ing)|absolv(?:e|es|ed|ing))\b/gi, target: 'object', claimant: 'subject', stance: 'denies', hedgeable: false },
  // A group claiming its own attack.
  { name: 'claim-responsibility', cues: ['responsibility', 'credit', 'blame'], pattern: /\b(?:responsibility|credit|blame)\b/gi, verb: { lemmas: ['claim', 'take', 'accept', 'admit', 'assume', 'acknowledge'], between: /^\s+(?:the\s+)?(?:(?:full|sole|overall)\s+)?$/i }, target: 'subject', claimant: 'target', stance: 'asserts', hedgeable: false },
  // "The Sahel Martyrs Brigade has claimed the attack", "…repeated its claim of responsibility".
  { name: 'claim-event', cues: ['claim', 'claims', 'claimed', 'claiming'], pattern: /\bclaim(?:s|ed|ing)?\s+(?=(?:the|this|that|these|those|its|their|an?|\w+day's|last\s+\w+'s)\s+(?:[\w'-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assault|killings?|massacre|shooting|raid|ambush|strikes?|kidnapping|abduction|hijacking|siege|operation|cyberattacks?|hack|assassination|murder)\b)/gi, target: 'subject', claimant: 'target', stance: 'asserts', hedgeable: false },
  { name: 'repeat-claim', cues: ['claim', 'claims'], pattern: /\b(?:repeated|renewed|reiterated|restated|repeats|renews|reiterates)\s+(?:its|their)\s+claims?\b/gi, target: 'subject', claimant: 'target', stance: 'asserts', hedgeable: false },
  { name: 'claimed-by', cues: ['claimed'], pattern: /\bclaimed by\b/gi, target: 'object', claimant: 'target', stance: 'asserts', hedgeable: false },
  { name: 'own-involvement', cues: ['its', 'their'], pattern: /\b(?:substantiat|confirm|acknowledg|admitt?|claim|proclaim|boast)\w* (?:its|their) (?:involvement|responsibility|role|authorship)\b/gi, target: 'subject', claimant: 'target', stance: 'asserts', hedgeable: false },
  { name: 'possessive-claim', cues: ['claim', 'claims'], pattern: /(?:'s|(?<=s)') claims? of responsibility\b|(?:'s|(?<=s)') claim\b(?!s? (?:of|that)\b)/gi, target: 'possessor', claimant: 'target', stance: 'asserts', hedgeable: false },
  // "The Front had no connection with the explosion", "Iran has no role in it": a party's part, denied.
  { name: 'no-connection', cues: ['no', 'nothing'], pattern: /\b(?:no|nothing)\s+(?:\w+\s+)?(?:connection|link|links|role|involvement|part|hand)\s+(?:with|in|to)\b/gi, verb: { lemmas: ['have', 'play'], between: /^\s*$/ }, target: 'subject', claimant: 'source', stance: 'denies', hedgeable: false },
  // A party saying it did everything right denies its own fault: "said it had complied with every
  // maintenance requirement", "our drivers followed every signal", "all its paperwork was in order".
  { name: 'compliance', cues: ['complied', 'complies', 'comply', 'followed', 'met', 'line', 'accordance', 'compliance', 'done', 'kept', 'keeps', 'stuck', 'sticks', 'adhered', 'adheres', 'abided', 'order', 'permit', 'permits', 'licence', 'licences', 'license', 'licenses', 'approvals', 'certificates', 'inspection', 'inspections', 'acted', 'inspected', 'certified', 'warning', 'warnings', 'alert', 'alerts'], pattern: /\b(?:compl(?:ied|ies|y)\s+with\s+(?:all|every|the)|followed\s+(?:all|every|the|our|its|their)\s+(?:(?:own|\w+)\s+)?(?:rules?|procedures?|steps?|signals?|regulations?|requirements?|protocols?|manual|instructions?|guidelines?|codes?|standards?|drawings|plans|designs)|met\s+(?:all|every)\s+(?:\w+\s+)?(?:codes?|standards?|requirements?|regulations?|rules?)|(?:issued|granted|carried\s+out|done|built)\s+in\s+(?:line|accordance|compliance)\s+with\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:rules|regulations|law|laws|standards|codes)|(?:held|had|obtained)\s+(?:all|every)\s+(?:the\s+)?(?:\w+\s+)?(?:permits?|licen[cs]es?|approvals?|certificates?)|passed\s+(?:its|their|all|every)\s+(?:\w+\s+)?inspections?|(?:kept|keeps|stuck|sticks|adhered|adheres|abided)\s+(?:to|by)\s+(?:all|every|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:rules?|schedules?|procedures?|regulations?|protocols?|limits?|guidelines?|plans?|standards?)|(?:has|had|have)\s+done\s+(?:everything|all)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:asked|required|demanded|requested)|(?:was|were|is|are)\s+(?:all\s+)?in\s+order|acted\s+(?:(?:fully|entirely|strictly)\s+)?(?:within\s+the\s+law|lawfully|legally|in\s+accordance\s+with)|(?:had\s+been|has\s+been|was|were)\s+(?:fully\s+|recently\s+|properly\s+|duly\s+)?(?:inspected|certified)\b(?!\s+by\s+(?:no|nobody))|(?:it|they|we)\s+(?:had|has|have)\s+(?:\w+\s+)?(?:issued|sent|given|raised)\s+(?:a|an|the|its|several|repeated|two|three)\s+(?:[\w-]+\s+)?(?:warnings?|alerts?)|passed\s+(?:an?|its|their|the)\s+(?:\w+\s+){0,2}?inspections?)\b/gi, target: 'speaker', claimant: 'target', stance: 'denies', hedgeable: false },
  // A body's head admitting its failures, or apologising for them (codebook §7): "the head of the
  // Emergency Service, Giorgi Abashidze, admitted that 'not everyone was warned in time'".
  { name: 'admit-failure', cues: ['admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'apologised', 'apologized', 'apologise', 'apologize', 'apologises', 'apologizes'], pattern: /\b(?:(?:admit(?:s|ted)|acknowledg(?:es|ed)|conced(?:es|ed))\s+(?:that\s+)?(?=["“]?[^.;]{0,100}?\b(?:not\s+(?:prepared|ready|enough|equipped)|not\s+everyone|(?:was|were)\s+not\s+warned|failed|failures?|mistakes?|errors?|shortcomings|lapses|could\s+have\s+done\s+more|should\s+have)\b)|apologi[sz](?:e|es|ed)\s+for\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?(?:failures?|mistakes?|errors?|shortcomings|lapses)\b)/gi, target: 'body', claimant: 'subject', stance: 'suggests', hedgeable: false },
  // Officials naming the attacker (codebook §5): "identified the suspected bomber as Arif Setiawan".
  { name: 'identify-as', cues: ['identified', 'identifies', 'named'], pattern: /\b(?:identifie[ds]|named)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:bomber|attacker|gunm[ae]n|assailant|shooter|suspect|perpetrator|killer|hijacker|driver)s?|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:men|women|youths|people))?)\s+as\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: false, object: { window: 4, phrase: true } },
  // Named in the report (codebook §7): "The attacker, identified as Lukas Brenner, 27, began…", "the
  // gunman was named as…" — by the name right after "as": "identified as foreign nationals from Ostria" names no one.
  { name: 'perpetrator-identified', cues: ['identified', 'named'], pattern: /\b(?:bomber|attacker|gunm[ae]n|assailant|shooter|perpetrator|killer|hijacker|stabber)s?,?\s+(?:(?:who\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:identified|named)\s+(?:by\s+(?:\w+\s+){1,3}?)?as\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { window: 2, phrase: true } },
  // "Mozambican authorities suspect Ansar al-Rovuma": suspicion of a named party, without "of".
  { name: 'suspect-party', cues: ['suspect', 'suspects'], pattern: /(?<!\b(?:a|an|the|one|two|main|prime|chief|key|lead|robbery|murder|possible|potential|likely|another|second|first|third)\s)\bsuspects?\b(?!\s+(?:that|it|this|foul|arson|sabotage|were|was|are|is|have|has|had|in|from|who|whom|and|or|to|of|for|with|at|on|remain|remains|remained|include|included|identified|named|arrested|detained|held|fled|escaped)\b)(?!\s*[.,;:)])/gi, verb: { lemmas: ['suspect'], between: /^$/, voice: 'active' }, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, object: { window: 8, phrase: true } },
  // Someone did it.
  // The agent of the act: "Pakistani jets bombed a family gathering", "the military said it had
  // struck a weapons depot", "it had not targeted civilians" (a denial of one's own act).
  { name: 'act-agent', cues: ['struck', 'strike', 'strikes', 'striking', 'bomb', 'bombs', 'bombed', 'bombing', 'shell', 'shells', 'shelled', 'shelling', 'attack', 'attacks', 'attacked', 'attacking', 'raid', 'raids', 'raided', 'raiding', 'ambush', 'ambushes', 'ambushed', 'ambushing', 'storm', 'storms', 'stormed', 'storming', 'hack', 'hacks', 'hacked', 'hacking', 'target', 'targets', 'targeted', 'targeting', 'fire', 'fires', 'fired', 'firing', 'shot', 'shoot', 'shoots', 'shooting', 'kill', 'kills', 'killed', 'killing', 'murder', 'murders', 'murdered', 'murdering', 'abduct', 'abducts', 'abducted', 'abducting', 'kidnap', 'kidnaps', 'kidnapped', 'kidnapping', 'assassinate', 'assassinates', 'assassinated', 'assassinating'], pattern: /(?<!\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:[\w-]+\s+){1,2})(?<!\b(?:was|were|been|being|be|is|are|get|got)\s(?:\w+ly\s)?)(?<!\b(?:the|a|an|this|that|these|those|its|their|his|her|air|drone|missile|rocket|deadly|suicide|latest|recent|terrorist|terror|of|in|on|after|since|for|to|cyber|retaliatory|targeted|\w+'s)\s)\b(?:struck|strikes?|striking|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?|attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|ambush(?:es|ed|ing)?|storm(?:s|ed|ing)?|hack(?:s|ed|ing)?|target(?:s|ed|ing)?|fir(?:e|es|ed|ing)|shot|shoots?|shooting|kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|assassinat(?:e|es|ed|ing))\b(?!\s+by\b)/gi, verb: { lemmas: ['strike', 'bomb', 'shell', 'attack', 'raid', 'ambush', 'storm', 'hack', 'target', 'fire', 'shoot', 'kill', 'murder', 'abduct', 'kidnap', 'assassinate'], between: /^$/, voice: 'active' }, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: 'reported', selfClaim: true, notFollowedBy: CRITICISM },
  // Negligence (codebook §5): "the authorities had failed to prepare properly", "the operator failed to
  // maintain the signals" — the subject held at fault for what it did not do.
  // Any duty left undone counts ("failed to hold the crowd back", "failed to clear the exits"), not a
  // reply or a rescue that did not succeed ("failed to respond to requests for comment", "rescuers failed to reach").
  { name: 'failed-to', cues: ['fail', 'fails', 'failed', 'failing'], pattern: /\bfail(?:s|ed|ing)?\s+to\s+(?:\w+ly\s+)?(?!(?:respond|reply|return|comment|answer|appear|attend|show|reach|find|locate|rescue|save|recover|identify|win|get|make|qualify|pass|survive|materiali[sz]e|agree|report|disclose|pay)\b)[a-z]{2,}\b/gi, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true },
  // Negligence in the general words news uses for it (codebook §2: "a crush or fire through negligence"):
  // too little done, warnings ignored, exits locked, permits never sought, a boat overloaded, a red
  // signal run — the subject held at fault.
  { name: 'negligent-conduct', cues: ['back', 'money', 'bribes', 'kickbacks', 'cash', 'tickets', 'oversold', 'overbooked', 'shut', 'closed', 'closing', 'shutting', 'enough', 'little', 'nothing', 'ignored', 'ignoring', 'ignores', 'disregarded', 'flouted', 'flouting', 'violated', 'violating', 'breached', 'breaching', 'padlocked', 'locked', 'blocked', 'chained', 'bolted', 'sought', 'obtained', 'applied', 'overloaded', 'overloading', 'overcrowded', 'loaded', 'corners', 'neglected', 'red', 'no', 'nobody', 'one'], pattern: /\b(?:did(?:\s+not|n't)\s+do\s+(?:nearly\s+)?enough|did\s+(?:too\s+little|nothing)\s+to|(?:chose|decided)\s+to\s+do\s+nothing|(?:told|warned|informed|alerted)\s+(?:nobody|no\s+one)|(?:ignored|ignoring|ignores|disregarded)\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+|repeated\s+|several\s+|all\s+)*(?:[\w-]+\s+)?(?:warnings?|orders?|advice|signals?|alerts?|instructions?|rules|regulations|complaints|calls|requests|notices?|limits?|codes?|standards|guidelines|procedures|protocols|pleas|concerns|recommendations|directives?|bans?|restrictions|laws?|safety|evacuation\s+orders?)|(?:flouted|flouting|violated|violating|breached|breaching)\s+(?:the\s+|an?\s+|its\s+|their\s+|safety\s+|building\s+|fire\s+)*(?:[\w-]+\s+)?(?:rules|regulations|codes?|standards|laws?|limits?|permits?|licen[cs]es?|guidelines|procedures|protocols|orders?)|(?:sent|ordered|told|forced)\s+(?:them|workers|staff|employees|miners|crews?|a\s+crew|the\s+(?:workers|staff|crew|miners|employees))\s+back\s+(?:to\s+(?:work|their)|inside|underground|in)\b|(?:took|take|takes|taking)\s+(?:money|bribes|kickbacks|cash)\s+to\b|(?:gave|given|give|issued|sent|raised)\s+no\s+(?:[\w-]+\s+)?(?:warning|alert|notice)|sold\s+(?:\w+\s+){0,3}?more\s+tickets\s+than|(?:oversold|overbooked)|(?:shut|closed|closing|shutting)\s+(?:the\s+|its\s+|their\s+|all\s+|both\s+)?(?:[\w-]+\s+)?(?:exits?|gates?|emergency\s+exits?|fire\s+escapes?)|(?:padlocked|locked|blocked|chained|bolted)\s+(?:shut\s+)?(?:the\s+|its\s+|their\s+|all\s+|both\s+)?(?:[\w-]+\s+)?(?:exits?|doors?|gates?|entrances?|fire\s+escapes?|emergency\s+exits?)|(?:never\s+(?:sought|obtained|applied\s+for|had)\s+(?:a\s+|the\s+|any\s+)?|had\s+no\s+)(?:[\w-]+\s+)?(?:permission|permits?|licen[cs]es?|approvals?|clearance)|(?:overloaded|overloading|overcrowded)|loaded\s+(?:far\s+|much\s+|way\s+)?too\s+(?:much|many)|cut(?:ting)?\s+corners|neglected\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:maintenance|repairs?|safety|warnings?)|(?:ran|run|went\s+through|drove\s+through|passed)\s+(?:a|the)\s+red\s+(?:light|signal))\b/gi, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationInside: true },
  // Duty left undone, said as what should have been done: "the driver should have halted at the
  // signal", "the organisers should not have let so many in" — the subject held at fault.
  { name: 'should-have', cues: ['should'], pattern: /\bshould\s+(?:not\s+|never\s+)?have\s+(?:\w+ly\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|wn|t)\b/gi, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationInside: true },
  // A warning that went unheeded hints at fault (codebook §7): "the owners had been told after an
  // inspection that the hall needed a second exit, prosecutors said" → prosecutors suggest the owners;
  // not an order given after it ("bus companies had been told to suspend their services").
  { name: 'warned-before', cues: ['told', 'warned', 'ordered', 'advised', 'instructed'], pattern: /\b(?:had|has|have)\s+(?:\w+ly\s+|twice\s+|already\s+)?been\s+(?:\w+ly\s+|twice\s+|already\s+)?(?:told|warned|ordered|advised|instructed)\b(?=[^.;]{0,100}?\b(?:needed|needs|should|must|unsafe|dangerous|at\s+risk|inspection|repair|fix|clear|reinforce|install|evacuate|shore\s+up)\b)/gi, target: 'subject', claimant: 'source', stance: 'suggests', hedgeable: false },
  // Suspicion: "Russia was quickly named as the prime suspect", "X was named the main suspect".
  { name: 'prime-suspect', cues: ['suspect', 'suspects'], pattern: /\b(?:named|identified|seen|regarded|considered|singled out)\s+(?:as\s+)?(?:the\s+)?(?:prime|main|chief|leading|principal|most likely|likely|top)\s+suspects?\b/gi, target: 'subject', claimant: 'source', stance: 'suggests', hedgeable: false },
  // "The captain may well end up a suspect", "the driver is a suspect": named as a suspect, suggested.
  { name: 'is-suspect', cues: ['suspect'], pattern: /\b(?:is|was|were|are|be|been|become|becomes|became|remains?|remained|end\s+up|ends\s+up|ended\s+up)\s+(?:now\s+)?(?:a|the\s+(?:main|prime|chief|only))\s+suspect\b(?!\s+(?:in\s+(?:an?|another)\s+(?:other|separate|earlier|unrelated)))/gi, target: 'subject', claimant: 'source', stance: 'suggests', hedgeable: false },
  // "Police suspicion had at first centred on the Pattani Independence Movement", "the finger of blame fell on…".
  { name: 'suspicion-on', cues: ['suspicion', 'suspicions', 'attention', 'focus'], pattern: /\b(?:suspicions?|attention|focus)\s+(?:has\s+|had\s+|have\s+)?(?:\w+\s+){0,2}?(?:centred|centered|focused|focussed|fallen|fell|falls|turned|rested)\s+on\b/gi, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, object: { window: 6, phrase: true } },
  // "investigators suspected a Brazil-based criminal gang of using the leaked tools".
  { name: 'suspect-of', cues: ['suspect', 'suspects', 'suspected', 'suspecting'], pattern: /\bsuspect(?:s|ed|ing)?\b(?=\s+(?:[\w'’-]+\s+){1,6}?of\s+(?:\w+ing|involvement|links?)\b)/gi, verb: { lemmas: ['suspect'], between: /^$/, voice: 'active' }, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false },
  // "They dropped a bomb on a house full of children", "jets dropped barrel bombs on the market".
  { name: 'drop-bombs', cues: ['bomb', 'bombs', 'explosives', 'missiles', 'munitions'], pattern: /\b(?:dropped|drop|drops|dropping|fired|launched)\s+(?:(?:a|the|two|three|several|\w+)\s+)?(?:barrel\s+)?(?:bombs?|explosives|missiles|munitions)\b/gi, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: 'reported', selfClaim: true },
  // Acts of a riot: "the marchers started throwing stones", "youths set fire to a police post", "fans went on the rampage";
  // of a crush: "supporters pushed down a barrier", "gatecrashers had forced the fence".
  { name: 'riot-act', cues: ['barrier', 'barriers', 'gate', 'gates', 'fence', 'fences', 'stones', 'rocks', 'bottles', 'bombs', 'cocktails', 'fire', 'ablaze', 'torched', 'torch', 'torching', 'looted', 'loot', 'looting', 'rampage', 'vandalised', 'vandalized', 'ransacked'], pattern: /\b(?:(?:threw|throw|throws|throwing|hurled|hurl|hurling|pelted|pelting)\s+(?:\w+\s+)?(?:stones|rocks|bottles|bricks|petrol bombs|molotov cocktails)|(?:set|sets|setting)\s+(?:fire\s+to|ablaze)|torch(?:ed|ing)?|loot(?:ed|ing)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|(?:went|go|going|goes)\s+on\s+(?:the|a)\s+rampage|(?:pushed|broke|tore|knocked)\s+down\s+(?:a|the|two|several)\s+(?:[\w-]+\s+)?(?:barriers?|gates?|fences?)|forced\s+(?:open\s+)?(?:a|the)\s+(?:[\w-]+\s+)?(?:barriers?|gates?|fences?))\b/gi, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: 'reported' },
  // "Police in the trucks then opened fire on the crowd": the agent of "open fire".
  { name: 'open-fire', cues: ['fire'], pattern: /(?<=\bopen(?:s|ed|ing)?\s+)fire\b/gi, verb: { lemmas: ['open'], between: /^\s+$/, voice: 'active' }, target: 'subject', syntacticSubject: true, claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: 'reported', selfClaim: true },
  // "pinned the blame on the pilots", "laid the blame for the crash on…", "puts the blame squarely on…".
  { name: 'lay-blame', cues: ['blame'], pattern: /\bblame\b/gi, verb: { lemmas: ['pin', 'put', 'place', 'lay', 'cast'], between: /^\s+(?:(?:the|much of the|most of the|all the|some of the|part of the)\s+)?$/i }, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, object: { after: /^[^.;]{0,100}?\b(?:squarely\s+|firmly\s+)?(?:at\s+the\s+(?:door|feet)\s+of|on)\s+/i } },
  // "authorities have pinned the overnight siege on a rival group": the act pinned on someone.
  { name: 'pin-on', cues: ['pin', 'pins', 'pinned', 'pinning'], pattern: /\bpin(?:s|ned|ning)?\s+(?:it|this|that|(?:the|this|that|these|those|its|their|\w+day's)\s+(?:[\w'-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|assault|killings?|massacre|shooting|raid|ambush|strikes?|kidnapping|abduction|siege|crash|fire|blaze|disaster|collapse|deaths|murder|assassination|intrusions?|hack|breach))\s+on\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, object: { window: 9 } },
  // "Belarus is suspected of the intrusions", "the militia was suspected of carrying out the raid".
  { name: 'suspected-of', cues: ['suspected'], pattern: /\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?suspected\s+of\s+(?=(?:the|this|these|those|an?|its|their|having|being|involvement|links?|\w+ing)\b)/gi, target: 'subject', claimant: 'source', stance: 'suggests', hedgeable: false },
  // "the minister alleged that the freight train's driver had ignored a stop signal": an allegation of conduct.
  { name: 'allege-that', cues: ['alleged', 'alleges', 'alleging', 'allege'], pattern: /\balleg(?:e|es|ed|ing)\s+(?:\w+ly\s+)?that\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: false, object: { window: 6, phrase: true } },
  // "relatives have lodged a murder complaint against its owner", "filed a lawsuit against the operator".
  { name: 'complaint-against', cues: ['against'], pattern: /\b(?:lodg|fil|regist|submitt|brought|bring|launch)\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:complaint|case|lawsuit|suit|petition|FIR)\s+against\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, object: { window: 6, phrase: true } },
  // "the blood of these young people is on the hands of the ruling party", "the government has blood on its hands".
  { name: 'blood-on-hands', cues: ['hands'], pattern: /\bblood\b[^.;"“”]{0,60}?\bon\s+the\s+hands\s+of\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { window: 6, phrase: true } },
  { name: 'blood-on-own-hands', cues: ['hands'], pattern: /\b(?:has|have|had)\s+(?:\w+\s+)?blood\s+on\s+(?:its|their|his|her)\s+hands\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true },
  // "Hamas was held responsible for the attack", "is being held accountable": the subject, in the passive.
  { name: 'held-responsible-passive', cues: ['held'], pattern: /\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+){0,2}?held\s+(?:responsible|accountable|liable|to blame)\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true },
  // "Officials attributed the blast to the Red Hand Brigade", "the attack was attributed to X".
  { name: 'attributed-to', cues: ['attributed', 'attributes', 'attribute', 'attributing', 'ascribed'], pattern: /\b(?:attribut(?:e|es|ed|ing)|ascribed)\s+(?:(?:the|this|that|it|these)\s+)?(?:[\w'-]+\s+){0,4}?to\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, needsEvent: false, object: { window: 5, phrase: true } },
  { name: 'held-responsible', cues: ['responsible'], pattern: /\b(?:held|holds?|holding)\s+(?:[\w'-]+\s+){1,4}?responsible\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, object: { between: true } },
  { name: 'responsible', cues: ['responsible', 'blame', 'fault', 'culpable'], pattern: /\b(?:responsible|to blame|at fault|culpable)\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true, copula: 'required', negationWithin: 12 },
  { name: 'bears-responsibility', cues: ['responsibility', 'blame'], pattern: /\b(?:bears?|bore|carr(?:y|ies|ied)) ["“]?(?:\w+ ){0,2}?["“]?(?:responsibility|blame)\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true },
  { name: 'behind', cues: ['behind'], pattern: /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}?behind\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true },
  { name: 'author-of', cues: ['author', 'authors', 'perpetrator', 'perpetrators', 'mastermind', 'masterminds', 'culprit', 'culprits', 'architect', 'architects'], pattern: /\b(?:is|are|was|were|be|been)\s+the\s+(?:authors?|perpetrators?|masterminds?|culprits?|architects?)\s+of\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true },
  { name: 'perpetrated', cues: ['carried', 'carries', 'carry', 'carrying', 'committed', 'commits', 'commit', 'perpetrated', 'perpetrates', 'orchestrated', 'orchestrates', 'masterminded', 'staged', 'executed', 'conducted', 'launched', 'directed', 'ordered', 'planned', 'plotted', 'engineered'], pattern: /\b(?:carried out|carries out|carry out|carrying out|committed|commits|commit|perpetrated|perpetrates|orchestrated|orchestrates|masterminded|staged|executed|conducted|launched|planned|plotted|engineered)\s+(?:the|this|that|these|those|its|their|it|a)\b|\b(?:directed|ordered)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|killings?|assassination|murder|strike|massacre|shooting|hack|intrusion|raid|ambush)\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, needsEvent: true, negationDenies: true },
  { name: 'perpetrated-by', cues: ['by'], pattern: /\b(?:carried out|committed|perpetrated|orchestrated|masterminded|staged|executed|conducted|launched|planned|organi[sz]ed|done|ordered|caused|started|attacked|bombed|struck|targeted|ambushed|shelled|hacked|raided|stormed|killed|shot|abducted|kidnapped|seized|beaten|stabbed|lynched|torched|burned|burnt|looted|hacked|assaulted|set\s+alight|set\s+on\s+fire|taken\s+hostage|held\s+hostage|held\s+captive)\s+by\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { window: 9, phrase: true }, notAfter: PEACEFUL_GATHERINGS },
  { name: 'involved', cues: ['involved', 'involvement', 'role', 'hand'], pattern: /\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+){0,2}?involved\b|\b(?:had|has|have|having)\s+(?:some|a|any|an)?\s*(?:involvement|role|hand)\b/gi, target: 'subject', claimant: 'source', stance: 'asserts', hedgeable: true, negationDenies: true, copula: 'if-matched' },
  // "the attackers appeared to belong to the CPK": the perpetrators named as members of a group.
  { name: 'belong-to', cues: ['belong', 'belongs', 'belonged', 'members'], pattern: /\b(?:attackers|assailants|gunmen|perpetrators|bombers?|killers|culprits|hackers|raiders|kidnappers|abductors|captors|hijackers|armed\s+men|fighters)\s+(?:[\w-]+\s+){0,3}?(?:belong(?:s|ed)?\s+to|(?:are|were|was)\s+(?:\w+\s+)?members\s+of)\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true },
  // "looks like the work of Ansar al-Rovuma", "bore the hallmarks of the Islamic State"
  // "the work of X", "These are the crimes of the URC": the act named as the party's.
  { name: 'work-of', cues: ['work', 'handiwork', 'crime', 'crimes'], pattern: /\b(?:the\s+)?(?:work|handiwork|crimes?)\s+of\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { phrase: true } },
  // "bore the hallmarks of X", "the unmistakable signature of X": a resemblance, a suggestion (codebook §2).
  { name: 'hallmarks-of', cues: ['hallmark', 'hallmarks', 'signature', 'signatures', 'fingerprints', 'marks'], pattern: /\b(?:hallmarks?|signatures?|fingerprints|marks)\s+of\b/gi, target: 'object', claimant: 'source', stance: 'suggests', hedgeable: false, object: { phrase: true } },
  // "said in a statement that one of its fighters had detonated…": a group owning the attack.
  { name: 'own-fighters', cues: ['its', 'their', 'loyal', 'affiliated', 'belonging'], pattern: /\b(?:(?:one of |two of |\w+ of )?(?:its|their) (?:own )?(?:fighters|members|militants|men|operatives|soldiers|suicide bombers?|mujahideen|martyrs?)|(?:fighters|militants|members|men) (?:loyal|affiliated|belonging) to (?:it|them|the group))\s+(?:had\s+|has\s+)?(?:detonated|carried out|attacked|killed|launched|blew|stormed|struck|targeted|ambushed|executed|set off)\b/gi, target: 'reporter', claimant: 'target', stance: 'asserts', hedgeable: false },
  // "investigators traced the intrusion to Peruvian military intelligence", "a report tied the attacks to…"
  // (not "tied to a tree")
  { name: 'traced-to', cues: ['traced'], pattern: /\btraced\s+(?:the\s+|it\s+|this\s+|them\s+)?(?:[\w-]+\s+){0,2}?(?:back\s+)?to\b(?!\s+(?:the\s+)?(?:ground|post|pole|tree|chair|bed|wall|hands?|feet))/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { phrase: true } },
  // "researchers tie the code to a gang", "a report tied the attacks to hackers…": a link, suggested (as "was tied to" is).
  { name: 'tied-to', cues: ['tied', 'tie'], pattern: /(?<!\bto\s)\b(?:tied|tie)\s+(?:the\s+|it\s+|this\s+|them\s+)?(?:[\w-]+\s+){0,2}?(?:back\s+)?to\b(?!\s+(?:the\s+)?(?:ground|post|pole|tree|chair|bed|wall|hands?|feet))/gi, target: 'object', claimant: 'source', stance: 'suggests', hedgeable: false, object: { phrase: true } },
  // "suggesting that Lima could have acted": a modal complement about the actor is a suggestion.
  { name: 'suggest-modal', cues: ['suggest', 'suggests', 'suggested', 'suggesting', 'hint', 'hints', 'hinted', 'hinting', 'imply', 'implies', 'implied', 'implying', 'insinuate', 'insinuates', 'insinuated', 'insinuating', 'speculate', 'speculates', 'speculated', 'speculating'], pattern: /\b(?:suggest|hint|impl(?=y|ie)|insinuat|speculat)\w*\s+(?:\w+ly\s+|only\s+)?that\b/gi, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, object: { modalAfter: true } },
  // "If anyone failed here, it was the inspectors who signed the papers": the one held at fault under a condition, suggested.
  { name: 'if-anyone', cues: ['anyone', 'anybody'], pattern: /\bif\s+any(?:one|body)\s+(?:[\w'’-]+\s+){0,3}?(?:failed|(?:is|was)\s+(?:to\s+blame|at\s+fault|responsible|guilty)|(?:has|had|should|must)\s+(?:to\s+)?(?:answer|be\s+blamed|take\s+the\s+blame))\b[^.;"“”]{0,60}?,\s*(?:it\s+(?:is|was)|that\s+(?:is|was))\b/gi, target: 'object', claimant: 'source', stance: 'suggests', hedgeable: false, object: { window: 8, phrase: true } },
  // Someone says someone else did it.
  { name: 'blame', cues: ['blame', 'blames', 'blamed', 'blaming'], pattern: /(?<!\bof |\bthe )\bblam(?:e|es|ed|ing)\b(?! game)/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, notAfter: /\bshift(?:s|ed|ing)?\s+(?:the\s+)?$|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+also\s+$/i, notFollowedBy: BLAMED_FOR_OTHER, ownVoiceSuggests: /^\s+on\b/i, passiveSwaps: true, object: { after: BLAMED_ACT_ON } },
  // "The report faulted the boat's owner for sending it out without life jackets", "faulting the agency".
  { name: 'fault-verb', cues: ['faulted', 'faulting'], pattern: /\bfault(?:ed|ing)\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, passiveSwaps: true },
  { name: 'accuse', cues: ['accuse', 'accuses', 'accused', 'accusing'], pattern: /\baccus(?:e|es|ed|ing)\b/gi, target: 'object', claimant: 'subject', stance: 'asserts', hedgeable: true, needsEvent: true, orCharge: CONDUCT_CHARGES, weakenedBy: INDIRECT_ROLE, passiveSwaps: true },
  { name: 'point', cues: ['point', 'points', 'pointed', 'pointing'], pattern: /(?<!\b(?:a|the|this|that) )\bpoint(?:s|ed|ing)?\s+(?:the finger\s+(?:of blame\s+)?at|(?:\w+\s+){0,2}?(?:to|at|towards?))\b/gi, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, strengthenedBy: STRONG_POINTING },
  // "fresh evidence linking China to the attack" suggests; "no evidence linking…" is the no-involvement frame's.
  { name: 'link', cues: ['link', 'links', 'linked', 'linking'], pattern: /(?<!\b(?:no|nothing|little|any|scant|without|absence\s+of|lack\s+of)\s(?:[\w-]+\s)?(?:evidence|proof)\s)(?<!\bnothing\s)\blink(?:s|ed|ing)?\b(?!\s+(?:to|with)\b)/gi, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, object: { linked: true }, passiveSwaps: true },
  // "the malicious code used in the intrusion was tied to Beijing": the act or its traces tied to a party.
  { name: 'traces-tied-to', cues: ['tied', 'linked', 'connected'], pattern: /(?<=\b(?:attacks?|bombings?|blasts?|explosions?|strikes?|intrusions?|hack|breach|code|malware|tools|device|devices|bombs?|weapons?|munitions?|fragments|drones?|explosives|servers|infrastructure|shells|rockets|missiles)\b[^.;,"“”]{0,60}?)\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:tied|linked|connected)\s+(?:back\s+)?to\b/gi, target: 'object', claimant: 'source', stance: 'suggests', hedgeable: false, object: { phrase: true } },
  // "had been acting on orders from Kyrgyzstan's intelligence service", "was acting for Tehran": who stands behind the act.
  { name: 'acting-for', cues: ['orders', 'behalf', 'behest', 'acting', 'instructions'], pattern: /\b(?:on\s+(?:the\s+)?(?:orders|instructions)\s+(?:of|from)|(?:acting|acted|act|acts|working|worked)\s+(?:for|on\s+behalf\s+of|at\s+the\s+behest\s+of))\b/gi, target: 'object', claimant: 'source', stance: 'asserts', hedgeable: true, object: { window: 7, phrase: true } },
  { name: 'implicate', cues: ['implicate', 'implicates', 'implicated', 'implicating'], pattern: /\bimplicat(?:e|es|ed|ing)\b/gi, target: 'object', claimant: 'subject', stance: 'suggests', hedgeable: false, passiveSwaps: true },
  { name: 'insinuate', cues: ['insinuate', 'insinuates', 'insinuated', 'insinuating', 'insinuation', 'insinuations'], pattern: /\binsinuat\w*\b/gi, target: 'object', claimant: 'possessor', stance: 'suggests', hedgeable: false, object: { involvement: true } },
  { name: 'claims-of', cues: ['claim', 'claims', 'accusation', 'accusations', 'charge', 'charges'], pattern: /\b(?:claims?|accusations?|charges?)\s+(?:of|that|(?=(?:it|they|he|she)\s+(?:is|was|were|are|had|has)\b))/gi, target: 'object', claimant: 'possessor', stance: 'asserts', hedgeable: false, object: { involvement: true, orFiniteTail: true }, dismissedBySource: true, selfClaim: true },
  { name: 'allegations-of', cues: ['allegation', 'allegations', 'suggestion', 'suggestions', 'suspicion', 'suspicions', 'hint', 'hints'], pattern: /\b(?:allegations?|suggestions?|suspicions?|hints?)\s+(?:of|that)\b/gi, target: 'object', claimant: 'possessor', stance: 'suggests', hedgeable: false, object: { involvement: true } },
]

/**
 * The frames as interpreted: a space in a declared pattern matches any run of whitespace, so that
 * "claimed  by" (two spaces) or a line break inside a phrase reads like "claimed by".
 */
export const RESPONSIBILITY_FRAMES: Frame[] = DECLARED_FRAMES.map((frame) => ({ ...frame, pattern: new RegExp(frame.pattern.source.replace(/ (?![^[]*\])/g, '\\s+'), frame.pattern.flags) }))
