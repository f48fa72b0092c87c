/** `proclaim site [CORPUS] [--out DIR] [--no-words]` */
import {parseArgs} from 'node:util'
import {CorpusError} from '../query/corpus.js'
import {buildSite, SiteError} from '../site/build.js'
import {UsageError, type CommandIo} from './io.js'

export const siteHelp = `Usage: proclaim site [CORPUS] [options]

Make the static web site of a built corpus, for legal staff.

A page per document (laid out as it is, every citation a link, each provision
with what acted on it), a page per statute section and instrument (citing
provisions over time, the chain of actions on it), and search in the browser
with no server (by citation in any form, or by words). Any web server or file
share can host the folder; \`proclaim serve\` previews it. The new site is
written beside the old one and swapped in whole.

Options:
  --out DIR      the site's folder (default: site); an existing folder must be
                 empty or a site made by proclaim
  --no-words     leave out the word index (citation search only; faster)
  -h, --help     show this help

Exit status: 0 when the site is written, 2 on an error (no corpus, bad usage).

Examples:
  proclaim site
  proclaim site corpus --out site
  proclaim site corpus-2025 --out /srv/www/proclaim --no-words`

export const siteOptions = {
  out: {type: 'string', default: 'site'},
  'no-words': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

export async function siteCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: siteOptions})
  if (values.help) {
    io.out(siteHelp)
    return 0
  }
  if (positionals.length > 1) throw new UsageError('give one corpus folder')
  const corpus = positionals[0] ?? 'corpus'
  const started = performance.now()
  try {
    const summary = await buildSite(corpus, {out: values.out, words: !values['no-words']})
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    io.out(
      `${summary.out}: ${summary.documents} documents, ${summary.pages} statute and instrument pages, ${summary.files} files in ${seconds} s`
    )
    io.out(`Preview it: proclaim serve ${summary.out}`)
    return 0
  } catch (error) {
    if (error instanceof CorpusError) {
      io.err(
        `proclaim site: no corpus at ${error.dir} (no corpus.sqlite): run \`proclaim build --out ${error.dir}\` first`
      )
      return 2
    }
    if (error instanceof SiteError) {
      io.err(`proclaim site: ${error.message}`)
      return 2
    }
    throw error
  }
}
