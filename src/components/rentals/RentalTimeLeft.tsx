'use client'
import { useTranslations } from 'next-intl'
import { timeLeft } from '@/lib/rentals/timeLeft'

/** "Rented — 23 h left": whole hours while an hour or more is left, then minutes. */
export function RentalTimeLeft({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations('rent')
  const left = timeLeft(expiresAt)
  return 'hours' in left ? t('rentedHoursLeft', left) : t('rentedMinutesLeft', left)
}
