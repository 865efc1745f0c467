import type { ChartModel } from './reports-tables.js'
import { ReportTable } from './reports-table.js'

const WIDTH = 640
const HEIGHT = 240
const TOP = 26
const BOTTOM = 42
const SIDE = 8
const FONT = 13

/**
 * Bars per month as inline SVG, drawn on the server: no script, no web font, prints in
 * black (everything is `currentColor`). The SVG is one image to assistive technology,
 * named by its title and description; the numbers themselves are in the table that
 * follows it. Each bar carries its number as text, so a printed chart reads without the
 * table; a suppressed number gets no bar, only its "< 5" or "×". Right to left, the
 * months run from the right.
 */
export function BarChart(props: { chart: ChartModel; dir: 'ltr' | 'rtl' }) {
  const { chart, dir } = props
  const count = Math.max(1, chart.bars.length)
  const slot = (WIDTH - 2 * SIDE) / count
  const barWidth = slot * 0.6
  const plot = HEIGHT - TOP - BOTTOM
  const baseline = HEIGHT - BOTTOM
  const max = Math.max(1, ...chart.bars.map((bar) => bar.value ?? 0))
  const left = (index: number) =>
    dir === 'rtl' ? WIDTH - SIDE - (index + 1) * slot : SIDE + index * slot
  const round = (value: number) => Math.round(value * 10) / 10
  return (
    <figure id={chart.id} aria-labelledby={`${chart.id}-caption`}>
      <figcaption id={`${chart.id}-caption`}>
        <strong>{chart.title}</strong>
      </figcaption>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${chart.id}-title ${chart.id}-desc`}
        focusable="false"
        direction={dir}
      >
        <title id={`${chart.id}-title`}>{chart.title}</title>
        <desc id={`${chart.id}-desc`}>{chart.description}</desc>
        <line
          x1={SIDE}
          x2={WIDTH - SIDE}
          y1={baseline}
          y2={baseline}
          stroke="currentColor"
          stroke-width="1"
        />
        {chart.bars.map((bar, index) => {
          const height = bar.value === null ? 0 : (bar.value / max) * plot
          const center = round(left(index) + slot / 2)
          return (
            <g>
              {height > 0 ? (
                <rect
                  x={round(left(index) + (slot - barWidth) / 2)}
                  y={round(baseline - height)}
                  width={round(barWidth)}
                  height={round(height)}
                  fill="currentColor"
                  fill-opacity="0.7"
                />
              ) : null}
              <text
                x={center}
                y={round(baseline - height - 6)}
                text-anchor="middle"
                font-size={FONT}
                fill="currentColor"
              >
                {bar.text}
              </text>
              <text
                x={center}
                y={baseline + FONT + 4}
                text-anchor="middle"
                font-size={FONT}
                fill="currentColor"
              >
                {bar.label}
              </text>
              {bar.year ? (
                <text
                  x={center}
                  y={baseline + 2 * FONT + 8}
                  text-anchor="middle"
                  font-size={FONT}
                  fill="currentColor"
                >
                  {bar.year}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <ReportTable table={chart.table} captionHidden />
    </figure>
  )
}
