import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { CSSProperties, ReactNode } from 'react'
import {
  addDays,
  dayIn,
  filmFigures,
  periodOfDays,
  reportingTimeZone,
  type FilmFigures,
} from '@/lib/analytics/filmFigures'
import { EditorsPage, editorsOnly } from '../../shared/components/EditorsPage'
import { analyticsPath } from '../adminView'
import { adminTextIn } from '@/i18n/admin/adminText'
import { analyticsStrings, type AnalyticsText } from './analyticsText'
import { DailyChart } from './DailyChart'

const defaultDays = 30
const maxDays = 366

const dayPattern = /^\d{4}-\d{2}-\d{2}$/
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && dayPattern.test(value) && addDays(value, 0) === value
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The period the form asks for, or the last 30 days (today included) when it asks for none or for nonsense. */
function requestedPeriod(
  searchParams: AdminViewServerProps['searchParams'],
  text: AnalyticsText,
): {
  fromDay: string
  toDay: string
  problem?: string
} {
  const toDefault = dayIn(new Date())
  const fallback = { fromDay: addDays(toDefault, 1 - defaultDays), toDay: toDefault }
  const from = first(searchParams?.from)
  const to = first(searchParams?.to)
  if (from === undefined && to === undefined) return fallback
  if (!isDay(from) || !isDay(to)) return { ...fallback, problem: text.pickBoth }
  if (from > to) return { ...fallback, problem: text.startBeforeEnd }
  if (addDays(from, maxDays) <= to) return { ...fallback, problem: text.tooLong.replace('{days}', String(maxDays)) }
  return { fromDay: from, toDay: to }
}

/** /admin/analytics: one film's viewing and sales figures over a period, for editors and admins. */
export async function AnalyticsView(view: AdminViewServerProps) {
  const { searchParams } = view
  const req = editorsOnly(view, analyticsPath)
  const adminRoute = req.payload.config.routes.admin
  const text = adminTextIn(analyticsStrings, req.i18n.language)

  const { docs: films } = await req.payload.find({
    collection: 'movies',
    select: { title: true },
    sort: 'title',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
  })
  const requestedFilm = Number(first(searchParams?.movie))
  const film = films.find((f) => f.id === requestedFilm) ?? films[0]
  const period = requestedPeriod(searchParams, text)
  const figures = film
    ? await filmFigures(req.payload, { movieId: film.id, ...periodOfDays(period.fromDay, period.toDay) })
    : null

  return (
    <EditorsPage
      view={view}
      title={text.title}
      intro={
        <>
          {text.intro} {reportingTimeZone}.
        </>
      }
    >
      <form
        method="get"
        action={formatAdminURL({ adminRoute, path: analyticsPath })}
        data-testid="analytics-form"
        style={styles.form}
      >
        <label style={styles.label}>
          {text.film}
          <select name="movie" defaultValue={film?.id} data-testid="analytics-film" style={styles.input}>
            {films.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title || `${text.film} ${f.id}`}
              </option>
            ))}
          </select>
        </label>
        <label style={styles.label}>
          {text.from}
          <input
            type="date"
            name="from"
            defaultValue={period.fromDay}
            required
            data-testid="analytics-from"
            style={styles.input}
          />
        </label>
        <label style={styles.label}>
          {text.to}
          <input
            type="date"
            name="to"
            defaultValue={period.toDay}
            required
            data-testid="analytics-to"
            style={styles.input}
          />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }}>
          {text.show}
        </button>
      </form>
      {period.problem && (
        <p role="alert" data-testid="analytics-problem" style={{ color: 'var(--theme-error-500)' }}>
          {period.problem} {text.showingDefault.replace('{days}', String(defaultDays))}
        </p>
      )}
      {!film || !figures ? <p>{text.noFilms}</p> : <Figures figures={figures} text={text} />}
    </EditorsPage>
  )
}

const count = new Intl.NumberFormat('en-US')
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 })
const lak = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'LAK', maximumFractionDigits: 0 })

function formatWatchTime(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return seconds < 60 ? `${Math.round(seconds)} s` : `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

const milliseconds = (ms: number | null) =>
  ms === null ? '—' : ms < 1000 ? `${count.format(ms)} ms` : `${(ms / 1000).toFixed(2)} s`

function Figures({ figures, text }: { figures: FilmFigures; text: AnalyticsText }) {
  return (
    <>
      <dl style={styles.grid} data-testid="analytics-figures">
        <Figure testId="figure-plays" label={text.plays} value={figures.plays} shown={count.format(figures.plays)} />
        <Figure
          testId="figure-unique-viewers"
          label={text.uniqueViewers}
          value={figures.uniqueViewers}
          shown={count.format(figures.uniqueViewers)}
        />
        <Figure
          testId="figure-watch-time"
          label={text.watchTime}
          value={figures.watchTimeSeconds}
          shown={formatWatchTime(figures.watchTimeSeconds)}
        />
        <Figure
          testId="figure-completion-rate"
          label={text.completionRate}
          value={figures.completionRate}
          shown={percent.format(figures.completionRate)}
          note={text.completionNote}
        />
        <Figure
          testId="figure-startup-median"
          label={text.startupMedian}
          value={figures.startupMedianMs}
          shown={milliseconds(figures.startupMedianMs)}
          note={text.startupNote}
        />
        <Figure
          testId="figure-startup-p95"
          label={text.startupP95}
          value={figures.startupP95Ms}
          shown={milliseconds(figures.startupP95Ms)}
        />
        <Figure
          testId="figure-rebuffering-ratio"
          label={text.rebuffering}
          value={figures.rebufferingRatio}
          shown={percent.format(figures.rebufferingRatio)}
          note={text.rebufferingNote}
        />
        <Figure
          testId="figure-rentals"
          label={text.rentals}
          value={figures.rentals}
          shown={count.format(figures.rentals)}
          note={text.rentalsNote}
        />
        <Figure
          testId="figure-revenue"
          label={text.revenue}
          value={figures.revenueLak}
          shown={lak.format(figures.revenueLak)}
          note={text.revenueNote}
        />
      </dl>
      <DailyChart daily={figures.daily} text={text} />
    </>
  )
}

/** `data-value` holds the exact figure (empty when there is none), whatever the rounding of the text shown. */
function Figure({
  testId,
  label,
  value,
  shown,
  note,
}: {
  testId: string
  label: string
  value: number | null
  shown: ReactNode
  note?: string
}) {
  return (
    <div style={styles.card}>
      <dt style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85rem' }}>{label}</dt>
      <dd
        data-testid={testId}
        data-value={value ?? ''}
        style={{ margin: '0.25rem 0 0', fontSize: '1.6rem', fontWeight: 600 }}
      >
        {shown}
      </dd>
      {note && (
        <dd style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-500)', fontSize: '0.75rem' }}>{note}</dd>
      )}
    </div>
  )
}

const styles = {
  form: { display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-end', marginBottom: '1.5rem' },
  label: { display: 'flex', flexDirection: 'column', gap: '0.3rem', fontSize: '0.85rem' },
  input: {
    padding: '0.5rem',
    minWidth: '10rem',
    background: 'var(--theme-input-bg)',
    color: 'var(--theme-text)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))',
    gap: '1rem',
    margin: '0 0 2rem',
  },
  card: {
    padding: '1rem',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-m)',
    background: 'var(--theme-elevation-50)',
  },
} satisfies Record<string, CSSProperties>
