/** The build's V8 flags: set while a build runs, put back after the last one, never over the process's own. */
import v8 from 'node:v8'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {
  buildCompilerFlags,
  buildCompilerFlagsV8,
  withBuildCompilerFlags
} from '../src/corpus/compiler-flags.js'

const sets = buildCompilerFlags.map((f) => f.set)
const resets = buildCompilerFlags.map((f) => f.reset)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('withBuildCompilerFlags', () => {
  it('is measured on the V8 these tests run on (Node.js 20)', () => {
    expect(process.versions.v8.startsWith(buildCompilerFlagsV8)).toBe(true)
  })

  it('leaves another V8 as it is', async () => {
    const calls: string[] = []
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag: string) => {
      calls.push(flag)
    })
    const version = Object.getOwnPropertyDescriptor(process.versions, 'v8')!
    Object.defineProperty(process.versions, 'v8', {...version, value: '12.4.254.21-node.33'})
    try {
      expect(await withBuildCompilerFlags(async () => 'built')).toBe('built')
    } finally {
      Object.defineProperty(process.versions, 'v8', version)
    }
    expect(calls).toEqual([])
  })

  it('sets the flags once for concurrent builds and puts V8 back after the last ends', async () => {
    const calls: string[] = []
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag: string) => {
      calls.push(flag)
    })
    let finishFirst!: () => void
    const first = withBuildCompilerFlags(
      () => new Promise<string>((resolve) => (finishFirst = () => resolve('first')))
    )
    const second = await withBuildCompilerFlags(async () => {
      expect(calls).toEqual(sets)
      return 'second'
    })
    expect(second).toBe('second')
    expect(calls).toEqual(sets)
    finishFirst()
    expect(await first).toBe('first')
    expect(calls).toEqual([...sets, ...resets])
  })

  it('puts V8 back when the build fails', async () => {
    const calls: string[] = []
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag: string) => {
      calls.push(flag)
    })
    await expect(
      withBuildCompilerFlags(() => Promise.reject(new Error('no space left')))
    ).rejects.toThrow('no space left')
    expect(calls).toEqual([...sets, ...resets])
  })

  it('leaves a flag the process was started with as it was, in whatever form it was given', async () => {
    const calls: string[] = []
    vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flag: string) => {
      calls.push(flag)
    })
    const execArgv = process.execArgv
    process.execArgv = [
      ...execArgv,
      '--turbo_inlining',
      '--interrupt-budget=1000',
      '--heap_growing_percent=10'
    ]
    try {
      await withBuildCompilerFlags(async () => undefined)
    } finally {
      process.execArgv = execArgv
    }
    expect(calls).toEqual([])
    process.execArgv = [...execArgv, '--interrupt-budget=1000', '--heap-growing-percent=10']
    try {
      await withBuildCompilerFlags(async () => undefined)
    } finally {
      process.execArgv = execArgv
    }
    expect(calls).toEqual(['--no-turbo-inlining', '--turbo-inlining'])
  })
})
