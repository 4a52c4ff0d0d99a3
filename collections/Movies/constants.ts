/** TMDB's crew departments; values are GraphQL-safe, labels are TMDB's names. */
export const crewDepartments = [
  { value: 'directing', label: 'Directing' },
  { value: 'writing', label: 'Writing' },
  { value: 'production', label: 'Production' },
  { value: 'camera', label: 'Camera' },
  { value: 'sound', label: 'Sound' },
  { value: 'editing', label: 'Editing' },
  { value: 'art', label: 'Art' },
  { value: 'costume_makeup', label: 'Costume & Make-Up' },
  { value: 'visual_effects', label: 'Visual Effects' },
  { value: 'lighting', label: 'Lighting' },
  { value: 'crew', label: 'Crew' },
] as const

/** The rental windows editors choose from; 24 hours unless they choose otherwise. */
export const rentalWindowOptions = [
  { hours: 24, label: '24 hours' },
  { hours: 48, label: '48 hours' },
  { hours: 72, label: '72 hours' },
  { hours: 168, label: '7 days' },
] as const
