/** TMDB's crew departments; values are GraphQL-safe, English labels are TMDB's names. */
export const crewDepartments = [
  { value: 'directing', label: { en: 'Directing', lo: 'ກຳກັບ' } },
  { value: 'writing', label: { en: 'Writing', lo: 'ຂຽນບົດ' } },
  { value: 'production', label: { en: 'Production', lo: 'ການຜະລິດ' } },
  { value: 'camera', label: { en: 'Camera', lo: 'ກ້ອງຖ່າຍ' } },
  { value: 'sound', label: { en: 'Sound', lo: 'ສຽງ' } },
  { value: 'editing', label: { en: 'Editing', lo: 'ຕັດຕໍ່' } },
  { value: 'art', label: { en: 'Art', lo: 'ສິລະປະ' } },
  { value: 'costume_makeup', label: { en: 'Costume & Make-Up', lo: 'ເຄື່ອງແຕ່ງກາຍ ແລະ ແຕ່ງໜ້າ' } },
  { value: 'visual_effects', label: { en: 'Visual Effects', lo: 'ເທັກນິກພິເສດ' } },
  { value: 'lighting', label: { en: 'Lighting', lo: 'ແສງ' } },
  { value: 'crew', label: { en: 'Crew', lo: 'ທີມງານ' } },
] as const

/** The rental windows editors choose from; 24 hours unless they choose otherwise. */
export const rentalWindowOptions = [
  { hours: 24, label: { en: '24 hours', lo: '24 ຊົ່ວໂມງ' } },
  { hours: 48, label: { en: '48 hours', lo: '48 ຊົ່ວໂມງ' } },
  { hours: 72, label: { en: '72 hours', lo: '72 ຊົ່ວໂມງ' } },
  { hours: 168, label: { en: '7 days', lo: '7 ມື້' } },
] as const
