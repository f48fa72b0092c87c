/**
 * `proclaim check` as CI runs it: a damaged real document found at each of its lines in every format, exit
 * codes, configuration, inline comments, --fix, and SARIF valid against the official schema.
 */
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {escapeData, escapeProperty} from '../src/check/formats/github.js'
import {corpusDir, root, tempDir} from './helpers.js'

interface Run {
  code: number
  out: string[]
  err: string[]
}

async function check(...argv: string[]): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(['check', ...argv], {out: (l) => out.push(l), err: (l) => err.push(l)})
  return {code, out, err}
}

const original = readFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), 'utf8')

/** Six things a drafter breaks, each with the line it stands on and the rule that must find it. */
const breaks: Array<{from: RegExp; to: string; line: number; ruleId: string}> = [
  {
    from: /^source_url: https:\/\/www\./m,
    to: 'source_url: www.',
    line: 5,
    ruleId: 'front-matter-source-url'
  },
  {from: /^tags:/m, to: 'tag:', line: 6, ruleId: 'front-matter-unknown-key'},
  {
    from: /^3\.\s+The Secretary found/m,
    to: '2.  The Secretary found',
    line: 38,
    ruleId: 'finding-sequence'
  },
  {
    from: /as amended, 19 U\.S\.C\.\s1862\s\(section/,
    to: 'as amended, 19 U.S.C 1862 (section',
    line: 19,
    ruleId: 'citation-malformed'
  },
  {
    from: /^\(3\)\s+The Secretary shall continue/m,
    to: '(4)  The Secretary shall continue',
    line: 218,
    ruleId: 'provision-sequence'
  },
  {from: /IN WITNESS WHEREOF[\s\S]*?fiftieth\.\n/, to: '', line: 235, ruleId: 'witness-clause'}
]

function damaged(): string {
  let text = original
  for (const b of breaks) {
    const next = text.replace(b.from, b.to)
    if (next === text) throw new Error(`break not applied: ${b.from}`)
    text = next
  }
  return text
}

function damagedFile(): string {
  const file = path.join(tempDir('check'), 'damaged.md')
  writeFileSync(file, damaged())
  return file
}

describe('a damaged proclamation', () => {
  it('text: each break at its line, with its rule id, then the totals; exit 1', async () => {
    const file = damagedFile()
    const {code, out} = await check(file)
    expect(code).toBe(1)
    expect(out[0]).toBe(file)
    for (const b of breaks)
      expect(
        out.some((l) =>
          new RegExp(`^  ${b.line}:\\d+-\\d+:\\d+ +(error|warning) .*  ${b.ruleId}$`).test(l)
        ),
        `${b.ruleId} at line ${b.line}:\n${out.join('\n')}`
      ).toBe(true)
    expect(out.at(-1)).toMatch(
      /^\d+ problems \(\d+ errors, \d+ warnings?, \d+ infos?\) in 1 file of 1 checked$/
    )
  })

  it('json: each break at its line and column range', async () => {
    const {code, out} = await check(damagedFile(), '--format', 'json')
    expect(code).toBe(1)
    const [result] = JSON.parse(out.join('\n'))
    for (const b of breaks)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ruleId: b.ruleId, line: b.line, column: expect.any(Number)})
      )
    expect(result.errorCount).toBeGreaterThanOrEqual(4)
  })

  it('github: one annotation a problem, at its file and line', async () => {
    const file = damagedFile()
    const {out} = await check(file, '--format', 'github')
    for (const b of breaks)
      expect(out).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^::(error|warning) file=${escapeProperty(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=${b.line},endLine=\\d+,col=\\d+,endColumn=\\d+,title=proclaim ${b.ruleId}::`
          )
        )
      )
  })

  it('sarif: valid SARIF 2.1.0 (the official schema), each break a result at its region, each rule with its help page', async () => {
    const file = damagedFile()
    const {code, out} = await check(file, '--format', 'sarif')
    expect(code).toBe(1)
    const log = JSON.parse(out.join('\n'))
    const schema = JSON.parse(
      readFileSync(path.join(root, 'test/fixtures/sarif/sarif-2.1.0.schema.json'), 'utf8')
    )
    const validate = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false}).compile(
      schema
    )
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const [run] = log.runs
    for (const b of breaks)
      expect(run.results).toContainEqual(
        expect.objectContaining({
          ruleId: b.ruleId,
          locations: [
            expect.objectContaining({
              physicalLocation: expect.objectContaining({
                region: expect.objectContaining({startLine: b.line})
              })
            })
          ]
        })
      )
    for (const rule of run.tool.driver.rules)
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`))
    expect(run.invocations[0].executionSuccessful).toBe(true)
  })

  it('--fix repairs what is safe (the U.S.C. full stop), atomically, and reports the rest', async () => {
    const file = damagedFile()
    const {code, err} = await check(file, '--fix')
    expect(code).toBe(1)
    expect(err).toContain(`proclaim check: fixed ${file}`)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).toContain('as amended, 19 U.S.C. 1862 (section')
    expect(fixed.replace('19 U.S.C. 1862 (section', '19 U.S.C 1862 (section')).toBe(damaged())
    const again = await check(file, '--format', 'json')
    const [result] = JSON.parse(again.out.join('\n'))
    expect(result.problems.map((p: {ruleId: string}) => p.ruleId)).not.toContain(
      'citation-malformed'
    )
  })
})

