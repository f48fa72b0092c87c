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

const proclaimSupersede: Plugin<[], PresidentialDocument> =
  () =>
  (tree: PresidentialDocument, file: VFile): void => {
    const toPoint = pointLocator(file)
    // Letters, messages and notices tell of actions ("The order amends Executive Order 14024"); they take none.
    tree.data.supersessions =
      tree.data.meta.type === 'other' ? [] : detectSupersessions(tree.children, toPoint)
  }

export default proclaimSupersede
