#!/usr/bin/env node
/** The `proclaim` command: a thin layer over the library. */
import {realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {printable} from '../util/printable.js'
import {colorEnabled} from './color.js'
import {type CompletionSpec, completionScript, shells} from './completion.js'
import type {CommandIo} from './io.js'
import {readStdin} from './stdin.js'
import {
  type CommandOptions,
  didYouMean,
  helpFlags,
  isUsageError,
  optionFlags,
  usageHint,
  usageMessage
} from './usage.js'
import {packageVersion} from './version.js'

interface Command {
  run: (args: string[], io: CommandIo) => Promise<number>
  help: string
  /** Its `parseArgs` options, where the module exports them (`NAMEOptions`). */
  options?: CommandOptions
}

/**
 * The commands, each loaded when called: a search need not load the Markdown parser. Module
 * `./NAME.js` exports `NAMECommand`, `NAMEHelp` and `NAMEOptions` (its `parseArgs` options, for
 * suggestions and completion; optional); `summary` is the first line of that help.
 */
const commands: Record<string, {summary: string; load: () => Promise<object>}> = {
  parse: {
    summary: 'Parse presidential documents into their document trees.',
    load: () => import('./parse.js')
  },
  build: {
    summary: 'Build the linked corpus from folders, files or globs of documents.',
    load: () => import('./build.js')
  },
  annotate: {
    summary: 'Write a document back as Markdown with every citation a link.',
    load: () => import('./annotate.js')
  },
  status: {
    summary: 'Tell whether an instrument or provision is in force, and why.',
    load: () => import('./status.js')
  },
  text: {
    summary: 'Print an instrument or provision as in force on a date.',
    load: () => import('./text.js')
  },
  actions: {
    summary: 'List what a document does to other instruments.',
    load: () => import('./actions.js')
  },
  search: {
    summary: 'Search a built corpus by citation or by words.',
    load: () => import('./search.js')
  },
  show: {
    summary: 'Print a document of a built corpus, or one of its provisions.',
    load: () => import('./show.js')
  },
  check: {
    summary: 'Check documents for CI: front matter, structure, citations.',
    load: () => import('./check.js')
  },
  fmt: {
    summary: 'Rewrite Markdown documents into one canonical form.',
    load: () => import('./fmt.js')
  },
  site: {
    summary: 'Make the static web site of a built corpus, for legal staff.',
    load: () => import('./site.js')
  },
  serve: {
    summary: 'Preview a site made by proclaim site on this machine.',
    load: () => import('./serve.js')
  }
}

/** Commands of the program itself rather than of a module: their usage line and summary. */
const builtins: Record<'help' | 'completion', {usage: string; summary: string}> = {
  help: {
    usage: 'proclaim help [COMMAND]',
    summary: 'Print the help of a command (proclaim help search).'
  },
  completion: {
    usage: `proclaim completion ${shells.join('|')}`,
    summary: 'Print a shell completion script (bash or zsh).'
  }
}

const builtinHelp = (name: keyof typeof builtins): string =>
  `Usage: ${builtins[name].usage}\n\n${builtins[name].summary}`

/** The commands' summaries, for tests that keep them in step with each command's help. */
export const commandSummaries: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(commands).map(([name, c]) => [name, c.summary])
)

/** Every command name, the program's own included. */
export const commandNames: readonly string[] = [...Object.keys(commands), ...Object.keys(builtins)]

/** Load a command by name (its help, runner and options). */
export async function loadCommand(name: string): Promise<Command | null> {
  if (!Object.hasOwn(commands, name)) return null
  const module = (await commands[name]!.load()) as Record<string, unknown>
  const options = module[`${name}Options`] as CommandOptions | undefined
  return {
    run: module[`${name}Command`] as Command['run'],
    help: module[`${name}Help`] as string,
    ...(options ? {options} : {})
  }
}

/** A command's flags: from its options, else as its help lists them. */
const flagsOf = (command: Command): string[] =>
  command.options ? optionFlags(command.options) : helpFlags(command.help)