describe('exit codes and options', () => {
  it('0 for a clean document; warnings fail only with --max-warnings or --strict', async () => {
    const dir = tempDir('check-clean')
    const file = path.join(dir, 'clean.md')
    copyFileSync(path.join(corpusDir, '2026-01-14-critical-minerals-232.md'), file)
    expect((await check(file)).code).toBe(0)
    writeFileSync(file, original.replace(/^tags:/m, 'tag:'))
    expect((await check(file)).code).toBe(0)
    expect((await check(file, '--max-warnings', '1')).code).toBe(0)
    expect((await check(file, '--strict')).code).toBe(1)
    expect((await check(file, '--quiet')).out.at(-1)).toMatch(/no problems/)
  })

  it('2 when the run itself fails: a missing file, bad usage, a bad configuration', async () => {
    const missing = await check(path.join(tempDir('check-missing'), 'nothing.md'))
    expect(missing.code).toBe(2)
    expect(missing.err[0]).toMatch(/no such file or folder/)
    expect((await check('--format', 'xml', corpusDir)).code).toBe(2)
    expect((await check('--max-warnings', 'many', corpusDir)).code).toBe(2)
    const dir = tempDir('check-config')
    writeFileSync(
      path.join(dir, '.proclaimrc.json'),
      JSON.stringify({rules: {'finding-sequense': 'off'}})
    )
    writeFileSync(path.join(dir, 'doc.md'), original)
    const bad = await check(dir)
    expect(bad.code).toBe(2)
    expect(bad.err[0]).toMatch(/\.proclaimrc\.json: unknown rule "finding-sequense"/)
    writeFileSync(path.join(dir, '.proclaimrc.json'), '{"rules": {')
    expect((await check(dir)).err[0]).toMatch(/\.proclaimrc\.json: not valid JSON/)
    writeFileSync(
      path.join(dir, '.proclaimrc.json'),
      JSON.stringify({rules: {'finding-sequence': 'loud'}})
    )
    expect((await check(dir)).err[0]).toMatch(/invalid configuration: \/rules\/finding-sequence/)
  })

  it('--list-rules lists every rule with its severity', async () => {
    const {code, out} = await check('--list-rules')
    expect(code).toBe(0)
    expect(out.find((l) => l.startsWith('finding-sequence '))).toMatch(/ error /)
    expect(out.find((l) => l.startsWith('citation-malformed '))).toMatch(/ fix /)
  })
})

