/** Supersession: what each document revokes, amends, supersedes, from its operative text. */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {actionVerbs, actionStem} from '../src/supersede/actions.js'
import {caseTable, corpusDir, corpusFiles, parseCorpusFile} from './helpers.js'

/** An executive order as the Federal Register prints it, shortened: its title, then paragraphs with a blank line after each. */
const parseOrder = (title: string, paragraphs: string[], file: string) =>
  parseDocument(
    [
      '---',
      `title: "${title}"`,
      'document_type: executive_order',
      '---',
      ...paragraphs.flatMap((p) => [p, ''])
    ].join('\n'),
    file
  ).json!

describe('an order under another statute acts; a letter reporting one does not', () => {
  it('the CFIUS order of June 13, 2025 amends and strikes provisions of the January 3 Order', async () => {
    const doc = await parseCorpusFile('2025-06-13-order-us-steel-nippon-2025.md')
    // Typed `other` (an order under section 721 of the Defense Production Act), with a formula that orders.
    expect(doc.type).toBe('other')
    const january3 =
      'eo/2025-01-03/regarding-the-proposed-acquisition-of-united-states-steel-corporation-by-nippon-steel-corporation'
    expect(
      doc.supersessions.map((s) => [
        s.provision,
        s.action,
        s.operations?.map((o) => [o.operation, o.target])
      ])
    ).toEqual([
      ['Sec. 3(a)', 'amend', [['read-as', `${january3}/2/a`]]],
      ['Sec. 3(b)', 'amend', [['read-as', `${january3}/2/e`]]],
      [
        'Sec. 3(c)',
        'amend',
        [
          ['strike', `${january3}/2/b`],
          ['strike', `${january3}/2/c`]
        ]
      ]
    ])
  })
})

