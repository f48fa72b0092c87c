/**
 * The recognisers of document structure, as data: what a header line, an
 * enacting formula, a witness clause, a dateline, a signature and a label look
 * like in the printings the toolkit reads. Every expression is anchored and
 * free of nested quantifiers over the same text, so none can backtrack badly.
 */
import type {DocumentType, Preface} from '../document/types.js'

export interface HeaderPattern {
  readonly pattern: RegExp
  readonly role: Preface['role']
  /** The document type the line announces, if any. */
  readonly type?: DocumentType
}

/** Lines of the heading block, before the text proper. */
export const headerPatterns: readonly HeaderPattern[] = [
  {
    pattern: /^BY THE PRESIDENT OF THE UNITED STATES(?: OF AMERICA)?\b/i,
    role: 'heading',
    type: 'proclamation'
  },
  {pattern: /^A PROCLAMATION\b/i, role: 'heading', type: 'proclamation'},
  {pattern: /^EXECUTIVE ORDER\s*$/i, role: 'heading', type: 'executive_order'},
  {pattern: /^Executive Order (?:No\.\s*)?\d{4,5}\b/i, role: 'number', type: 'executive_order'},
  {pattern: /^Proclamation (?:No\.\s*)?\d{3,5}\b/i, role: 'number', type: 'proclamation'},
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
export const ownNumberWithDate =
  /(?<!\b(?:of|to|in|by|and|under|on|Amending|Amend|Revoking|Superseding)\s+)\b(Executive Order|Proclamation) (?:No\.\s*)?(\d{3,5}) of ([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\b/

/** A memorandum's series number in its title: "NSPM-2", "National Security Memorandum 22". */
export const memorandumNumberInTitle = /\b(NSPM|NSM|PPD)[-\s]?(\d+)\b/i

/** Number of the document, where its heading prints one. */
export const ownNumberPatterns: ReadonlyArray<{
  pattern: RegExp
  type: DocumentType
  prefix: string
}> = [
  {pattern: /^#?\s*Executive Order (?:No\.\s*)?(\d{4,5})\b/i, type: 'executive_order', prefix: ''},
  {pattern: /^#?\s*Proclamation (?:No\.\s*)?(\d{3,5})\b/i, type: 'proclamation', prefix: ''},
  {
    pattern: /^(?:National Security Presidential Memorandum[/ -]*)?(NSPM|NSM|PPD)[-\s]?(\d+)\b/i,
    type: 'memorandum',
    prefix: ''
  },
  {pattern: /^Presidential Determination No\.\s*(\d{4}-\d+)/i, type: 'memorandum', prefix: 'PD '}
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
export const formulaPresident =
  /\bI,\s+([A-Z][A-Za-z.\s,'-]{2,60}?),?\s+(?:President|by virtue|by the authority)/
/** The authority the formula rests on. */
export const formulaAuthority =
  /authority vested in me(?: as President)?(?: of the United States)?,? by\s+/i
/**
 * The enacting words: "do hereby proclaim", "it is hereby ordered", "I hereby direct".
 * Group 1 (after "hereby") or 2 (plain "I order"): the verbs ("find and proclaim"); the match ends after them.
 */
export const enactingWords =
  /(?:\b(?:I|do|does)\s+(?:do\s+)?hereby|\bit\s+is\s+hereby|,\s*hereby)\s+([a-z]+(?:(?:,\s*and\s+|,\s*|\s+and\s+)(?:find|determine|proclaim|declare|order|direct|establish|designate|set|call|ask|urge|authorize|invite|encourage)\b)*)|\bI\s+(order|direct|determine|find|proclaim|declare)\b/i
/** Enacting words inside a paragraph that does not open with a formula ("..., I hereby order, by the authority ..."). */
export const embeddedEnactingWords = /\b(?:I|do)\s+(?:do\s+)?hereby\s+[a-z]{3,}/
/** A document speaking of itself as an instrument ("This memorandum shall be implemented ..."). */
export const selfReference =
  /\b[Tt]his (?:memorandum|order|proclamation|determination|notice|directive)\b/

/** An authority clause right after the enacting words, up to the "that" of the order itself. */
export const trailingAuthority =
  /^,?\s*(?:by|under)\s+(?:virtue\s+of\s+)?the\s+authority\s+vested\s+in\s+me\s+(?:as\s+President\s+)?by\s+([^;:]{1,300}?),\s*(?=that\b)/

/** What may close the enacting words: "as follows:", "that:", ":". */
export const enactingTail = /^(?:,?\s*(?:as follows|the following|that))?\s*:/i

/**
 * "IN WITNESS WHEREOF, I have hereunto set my hand this fourteenth day of January, in the
 * year of our Lord two thousand twenty-six, and of the Independence of the United States
 * of America the two hundred and fiftieth."
 */
export const witnessStart = /^IN WITNESS WHEREOF\b/i
export const witnessClause =
  /\bthis\s*([a-z]+(?:[\s-][a-z]+){0,3}|\d{1,2}(?:st|nd|rd|th)?)\s+day\s+of\s+([A-Za-z]+),?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?([a-z]+(?:[\s-][a-z]+){0,8}|\d{4}),?\s+and\s+of\s+the\s+Independence\s+of\s+the\s+United\s+States\s+of\s+America\s+the\s+([a-z]+(?:[\s-][a-z]+){0,6})/i

/** "THE WHITE HOUSE," with the date on the same line or the next. */
export const datelineStart = /^THE WHITE HOUSE\b(?=[,.]|\s*$|\s+[A-Z][a-z]+\.? \d)[,.]?\s*/
/** "January 30, 2017." */
export const printedDate = /\b([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})\b/
/** A line that is only a printed date. */
export const bareDate = /^([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})\.?$/

/** Signature placeholders of printings that leave the name out. */
export const signaturePlaceholder = /^\(?Presidential Sig\.?\)?|^[A-Z][a-z]+\.EPS$|^\/s\/\s*/
/** Surname inside a placeholder (`Trump.EPS`). */
export const placeholderSurname = /^([A-Z][a-z]+)\.EPS$/
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
export const sectionLabel = /^(?:Sec(?:tion)?|SEC(?:TION)?)\.?\s*(\d{1,3}[A-Za-z]?)\s*\.(?=\s|$)\s*/
/** "(a)", "(1)", "(iv)", "(A)": one parenthesised label. */
export const parenLabel = /^\\?\(([0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\?\)(?=\s|\(|$)\s*/
/** "1.", "14." at the start of a numbered paragraph (findings). */
export const numberLabel = /^(\d{1,3})\\?\.(?=\s)\s*/
/** Any of the above, for deciding where a paragraph may break. */
export const anyLabel =
  /^(?:(?:Sec(?:tion)?|SEC(?:TION)?)\.?\s*\d{1,3}[A-Za-z]?\s*\.(?:\s|$)|\\?\((?:[0-9]{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\?\)(?:\s|\(|$)|\d{1,3}\\?\.\s)/

/** Lines that always begin a new unit. */
export const unitStarters: readonly RegExp[] = [
  witnessStart,
  datelineStart,
  proclamationFormulaStart,
  authorityFormulaStart,
  signaturePlaceholder,
  /^\[FR Doc\.?/i,
  /^Billing code\b/i
]

/** A line ends a sentence (so the next may start a labelled paragraph). */
export const sentenceEnd = /(?:[.:;!?]["”’')\]]*|;\s+(?:and|or))\s*$/
/** ... unless the full stop is an abbreviation's ("Sec." / "3."; "19 U.S.C." / "1862"). */
export const abbreviationEnd =
  /(?:^|[\s(])(?:Sec|SEC|Secs|Section|No|Nos|Stat|Pub|L|Reg|Fed|seq|Vol|Art|pt|ch|cl|para|v|vs|Jr|Sr|Mr|Ms|Dr|St|Inc|Co|Corp|Ltd|e\.g|i\.e|U\.S\.C|C\.F\.R|U\.S)\.\s*$/
