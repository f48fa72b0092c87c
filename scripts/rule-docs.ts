/** `npm run docs:rules`: write docs/rules/ from the rules' metadata (src/check/rule-docs.ts). */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {ruleDocs} from '../src/check/rule-docs.js'

const dir = path.resolve('docs/rules')
mkdirSync(dir, {recursive: true})
const docs = ruleDocs()
for (const [name, text] of docs) writeFileSync(path.join(dir, name), text)
console.log(`wrote ${docs.size} pages to ${path.relative(process.cwd(), dir)}/`)
