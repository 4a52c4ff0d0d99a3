import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { FilmList } from '@/components/films/FilmList'
import { JsonLd } from '@/components/films/JsonLd'
import type { Locale } from '@/i18n/locales'
import { requireLocale } from '@/i18n/requireLocale'
import { localePath } from '@/i18n/paths'
import { getPerson, type PersonDetail } from '@/lib/catalogue'
import { formatDate } from '@/lib/format'
import { absoluteUrl, alternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; id: string }> }

export function generateStaticParams() {
  return []
}

async function load(locale: Locale, id: string): Promise<PersonDetail> {
  const numeric = Number(id)
  const person = Number.isSafeInteger(numeric) && numeric > 0 ? await getPerson(locale, numeric) : null
  if (!person) notFound()
  return person
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const locale = await requireLocale(params)
  const person = await load(locale, id)
  return {
    title: person.name,
    description: person.biography?.slice(0, 200) ?? undefined,
    alternates: alternates(locale, `/people/${person.id}`),
    openGraph: {
      type: 'profile',
      title: person.name,
      images: person.profile
        ? [{ url: absoluteUrl(person.profile.url), width: person.profile.width, height: person.profile.height }]
        : undefined,
    },
  }
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const [person, t] = await Promise.all([load(locale, id), getTranslations('person')])
  return (
    <article className="page person">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: person.name,
          url: absoluteUrl(localePath(locale, `/people/${person.id}`)),
          ...(person.biography && { description: person.biography }),
          ...(person.birthday && { birthDate: person.birthday.slice(0, 10) }),
          ...(person.placeOfBirth && { birthPlace: person.placeOfBirth }),
          ...(person.profile && { image: absoluteUrl(person.profile.url) }),
        }}
      />
      <div className="person-head">
        {person.profile && (
          <Image
            className="person-photo"
            src={person.profile.url}
            alt={t('photoAlt', { name: person.name })}
            width={person.profile.width}
            height={person.profile.height}
            sizes="160px"
            priority
          />
        )}
        <div>
          <h1>{person.name}</h1>
          <dl className="person-facts">
            {person.birthday && (
              <>
                <dt>{t('born')}</dt>
                <dd>{formatDate(person.birthday, locale)}</dd>
              </>
            )}
            {person.placeOfBirth && (
              <>
                <dt>{t('placeOfBirth')}</dt>
                <dd>{person.placeOfBirth}</dd>
              </>
            )}
          </dl>
        </div>
      </div>
      {person.biography && (
        <section aria-labelledby="biography">
          <h2 id="biography">{t('biography')}</h2>
          <p>{person.biography}</p>
        </section>
      )}
      <section aria-labelledby="filmography" data-testid="filmography">
        <h2 id="filmography">{t('filmography')}</h2>
        {person.asCast.length === 0 && person.asCrew.length === 0 && <p>{t('noFilms')}</p>}
        {person.asCast.length > 0 && (
          <>
            <h3>{t('asCast')}</h3>
            <FilmList films={person.asCast} locale={locale} layout="grid" />
          </>
        )}
        {person.asCrew.length > 0 && (
          <>
            <h3>{t('asCrew')}</h3>
            <ul className="people-list">
              {person.asCrew.map((credit) => (
                <li key={`${credit.id}-${credit.job}`}>
                  <a href={localePath(locale, `/movies/${credit.slug}`)}>{credit.title}</a>
                  {credit.year && ` (${credit.year})`}
                  {credit.job && <span className="character"> · {credit.job}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  )
}