describe('supersessions within a document', () => {
  /** Each entry at a provision: its action, targets and effective date. */
  const of = (doc: Awaited<ReturnType<typeof parseCorpusFile>>, provision: string) =>
    doc.supersessions
      .filter((s) => s.provision === provision)
      .map((s) => [s.action, s.targets, s.effective ?? null])

  it('a termination of designations ends the instrument the findings say made them', async () => {
    // Finding 15: "In Presidential Proclamation 7350 ..., the President designated Ethiopia, the Republic of Guinea
    // (Guinea), and the Republic of Mali (Mali) as beneficiary sub-Saharan African countries"; clause (12) ends it.
    const doc = await parseCorpusFile('2021-12-23-modify-htsus.md')
    expect(of(doc, '(12)')).toEqual([['terminate', ['proc/7350'], '2022-01-01']])
  })

  it('EO 14148 revokes every listed target, in both printings', async () => {
    for (const name of [
      '2025-01-20-fr-md-eo-14148-initial-rescissions.md',
      '2025-01-20-initial-rescissions.md'
    ]) {
      const doc = await parseCorpusFile(name)
      expect(doc.supersessions).toHaveLength(1)
      const [entry] = doc.supersessions
      expect(entry).toMatchObject({
        provision: 'Sec. 2',
        action: 'revoke',
        scope: 'specific',
        text: 'The following executive actions are hereby revoked:'
      })
      // 78 items; two January 6, 2025 memoranda print the same title.
      expect(entry!.targets).toHaveLength(77)
      expect(entry!.targets.slice(0, 3)).toEqual(['eo/13985', 'eo/13986', 'eo/13987'])
      expect(entry!.targets).toEqual(
        expect.arrayContaining([
          'eo/13990',
          'pm/2023-03-13/withdrawal-of-certain-areas-off-the-united-states-arctic-coast-of-the-outer-continental-shelf-from-oil-or-gas-leasing',
          'pm/2025-01-14/revocation-of-national-security-presidential-memorandum-5'
        ])
      )
      expect(entry!.position.start.line).toBeGreaterThan(30)
    }
  })

  it('EO 14236 revokes every listed target, memoranda and determinations included', async () => {
    const doc = await parseCorpusFile('2025-03-14-fr-md-eo-14236-additional-rescissions.md')
    const entry = doc.supersessions.find((s) => s.action === 'revoke')!
    expect(entry.provision).toBe('Sec. 2')
    expect(entry.targets).toEqual(
      expect.arrayContaining([
        'eo/13994',
        'nsm/3',
        'pm/2021-02-04/advancing-the-human-rights-of-lesbian-gay-bisexual-transgender-queer-and-intersex-persons-around-the-world',
        'eo/14026',
        'pd/2022-13',
        'pd/2022-18',
        'nsm/18'
      ])
    )
    const whitehouse = await parseCorpusFile('2025-03-14-additional-rescissions.md')
    expect(whitehouse.supersessions.find((s) => s.action === 'revoke')!.targets).toEqual(
      entry.targets
    )
  })

  it('amendments name the provision amended', async () => {
    const doc = await parseCorpusFile('2021-09-13-biden-amending-eo-14007.md')
    expect(doc.supersessions).toEqual([
      expect.objectContaining({
        provision: 'Sec. 1',
        action: 'amend',
        scope: 'specific',
        targets: ['eo/14007/2/b']
      })
    ])
    const tariffs = await parseCorpusFile('2025-06-03-aluminum-steel-232-50pct.md')
    // "Executive Order 14289 is amended by revising section 3(a)(ii) to read as follows:": the provision revised.
    expect(tariffs.supersessions.find((s) => s.action === 'amend')).toMatchObject({
      provision: '(5)',
      targets: ['eo/14289/3/a/ii'],
      effective: '2025-06-04',
      operations: [{operation: 'read-as', target: 'eo/14289/3/a/ii'}]
    })
  })

  it('revocations of proclamations and of their clauses', async () => {
    const doc = await parseCorpusFile('2021-02-24-revoking-proclamation-10014.md')
    expect(doc.supersessions.map((s) => [s.action, s.targets])).toEqual([
      ['revoke', ['proc/10014', 'proc/10052/1', 'proc/10131/1']]
    ])
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    expect(steel.supersessions.find((s) => s.action === 'revoke')).toMatchObject({
      provision: '(7)',
      targets: ['proc/9705/3', 'proc/9777/1', 'proc/9980/2']
    })
  })

  it('the general clause supersedes to the extent of inconsistency, with no target', async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    expect(doc.supersessions).toEqual([
      expect.objectContaining({
        provision: '(4)',
        action: 'supersede',
        scope: 'general',
        targets: []
      })
    ])
    expect(doc.supersessions[0]!.text).toMatch(
      /^Any provision of previous proclamations and Executive Orders that is inconsistent/
    )
  })

  it('ending part of an instrument (its duties, its provisions on one country) is partial', async () => {
    const ending = await parseCorpusFile('2026-02-20-ending-certain-tariff-actions.md')
    const duties = ending.supersessions.find((s) => s.targets.includes('eo/14257'))
    expect(duties).toMatchObject({action: 'terminate', partial: true})
    expect(duties!.targets).toEqual(expect.arrayContaining(['eo/14193', 'eo/14194', 'eo/14195']))
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    const countries = steel.supersessions.find((s) => s.targets.includes('proc/9740'))
    expect(countries).toMatchObject({action: 'terminate', partial: true})
    // A whole clause revoked is no part: "The provisions of clause 3 of Proclamation 9705 ... are hereby revoked".
    const clause = steel.supersessions.find(
      (s) => s.provision === '(7)' && s.targets.includes('proc/9705/3')
    )
    expect(clause).toMatchObject({action: 'revoke'})
    expect(clause!.partial).toBeUndefined()
  })

  it('a merely cited instrument is no target', async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    expect(doc.supersessions.flatMap((s) => s.targets)).toEqual([])
    const reciprocal = await parseCorpusFile('2025-04-09-reciprocal-tariff-modifying.md')
    for (const s of reciprocal.supersessions)
      expect(s.text).not.toMatch(/^[^.]*as amended by Executive Order 14266[^.]*$/)
    // "In order to update the civil service rules to reflect the action taken in Executive Order 14003, Civil Service Rule VI is amended".
    const technical = await parseCorpusFile('2021-05-14-biden-revocation-technical-amendment.md')
    expect(technical.supersessions.flatMap((s) => s.targets)).not.toContain('eo/14003')
  })

  it('a change of duties modifies the instrument that imposed them, even cited after "under" or "pursuant to"', async () => {
    // "... shall not be subject to the additional ad valorem rate of duty described in section 2(a) of Executive Order 14194."
    const mexico = await parseCorpusFile('2025-03-06-ieepa-duties-mexico-amendment.md')
    expect(of(mexico, 'Sec. 2(a)')).toEqual([['modify', ['eo/14194/2/a'], '2025-03-07']])
    // "All articles that are subject to the additional ad valorem rate of duty of 20 percent under Executive Order
    // 14195, as amended, shall instead be subject to an additional ad valorem rate of duty of 10 percent."
    const china = await parseCorpusFile('2025-11-04-ieepa-duties-china-modifying.md')
    expect(of(china, 'Sec. 2(a)')).toEqual([['modify', ['eo/14195'], '2025-11-10']])
    // "the applicable additional ad valorem rate of duty imposed pursuant to section 232 under Proclamation 9704, as
    // amended; Proclamation 9705, as amended; and Proclamation 10962 ... shall be:"; "... shall no longer be subject to
    // the additional ad valorem duty imposed under Proclamation 9704, as amended, or Proclamation 9705, as amended."
    const metals = await parseCorpusFile('2026-04-02-aluminum-steel-copper-232-strengthening.md')
    const all = ['proc/9704', 'proc/9705', 'proc/10962']
    expect(of(metals, '(2)')).toEqual([['modify', all, '2026-04-06']])
    expect(of(metals, '(4)')).toEqual([['modify', ['proc/9704', 'proc/9705'], '2026-04-06']])
    expect(of(metals, '(7)')).toEqual([['modify', all, '2028-01-01']])
    // "... shall be the rates set out in clause (3) of Proclamation 11021": the rates of the subject's instruments change.
    const further = await parseCorpusFile(
      '2026-06-01-aluminum-steel-copper-232-further-adjusting.md'
    )
    expect(of(further, '(3)(a)')).toEqual([['modify', all, '2028-01-01']])
    // "in lieu of the additional ad valorem duties previously imposed ... in Executive Order 14257, as amended"; not
    // "shall not be subject to such additional duty and shall instead remain subject to the ... duties previously
    // imposed in Executive Order 14257" (goods in transit keep the old duties: no change).
    const reciprocal = await parseCorpusFile('2025-07-31-reciprocal-tariff-further-modifying.md')
    // Its date: the one date the provisions modifying the tariff schedule take effect (7 days after July 31, 2025).
    expect(of(reciprocal, 'Sec. 1')).toEqual([['modify', ['eo/14257'], '2025-08-07']])
    expect(of(reciprocal, 'Sec. 2(a)')).toEqual([])
    // "As of that date, all imports ... shall be subject to the additional ad valorem tariff proclaimed in
    // Proclamation 9705 with respect to steel articles and Proclamation 9980 with respect to derivative steel
    // articles": the date the sentence before gave ("necessary to terminate these arrangements as of March 12, 2025").
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    const thatDate = steel.supersessions.find((s) => s.text.startsWith('As of that date'))
    expect(thatDate).toMatchObject({
      action: 'modify',
      targets: ['proc/9705', 'proc/9980'],
      effective: '2025-03-12'
    })
    // "I also deem it necessary and appropriate to: (a) increase the ad valorem rate of duty set forth in section
    // 2(c)(i) of Executive Order 14256 ... from 90 percent to 120 percent"; "shall be, consistent with law, subject to an
    // additional ad valorem rate of duty of 10 percent subject to all applicable exceptions set forth in Executive
    // Order 14257" (its country rates suspended).
    const retaliation = await parseCorpusFile('2025-04-09-reciprocal-tariff-modifying.md')
    expect(of(retaliation, 'Sec. 4(a)')).toEqual([['modify', ['eo/14256/2/c/i'], null]])
    expect(of(retaliation, 'Sec. 2')).toContainEqual(['modify', ['eo/14257'], '2025-04-10'])
    // Which duties apply to a product under both is no change: "the product shall be subject to the duties imposed
    // pursuant to Proclamation 10908, as amended, and not those imposed pursuant to this proclamation".
    const copper = await parseCorpusFile('2025-07-30-copper-232.md')
    expect(copper.supersessions.flatMap((s) => s.targets)).not.toContain('proc/10908')
    // On the one date the proclamation's duties take effect.
    expect(of(copper, '(4)')).toEqual([['modify', ['eo/14257'], '2025-08-01']])
  })

  it('a change of duties naming no instrument changes those of the one instrument the document has been changing', async () => {
    // Sec. 1 adjusts "the tariffs imposed on articles of Mexico in Executive Order 14194"; Sec. 2(b): "The additional
    // rate of duty on potash ... shall be reduced to 10 percent in lieu of 25 percent."
    const doc = await parseCorpusFile('2025-03-06-ieepa-duties-mexico-amendment.md')
    expect(of(doc, 'Sec. 2(b)')).toEqual([['modify', ['eo/14194'], '2025-03-07']])
    // The duties "pursuant to this order" are the order's own: no earlier instrument's.
    const own = await parseCorpusFile('2025-07-31-reciprocal-tariff-further-modifying.md')
    expect(of(own, 'Sec. 2(c)')).toEqual([])
  })

  it('a continuance continues what each instrument made: "Each advisory committee listed below is continued until ..."', async () => {
    const doc = await parseCorpusFile('2025-09-29-continuance-advisory-committees.md')
    const continued = doc.supersessions.find((s) => s.provision === 'Sec. 1')
    // Not a modification: the orders' words and scope stand (the Federal Register files it as "Continues").
    expect(continued).toMatchObject({action: 'continue'})
    expect(continued!.targets).toEqual(
      expect.arrayContaining(['eo/11145', 'eo/12382', 'proc/9558'])
    )
  })

  it('an ending of what an instrument made ends part of it, though cited after "pursuant to"', async () => {
    const metals = await parseCorpusFile('2026-04-02-aluminum-steel-copper-232-strengthening.md')
    expect(metals.supersessions.find((s) => s.provision === '(11)')).toMatchObject({
      action: 'terminate',
      targets: ['proc/10895/7', 'proc/10896/6', 'proc/10962/3']
    })
    // A finding that ends what it names now: "... the product exclusion process as authorized in clause 3 of
    // Proclamation 9705, clause 1 of Proclamation 9777, and clause 2 of Proclamation 9980 is terminated, effective
    // immediately."
    const steel = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    expect(
      steel.supersessions.filter((s) => s.provision === null && s.action === 'terminate')
    ).toMatchObject([{targets: ['proc/9705/3', 'proc/9777/1', 'proc/9980/2']}])
    // "the boundaries of the Bears Ears National Monument are hereby modified to include ...": the proclamation the
    // findings say established it; "Any lands reserved by Proclamations 9558, 9681, or 10285 not within the boundaries
    // ... are hereby excluded from the Monument" (the formula's own sentence): less reserved, each proclamation standing.
    const bears = await parseCorpusFile('2026-07-13-modifying-bears-ears.md')
    expect(
      bears.supersessions.filter((s) => s.action === 'modify').map((s) => [s.provision, s.targets])
    ).toEqual([
      [null, ['proc/9558']],
      [null, ['proc/9558', 'proc/9681', 'proc/10285']]
    ])
    // "Proclamations 9558 and 10285 established the Bears Ears Commission (BEC) ... The BEC is hereby disbanded and
    // terminated": what the abbreviation names, made by the instruments of the sentence defining it.
    expect(
      bears.supersessions.filter((s) => s.action === 'terminate').map((s) => s.targets)
    ).toEqual([['proc/9558', 'proc/10285']])
  })

  it("an instrument's annex changed is an amendment of it, not a change of its duties", async () => {
    // "the lists of products provided in Annex I-A, Annex I-B, Annex II, and Annex III of Proclamation 11021 are
    // modified as set forth in the annexes to this proclamation".
    const further = await parseCorpusFile(
      '2026-06-01-aluminum-steel-copper-232-further-adjusting.md'
    )
    const annex = further.supersessions.filter((s) => s.targets.includes('proc/11021'))
    expect(
      annex.map((s) => [s.provision, s.action, s.operations?.map((o) => o.operation)])
    ).toEqual([
      ['(1)', 'amend', ['modify']],
      // "For purposes of this proclamation and Proclamation 11021, ... a product's metal content shall be deemed ...".
      ['(4)', 'modify', undefined]
    ])
    // "The updated version of Annex II to Executive Order 14257 is attached to this order": the annex as it now reads.
    const scope = await parseCorpusFile('2025-09-05-reciprocal-tariff-scope.md')
    expect(
      scope.supersessions.map((s) => [
        s.provision,
        s.action,
        s.targets,
        s.operations?.[0]?.operation
      ])
    ).toEqual([['Sec. 2(a)', 'amend', ['eo/14257'], 'read-as']])
  })

  it('a list cited twice in one provision is read at each place it stands', async () => {
    // "... duties imposed in Proclamations 11046, 11047, and 11048 shall be ... Accordingly, the chapeau of Annex II
    // of each of Proclamations 11046, 11047, and 11048, is amended ...": the second list is the subject.
    const doc = await parseCorpusFile('2026-08-18-canada-discrimination-duties-suspension.md')
    const amend = doc.supersessions.filter((s) => s.action === 'amend')
    expect(amend.map((s) => [s.provision, s.targets])).toEqual([
      ['(1)', ['proc/11046', 'proc/11047', 'proc/11048']]
    ])
    expect(amend[0]!.text).toMatch(/^Accordingly, the chapeau of Annex II/)
  })

  it('an action after quoted amendment text is reported from its own first word', async () => {
    const doc = await parseCorpusFile('2023-02-24-aluminum-232-russia.md')
    const amendments = doc.supersessions.filter((s) => s.action === 'amend')
    expect(amendments.map((s) => [s.targets, s.position.start.line])).toEqual([
      [['proc/9704/2'], 133],
      [['proc/9704/2'], 153],
      // "The first two sentences of clause 1 of Proclamation 9980 ... are revised to read as follows:"
      [['proc/9980/1'], 160]
    ])
    expect(amendments[1]!.text).toMatch(
      /^Clause 2 of Proclamation 9704, as amended, is further amended by deleting the last sentence/
    )
  })

  // Sentences of Federal Register orders (EO 13304, 13138, 13192, 13470, 14210, 13761, 13844, 13846, 13619) and a notice, shortened: forms the bundled documents do not print.
  it('forms of the Federal Register orders: anaphora across the formula, dated lists, cited amending orders', () => {
    const doc = parseOrder(
      'Termination of Emergencies With Respect to Yugoslavia and Modification of Executive Order 13219 of June 26, 2001',
      [
        'Executive Order 13304 of May 28, 2003',
        'Termination of Emergencies With Respect to Yugoslavia and Modification of Executive Order 13219 of June 26, 2001',
        'By the authority vested in me as President by the Constitution and the laws of the United States of America, I, GEORGE W. BUSH, President of the United States of America, have determined that the situations that gave rise to the declarations of national emergencies in Executive Order 12808 of May 30, 1992, and Executive Order 13088 of June 9, 1998, have been significantly altered. Accordingly, I hereby terminate the national emergencies declared in those orders and revoke those and all related orders (Executive Orders 12810 of June 5, 1992, 12831 of January 15, 1993, and 13192 of January 17, 2001).',
        'Sec. 2. Section 2 of Executive Order 13088, as replaced by section 1(b) of Executive Order 13121, is revoked.',
        'Sec. 3. The following Executive orders are revoked:',
        '(a) Executive Order 13038, as amended by section 5 of Executive Order 13062, and Executive Orders 13065, 13081, and 13102;',
        '(b) Section 5 of Executive Order 13010, as amended by section 3 of Executive Order 13025, Executive Order 13041, sections 1, 2, and that part of section 3 of Executive Order 13064, and Executive Order 13077.',
        'Sec. 4. In order to update and clarify Executive Order 13355 of August 27, 2004, Executive Order 12333 of December 4, 1981, as amended, is hereby further amended by striking Part 4.',
        // Told of, not taken (a notice's recital): no action.
        'Sec. 5. Section 1 of Executive Order 13761 provided that the entirety of Executive Order 13412 would be revoked as of July 12, 2017, and Executive Order 13400 may be amended later.',
        // Two verbs, two subjects (EO 14210 of February 2025).
        'Sec. 6. Executive Order 13318 of November 21, 2003, is revoked and Executive Order 13562 of December 27, 2010, is amended by striking section 3.',
        // Two passive verbs of one action, each with its subject (EO 13761).
        'Sec. 7. Effective July 12, 2017, sections 1 and 2 of Executive Order 13067 of November 3, 1997, are revoked, and Executive Order 13412 of October 13, 2006, is revoked in its entirety.',
        // "that order": the order the sentence cited last, though only cited (EO 13844).
        'Sec. 8. The Task Force is hereby terminated pursuant to section 8 of Executive Order 13519 and that order is hereby revoked.',
        // Two actions of one verb phrase (EO 13846).
        'Sec. 9. The following Executive Orders are revoked and superseded:',
        '(a) Executive Order 13628 of October 9, 2012; and',
        '(b) Executive Order 13716 of January 16, 2016.',
        // An active verb and a colon: the items below are its objects (EO 13619).
        "Sec. 10. I hereby amend: (a) Executive Order 13464 of April 30, 2008, by removing ``logistical'' in section 1(b)(ii); and",
        "(b) Executive Order 13448 of October 18, 2007, by removing ``logistical'' in section 1(b)(iv).",
        'GEORGE W. BUSH',
        'THE WHITE HOUSE,',
        'May 28, 2003.'
      ],
      'eo-13304-excerpt.md'
    )
    // The title names another order with its date; the number is the one the heading gives.
    expect(doc.number).toBe('13304')
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets])).toEqual([
      [null, 'revoke', ['eo/12808', 'eo/13088', 'eo/12810', 'eo/12831', 'eo/13192']],
      ['Sec. 2', 'revoke', ['eo/13088/2']],
      ['Sec. 3', 'revoke', ['eo/13038', 'eo/13010/5']],
      ['Sec. 4', 'amend', ['eo/12333']],
      ['Sec. 6', 'revoke', ['eo/13318']],
      // "is amended by striking section 3": the provision struck.
      ['Sec. 6', 'amend', ['eo/13562/3']],
      ['Sec. 7', 'revoke', ['eo/13067/1', 'eo/13067/2']],
      ['Sec. 7', 'revoke', ['eo/13412']],
      ['Sec. 8', 'revoke', ['eo/13519']],
      // The Task Force ended with the one order the provision revokes: that order's.
      ['Sec. 8', 'terminate', ['eo/13519']],
      ['Sec. 9', 'revoke', ['eo/13628', 'eo/13716']],
      ['Sec. 9', 'supersede', ['eo/13628', 'eo/13716']],
      // Each item's provision, of the order the item names.
      ['Sec. 10', 'amend', ['eo/13464/1/b/ii', 'eo/13448/1/b/iv']]
    ])
    const dated =
      doc.provisions.length > 0
        ? doc.formula!.citations.concat(doc.provisions.flatMap((p) => p.citations))
        : []
    expect(
      dated.filter((c) => c.id === 'eo/12831' || c.id === 'eo/13192').map((c) => c.date)
    ).toEqual(['1993-01-15', '2001-01-17'])
  })

  it('a verb the enacting formula ends with acts on the object opening the next unit', () => {
    // The memorandum of January 24, 2025 (The Mexico City Policy), as whitehouse.gov prints it.
    const source = [
      '---',
      'title: "Memorandum for the Secretary of State"',
      'date: 2025-01-24',
      '---',
      'SUBJECT: The Mexico City Policy',
      '',
      'I hereby revoke the Presidential Memorandum of January 28, 2021, for the Secretary of State, the Secretary of Defense, and the Administrator of the United States Agency for International Development (Protecting Women’s Health at Home and Abroad), and reinstate the Presidential Memorandum of January 23, 2017, for the Secretary of State (The Mexico City Policy).',
      '',
      'I direct the Secretary of State to implement a plan to extend the requirements of the reinstated Memorandum.',
      '',
      'DONALD J. TRUMP',
      ''
    ].join('\n')
    const doc = parseDocument(source, 'memo.md').json!
    expect(doc.formula?.text).toBe('I hereby revoke')
    expect(doc.supersessions.map((s) => [s.action, s.targets])).toEqual([
      ['revoke', ['pm/2021-01-28']],
      ['reinstate', ['pm/2017-01-23']]
    ])
    // A split sentence reads as the whole one would (EO 14001 of April 1, 2021, and EO 13304, shortened): the emergency
    // declared in an order is terminated and the order revoked; a verb's object ends where the next verb begins.
    const emergency = parseOrder(
      'Termination of Emergency',
      [
        'By the authority vested in me as President by the Constitution and the laws of the United States of America, I, JOSEPH R. BIDEN JR., President of the United States of America, find that the situation has changed. Accordingly, I hereby terminate',
        'the national emergency declared in Executive Order 13928 of June 11, 2020, and revoke that order.',
        'Sec. 2. I hereby terminate the national emergencies declared in Executive Orders 12808 and 13088 and revoke those and all related orders (Executive Orders 12810 of June 5, 1992, and 12831 of January 15, 1993).'
      ],
      'eo.md'
    )
    expect(emergency.supersessions.map((s) => [s.action, s.targets])).toEqual([
      ['revoke', ['eo/13928']],
      ['terminate', ['eo/13928']],
      ['revoke', ['eo/12808', 'eo/13088', 'eo/12810', 'eo/12831']],
      ['terminate', ['eo/12808', 'eo/13088']]
    ])
    // The verb may end mid-phrase in the formula: "I hereby prescribe" + "the following amendment to ..." (EO 13143).
    const regulations = parseOrder(
      'Amending Executive Order 10173',
      [
        'By the authority vested in me as President by the Constitution and the laws of the United States of America, including 50 U.S.C. 191, I hereby prescribe the following amendment to the regulations prescribed by Executive Order 10173 of October 18, 1950, as amended:',
        'Section 6.01-4 is amended to read as follows:'
      ],
      'eo-13143.md'
    )
    expect(regulations.supersessions.map((s) => [s.action, s.targets])).toEqual([
      ['amend', ['eo/10173']],
      ['amend', ['eo/10173/6.01-4']]
    ])
  })

  it('a formula with no enacting words enacts the amendment it opens (EO 13758)', () => {
    const doc = parseOrder(
      'Amending Executive Order 11016 To Update Eligibility Criteria for Award of the Purple Heart',
      [
        'By the authority vested in me as President and as Commander in Chief of the armed forces by the Constitution and the laws of the United States of America, Executive Order 11016 of April 25, 1962, as amended, is further amended as follows:',
        "Section 1. Paragraph 1 is amended to read as follows: ``1. The Secretary of a military department shall award the Purple Heart.''"
      ],
      'eo-13758.md'
    )
    expect(doc.formula?.text).toMatch(/^By the authority .* is further amended as follows:$/)
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets])).toEqual([
      [null, 'amend', ['eo/11016']]
    ])
  })

  it("an amending passage's items amend the provisions of the order it opened on", () => {
    // EO 13258 of February 26, 2002, and EO 13118 of March 31, 1999, shortened.
    const doc = parseOrder(
      'Amending Executive Order 12866 on Regulatory Planning and Review',
      [
        'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered that Executive Order 12866 of September 30, 1993, is amended as follows:',
        "Sec. 1. Section (2)(b) is amended by striking ``, the Vice President, and other regulatory policy advisors'' and inserting in lieu thereof ``and regulatory policy advisors''.",
        "Sec. 2. The first sentence of section 4(c)(3) is amended by striking ``Vice President''.",
        "Sec. 3. The paragraph preceding section 1 is amended by striking ``Advisors''.",
        "Sec. 4. Executive Order 12163 of September 29, 1979, is amended as follows: (1) in section 1-501(c), by striking ``Director''; (2) section 1-504 is revoked; (3) section 1-505 is amended to read as follows: ``1-505. Trade and Development Agency.''",
        "Sec. 5. Section 6 of this order is amended by striking ``2002''.",
        'GEORGE W. BUSH'
      ],
      'eo-13258-excerpt.md'
    )
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets])).toEqual([
      [null, 'amend', ['eo/12866']],
      ['Sec. 1', 'amend', ['eo/12866/2/b']],
      ['Sec. 2', 'amend', ['eo/12866/4/c/3']],
      // "(1) in section 1-501(c), by striking ``Director''": the provision the item amends.
      ['Sec. 4', 'amend', ['eo/12163/1-501/c']],
      ['Sec. 4', 'revoke', ['eo/12163/1-504']],
      ['Sec. 4', 'amend', ['eo/12163/1-505']]
    ])
  })

  it("a letter to Congress tells of an order's actions and takes none", () => {
    const source = [
      '---',
      'title: "Letter to the Speaker of the House and President of the Senate on Taking Additional Steps"',
      'date: 2023-12-22',
      '---',
      'Dear Mr. Speaker:    (Dear Madam President:)',
      '',
      'Consistent with subsection 204(b) of the International Emergency Economic Powers Act, 50 U.S.C. 1703(b), I hereby report that I have issued an Executive Order. The order amends Executive Order 14024 to authorize the imposition of sanctions, and Executive Order 13662 is hereby revoked by the order.',
      '',
      'Sincerely,',
      '',
      'JOSEPH R. BIDEN JR.',
      ''
    ].join('\n')
    const doc = parseDocument(source, 'letter.md').json!
    expect(doc.type).toBe('other')
    expect(doc.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['eo/14024', 'eo/13662']))
    expect(doc.supersessions).toEqual([])
  })
})

