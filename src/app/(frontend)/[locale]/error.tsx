'use client'
import { useParams } from 'next/navigation'
import en from '../../../../messages/en.json'
import lo from '../../../../messages/lo.json'

// No translation runtime in the browser for three strings: they come straight from the messages.
const messages = { en: en.error, lo: lo.error }

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const t = locale === 'lo' ? messages.lo : messages.en
  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </section>
  )
}
