/**
 * The regular expressions of `src/`, every one, checked for catastrophic backtracking: `npm run report:regex`.
 *
 * The inventory has two halves, since many of our expressions are built from pieces at run time:
 * - every regular expression literal of the compiled modules (found by parsing them with acorn), and
 * - every expression the modules build with `RegExp(...)`, caught by a `RegExp` that records its calls,
 *   set before the modules load and kept through a parse, check and format of every bundled document
 *   (which builds the ones made inside functions).
 * Each is given to recheck (a static ReDoS checker: automaton and fuzz) and fed worst-case strings: the
 * checker's attack string where it found one, and runs of the characters the expression itself names,
 * at 8 KB and 16 KB; the time of the larger over the smaller must stay near 2 (linear).
 * Writes `docs/regex-inventory.md` and exits 1 when an expression is vulnerable or grows faster than linear.
 *
 *   npm run report:regex [-- --out docs/regex-inventory.md]
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {parse} from 'acorn'
import {simple} from 'acorn-walk'
import {checkSync} from 'recheck'
import {writeFileAtomic} from '../src/corpus/write.js'
import {Targets, machineLine} from './bench-report.js'

const {values} = parseArgs({
  options: {
    out: {type: 'string', default: 'docs/regex-inventory.md'},
    // Only the expressions written where this text is (`--only src/supersede/operations.ts`): their rows and
    // attack strings are printed, and the inventory is not written.
    only: {type: 'string'}
  }
})

interface Expression {
  source: string
  flags: string
  /** Where it is written (`src/file.ts:line`), or built. */
  where: Set<string>
  how: 'literal' | 'built'
}

const inventory = new Map<string, Expression>()
const keyOf = (source: string, flags: string) => `/${source}/${flags.replace(/[gy]/g, '')}`
function record(source: string, flags: string, where: string, how: Expression['how']): void {
  const key = keyOf(source, flags)
  const found = inventory.get(key)
  if (found) found.where.add(where)
  else inventory.set(key, {source, flags, where: new Set([where]), how})
}

// Built expressions: the RegExp every module sees records who called it (source maps give the .ts line).
process.setSourceMapsEnabled(true)
const Native = RegExp
const callerOf = (): string => {
  const line = new Error().stack?.split('\n').find((l) => /[/\\]src[/\\].+\.ts:\d+/.test(l))
  const m = line?.match(/(src[/\\][^:)]+\.ts):(\d+)/)
  return m ? `${m[1]!.replace(/\\/g, '/')}:${m[2]}` : '(outside src)'
}
globalThis.RegExp = new Proxy(Native, {
  construct(target, args: [string | RegExp, string?]) {
    const made = Reflect.construct(target, args) as RegExp
    const where = callerOf()
    if (where !== '(outside src)') record(made.source, made.flags, where, 'built')
    return made
  },
  apply(target, self, args: [string | RegExp, string?]) {
    const made = Reflect.apply(target, self, args) as RegExp
    const where = callerOf()
    if (where !== '(outside src)') record(made.source, made.flags, where, 'built')
    return made
  }
})

const dist = path.resolve('dist/src')
const modules = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory()
      ? modules(path.join(dir, e.name))
      : e.name.endsWith('.js')
        ? [path.join(dir, e.name)]
        : []
  )
const files = modules(dist).sort()
for (const file of files) {
  // The CLI's entry, the workers' and the browser's scripts (src/site/client) run when loaded; everything else only
  // defines. The browser's literals are still read below, from the compiled files.
  if (
    file.endsWith(`${path.sep}cli${path.sep}main.js`) ||
    file.endsWith('worker.js') ||
    file.includes(`${path.sep}site${path.sep}client${path.sep}`)
  )
    continue
  await import(file)
}

// Literals: in the compiled modules, placed back in the .ts files by their text.
for (const file of files) {
  const tsFile = path.join('src', path.relative(dist, file)).replace(/\.js$/, '.ts')
  const tsText = readFileSync(tsFile, 'utf8')
  const tree = parse(readFileSync(file, 'utf8'), {ecmaVersion: 'latest', sourceType: 'module'})
  simple(tree, {
    Literal(node) {
      const regex = (node as {regex?: {pattern: string; flags: string}}).regex
      if (!regex) return
      const at = tsText.indexOf(`/${regex.pattern}/${regex.flags}`)
      const line = at === -1 ? '?' : tsText.slice(0, at).split('\n').length
      record(regex.pattern, regex.flags, `${tsFile.replace(/\\/g, '/')}:${line}`, 'literal')
    }
  })
}

// Expressions made inside functions: a whole run over the bundled documents builds them.
const {parseDocument} = await import(path.join(dist, 'index.js'))
const {formatDocument} = await import(path.join(dist, 'format', 'format-document.js'))
const documents = readdirSync('proclamations').filter(
  (f) => f.endsWith('.md') || f.endsWith('.txt')
)
for (const name of documents) {
  const text = readFileSync(path.join('proclamations', name), 'utf8')
  parseDocument(text, name)
  formatDocument(text)
}
globalThis.RegExp = Native

/** Worst-case inputs for an expression: the checker's attack, and runs of what the pattern names. */
function attacks(e: Expression, attack: string | null, size: number): string[] {
  const out: string[] = []
  if (attack) {
    // The attack string grown to the size: its pumped middle repeated.
    const unit = attack.length > 2 ? attack.slice(0, -1) : attack
    out.push(
      unit.repeat(Math.ceil(size / Math.max(unit.length, 1))).slice(0, size) + attack.slice(-1)
    )
  }
  // Characters the pattern names literally (letters, digits, punctuation), a space and a digit.
  const named = new Set(
    (e.source.replace(/\\[pPuxc]\{?[^}\s]*\}?|\\./g, ' ').match(/[\w.,;:()\- ]/g) ?? []).slice(
      0,
      12
    )
  )
  for (const ch of new Set([' ', '1', 'a', ...named])) out.push(ch.repeat(size))
  out.push('section 1, '.repeat(Math.ceil(size / 11)).slice(0, size))
  return out
}

