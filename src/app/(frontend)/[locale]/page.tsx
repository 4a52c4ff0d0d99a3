import { getTranslations, setRequestLocale } from 'next-intl/server'
import { FilmGrid } from '../../../components/films/FilmGrid'
import type { Locale } from '../../../i18n/locales'
import { listPublishedFilms } from '../../../lib/catalogue'

type Props = { params: Promise<{ locale: Locale }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, films] = await Promise.all([getTranslations('home'), listPublishedFilms(locale)])
  return (
    <section className="page">
      <h1>{t('allFilms')}</h1>
      {films.length ? <FilmGrid films={films} locale={locale} /> : <p>{t('empty')}</p>}
    </section>
  )
}
