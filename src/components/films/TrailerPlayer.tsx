'use client'
import dynamic from 'next/dynamic'
import { useState } from 'react'

// The player (Vidstack and hls.js) loads only when the viewer asks for the trailer.
const TrailerVideo = dynamic(() => import('./TrailerVideo').then((module) => module.TrailerVideo), { ssr: false })

type Props = { src: string; title: string; buttonLabel: string; accessibleName: string }

/** The film page's trailer: for anyone, no rental; played in place when asked for. */
export function TrailerPlayer({ src, title, buttonLabel, accessibleName }: Props) {
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="play-trailer">
        ▶ {buttonLabel}
      </button>
    )
  }
  return <TrailerVideo src={src} title={title} accessibleName={accessibleName} />
}
