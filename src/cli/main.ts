#!/usr/bin/env node
/** The `proclaim` command: a thin layer over the library. */
import {realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {UsageError, type CommandIo} from './io.js'

interface Command {
  run: (args: string[], io: CommandIo) => Promise<number>
  help: string
}

/**
 * The commands, each loaded when called: a search need not load the Markdown parser.
 * `summary` is the first line of each command's help.
 */
const commands: Record<string, {summary: string; load: () => Promise<Command>}> = {
  parse: {summary: 'Parse presidential documents into their document trees.', load: async () => {
    const m = await import('./parse.js')
    return {run: m.parseCommand, help: m.parseHelp}
  }},
  build: {summary: 'Build the linked corpus: documents/<id>.json, index.json, citations.json', load: async () => {
    const m = await import('./build.js')
    return {run: m.buildCommand, help: m.buildHelp}
  }},
  annotate: {summary: 'Write FILE back as Markdown with every citation a link to its authoritative', load: async () => {
    const m = await import('./annotate.js')
    return {run: m.annotateCommand, help: m.annotateHelp}
  }},
  status: {summary: 'Is an executive order, proclamation or memorandum, or one of its provisions,', load: async () => {
    const m = await import('./status.js')
    return {run: m.statusCommand, help: m.statusHelp}
  }},
  search: {summary: 'Search a built corpus: every finding, formula or provision citing a statute or', load: async () => {
    const m = await import('./search.js')
    return {run: m.searchCommand, help: m.searchHelp}
  }},
  show: {summary: 'Print a document of a built corpus, or one provision ("#Sec. 2(a)", "#(1)"),', load: async () => {
    const m = await import('./show.js')
    return {run: m.showCommand, help: m.showHelp}
  }}
}

/** The commands' summaries, for tests that keep them in step with each command's help. */
export const commandSummaries: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(commands).map(([name, c]) => [name, c.summary]))

/** Load a command by name (its help and runner). */
export async function loadCommand(name: string): Promise<Command | null> {
  return commands[name] ? commands[name].load() : null
}

const mainHelp = `Usage: proclaim <command> [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Run \`proclaim <command> --help\` for a command's options.`

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h') {
    io.out(mainHelp)
    return name ? 0 : 2
  }
  const command = await loadCommand(name)
  if (!command) {
    io.err(`proclaim: unknown command \`${name}\`\n\n${mainHelp}`)
    return 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`proclaim ${name}: ${(error as Error).message}\n\n${command.help}`)
      return 2
    }
    io.err(`proclaim ${name}: internal error: ${(error as Error).message}`)
    return 3
  }
}

/** Run as a program (not imported by a test or another module): the binary may be reached through a link. */
function isEntryPoint(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  const io: CommandIo & {progress?: (line: string) => void} = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    // A progress line only on a terminal, never in a pipe or CI.
    ...(process.stderr.isTTY && !process.env.CI ? {progress: (line: string) => process.stderr.write(`\r\x1b[2K${line}`)} : {})
  }
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
  })
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code
  })
}
