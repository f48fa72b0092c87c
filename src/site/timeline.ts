/**
 * Citing documents over time as a small bar chart: one bar a year, drawn as inline SVG (no chart
 * library: a few rectangles), with a text equivalent for screen readers and for print.
 */
import type {Element} from 'hast'
import {h, s} from 'hastscript'

export interface TimelineOptions {
  /** Width and height of the chart in CSS pixels (default 640 x 120). */
  width?: number
  height?: number
}

/** A chart of how many documents cite something, each year from the first to the last. */
export function timeline(
  dates: ReadonlyArray<string | null>,
  what: string,
  options: TimelineOptions = {}
): Element | null {
  const {width = 640, height = 120} = options
  const years = dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4))] : []))
  if (years.length === 0) return null
  const first = Math.min(...years)
  const last = Math.max(...years)
  const counts = new Map<number, number>()
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1)
  const most = Math.max(...counts.values())
  const span = last - first + 1
  const axis = 18
  const slot = width / span
  const bars: Element[] = []
  for (let year = first; year <= last; year++) {
    const n = counts.get(year) ?? 0
    const barHeight = n === 0 ? 0 : Math.max(2, ((height - axis - 14) * n) / most)
    const x = (year - first) * slot
    bars.push(
      s('g', [
        s('title', `${year}: ${n} citing document${n === 1 ? '' : 's'}`),
        s('rect', {
          x: (x + slot * 0.15).toFixed(1),
          y: (height - axis - barHeight).toFixed(1),
          width: Math.max(1, slot * 0.7).toFixed(1),
          height: barHeight.toFixed(1),
          class: 'bar'
        }),
        ...(n > 0 && slot >= 16
          ? [
              s(
                'text',
                {x: (x + slot / 2).toFixed(1), y: (height - axis - barHeight - 3).toFixed(1)},
                String(n)
              )
            ]
          : [])
      ])
    )
  }
  // Year labels: every year when they fit, else about eight.
  const step = Math.max(1, Math.ceil(span / Math.max(1, Math.floor(width / 48))))
  const labels: Element[] = []
  for (let year = first; year <= last; year += step)
    labels.push(
      s(
        'text',
        {x: ((year - first) * slot + slot / 2).toFixed(1), y: height - 4, class: 'year'},
        String(year)
      )
    )
  const summary = `${years.length} citing document${years.length === 1 ? '' : 's'} of ${what}, ${first === last ? first : `${first} to ${last}`}`
  return h('figure.timeline', [
    s(
      'svg',
      {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary, class: 'chart'},
      [...bars, ...labels]
    ),
    h('figcaption', summary)
  ])
}
