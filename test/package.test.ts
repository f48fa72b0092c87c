/** The package as a consumer installs it: what its type declarations import is installed with it, its schemas are exported. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  exports: Record<string, unknown>
  files: string[]
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory()
      ? declarationFiles(path.join(dir, e.name))
      : e.name.endsWith('.d.ts')
        ? [path.join(dir, e.name)]
        : []
  )
}

/** The package a bare specifier names ("@types/x" for "x" is looked up too). */
const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

describe('the published package', () => {
  it("installs every package its type declarations import (a consumer's tsc needs them)", () => {
    const files = declarationFiles(path.join(root, 'dist/src'))
    expect(files.length).toBeGreaterThan(20)
    const imported = new Set<string>()
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(?<specifier>[^'.][^']*)'/g)) {
        const specifier = m.groups!.specifier!
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
        imported.add(packageOf(specifier))
      }
    }
    expect([...imported]).toContain('better-sqlite3')
    for (const name of imported) {
      // A package ships its types (a `types` field or index.d.ts) or has them in @types (mdast, unist).
      const dir = path.join(root, 'node_modules', name)
      const manifest = existsSync(path.join(dir, 'package.json'))
        ? (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {types?: string})
        : null
      const ownTypes = Boolean(manifest?.types) || existsSync(path.join(dir, 'index.d.ts'))
      const typesPackage = `@types/${name.replace(/^@/, '').replace('/', '__')}`
      const installed =
        (name in pkg.dependencies && (ownTypes || typesPackage in pkg.dependencies)) ||
        (!manifest && typesPackage in pkg.dependencies)
      expect(installed, `${name} (or ${typesPackage}) must be a dependency`).toBe(true)
    }
  })

  it('exports its JSON Schemas and ships them', () => {
    expect(pkg.exports['./schema/*']).toBe('./schema/*')
    expect(pkg.files).toContain('schema')
    expect(
      readdirSync(path.join(root, 'schema')).filter((f) => f.endsWith('.schema.json'))
    ).toEqual(expect.arrayContaining(['document.schema.json', 'index.schema.json']))
  })
})
