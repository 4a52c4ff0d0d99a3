/**
 * Where HLS ladders live: local disk in development, a Google Cloud Storage bucket in production
 * (VIDEO_STORAGE=gcs). Paths are relative to the storage root, e.g. `lao-sample/360p/segment_000.ts`.
 */
export interface VideoStorage {
  /** A playlist's text, or null when there is no such object. */
  readText(objectPath: string): Promise<string | null>
  /**
   * Gives the viewer an object's bytes: the bytes themselves, honouring Range (local disk), or a
   * redirect to a short-lived signed URL so the bytes come straight from the bucket (GCS).
   */
  deliver(objectPath: string, requestHeaders: Headers): Promise<Response>
  /**
   * Copies a finished ladder from a local folder to `objectPrefix`. Ladders are written once under
   * a new prefix and never changed, so viewers of an older ladder are never cut off.
   */
  putFolder(localFolder: string, objectPrefix: string): Promise<void>
}
