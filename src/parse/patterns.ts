/**
 * The recognisers of document structure, as data: what a header line, an
 * enacting formula, a witness clause, a dateline, a signature and a label look
 * like in the printings the toolkit reads. Every expression is anchored and
 * free of nested quantifiers over the same text, so none can backtrack badly.
 */
import type {DocumentType, Preface} from '../document/types.js'
import {group, oneOf, type Pattern, pattern, seq} from '../util/pattern.js'

/** "March 8, 1995", "Jan. 8 2025": the month's name, the day, the year, each a named group. */
const monthDayYear = seq(
  group('month', '[A-Z][a-z]+'),
  String.raw`\.?\s+`,
  group('day', String.raw`\d{1,2}`),
  String.raw`,?\s*`,
  group('year', String.raw`\d{4}`)
)
/** A memorandum series and its number: "NSPM-2", "NSM 22". */
const memorandumSeries = seq(
  group('series', 'NSPM|NSM|PPD'),
  String.raw`[-\s]?`,
  group('number', String.raw`\d+`)
)

export interface HeaderPattern {
  readonly pattern: RegExp
  readonly role: Preface['role']
  /** The document type the line announces, if any. */
  readonly type?: DocumentType
}

/** After a number: no lower-case word but "of" and a date, and no lower-case word after that date. */
const notASentence = String.raw`(?!\s+(?!of\s+[A-Z])[a-z])(?!\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4},?\s+[a-z])`