describe('the action stem prefilter', () => {
  it('every action verb holds a stem, so no unit that acts is skipped', () => {
    const phrases = [
      'Executive Order 1 is hereby revoked',
      'I hereby revoke Executive Order 1',
      'This order supersedes Executive Order 1',
      'Executive Order 1 is superseded',
      'Executive Order 1 is further amended',
      'I hereby amend Executive Order 1',
      'I hereby prescribe the following amendments to the regulations',
      "the word ``x'' is stricken",
      'section 3 is redesignated',
      'Executive Order 1 is hereby suspended',
      'I hereby suspend',
      'Executive Order 1 is reinstated',
      ', and reinstate the memorandum',
      'Executive Order 1 is terminated',
      'I hereby terminate the national emergency',
      'a new section 4 is added',
      'is inserted',
      'is deleted',
      'is renumbered'
    ]
    for (const phrase of phrases) {
      const matched = actionVerbs.some((p) => p.passive.test(phrase) || p.active.test(phrase))
      expect({phrase, matched}).toEqual({phrase, matched: true})
      expect({phrase, stem: actionStem.test(phrase)}).toEqual({phrase, stem: true})
    }
  })

  it('on every bundled document, a unit a pattern matches holds a stem', () => {
    let matched = 0
    for (const name of corpusFiles()) {
      const source = readFileSync(path.join(corpusDir, name), 'utf8')
      for (const paragraph of source.split(/\n\s*\n/)) {
        if (!actionVerbs.some((p) => p.passive.test(paragraph) || p.active.test(paragraph)))
          continue
        matched++
        expect(actionStem.test(paragraph)).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(50)
  })
})

describe('purpose statements', () => {
  it('"This order amends Executive Order 13603" before the amendment itself is no second action', async () => {
    const doc = await parseCorpusFile('2026-03-13-dpa-delegations-amending-eo-13603.md')
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets])).toEqual([
      ['Sec. 2', 'amend', ['eo/13603/203']]
    ])
  })
})

