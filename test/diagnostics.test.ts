/** One diagnostic constructor: every diagnostic's source and severity come from the rule table. */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diagnostic} from '../src/document/diagnostics.js'
import {buildCorpus, diagnosticsToJson, parseDocument, parseFile, rules} from '../src/index.js'
import {corpusDir, tempDir} from './helpers.js'

describe('diagnostics', () => {
  it('takes severity and source from the rule table, and the place when given', () => {
    expect(diagnostic('nul-bytes', 'NUL bytes removed', 'a.md', {line: 3, column: 1})).toEqual({
      ruleId: 'nul-bytes',
      source: 'proclaim',
      severity: rules['nul-bytes'].severity,
      message: 'NUL bytes removed',
      file: 'a.md',
      line: 3,
      column: 1
    })
    expect(diagnostic('byte-order-mark', 'BOM', 'a.md')).toMatchObject({
      severity: 'info',
      line: null,
      column: null
    })
  })

  it('writes a parsed file’s messages as the same diagnostics', () => {
    const result = parseDocument('\ufeff---\ntitle: Notes\n---\n# Shopping\n', 'notes.md')
    const json = diagnosticsToJson(result.file)
    expect(json.map((d) => d.ruleId)).toEqual(['byte-order-mark', 'not-presidential-document'])
    for (const d of json)
      expect(d).toEqual(
        diagnostic(d.ruleId as keyof typeof rules, d.message, 'notes.md', {
          line: d.line,
          column: d.column
        })
      )
  })

  it('says why a file cannot be read', async () => {
    const missing = await parseFile(path.join(corpusDir, 'no-such-document.md'))
    const folder = await parseFile(corpusDir)
    expect(diagnosticsToJson(missing.file)[0]).toMatchObject({
      ruleId: 'unreadable-file',
      severity: 'error',
      message: 'Cannot read file: No such file'
    })
    expect(folder.file.messages[0]!.reason).toBe('Cannot read file: Is a directory, not a file')
  })

  it('makes a build’s missing input the same diagnostic', async () => {
    const missing = path.join(corpusDir, 'no-such-folder')
    const summary = await buildCorpus(
      [path.join(corpusDir, '2025-03-14-additional-rescissions.md'), missing],
      {out: path.join(tempDir('diagnostics'), 'corpus'), threads: 1, cache: false}
    )
    expect(summary.documents).toBe(1)
    expect(summary.failures).toEqual([
      diagnostic('unreadable-file', 'No such file or folder', missing)
    ])
  })
})
