/**
 * How the operative text says it acts on other instruments, as data: one entry a verb, holding all
 * the toolkit knows of it. The passive forms name their targets before the verb ("Executive Order
 * 14007 ... is hereby amended"), the active forms after it ("This order supersedes ...", "I hereby
 * revoke ..."). Every expression is bounded; none backtracks badly.
 *
 * The document types name the actions (`SupersessionAction`); this table has one entry for each, and a
 * test holds the schema's enum and `statusOf` to it: a new verb is a new entry here (and its word in the
 * document types and the schema).
 */
import type {SupersessionAction} from '../document/types.js'
import type {Standing} from './status.js'

/** One verb: its action, its forms, its stems, and what it leaves its target. */
export interface ActionVerb<Action extends string = string> {
  /** The action, as a supersession entry records it. */
  readonly action: Action
  /** Passive: targets stand before the match. */
  readonly passive: RegExp
  /** Active: targets follow the match. */
  readonly active: RegExp
  /** A stem of every form either pattern matches (`actionStem`). */
  readonly stems: readonly string[]
  /** What the action leaves its target (`statusOf`); null: as it was (an amendment changes the text, not the standing). */
  readonly standing: Standing | null
  /**
   * Forms that change duties another instrument imposes, named by what imposed them ("the additional duty imposed
   * under Proclamation 9704 ... shall be 50 percent", "shall no longer be subject to the additional duties described
   * in section 2(a) of Executive Order 14193"): their targets are those instruments even after "under" or "pursuant
   * to", which elsewhere cite an authority. `passive`: the duties are named before the match; `active`: after it.
   */
  readonly duties?: {readonly passive: RegExp; readonly active: RegExp}
}

/** An entry of the table, its action kept as the literal it is (the enum is derived from them). */
const verb = <Action extends SupersessionAction>(entry: ActionVerb<Action>): ActionVerb<Action> =>
  entry

