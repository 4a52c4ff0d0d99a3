import type { Locale } from '@/i18n/locales'
import { perLocale } from '../format'

/** One quality of a film's ladder and the data a whole viewing of it takes. */
export type DataCost = { quality: string; bytes: number }

/**
 * The approximate data a full viewing takes at each quality: the variant's bandwidth (bits per
 * second, as the master playlist states it) × the film's length. Bandwidth is the ladder's
 * nominal rate, so the figure is an estimate, as the dialog says.
 */
export function dataCosts(
  qualities: { name: string; bandwidth: number }[],
  lengthSeconds: number | null | undefined,
): DataCost[] {
  if (!lengthSeconds || lengthSeconds <= 0) return []
  return qualities.map(({ name, bandwidth }) => ({ quality: name, bytes: Math.round((bandwidth * lengthSeconds) / 8) }))
}

/**
 * "540 MB", "3.4 GB" (Lao: "3,4 GB"): decimal units, as phone plans count them. Whole megabytes
 * below a gigabyte, one decimal above.
 */
const gigabytes = perLocale(
  (intl) => new Intl.NumberFormat(intl, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }),
)
const megabytes = perLocale(
  (intl) => new Intl.NumberFormat(intl, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }),
)

export function formatDataSize(bytes: number, locale: Locale): string {
  if (bytes >= 1e9) return gigabytes(locale).format(bytes / 1e9)
  return megabytes(locale).format(Math.max(1, Math.round(bytes / 1e6)))
}
