import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

/** An account page's frame: its title, and the account messages its client forms need. */
export async function AccountPage({ title, children }: { title: string; children: ReactNode }) {
  const messages = await getMessages()
  return (
    <article className="page account-page">
      <h1>{title}</h1>
      <NextIntlClientProvider messages={{ account: messages.account }}>{children}</NextIntlClientProvider>
    </article>
  )
}
