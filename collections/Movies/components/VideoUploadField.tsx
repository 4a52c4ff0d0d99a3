'use client'
/** Replaced by the upload field in the next commit. */
export function VideoUploadField() {
  return null
}