function timeOf(re: RegExp, input: string): number {
  if (re.sticky) {
    const at = new Native(re.source, re.flags)
    const start = performance.now()
    at.lastIndex = 0
    at.exec(input)
    return performance.now() - start
  }
  const g = new Native(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  const start = performance.now()
  // Every match over the input, as the code's matchAll/replace loops do.
  for (let guard = 0; guard < 1e6; guard++) {
    const m = g.exec(input)
    if (m === null) break
    if (m[0] === '') g.lastIndex++
  }
  return performance.now() - start
}

console.log(machineLine())
const targets = new Targets()
const rows: string[] = []
let vulnerable = 0
let superlinear = 0
const started = performance.now()
const sorted = [...inventory.values()]
  .filter((e) => !values.only || [...e.where].some((w) => w.includes(values.only!)))
  .sort((a, b) => ([...a.where][0]! < [...b.where][0]! ? -1 : 1))
for (const [i, e] of sorted.entries()) {
  if (process.stderr.isTTY || i % 25 === 0) process.stderr.write(`\r${i}/${sorted.length} `)
  const t0 = performance.now()
  // A sticky expression is read at one place (a tokenizer's): checked and fed as anchored there.
  const sticky = e.flags.includes('y')
  const checked = checkSync(sticky ? `^(?:${e.source})` : e.source, e.flags.replace(/[gyd]/g, ''), {
    timeout: 10_000
  })
  const t1 = performance.now()
  const attack = checked.status === 'vulnerable' ? (checked.attack?.string ?? null) : null
  const re = new Native(e.source, e.flags)
  let worst = 0
  let worstMs = 0
  let worstInput = ''
  // An exponential attack grown would never end: the checker's word stands for it.
  const fed =
    checked.status === 'vulnerable' && checked.complexity.type === 'exponential' ? null : attack
  const small = attacks(e, fed, 8 * 1024)
  const large = attacks(e, fed, 16 * 1024)
  small.forEach((input, i) => {
    const a = timeOf(re, input)
    const b = timeOf(re, large[i]!)
    // Below 1 ms the ratio is noise.
    const ratio = b / Math.max(a, 1)
    if (ratio > worst) {
      worst = ratio
      worstInput = input
    }
    worstMs = Math.max(worstMs, b)
  })
  const complexity =
    checked.status === 'vulnerable'
      ? `vulnerable (${checked.complexity.summary})`
      : checked.status === 'unknown'
        ? `unknown (${checked.error?.kind ?? '?'})`
        : `safe (${checked.complexity.summary})`
  if (process.env.REGEX_DEBUG)
    process.stderr.write(
      `${((t1 - t0) / 1000).toFixed(2)} s check, ${((performance.now() - t1) / 1000).toFixed(2)} s feed: ${[...e.where][0]} ${e.source.slice(0, 60)}\n`
    )
  if (values.only)
    console.log(
      `${[...e.where].join(' ')} ${worstMs.toFixed(1)} ms ${worst.toFixed(2)}x ${complexity} /${e.source.slice(0, 200)}/ worst on: ${JSON.stringify(worstInput.slice(0, Number(process.env.REGEX_SHOW ?? 40)))}`
    )
  if (checked.status === 'vulnerable') vulnerable++
  if (worst > 3) superlinear++
  const shown = `/${e.source.length > 90 ? `${e.source.slice(0, 87)}...` : e.source}/${e.flags}`
  rows.push(
    `| ${[...e.where].sort().join('<br>')} | ${e.how} | \`${shown.replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${complexity} | ${worstMs.toFixed(1)} ms | ${worst.toFixed(2)}x |`
  )
}
const seconds = (performance.now() - started) / 1000
const counts = {
  literal: sorted.filter((e) => e.how === 'literal').length,
  built: sorted.filter((e) => e.how === 'built').length
}
const page = `# The regular expressions of src/

Made by \`npm run report:regex\` (scripts/report-regex.ts); do not edit by hand. ${sorted.length} distinct
expressions: ${counts.literal} literals of the compiled modules and ${counts.built} built at run time (caught as
they were made, while every module loaded and every bundled document was parsed and formatted). Each was
checked by recheck (automaton, then fuzz) and matched, every match in turn, against worst-case strings at
8 KB and 16 KB: its attack string where recheck found one, and runs of a space, a digit, a letter and of
each character the pattern names (a sticky expression, read at one place by its caller, is checked and
matched there, anchored). "worst" is the slowest 16 KB input; "growth" the time at 16 KB over the
time at 8 KB (linear: about 2; below 1 ms the smaller time counts as 1 ms).

| where | kind | expression | recheck | worst | growth |
| --- | --- | --- | --- | ---: | ---: |
${rows.join('\n')}
`
if (!values.only) writeFileAtomic(values.out, page)
console.log(
  `${sorted.length} expressions (${counts.literal} literals, ${counts.built} built) checked in ${seconds.toFixed(1)} s: ${vulnerable} vulnerable, ${superlinear} growing faster than linear${values.only ? '' : `; written to ${values.out}`}`
)
targets.check('expressions recheck finds vulnerable', vulnerable, 'at-most', 0)
targets.check(
  'expressions growing faster than linear on worst-case strings',
  superlinear,
  'at-most',
  0
)
targets.report()
