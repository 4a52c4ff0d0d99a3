import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { notFound, redirect } from 'next/navigation'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { WatchPlayer } from '@/components/watch/WatchPlayer'
import { localePath } from '@/i18n/paths'
import { requireLocale } from '@/i18n/requireLocale'
import type { Locale } from '@/i18n/locales'
import { getFilm, type FilmDetail } from '@/lib/catalogue'
import { formatDate, formatDateTime } from '@/lib/format'
import { payloadClient } from '@/lib/payload'
import { savedPosition } from '@/lib/progress/savedPosition'
import { rentalState } from '@/lib/rentals/viewerRentals'
import { streamPath, subtitlePath, thumbnailsPath, videoForWatchPage } from '@/lib/streaming/streams'
import { defaultSubtitleLanguage } from '@/lib/subtitles/defaultSubtitleLanguage'
import { viewerForPage } from '@/lib/viewer/viewerForPage'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const metadata: Metadata = { robots: { index: false } }

/**
 * The watch page, behind the rental gate: without an active rental the viewer goes back to the
 * film page, which opens the payment dialog (?rental=required) or says the rental has ended
 * (?rental=expired). A film that cannot be rented yet (src/lib/films/availability.ts) is explained
 * as coming soon instead, whatever the viewer holds: there is nothing to play.
 */
export default async function WatchPage({ params }: Props) {
  const { slug } = await params
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const found = await getFilm(locale, slug)
  if (!found) notFound()
  if ('redirectTo' in found) redirect(localePath(locale, `/movies/${found.redirectTo}/watch`))
  const film = found.film
  const filmPage = localePath(locale, `/movies/${film.slug}`)
  if (!film.availableToRent) return <ComingSoon film={film} locale={locale} filmPage={filmPage} />

  const payload = await payloadClient()
  const viewer = await viewerForPage()
  const state = await rentalState(payload, viewer, film.id)
  if (state.state !== 'active') redirect(`${filmPage}?rental=${state.state === 'expired' ? 'expired' : 'required'}`)

  const [t, messages, video, resumeAt] = await Promise.all([
    getTranslations('watch'),
    getMessages(),
    videoForWatchPage(payload, film.id),
    savedPosition(payload, viewer, film.id),
  ])
  const languages = video.subtitleLanguages
  const subtitleDefault = defaultSubtitleLanguage({
    available: languages,
    preferred: viewer?.kind === 'user' ? viewer.user.preferredSubtitleLocale : null,
    filmLanguage: video.originalLanguage,
    interfaceLanguage: locale,
  })
  const tPlayer = await getTranslations('player')

  return (
    <article className="watch page">
      <h1>{t('title', { title: film.title })}</h1>
      {video.playable ? (
        <NextIntlClientProvider messages={{ player: messages.player }}>
          <WatchPlayer
            movieId={film.id}
            src={streamPath(film.id)}
            title={film.title}
            poster={film.backdrop?.url ?? null}
            tracks={languages.map((language) => ({
              language,
              label: tPlayer(`subtitleLanguage.${language}`),
              src: subtitlePath(film.id, language),
              isDefault: language === subtitleDefault,
            }))}
            savedPosition={resumeAt}
            durationSeconds={video.durationSeconds}
            thumbnails={video.hasThumbnails ? thumbnailsPath(film.id) : null}
            rentalEndsAt={state.expiresAt}
            rentAgainHref={`${filmPage}?rental=expired`}
          />
        </NextIntlClientProvider>
      ) : (
        <p className="notice">{t('comingSoon', { title: film.title })}</p>
      )}
      <p data-testid="rental-ends">{t('endsAt', { time: formatDateTime(state.expiresAt, locale) })}</p>
      <p>
        <a href={filmPage}>{t('back')}</a>
      </p>
    </article>
  )
}

async function ComingSoon({ film, locale, filmPage }: { film: FilmDetail; locale: Locale; filmPage: string }) {
  const t = await getTranslations('watch')
  return (
    <article className="watch page" data-testid="watch-coming-soon">
      <h1>{film.title}</h1>
      <p className="notice" role="status">
        {t('comingSoon', { title: film.title })}
        {film.releaseDate && <> {t('comingSoonRelease', { date: formatDate(film.releaseDate, locale) })}</>}
      </p>
      <p>{t('comingSoonNotify')}</p>
      <p>
        <a className="button" href={filmPage}>
          {t('back')}
        </a>
      </p>
    </article>
  )
}
