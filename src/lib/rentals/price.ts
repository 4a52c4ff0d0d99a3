import type { Payload } from 'payload'

/** The default price until editors set one in Rental settings. */
export const initialDefaultPriceLak = 20_000

/** What renting the film costs: its own price, else the site-wide default. */
export async function rentalPriceOf(payload: Payload, movie: { rentalPriceLak?: number | null }): Promise<number> {
  if (typeof movie.rentalPriceLak === 'number') return movie.rentalPriceLak
  const settings = await payload.findGlobal({ slug: 'rental-settings', overrideAccess: true })
  return settings.defaultPriceLak ?? initialDefaultPriceLak
}

export const hours = (n: number) => n * 60 * 60 * 1000