describe('configuration and inline comments', () => {
  it('.proclaimrc.json found from the folder upward sets severities; comments silence a line or a span', async () => {
    const dir = tempDir('check-rc')
    const sub = path.join(dir, 'proclamations', '2026')
    await import('node:fs').then((fs) => fs.mkdirSync(sub, {recursive: true}))
    writeFileSync(
      path.join(dir, '.proclaimrc.json'),
      JSON.stringify({rules: {'finding-sequence': 'warning', 'witness-clause': 'off'}})
    )
    const file = path.join(sub, 'damaged.md')
    writeFileSync(file, damaged())
    const [result] = JSON.parse((await check(file, '--format', 'json')).out.join('\n'))
    const severities = Object.fromEntries(
      result.problems.map((p: {ruleId: string; severity: string}) => [p.ruleId, p.severity])
    )
    expect(severities['finding-sequence']).toBe('warning')
    expect(severities['witness-clause']).toBeUndefined()
    // The comment above the misnumbered finding silences it; an unknown id is reported.
    writeFileSync(
      file,
      damaged()
        .replace(
          /^2\. {2}The Secretary found that PCMDPs are essential to the United/m,
          '<!-- proclaim-disable-next-line finding-sequence -->\n$&'
        )
        .replace(/^tag:/m, '$&')
        .replace(
          /^\(4\) {2}The Secretary shall continue/m,
          '<!-- proclaim-disable provision-sequnce -->\n\n$&'
        )
    )
    const [silenced] = JSON.parse((await check(file, '--format', 'json')).out.join('\n'))
    const ids = silenced.problems.map((p: {ruleId: string}) => p.ruleId)
    expect(ids).not.toContain('finding-sequence')
    expect(ids).toContain('unknown-rule-directive')
  })
})

describe('github annotations escape as @actions/core does', () => {
  it('% CR LF in data; those and : , in properties', () => {
    expect(escapeData('50% of 3\r\nlines')).toBe('50%25 of 3%0D%0Alines')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })
})

describe('the bundled corpus', () => {
  it('reports no error but the true defects of its documents', async () => {
    const {out} = await check(corpusDir, '--format', 'json', '--quiet')
    const errors = JSON.parse(out.join('\n')).flatMap(
      (r: {file: string; problems: Array<{ruleId: string; line: number}>}) =>
        r.problems.map((p) => `${path.basename(r.file)}:${p.line} ${p.ruleId}`)
    )
    // Each one read against the text: six documents held twice (a second scrape, Federal Register printings
    // beside White House pages), a steel-titled page holding the aluminum proclamation, a posting without its
    // source URL, "19 U.S.C 2411" as printed, findings 12-20 absent from the page as saved, clauses (1)-(5) saved
    // as bullets without their numbers.
    expect(errors.sort()).toEqual([
      '2017-06-15-fr-md-eo-13801-apprenticeships.md:1 duplicate-document',
      '2017-06-15-govinfo-eo-13801-apprenticeships.md:1 duplicate-document',
      '2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter.md:1 duplicate-document',
      '2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter.md:1 front-matter-required',
      '2021-05-14-biden-revocation-technical-amendment.md:1 duplicate-document',
      '2021-12-23-modify-htsus.md:166 citation-malformed',
      '2024-12-20-us-israel-agricultural-2024.md:198 finding-sequence',
      '2025-01-20-fr-md-eo-14148-initial-rescissions.md:1 duplicate-document',
      '2025-01-20-initial-rescissions.md:1 duplicate-document',
      '2025-02-11-aluminum-232-mistitled-as-steel.md:1 duplicate-document',
      '2025-02-11-aluminum-232-restoring-25pct.md:1 duplicate-document',
      '2025-02-11-aluminum-232-restoring-25pct.md:393 provision-sequence',
      '2025-03-14-additional-rescissions.md:1 duplicate-document',
      '2025-03-14-fr-md-eo-14236-additional-rescissions.md:1 duplicate-document',
      '2025-04-09-fr-md-eo-14266-modifying-reciprocal.md:1 duplicate-document',
      '2025-04-09-reciprocal-tariff-modifying.md:1 duplicate-document'
    ])
  })
})