describe('quotations', () => {
  it('an instrument the inserted text cites is no target of the item inserting it (EO 13691 s.6(d))', () => {
    const doc = parseOrder(
      'A Case',
      [
        'By the authority vested in me as President, it is hereby ordered as follows:',
        '                Sec. 6. National Industrial Security Program. Executive\n                Order 12829, as amended, is hereby further amended as\n                follows:',
        "                    (d) Sec. 102(c) is amended to read as follows:\n                ``Nothing in this order shall be construed to supersede\n                the authority of the Director of National Intelligence\n                under the National Security Act of 1947, as amended, or\n                Executive Order 12333 of December 8, 1981, as amended.'';"
      ],
      'case.md'
    )
    expect(doc.supersessions.flatMap((s) => s.targets)).not.toContain('eo/12333')
  })
})

describe('pointing back after an active verb', () => {
  it('"I hereby expand the scope of the national emergency declared in that Proclamation": Proclamation 10886 (IEEPA orders of 2025-02-01)', async () => {
    for (const name of ['2025-02-01-ieepa-duties-canada.md', '2025-02-01-ieepa-duties-china.md']) {
      const doc = await parseCorpusFile(name)
      expect(
        doc.supersessions.filter((s) => s.action === 'modify').flatMap((s) => s.targets),
        name
      ).toContain('proc/10886')
    }
  })
})

