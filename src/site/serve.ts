/**
 * `serveSite`: a local preview of a built site. Loopback only, GET and HEAD only, files under the
 * site's folder only (a path that leaves it, by `..`, an encoded slash or a link, is refused);
 * text compressed with gzip when the browser accepts it.
 */
import {createReadStream, realpathSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {createGzip} from 'node:zlib'

export interface ServeOptions {
  /** Port to listen on (default 8080; 0 picks a free one). */
  port?: number
  /** Address to listen on (default 127.0.0.1): a loopback address only. */
  host?: string
}

/** Content types by extension; anything else is sent as bytes. */
const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png'
}

/** Worth compressing: text. Pagefind's own files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg'])

/** The file a request path names under the root, or null when it names none or leaves the root. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) return null
  let file = resolved
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html')
    const real = realpathSync(file)
    if (real !== root && !real.startsWith(`${root}${path.sep}`)) return null
    return statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}

const loopback = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/

/** Serve the site in `dir`; resolves once listening, with the server and its URL. */
export async function serveSite(
  dir: string,
  options: ServeOptions = {}
): Promise<{server: Server; url: string}> {
  const {port = 8080, host = '127.0.0.1'} = options
  if (!loopback.test(host)) throw new Error(`serve listens on a loopback address only, not ${host}`)
  const root = realpathSync(dir)
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end()
      return
    }
    const file = fileFor(root, request.url ?? '/')
    if (!file) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n')
      return
    }
    const ext = path.extname(file)
    const gzip =
      compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))
    response.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(gzip ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {})
    })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    const stream = createReadStream(file)
    stream.on('error', () => response.destroy())
    if (gzip) stream.pipe(createGzip()).pipe(response)
    else stream.pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {server, url: `http://${shown}:${address.port}/`}
}
