/**
 * A fair huge document for the memory and time benches: a real bundled proclamation with its findings and
 * provisions repeated before its signature, so every byte is read by every stage (text repeated after the
 * signature is not: the structure ends there). Made on demand, never committed.
 */
import {readFileSync} from 'node:fs'

/** The bundled document repeated: findings, then the operative words once, then provisions. */
export const fairSource = 'proclamations/2026-01-14-critical-minerals-232.md'

/** A document of about `bytes` UTF-8 bytes (a little more: whole paragraphs only), made from `fairSource`. */
export function fairDocument(bytes: number, source = fairSource): string {
  const real = readFileSync(source, 'utf8')
  const operative = real.indexOf('\nNOW, THEREFORE')
  const firstProvision = real.indexOf('\n(1)', operative)
  const witness = real.indexOf('\nIN WITNESS WHEREOF')
  const findingsStart = real.search(/\n1\.\s/)
  if (Math.min(operative, firstProvision, witness, findingsStart) < 0)
    throw new Error(`${source}: not the layout fairDocument repeats`)
  const head = real.slice(0, findingsStart + 1)
  const findings = real.slice(findingsStart + 1, operative + 1)
  const operativeWords = real.slice(operative + 1, firstProvision + 1)
  const provisions = real.slice(firstProvision + 1, witness + 1)
  const tail = real.slice(witness + 1)
  // Half the bytes findings, half provisions, as in the document itself roughly.
  const fixed = Buffer.byteLength(head + operativeWords + tail)
  const half = Math.max(0, (bytes - fixed) / 2)
  const repeat = (piece: string, target: number): string =>
    piece.repeat(Math.max(1, Math.ceil(target / Buffer.byteLength(piece))))
  return head + repeat(findings, half) + operativeWords + repeat(provisions, half) + tail
}
