/**
 * proclaimSupersede: a unified plugin for the document tree (after the citation
 * stage) that finds what the document revokes, amends, supersedes, suspends,
 * reinstates or terminates, and keeps it on the root's data.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {pointLocator} from '../document/position.js'
import type {PresidentialDocument} from '../document/types.js'
import {detectSupersessions} from './detect.js'
import {applyEffectiveDates} from './effective.js'

const proclaimSupersede: Plugin<[], PresidentialDocument> =
  () =>
  (tree: PresidentialDocument, file: VFile): void => {
    const toPoint = pointLocator(file)
    const {meta} = tree.data
    // The date days are counted from ("3 days after the date of this order").
    const signed = meta.signedDate ?? meta.date
    // Letters, messages and notices tell of actions ("The order amends Executive Order 14024"); they take none but
    // one: a notice keeps a national emergency on ("I am continuing for 1 year the national emergency declared in
    // Executive Order 14024"), as the National Emergencies Act's section 202(d) has it done.
    const found = detectSupersessions(tree.children, toPoint, signed)
    // An order under another statute (section 721 of the Defense Production Act: "..., it is hereby ordered:") enacts,
    // as any order does; a letter's formula reports ("I hereby report").
    const enacts =
      meta.type !== 'other' ||
      tree.children.some((c) => c.type === 'enactingFormula' && c.verb === 'order')
    const entries = enacts ? found : found.filter((e) => e.action === 'continue')
    // Dates another sentence sets ("the modifications made by clause 1 ... shall be effective ... on June 4").
    applyEffectiveDates(entries, tree.children, signed)
    tree.data.supersessions = entries
  }

export default proclaimSupersede