/** Alternatives as one group: `(?:a|b|c)`. */
const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`

/** Words a modal or reported "be" follows ("would be revoked", "may be amended", "not be"). */
const modal = anyOf('would', 'could', 'might', 'may', 'should', 'must', 'to', 'not')

/**
 * The verb of a passive action: "is", "are", "shall be", "be" ("is hereby revoked", "are revoked and
 * superseded"), but not a modal or reported "be" ("would be revoked as of July 12, 2017", "may be amended"):
 * those tell of an action, they do not take one.
 */
const beVerb = String.raw`\b${anyOf('is', 'are', 'shall be', String.raw`(?<!\b${modal}\s+)be`)}\s+`

/**
 * Where a passive verb may begin: a look-ahead put before a look-behind on the words before the verb, so the look-behind
 * is read only there (tried at every place, one ending in `\s+` reads a run of spaces back from each).
 */
const beAhead = String.raw`(?=\b(?:is|are|shall|be)\s)`

/**
 * "also", "hereby", "each", "further": optional words between the verb "be" and the participle ("is hereby immediately
 * reinstated", "section 5 of Proclamation 9984 ..., and section 5 of Proclamation 9992 ..., are each amended").
 */
const hereby = String.raw`(?:also\s+)?(?:hereby\s+)?(?:each\s+)?(?:immediately\s+)?`
const further = String.raw`(?:further\s+)?`

/** The document speaking of itself as an acting subject: "This order revokes", "This proclamation supersedes". */
const thisInstrument = anyOf('order', 'proclamation', 'memorandum')

/** A passive verb: "be", then the participle (with what may stand between). */
const passiveOf = (participle: string): RegExp => new RegExp(`${beVerb}${participle}`)

/** An active verb: any of the forms, ending at a word boundary. */
const activeOf = (...forms: string[]): RegExp => new RegExp(String.raw`${anyOf(...forms)}\b`)

const revoke = verb({
  action: 'revoke',
  // "is hereby revoked", "are hereby rescinded" (a rescission is a revocation: "Executive Order 13950 is rescinded";
  // not what agencies "shall" rescind: "Agency policies adopted to implement Executive Order 14042 ... shall be
  // rescinded").
  passive: new RegExp(
    anyOf(
      passiveOf(
        String.raw`${hereby}${further}(?:superseded\s+and\s+)?revoked(?:\s+and\s+rescinded)?\b`
      ).source,
      String.raw`\b(?:is|are)\s+${hereby}rescinded(?:\s+and\s+revoked)?\b`
    )
  ),
  active: activeOf(
    String.raw`\bhereby\s+(?:revoke|rescind)`,
    // "I hereby terminate the national emergency declared in Executive Order 12722, revoke that Executive Order and ...".
    String.raw`\bI\s+hereby\s+[a-z]+\b[^.;]{0,200}?\band\s+revoke`,
    // "... I hereby terminate the national emergencies declared in those orders and revoke those and all related orders".
    String.raw`\band\s+revoke(?=\s+th(?:at|ose)\b)`,
    String.raw`\b${thisInstrument}\s+${hereby}revokes`,
    String.raw`\bI\s+revoke`,
    // The progressive of a decision stated now: "... the JCPOA, I am revoking Executive Orders 13574 ...".
    String.raw`\bI\s+am\s+${hereby}revoking`,
    // The second verb of a list of them: "..., and revoke".
    String.raw`,\s+(?:and\s+)?revoke`,
    // A sentence carried over from the formula ("I hereby" + "revoke ...").
    '^revoke'
  ),
  stems: ['revok', 'rescind'],
  standing: 'revoked'
})

/**
 * A named inconsistency clause: "to the extent that any provision of Proclamations 9558, 9681, or 10285 is
 * inconsistent with or contradicts this proclamation, the terms of this proclamation shall govern", "... with the
 * provisions of this order, this order shall control": the instruments it names, before it, are superseded where
 * they conflict (none named: a general clause).
 */
const thisGoverns = String.raw`\b(?:is|are)\s+inconsistent\s+with(?:\s+or\s+contradicts)?\s+(?:the\s+(?:provisions|terms)\s+of\s+)?this\s+${thisInstrument}\b[^.;]{0,80}?\bshall\s+(?:govern|control|prevail)\b`

/**
 * The same clause between two other instruments: "To the extent any provision of Proclamation 10049 is inconsistent with
 * Proclamation 9496, the terms of this proclamation and Proclamation 10049 shall govern": what it names and does not
 * let govern is superseded (9496; a target rule takes out those named as governing).
 */
const othersGovern = String.raw`(?=the\s+(?:terms|provisions)\s)(?<=\binconsistent\s+with\b[^.;]{0,200}?,\s+)the\s+(?:terms|provisions)\s+of\s+this\s+${thisInstrument}\b[^.;]{0,120}?\bshall\s+(?:govern|control|prevail)\b`

const supersede = verb({
  action: 'supersede',
  passive: new RegExp(
    anyOf(
      // "is revoked and superseded", "The Annex to Executive Order 13315 is replaced and superseded in its entirety".
      passiveOf(String.raw`${hereby}(?:(?:revoked|replaced)\s+and\s+)?superseded\b`).source,
      thisGoverns,
      othersGovern
    )
  ),
  active: new RegExp(
    String.raw`\b${anyOf(
      String.raw`hereby\s+supersede`,
      String.raw`${thisInstrument}\s+${hereby}supersedes`,
      // "The provisions of this order supersede section 2 of Executive Order 14256, as amended", "The requirements of this
      // order supersede conflicting provisions in any previous Executive Orders ..., including ... 14075".
      String.raw`\b(?:provisions|requirements|terms)\s+of\s+this\s+${thisInstrument}\s+${hereby}supersede`,
      String.raw`shall\s+supersede`,
      // "the restrictions imposed ... in this proclamation modify and supersede those set forth in section 3(f) of ...".
      String.raw`(?:amend|modify)\s+and\s+supersede`
    )}\b`
  ),
  stems: ['supersed', 'inconsistent'],
  standing: 'superseded'
})

/** Edits of a text: each an amendment ("the number ``15'' in section 3(a) of Executive Order No. 12975 is deleted"). */
const edits = anyOf(
  // "Clause 2 of Proclamation 9705, as amended, is revised to read as follows:", "is hereby revised".
  'revised',
  'deleted',
  'inserted',
  'added',
  'struck',
  'stricken',
  'redesignated',
  'renumbered',
  // "Subsection 1(b) of Executive Order 13851 is replaced with a new subsection 1(b), to read as follows:"; not "is
  // replaced and superseded" (a supersession), unless new text follows ("Sections 1 through 5 of Executive Order
  // 13959 ... are hereby replaced and superseded in their entirety to read as follows:"): then both.
  String.raw`replaced(?!\s+and\s+superseded\b)`,
  String.raw`replaced\s+and\s+superseded\b(?=[^.:]{0,60}?\bto\s+read\b)`
)

/** "amended or supplemented by subsequent orders": what later orders may do, not an amendment made here. */
const byLaterOrders = String.raw`(?!\s+(?:or|and)\s+(?:supplemented|modified)\s+by\s+(?:subsequent|later|future))`

/** "Regarding Executive Order 14195, the following shall replace subsection (g) of section 2:" (its target before). */
const followingReplaces = String.raw`\bthe\s+following\s+shall\s+replace\b`

/** Before a verb, an annex of an instrument as its subject: "the lists of products provided in Annex I-A ... of Proclamation 11021". */
const annexOf = String.raw`\bAnnex(?:es)?\b[^.:;]{0,120}?\b(?:of|to)\s+(?:Executive\s+Order|Proclamation)\s+\d+[^.:;]{0,40}?`

/**
 * An instrument's annex changed, its text: "The updated version of Annex II to Executive Order 14257 is attached to
 * this order", "updated versions of Annex II to Executive Order 14257, as amended, and the Annex to Executive Order
 * 14346 ... are attached to this order", "the lists of products provided in Annex I-A, ... of Proclamation 11021 are modified as set forth in
 * the annexes to this proclamation", "The Annex to Executive Order 13959 is replaced and superseded ... by the Annex to this order".
 */
const annexChanged = anyOf(
  // Not "as shown in the updated version of Annex II that is attached to this order": that tells of it.
  // Each lookbehind after a lookahead for the verb: looked back from "is"/"are" only, not from every place.
  String.raw`(?=\b(?:is|are)\s)(?<=\bupdated\s+versions?\s+of\s+(?:the\s+)?Annex\b[^.:;]{0,240}?)(?<!\b(?:that|which)\s+)\b(?:is|are)\s+(?:hereby\s+)?attached\b`,
  String.raw`(?=\b(?:is|are|shall|be)\s)(?<=${annexOf})${beVerb}${hereby}${further}(?:modified|updated)\b`,
  // "all tariff provisions under Chapter 44 of the HTSUS are hereby removed from Annex II of Executive Order 14257":
  // the annex's lists change (its instrument follows the verb).
  String.raw`${beVerb}${hereby}(?:removed|deleted)(?=\s+from\s+(?:the\s+)?Annex\b[^.;:]{0,40}?\b(?:of|to)\s+(?:Executive\s+Order|Proclamation)\b)`,
  // "The Annex to Executive Order 13959 is replaced and superseded in its entirety by the Annex to this order": its
  // text is new (and what it said is superseded: the supersession verb reads that).
  String.raw`(?=\b(?:is|are)\s)(?<=${annexOf})${beVerb}${hereby}replaced\s+and\s+superseded\b`
)

const amend = verb({
  action: 'amend',
  passive: new RegExp(
    anyOf(
      passiveOf(
        `${hereby}${further}${anyOf(String.raw`amended\b${byLaterOrders}`, String.raw`${edits}\b`)}`
      ).source,
      followingReplaces,
      annexChanged
    )
  ),
  active: new RegExp(
    String.raw`\b${anyOf(
      String.raw`hereby\s+amend`,
      String.raw`I\s+${hereby}amend`,
      // "I additionally amend Executive Order 13606", "and accordingly further amend Executive Order 13894 by:".
      String.raw`(?:I|accordingly|hereby)\s+(?:additionally|further|also)\s+amend`,
      String.raw`${anyOf('order', 'proclamation')}\s+${hereby}amends`,
      // "The exceptions in subsection (b) of this section amend and supersede the exceptions set forth in ...".
      String.raw`amend\s+and\s+supersede`,
      // "I hereby prescribe the following amendment to the regulations prescribed by Executive Order 10173".
      String.raw`${anyOf('prescribe', 'make', 'adopt')}\s+the\s+following\s+amendments?\s+to`
    )}\b`
  ),
  stems: [
    'amend',
    'revis',
    'removed',
    'delet',
    'insert',
    'added',
    'struck',
    'stricken',
    'redesignat',
    'renumber',
    'replace',
    'attached',
    'modified',
    'updated'
  ],
  standing: null
})

const reinstate = verb({
  action: 'reinstate',
  passive: new RegExp(
    anyOf(
      passiveOf(String.raw`${hereby}reinstated\b`).source,
      // "... provided by Proclamation 6920, the latter of which are incorporated herein by reference": its terms again.
      String.raw`\b(?:is|are)\s+${hereby}incorporated\s+herein\s+by\s+reference\b`
    )
  ),
  // "I hereby reinstate", and the second verb of a list: "..., and reinstate the memorandum". A monument managed
  // again under the proclamation that made it: "shall be governed by the management provisions of Proclamation 9496",
  // "shall be managed in accordance with Proclamation 10049".
  active: new RegExp(
    anyOf(
      String.raw`\bhereby\s+reinstate\b`,
      String.raw`,\s+(?:and\s+)?reinstate\b`,
      String.raw`\bshall\s+be\s+(?:governed\s+by|managed\s+in\s+accordance\s+with)(?:\s+the\s+management\s+(?:provisions|terms)\s+of)?(?=\s+Proclamations?\s+\d)`
    )
  ),
  stems: ['reinstat'],
  standing: 'in force'
})

/**
 * Ends that are not worded "is terminated": "the duties imposed by Executive Order 14193 ... shall no
 * longer be in effect", "the exemptions ... shall be ineffective as of 12:01 a.m. ...", "shall cease to
 * have effect"; the targets stand before them, as a passive verb's do.
 */
const ceasesToHaveEffect = String.raw`\bshall\s+${anyOf(
  String.raw`no\s+longer\s+be\s+in\s+effect`,
  String.raw`be\s+ineffective`,
  String.raw`cease\s+to\s+(?:have\s+(?:any\s+)?effect|be\s+in\s+effect)`
)}\b`

/**
 * Not a decision told of: "in Executive Order 14298 ..., I determined that it was necessary ... to suspend". Read only
 * where one of `words` begins (a look-ahead first): tried at every place, the look-behind reads 240 characters back
 * from each.
 */
const notTold = (...words: string[]): string =>
  String.raw`(?=\b${anyOf(...words)}\s)(?<!\b(?:was|were)\s+(?:necessary|appropriate)\b[^.;]{0,240}?)`

/**
 * What a duty is called: "the rate of duty", "tariffs", "the additional *ad valorem* duties", "a 25 percent duty", "the
 * duties imposed pursuant to"; not a bare "duties", which are as often an office's ("The duties of the Council ...").
 */
const dutyNoun = String.raw`\b${anyOf(
  String.raw`rates?\s+of\s+duty`,
  'tariffs?',
  String.raw`(?:ad\s+valorem|additional|percent)\s+(?:[\w*-]+\s+){0,3}?dut(?:y|ies)`,
  String.raw`\*?ad\s+valorem\*?\s+dut(?:y|ies)`,
  String.raw`dut(?:y|ies)\s+(?:imposed|proclaimed|established|previously|described|set\s+forth|provided)`,
  // "the per postal item containing goods duty in section 2(c)(ii) of Executive Order 14256".
  String.raw`dut(?:y|ies)\s+(?:in|under)\s+(?:section|subsection|clause|Executive\s+Order|Proclamation)`,
  // An amount: "the ... duty of 100 dollars", "a duty of 25 percent".
  String.raw`dut(?:y|ies)\s+of\s+\$?\d+`
)}\b`

const terminate = verb({
  action: 'terminate',
  // "is hereby terminated", "is disbanded and terminated", "is hereby disbanded", and the ends above.
  passive: new RegExp(
    anyOf(
      passiveOf(String.raw`${hereby}(?:(?:disbanded\s+and\s+)?terminated|disbanded)\b`).source,
      // "the White House Gender Policy Council established by Executive Order 14020 is dissolved", "is abolished": a
      // body named, now: not "any offices established therein are abolished" beside a revocation (part of it), nor what
      // agencies are told to do ("... established by sections 2 and 3 of Executive Order 13777, shall be abolished, as
      // appropriate").
      String.raw`\b(?:is|are)\s+${hereby}(?:dissolved|abolished)\b(?<!\b[Aa]ny\s[^.;:]{0,120}?)`,
      ceasesToHaveEffect
    )
  ),
  // "Accordingly, ... I am terminating the modifications contained in that proclamation before they take effect".
  active: new RegExp(String.raw`\bhereby\s+terminate\b|\bI\s+am\s+${hereby}terminating\b`),
  // "I have determined to eliminate the additional ad valorem rate of duty imposed on imports of articles of India
  // pursuant to Executive Order 14329": its duties end (a decision now, not one told of).
  duties: {
    passive: /(?!)/,
    active: new RegExp(
      String.raw`${notTold('have', 'has')}\b(?:have|has)\s+(?:also\s+)?(?:determined|decided)\s+to\s+eliminate(?=[^.:;]{0,120}?${dutyNoun})`
    )
  },
  stems: [
    'terminat',
    'disband',
    'dissolved',
    'abolished',
    'longer',
    'ineffective',
    'cease',
    'eliminate'
  ],
  standing: 'terminated'
})

const suspend = verb({
  action: 'suspend',
  // "... shall continue to be suspended until 12:01 a.m. ... on November 10, 2025": a suspension carried on.
  passive: new RegExp(
    anyOf(
      passiveOf(String.raw`${hereby}suspended\b`).source,
      String.raw`\bshall\s+continue\s+to\s+be\s+suspended\b`
    )
  ),
  // "... by suspending headings 9903.01.43 through 9903.01.62": headings of the tariff schedule, whose instrument a
  // target rule finds.
  active: /\b(?:hereby\s+suspend\b|by\s+suspending(?=\s+(?:sub)?headings?\s+\d{4}))/,
  // Duties an instrument imposed, suspended for a time: "by modifying the HTSUS to suspend for a period of 90 days
  // application of the additional ad valorem duties imposed on the PRC listed in Annex I to Executive Order 14257".
  duties: {
    // "the additional 25 percent ad valorem rate of duty shall be paused and will not take effect until March 4, 2025".
    passive: new RegExp(
      String.raw`(?=\b(?:is|are|shall)\s)(?<=${dutyNoun}[^:.;]{0,200}?)${beVerb}${hereby}${anyOf('paused', 'suspended')}\b`
    ),
    // "I determine that in these circumstances, the public interest requires suspending for a period of 3 days the
    // additional ad valorem duties imposed in Proclamation 11046": a determination now (not the officials' opinion that
    // "the public interests favor suspending").
    active: new RegExp(
      String.raw`${notTold('to', 'requires', 'warrants')}\b${anyOf(String.raw`to\s+suspend`, String.raw`(?<=\bI\s+(?:hereby\s+)?(?:determine|find)\s+that\b[^.;]{0,200}?)(?:requires|warrants)\s+suspending`)}(?=[^.:;]{0,120}?${dutyNoun})`
    )
  },
  stems: ['suspend', 'paused'],
  standing: 'suspended'
})

/** ", consistent with law," between "shall be" and "subject to". */
const consistentWithLaw = String.raw`(?:,\s+consistent\s+with\s+(?:applicable\s+)?law,)?`

/** After an active duty form, its object names duties before it names their instrument ("the additional ... duties imposed by"). */
const dutiesFollow = String.raw`(?=\s+(?:(?:the|an?|any|such)\s+)?[^.:;]{0,120}?${dutyNoun})`

/**
 * New rates or reach for duties the subject names: "shall be:" (a list of rates follows), "shall be 15 percent",
 * "shall be the rates set out in ...", "shall be determined by ...", "shall apply to the full customs value",
 * "shall instead be subject to a 7.5 percent tariff". Only after a subject naming duties (bounded look-behind).
 */
const newRates = String.raw`(?=\bshall\s)(?<=${dutyNoun}[^:]{0,500}?)\bshall\s+${anyOf(
  String.raw`instead\s+be\s+subject\s+to`,
  String.raw`be(?=\s*:|\s+(?:\d|zero\b|the\s+(?:applicable\s+)?rates?\b|determined\s+by|reduced\s+to|increased\s+to))`,
  String.raw`apply\s+to\s+the\s+full\b`
)}`

/**
 * Rates raised or lowered, the subject naming the duties and what imposed them: "The rate of duty under Proclamation
 * 9705 is increased from 25 percent to 50 percent", "The rates set forth in Annex I of Executive Order 14257 are
 * hereby reduced to 10 percent". Only after a subject naming duties or rates (bounded look-behind).
 */
const ratesChanged = String.raw`(?=\b(?:is|are|shall)\s)(?<=(?:${dutyNoun}|\brates?\b)[^:.;]{0,300}?)${beVerb}${hereby}${anyOf('increased', 'reduced', 'decreased', 'raised', 'lowered')}\b`

/**
 * A decision the document names as its own in passing: "In light of my determination to adjust the tariff proclaimed in
 * Proclamation 9705, as amended, as applied to eligible steel articles imports from Mexico, I have considered whether
 * ...". It may be the only words naming the instrument whose duties the document changes; where the document acts on
 * that instrument in other words too, it recalls that action and is not one more (`recalls`).
 */
const recalledDetermination = String.raw`\bmy\s+determination`

/** Whether a match of a verb's form is a recalled determination. */
export const recalls = new RegExp(String.raw`^${recalledDetermination}\b`)

/**
 * "I have further determined to extend the safeguard measure proclaimed in Proclamation 9693, as modified by
 * Proclamation 10101, as follows:": the measure goes on past its end, or changes.
 * "... such that it is necessary to modify the action taken in Proclamation 9693, as extended by Proclamation
 * 10339, by expanding the TRQ", "it is appropriate to adjust the tariffs imposed on articles of Canada in Executive
 * Order 14193", "it is necessary and appropriate to further modify the scope of products subject to the
 * reciprocal tariff imposed under Executive Order 14257": a necessity found now, not one told of ("it was
 * necessary").
 */
const necessary = String.raw`(?:necessary|appropriate)(?:\s+and\s+(?:necessary|appropriate))?`
const decidedChange = String.raw`${anyOf(String.raw`\b(?:have|has)\s+(?:further\s+|also\s+)?(?:determined|decided)`, String.raw`${notTold('is', 'are')}\b(?:is|are)\s+${necessary}`, String.raw`\bdeem\s+it\s+${necessary}`, recalledDetermination)}\s+to\s+(?:further\s+)?${anyOf('extend', 'modify', 'adjust', String.raw`allow\s+(?:the\s+)?modification\s+of`)}(?=\s+(?:the\s+)?[^.;:]{0,60}?\b(?:measures?|tariffs?|duties|action|regimes?|system)\s+(?:(?:for|on)\s+[^.;:]{0,60}?)?(?:proclaimed|imposed|established|taken)\s+(?:on\s+[^.;:]{0,60}?)?(?:in|by|under|pursuant\s+to)\b)`

/**
 * A change of what duties reach, their instrument after the match: "shall no longer be subject to the additional
 * ad valorem rate of duty imposed pursuant to Executive Order 14323", "shall be subject to the additional ad valorem
 * tariffs proclaimed in Proclamation 9705" (not "shall continue to be subject to", "remain subject to": no change;
 * not the rule for a product "subject to tariffs under both this proclamation and Proclamation 10908", which says
 * which applies), "in lieu of the additional ad valorem duties previously imposed ... in Executive Order 14257", an item
 * opening "increase the ... duty in section 2(c)(ii) of Executive Order 14256".
 */
// The look-behind read only where one of the alternatives' first words begins (each alternative's, listed here): tried
// at every place, it read 200 characters back from each.
const dutyChangeStarts = String.raw`(?=\b(?:shall|will|in|have|has|is|are|hereby|appropriate|necessary|my|deem|extension|modification|adjustment|expansion)\s|^\s*(?:increase|decrease|reduce|raise|lower|retain)\s)`
const dutyChange = String.raw`${dutyChangeStarts}(?<!\bunder\s+both\b[^.]{0,200}?)${anyOf(
  String.raw`\bshall\s+(?:(?:no\s+longer|not|also)\s+)?be${consistentWithLaw}\s+subject\s+to${dutiesFollow}`,
  String.raw`\bin\s+lieu\s+of${dutiesFollow}`,
  // What a quota or a drawback reaches: "Steel articles ... melted and poured in Ukraine are not eligible for, and shall
  // not count against, the in-quota volume of the tariff-rate quota established in clause 1 of Proclamation 10328",
  // "only manufacturing drawback claims ... shall be available with respect to the duties imposed ... on automobile
  // parts pursuant to Proclamation 10908".
  String.raw`\bshall\s+not\s+count\s+against,?${dutiesFollow}`,
  String.raw`\bshall\s+be\s+available\s+with\s+respect\s+to${dutiesFollow}`,
  decidedChange,
  // A determination to change rates: "In addition, I have determined that increasing the column 2 rates of duty
  // from 35 percent ad valorem to 70 percent ad valorem on certain products covered by Proclamation 10420 ...".
  String.raw`\b(?:have|has)\s+(?:also\s+)?determined\s+that\s+${anyOf('increasing', 'decreasing', 'reducing', 'raising', 'lowering')}(?=\s+the\b[^.:;]{0,120}?${dutyNoun})`,
  // An item of "I also deem it necessary and appropriate to:": "(b) increase the per postal item containing goods
  // duty in section 2(c)(ii) of Executive Order 14256 ... from 25 dollars to 75 dollars".
  String.raw`^\s*${anyOf('increase', 'decrease', 'reduce', 'raise', 'lower')}(?=\s+the\b[^.:;]{0,120}?${dutyNoun})`,
  // "(b) retain in effect the per postal item containing goods duty of 100 dollars in section 2(c)(ii) of Executive
  // Order 14256 ..., notwithstanding the increase contemplated effective June 1, 2025": a change set for a date, undone.
  String.raw`^\s*retain\s+in\s+effect(?=\s+the\b[^.:;]{0,120}?${dutyNoun}[^;]{0,400}?\bnotwithstanding\b)`,
  // "I hereby increase the tariff on steel articles established in Proclamation 9705 to 50 percent".
  String.raw`\bhereby\s+${anyOf('increase', 'decrease', 'reduce', 'raise', 'lower')}(?=\s+the\b[^.:;]{0,120}?${dutyNoun})`,
  // A suspension or exemption made by an instrument, carried on: "it is necessary and appropriate to extend the
  // suspension effectuated by Executive Order 14266 until ...", "to continue the suspension effectuated by
  // Executive Order 14298".
  String.raw`${notTold('appropriate', 'necessary', 'hereby')}\b(?:appropriate|necessary|hereby)\s+(?:to\s+)?${anyOf('extend', 'continue')}(?=\s+the\s+(?:[\w-]+\s+){0,3}?${anyOf('suspension', 'pause', 'delay', 'exemption', 'exclusion', 'modification')}s?\s+${anyOf('effectuated', 'established', 'provided\\s+for', 'made', 'imposed', 'set\\s+forth', 'specified')}\s+(?:by|in|under)\b)`,
  // A determination another instrument made, taken up again now: "I have determined that it is appropriate to revisit
  // the President's determination in Proclamation 9894 regarding the applicability of the tariff imposed in
  // Proclamation 9705 to steel articles imports from Mexico" (not "I may revisit this determination").
  String.raw`${notTold('appropriate', 'necessary')}\b(?:appropriate|necessary)\s+to\s+revisit(?=\s+the\s+(?:[\w’'-]+\s+){0,3}?determinations?\s+(?:made\s+)?in\s+(?:Proclamation|Executive\s+Order)\s+\d)`,
  // A change decided in a noun, then found warranted: "I conclude that ... an extension of the suspension of tariffs in
  // Proclamation 10403 ... is warranted" (the instrument follows).
  String.raw`(?<=\bI\s+(?:conclude|determine|find)\s+that\b[^.;]{0,240}?)\b${anyOf('extension', 'modification', 'adjustment', 'expansion')}\s+of(?=\s+the\s+[^.;:]{0,60}?${dutyNoun}[^.;:]{0,300}?\b(?:is|are)\s+(?:warranted|necessary|appropriate)\b)`,
  // What an instrument reaches, ended for some: "such individuals will no longer be treated as persons covered by
  // Presidential Proclamation 8693", "duty-free de minimis treatment ... shall no longer be available for products
  // of the PRC ... described in section 2(a) of Executive Order 14195".
  String.raw`\b(?:shall|will)\s+no\s+longer\s+be\s+${anyOf(String.raw`treated\s+as\s+(?:persons\s+)?covered\s+by`, String.raw`available\s+for\s+(?:products|goods|articles|imports|shipments)`)}\b`
)}`

/**
 * An extension, of what an instrument established or set: "Each advisory committee listed below is continued until
 * September 30, 2025", "The enforcement delay specified in section 2(a) of Executive Order 14166 ... is further
 * extended until June 19, 2025", "The ... Review Council, established by Executive Order 14180 ..., is further
 * continued until ...". Its subject names the instrument as what made the thing, so it reads as a duty form. (An
 * instrument only "continued by" or "extended by" another is told of, the term the first one's: see `notExtendedBy`.)
 */
const extended = String.raw`${beVerb}${hereby}${further}extended\s+(?:until|through)\b`

/**
 * A continuance: a body an instrument made kept on for a term ("Each advisory committee listed below is continued until
 * September 30, 2025", "... is continued or, to the extent necessary, reestablished until September 30, 2023", "The ...
 * Review Council, created by Executive Order 14180 ..., is continued until ..."). Its
 * instrument's words and scope stand as they were: the Federal Register files it as "Continues", apart from
 * amendments. Read as a duty form, its subject naming the instrument as what made the body.
 */
const continued = String.raw`${beVerb}${hereby}${further}continued(?:\s+or,?\s+(?:to\s+the\s+extent\s+necessary,\s+)?reestablished,?)?\s+(?:until|through)\b`

/**
 * A transfer of what an instrument assigned: "The roles and responsibilities ..., including responsibilities and duties
 * specified in Executive Order 13987 ..., Executive Order 13994 ..., and Executive Order 13996 ..., are transferred to
 * the Director of the OPPR". Its subject names the instruments as where the functions were given, as an extension's.
 * Not a relative clause telling of a transfer ("an agency component that is transferred to the Department").
 */
const transferred = String.raw`${beAhead}(?<!\b(?:that|which)\s+)${beVerb}${hereby}transferred\s+to\b`

/**
 * Duties an instrument imposed lifted for some products: "With respect to products of Japan that fall under the ...
 * Agreement on Trade in Civil Aircraft, the tariffs imposed through the following Presidential actions ... shall no
 * longer apply" (the instruments listed after the colon). Only after a subject naming duties (bounded look-behind).
 */
const noLongerApply = String.raw`(?=\bshall\s)(?<=${dutyNoun}[^:.;]{0,300}?)\bshall\s+no\s+longer\s+apply\b`

/**
 * The tariff schedule changed for duties an instrument imposed, named before it: "To the extent that the HTSUS does not
 * currently fully reflect the products listed above as excepted from the ad valorem duties imposed under Executive
 * Order 14257 ..., the HTSUS shall be modified by inserting ...". Only after a subject naming duties (bounded
 * look-behind); the instrument is the one those duties are of.
 */
const scheduleModified = String.raw`(?=\b(?:HTSUS|HTS)\s)(?<=${dutyNoun}[^:;]{0,300}?)\b(?:HTSUS|HTS)\s+${beVerb}${hereby}${further}modified\b`

/**
 * A change to what another instrument imposes, its rates or its scope, rather than to its text: "the
 * tariffs proclaimed in Proclamation 9704 ... are modified to increase the respective tariff rates",
 * "are adjusted to increase", "I hereby modify", "I hereby expand the scope of the national emergency
 * declared in Executive Order 13894", lands "hereby excluded from" a monument, an extension ("Each advisory committee
 * listed below is continued until September 30, 2025"), and the duty forms above. Not an annex of an instrument "modified as set forth in the
 * annexes to this proclamation": its text changes (an amendment, below).
 */
const modify = verb({
  action: 'modify',
  passive: new RegExp(
    anyOf(
      `${beAhead}(?<!${annexOf})${passiveOf(String.raw`${hereby}${further}${anyOf('modified', 'adjusted')}\b${byLaterOrders}`).source}`,
      // "Any lands reserved by Proclamations 9558, 9681, or 10285 not within the boundaries ... are hereby excluded
      // from the Monument": what they reserve is less.
      passiveOf(String.raw`hereby\s+excluded\s+from`).source
    )
  ),
  active: new RegExp(
    String.raw`\b${anyOf(
      String.raw`hereby\s+modify`,
      String.raw`modify\s+and\s+supersede`,
      // Not a plain "I modify": "the Secretary recommended that I modify the tariffs" reports advice.
      String.raw`hereby\s+expand\s+the\s+scope\s+of`,
      // "... and have decided to exclude such imports from the EU up to a designated quota from the tariff proclaimed
      // in Proclamation 9704": what its tariff reaches, cut for some (a decision now: "have", not a past "decided").
      String.raw`\b(?:have|has)\s+(?:also\s+)?(?:decided|determined)\s+to\s+exclude(?=[^.;]{0,200}?\bfrom\s+the\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|duties|measures?|action)\s+(?:proclaimed|imposed|established|taken)\s+(?:in|by)\s+(?:Proclamation|Executive\s+Order))`,
      // A rule made in spite of what an instrument provides: "Any order published ... shall have full force and effect
      // if it is issued prior to ..., notwithstanding section 4(b)(ii) of Executive Order 14251", "Notwithstanding
      // Executive Order 13603 ..., the authority of the President conferred by section 101 of the Act ... is delegated
      // to ...". Only in a sentence that makes a rule ("shall", "is delegated"), not one telling of facts
      // ("Notwithstanding Proclamation 10782 ..., imports of aluminum articles from Mexico have increased").
      String.raw`[Nn]otwithstanding(?=\s+(?:(?:sub)?(?:sections?|clauses?|paragraphs?)\s+[\w().-]{1,30}\s+of\s+)?(?:Executive\s+Order|Proclamation)\s+\d)${anyOf(String.raw`(?<=\bshall\s[^.;:]{0,300}?notwithstanding)`, String.raw`(?=[^.;:]{0,400}?\b(?:shall|(?:is|are)\s+(?:hereby\s+)?delegated)\s)`)}`,
      // A monument enlarged: "... hereby proclaim the objects identified above ... to be part of the San Gabriel Mountains
      // National Monument and ... reserve as part thereof all lands ..." (what made the monument: `enlargedMonument`).
      String.raw`hereby\s+proclaim(?=\s[^.]{0,400}?\bto\s+be\s+(?:a\s+)?part\s+of\s+the\s+[A-Z][^.]{0,120}?\bNational\s+Monument\b)`,
      // "I find that it is necessary to modify the system imposed in Proclamation 10908 by reducing duties ...".
      String.raw`I\s+find\s+that\s+it\s+is\s+necessary\s+(?:and\s+appropriate\s+)?to\s+${anyOf('modify', 'adjust')}`,
      // What another instrument's terms are taken to mean: "For purposes of this proclamation and Proclamation
      // 11021, ..., a product's metal content shall be deemed composed entirely of aluminum ... if ...".
      String.raw`^\s*For\s+(?:the\s+)?purposes\s+of(?=[^.]{0,400}\bshall\s+${anyOf(String.raw`be\s+deemed`, String.raw`be\s+treated\s+as`, String.raw`be\s+considered`, 'mean', 'include')}\b)`
    )}\b`
  ),
  duties: {
    passive: new RegExp(
      anyOf(newRates, ratesChanged, extended, transferred, scheduleModified, noLongerApply)
    ),
    active: new RegExp(dutyChange)
  },
  stems: [
    'modif',
    'adjust',
    'expand',
    'continued',
    'extended',
    'transferred',
    'effectuated',
    'no longer',
    'increase',
    'reduce',
    'decrease',
    'raise',
    'lower',
    'exclude',
    'purposes',
    'revisit',
    'retain in effect',
    'part of the',
    'notwithstanding',
    'count against',
    'available with respect',
    'deem it',
    'dut',
    'tariff',
    'rates of duty',
    'rate of duty'
  ],
  standing: null
})

/** Every verb, in the order a sentence is tried for them. */
const continuance = verb({
  action: 'continue',
  passive: /(?!)/,
  // A national emergency kept on for a year (National Emergencies Act, section 202(d)): "I am continuing for 1 year the
  // national emergency declared in Executive Order 14024".
  active:
    /\bI\s+(?:am\s+(?:hereby\s+)?continuing|hereby\s+continue)\b(?=[^.;:]{0,40}?\bnational\s+emergenc)/,
  duties: {passive: new RegExp(continued), active: /(?!)/},
  stems: ['continued', 'continuing', 'continue'],
  standing: null
})

export const actionVerbs = [
  revoke,
  supersede,
  amend,
  suspend,
  reinstate,
  terminate,
  modify,
  continuance
] as const

/** Whether every action of the document types has its entry above: a missing one makes this fail to compile. */
export const everyActionListed: [
  Exclude<SupersessionAction, (typeof actionVerbs)[number]['action']>
] extends [never]
  ? true
  : never = true

/**
 * A stem of every verb above: a text without any takes no action, and is not read sentence by sentence
 * (most units of a document act on nothing). Made of each verb's stems (a test checks each verb's forms hold one).
 */
export const actionStem = new RegExp(actionVerbs.flatMap((v) => v.stems).join('|'), 'i')

/** The general clause: "Any provision of previous proclamations and Executive Orders that is inconsistent ... is superseded to the extent of such inconsistency". */
export const generalSupersession = new RegExp(
  String.raw`\binconsistent\b[^.]{0,200}?\b(?:is|are|shall be)\s+${hereby}superseded\s+to\s+the\s+extent\b`
)

/** Instruments an action can take as a target. */
export const targetTypes: ReadonlySet<string> = new Set(['eo', 'proc', 'memo'])

/** Text right before a citation that tells of what another instrument did, or of what the citation's own did ("as amended by Executive Order 14266"). */
const toldOf = anyOf(
  // "which Executive Order 13526 amended", "that was revoked by": a relative clause telling of an action.
  String.raw`\b(?:which|that)\b[^.;]{0,40}?\b(?:revoked|amended|superseded|rescinded|established|implemented)`,
  // "the Memorandum ..., which reaffirms and expands upon the requirements of Executive Order 12871, is also revoked".
  String.raw`\b(?:reaffirms|expands\s+upon|implements|supplements)(?:\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+of)?`,
  // "as amended by", "superseded by": what another instrument did (in a title too: "..., As Amended by").
  String.raw`\b(?:[Aa]mended|[Ss]upplemented|[Ss]uperseded|[Rr]evoked|[Rr]eplaced|[Rr]evised|[Mm]odified|[Rr]edesignated)\s+by`,
  String.raw`\b[Cc]onsistent\s+with`,
  // "Executive Order 13946 ..., including the amendments it made to Executive Order 12072 ..., is revoked".
  String.raw`\b(?:amendments|changes|modifications)\s+(?:it|they|that\s+order|that\s+proclamation)\s+made\s+to`,
  // "the PRC has announced that it will retaliate again ... in response to the Executive Order dated April 8, 2025".
  String.raw`\b[Ii]n\s+response\s+to`
)

/** Text right before a citation that names it as an authority or as where a thing was made or told of ("pursuant to", "described in"). */
const authority = anyOf(
  String.raw`\b[Pp]ursuant\s+to`,
  String.raw`\bunder(?:\s+the\s+(?:provisions|terms)\s+of)?`,
  // Where a thing was made or told of: "established by", "described in", "set forth in".
  String.raw`\bestablished\s+(?:by|in)`,
  String.raw`\bdescribed\s+in`,
  String.raw`\bset\s+forth\s+in`,
  String.raw`\bprovided\s+(?:for\s+)?in`,
  String.raw`\bissued\s+(?:under|pursuant\s+to)`
)

/** What an action leaves out of its target: "Proclamation 10294, except sections 1, 6, 7, and 8 thereof, is revoked". */
const excepted = String.raw`\bexcept(?:\s+for)?`

/**
 * Text right before a citation that makes it a mere reference, not a target ("as amended by Executive Order
 * 14266", "pursuant to"), as the alternatives above; then "the", if printed, and the citation.
 */
export const notATarget = new RegExp(
  String.raw`${anyOf(toldOf, authority, excepted)}\s*(?:the\s+)?$`
)

/**
 * The same for the instruments a change of duties names as what imposed them ("the duties imposed under
 * Proclamation 9704", "described in section 2(a) of Executive Order 14193"): only what tells of another action
 * makes them a reference there.
 */
export const notADutySource = new RegExp(String.raw`${toldOf}\s*(?:the\s+)?$`)

/** The name of an instrument: a capitalized word, then up to six more, small words between ("Manual for Courts-Martial"). */
const instrumentName = String.raw`[A-Z][\w-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w-]*)){0,6}?`

/**
 * An instrument known by name and the order that made it: "the Manual for Courts-Martial,
 * United States, prescribed by Executive Order No. 12473". Acting on the name acts on the order.
 * Groups: `name`, and `number`, the order's.
 */
export const namedInstrument = new RegExp(
  String.raw`(?<![\w-])(?<name>${instrumentName})(?:,\s+United\s+States)?,?\s+(?:as\s+)?(?:prescribed|established|promulgated)\s+by\s+Executive\s+Order\s+(?:No\.\s*)?(?<number>\d{3,5})\b`,
  'g'
)

/**
 * A thing an instrument made, told in the findings: "In Proclamation 7853 of December 10, 2004, the President
 * designated Burkina Faso as a beneficiary sub-Saharan African country for purposes of ...". Ending "the designation
 * of Burkina Faso as a beneficiary sub-Saharan African country" ends what that proclamation made. The name runs to
 * the first comma, "for purposes", "pursuant" or "under". Groups: `kind`, `number`, `name`.
 */
export const madeInInstrument =
  /\b(?<kind>Proclamation|Executive\s+Order)\s+(?:No\.\s*)?(?<number>\d{3,5})\b[^.;]{0,120}?\b(?:designated|established|created)\s+(?:the\s+)?(?<name>[A-Z][^,;.()]{4,120}?)(?=\s+(?:for\s+purposes|pursuant|under)\b|\s*\(|[,;.])/g

/**
 * The instrument whose national emergency a document deals with: "In Executive Order 14257 of April 2, 2025
 * (...), I found that ... I declared a national emergency", "to deal with the national emergency declared in Executive Order 14257".
 * Groups: `kind`, `number`.
 */
export const emergencyDeclaredIn = new RegExp(
  anyOf(
    String.raw`\bemergency\s+declared\s+(?:in|by)\s+(?<kind>Proclamation|Executive\s+Order)\s+(?:No\.\s*)?(?<number>\d{3,5})\b`,
    // The declaration may be told a sentence later, before any other instrument is named.
    String.raw`\bIn\s+(?<kind2>Proclamation|Executive\s+Order)\s+(?:No\.\s*)?(?<number2>\d{3,5})\b(?:(?!(?:Proclamation|Executive\s+Order)\s+\d)[^;]){0,800}?\bI\s+declared\s+a\s+national\s+emergency\b`
  ),
  'g'
)

/** A sentence that says what the document does not do ("Nothing in this order shall supersede ..."). */
export const negation = new RegExp(
  String.raw`\b${anyOf(
    String.raw`[Nn]othing\s+in\s+this\s+${thisInstrument}`,
    String.raw`shall\s+not`,
    String.raw`does\s+not`,
    String.raw`do\s+not`,
    String.raw`is\s+not\s+intended\s+to`,
    String.raw`nor\s+shall`
  )}\b`
)
