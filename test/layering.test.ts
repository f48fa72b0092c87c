/**
 * Layering runs one way: a stage imports only itself and the stages before it, and nothing
 * imports the CLI. Read from the import lines of every source file.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

/** The stages of `src/`, each after those it may import. */
const layers = [
  'util',
  'data',
  'document',
  'parse',
  'cite',
  'supersede',
  'pipeline',
  'consolidate',
  'corpus',
  'query',
  'check',
  'format',
  'site',
  'cli'
] as const

const srcDir = path.join(root, 'src')

/** Specifiers of static imports, re-exports, side-effect imports and dynamic imports. */
const importPatterns = [
  /^\s*(?:import|export)\s+(?:type\s+)?[\w$*\s{},]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
]

function importsOf(source: string): string[] {
  const found: string[] = []
  for (const pattern of importPatterns) for (const m of source.matchAll(pattern)) found.push(m[1]!)
  return found
}

/** The stage a file of `src/` belongs to (its first folder), or `index.ts`. */
function stageOf(file: string): string {
  return path.relative(srcDir, file).split(path.sep)[0]!
}

/** What is wrong with one import, or null: `from` and `to` are paths inside `src/`. */
function layeringProblem(from: string, to: string): string | null {
  const fromStage = stageOf(from)
  const toStage = stageOf(to)
  if (fromStage === 'index.ts') return null
  if (toStage === 'cli' && fromStage !== 'cli') return 'imports the CLI'
  const fromRank = layers.indexOf(fromStage as (typeof layers)[number])
  const toRank = layers.indexOf(toStage as (typeof layers)[number])
  if (fromRank === -1) return `is in ${fromStage}/, a folder the layer order does not name`
  if (toRank === -1) return `imports ${toStage}, which the layer order does not name`
  return toRank > fromRank ? `imports a later stage (${toStage}/)` : null
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every relative import of `src/`, resolved to the source file it names. */
function sourceImports(): Array<{from: string; to: string}> {
  return sourceFiles(srcDir).flatMap((from) =>
    importsOf(readFileSync(from, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({
        from,
        to: path.resolve(path.dirname(from), specifier).replace(/\.js$/, '.ts')
      }))
  )
}

describe('layering', () => {
  it('reads imports of every form a source file uses', () => {
    const source = [
      "import type {A} from '../document/types.js'",
      'import {',
      '  b,',
      '  type C',
      "} from '../cite/plugin.js'",
      "export {d} from './d.js'",
      "import './side-effect.js'",
      "  load: () => import('./parse.js')",
      "/** Comment that says the text came from 'somewhere'. */",
      "const s = 'from here'"
    ].join('\n')
    expect(importsOf(source)).toEqual([
      '../document/types.js',
      '../cite/plugin.js',
      './d.js',
      './side-effect.js',
      './parse.js'
    ])
  })

  it('tells a later stage, the CLI and an unnamed folder from an allowed import', () => {
    const at = (file: string) => path.join(srcDir, file)
    expect(layeringProblem(at('parse/plugin.ts'), at('cite/plugin.ts'))).toBe(
      'imports a later stage (cite/)'
    )
    expect(layeringProblem(at('corpus/build.ts'), at('cli/io.ts'))).toBe('imports the CLI')
    expect(layeringProblem(at('extra/x.ts'), at('util/get-or-create.ts'))).toMatch(/extra\//)
    expect(layeringProblem(at('cite/plugin.ts'), at('parse/markdown.ts'))).toBeNull()
    expect(layeringProblem(at('corpus/sqlite.ts'), at('corpus/build.ts'))).toBeNull()
    expect(layeringProblem(at('index.ts'), at('query/search.ts'))).toBeNull()
  })

  it('has no stage importing a later one, and nothing outside the CLI importing it', () => {
    // Every file is read, and every folder of src/ is a stage of the order.
    expect(new Set(sourceFiles(srcDir).map(stageOf))).toEqual(new Set([...layers, 'index.ts']))
    const imports = sourceImports()
    const problems = imports.flatMap(({from, to}) => {
      const problem = layeringProblem(from, to)
      return problem ? [`${path.relative(root, from)} ${problem}: ${path.relative(root, to)}`] : []
    })
    expect(problems).toEqual([])
  })
})
