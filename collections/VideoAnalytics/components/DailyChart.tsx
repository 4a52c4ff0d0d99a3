import type { DailyFigures } from '@/lib/analytics/filmFigures'
import type { AnalyticsText } from './analyticsText'

const width = 720
const height = 140
const axis = 18

type Series = { testId: string; title: string; unit: string; range: string; values: number[] }

/** Daily plays and watch time as plain SVG bars (no chart library), with the numbers in a table beside them. */
export function DailyChart({ daily, text }: { daily: DailyFigures[]; text: AnalyticsText }) {
  const range = text.chartRange.replace('{from}', daily[0]?.day ?? '').replace('{to}', daily.at(-1)?.day ?? '')
  const series: Series[] = [
    { testId: 'chart-plays', title: text.playsPerDay, unit: text.playsUnit, range, values: daily.map((d) => d.plays) },
    {
      testId: 'chart-watch-time',
      title: text.watchTimePerDay,
      unit: text.minutesUnit,
      range,
      values: daily.map((d) => Math.round(d.watchTimeSeconds / 60)),
    },
  ]
  return (
    <section data-testid="analytics-daily" style={{ marginBottom: '2rem' }}>
      {series.map((s) => (
        <figure key={s.testId} style={{ margin: '0 0 1.5rem' }}>
          <figcaption style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{s.title}</figcaption>
          <Bars days={daily.map((d) => d.day)} series={s} />
        </figure>
      ))}
      <details>
        <summary style={{ cursor: 'pointer' }}>{text.dailyTable}</summary>
        <table data-testid="analytics-daily-table" style={{ marginTop: '0.5rem', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{text.day}</th>
              <th style={cell}>{text.plays}</th>
              <th style={cell}>{text.watchTimeSeconds}</th>
            </tr>
          </thead>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <td style={cell}>{d.day}</td>
                <td style={cell}>{d.plays}</td>
                <td style={cell}>{d.watchTimeSeconds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

const cell = {
  padding: '0.25rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'right',
} as const

function Bars({ days, series }: { days: string[]; series: Series }) {
  const max = Math.max(1, ...series.values)
  const slot = width / Math.max(1, days.length)
  const plotHeight = height - axis
  const labelled = new Set([0, Math.floor((days.length - 1) / 2), days.length - 1])
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      style={{ width: '100%', maxWidth: width, height: 'auto' }}
      role="img"
      aria-label={`${series.title}, ${series.range} ${max} ${series.unit}`}
      data-testid={series.testId}
    >
      <line x1={0} x2={width} y1={plotHeight} y2={plotHeight} stroke="var(--theme-elevation-200)" />
      <text x={2} y={11} fontSize={11} fill="var(--theme-elevation-600)">
        {max} {series.unit}
      </text>
      {series.values.map((value, i) => {
        const barHeight = (value / max) * (plotHeight - 16)
        return (
          <rect
            key={days[i]}
            x={i * slot + slot * 0.15}
            y={plotHeight - barHeight}
            width={slot * 0.7}
            height={barHeight}
            fill="var(--theme-success-500)"
            data-day={days[i]}
            data-value={value}
          >
            <title>{`${days[i]}: ${value} ${series.unit}`}</title>
          </rect>
        )
      })}
      {days.map((day, i) =>
        labelled.has(i) ? (
          <text
            key={day}
            x={Math.min(width - 60, i * slot)}
            y={height - 4}
            fontSize={11}
            fill="var(--theme-elevation-600)"
          >
            {day}
          </text>
        ) : null,
      )}
    </svg>
  )
}
