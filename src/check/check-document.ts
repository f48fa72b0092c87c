/**
 * One document checked: the parser's diagnostics and the document rules' problems (where it is parsed), the
 * cross-document rules' problems against the corpus (once every document is read), each at its severity from
 * the configuration; then what inline comments silence is dropped and the rest put in source order.
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import {location} from 'vfile-location'
import {isRuleId} from '../document/diagnostics.js'
import {rules as parseRules} from '../document/rules.js'
import type {DocumentJson} from '../document/types.js'
import {blankFrontMatter, type FrontMatter} from '../parse/front-matter.js'
import {parseMarkdown} from '../parse/markdown.js'
import type {ParseResult} from '../pipeline/parse-document.js'
import {type CheckConfig, defaultConfig} from './config.js'
import {readDirectives} from './directives.js'
import {corpusRules, documentRules, ruleMeta} from './registry.js'
import type {CheckSeverity, CorpusContext, Problem, RuleContext} from './types.js'

export interface CheckOptions {
  /** Severities and options of the rules. Default: each rule's own severity, no options. */
  config?: CheckConfig
  /** The documents checked together, for cross-document rules. Default: none (those rules do not run). */
  corpus?: CorpusContext | null
}

/** A rule that failed while checking: reported as the tool's own error, never as the document's. */
export interface Notification {
  ruleId: string
  message: string
}

export interface FileResult {
  path: string
  problems: Problem[]
  notifications: Notification[]
}

/** Problems found so far, before inline comments have their say. */
export interface Found {
  problems: Problem[]
  notifications: Notification[]
}

const fileStart: Position = {
  start: {line: 1, column: 1, offset: 0},
  end: {line: 1, column: 1, offset: 0}
}

/** A problem's severity: the configuration's, else the rule's own; null when it is off. */
function severityOf(config: CheckConfig, ruleId: string, own: CheckSeverity): CheckSeverity | null {
  const setting = config.rules.get(ruleId)?.severity
  if (setting === 'off') return null
  return setting ?? own
}

/** The rule's failure as the tool's notification. */
function failed(ruleId: string, path: string, error: unknown): Notification {
  return {ruleId, message: `rule ${ruleId} failed on ${path}: ${(error as Error).message}`}
}

/** The parser's diagnostics and every document rule's problems. */
export function documentProblems(result: ParseResult, config: CheckConfig = defaultConfig): Found {
  const path = result.file.path ?? ''
  const source = String(result.file.value ?? '')
  const place = location(source)
  const at = (start: number, end = start): Position => {
    const clamp = (o: number) => Math.min(Math.max(o, 0), source.length)
    const s = place.toPoint(clamp(start))
    const e = place.toPoint(clamp(end))
    return s && e ? {start: s, end: e} : fileStart
  }
  const problems: Problem[] = []
  const notifications: Notification[] = []

  // The parser's diagnostics, through the same channel: a fatal one cannot be turned off.
  for (const m of result.file.messages) {
    const id = m.ruleId ?? 'unknown'
    const own: CheckSeverity = isRuleId(id)
      ? parseRules[id].severity
      : m.fatal
        ? 'error'
        : 'warning'
    const fatal = isRuleId(id) && parseRules[id].fatal
    const severity = fatal ? own : severityOf(config, id, own)
    if (severity === null) continue
    const start = m.place && 'start' in m.place ? m.place.start : m.place
    const end = m.place && 'end' in m.place ? m.place.end : start
    problems.push({
      ruleId: id,
      severity,
      message: m.reason,
      place:
        start?.line != null
          ? {
              start: {line: start.line, column: start.column ?? 1},
              end: {line: end?.line ?? start.line, column: end?.column ?? start.column ?? 1}
            }
          : fileStart
    })
  }

  const frontMatter = result.file.data.frontMatter as FrontMatter | undefined
  if (!result.tree || !frontMatter) return {problems, notifications}
  let markdown: Root | null = result.markdown
  for (const rule of documentRules) {
    const severity = severityOf(config, rule.meta.id, rule.meta.severity)
    if (severity === null) continue
    const context: RuleContext = {
      path,
      source,
      frontMatter,
      tree: result.tree,
      options: config.rules.get(rule.meta.id)?.options ?? {},
      markdown: () => {
        markdown ??= parseMarkdown(blankFrontMatter(source, frontMatter.bodyStart))
        return markdown
      },
      at,
      report: ({message, place: where, fix}) => {
        const position = !where ? fileStart : 'start' in where ? where : {start: where, end: where}
        problems.push({
          ruleId: rule.meta.id,
          severity,
          message,
          place: position,
          ...(fix ? {fix} : {})
        })
      }
    }
    try {
      rule.check(context)
    } catch (error) {
      // A rule's own failure is the tool's problem, not the document's: reported apart, the run goes on.
      notifications.push(failed(rule.meta.id, path, error))
    }
  }
  return {problems, notifications}
}

/** Every cross-document rule's problems with a document, against the corpus of those checked with it. */
export function corpusProblems(
  document: DocumentJson,
  path: string,
  corpus: CorpusContext,
  config: CheckConfig = defaultConfig
): Found {
  const problems: Problem[] = []
  const notifications: Notification[] = []
  for (const rule of corpusRules) {
    const severity = severityOf(config, rule.meta.id, rule.meta.severity)
    if (severity === null) continue
    try {
      rule.checkCorpus({
        path,
        document,
        corpus,
        options: config.rules.get(rule.meta.id)?.options ?? {},
        report: ({message, place}) =>
          problems.push({ruleId: rule.meta.id, severity, message, place})
      })
    } catch (error) {
      notifications.push(failed(rule.meta.id, path, error))
    }
  }
  return {problems, notifications}
}

/** The problems less what inline comments silence (and with those naming no rule), in source order. */
export function settle(path: string, source: string, found: readonly Found[]): FileResult {
  const directives = readDirectives(source, (id) => ruleMeta.has(id))
  const kept = found
    .flatMap((f) => f.problems)
    .filter((p) => !directives.silenced(p.ruleId, p.place.start.line))
  for (const u of directives.unknown)
    kept.push({
      ruleId: 'unknown-rule-directive',
      severity: 'warning',
      message: `The comment names no rule "${u.ruleId}": it silences nothing`,
      place: {start: {line: u.line, column: u.column}, end: {line: u.line, column: u.column}}
    })
  kept.sort(
    (a, b) =>
      a.place.start.line - b.place.start.line ||
      a.place.start.column - b.place.start.column ||
      a.ruleId.localeCompare(b.ruleId)
  )
  return {path, problems: kept, notifications: found.flatMap((f) => f.notifications)}
}

/** One document checked whole, in this thread. */
export function checkDocument(result: ParseResult, options: CheckOptions = {}): FileResult {
  const config = options.config ?? defaultConfig
  const path = result.file.path ?? ''
  const found = [documentProblems(result, config)]
  if (options.corpus && result.json)
    found.push(corpusProblems(result.json, path, options.corpus, config))
  return settle(path, String(result.file.value ?? ''), found)
}