describe('catch-all clauses', () => {
  it('a revocation of named provisions "or any other provisions ..." is specific and general both', async () => {
    const doc = await parseCorpusFile('2025-02-10-steel-232-restoring-25pct.md')
    const seven = doc.supersessions.filter((s) => s.provision === '(7)')
    expect(seven.map((s) => [s.action, s.scope, s.targets])).toEqual([
      ['revoke', 'specific', ['proc/9705/3', 'proc/9777/1', 'proc/9980/2']],
      ['revoke', 'general', []]
    ])
  })
})

describe('compound verbs: "modify and supersede", "amend and supersede"', () => {
  it('acts on the provision its object is set forth in, not on what a phrase after it names', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 1. Turkmenistan. The restrictions imposed on Turkmenistan in this proclamation modify and supersede those set forth in section 3(f) of Proclamation 10949.',
        'Sec. 2. Exceptions. The exceptions in subsection (b) of this section amend and supersede the exceptions set forth in section 4(b) of Proclamation 10949 with respect to any countries listed in section 2 or 3 of Proclamation 10949.'
      ])
    ).toEqual([
      ['Sec. 1', 'supersede', ['proc/10949/3/f']],
      ['Sec. 1', 'modify', ['proc/10949/3/f']],
      ['Sec. 2', 'supersede', ['proc/10949/4/b']],
      ['Sec. 2', 'amend', ['proc/10949/4/b']]
    ])
  })
})

