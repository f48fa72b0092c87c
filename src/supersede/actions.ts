/**
 * How the operative text says it acts on other instruments, as data: the
 * passive forms name their targets before the verb ("Executive Order 14007 ...
 * is hereby amended"), the active forms after it ("This order supersedes ...",
 * "I hereby revoke ..."). Every expression is bounded; none backtracks badly.
 */
import type {SupersessionAction} from '../document/types.js'

export interface ActionPattern {
  readonly action: SupersessionAction
  /** Passive: targets stand before the match. */
  readonly passive: RegExp
  /** Active: targets follow the match. */
  readonly active: RegExp
}

/**
 * The verb of a passive action: "is", "are", "shall be", "be" ("is hereby revoked", "are revoked and
 * superseded"), but not a modal or reported "be" ("would be revoked as of July 12, 2017", "may be amended"):
 * those tell of an action, they do not take one.
 */
const beVerb = String.raw`\b(?:is|are|shall be|(?<!\b(?:would|could|might|may|should|must|to|not)\s+)be)\s+`

export const actionPatterns: readonly ActionPattern[] = [
  {
    action: 'revoke',
    passive: new RegExp(
      String.raw`${beVerb}(?:hereby\s+)?(?:further\s+)?(?:superseded\s+and\s+)?revoked\b`
    ),
    // "I hereby terminate the national emergency declared in Executive Order 12722, revoke that Executive Order and ...".
    // "... I hereby terminate the national emergencies declared in those orders and revoke those and all related orders".
    active:
      /(?:\bhereby\s+revoke|\bI\s+hereby\s+[a-z]+\b[^.;]{0,200}?\band\s+revoke|\band\s+revoke(?=\s+th(?:at|ose)\b)|\b(?:order|proclamation|memorandum)\s+(?:hereby\s+)?revokes|\bI\s+revoke|,\s+(?:and\s+)?revoke|^revoke)\b/
  },
  {
    action: 'supersede',
    passive: new RegExp(String.raw`${beVerb}(?:hereby\s+)?(?:revoked\s+and\s+)?superseded\b`),
    active:
      /\b(?:hereby\s+supersede|(?:order|proclamation|memorandum)\s+(?:hereby\s+)?supersedes|shall\s+supersede)\b/
  },
  {
    action: 'amend',
    // An edit is an amendment too: "the number ``15'' in section 3(a) of Executive Order No. 12975 is deleted".
    passive: new RegExp(
      String.raw`${beVerb}(?:hereby\s+)?(?:further\s+)?(?:amended\b(?!\s+(?:or|and)\s+(?:supplemented|modified)\s+by\s+(?:subsequent|later|future))|(?:deleted|inserted|added|struck|stricken|redesignated|renumbered)\b)`
    ),
    // "I hereby prescribe the following amendment to the regulations prescribed by Executive Order 10173".
    active:
      /\b(?:hereby\s+amend|I\s+(?:hereby\s+)?amend|(?:order|proclamation)\s+(?:hereby\s+)?amends|(?:prescribe|make|adopt)\s+the\s+following\s+amendments?\s+to)\b/
  },
  {
    action: 'suspend',
    passive: new RegExp(String.raw`${beVerb}(?:hereby\s+)?suspended\b`),
    active: /\bhereby\s+suspend\b/
  },
  {
    action: 'reinstate',
    passive: new RegExp(String.raw`${beVerb}(?:hereby\s+)?reinstated\b`),
    active: /\bhereby\s+reinstate\b|,\s+(?:and\s+)?reinstate\b/
  },
  {
    action: 'terminate',
    passive: new RegExp(String.raw`${beVerb}(?:hereby\s+)?terminated\b`),
    active: /\bhereby\s+terminate\b/
  }
]

/**
 * A stem of every verb above: a text without any takes no action, and is not read sentence by sentence
 * (most units of a document act on nothing). Keep it in step with the patterns (a test checks each).
 */
export const actionStem =
  /revok|supersed|amend|delet|insert|added|struck|stricken|redesignat|renumber|suspend|reinstat|terminat/i

/** The general clause: "Any provision of previous proclamations and Executive Orders that is inconsistent ... is superseded to the extent of such inconsistency". */
export const generalSupersession =
  /\binconsistent\b[^.]{0,200}?\b(?:is|are|shall be)\s+(?:hereby\s+)?superseded\s+to\s+the\s+extent\b/

/** Instruments an action can take as a target. */
export const targetTypes: ReadonlySet<string> = new Set(['eo', 'proc', 'memo'])

/** Text right before a citation that makes it a mere reference, not a target ("as amended by Executive Order 14266"). */
export const notATarget =
  /(?:\b(?:which|that)\b[^.;]{0,40}?\b(?:revoked|amended|superseded|rescinded|established|implemented)|\b(?:amended|supplemented|superseded|revoked|replaced|revised|modified|redesignated)\s+by|\bpursuant\s+to|\bconsistent\s+with|\bunder(?:\s+the\s+(?:provisions|terms)\s+of)?|\bestablished\s+(?:by|in)|\bdescribed\s+in|\bset\s+forth\s+in|\bprovided\s+(?:for\s+)?in|\bissued\s+(?:under|pursuant\s+to))\s*(?:the\s+)?$/

/**
 * An instrument known by name and the order that made it: "the Manual for Courts-Martial,
 * United States, prescribed by Executive Order No. 12473". Acting on the name acts on the order.
 */
export const namedInstrument =
  /\b([A-Z][\w-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w-]*)){0,6}?)(?:,\s+United\s+States)?,?\s+(?:as\s+)?(?:prescribed|established|promulgated)\s+by\s+Executive\s+Order\s+(?:No\.\s*)?(\d{3,5})\b/g

/** A sentence that says what the document does not do ("Nothing in this order shall supersede ..."). */
export const negation =
  /\b(?:[Nn]othing\s+in\s+this\s+(?:order|proclamation|memorandum)|shall\s+not|does\s+not|do\s+not|is\s+not\s+intended\s+to|nor\s+shall)\b/

/** "effective ... on January 1, 2026" in the sentence of the action. */
export const effectiveDate =
  /\b[Ee]ffective\s+(?:as\s+of\s+|on\s+|at\s+)?(?:12:01\s+a\.m\.\s+[a-z ]{0,30}?\s+on\s+)?([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})/
