/** The command line's conventions: version, help, suggestions, exit codes, stdin, colour, quiet, jsonl, globs, completion. */
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {colorEnabled} from '../src/cli/color.js'
import type {CommandIo} from '../src/cli/io.js'
import {commandNames, commandSummaries, loadCommand, main} from '../src/cli/main.js'
import {closest, editDistance} from '../src/cli/suggest.js'
import {corpusDir, root, tempDir} from './helpers.js'

interface Run {
  code: number
  out: string[]
  err: string[]
}

/** `main` in-process; `io` adds to the fake (colour, standard input). */
async function run(argv: string[], io: Partial<CommandIo> = {}): Promise<Run> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, {out: (l) => out.push(l), err: (l) => err.push(l), ...io})
  return {code, out, err}
}

const corpusFile = (name: string): string => path.join(corpusDir, name)
const minerals = corpusFile('2026-01-14-critical-minerals-232.md')
/** Parses, with one warning (its witness clause counts the wrong year of Independence). */
const aluminum = corpusFile('2024-07-10-aluminum-232-mexico.md')
const brokenYaml = '---\ntitle: [broken\n---\ntext\n'
const version = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
).version
const moduleCommands = Object.keys(commandSummaries)
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
  .sort()
const ids = (names: string[]): string[] => names.map((f) => f.slice(0, -3))

describe('proclaim --version and help', () => {
  it('prints the package version', async () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
    for (const flag of ['--version', '-v'])
      expect(await run([flag])).toEqual({code: 0, out: [version], err: []})
  })

  it('lists every command in the main help, and prints each command help with --help and with help COMMAND', async () => {
    const {code, out} = await run(['--help'])
    expect(code).toBe(0)
    for (const name of commandNames) expect(out[0]).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
    expect(out[0]).toContain('Examples:')
    for (const name of moduleCommands) {
      const own = await run([name, '--help'])
      expect(own.code, name).toBe(0)
      expect(own.out[0]!.startsWith(`Usage: proclaim ${name}`), name).toBe(true)
      expect(await run(['help', name])).toEqual(own)
    }
    for (const name of ['parse', 'build', 'annotate']) {
      const help = (await run([name, '--help'])).out[0]!
      const examples = help.slice(help.indexOf('\nExamples:\n'))
      expect(
        examples.match(new RegExp(`^ {2}(?:cat \\S+ \\| )?proclaim ${name}\\b`, 'gm'))?.length,
        name
      ).toBeGreaterThanOrEqual(2)
    }
    expect((await run(['help'])).out).toEqual(out)
  })

  it('fits every help in an 80-column terminal, and lists each command by a whole sentence', async () => {
    for (const name of [undefined, ...moduleCommands]) {
      const help = (await run(name ? [name, '--help'] : ['--help'])).out[0]!
      for (const line of help.split('\n'))
        expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(80)
    }
    for (const summary of Object.values(commandSummaries)) expect(summary).toMatch(/^[A-Z].*\.$/)
  })
})

