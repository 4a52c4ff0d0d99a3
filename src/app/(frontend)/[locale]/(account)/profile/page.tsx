import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { Movie } from '../../../../../../payload-types'
import {
  ChangeEmailForm,
  ChangePasswordForm,
  DeleteAccountButton,
  LogOutButtons,
  SettingsForm,
} from '@/components/account/AccountForms'
import { AccountPage } from '@/components/account/AccountPage'
import { NotifyRequestItem } from '@/components/account/NotifyRequestItem'
import { perLocale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { requireLocale } from '@/i18n/requireLocale'
import { accountMetadata } from '@/lib/seo/accountMetadata'
import { formatDate, formatDateTime } from '@/lib/format'
import { payloadClient } from '@/lib/payload'
import { timeLeft } from '@/lib/rentals/timeLeft'
import { activeRentals, filmsInProgress, notifyRequests, pastRentals, watchlist } from '@/lib/viewer/viewerLibrary'
import { viewerForPage } from '@/lib/viewer/viewerForPage'

type Props = { params: Promise<{ locale: string }> }

// Rendered per request: it reads the query (or the viewer), unlike the cached catalogue pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await requireLocale(params), 'profile')
}

/** The viewer's own page: rentals with the time left, past rentals, films in progress, settings. */
export default async function ProfilePage({ params }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const viewer = await viewerForPage()
  if (viewer?.kind !== 'user') redirect(localePath(locale, '/login', { next: localePath(locale, '/profile') }))

  const { user } = viewer
  const shelf = { payload: await payloadClient(), viewer, locale }
  const [active, past, watching, saved, waiting, t, rent, language, watchlistT, notifyT] = await Promise.all([
    activeRentals({ ...shelf, limit: 50 }),
    pastRentals({ ...shelf, limit: 50 }),
    filmsInProgress({ ...shelf, limit: 50 }),
    watchlist({ ...shelf, limit: 100 }),
    notifyRequests({ ...shelf, limit: 100 }),
    getTranslations('account'),
    getTranslations('rent'),
    getTranslations('language'),
    getTranslations('watchlist'),
    getTranslations('notify'),
  ])
  const film = (movie: number | Movie) => (typeof movie === 'object' ? movie : null)
  const link = (movie: Movie, suffix = '') => (
    <a href={localePath(locale, `/movies/${movie.slug}${suffix}`)}>{movie.title}</a>
  )

  return (
    <AccountPage title={t('profile')}>
      <p data-testid="profile-name">{user.displayName || user.email}</p>

      <section aria-labelledby="active-rentals" data-testid="active-rentals">
        <h2 id="active-rentals">{t('activeRentals')}</h2>
        {active.length === 0 ? (
          <p>{t('noRentals')}</p>
        ) : (
          <ul>
            {active.map((rental) => {
              const movie = film(rental.movie)
              if (!movie) return null
              const left = timeLeft(rental.expiresAt)
              return (
                <li key={rental.id}>
                  {link(movie, '/watch')} —{' '}
                  <span className="rental-left">
                    {'hours' in left ? rent('rentedHoursLeft', left) : rent('rentedMinutesLeft', left)}
                  </span>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="continue-watching" data-testid="profile-continue-watching">
        <h2 id="continue-watching">{t('continueWatching')}</h2>
        {watching.length === 0 ? (
          <p>{t('nothingWatching')}</p>
        ) : (
          <ul>
            {watching.map((row) => {
              const movie = film(row.movie)
              if (!movie) return null
              return (
                <li key={row.id}>
                  {link(movie, '/watch')}{' '}
                  <progress max={row.durationSeconds} value={row.progressSeconds} aria-label={movie.title} />
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="watchlist" data-testid="profile-watchlist">
        <h2 id="watchlist">{watchlistT('title')}</h2>
        {saved.length === 0 ? (
          <p>{watchlistT('empty')}</p>
        ) : (
          <ul>
            {saved.map((item) => {
              const movie = film(item.movie)
              return movie ? <li key={item.id}>{link(movie)}</li> : null
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="notify-requests" data-testid="profile-notify-requests">
        <h2 id="notify-requests">{notifyT('title')}</h2>
        {waiting.length === 0 ? (
          <p>{notifyT('empty')}</p>
        ) : (
          <ul>
            {waiting.map((request) => {
              const movie = film(request.movie)
              if (!movie) return null
              return request.notifiedAt ? (
                <li key={request.id}>
                  {link(movie)} — {notifyT('notified', { date: formatDate(request.notifiedAt, locale) })}
                </li>
              ) : (
                <NotifyRequestItem
                  key={request.id}
                  requestId={request.id}
                  cancelLabel={notifyT('cancelFor', { title: movie.title })}
                >
                  {link(movie)}
                </NotifyRequestItem>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="rental-history" data-testid="rental-history">
        <h2 id="rental-history">{t('rentalHistory')}</h2>
        {past.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <ul>
            {past.map((rental) => {
              const movie = film(rental.movie)
              return movie ? (
                <li key={rental.id}>
                  {link(movie)} — {t('expiredOn', { date: formatDateTime(rental.expiresAt, locale) })}
                </li>
              ) : null
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">{t('settings')}</h2>
        <SettingsForm
          userId={user.id}
          initial={{
            displayName: user.displayName ?? '',
            preferredLocale: user.preferredLocale ?? locale,
            preferredSubtitleLocale: user.preferredSubtitleLocale ?? '',
          }}
          labels={perLocale((code) => language(code))}
        />
        <ChangeEmailForm />
        <ChangePasswordForm userId={user.id} />
      </section>
      <LogOutButtons locale={locale} />
      <DeleteAccountButton locale={locale} userId={user.id} />
    </AccountPage>
  )
}
