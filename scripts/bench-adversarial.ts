/**
 * Adversarial inputs, each doubled in size: the whole parse (Markdown, structure, citations, supersessions) of a
 * document made of one repeated form must take at most about twice the time when the input doubles. Forms: a
 * provision repeating "Proclamation N is revoked." (EO 14148's list of rescissions, grown), a list of "section N",
 * HTSUS headings, emphasis marks, lists nested by indentation, block quotes on one line.
 *
 *   npm run bench:adversarial [-- --sizes 256,512,1024,2048]   (sizes in KB)
 */
import {parseArgs} from 'node:util'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {Targets, machineLine} from './bench-report.js'

const {values} = parseArgs({options: {sizes: {type: 'string', default: '256,512,1024,2048'}}})
const sizes = values.sizes.split(',').map(Number)

const head =
  '---\ntitle: Adversarial\ndate: 2025-01-01\n---\nBy the authority vested in me as President, it is hereby ordered:\n\nSection 1. '

/** Each form: the piece repeated, by its index. */
const forms: Record<string, (i: number) => string> = {
  'Proclamation N is revoked.': (i) => `Proclamation ${9000 + (i % 900)} is revoked. `,
  'section N, ...': (i) => `section ${100 + (i % 800)}, `,
  'HTSUS headings': (i) => `heading 9903.${10 + (i % 80)}.${10 + (i % 89)}, `,
  'emphasis marks': (i) => (i % 2 ? '*word* ' : '**strong** '),
  'nested lists': (i) => `\n${'  '.repeat(i % 400)}- item`,
  'block quotes': () => '> ',
  // recheck's attack on the annex-changed pattern (lookbehinds read from every place, before the fix).
  'updated version of Annex w w ...': (i) => (i % 40 === 0 ? 'updated version of Annex ' : 'w '),
  'NOW, THEREFORE after spaces': (i) => (i % 200 === 0 ? '. NOW, THEREFORE, I ' : '  ')
}

function timeOf(text: string): number {
  const start = performance.now()
  parseDocument(text, 'adversarial.md')
  return (performance.now() - start) / 1000
}

console.log(machineLine())
const targets = new Targets()
console.log(`| form | ${sizes.map((kb) => `${kb} KB`).join(' | ')} | worst doubling |`)
console.log(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`)
for (const [name, piece] of Object.entries(forms)) {
  const times = sizes.map((kb) => {
    let body = ''
    for (let i = 0; body.length < kb * 1024; i++) body += piece(i)
    return timeOf(`${head}${body}\n`)
  })
  // The ratio of each doubling; a small first time is noise, so the ratio is taken from 0.05 s on.
  const ratios = times.slice(1).map((t, i) => t / Math.max(times[i]!, 0.05))
  const worst = Math.max(...ratios)
  console.log(
    `| ${name} | ${times.map((t) => `${t.toFixed(2)} s`).join(' | ')} | ${worst.toFixed(2)}x |`
  )
  targets.check(`${name}: time when the input doubles`, worst, 'at-most', 2.5, 'x')
}
targets.report()
