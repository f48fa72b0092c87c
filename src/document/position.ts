/** Points in a file from source offsets, as every stage places what it finds. */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** Where an offset stands when the file gives no place for it. */
const start: Point = {line: 1, column: 1, offset: 0}

/**
 * The point (line, column, offset) of each source offset in a file. An offset
 * past either end of the text is taken at that end.
 */
export function pointLocator(file: VFile): (offset: number) => Point {
  const place = location(file)
  const length = String(file).length
  return (offset) => place.toPoint(Math.min(Math.max(offset, 0), length)) ?? {...start}
}
