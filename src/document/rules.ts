/**
 * Diagnostic rules: stable ids, severity, and what to do. Data, not logic;
 * every message the parser emits names one of these ids.
 */
import type {Severity} from './types.js'

export interface Rule {
  readonly severity: Severity
  /** A fatal rule means the document could not be parsed at all. */
  readonly fatal: boolean
  readonly description: string
  /** What the user should do about it. */
  readonly fix: string
}

export const rules = {
  'build-failed': {
    severity: 'error',
    fatal: true,
    description:
      'The corpus could not be built: nothing was written, and the previous corpus is as it was.',
    fix: 'Read the message: give another output folder, or free the disk or permissions it names.'
  },
  'unreadable-file': {
    severity: 'error',
    fatal: true,
    description: 'The file could not be read.',
    fix: 'Check that the path exists and is a readable file.'
  },
  'file-too-large': {
    severity: 'error',
    fatal: true,
    description:
      'The file is larger than any document (64 MiB by default): it is not read, so that one file cannot exhaust the memory of a run.',
    fix: 'Check that the file is one document (not a concatenation, a log or a data dump); split it, or raise the limit (ParseOptions.maxBytes).'
  },
  'empty-file': {
    severity: 'error',
    fatal: true,
    description: 'The file is empty.',
    fix: 'Add the document text, with a YAML front matter block.'
  },
  'binary-file': {
    severity: 'error',
    fatal: true,
    description: 'The file is not text (binary content or invalid UTF-8).',
    fix: 'Convert the document to UTF-8 Markdown or plain text.'
  },
  'nul-bytes': {
    severity: 'warning',
    fatal: false,
    description: 'NUL bytes were found and removed.',
    fix: 'Remove the NUL bytes from the file (GPO printings embed them in headers).'
  },
  'byte-order-mark': {
    severity: 'info',
    fatal: false,
    description: 'A UTF-8 byte order mark was found and ignored.',
    fix: 'Save the file as UTF-8 without BOM.'
  },
  'crlf-line-endings': {
    severity: 'info',
    fatal: false,
    description: 'CRLF line endings were read as LF.',
    fix: 'Convert the file to LF line endings.'
  },
  'missing-front-matter': {
    severity: 'warning',
    fatal: false,
    description: 'The file has no YAML front matter; title and date come from the text only.',
    fix: 'Start the file with a `---` block giving at least `title` and `date`.'
  },
  'unclosed-front-matter': {
    severity: 'error',
    fatal: true,
    description: 'The front matter block is opened with `---` but never closed.',
    fix: 'Close the front matter with a line holding only `---`.'
  },
  'markdown-too-deep': {
    severity: 'warning',
    fatal: false,
    description:
      'The Markdown nests deeper than any document does (block quotes, lists or emphasis beyond 32 levels): it was read flat past that depth.',
    fix: 'Remove the excess nesting: a presidential document needs a few levels, and a renderer may give up on this one.'
  },
  'internal-error': {
    severity: 'error',
    fatal: true,
    description:
      'proclaim failed on this document: a defect of the toolkit, not of the document. The other documents of the run are read as usual.',
    fix: 'Report it with the document attached; meanwhile the document is left out of the corpus.'
  },
  'document-too-complex': {
    severity: 'error',
    fatal: true,
    description:
      'The document could not be read within the limits of the parser (its structure is too deep or too large).',
    fix: 'Look for runaway nesting or repetition near the line given, or split the file.'
  },
  'invalid-yaml': {
    severity: 'error',
    fatal: true,
    description:
      'The front matter is not valid YAML, or expands without bound (YAML aliases repeating or holding themselves).',
    fix: 'Fix the YAML syntax at the line given (quote values that contain `:` or `#`).'
  },
  'front-matter-not-data': {
    severity: 'error',
    fatal: true,
    description:
      'The front matter is declared as code (`---js`, `---javascript`, ...); front matter is data and is never evaluated.',
    fix: 'Write the front matter as YAML (`---` alone on the first line).'
  },
  'front-matter-not-mapping': {
    severity: 'error',
    fatal: true,
    description: 'The front matter is not a mapping of keys to values.',
    fix: 'Write the front matter as `key: value` lines.'
  },
  'front-matter-as-written': {
    severity: 'warning',
    fatal: false,
    description:
      'A front matter value YAML would read otherwise than it is written (a date that is no calendar day, a number with a leading zero) is kept as written.',
    fix: 'Write the date as a real YYYY-MM-DD day, quote a number meant as text ("0755").'
  },
  'invalid-front-matter-date': {
    severity: 'warning',
    fatal: false,
    description: 'The front matter `date` is not a valid YYYY-MM-DD date.',
    fix: 'Write the date as YYYY-MM-DD.'
  },
  'not-presidential-document': {
    severity: 'error',
    fatal: true,
    description:
      'The text has none of the marks of a presidential document (heading, enacting formula, witness clause, dateline, signature).',
    fix: 'Check that the file is a proclamation, executive order, memorandum or other presidential document.'
  },
  'independence-year-mismatch': {
    severity: 'warning',
    fatal: false,
    description:
      'The witness clause gives a year of Independence that does not agree with its date.',
    fix: 'Check the witness clause against the signing date.'
  },
  'unparsed-witness-date': {
    severity: 'warning',
    fatal: false,
    description: 'The witness clause was found but its date could not be read.',
    fix: 'Check the spelling of the day, month and year in the witness clause.'
  },
  'signed-date-far-from-date': {
    severity: 'info',
    fatal: false,
    description: 'The date the document states is more than a week from the front matter date.',
    fix: 'Check the front matter date (it is often the posting date).'
  },
  'unknown-act': {
    severity: 'info',
    fatal: false,
    description:
      'An act is cited by section but the table of popular names does not know where it is codified; it is cited as act/{slug}/{section}.',
    fix: 'Add the act to src/data/popular-names.ts, with the source of the row.'
  },
  'missing-signature': {
    severity: 'info',
    fatal: false,
    description:
      'No signature line was found; the signer is inferred from the term of office on the signing date.',
    fix: 'None needed for printings that leave the signature out.'
  }
} as const satisfies Record<string, Rule>

export type RuleId = keyof typeof rules

/** The `source` of every diagnostic this toolkit emits. */
export const diagnosticSource = 'proclaim'