describe('verb forms, one case a line (test/fixtures/cases/verb-forms.tsv; action "-": no action)', () => {
  const cases = caseTable('verb-forms.tsv').map(([sentence, action, targets]) => {
    return {sentence: sentence!, action: action!, targets: targets!.split(' ')}
  })
  it.each(cases.map((c) => [c.sentence, c] as const))('%s', (_, c) => {
    const doc = parseOrder(
      'A Case',
      [
        'By the authority vested in me as President, it is hereby ordered as follows:',
        `Sec. 1. ${c.sentence}`
      ],
      'case.md'
    )
    // `*`: a general clause, which names no target of its own; `-`: no action.
    expect(
      doc.supersessions.map((s) => [s.action, s.scope === 'general' ? ['*'] : s.targets])
    ).toEqual(c.action === '-' ? [] : [[c.action, c.targets]])
  })
})

/** Each entry of an order made of the paragraphs: its provision, action and targets. */
const acting = (paragraphs: string[]) =>
  parseOrder('A Case', paragraphs, 'case.md').supersessions.map((s) => [
    s.provision,
    s.action,
    s.targets
  ])

describe('a change of a rate in force that names no instrument', () => {
  it("is the one instrument's its provision cites ('shall be paused' beside the order amended)", () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 3. Pause. In order to assess whether the threat described in section 1 of this order has abated, the additional 25 percent ad valorem rate of duty shall be paused and will not take effect until March 4, 2025. Accordingly, section 2(a) of Executive Order 14194 is amended by striking "February 4, 2025" and inserting "March 4, 2025".'
      ])
    ).toEqual([
      ['Sec. 3', 'suspend', ['eo/14194']],
      ['Sec. 3', 'amend', ['eo/14194/2/a']]
    ])
  })

  /** An order's background telling of the emergency Executive Order 14257 declared. */
  const reciprocalBackground =
    'Section 1. Background. In Executive Order 14257 of April 2, 2025 (Regulating Imports With a Reciprocal Tariff), I found that conditions reflected in large and persistent annual U.S. goods trade deficits constitute an unusual and extraordinary threat. I declared a national emergency with respect to that threat.'

  it('tariff headings suspended are the duties of the one instrument whose emergency the document deals with', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        reciprocalBackground,
        'Sec. 2. Continued Suspension. Heading 9903.01.63 and subdivision (v)(xiv)(10) of U.S. note 2 to subchapter III of chapter 99 of the HTSUS shall continue to be suspended until 12:01 a.m. eastern standard time on November 10, 2025.',
        'Sec. 3. Tariff Modifications. The HTSUS shall be modified, effective with respect to goods entered for consumption on or after 12:01 a.m. eastern daylight time on July 9, 2025, by suspending headings 9903.01.43 through 9903.01.62 until August 1, 2025.'
      ])
    ).toEqual([
      ['Sec. 2', 'suspend', ['eo/14257']],
      ['Sec. 3', 'suspend', ['eo/14257']]
    ])
    // No emergency named: whose headings they are is not said.
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 2. Continued Suspension. Heading 9903.01.63 of the HTSUS shall continue to be suspended until 12:01 a.m. eastern standard time on November 10, 2025.'
      ])
    ).toEqual([])
  })

  it('an instrument a retaliation answered is told of; the schedule modified "as follows" is the emergency\'s', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        reciprocalBackground,
        'Sec. 2. In recognition of the fact that the PRC has announced that it will retaliate against the United States in response to Executive Order 14257, the HTSUS shall be modified as follows:',
        'Sec. 3. In recognition of the fact that the PRC has announced that it will retaliate again in response to the Executive Order dated April 8, 2025 (Amendment to Reciprocal Tariffs), which amended Executive Order 14257, and in recognition of the national emergency declared in Executive Order 14257, the HTSUS shall be modified as follows:'
      ])
    ).toEqual([
      ['Sec. 2', 'modify', ['eo/14257']],
      ['Sec. 3', 'modify', ['eo/14257']]
    ])
  })

  it('is not a rate the provision imposes beside a definition it cites', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 2. With respect to energy or energy resources, as defined in section 8 of Executive Order 14156, such articles shall be, consistent with law, subject to an additional 10 percent ad valorem rate of duty.'
      ])
    ).toEqual([])
  })
})