describe('usage errors: one line, a suggestion when something is close, a hint, exit 2', () => {
  it('measures edits, a swap of neighbours as one', () => {
    expect(editDistance('serch', 'search')).toBe(1)
    expect(editDistance('biuld', 'build')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(closest('--cit', ['--cite', '--text', '--exact'])).toBe('--cite')
    expect(closest('--form', ['--format', '--quiet'])).toBe('--format')
    expect(closest('frobnicate', moduleCommands)).toBeUndefined()
  })

  it('suggests a command', async () => {
    expect(await run(['serch', '--cite', '19 U.S.C. 1862'])).toEqual({
      code: 2,
      out: [],
      err: [
        "proclaim: unknown command 'serch': did you mean 'search'?",
        "Run 'proclaim --help' for usage."
      ]
    })
    expect(await run(['biuld'])).toMatchObject({
      err: [expect.stringMatching(/did you mean 'build'\?$/), expect.any(String)]
    })
    expect((await run(['frobnicate'])).err).toEqual([
      "proclaim: unknown command 'frobnicate'",
      "Run 'proclaim --help' for usage."
    ])
    expect((await run(['help', 'shwo'])).err[0]).toBe(
      "proclaim help: unknown command 'shwo': did you mean 'show'?"
    )
  })

  it('suggests a flag, from NAMEOptions or, where a module exports none, from its help', async () => {
    expect(await run(['search', '--cit', '19 U.S.C. 1862'])).toEqual({
      code: 2,
      out: [],
      err: [
        "proclaim search: unknown option '--cit': did you mean '--cite'?",
        "Run 'proclaim search --help' for usage."
      ]
    })
    expect((await run(['parse', '--qiuet', minerals])).err[0]).toBe(
      "proclaim parse: unknown option '--qiuet': did you mean '--quiet'?"
    )
    expect((await run(['parse', '--zzz', minerals])).err[0]).toBe(
      "proclaim parse: unknown option '--zzz'"
    )
  })

  it('says a value is missing, and every usage error of every command is one line and the hint', async () => {
    expect(await run(['parse', minerals, '--format'])).toEqual({
      code: 2,
      out: [],
      err: [
        "proclaim parse: option '--format' needs a value",
        "Run 'proclaim parse --help' for usage."
      ]
    })
    expect((await run(['annotate', minerals, '-o'])).err[0]).toBe(
      "proclaim annotate: option '--output' needs a value"
    )
    expect((await run(['parse', '--quiet=yes', minerals])).err[0]).toBe(
      "proclaim parse: option '--quiet' takes no value"
    )
    const usages: string[][] = [
      ['parse'],
      ['parse', '--format', 'xml', minerals],
      ['build', '--build-date', '2026-02-30'],
      ['annotate'],
      ['annotate', minerals, minerals],
      ['search'],
      ['status'],
      ['show'],
      ['completion'],
      ['completion', 'fish'],
      ['--bogus']
    ]
    for (const argv of usages) {
      const {code, out, err} = await run(argv)
      expect({argv, code, out, lines: err.length}).toEqual({argv, code: 2, out: [], lines: 2})
      expect(err[0], argv.join(' ')).toMatch(/^proclaim( [a-z]+)?: \S/)
      expect(err[1]).toBe(
        `Run 'proclaim ${argv[0]!.startsWith('-') ? '' : `${argv[0]} `}--help' for usage.`
      )
    }
  })
})

describe('proclaim parse', () => {
  it('exits 0 when every document parsed, 1 when some could not (a missing file named), 2 on bad usage', async () => {
    expect((await run(['parse', minerals])).code).toBe(0)
    const missing = path.join(corpusDir, 'no-such-proclamation.md')
    const {code, out, err} = await run(['parse', minerals, missing])
    expect(code).toBe(1)
    expect(err).toEqual([`proclaim parse: no such file '${missing}'`])
    expect(out.at(-1)).toMatch(
      /^1 documents parsed \(1 proclamation\); 14 findings, 4 provisions, 17 citations; 1 failed;/
    )
  })

  it('reads standard input for -: <stdin> in diagnostics, id stdin, in its place among the inputs', async () => {
    const stdin = async () => readFileSync(minerals)
    const {code, out} = await run(['parse', '--format', 'json', aluminum, '-'], {stdin})
    expect(code).toBe(0)
    const [fromFile, fromStdin] = JSON.parse(out.join('\n')) as Array<{
      id: string
      citations: Array<{id: string}>
    }>
    expect(fromFile!.id).toBe('2024-07-10-aluminum-232-mexico')
    expect(fromStdin!.id).toBe('stdin')
    const direct = JSON.parse((await run(['parse', '--format', 'json', minerals])).out.join('\n'))
    expect(fromStdin!.citations).toEqual(direct[0].citations)

    const broken = await run(['parse', '-'], {
      stdin: async () => new TextEncoder().encode(brokenYaml)
    })
    expect(broken.code).toBe(1)
    expect(broken.err[0]).toMatch(
      /^<stdin>:\d+:1 {2}error {2}Front matter is not valid YAML.* {2}invalid-yaml$/
    )
    expect((await run(['parse', '-', '-'], {stdin})).code).toBe(2)
    expect((await run(['parse', '-'])).err[0]).toBe(
      'proclaim parse: there is no standard input to read here'
    )
  })

  /** An SGR escape (colour on, colour off). */
  const sgr = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g')

  it('colours the severity only when io.color says so; NO_COLOR and FORCE_COLOR decide as documented', async () => {
    const dir = tempDir('cli-color')
    writeFileSync(path.join(dir, 'broken.md'), brokenYaml)
    const input = [aluminum, path.join(dir, 'broken.md')]
    const plain = await run(['parse', ...input])
    const coloured = await run(['parse', ...input], {color: true})
    expect(plain.err.join('\n')).not.toContain('\x1b[')
    expect(coloured.err[0]).toContain(
      '  \x1b[33mwarning\x1b[39m  Witness clause gives the 248th year'
    )
    expect(coloured.err[1]).toContain('  \x1b[31merror\x1b[39m  Front matter is not valid YAML')
    expect(coloured.err.map((l) => l.replace(sgr, ''))).toEqual(plain.err)
    expect(colorEnabled({}, true)).toBe(true)
    expect(colorEnabled({}, false)).toBe(false)
    expect(colorEnabled({NO_COLOR: '1'}, true)).toBe(false)
    expect(colorEnabled({NO_COLOR: ''}, true)).toBe(true)
    expect(colorEnabled({CI: 'true'}, true)).toBe(false)
    expect(colorEnabled({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(colorEnabled({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(colorEnabled({FORCE_COLOR: '0'}, true)).toBe(false)
  })

  it('--quiet prints only errors and the summary', async () => {
    const dir = tempDir('cli-quiet')
    copyFileSync(aluminum, path.join(dir, 'a.md'))
    writeFileSync(path.join(dir, 'b.md'), brokenYaml)
    const loud = await run(['parse', dir])
    expect(loud.err.map((l) => l.split('  ')[1])).toEqual(['warning', 'error'])
    expect(loud.out).toHaveLength(2)
    const quiet = await run(['parse', dir, '--quiet'])
    expect(quiet.code).toBe(1)
    expect(quiet.err).toEqual(loud.err.slice(1))
    expect(quiet.out).toEqual([
      expect.stringMatching(/^1 documents parsed \(1 proclamation\); .*; 1 failed; /)
    ])
  })

  it('--format jsonl: one document a line, in input order, the same documents as --format json', async () => {
    // A pattern and a file, read in the order given.
    const inputs = [path.join(corpusDir, '2026-*.md'), aluminum]
    const jsonl = await run(['parse', '--format', 'jsonl', ...inputs])
    const json = await run(['parse', '--format', 'json', ...inputs])
    expect(jsonl.code).toBe(0)
    const documents = jsonl.out.map((line) => JSON.parse(line) as {id: string})
    expect(documents.map((d) => d.id)).toEqual([
      ...ids(files.filter((f) => f.startsWith('2026-'))),
      '2024-07-10-aluminum-232-mexico'
    ])
    expect(documents).toEqual(JSON.parse(json.out.join('\n')))
    // The array streamed piece by piece is what one JSON.stringify of it prints.
    expect(json.out.join('\n')).toBe(JSON.stringify(documents, null, 2))
    expect(
      (await run(['parse', '--format', 'json', '-'], {stdin: async () => new Uint8Array()})).out
    ).toEqual(['[]'])
  })

  it('streams the same bytes from worker threads (the built program), in input order', () => {
    const cli = path.join(root, 'dist/src/cli/main.js')
    const program = (format: string) =>
      spawnSync(process.execPath, [cli, 'parse', '--format', format, corpusDir], {
        encoding: 'utf8',
        maxBuffer: 1 << 28
      })
    const jsonl = program('jsonl')
    const json = program('json')
    expect([jsonl.status, json.status]).toEqual([0, 0])
    const lines = jsonl.stdout.trimEnd().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as {id: string}).id)).toEqual(ids(files))
    expect(json.stdout).toBe(
      `${JSON.stringify(
        lines.map((l) => JSON.parse(l)),
        null,
        2
      )}\n`
    )
  })

  it('expands a quoted glob pattern; a pattern matching nothing is an error naming it', async () => {
    const pattern = path.join(corpusDir, '2025-0[12]-*.md')
    const matching = files.filter((f) => /^2025-0[12]-/.test(f))
    expect(matching.length).toBeGreaterThan(5)
    const {code, out} = await run(['parse', '--format', 'jsonl', pattern])
    expect(code).toBe(0)
    expect(out.map((l) => (JSON.parse(l) as {id: string}).id)).toEqual(ids(matching))
    const none = path.join(corpusDir, '2099-*.md')
    const missed = await run(['parse', minerals, none])
    expect(missed.code).toBe(1)
    expect(missed.err).toEqual([`proclaim parse: no file matches '${none}'`])
  })
})

describe('proclaim annotate and build', () => {
  it('annotates standard input as it annotates the file', async () => {
    const fromFile = await run(['annotate', minerals])
    const fromStdin = await run(['annotate', '-'], {stdin: async () => readFileSync(minerals)})
    expect(fromStdin).toEqual(fromFile)
    expect(fromFile.out[0]).toContain('(https://www.govinfo.gov/link/uscode/19/1862)')
    expect((await run(['annotate', path.join(corpusDir, 'nope.md')])).err).toEqual([
      `proclaim annotate: no such file '${path.join(corpusDir, 'nope.md')}'`
    ])
  })

  it('build --quiet prints the summary line alone; a pattern matching nothing builds nothing', async () => {
    const dir = tempDir('cli-build')
    const out = path.join(dir, 'corpus')
    const pattern = path.join(corpusDir, '2025-01-*.md')
    const built = await run([
      'build',
      pattern,
      '--out',
      out,
      '--build-date',
      '2026-01-31',
      '--quiet'
    ])
    const count = files.filter((f) => f.startsWith('2025-01-')).length
    expect(built.code).toBe(0)
    expect(built.out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^built ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} for 2026-01-31: ${count} documents `
        )
      )
    ])
    const none = path.join(corpusDir, '2099-*.md')
    const missed = await run(['build', none, '--out', path.join(dir, 'other')])
    expect(missed).toEqual({code: 1, out: [], err: [`proclaim build: no file matches '${none}'`]})
    expect(readdirSync(dir)).not.toContain('other')
  })
})

describe('proclaim completion', () => {
  const script = async (shell: string): Promise<string> => {
    const {code, out} = await run(['completion', shell])
    expect(code).toBe(0)
    return out.join('\n')
  }

  it('names every command and each command option, for bash and zsh', async () => {
    for (const shell of ['bash', 'zsh']) {
      const text = await script(shell)
      for (const name of commandNames)
        expect(text, `${shell} ${name}`).toMatch(new RegExp(`^ {4}'?${name}[:)]`, 'm'))
      for (const name of moduleCommands) {
        const command = (await loadCommand(name))!
        const flags = command.options
          ? Object.keys(command.options).map((o) => `--${o}`)
          : [...new Set(command.help.match(/--[a-z][a-z0-9-]*/g))]
        const line = text.split('\n').find((l) => l.startsWith(`    ${name}) flags=`))!
        for (const flag of flags) expect(line, `${shell} ${name}`).toContain(flag)
      }
    }
  })

  it('completes in bash: a command, then its flags', async () => {
    const bash = spawnSync('bash', ['--version'])
    if (bash.status !== 0) return
    const text = await script('bash')
    const completeWith = (words: string[]) => {
      const program = `${text}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _proclaim; printf '%s\\n' "\${COMPREPLY[@]}"`
      return spawnSync('bash', ['-c', program], {encoding: 'utf8'}).stdout.trim().split('\n')
    }
    expect(completeWith(['proclaim', 'se'])).toEqual(['search', 'serve'])
    expect(completeWith(['proclaim', 'sea'])).toEqual(['search'])
    expect(completeWith(['proclaim', 'parse', '--f'])).toEqual(['--format'])
    expect(completeWith(['proclaim', 'completion', ''])).toEqual(['bash', 'zsh'])
  })
  it('completes in zsh: a command, then its flags, else files (where zsh is installed)', async () => {
    if (spawnSync('zsh', ['--version']).status !== 0) return
    const text = await script('zsh')
    // zsh's completion builtins stood in for by functions printing what they were given.
    const stubs = `compdef() { echo "compdef $*" }
_describe() { shift; print -l \${(P)1} | cut -d: -f1 | tr '\\n' ' '; echo }
compadd() { shift; echo "$*" }
_files() { echo files }`
    const completeWith = (words: string[]): string => {
      const program = `${stubs}\n${text}\nwords=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; PREFIX='${words.at(-1)}'; _proclaim`
      return spawnSync('zsh', ['-c', program], {encoding: 'utf8'}).stdout.trim()
    }
    expect(completeWith(['proclaim', 'se']).split('\n')).toEqual([
      'compdef _proclaim proclaim',
      commandNames.join(' ')
    ])
    expect(completeWith(['proclaim', 'parse', '--f']).split('\n')[1]).toBe(
      '--format --quiet --help -h'
    )
    expect(completeWith(['proclaim', 'parse', 'procl']).split('\n')[1]).toBe('files')
    expect(completeWith(['proclaim', 'help', 's']).split('\n')[1]).toBe(moduleCommands.join(' '))
  })
})