/** Lines of the heading block, before the text proper. */
export const headerPatterns: readonly HeaderPattern[] = [
  {
    pattern: /^BY THE PRESIDENT OF THE UNITED STATES(?: OF AMERICA)?\b/i,
    role: 'heading',
    type: 'proclamation'
  },
  {pattern: /^A PROCLAMATION\b/i, role: 'heading', type: 'proclamation'},
  {pattern: /^EXECUTIVE ORDER\s*$/i, role: 'heading', type: 'executive_order'},
  // The number alone, or with its date; not a finding that opens with an instrument ("Proclamation 10918 previously
  // modified the monument", "Proclamation 9705 of March 8, 2018, imposed ...").
  {
    pattern: new RegExp(String.raw`^Executive Order (?:No\.\s*)?\d{4,5}\b${notASentence}`, 'i'),
    role: 'number',
    type: 'executive_order'
  },
  {
    pattern: new RegExp(String.raw`^Proclamation (?:No\.\s*)?\d{3,5}\b${notASentence}`, 'i'),
    role: 'number',
    type: 'proclamation'
  },
  {pattern: /^MEMORANDUM FOR\b/i, role: 'addressee', type: 'memorandum'},
  {pattern: /^SUBJECT\s*:/i, role: 'subject', type: 'memorandum'},
  {
    pattern:
      /^(?:NATIONAL SECURITY (?:PRESIDENTIAL )?MEMORANDUM|PRESIDENTIAL POLICY DIRECTIVE|NATIONAL SECURITY DECISION DIRECTIVE|PRESIDENTIAL MEMORANDUM)\b/i,
    role: 'heading',
    type: 'memorandum'
  },
  {pattern: /^(?:NSPM|NSM|PPD)[-\s]?\d+\b/, role: 'number', type: 'memorandum'},
  {pattern: /^Presidential Determination\b/i, role: 'number', type: 'memorandum'},
  {pattern: /^NOTICE\s*$/, role: 'heading', type: 'other'},
  {pattern: /^[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4}\.?$/, role: 'date'},
  {
    pattern:
      /^(?:ORDER|PRESIDENTIAL PERMIT|MESSAGE TO THE CONGRESS|TO THE CONGRESS OF THE UNITED STATES:?)\s*$/,
    role: 'heading',
    type: 'other'
  },
  // Federal Register printings: the GPO header, cover page and page furniture.
  {
    pattern: /^\[(?:Federal Register Volume|Presidential Documents|Pages? \d|FR Doc No)/,
    role: 'publication'
  },
  {pattern: /^From the Federal Register Online\b/, role: 'publication'},
  {pattern: /^Federal Register \/ Vol\./, role: 'publication'},
  {
    pattern: /^(?:Presidential Documents|The President|Title 3\b.*|Part [IVXLC]+)\s*$/,
    role: 'publication'
  },
  // Markdown renderings of Federal Register XML: their summary block.
  {
    pattern:
      /^(?:Summary|Sources|Authority|Date|Document Details|Document Number|Executive Order Number|Citation|Signing Date|Publication Date|Federal Register|XML Source|Full Text)\b:?/,
    role: 'publication'
  }
]

/** "Executive Order 12954 of March 8, 1995" anywhere in a heading line: the document's own number and date. */
// Not an order a title names ("... and Amendment of Executive Order 13224 of September 23, 2001").
export const ownNumberWithDate = pattern(
  '',
  // Not after a word that makes it another order's number.
  String.raw`(?<!\b(?:of|to|in|by|and|under|on|Amending|Amend|Revoking|Superseding)\s+)\b`,
  group('kind', 'Executive Order|Proclamation'),
  String.raw` (?:No\.\s*)?`,
  group('number', String.raw`\d{3,5}`),
  ' of ',
  group('month', '[A-Z][a-z]+'),
  String.raw`\.? `,
  group('day', String.raw`\d{1,2}`),
  ', ',
  group('year', String.raw`\d{4}`),
  String.raw`\b`
)

/** A memorandum's series number in its title: "NSPM-2", "National Security Memorandum 22". */
export const memorandumNumberInTitle = pattern(
  'i',
  String.raw`\b`,
  memorandumSeries,
  String.raw`\b`
)

/** Number of the document, where its heading prints one. */
export const ownNumberPatterns: ReadonlyArray<{
  /** `number`, and for a memorandum series its `series` ("NSPM-2"). */
  pattern: Pattern<'number', 'series'>
  type: DocumentType
  prefix: string
}> = [
  {
    pattern: pattern(
      'i',
      String.raw`^#?\s*Executive Order (?:No\.\s*)?`,
      group('number', String.raw`\d{4,5}`),
      String.raw`\b`
    ),
    type: 'executive_order',
    prefix: ''
  },
  {
    pattern: pattern(
      'i',
      String.raw`^#?\s*Proclamation (?:No\.\s*)?`,
      group('number', String.raw`\d{3,5}`),
      String.raw`\b`
    ),
    type: 'proclamation',
    prefix: ''
  },
  {
    pattern: pattern(
      'i',
      '^(?:National Security Presidential Memorandum[/ -]*)?',
      memorandumSeries,
      String.raw`\b`
    ) as Pattern<'number', 'series'>,
    type: 'memorandum',
    prefix: ''
  },
  {
    pattern: pattern(
      'i',
      String.raw`^Presidential Determination No\.\s*`,
      group('number', String.raw`\d{4}-\d+`)
    ),
    type: 'memorandum',
    prefix: 'PD '
  }
]

/** Title prefixes that say what a document is (Biden-era titles name the form). */
export const titleTypes: ReadonlyArray<{pattern: RegExp; type: DocumentType}> = [
  {pattern: /^(?:A )?Proclamation\b/i, type: 'proclamation'},
  {pattern: /^Executive Order\b/i, type: 'executive_order'},
  {
    pattern:
      /^(?:A )?(?:(?:Presidential|National Security(?: Presidential)?) )?Memorandum\b|^Presidential Determination\b|^(?:NSPM|NSM|PPD)[-\s]?\d/i,
    type: 'memorandum'
  },
  {
    pattern:
      /^(?:A )?(?:Notice|(?:Presidential )?Message|Letter|Statement|Nominations?|Presidential Permit|Readout|Fact Sheet|Sequestration Order|Order Regarding|Text of)\b/i,
    type: 'other'
  }
]

/**
 * Authorities under which the President issues orders that are not executive orders:
 * CFIUS divestment and prohibition orders, sequestration orders.
 */
export const otherOrderAuthorities: readonly RegExp[] = [
  /\bsection 721 of the Defense Production Act\b/i,
  /\bsection 251A of the Balanced Budget and Emergency Deficit Control Act\b/i
]

/** "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States ..." */
export const proclamationFormulaStart = /^NOW,?\s+THEREFORE,?\s+/i
/** "By the authority vested in me as President ..." (orders, memoranda, notices). */
export const authorityFormulaStart =
  /^(?:By (?:virtue of )?the authority vested in me\b|Under the authority vested in me\b|Pursuant to the authority vested in me\b)/i
/** The president's name in a formula: "I, DONALD J. TRUMP, President". */
export const formulaPresident = pattern(
  '',
  String.raw`\bI,\s+`,
  group('name', String.raw`[A-Z][A-Za-z.\s,'-]{2,60}?`),
  String.raw`,?\s+(?:President|by virtue|by the authority)`
)
/** The authority the formula rests on. */
export const formulaAuthority =
  /authority vested in me(?: as President)?(?: of the United States)?,? by\s+/i
/**
 * The enacting words: "do hereby proclaim", "it is hereby ordered", "I hereby direct".
 * `verbs` (after "hereby": "find and proclaim") or `verb` (a plain "I order"); the match ends after them.
 */
export const enactingWords = pattern(
  'i',
  oneOf(
    seq(
      // "I do hereby", "it is hereby", ", hereby", then the verbs joined by commas and "and".
      // "do hereby further proclaim": the adverb is no verb.
      String.raw`(?:\b(?:I|do|does)\s+(?:do\s+)?(?:(?:also|further|therefore)\s+)?hereby|\bit\s+is\s+hereby|,\s*hereby)\s+(?:further\s+)?`,
      group(
        'verbs',
        '[a-z]+',
        String.raw`(?:(?:,\s*and\s+|,\s*|\s+and\s+)(?:find|determine|proclaim|declare|order|direct|establish|designate|set|call|ask|urge|authorize|invite|encourage)\b)*`
      )
    ),
    seq(
      String.raw`\bI\s+`,
      group('verb', 'order|direct|determine|find|proclaim|declare'),
      String.raw`\b`
    )
  )
)
/** Enacting words inside a paragraph that does not open with a formula ("..., I hereby order, by the authority ..."). */
export const embeddedEnactingWords =
  /\b(?:I|do)\s+(?:do\s+)?(?:(?:also|further|therefore)\s+)?hereby\s+[a-z]{3,}/
/** A document speaking of itself as an instrument ("This memorandum shall be implemented ..."). */
export const selfReference =
  /\b[Tt]his (?:memorandum|order|proclamation|determination|notice|directive)\b/

/** An authority clause right after the enacting words, up to the "that" of the order itself. */
export const trailingAuthority = pattern(
  '',
  String.raw`^,?\s*(?:by|under)\s+(?:virtue\s+of\s+)?the\s+authority\s+vested\s+in\s+me\s+(?:as\s+President\s+)?by\s+`,
  group('authority', '[^;:]{1,300}?'),
  String.raw`,\s*(?=that\b)`
)

/** What may close the enacting words: "as follows:", "that:", ":". */
export const enactingTail = /^(?:,?\s*(?:as follows|the following|that))?\s*:/i

/**
 * "IN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of January, in the
 * year of our Lord two thousand twenty-six, and of the Independence of the United States
 * of America the two hundred and fiftieth."
 */
export const witnessStart = /^IN WITNESS WHEREOF\b/i
export const witnessClause = pattern(
  'i',
  // "this fourteenth day of January": the day spelled out (up to four words) or in figures.
  String.raw`\bthis\s*`,
  group('day', String.raw`[a-z]+(?:[\s-][a-z]+){0,3}|\d{1,2}(?:st|nd|rd|th)?`),
  String.raw`\s+day\s+of\s+`,
  group('month', '[A-Za-z]+'),
  // ", in the year of our Lord two thousand twenty-six": the year spelled out or in figures.
  String.raw`,?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?`,
  group('year', String.raw`[a-z]+(?:[\s-][a-z]+){0,8}|\d{4}`),
  // ", and of the Independence of the United States of America the two hundred and fiftieth".
  String.raw`,?\s+and\s+of\s+the\s+Independence\s+of\s+the\s+United\s+States\s+of\s+America\s+the\s+`,
  group('independence', String.raw`[a-z]+(?:[\s-][a-z]+){0,6}`)
)

/** "THE WHITE HOUSE," with the date on the same line or the next. */
export const datelineStart = /^THE WHITE HOUSE\b(?=[,.]|\s*$|\s+[A-Z][a-z]+\.? \d)[,.]?\s*/
/** "January 30, 2017." */
export const printedDate = pattern('', String.raw`\b`, monthDayYear, String.raw`\b`)
/** A line that is only a printed date. */
export const bareDate = pattern('', '^', monthDayYear, String.raw`\.?$`)

/** Signature placeholders of printings that leave the name out. */
export const signaturePlaceholder = /^\(?Presidential Sig\.?\)?|^[A-Z][a-z]+\.EPS$|^\/s\/\s*/
/** Surname inside a placeholder (`Trump.EPS`). */
export const placeholderSurname = pattern(
  '',
  '^',
  group('surname', '[A-Z][a-z]+'),
  String.raw`\.EPS$`
)
/** A signature name in capitals with middle initials ("DONALD J. TRUMP", "JOSEPH R. BIDEN JR."); names without one come from the table of presidents. */
export const signatureName = /^[A-Z][A-Z'-]+\s+(?:[A-Z]\.\s*)+[A-Z][A-Z'-]+(?:,?\s+(?:JR|SR)\.?)?$/

/** Lines that belong to no part of the document: Federal Register trailers, page markers. */
export const trailerPatterns: readonly RegExp[] = [
  /^\[FR Doc\.?/i,
  /^Filed \d/i,
  /^Billing code\b/i,
  /^\*?Filed by the Office of the Federal Register\b/i,
  /^\[\[Page \d+\]\]$/,
  /^<?GRAPHIC/i,
  /^Editorial note:/i
]

/** Page markers of Federal Register plain text. */
export const pageMarker = /^\s*\[\[Page \d+\]\]\s*$/

/** "Sec. 1.", "Section 1.", "SEC. 1." (followed by text or nothing). */
export const sectionLabel = pattern(
  '',
  String.raw`^(?:Sec(?:tion)?|SEC(?:TION)?)\.?\s*`,
  group('number', String.raw`\d{1,3}[A-Za-z]?`),
  String.raw`\s*\.(?=\s|$)\s*`
)
/** "(a)", "(1)", "(iv)", "(A)": one parenthesised label. */
export const parenLabel = pattern(
  '',
  // A Markdown escape may stand before either parenthesis.
  String.raw`^\\?\(`,
  // Roman numerals run past four letters ("(xviii)", "(xxviii)"); other letters do not.
  group('label', '[ivxl]{5,8}|[IVXL]{5,8}|[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4}'),
  String.raw`\\?\)(?=\s|\(|$)\s*`
)
/** "1.", "14." at the start of a numbered paragraph (findings). */
export const numberLabel = pattern(
  '',
  '^',
  group('number', String.raw`\d{1,3}`),
  String.raw`\\?\.(?=\s)\s*`
)
/** Any of the above, for deciding where a paragraph may break. */
export const anyLabel =
  /^(?:(?:Sec(?:tion)?|SEC(?:TION)?)\.?\s*\d{1,3}[A-Za-z]?\s*\.(?:\s|$)|\\?\((?:[ivxl]{5,8}|[IVXL]{5,8}|[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\?\)(?:\s|\(|$)|\d{1,3}\\?\.\s)/

/**
 * The authority formula as a line that begins a paragraph: capitalised, unlike the same words
 * wrapped onto a line mid-sentence ("NOW, THEREFORE, I, ..., President of the United States," /
 * "by the authority vested in me ..., hereby find").
 */
const authorityLineStart =
  /^(?:By|BY|Under|UNDER|Pursuant|PURSUANT)\s+(?:(?:virtue|VIRTUE)\s+(?:of|OF)\s+)?(?:(?:to|TO)\s+)?(?:the|THE)\s+(?:authority|AUTHORITY)\s+(?:vested|VESTED)\s+(?:in|IN)\s+(?:me|ME)\b/

/** Lines that always begin a new unit. */
export const unitStarters: readonly RegExp[] = [
  witnessStart,
  datelineStart,
  proclamationFormulaStart,
  authorityLineStart,
  signaturePlaceholder,
  /^\[FR Doc\.?/i,
  /^Billing code\b/i
]

/**
 * A line ends a sentence (so the next may start a labelled paragraph). A stray emphasis mark may follow the stop
 * (a scraped page's broken italics: "foreign trade zone*. *").
 */
export const sentenceEnd = /(?:[.:;!?]["”’')\]]*(?:\s*[*_]+)?|;\s+(?:and|or))\s*$/
/** ... unless the full stop is an abbreviation's ("Sec." / "3."; "19 U.S.C." / "1862"). */
export const abbreviationEnd =
  /(?:^|[\s(])(?:Sec|SEC|Secs|Section|No|Nos|Stat|Pub|L|Reg|Fed|seq|Vol|Art|pt|ch|cl|para|v|vs|Jr|Sr|Mr|Ms|Dr|St|Inc|Co|Corp|Ltd|e\.g|i\.e|U\.S\.C|C\.F\.R|U\.S)\.\s*$/

/**
 * The first-person words an authority runs into, at its end: "..., as amended, and I", "... it is", "... do". Its
 * start is where spaces and commas begin (a lookbehind), so a long run of spaces is read once, not from each place.
 */
export const authorityTail = /(?<![\s,]),?\s*(?:and\s+)?(?:I|it is|do)$/i
