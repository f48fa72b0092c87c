/**
 * Why an operation is not applied, as data: each reason's rule id (the diagnostics' `ruleId`), severity, and the
 * words the report and `proclaim text` give. One definition the diagnostics, the schema's enum (held to it by a
 * test) and the consolidation report derive from.
 */
import type {Severity} from '../document/types.js'
import type {Refusal} from './model.js'

export interface Reason {
  readonly ruleId: string
  readonly severity: Severity
  /** What a reader is told, in a few words. */
  readonly summary: string
}

export const reasons: Readonly<Record<Refusal, Reason>> = {
  'text-unknown': {
    ruleId: 'consolidate-text-unknown',
    severity: 'info',
    summary: 'the text it changes is not in the corpus'
  },
  'no-such-provision': {
    ruleId: 'consolidate-no-such-provision',
    severity: 'warning',
    summary: 'the provision it names does not exist on that date'
  },
  'struck-not-found': {
    ruleId: 'consolidate-struck-not-found',
    severity: 'warning',
    summary: 'the words it strikes are not in the provision on that date'
  },
  ambiguous: {
    ruleId: 'consolidate-ambiguous',
    severity: 'warning',
    summary: 'the words it strikes appear more than once, and it says not where'
  },
  'not-quoted': {
    ruleId: 'consolidate-not-quoted',
    severity: 'warning',
    summary: 'it describes the words it strikes without quoting them, in a way not read'
  },
  'anchor-not-found': {
    ruleId: 'consolidate-anchor-not-found',
    severity: 'warning',
    summary: 'the place it inserts at is not in the provision on that date'
  },
  'no-text': {
    ruleId: 'consolidate-no-text',
    severity: 'info',
    summary: 'it quotes no text to apply (an annex attached, a list printed elsewhere)'
  },
  'already-there': {
    ruleId: 'consolidate-already-there',
    severity: 'warning',
    summary: 'the provision it makes already exists on that date'
  },
  annex: {
    ruleId: 'consolidate-annex',
    severity: 'info',
    summary: 'it amends an annex, whose text is not in the corpus'
  },
  'same-day-conflict': {
    ruleId: 'consolidate-same-day-conflict',
    severity: 'warning',
    summary: 'another operation taking effect the same day changes the same words otherwise'
  }
}

/** The refusals, in the schema's order. */
export const refusals = Object.keys(reasons) as Refusal[]

/** Doubts about an operation applied: the provision is marked uncertain, the operation stays applied. */
export const doubts = {
  overrun: {
    ruleId: 'consolidate-quotation-overrun',
    severity: 'warning',
    summary:
      'the quotation runs on past the provision it gives; cut where the next provision begins'
  }
} as const satisfies Record<string, Reason>
