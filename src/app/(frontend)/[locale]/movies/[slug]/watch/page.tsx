import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { WatchPlayer } from '../../../../../../components/watch/WatchPlayer'
import { localePath } from '../../../../../../i18n/paths'
import { requireLocale } from '../../../../../../i18n/requireLocale'
import { getFilm } from '../../../../../../lib/catalogue'
import { formatDateTime } from '../../../../../../lib/format'
import { payloadClient } from '../../../../../../lib/payload'
import { rentalState } from '../../../../../../lib/rentals/viewerRentals'
import { viewerForPage } from '../../../../../../lib/viewer/viewerForPage'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const metadata: Metadata = { robots: { index: false } }

/**
 * The watch page, behind the rental gate: without an active rental the viewer goes back to the
 * film page, which opens the payment dialog (?rental=required) or says the rental has ended
 * (?rental=expired).
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

  const payload = await payloadClient()
  const state = await rentalState(payload, await viewerForPage(), film.id)
  if (state.state !== 'active') redirect(`${filmPage}?rental=${state.state === 'expired' ? 'expired' : 'required'}`)

  const t = await getTranslations('watch')
  // Where the stream lives is not public; the server reads it for a viewer holding a rental.
  const movie = await payload.findByID({ collection: 'movies', id: film.id, depth: 0, overrideAccess: true, select: { video: true } })
  const master = movie.video?.masterPlaylist

  return (
    <article className="watch page">
      <h1>{t('title', { title: film.title })}</h1>
      {master ? <WatchPlayer src={`/video/${master}`} title={film.title} poster={film.backdrop?.url ?? null} /> : <p className="notice">{t('noVideo')}</p>}
      <p data-testid="rental-ends">{t('endsAt', { time: formatDateTime(state.expiresAt, locale) })}</p>
      <p>
        <a href={filmPage}>{t('back')}</a>
      </p>
    </article>
  )
}
