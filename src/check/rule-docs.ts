/**
 * The doc page of every rule (docs/rules/<id>.md) and their index, made from the rules' metadata: one source
 * for what `--list-rules`, SARIF and the pages say. `npm run docs:rules` writes them; a test holds them current.
 */
import {allRuleMetas, checkRules, parseRuleMetas} from './registry.js'
import type {RuleMeta} from './types.js'

const fence = (text: string) => `\`\`\`markdown\n${text}\n\`\`\``

function page(meta: RuleMeta, kind: 'check' | 'parse'): string {
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Default severity: ${meta.severity}`,
    `- Fixable with \`--fix\`: ${meta.fixable ? 'yes' : 'no'}`,
    `- Category: ${meta.category}${meta.crossDocument ? ' (cross-document: runs when documents are checked together, as a folder)' : ''}`,
    kind === 'parse'
      ? '- Reported by the parser: every command that reads documents reports it; a fatal one stops the document being read at all, and cannot be turned off.'
      : `- Turn off or change: \`{"rules": {"${meta.id}": "off"}}\` in .proclaimrc.json, or \`<!-- proclaim-disable-next-line ${meta.id} -->\` above a line.`,
    '',
    kind === 'parse' ? '## What to do' : '## Why',
    '',
    meta.rationale,
    ''
  ]
  if (meta.examples)
    lines.push(
      '## Bad',
      '',
      fence(meta.examples.bad),
      '',
      '## Good',
      '',
      fence(meta.examples.good),
      ''
    )
  lines.push('## Options', '')
  const options = Object.entries(meta.options ?? {})
  if (options.length === 0) lines.push('None.', '')
  else for (const [name, what] of options) lines.push(`- \`${name}\`: ${what}`)
  if (options.length > 0) lines.push('')
  return lines.join('\n')
}

function index(): string {
  const row = (m: RuleMeta) =>
    `| [${m.id}](${m.id}.md) | ${m.severity} | ${m.fixable ? 'yes' : ''} | ${m.description.replace(/\|/g, '\\|')} |`
  return [
    '# Rules of `proclaim check`',
    '',
    "Made by `npm run docs:rules` from each rule's metadata (src/check/rules/, src/document/rules.ts).",
    '',
    '| rule | severity | fix | checks |',
    '| --- | --- | --- | --- |',
    ...allRuleMetas.map(row),
    ''
  ].join('\n')
}

/** File name (in docs/rules/) -> its text. */
export function ruleDocs(): Map<string, string> {
  const docs = new Map<string, string>()
  for (const rule of checkRules) docs.set(`${rule.meta.id}.md`, page(rule.meta, 'check'))
  for (const meta of allRuleMetas.filter((m) => !checkRules.some((r) => r.meta.id === m.id)))
    docs.set(`${meta.id}.md`, page(meta, parseRuleMetas.includes(meta) ? 'parse' : 'check'))
  docs.set('README.md', index())
  return docs
}
