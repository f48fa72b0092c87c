/**
 * The README's commands, run as printed (on a corpus built from the bundled documents into a
 * temporary folder instead of ./corpus), and its example outputs compared with what they print.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {root, tempDir} from './helpers.js'

const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

/** The words of a shell command line: quotes joined to what they touch, a comment dropped. */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '#' && word === null) break
    if (c === ' ') {
      if (word !== null) words.push(word)
      word = null
    } else if (c === '"' || c === "'") {
      const close = line.indexOf(c, i + 1)
      word = (word ?? '') + line.slice(i + 1, close)
      i = close
    } else word = (word ?? '') + c
  }
  if (word !== null) words.push(word)
  return words
}

/** Fenced blocks of one info string. */
const blocks = (info: string): string[] =>
  [...readme.matchAll(new RegExp(`^\`\`\`${info}\\n(?<body>[\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
    (m) => m.groups!.body!
  )

const prefix = 'npm run -s proclaim -- '
const commands = blocks('sh')
  .flatMap((b) => b.split('\n'))
  .filter((l) => l.startsWith(prefix))
  .map((l) => shellWords(l.slice(prefix.length)))

let corpus: string
const queryCommands = new Set(['search', 'show', 'status', 'text', 'actions'])

/** A README command as it runs here: ./corpus is the temporary corpus, paths are the repository's. */
function asRun(words: string[]): string[] {
  const run = words.map((w) =>
    w === 'corpus' ? corpus : w.startsWith('proclamations') ? path.join(root, w) : w
  )
  return queryCommands.has(run[0]!) ? [...run, '--corpus', corpus] : run
}

async function run(argv: string[]): Promise<{code: number; out: string[]}> {
  const out: string[] = []
  const code = await main(argv, {out: (l) => out.push(l), err: () => {}})
  return {code, out}
}

beforeAll(async () => {
  corpus = path.join(tempDir('readme'), 'corpus')
  expect((await run(['build', path.join(root, 'proclamations'), '--out', corpus])).code).toBe(0)
}, 120_000)

describe("the README's commands", () => {
  it('lists the commands of every part of the tool', () => {
    expect(commands.length).toBeGreaterThanOrEqual(12)
    expect(new Set(commands.map((c) => c[0]))).toEqual(
      new Set(['build', 'search', 'show', 'status', 'text', 'actions', 'parse', 'annotate', 'help'])
    )
  })

  it.each(commands.map((c) => [c.join(' '), c] as const))('%s exits 0', async (_, words) => {
    expect((await run(asRun(words))).code).toBe(0)
  })

  it('prints what its example outputs show', async () => {
    const examples = blocks('console')
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      const [command, ...expected] = example.trimEnd().split('\n')
      expect(command!.startsWith(`$ ${prefix}`)).toBe(true)
      const {out} = await run(asRun(shellWords(command!.slice(2 + prefix.length))))
      expect(out.join('\n').split('\n'), command).toEqual(expected)
    }
  })
})
