import { getTranslations } from 'next-intl/server'

export default async function NotFound() {
  const t = await getTranslations('notFound')
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {/* Not under a locale's layout data: the root lets the language negotiation choose. */}
      <a href="/">{t('home')}</a>
    </section>
  )
}