export const mainHelp = `Usage: proclaim <command> [options]

Commands:
${[
  ...Object.entries(commandSummaries),
  ...Object.entries(builtins).map(([name, b]) => [name, b.summary])
]
  .map(([name, summary]) => `  ${name!.padEnd(11)} ${summary}`)
  .join('\n')}

Options:
  -h, --help     show this help
  -v, --version  print the version

Examples:
  proclaim build proclamations --out corpus
  proclaim search --cite "19 U.S.C. 1862"
  proclaim parse 'proclamations/2025-*.md' --format jsonl
  proclaim help search

Run 'proclaim <command> --help' for a command's options.`

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv
  const usage = (command: string | undefined, message: string): number => {
    io.err(`proclaim${command ? ` ${command}` : ''}: ${message}`)
    io.err(usageHint(command))
    return 2
  }
  if (!name) {
    io.out(mainHelp)
    return 2
  }
  if (name === '--help' || name === '-h') {
    io.out(mainHelp)
    return 0
  }
  if (name === '--version' || name === '-v') {
    io.out(packageVersion())
    return 0
  }
  if (name.startsWith('-'))
    return usage(undefined, `unknown option '${name}'${didYouMean(name, ['--help', '--version'])}`)
  if (name === 'help') return help(args, io, usage)
  if (name === 'completion') return completion(args, io, usage)
  const command = await loadCommand(name)
  if (!command)
    return usage(undefined, `unknown command '${name}'${didYouMean(name, commandNames)}`)
  try {
    return await command.run(args, io)
  } catch (error) {
    if (isUsageError(error)) return usage(name, usageMessage(error as Error, flagsOf(command)))
    io.err(`proclaim ${name}: internal error: ${(error as Error).message}`)
    return 3
  }
}

type Usage = (command: string | undefined, message: string) => number

/** `proclaim help [COMMAND]` */
async function help(args: string[], io: CommandIo, usage: Usage): Promise<number> {
  const [name, ...rest] = args
  if (rest.length > 0) return usage('help', 'give one command, such as: proclaim help search')
  if (!name) {
    io.out(mainHelp)
    return 0
  }
  if (name === '--help' || name === '-h') {
    io.out(builtinHelp('help'))
    return 0
  }
  if (Object.hasOwn(builtins, name)) {
    io.out(builtinHelp(name as keyof typeof builtins))
    return 0
  }
  const command = await loadCommand(name)
  if (!command) return usage('help', `unknown command '${name}'${didYouMean(name, commandNames)}`)
  io.out(command.help)
  return 0
}

/** `proclaim completion bash|zsh` */
async function completion(args: string[], io: CommandIo, usage: Usage): Promise<number> {
  const [shell, ...rest] = args
  if (shell === '--help' || shell === '-h') return help(['completion'], io, usage)
  if (!shell || rest.length > 0 || !(shells as readonly string[]).includes(shell))
    return usage(
      'completion',
      shell && rest.length === 0
        ? `unknown shell '${shell}'${didYouMean(shell, shells)}: give ${shells.join(' or ')}`
        : `give the shell: ${shells.join(' or ')}`
    )
  const specs: CompletionSpec[] = []
  for (const name of Object.keys(commands)) {
    const command = (await loadCommand(name))!
    specs.push({name, summary: commands[name]!.summary, words: flagsOf(command)})
  }
  specs.push(
    {name: 'help', summary: builtins.help.summary, words: Object.keys(commands), arguments: true},
    {name: 'completion', summary: builtins.completion.summary, words: [...shells], arguments: true}
  )
  io.out(completionScript(shell as (typeof shells)[number], specs).replace(/\n$/, ''))
  return 0
}

/** Run as a program (not imported by a test or another module): the binary may be reached through a link. */
function isEntryPoint(): boolean {
  try {
    return (
      Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url)
    )
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  const io: CommandIo = {
    // What a document or a file name holds is shown, never obeyed by the terminal (util/printable.ts).
    out: (line) => process.stdout.write(`${printable(line)}\n`),
    err: (line) => process.stderr.write(`${printable(line)}\n`),
    // Diagnostics go to standard error: coloured when that is a terminal (see color.ts).
    color: colorEnabled(process.env, Boolean(process.stderr.isTTY)),
    stdin: () => readStdin(process.stdin),
    // A progress line only on a terminal, never in a pipe or CI.
    ...(process.stderr.isTTY && !process.env.CI
      ? {progress: (line: string) => process.stderr.write(`\r\x1b[2K${line}`)}
      : {})
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
  })
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code
  })
}
