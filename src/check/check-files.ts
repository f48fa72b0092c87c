/**
 * A run of `proclaim check`: the documents of the inputs parsed, each checked with the configuration that
 * governs its folder, against the corpus they form together (for cross-document rules), and the safe fixes
 * applied when asked (each file rewritten atomically, only when a fix changed it).
 */
import {listDocumentFiles} from '../corpus/walk.js'
import {writeFileAtomic} from '../corpus/write.js'
import {parseDocument, parseFile, type ParseResult} from '../pipeline/parse-document.js'
import {checkDocument, type FileResult} from './check-document.js'
import {ConfigFinder, type CheckConfig} from './config.js'
import {corpusContext} from './corpus-context.js'
import {applyFixes} from './fix.js'

export interface CheckRunOptions {
  /** Apply the safe fixes to the files, then report what is left. Default: false. */
  fix?: boolean
  /** The configuration for every file; default: the nearest `.proclaimrc.json` of each file's folder. */
  config?: CheckConfig
  /** Standard input's text, when an input is `-`. */
  stdin?: string
}

export interface CheckRun {
  results: FileResult[]
  /** Inputs that do not exist. */
  missing: string[]
  /** Files rewritten by --fix. */
  fixed: string[]
}

export async function checkInputs(
  inputs: readonly string[],
  options: CheckRunOptions = {}
): Promise<CheckRun> {
  const named = inputs.filter((i) => i !== '-')
  const {files, missing} = await listDocumentFiles(named)
  const parsed: ParseResult[] = []
  if (inputs.includes('-') && options.stdin !== undefined)
    parsed.push(parseDocument(options.stdin, '<stdin>', {id: 'stdin'}))
  for (const file of files) parsed.push(await parseFile(file))
  const finder = new ConfigFinder()
  const configOf = (r: ParseResult) =>
    options.config ??
    (r.file.path === '<stdin>' ? finder.forFile('./-') : finder.forFile(r.file.path))
  // Documents checked together form the corpus the cross-document rules read.
  const corpus = parsed.length > 1 ? corpusContext(parsed) : null
  const fixed: string[] = []
  const results: FileResult[] = []
  for (const r of parsed) {
    let result = checkDocument(r, {config: configOf(r), corpus})
    if (options.fix && r.file.path !== '<stdin>') {
      const source = String(r.file.value ?? '')
      const repaired = applyFixes(source, result.problems)
      if (repaired !== source) {
        writeFileAtomic(r.file.path, repaired)
        fixed.push(r.file.path)
        result = checkDocument(parseDocument(repaired, r.file.path), {config: configOf(r), corpus})
      }
    }
    results.push(result)
  }
  return {results, missing, fixed}
}
