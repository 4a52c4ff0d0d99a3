'use client'
import { useSearchParams } from 'next/navigation'

/** Read in the browser so the film page itself stays cacheable for everyone. */
export function RentalNotice({ requiredText }: { requiredText: string }) {
  const reason = useSearchParams().get('rental')
  if (reason !== 'required') return null
  return (
    <p className="notice" role="alert">
      {requiredText}
    </p>
  )
}
