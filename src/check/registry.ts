/**
 * Every rule of `proclaim check`: the check rules (one module each under rules/) and the parser's own
 * diagnostics (document/rules.ts), which reach the same output with the same ids, severities and docs.
 */
import {rules as parseRules, type RuleId} from '../document/rules.js'
import * as checkRuleModules from './rules/index.js'
import type {CheckSeverity, CorpusRule, DocumentRule, Rule, RuleMeta} from './types.js'

/** The check rules, by id order. */
export const checkRules: readonly Rule[] = (Object.values(checkRuleModules) as Rule[]).sort(
  (a, b) => a.meta.id.localeCompare(b.meta.id)
)

/** Rules over one document's tree, and rules over a document against the corpus. */
export const documentRules: readonly DocumentRule[] = checkRules.filter(
  (r): r is DocumentRule => !r.meta.crossDocument
)
export const corpusRules: readonly CorpusRule[] = checkRules.filter(
  (r): r is CorpusRule => r.meta.crossDocument === true
)

/** The parser's diagnostics as rule metadata: not configurable off when fatal (nothing else can be checked). */
export const parseRuleMetas: readonly RuleMeta[] = (Object.keys(parseRules) as RuleId[])
  .filter((id) => id !== 'build-failed')
  .map((id) => ({
    id,
    description: parseRules[id].description,
    rationale: parseRules[id].fix,
    severity: parseRules[id].severity as CheckSeverity,
    fixable: false,
    category: 'structure' as const
  }))

/** What the checker itself reports about its inline comments. */
export const directiveRuleMetas: readonly RuleMeta[] = [
  {
    id: 'unknown-rule-directive',
    description: 'A `proclaim-disable` comment names a rule that does not exist.',
    rationale:
      'A misspelt rule id silences nothing: the problem it was meant to silence is still reported, or a later one is not silenced as intended.',
    severity: 'warning',
    fixable: false,
    category: 'markdown'
  }
]

/** Every rule's metadata, check rules first. */
export const allRuleMetas: readonly RuleMeta[] = [
  ...checkRules.map((r) => r.meta),
  ...directiveRuleMetas,
  ...parseRuleMetas
]

export const ruleMeta: ReadonlyMap<string, RuleMeta> = new Map(allRuleMetas.map((m) => [m.id, m]))
