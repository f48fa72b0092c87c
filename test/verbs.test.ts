/**
 * The verb table (src/supersede/actions.ts): one entry a verb, and everything else held to it: the
 * schema's action enum, the standing statusOf gives, the stems that let a unit be read at all.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Edge, Graph} from '../src/index.js'
import {statusOf} from '../src/index.js'
import {actionStem, actionVerbs} from '../src/supersede/actions.js'
import {corpusDir, corpusFiles, root} from './helpers.js'

const actions = actionVerbs.map((v) => v.action)

describe('the verb table', () => {
  it('has one entry a verb, and the schema enumerates exactly its actions', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schema/document.schema.json'), 'utf8'))
    const enumerated: string[] = schema.properties.supersessions.items.properties.action.enum
    expect(new Set(actions).size).toBe(actions.length)
    expect([...enumerated].sort()).toEqual([...actions].sort())
  })

  it('gives each verb the standing statusOf leaves its target in', () => {
    // Each action on an instrument revoked the year before: a verb that leaves the standing as it was (an
    // amendment) leaves it revoked.
    const edge = (action: Edge['action'], date: string): Edge => ({
      from: `eo/${date.slice(0, 4)}`,
      fromProvision: null,
      fromDocument: date,
      action,
      to: 'eo/1',
      scope: 'specific',
      date,
      signed: date,
      confidence: 'high',
      partial: false,
      text: ''
    })
    for (const verb of actionVerbs) {
      const edges = [edge('revoke', '2000-01-01'), edge(verb.action, '2001-01-01')]
      const graph: Graph = {
        edges,
        byTarget: new Map([['eo/1', edges]]),
        keys: new Map(),
        numbers: new Map()
      }
      expect({action: verb.action, standing: statusOf(graph, 'eo/1', '2002-01-01').status}).toEqual(
        {
          action: verb.action,
          standing: verb.standing ?? 'revoked'
        }
      )
    }
  })

  it("makes the stem of every verb's stems", () => {
    for (const verb of actionVerbs)
      for (const stem of verb.stems)
        expect({stem, matched: actionStem.test(stem)}).toEqual({stem, matched: true})
  })

  it('on every bundled document, a paragraph a verb matches holds one of that verb’s own stems', () => {
    const matched = new Map<string, number>()
    for (const name of corpusFiles()) {
      const source = readFileSync(path.join(corpusDir, name), 'utf8')
      for (const paragraph of source.split(/\n\s*\n/)) {
        for (const verb of actionVerbs) {
          const forms = [verb.passive.exec(paragraph), verb.active.exec(paragraph)]
          for (const form of forms) {
            if (!form) continue
            matched.set(verb.action, (matched.get(verb.action) ?? 0) + 1)
            const own = verb.stems.some((stem) => form[0].toLowerCase().includes(stem))
            expect({action: verb.action, form: form[0], own}).toEqual({
              action: verb.action,
              form: form[0],
              own: true
            })
          }
        }
      }
    }
    // Every verb but reinstate is printed in the bundled documents.
    for (const action of ['revoke', 'supersede', 'amend', 'suspend', 'terminate'])
      expect(matched.get(action) ?? 0).toBeGreaterThan(5)
  })
})
