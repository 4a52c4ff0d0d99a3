'use client'
import type { ReactNode, RefObject } from 'react'

type Props = {
  ref: RefObject<HTMLDialogElement | null>
  labelledBy: string
  closeLabel: string
  onClose?: () => void
  children: ReactNode
}

/** The site's modal: a native <dialog> (focus trap, Escape and backdrop come with it) ending in a close button. */
export function ModalDialog({ ref, labelledBy, closeLabel, onClose, children }: Props) {
  return (
    <dialog ref={ref} className="modal-dialog" aria-labelledby={labelledBy} onClose={onClose}>
      {children}
      <form method="dialog">
        <button className="button" type="submit">
          {closeLabel}
        </button>
      </form>
    </dialog>
  )
}
