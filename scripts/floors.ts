/**
 * Recorded floors of the accuracy scores (scripts/score-floors.json): a scorer
 * checks each figure it prints against its floor, and exits 1 when one drops
 * below, so `.ci/run` fails on a regression. Floors are raised by hand when a
 * score improves, never lowered to let a regression through.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const floorsFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../scripts/score-floors.json'
)
const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<
  string,
  Record<string, number>
>
const below: string[] = []

/** Checks one figure against its floor (`scorer.name` in the floors file); a figure with no floor is only printed. */
export function checkFloor(scorer: string, name: string, value: number): void {
  const floor = floors[scorer]?.[name]
  if (floor === undefined) return
  if (value + 1e-9 < floor) below.push(`${scorer} ${name}: ${value.toFixed(3)} < floor ${floor}`)
}

/** Prints the floors result and sets the exit code: 1 when a figure fell below its floor. */
export function reportFloors(scorer: string): void {
  const checked = Object.keys(floors[scorer] ?? {}).length
  if (below.length === 0) {
    console.log(`\nfloors: ${checked} figures at or above their floors (scripts/score-floors.json)`)
    return
  }
  console.log(`\nBELOW FLOOR (scripts/score-floors.json):\n  ${below.join('\n  ')}`)
  process.exitCode = 1
}
