/** Writes that never leave half a file where a reader or a corpus link could see it. */
import {linkSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic, writeFileOnce} from '../src/corpus/write.js'
import {tempDir} from './helpers.js'

describe('writeFileOnce', () => {
  it('creates a file with the mode asked for', () => {
    const file = path.join(tempDir('write'), 'a.json')
    writeFileOnce(file, '{"a":1}\n', 0o444)
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n')
    expect(statSync(file).mode & 0o777).toBe(0o444)
  })

  it('replaces a file left under the same name whole: a link to the old one keeps the old bytes', () => {
    const dir = tempDir('write')
    const file = path.join(dir, 'key.json')
    writeFileSync(file, '{"half', {mode: 0o444})
    linkSync(file, path.join(dir, 'linked.json'))
    const before = statSync(file).ino
    writeFileOnce(file, '{"whole":true}\n', 0o444)
    expect(readFileSync(file, 'utf8')).toBe('{"whole":true}\n')
    expect(statSync(file).ino).not.toBe(before)
    expect(readFileSync(path.join(dir, 'linked.json'), 'utf8')).toBe('{"half')
  })

  it('leaves nothing behind when the folder is missing', () => {
    const file = path.join(tempDir('write'), 'missing', 'a.json')
    expect(() => writeFileOnce(file, 'x')).toThrow(/ENOENT/)
    expect(() => writeFileAtomic(file, 'x')).toThrow(/ENOENT/)
  })
})
