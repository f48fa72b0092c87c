/** `proclaim serve [SITE] [--port N]` */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {siteMarker} from '../site/build.js'
import {serveSite} from '../site/serve.js'
import {UsageError, type CommandIo} from './io.js'

export const serveHelp = `Usage: proclaim serve [SITE] [options]

Preview a site made by proclaim site on this machine.

Serves the folder's files on a loopback address only (nothing outside the
folder, GET and HEAD only) until stopped with Ctrl-C.

Options:
  --port N    the port (default: 8080; 0 picks a free one)
  -h, --help  show this help

Exit status: 0 when stopped, 2 on an error (no site, port taken, bad usage).

Examples:
  proclaim serve
  proclaim serve site --port 8000`

export const serveOptions = {
  port: {type: 'string', default: '8080'},
  help: {type: 'boolean', short: 'h'}
} as const

export async function serveCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: serveOptions})
  if (values.help) {
    io.out(serveHelp)
    return 0
  }
  if (positionals.length > 1) throw new UsageError('give one site folder')
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new UsageError(`--port takes a number from 0 to 65535, not '${values.port}'`)
  const dir = positionals[0] ?? 'site'
  if (!existsSync(path.join(dir, siteMarker))) {
    io.err(`proclaim serve: no site at ${dir}: make one with \`proclaim site --out ${dir}\``)
    return 2
  }
  try {
    const {server, url} = await serveSite(dir, {port})
    io.out(`Serving ${dir} at ${url} (Ctrl-C stops)`)
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve())
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    return 0
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      io.err(
        `proclaim serve: cannot listen on port ${port} (${code === 'EADDRINUSE' ? 'in use' : 'not allowed'}): try --port 0`
      )
      return 2
    }
    throw error
  }
}
