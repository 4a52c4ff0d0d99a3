import type { PaymentProvider } from '../provider'
import { demoProvider } from './demo'

const providers: Record<string, PaymentProvider> = {
  [demoProvider.name]: demoProvider,
}

export function providerNamed(name: string): PaymentProvider | null {
  return Object.hasOwn(providers, name) ? providers[name]! : null
}

/**
 * The provider new checkouts use, from PAYMENT_PROVIDER. Development defaults to the demo
 * provider; production must name one, so a live site never takes pretend payments by accident.
 */
export function checkoutProvider(): PaymentProvider | null {
  const name = process.env.PAYMENT_PROVIDER?.trim() || (process.env.NODE_ENV === 'production' ? '' : demoProvider.name)
  return name ? providerNamed(name) : null
}
