import type { Access, Where } from 'payload'
import { isEditor } from '../../access/roles'

/**
 * Editors see every image; everyone else only the poster or backdrop of a published film and
 * people's profile pictures (people are public). A draft film's images stay private until it is
 * published, so `/api/media` does not announce unreleased films.
 *
 * A Where over the media collection's join fields, not a list of ids: Payload turns it into SQL
 * left joins on indexed columns (movies.poster_id, movies.backdrop_id, people.profile_id) inside
 * the query it runs anyway, so the rule costs no query of its own and does not grow with the
 * catalogue. A list of ids would: one more query per check, and an `IN (…)` as long as the
 * catalogue's images. That matters because every `/api/media/file/…` request (so every image
 * Next's optimizer fetches) runs this rule again: there it joins onto the lookup by file name
 * Payload does anyway (measured: 2 queries per file instead of 1, as the adapter selects the
 * matching id before the row; 0.2 ms on the test database). The movies
 * table holds a film's published version, so a draft edit's new poster stays private until published.
 */
export const publishedImagesOrEditor: Access = ({ req }) => {
  if (isEditor(req.user)) return true
  const usedPublicly: Where[] = [
    { 'posterOf._status': { equals: 'published' } },
    { 'backdropOf._status': { equals: 'published' } },
    { 'profileOf.id': { exists: true } },
  ]
  return { or: usedPublicly }
}
