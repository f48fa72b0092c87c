/**
 * The folder a build writes: the library refuses one it may not replace with a typed error (a code, the
 * folder, in a library user's words); the CLI words the same refusal for `--out`.
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {buildCorpus, OutFolderError, type OutFolderCode} from '../src/index.js'
import {corpusDir, tempDir} from './helpers.js'

/** A folder for each refusal, made as the test needs it, and the input the build reads. */
function refusals(): Array<{code: OutFolderCode; out: string; input: string | null}> {
  const work = tempDir('out-folder')
  const file = path.join(work, 'a-file')
  writeFileSync(file, 'mine')
  const notes = path.join(work, 'notes')
  mkdirSync(notes)
  writeFileSync(path.join(notes, 'todo.txt'), 'mine')
  return [
    {code: 'out-is-file', out: file, input: null},
    {code: 'out-is-root', out: '/', input: null},
    {code: 'out-holds-input', out: path.dirname(corpusDir), input: corpusDir},
    {code: 'out-not-a-corpus', out: notes, input: null}
  ]
}

/** What the build caught, or null when it did not throw. */
async function refusal(out: string): Promise<unknown> {
  try {
    await buildCorpus([corpusDir], {out, buildDate: '2026-11-28'})
    return null
  } catch (error) {
    return error
  }
}

describe('the corpus folder, from the library', () => {
  it('refuses each folder it may not replace with an OutFolderError: its code, the folder, the input', async () => {
    for (const {code, out, input} of refusals()) {
      const error = await refusal(out)
      expect(error).toBeInstanceOf(OutFolderError)
      expect(error).toMatchObject({code, path: out, input, name: 'OutFolderError'})
    }
  })

  it('words a refusal for a library user: the folder and options.out, never a command-line option', async () => {
    const messages = new Map<OutFolderCode, string>()
    for (const {code, out} of refusals())
      messages.set(code, ((await refusal(out)) as Error).message)
    for (const [code, message] of messages) {
      expect({code, cli: /--|proclaim /.test(message)}).toEqual({code, cli: false})
      expect(message).toMatch(/^The corpus folder \S+ /)
    }
    expect(messages.get('out-is-file')).toMatch(/ is a file, not a folder$/)
    expect(messages.get('out-is-root')).toMatch(
      /^The corpus folder \/ is the root of the file system/
    )
    expect(messages.get('out-holds-input')).toContain(`holds the documents read (${corpusDir})`)
    expect(messages.get('out-not-a-corpus')).toMatch(
      /is a folder that is not a corpus \(it holds todo\.txt, which no build wrote\)/
    )
    for (const code of ['out-is-root', 'out-holds-input', 'out-not-a-corpus'] as const)
      expect(messages.get(code)).toContain('give options.out')
  })

  it('writes nothing where it refuses', async () => {
    for (const {code, out} of refusals()) {
      if (code === 'out-is-root' || code === 'out-holds-input') continue
      const work = path.dirname(out)
      const before = readdirSync(work).sort()
      await refusal(out)
      expect(readdirSync(work).sort()).toEqual(before)
    }
    const [file] = refusals()
    await refusal(file!.out)
    expect(readFileSync(file!.out, 'utf8')).toBe('mine')
  })
})

describe('the corpus folder, from the command line', () => {
  it('words each refusal for --out, on one line, exit status 1', async () => {
    const wording: Record<OutFolderCode, (out: string) => string> = {
      'out-is-file': (out) => `--out ${out} is a file, not a folder`,
      'out-is-root': (out) =>
        `--out ${out} is the root of the file system: give a folder of its own, such as corpus`,
      'out-holds-input': (out) =>
        `--out ${out} holds the documents read (${corpusDir}): give a folder of its own, such as corpus`,
      'out-not-a-corpus': (out) =>
        `--out ${out} is a folder that is not a corpus (it holds todo.txt, which no build wrote), and a build replaces its folder whole: give a new or empty folder, or a corpus`
    }
    for (const {code, out} of refusals()) {
      const err: string[] = []
      const status = await main(['build', corpusDir, '--out', out, '--quiet'], {
        out: () => {},
        err: (line) => err.push(line)
      })
      expect({code, status, err}).toEqual({
        code,
        status: 1,
        err: [`${out}  error  ${wording[code](out)}  build-failed`]
      })
    }
  })
})