describe('duties lifted for some products, their instruments listed after the colon', () => {
  it("reads 'the tariffs imposed through the following Presidential actions ... shall no longer apply:'", () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 3. Aerospace. (a) With respect to products of Japan that fall under the Agreement on Trade in Civil Aircraft, the tariffs imposed through the following Presidential actions and subsequent amendments to those actions shall no longer apply, as of the date of publication of the notice described in subsection (b) of this section:',
        '(i) Executive Order 14257, as amended;',
        '(ii) Proclamation 9704, as amended; and',
        '(iii) Proclamation 10962.'
      ])
    ).toEqual([['Sec. 3(a)', 'modify', ['eo/14257', 'proc/9704', 'proc/10962']]])
  })
})

describe('instruments the document lists in its own provisions, named by those', () => {
  const order = [
    'By the authority vested in me as President, it is hereby ordered as follows:',
    'Sec. 2. Applicability. This order shall apply only to the administration of tariffs imposed through the following actions:',
    '(a) Proclamation 10908 of March 26, 2025;',
    '(b) Executive Order 14193 of February 1, 2025, as amended by Executive Order 14197 of February 3, 2025; and',
    '(c) Proclamation 9704 of March 8, 2018, as amended by Proclamation 9980 of January 24, 2020.',
    'Sec. 3. Non-Stacking. (a) An article subject to tariffs pursuant to the action listed in section (2)(a) of this order shall not be subject to additional tariffs on that article pursuant to the actions listed in sections 2(b) through 2(c) of this order.',
    '(b) An article subject to tariffs pursuant to the action listed in section 2(b) of this order shall be subject to additional tariffs pursuant to the action listed in section 2(c) of this order.'
  ]
  it("a cut in reach ('shall not be subject to ... the actions listed in sections 2(b) through 2(c) of this order') modifies those", () => {
    expect(acting(order)).toEqual([['Sec. 3(a)', 'modify', ['eo/14193', 'proc/9704']]])
  })
})

