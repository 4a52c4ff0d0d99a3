import type { Access, Where } from 'payload'
import { isEditor } from '../../access/roles'

/**
 * Editors see every image; everyone else only the poster or backdrop of a published film and
 * people's profile pictures (people are public). A draft film's images stay private until it is
 * published, so `/api/media` does not announce unreleased films.
 *
 * A Where over the media collection's join fields, not a list of ids: Payload turns it into one
 * SQL query with indexed left joins (movies.poster_id, movies.backdrop_id, people.profile_id), so
 * the cost does not grow with the catalogue. That matters because every `/api/media/file/…`
 * request (and so every image Next's optimizer fetches) runs this rule again: it costs one
 * indexed lookup on the file name, not a scan of every published film. The movies table holds
 * the published version of a film, so a draft edit's new poster stays private until it is published.
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
