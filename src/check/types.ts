/**
 * The types of `proclaim check`: a rule (its metadata and its check over one document), what a check
 * reports, and what a rule reads of the document and of the corpus it is checked against.
 */
import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import type {DocumentJson, DocumentType, PresidentialDocument} from '../document/types.js'
import type {FrontMatter} from '../parse/front-matter.js'

export type CheckSeverity = 'error' | 'warning' | 'info'

/** Where a rule belongs, for its doc page and the rule list. */
export type RuleCategory = 'front-matter' | 'structure' | 'citations' | 'supersession' | 'markdown'

export interface RuleMeta {
  /** Stable id, kebab-case: what configuration, inline comments and output name it by. */
  readonly id: string
  /** What it checks, in a line. */
  readonly description: string
  /** Why it matters: the law of the form, or what a reader would otherwise get wrong. */
  readonly rationale: string
  /** Severity when the configuration does not set one. */
  readonly severity: CheckSeverity
  /** Whether `--fix` can repair what it reports. */
  readonly fixable: boolean
  readonly category: RuleCategory
  /** Whether it needs the other documents checked with this one (a target, a cited date). */
  readonly crossDocument?: boolean
  /** For its doc page: a short excerpt it reports and the same excerpt as it should be. */
  readonly examples?: {readonly bad: string; readonly good: string}
  /** Its options, each with what it does. */
  readonly options?: Readonly<Record<string, string>>
}

/** A safe repair: the source text in [start, end) (offsets) replaced by `text`. */
export interface Fix {
  range: [number, number]
  text: string
}

/** One problem a rule found. */
export interface Problem {
  ruleId: string
  severity: CheckSeverity
  message: string
  /** Where it stands; the start of the file when the whole file is at fault. */
  place: Position
  fix?: Fix
}

/** An instrument of the corpus a document is checked against, as cross-document rules read it. */
export interface CorpusInstrument {
  /** The file holding its text. */
  file: string
  type: DocumentType
  /** Signing date, else the front matter's. */
  date: string | null
  title: string | null
  /** Label paths of its provisions as id segments ("Sec. 3(a)" -> "3/a"). */
  provisions: ReadonlySet<string>
  /** Each provision's own text, by the same paths. */
  texts: ReadonlyMap<string, string>
}

/** Another file holding the document a file holds. */
export interface Copy {
  file: string
  title: string | null
  /** The instrument both are (`eo/14029`), when both have its number. */
  instrument: string | null
  /** Whether their findings and provisions read word for word the same. */
  sameText: boolean
}

/** What cross-document rules know: the instruments of the documents checked together, by id (`eo/14257`). */
export interface CorpusContext {
  instruments: ReadonlyMap<string, CorpusInstrument>
  /** Provision ids revoked by some document of the corpus, with the date and the revoking file. */
  revoked: ReadonlyMap<string, {date: string | null; file: string}>
  /** Other files that hold the same document as a file: by its number, or by the same text word for word. */
  copies: ReadonlyMap<string, readonly Copy[]>
  /** Text that documents of the corpus insert into each instrument (an earlier amendment may put in what a later strikes). */
  inserted: ReadonlyMap<string, readonly string[]>
  /** An id naming an instrument by date and title, as the key of the document it names (else itself). */
  resolve: (id: string) => string
}

/** What a rule reads and how it reports. */
export interface RuleContext {
  /** The file's path as given. */
  path: string
  /** The file's text (front matter included), as positions count it. */
  source: string
  frontMatter: FrontMatter
  tree: PresidentialDocument
  /** The rule's options from the configuration (`{}` when none). */
  options: Readonly<Record<string, unknown>>
  /** The body as Markdown renders it (remark-parse's tree, front matter blanked), read once. */
  markdown(): Root
  report(problem: {message: string; place?: Position | Point; fix?: Fix}): void
  /** The position of source offsets [start, end). */
  at(start: number, end?: number): Position
}

/** A rule over one document's tree: run where the document is parsed (a worker thread, in a large run). */
export interface DocumentRule {
  readonly meta: RuleMeta & {readonly crossDocument?: false}
  check(context: RuleContext): void
}

/** What a cross-document rule reads: the document as JSON (what crosses threads) and the corpus. */
export interface CorpusRuleContext {
  path: string
  document: DocumentJson
  corpus: CorpusContext
  options: Readonly<Record<string, unknown>>
  report(problem: {message: string; place: Position}): void
}

/** A rule over a document against the others checked with it: run once every document is read. */
export interface CorpusRule {
  readonly meta: RuleMeta & {readonly crossDocument: true}
  checkCorpus(context: CorpusRuleContext): void
}

export type Rule = DocumentRule | CorpusRule
