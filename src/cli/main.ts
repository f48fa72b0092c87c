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
 * The commands, each loaded when called: a search need not load the Markdown parser. Module
 * `./NAME.js` exports `NAMECommand` and `NAMEHelp`; `summary` is the first line of that help.
 */
const commands: Record<string, {summary: string; load: () => Promise<object>}> = {
  parse: {
    summary: 'Parse presidential documents into their document trees.',
    load: () => import('./parse.js')
  },
  build: {
    summary: 'Build the linked corpus: documents/<id>.json, index.json, citations.json',
    load: () => import('./build.js')
  },
  annotate: {
    summary: 'Write FILE back as Markdown with every citation a link to its authoritative',
    load: () => import('./annotate.js')
  },
  status: {
    summary: 'Is an executive order, proclamation or memorandum, or one of its provisions,',
    load: () => import('./status.js')
  },
  search: {
    summary: 'Search a built corpus: every finding, formula or provision citing a statute or',
    load: () => import('./search.js')
  },
  show: {
    summary: 'Print a document of a built corpus, or one provision ("#Sec. 2(a)", "#(1)"),',
    load: () => import('./show.js')
  }
}

/** The commands' summaries, for tests that keep them in step with each command's help. */
export const commandSummaries: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(commands).map(([name, c]) => [name, c.summary])
)

/** Load a command by name (its help and runner). */
export async function loadCommand(name: string): Promise<Command | null> {
  if (!Object.hasOwn(commands, name)) return null
  const module = (await commands[name]!.load()) as Record<string, unknown>
  return {run: module[`${name}Command`] as Command['run'], help: module[`${name}Help`] as string}
}

const mainHelp = `Usage: proclaim <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

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
    if (
      error instanceof UsageError ||
      (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    ) {
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
    return (
      Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === fileURLToPath(import.meta.url)
    )
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  const io: CommandIo & {progress?: (line: string) => void} = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
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
