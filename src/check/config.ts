/**
 * Configuration: `.proclaimrc.json`, or the `proclaim` key of a `package.json`, the nearest one found from a
 * file's folder upward; validated against schema/proclaimrc.schema.json, with rule ids checked against the
 * registry. A bad configuration is a `ConfigError` naming the file and what to change, never a stack trace.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import {configSchema} from './config-schema.js'
import {ruleMeta} from './registry.js'
import type {CheckSeverity} from './types.js'

export type RuleSetting = CheckSeverity | 'off'

export interface CheckConfig {
  /** Rule id -> its severity (or off) and options. */
  rules: ReadonlyMap<string, {severity: RuleSetting; options: Record<string, unknown>}>
  docsUrl: string | null
  /** The file it was read from; null for the defaults. */
  file: string | null
}

export class ConfigError extends Error {}

export const defaultConfig: CheckConfig = {rules: new Map(), docsUrl: null, file: null}

let validator: ValidateFunction | null = null

function validate(data: unknown): string[] {
  validator ??= new Ajv({allErrors: true, strict: false}).compile(configSchema)
  if (validator(data)) return []
  return (validator.errors ?? []).map(
    (e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`
  )
}

/** The configuration in a parsed object (from `file`), or a ConfigError saying what is wrong. */
export function configFrom(data: unknown, file: string): CheckConfig {
  const problems = validate(data)
  if (problems.length > 0)
    throw new ConfigError(
      `${file}: invalid configuration: ${problems.join('; ')} (see schema/proclaimrc.schema.json)`
    )
  const raw = data as {
    rules?: Record<string, RuleSetting | [RuleSetting, Record<string, unknown>?]>
    docsUrl?: string
  }
  const rules = new Map<string, {severity: RuleSetting; options: Record<string, unknown>}>()
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!ruleMeta.has(id)) {
      const near = [...ruleMeta.keys()].find((k) => k.includes(id) || id.includes(k))
      throw new ConfigError(
        `${file}: unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}; \`proclaim check --list-rules\` lists them`
      )
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}]
    rules.set(id, {severity, options: options ?? {}})
  }
  return {rules, docsUrl: raw.docsUrl ?? null, file}
}

/** The configuration file that governs `dir`, or null: `.proclaimrc.json`, else a package.json with a `proclaim` key. */
function configFileIn(dir: string): {file: string; read: () => unknown} | null {
  const rc = path.join(dir, '.proclaimrc.json')
  if (existsSync(rc)) return {file: rc, read: () => parseJson(rc)}
  const pkg = path.join(dir, 'package.json')
  if (existsSync(pkg)) {
    const data = parseJson(pkg) as Record<string, unknown> | null
    if (data && typeof data === 'object' && 'proclaim' in data)
      return {file: `${pkg} ("proclaim")`, read: () => data.proclaim}
  }
  return null
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message}); fix the syntax`)
  }
}

/** Finds the configuration of each folder once, walking up to the filesystem root. */
export class ConfigFinder {
  readonly #byDir = new Map<string, CheckConfig>()

  forFile(file: string): CheckConfig {
    return this.#forDir(path.resolve(path.dirname(file)))
  }

  #forDir(dir: string): CheckConfig {
    const known = this.#byDir.get(dir)
    if (known) return known
    const found = configFileIn(dir)
    const parent = path.dirname(dir)
    const config = found
      ? configFrom(found.read(), found.file)
      : parent === dir
        ? defaultConfig
        : this.#forDir(parent)
    this.#byDir.set(dir, config)
    return config
  }
}