describe('a baseline (--suppress-all, --prune-suppressions)', () => {
  /** A folder holding two bundled documents with one true defect each. */
  function twoDefects(): string {
    const dir = tempDir('baseline')
    for (const name of ['2021-12-23-modify-htsus.md', '2024-12-20-us-israel-agricultural-2024.md'])
      copyFileSync(path.join(corpusDir, name), path.join(dir, name))
    return dir
  }

  it('holds back the problems it counts, and a new one fails again', async () => {
    const dir = twoDefects()
    const baseline = path.join(dir, 'proclaim-suppressions.json')
    expect((await check(dir)).code).toBe(1)
    const taken = await check(dir, '--suppress-all', '--suppressions-location', baseline)
    expect(taken.code).toBe(0)
    // (Its clause (12) terminates what Proclamation 7350 made, a proclamation not among those checked: a warning.)
    expect(JSON.parse(readFileSync(baseline, 'utf8'))).toEqual({
      '2021-12-23-modify-htsus.md': {
        'citation-malformed': {count: 1},
        'supersession-target': {count: 1}
      },
      '2024-12-20-us-israel-agricultural-2024.md': {'finding-sequence': {count: 1}}
    })
    const held = await check(dir, '--suppressions-location', baseline)
    expect(held.code).toBe(0)
    expect(held.err).toContain(
      `proclaim check: 3 problems suppressed by ${path.relative(process.cwd(), baseline)}`
    )
    // A second malformed citation in the same file: both are reported, since a count cannot tell which is new.
    const file = path.join(dir, '2021-12-23-modify-htsus.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('19 U.S.C. 3006(a)', '19 U.S.C 3006(a)'))
    const grown = await check(dir, '--format', 'json', '--suppressions-location', baseline)
    expect(grown.code).toBe(1)
    const problems = JSON.parse(grown.out.join('\n'))
      .flatMap((r: {problems: Array<{ruleId: string}>}) => r.problems)
      .filter((p: {ruleId: string}) => p.ruleId === 'citation-malformed')
    expect(problems).toHaveLength(2)
  })

  it('names counts of problems that are gone (exit 2) until pruned', async () => {
    const dir = twoDefects()
    const baseline = path.join(dir, 'proclaim-suppressions.json')
    await check(dir, '--suppress-all', '--suppressions-location', baseline)
    const file = path.join(dir, '2021-12-23-modify-htsus.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('19 U.S.C 2411', '19 U.S.C. 2411'))
    const stale = await check(dir, '--suppressions-location', baseline)
    expect(stale.code).toBe(2)
    expect(stale.err.at(-1)).toMatch(
      /counts problems that are gone \(2021-12-23-modify-htsus\.md citation-malformed\): run with --prune-suppressions$/
    )
    expect(
      (await check(dir, '--suppressions-location', baseline, '--pass-on-unpruned-suppressions'))
        .code
    ).toBe(0)
    expect(
      (await check(dir, '--prune-suppressions', '--suppressions-location', baseline)).code
    ).toBe(0)
    expect(JSON.parse(readFileSync(baseline, 'utf8'))).toEqual({
      '2021-12-23-modify-htsus.md': {'supersession-target': {count: 1}},
      '2024-12-20-us-israel-agricultural-2024.md': {'finding-sequence': {count: 1}}
    })
    expect((await check(dir, '--suppressions-location', baseline)).code).toBe(0)
  })

  it('refuses a malformed baseline with a message naming it', async () => {
    const dir = twoDefects()
    const baseline = path.join(dir, 'proclaim-suppressions.json')
    writeFileSync(baseline, '{"x.md": {"finding-sequence": {"count": 0}}}')
    const run = await check(dir, '--suppressions-location', baseline)
    expect(run.code).toBe(2)
    expect(run.err[0]).toBe(
      `proclaim check: ${baseline}: "x.md" gives "finding-sequence" no count of 1 or more; expected {"path": {"rule-id": {"count": N}}} (rewrite it with --suppress-all)`
    )
  })
})
