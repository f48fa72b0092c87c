/**
 * `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other viewers read it: the rules with their
 * help pages, one result a problem at its region, and a rule's own failure as a tool execution notification.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {FileResult} from '../check-document.js'
import type {CheckSeverity, RuleMeta} from '../types.js'

const levels: Record<CheckSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note'
}

export interface SarifOptions {
  /** The tool's version. */
  version: string
  /** Every rule that may be reported, for the driver's rule list. */
  rules: readonly RuleMeta[]
  /** The page of a rule (absolute URI). */
  helpUri: (id: string) => string
  /** Folder the artifact URIs are relative to. Default: the working directory. */
  root?: string
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  const root = options.root ?? process.cwd()
  const index = new Map(options.rules.map((r, i) => [r.id, i]))
  // Inside the root: relative to it (SRCROOT), as code scanning matches files; outside: an absolute file URI.
  const artifact = (file: string) => {
    const relative = path.relative(root, path.resolve(file))
    return relative.startsWith('..') || path.isAbsolute(relative)
      ? {uri: pathToFileURL(path.resolve(file)).href}
      : {uri: relative.split(path.sep).join('/'), uriBaseId: 'SRCROOT'}
  }
  const notifications = results.flatMap((r) => r.notifications)
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'proclaim',
            version: options.version,
            informationUri: options.helpUri('README').replace(/README\.md$/, ''),
            rules: options.rules.map((r) => ({
              id: r.id,
              shortDescription: {text: r.description},
              fullDescription: {text: r.rationale},
              helpUri: options.helpUri(r.id),
              help: {text: `${r.description} ${r.rationale}`},
              defaultConfiguration: {level: levels[r.severity]},
              properties: {category: r.category, fixable: r.fixable}
            }))
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToFileURL(`${root}${path.sep}`).href}},
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications.map((n) => ({
              level: 'error',
              message: {text: n.message},
              associatedRule: {id: n.ruleId}
            }))
          }
        ],
        results: results.flatMap((r) =>
          r.problems.map((p) => ({
            ruleId: p.ruleId,
            ...(index.has(p.ruleId) ? {ruleIndex: index.get(p.ruleId)} : {}),
            level: levels[p.severity],
            message: {text: p.message},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(r.path),
                  region: {
                    startLine: p.place.start.line,
                    startColumn: p.place.start.column,
                    endLine: p.place.end.line,
                    endColumn: p.place.end.column
                  }
                }
              }
            ]
          }))
        )
      }
    ]
  }
  return JSON.stringify(log, null, 2)
}
