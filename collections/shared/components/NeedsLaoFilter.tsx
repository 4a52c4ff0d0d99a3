'use client'
import { usePathname, useSearchParams } from 'next/navigation'

/** Above the list: one click between "everything" and "only what still needs Lao". */
export function NeedsLaoFilter() {
  const pathname = usePathname()
  const params = useSearchParams()
  const active = params.get('where[needsLao][equals]') === 'true'
  const href = active ? pathname : `${pathname}?where[needsLao][equals]=true`
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} data-testid="needs-lao-filter">
        {active ? 'Show all' : 'Show only: needs Lao'}
      </a>
    </div>
  )
}
