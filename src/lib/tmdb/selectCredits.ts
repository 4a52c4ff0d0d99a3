import type { TmdbCastMember, TmdbCrewMember } from './schemas'

export const castLimit = 20

/** The crew jobs worth showing on a film page, by TMDB department, and our department value for each. */
const keyCrewJobs: Record<
  string,
  { department: 'directing' | 'writing' | 'production' | 'camera' | 'sound' | 'editing'; jobs: string[] }
> = {
  Directing: { department: 'directing', jobs: ['Director'] },
  Writing: { department: 'writing', jobs: ['Screenplay', 'Writer', 'Story', 'Novel', 'Author', 'Screenstory'] },
  Production: { department: 'production', jobs: ['Producer', 'Executive Producer'] },
  Camera: { department: 'camera', jobs: ['Director of Photography'] },
  Sound: { department: 'sound', jobs: ['Original Music Composer', 'Music'] },
  Editing: { department: 'editing', jobs: ['Editor'] },
}

/** The first 20 actors by billing order. */
export function selectCast(cast: TmdbCastMember[]): TmdbCastMember[] {
  return [...cast].sort((a, b) => a.order - b.order).slice(0, castLimit)
}

/** Key crew only (directing, writing, production, cinematography, music, editing), once per person and job. */
export function selectCrew(crew: TmdbCrewMember[]) {
  const seen = new Set<string>()
  return crew.flatMap((member) => {
    const rule = keyCrewJobs[member.department]
    if (!rule || !rule.jobs.includes(member.job)) return []
    const key = `${member.id}:${member.job}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{ ...member, ourDepartment: rule.department }]
  })
}