describe('what an instrument made, ended where the text names no instrument', () => {
  it('a body disbanded right after the one order the provision revokes is that order’s', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 3. (a) Executive Order 13836 of May 25, 2018 (Developing Efficient Approaches to Federal Sector Collective Bargaining), is hereby revoked. The Interagency Labor Relations Working Group is hereby disbanded and the Director of OPM shall withdraw all materials issued by this working group.'
      ])
    ).toEqual([
      ['Sec. 3(a)', 'revoke', ['eo/13836']],
      ['Sec. 3(a)', 'terminate', ['eo/13836']]
    ])
    // Disbanded with no revocation before it in the provision: nothing named, nothing acted on.
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 3. The Interagency Labor Relations Working Group is hereby disbanded.'
      ])
    ).toEqual([])
  })

  it('a designation the findings say an instrument made is ended on that instrument', () => {
    const doc = parseDocument(
      [
        '---',
        'title: "A Proclamation To Take Certain Actions Under the African Growth and Opportunity Act"',
        'document_type: proclamation',
        '---',
        '1\\. In Proclamation 7853 of December 10, 2004, the President designated Burkina Faso as a beneficiary sub-Saharan African country for purposes of section 506A(a)(1) of the Trade Act of 1974.',
        '',
        'NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, do proclaim that:',
        '',
        '(1) The designation of Burkina Faso as a beneficiary sub-Saharan African country for purposes of section 506A of the Trade Act is terminated, effective January 1, 2023.',
        ''
      ].join('\n'),
      'case.md'
    ).json!
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets, s.effective])).toEqual([
      ['(1)', 'terminate', ['proc/7853'], '2023-01-01']
    ])
  })

  it('an annex replaced and superseded by this order’s: its text read anew, what it said superseded', () => {
    const doc = parseOrder(
      'A Case',
      [
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 2. The Annex to Executive Order 13959 is replaced and superseded in its entirety by the Annex to this order.'
      ],
      'case.md'
    )
    expect(
      doc.supersessions.map((s) => [
        s.action,
        s.targets,
        (s.operations ?? []).map((o) => `${o.operation}:${o.target}`)
      ])
    ).toEqual([
      ['supersede', ['eo/13959'], []],
      ['amend', ['eo/13959'], ['read-as:eo/13959']]
    ])
  })
})

describe('an amending passage', () => {
  it('an opening "is amended as follows:" whose items each amend a provision is not one more amendment', () => {
    const doc = parseOrder(
      'A Case',
      [
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 6. Executive Order 11545 of July 9, 1970 (Establishing the Defense Distinguished Service Medal), is amended as follows:',
        '(a) Section 1 is amended by striking “military officer” and inserting in lieu thereof “member of the Armed Forces”.',
        '(b) Section 2 is amended by striking “he” and inserting in lieu thereof “the Secretary”.'
      ],
      'case.md'
    )
    expect(doc.supersessions.map((s) => [s.provision, s.action, s.targets])).toEqual([
      ['Sec. 6(a)', 'amend', ['eo/11545/1']],
      ['Sec. 6(b)', 'amend', ['eo/11545/2']]
    ])
  })
})

describe('a monument enlarged modifies the proclamation that made it', () => {
  const proclamation = (formula: string) =>
    parseDocument(
      [
        '---',
        'title: "Expanding the San Gabriel Mountains National Monument"',
        'document_type: proclamation',
        '---',
        'In Proclamation 9194 of October 10, 2014, the President established the San Gabriel Mountains National Monument (monument), reserving approximately 346,177 acres of Federal lands.',
        '',
        formula,
        ''
      ].join('\n'),
      'case.md'
    ).json!
  it('"hereby proclaim the objects ... to be part of the ... National Monument": the one the findings say made it', () => {
    const doc = proclamation(
      'NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, by the authority vested in me by section 320301 of title 54, United States Code, hereby proclaim the objects identified above to be part of the San Gabriel Mountains National Monument and, for the purpose of protecting those objects, reserve as part thereof all lands within the boundaries described on the accompanying map.'
    )
    expect(doc.supersessions.map((s) => [s.action, s.targets])).toEqual([['modify', ['proc/9194']]])
  })
  it('not a monument the findings do not say an instrument made', () => {
    const doc = proclamation(
      'NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, hereby proclaim the objects identified above to be part of the Chuckwalla National Monument.'
    )
    expect(doc.supersessions).toEqual([])
  })
})

describe('a change set for a date, undone', () => {
  it('"(b) retain in effect the ... duty of 100 dollars in section 2(c)(ii) of Executive Order 14256 ..., notwithstanding the increase contemplated" modifies that provision', () => {
    expect(
      acting([
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 4. Postal Duties. I also deem it necessary and appropriate to:',
        '(a) retain in effect the per postal item containing goods duty of 100 dollars in section 2(c)(ii) of Executive Order 14256, as modified by Executive Order 14259, that has been in effect since 12:01 a.m. eastern daylight time on May 2, 2025, notwithstanding the increase contemplated effective June 1, 2025; and',
        '(b) retain in effect the rules of origin.'
      ])
    ).toEqual([['Sec. 4(a)', 'modify', ['eo/14256/2/c/ii']]])
  })
})

describe('a finding that changes an instrument now', () => {
  const findings = (finding: string) =>
    parseDocument(
      [
        '---',
        'title: "Restoring American Commercial Fishing in the Pacific"',
        'date: 2026-06-11',
        'document_type: proclamation',
        '---',
        '',
        finding,
        '',
        'NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, do proclaim that the Secretary of Commerce shall manage the area.',
        ''
      ].join('\n'),
      'case.md'
    ).json!.supersessions.map((s) => [s.action, s.targets])
  it('"Proclamation 10918 is modified to clarify that ..." modifies it', () => {
    expect(
      findings(
        'In 2025, Proclamation 10918 modified the monument.  Proclamation 10918 is modified to clarify that the proclamation itself removes monument-based prohibitions on commercial fishing.'
      )
    ).toEqual([['modify', ['proc/10918']]])
  })
  it('not one that tells of a change made before', () => {
    expect(
      findings(
        'In 2025, the monument changed.  Proclamation 10918 was modified to clarify that it removes prohibitions.'
      )
    ).toEqual([])
  })
})

describe('a catch-all of documents, with the named ones among them', () => {
  it('"All prior Presidential or other executive branch documents establishing ..., including ... Executive Order 11348 ..., are hereby revoked"', () => {
    const doc = parseOrder(
      'A Case',
      [
        'By the authority vested in me as President, it is hereby ordered as follows:',
        'Sec. 2. Elimination. All prior Presidential or other executive branch documents establishing or requiring the existence of the Institute, including any applicable provisions of Executive Order 11348 of April 20, 1967, are hereby revoked.'
      ],
      'case.md'
    )
    expect(doc.supersessions.map((s) => [s.action, s.scope, s.targets])).toEqual([
      ['revoke', 'specific', ['eo/11348']],
      ['revoke', 'general', []]
    ])
  })
})
