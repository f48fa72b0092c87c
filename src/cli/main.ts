#!/usr/bin/env node
/** The `proclaim` command: a thin layer over the library. */
import {annotateCommand, annotateHelp} from './annotate.js'
import {buildCommand, buildHelp} from './build.js'
import {parseCommand, parseHelp} from './parse.js'
import {searchCommand, searchHelp} from './search.js'
import {showCommand, showHelp} from './show.js'
import {statusCommand, statusHelp} from './status.js'
import {UsageError, type CommandIo} from './io.js'

const commands: Record<string, {run: (args: string[], io: CommandIo) => Promise<number>; help: string}> = {
  parse: {run: parseCommand, help: parseHelp},
  build: {run: buildCommand, help: buildHelp},
  annotate: {run: annotateCommand, help: annotateHelp},
  status: {run: statusCommand, help: statusHelp},
  search: {run: searchCommand, help: searchHelp},
  show: {run: showCommand, help: showHelp}
}

const mainHelp = `Usage: proclaim <command> [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.help.split('\n')[2] ?? ''}`).join('\n')}

Run \`proclaim <command> --help\` for a command's options.`

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h') {
    io.out(mainHelp)
    return name ? 0 : 2
  }
  const command = commands[name]
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

const io: CommandIo & {progress?: (line: string) => void} = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // A progress line only on a terminal, never in a pipe or CI.
  ...(process.stderr.isTTY && !process.env.CI ? {progress: (line: string) => process.stderr.write(`\r${line}`)} : {})
}
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code
})
