export type * from './document/types.js'
export {rules, diagnosticSource, type Rule, type RuleId} from './document/rules.js'
export {documentToJson, positionToJson} from './document/to-json.js'
export {diagnosticsToJson} from './document/diagnostics.js'
export {default as remarkProclaim, type RemarkProclaimOptions} from './parse/plugin.js'
export {
  parseDocument,
  parseFile,
  type ParseOptions,
  type ParseResult
} from './pipeline/parse-document.js'
export {readFrontMatter, blankFrontMatter, type FrontMatter} from './parse/front-matter.js'
export {decodeSource, type DecodedSource} from './parse/source.js'
export {documentId} from './parse/document-id.js'
export {independenceYear, printedDateToIso, spelledDateToIso} from './document/dates.js'
export {wordsToNumber} from './data/numbers.js'
export {presidents, presidentOn, type President} from './data/presidents.js'
export {extractCitations} from './cite/extract.js'
export {CitationContext} from './cite/context.js'
export type {FoundCitation} from './cite/found.js'
export {linkFor} from './cite/links.js'
export {annotateSource, type AnnotateResult} from './cite/annotate.js'
export {default as proclaimCite} from './cite/plugin.js'
export {default as proclaimSupersede} from './supersede/plugin.js'
export {detectSupersessions} from './supersede/detect.js'
export {inferNumbers, type NumberInference} from './supersede/identity.js'
export {buildGraph, type Edge, type Graph} from './supersede/graph.js'
export {indexedStatus, statusOf, type Status, type Standing} from './supersede/status.js'
export {
  buildCorpus,
  rollUp,
  type BuildOptions,
  type BuildSummary,
  type CitingUnit,
  type IndexRow
} from './corpus/build.js'
export {checkOutFolder, OutFolderError, type OutFolderCode} from './corpus/out-folder.js'
export {buildCompilerFlags, withBuildCompilerFlags} from './corpus/compiler-flags.js'
export {openCorpus, readDocument, type Corpus} from './query/corpus.js'
export {
  documentName,
  QueryError,
  resolveReference,
  type DocumentRow,
  type Reference
} from './query/resolve.js'
export {
  checkFtsSyntax,
  ftsLimits,
  ftsQuery,
  resolveQuery,
  searchCitations,
  searchText,
  type SearchFilters,
  type TextSearchOptions,
  type SearchHit,
  type SearchResult
} from './query/search.js'
export {
  answerOf,
  describeStanding,
  statusInCorpus,
  type Answer,
  type CorpusStatus
} from './query/status.js'
export {actionsOf, type DocumentAction, type DocumentActions} from './query/actions.js'
export {
  listCitedIds,
  listDocuments,
  listEdges,
  type ListedDocument
} from './query/listing.js'
export {
  buildSite,
  serveSite,
  SiteError,
  type ServeOptions,
  type SiteOptions,
  type SitePhases,
  type SiteSummary
} from './site/index.js'
export {
  consolidate,
  consolidateDocuments,
  operationsByInstrument,
  type ConsolidationDocument,
  type OriginalText
} from './consolidate/consolidate.js'
export type * from './consolidate/model.js'
export {
  annotatedTextOf,
  diffBetween,
  plainText,
  textOn,
  type TextOnDate
} from './consolidate/on-date.js'
export {reasons as consolidationReasons} from './consolidate/reasons.js'
export {
  consolidationInCorpus,
  textInCorpus,
  type CorpusText,
  type TextOptions
} from './query/text.js'
