/**
 * How the text around an action verb is read, as data: where sentences end, what continues a list of
 * citations, what points back to an instrument named before, which provisions stand without their
 * instrument. The verbs themselves are in actions.ts. Every expression is bounded.
 */

/** Alternatives as one group: `(?:a|b|c)`. */
const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`

/** "Executive Order" or "order": how a sentence names an order it points back to ("such order", "that Executive Order"). */
const anOrder = String.raw`(?:Executive\s+)?[Oo]rder`

/** The document speaking of itself: "this order", "this proclamation". */
export const thisDocument = /\bthis\s+(?:order|proclamation|memorandum)\b/

/** The document as the subject of its own verb, in the present: "This order amends", "this proclamation supersedes". */
export const thisDocumentActs =
  /\b[Tt]his\s+(?:order|proclamation|memorandum)\s+(?:also\s+)?(?:amends|revokes|supersedes|modifies)$/

/** "in order to ..." up to the next comma: what the action serves, not what it acts on. */
export const purposeClause = /\b[Ii]n\s+order\s+to\b[^,;:]*/g

/** A provision number after a section number: "(2)" in "sections 1, 2". */
const provisionNumber = String.raw`\d+(?:\([a-z0-9]+\))*`

/** What may stand between two members of one list of citations: commas, "and", provision words. */
export const listContinuation = new RegExp(
  `^${anyOf(
    '[,;]',
    String.raw`\s`,
    String.raw`\band\b`,
    // "the amendments it made to Executive Order 12072 ..., and to Executive Order 13006".
    String.raw`\band\s+to\b`,
    String.raw`\bby\b`,
    String.raw`\bsections?\b`,
    String.raw`\b(?:that\s+)?parts?\s+of\b`,
    String.raw`\bof\b`,
    provisionNumber
  )}*$`
)

/** "and" in a gap between citations: the list goes on. */
export const andWord = /\band\b/

/**
 * After a citation, a comma and more of the same list ("A, B, and C"; ", sections 1, 2, and that part of section 3
 * of ..."): what lets a comma alone continue a list.
 */
export const moreOfTheList = new RegExp(
  String.raw`^\s*,\s*(?:and\s+)?${anyOf(String.raw`sections?\b`, String.raw`that\s+part`, 'Executive', 'Proclamation', String.raw`\d`)}`
)

/**
 * Abbreviations whose full stop does not end a sentence: "No.", "Sec.", "U.S.C.", "Stat.", "Fed. Reg.", "Pub. L.",
 * "et seq.", an initial.
 */
const abbreviation = String.raw`\b${anyOf('No', 'Sec', String.raw`U\.S`, 'Stat', 'Reg', 'Fed', 'Pub', 'seq', '[A-Z]')}`

/**
 * The end of a sentence: a full stop or a colon, then space and a capital, an opening parenthesis or quote (or the
 * end), and not after an abbreviation or in "U.S.C.". Not at semicolons: a list of revoked orders runs on over them.
 */
export const sentenceEnd = new RegExp(
  String.raw`(?<![A-Z]\.[A-Z]|${abbreviation})[.:](?=\s+(?:[A-Z(“"]|$))`,
  'g'
)

/**
 * What may stand between two members of an active verb's object list: a comma, "and", "or", a semicolon, ", as
 * amended", what the member is applied to ("Proclamation 9705 with respect to steel articles and Proclamation 9980").
 */
export const objectListGap = new RegExp(
  String.raw`^(?:,?\s*as amended)?,?(?:\s+with\s+respect\s+to\s+[^,;:.]{1,80}?)?${anyOf(String.raw`,\s*(?:(?:and|or)\s+)?`, String.raw`\s+(?:and|or)\s+`, String.raw`;\s*(?:(?:and|or)\s+)?`)}$`
)

/** After a passive edit, the instrument it is made in: "A new section 7 is added to Executive Order 12345". */
export const editedInstrumentFollows = /^\s+(?:to|in|into|from)\s/

/** "such order", "said Executive Order", "that order", "that proclamation": the instrument cited last. */
export const suchOrder = new RegExp(
  String.raw`\b(?:such|said|that)\s+(?:${anOrder}|[Pp]roclamation)\b`
)

/**
 * After an active verb, "that order", "those two orders", "those and all related orders": the orders named just
 * before. Group `which`: "that" (the last of them) or "those" (all).
 */
export const thoseOrders = new RegExp(
  String.raw`^\s+(?<which>that|those)(?:\s+two|\s+prior|\s+and\s+all\s+related)*\s+${anOrder}s?\b`
)

/** A sentence ending in a colon: a list follows it. */
export const endsInColon = /:\s*$/

/** Only a colon (and space): "I hereby amend:" with nothing between the verb and the list. */
export const onlyColon = /^\s*:\s*$/

/** Space, as `sentences` skips it. */
export const space = /\s/

/** The word a passive verb enacts with in findings and the formula ("is hereby amended"). */
export const herebyWord = /\bhereby\b/

/**
 * The formula declaring what it enacts, a passive verb after it: "I ... hereby declare that the national emergency
 * declared by Proclamation 9844 ... is terminated".
 */
/**
 * A finding that changes an instrument now, in the present, for a purpose: "Proclamation 10918 is modified to clarify
 * that the proclamation itself removes monument-based prohibitions" (not "was modified", not "as modified by").
 */
export const changedNowTo =
  /^\s*(?:is|are)\s+(?:further\s+)?(?:modified|amended)\s+to\s+(?!read\b)[a-z]/

export const declaredThat = /\bhereby\s+(?:declare|proclaim|order|determine|direct)\s+that\b/

/**
 * Instruments a clause does not name, all or any of a kind: "Any provision of previous proclamations and Executive
 * Orders", "All executive directives, orders, and regulations", "any other provisions authorizing ...", "any prior
 * Executive order or proclamation", "All prior Presidential or other executive branch documents establishing ...". Not the provisions of one named ("any provision of Executive Order 13xxx").
 */
export const catchAllPhrase = new RegExp(
  String.raw`\b[Aa](?:ll|ny)\s+(?:(?:other|prior|previous|earlier|existing)\s+)*(?:[A-Za-z][a-z-]*\s+){0,6}?${anyOf(
    'provisions?',
    String.raw`Executive\s+[Oo]rders?`,
    'orders?',
    '[Pp]roclamations?',
    'memoranda',
    'directives?',
    'documents'
  )}\b(?!\s+(?:No\.\s*)?\d)(?!\s+(?:of|in)\s+(?:the\s+|such\s+|that\s+|this\s+)?(?:Executive\s+Orders?\s+(?:No\.\s*)?\d|Proclamations?\s+\d|sections?\s+\d|clauses?\s+\d|order\b|proclamation\b))`
)

/** A passive verb's subject that points back: "..., which is hereby revoked". */
export const relativeSubject = /\b(?:which|that)\s*$/

/** The document's inconsistency with what it does not name: "inconsistent with this order", "to the extent of their inconsistency". */
export const inconsistency = /\binconsisten(?:t|cy)\b/

/** An action on part of its targets: "to the extent inconsistent", "in part". */
export const inPart = /\bto\s+the\s+extent\b|\bin\s+part\b/

/**
 * A subject or object naming part of an instrument, not the whole: "the additional ad valorem duties imposed
 * pursuant to IEEPA in Executive Order 14257", "The provisions of Proclamation 9740 with respect to imports of
 * steel articles from South Korea", "the exemptions granted in clause 1 of ...", after a short opening phrase
 * ("In light of recent events, the additional duties ..."). Ending those leaves the rest.
 */
export const partOfInstrument = new RegExp(
  String.raw`^\s*(?:\([^)]{1,5}\)\s*)?(?:[A-Z][a-z]+(?:\s+[a-z]+){0,6},\s+)?(?:[Aa]ll\s+|[Aa]ny\s+)?(?:[Tt]he\s+)?${anyOf(
    String.raw`(?:(?:additional|initial|existing|increased|current)\s+)*(?:ad\s+valorem\s+)?(?:duties|tariffs?|rates?\s+of\s+duty|exemptions?|exclusions?|quotas?|product\s+exclusion\s+process)\b`,
    String.raw`provisions\s+of\s+[^;:]{0,80}?\b(?:with\s+respect\s+to|as\s+applicable\s+to|relating\s+to|that\s+apply\s+to)\b`,
    // "The Annex to Executive Order 13315 is replaced and superseded ... by the Annex to this order".
    String.raw`[Aa]nnex\s+(?:to|of)\b`
  )}`
)

/** Ids of instruments an amending passage may open on (an executive order or proclamation, or a provision of one). */
export const instrumentId = /^(?:eo|proc)\//

/** Quotation marks of either printing: Federal Register text opens quotes with `` and closes with ''. */
export const anyQuote = /``|''|“|”|"/

/** The marks whose pairs `unquoted` blanks: ``...'' and “...”. */
export const pairedQuotes = /``|''|“|”/g

/** Straight quotes and what they hold, a bounded length: blanked after the pairs. */
export const straightQuotation = /"[^"]{0,3000}?"/g

/** A unit that opens with a quotation: text an amendment inserts ("to read as follows: ``Sec. 3. ... are revoked.''"). */
export const opensWithQuotation = /^\s*(?:``|“|")/

/** Words before "section N" that say it is not the subject: "the preceding section 2", "as section 3". */
const notASubject = String.raw`(?<!\b(?:[Pp]receding|[Ff]ollowing|[Bb]efore|[Aa]fter|as)\s+)`

/** A section number: "4", "1-504", "2.1", "5A", in parentheses or not. Group `section`. */
const sectionNumber = String.raw`\(?(?<section>\d+(?:[.-]\d+)*[A-Za-z]?)\)?`

/** One paragraph number in parentheses: "(c)", "(3)", "(iv)". Group `paragraph`. */
export const paragraphNumber = /\((?<paragraph>[0-9A-Za-z]{1,4})\)/g

/** The paragraphs after a section number: "(c)(3)". Group `paragraphs`. */
const paragraphNumbers = String.raw`(?<paragraphs>(?:\([0-9A-Za-z]{1,4}\))*)`

/** "of" another instrument after the provision: it says whose it is. "of the order", "of such order" do not. */
const ofAnotherInstrument = String.raw`(?!\s*(?:,\s*)?of\s+(?!(?:the|that|such|said)\s+${anOrder}\b))`

/**
 * Provisions named without their instrument, as the subject of an amendment: "Section (2)(b)", "Section 4(c)(3)",
 * "section 1-504", "The first sentence of section 1", "Section 1(a) of the order". Not "section 3 of this order"
 * or of another instrument: those say whose provision they are. Groups `section`, `paragraphs`.
 */
export const bareProvision = new RegExp(
  String.raw`${notASubject}\b[Ss]ections?\s+${sectionNumber}${paragraphNumbers}${ofAnotherInstrument}`,
  'g'
)

/** Right after a passive verb, "effective immediately": the action is taken here. */
export const immediately = /^[^.;]{0,40}?,?\s+effective\s+immediately\b/

/**
 * What made the subject of an ending, right before its instrument: "established pursuant to", "granted in", "created
 * by", "set forth in", "the exemptions under".
 */
export const madeBy =
  /\b(?:(?:established|created|granted|authorized|imposed|proclaimed)\s+(?:pursuant\s+to|by|in|under)|(?:set\s+forth|specified|provided(?:\s+for)?)\s+in|(?:exemptions?|exclusions?|exceptions?|inclusions?|process(?:es)?|procedures?)\s+(?:under|pursuant\s+to))\s*(?:the\s+)?$/

/** Between a duty form and its instrument, words that begin another clause: the instrument is not the one it names. */
export const otherClause = /\b(?:shall|remain|and\s+not)\b/

/** The verb of an extension ("is continued until", "is further extended until"). */
export const extension = /\b(?:continued|extended)\b/

/** A subject that points to the list below: "Each advisory committee listed below is continued until ...". */
export const listedBelow = /\b(?:listed|set\s+(?:forth|out)|named)\s+below\b/

/**
 * Instruments the document lists in its own provisions, named by those: "the actions listed in sections 2(b) through
 * 2(e) of this order", "the action listed in section (2)(a) of this order". Group `list`: the provisions.
 */
export const listedInThisDocument =
  /\blisted\s+in\s+(?:sub)?(?:sections?|clauses?|paragraphs?)\s+(?<list>[\d(][^.;:]{0,80}?)\s+of\s+this\s+(?:order|proclamation|memorandum)\b/

/** A reach cut, not widened: "shall not be subject to", "shall no longer be subject to". */
export const reachCut = /\b(?:not|no\s+longer)\b/

/** A subject that is an abbreviation: "The BEC". Group `abbreviation`. */
export const subjectAbbreviation = /^\s*[Tt]he\s+(?<abbreviation>[A-Z]{2,8})\b/

/** The verb of a sentence telling what an instrument made: "Proclamations 9558 and 10285 established the ...". */
export const madeIt = /\b(?:established|created)\s+(?:the|an?)\b/

/** "As of that date,", "On that date": the date named just before. */
export const thatDate = /^\s*(?:As\s+of|On|From)\s+that\s+date\b/

/** A printed date: "March 12, 2025". */
export const printedDate = /\b(?<month>[A-Z][a-z]+)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})\b/g

/** A body an instrument may establish, by the word its name ends in: "The Interagency Labor Relations Working Group". */
export const bodyName =
  /^\s*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,8}(?:Working\s+Group|Council|Commission|Committee|Task\s+Force|Board|Panel)\b/
