/**
 * The sample catalogue: invented Lao films with the kind of data editors will import from TMDB.
 * Three films and one person are deliberately left without Lao, to show the English fallback.
 * Only the film with `sampleVideo` has a video, so only it can be rented; the others are honestly
 * "coming soon" (src/lib/films/availability.ts) until an editor gives them one.
 */

export type Localized = { en: string; lo?: string }

type SeedGenre = { slug: string; tmdbId: number; name: Localized }
type SeedPerson = {
  key: string
  name: Localized
  department: string
  birthday?: string
  placeOfBirth?: Localized
  biography?: Localized
}
export type SeedFilm = {
  slug: string
  title: Localized
  tagline?: Localized
  overview: Localized
  originalTitle: string
  releaseDate: string
  runtime: number
  genres: string[]
  palette: [string, string, string]
  crew: {
    person: string
    department: 'directing' | 'writing' | 'camera' | 'sound' | 'editing' | 'production'
    job: Localized
  }[]
  cast: { person: string; character: Localized }[]
  rentalPriceLak: number
  sampleVideo?: boolean
  draft?: boolean
}

export const seedGenres: SeedGenre[] = [
  { slug: 'drama', tmdbId: 18, name: { en: 'Drama', lo: 'ລະຄອນ' } },
  { slug: 'romance', tmdbId: 10749, name: { en: 'Romance', lo: 'ໂຣແມນຕິກ' } },
  { slug: 'comedy', tmdbId: 35, name: { en: 'Comedy', lo: 'ຕະຫຼົກ' } },
  { slug: 'horror', tmdbId: 27, name: { en: 'Horror', lo: 'ສະຫຍອງຂວັນ' } },
  { slug: 'documentary', tmdbId: 99, name: { en: 'Documentary', lo: 'ສາລະຄະດີ' } },
  { slug: 'family', tmdbId: 10751, name: { en: 'Family', lo: 'ຄອບຄົວ' } },
  { slug: 'thriller', tmdbId: 53, name: { en: 'Thriller', lo: 'ລະທຶກຂວັນ' } },
  { slug: 'action', tmdbId: 28, name: { en: 'Action', lo: 'ແອັກຊັນ' } },
  { slug: 'history', tmdbId: 36, name: { en: 'History', lo: 'ປະຫວັດສາດ' } },
]

const director = (en: string, lo: string) => ({ department: 'directing' as const, job: { en, lo } })

export const seedPeople: SeedPerson[] = [
  {
    key: 'souksavanh',
    name: { en: 'Souksavanh Phommachanh', lo: 'ສຸກສະຫວັນ ພົມມະຈັນ' },
    department: 'Directing',
    birthday: '1981-04-14',
    placeOfBirth: { en: 'Vientiane, Laos', lo: 'ວຽງຈັນ, ລາວ' },
    biography: {
      en:
        'Souksavanh Phommachanh began by filming weddings in Vientiane before making her first feature ' +
        'about life along the Mekong.',
      // Prettier counts Lao vowel marks as zero-width and would join these lines past 120 characters.
      // prettier-ignore
      lo:
        'ສຸກສະຫວັນ ພົມມະຈັນ ເລີ່ມຕົ້ນດ້ວຍການຖ່າຍງານແຕ່ງດອງຢູ່ວຽງຈັນ ' +
        'ກ່ອນຈະສ້າງຮູບເງົາເລື່ອງທຳອິດກ່ຽວກັບຊີວິດລຽບແມ່ນ້ຳຂອງ.',
    },
  },
  {
    key: 'vilayphone',
    name: { en: 'Vilayphone Keomany', lo: 'ວິໄລພອນ ແກ້ວມະນີ' },
    department: 'Directing',
    birthday: '1976-09-02',
    placeOfBirth: { en: 'Luang Prabang, Laos', lo: 'ຫຼວງພະບາງ, ລາວ' },
    biography: {
      en: 'A former radio journalist, Vilayphone Keomany makes thrillers set in the mountains of northern Laos.',
      lo: 'ອະດີດນັກຂ່າວວິທະຍຸ ວິໄລພອນ ແກ້ວມະນີ ສ້າງຮູບເງົາລະທຶກຂວັນທີ່ເກີດຂຶ້ນໃນເຂດພູດອຍພາກເໜືອຂອງລາວ.',
    },
  },
  {
    key: 'anousone',
    name: { en: 'Anousone Sisavath', lo: 'ອານຸສອນ ສີສະຫວັດ' },
    department: 'Directing',
    birthday: '1988-01-20',
    placeOfBirth: { en: 'Pakse, Laos', lo: 'ປາກເຊ, ລາວ' },
    biography: { en: 'Anousone Sisavath directs comedies and documentaries about southern Laos.' },
  },
  {
    key: 'mali',
    name: { en: 'Mali Chanthavong', lo: 'ມາລີ ຈັນທະວົງ' },
    department: 'Writing',
    placeOfBirth: { en: 'Savannakhet, Laos', lo: 'ສະຫວັນນະເຂດ, ລາວ' },
  },
  { key: 'sengphet', name: { en: 'Sengphet Douangchak', lo: 'ແສງເພັດ ດວງຈັກ' }, department: 'Camera' },
  { key: 'vanna', name: { en: 'Vanna Rattanavong', lo: 'ວັນນາ ລັດຕະນະວົງ' }, department: 'Sound' },
  // No Lao name yet: shows the English fallback on people pages.
  { key: 'somsack', name: { en: 'Somsack Khounpaseuth' }, department: 'Editing' },
  {
    key: 'khamla',
    name: { en: 'Khamla Inthavong', lo: 'ຄຳຫຼ້າ ອິນທະວົງ' },
    department: 'Acting',
    birthday: '1990-06-11',
    placeOfBirth: { en: 'Vientiane, Laos', lo: 'ວຽງຈັນ, ລາວ' },
    biography: {
      en: 'Khamla Inthavong trained in Lao classical dance before her first screen role.',
      lo: 'ຄຳຫຼ້າ ອິນທະວົງ ຮຽນນາດສິນລາວເດີມ ກ່ອນຈະໄດ້ສະແດງຮູບເງົາເປັນຄັ້ງທຳອິດ.',
    },
  },
  { key: 'noy', name: { en: 'Noy Phanthavong', lo: 'ນ້ອຍ ພັນທະວົງ' }, department: 'Acting', birthday: '1995-02-28' },
  {
    key: 'somphone',
    name: { en: 'Somphone Vongsa', lo: 'ສົມພອນ ວົງສາ' },
    department: 'Acting',
    birthday: '1972-11-03',
  },
  { key: 'douangdao', name: { en: 'Douangdao Sihalath', lo: 'ດວງດາວ ສີຫາລາດ' }, department: 'Acting' },
  { key: 'bounmy', name: { en: 'Bounmy Keola', lo: 'ບຸນມີ ແກ້ວລາ' }, department: 'Acting', birthday: '1984-08-15' },
  { key: 'phetsamone', name: { en: 'Phetsamone Xayavong', lo: 'ເພັດສະໝອນ ໄຊຍະວົງ' }, department: 'Acting' },
  { key: 'thongsavanh', name: { en: 'Thongsavanh Luangrath', lo: 'ທອງສະຫວັນ ຫຼວງລາດ' }, department: 'Acting' },
  { key: 'kesone', name: { en: 'Kesone Manivong', lo: 'ເກສອນ ມະນີວົງ' }, department: 'Acting', birthday: '2001-05-09' },
]

export const seedFilms: SeedFilm[] = [
  {
    slug: 'the-river-between-us',
    title: { en: 'The River Between Us', lo: 'ແມ່ນ້ຳລະຫວ່າງເຮົາ' },
    tagline: { en: 'Some currents carry you home.', lo: 'ບາງສາຍນ້ຳພາເຮົາກັບບ້ານ.' },
    overview: {
      en:
        'Two families on opposite banks of the Mekong are bound together when a flood washes away the only ' +
        'ferry between their villages.',
      lo: 'ສອງຄອບຄົວຢູ່ຄົນລະຝັ່ງແມ່ນ້ຳຂອງ ຕ້ອງມາຜູກພັນກັນ ເມື່ອນ້ຳຖ້ວມພັດເອົາເຮືອຂ້າມຟາກລຳດຽວລະຫວ່າງສອງບ້ານໄປ.',
    },
    originalTitle: 'ແມ່ນ້ຳລະຫວ່າງເຮົາ',
    releaseDate: '2019-10-11',
    runtime: 104,
    genres: ['drama', 'romance'],
    palette: ['#0b3d5c', '#e7a13a', '#1c6e5a'],
    crew: [
      { person: 'souksavanh', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'mali', department: 'writing', job: { en: 'Screenplay', lo: 'ບົດຮູບເງົາ' } },
      { person: 'sengphet', department: 'camera', job: { en: 'Director of Photography', lo: 'ຜູ້ກຳກັບພາບ' } },
      { person: 'vanna', department: 'sound', job: { en: 'Original Music Composer', lo: 'ຜູ້ແຕ່ງດົນຕີ' } },
      { person: 'somsack', department: 'editing', job: { en: 'Editor', lo: 'ຜູ້ຕັດຕໍ່' } },
    ],
    cast: [
      { person: 'khamla', character: { en: 'Manivanh', lo: 'ມະນີວັນ' } },
      { person: 'bounmy', character: { en: 'Thong', lo: 'ທອງ' } },
      { person: 'somphone', character: { en: 'The ferryman', lo: 'ຄົນແຈວເຮືອ' } },
    ],
    rentalPriceLak: 25_000,
    sampleVideo: true,
  },
  {
    slug: 'signal-from-phonsavan',
    title: { en: 'Signal from Phonsavan', lo: 'ສັນຍານຈາກໂພນສະຫວັນ' },
    tagline: { en: 'Someone is still broadcasting.', lo: 'ຍັງມີຄົນອອກອາກາດຢູ່.' },
    overview: {
      en:
        'A radio technician on the Plain of Jars picks up a broadcast that should not exist, and follows ' +
        'it into the hills.',
      lo: 'ຊ່າງວິທະຍຸຄົນໜຶ່ງຢູ່ທົ່ງໄຫຫີນ ໄດ້ຮັບສັນຍານອອກອາກາດທີ່ບໍ່ຄວນມີຢູ່ຈິງ ແລະ ຕິດຕາມມັນຂຶ້ນໄປເທິງພູ.',
    },
    originalTitle: 'ສັນຍານຈາກໂພນສະຫວັນ',
    releaseDate: '2022-03-18',
    runtime: 97,
    genres: ['thriller'],
    palette: ['#1b1b2f', '#e94560', '#162447'],
    crew: [
      { person: 'vilayphone', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'vilayphone', department: 'writing', job: { en: 'Writer', lo: 'ຜູ້ຂຽນບົດ' } },
      { person: 'sengphet', department: 'camera', job: { en: 'Director of Photography', lo: 'ຜູ້ກຳກັບພາບ' } },
    ],
    cast: [
      { person: 'noy', character: { en: 'Kham', lo: 'ຄຳ' } },
      { person: 'douangdao', character: { en: 'Lieutenant Souda', lo: 'ຮ້ອຍໂທ ສຸດາ' } },
    ],
    rentalPriceLak: 20_000,
  },
  {
    slug: 'morning-market',
    title: { en: 'Morning Market', lo: 'ຕະຫຼາດເຊົ້າ' },
    tagline: { en: 'Noodles, gossip and a second chance.', lo: 'ເຝີ, ຂ່າວລື ແລະ ໂອກາດຄັ້ງທີສອງ.' },
    overview: {
      en:
        "A retired schoolteacher takes over her sister's noodle stall in Vientiane's busiest morning " +
        'market and turns it upside down.',
      lo: 'ຄູບຳນານຄົນໜຶ່ງມາຮັບຊ່ວງຮ້ານເຝີຂອງເອື້ອຍ ຢູ່ຕະຫຼາດເຊົ້າທີ່ຄຶກຄື້ນທີ່ສຸດຂອງວຽງຈັນ ແລະ ເຮັດໃຫ້ທຸກຢ່າງວຸ້ນວາຍ.',
    },
    originalTitle: 'ຕະຫຼາດເຊົ້າ',
    releaseDate: '2018-12-07',
    runtime: 92,
    genres: ['comedy', 'family'],
    palette: ['#f4a261', '#e76f51', '#2a9d8f'],
    crew: [{ person: 'anousone', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [
      { person: 'somphone', character: { en: 'Aunt Bouakham', lo: 'ປ້າບົວຄຳ' } },
      { person: 'kesone', character: { en: 'Nok', lo: 'ນົກ' } },
    ],
    rentalPriceLak: 15_000,
  },
  {
    slug: 'the-last-boat-to-luang-prabang',
    title: { en: 'The Last Boat to Luang Prabang', lo: 'ເຮືອລຳສຸດທ້າຍໄປຫຼວງພະບາງ' },
    overview: {
      en: 'On the final slow boat of the season, a monk, a smuggler and a runaway bride share two days on the river.',
      // Prettier counts Lao vowel marks as zero-width and would join these lines past 120 characters.
      // prettier-ignore
      lo:
        'ໃນເຮືອຊ້າລຳສຸດທ້າຍຂອງລະດູ ພະສົງອົງໜຶ່ງ, ພໍ່ຄ້າລັກລອບ ແລະ ເຈົ້າສາວທີ່ໜີງານແຕ່ງ ' +
        'ໄດ້ຢູ່ຮ່ວມກັນສອງມື້ເທິງແມ່ນ້ຳ.',
    },
    originalTitle: 'ເຮືອລຳສຸດທ້າຍໄປຫຼວງພະບາງ',
    releaseDate: '2016-05-20',
    runtime: 118,
    genres: ['drama'],
    palette: ['#264653', '#e9c46a', '#8ab17d'],
    crew: [
      { person: 'souksavanh', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'mali', department: 'writing', job: { en: 'Screenplay', lo: 'ບົດຮູບເງົາ' } },
    ],
    cast: [
      { person: 'bounmy', character: { en: 'Novice Phet', lo: 'ຈົວເພັດ' } },
      { person: 'phetsamone', character: { en: 'Sone', lo: 'ສອນ' } },
      { person: 'khamla', character: { en: 'Kaew', lo: 'ແກ້ວ' } },
    ],
    rentalPriceLak: 20_000,
  },
  {
    slug: 'spirit-of-the-rice-field',
    title: { en: 'Spirit of the Rice Field', lo: 'ຜີນາ' },
    tagline: { en: 'The harvest always takes something back.', lo: 'ລະດູກ່ຽວເຂົ້າ ຍ່ອມເອົາບາງສິ່ງຄືນສະເໝີ.' },
    overview: {
      en:
        'When a family sells their ancestral paddy to a developer, the guardian spirit of the field ' +
        'refuses to leave.',
      lo: 'ເມື່ອຄອບຄົວໜຶ່ງຂາຍນາມໍລະດົກໃຫ້ນັກລົງທຶນ ຜີຮັກສານາກໍບໍ່ຍອມໜີໄປ.',
    },
    originalTitle: 'ຜີນາ',
    releaseDate: '2021-10-29',
    runtime: 89,
    genres: ['horror', 'thriller'],
    palette: ['#0d1b2a', '#778da9', '#415a77'],
    crew: [{ person: 'vilayphone', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [
      { person: 'douangdao', character: { en: 'Mother', lo: 'ແມ່' } },
      { person: 'thongsavanh', character: { en: 'Mr. Vong', lo: 'ທ້າວວົງ' } },
    ],
    rentalPriceLak: 18_000,
  },
  {
    slug: 'voice-of-the-khaen',
    title: { en: 'Voice of the Khaen', lo: 'ສຽງແຄນ' },
    overview: {
      en:
        'A portrait of three generations of khaen players in Savannakhet, and of the bamboo mouth organ ' +
        'that binds them.',
      lo: 'ພາບຊີວິດຂອງນັກເປົ່າແຄນສາມລຸ້ນຢູ່ສະຫວັນນະເຂດ ແລະ ເຄື່ອງດົນຕີໄມ້ໄຜ່ທີ່ຜູກພັນພວກເຂົາໄວ້.',
    },
    originalTitle: 'ສຽງແຄນ',
    releaseDate: '2017-08-01',
    runtime: 76,
    genres: ['documentary'],
    palette: ['#606c38', '#fefae0', '#bc6c25'],
    crew: [
      { person: 'anousone', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'vanna', department: 'sound', job: { en: 'Sound Designer', lo: 'ອອກແບບສຽງ' } },
    ],
    cast: [{ person: 'somphone', character: { en: 'Himself', lo: 'ຕົນເອງ' } }],
    rentalPriceLak: 10_000,
  },
  {
    slug: 'monsoon-letters',
    title: { en: 'Monsoon Letters', lo: 'ຈົດໝາຍລະດູຝົນ' },
    tagline: { en: 'Every rainy season, one letter.', lo: 'ທຸກລະດູຝົນ ຈົດໝາຍໜຶ່ງສະບັບ.' },
    overview: {
      en:
        'A postwoman in Attapeu delivers letters between two strangers for ten rainy seasons before she ' +
        'dares to read one.',
      lo: 'ແມ່ຍິງສົ່ງຈົດໝາຍຢູ່ອັດຕະປື ສົ່ງຈົດໝາຍລະຫວ່າງຄົນແປກໜ້າສອງຄົນເປັນເວລາສິບລະດູຝົນ ກ່ອນຈະກ້າເປີດອ່ານສະບັບໜຶ່ງ.',
    },
    originalTitle: 'ຈົດໝາຍລະດູຝົນ',
    releaseDate: '2020-07-24',
    runtime: 101,
    genres: ['romance', 'drama'],
    palette: ['#355070', '#eaac8b', '#6d597a'],
    crew: [
      { person: 'souksavanh', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'sengphet', department: 'camera', job: { en: 'Director of Photography', lo: 'ຜູ້ກຳກັບພາບ' } },
    ],
    cast: [
      { person: 'kesone', character: { en: 'Dao', lo: 'ດາວ' } },
      { person: 'noy', character: { en: 'Vanh', lo: 'ວັນ' } },
    ],
    rentalPriceLak: 20_000,
  },
  {
    slug: 'rocket-festival',
    title: { en: 'Rocket Festival', lo: 'ບຸນບັ້ງໄຟ' },
    tagline: { en: 'Aim high. Land anywhere.', lo: 'ຍິງໃຫ້ສູງ ຕົກໃສ່ໃສກໍຊ່າງ.' },
    overview: {
      en: "Two rival villages build ever bigger bamboo rockets to win the Boun Bang Fai, and a young engineer's pride.",
      lo: 'ສອງບ້ານຄູ່ແຂ່ງ ແຂ່ງກັນສ້າງບັ້ງໄຟໃຫ້ໃຫຍ່ຂຶ້ນເລື້ອຍໆ ເພື່ອຊະນະບຸນບັ້ງໄຟ ແລະ ໃຈຂອງວິສະວະກອນໜຸ່ມ.',
    },
    originalTitle: 'ບຸນບັ້ງໄຟ',
    releaseDate: '2015-05-08',
    runtime: 95,
    genres: ['comedy'],
    palette: ['#ffb703', '#fb8500', '#023047'],
    crew: [{ person: 'anousone', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [
      { person: 'thongsavanh', character: { en: 'Headman Sing', lo: 'ນາຍບ້ານສິງ' } },
      { person: 'phetsamone', character: { en: 'Engineer Noi', lo: 'ວິສະວະກອນນ້ອຍ' } },
    ],
    rentalPriceLak: 15_000,
  },
  {
    slug: 'under-the-frangipani',
    title: { en: 'Under the Frangipani', lo: 'ໃຕ້ຕົ້ນດອກຈຳປາ' },
    overview: {
      en:
        'A Lao architect returns from Paris to restore her grandmother’s villa and finds the letters of a ' +
        'love her family never spoke of.',
      lo: 'ສະຖາປະນິກລາວຄົນໜຶ່ງກັບມາຈາກປາຣີ ເພື່ອບູລະນະເຮືອນຂອງແມ່ຕູ້ ແລະ ພົບຈົດໝາຍຮັກທີ່ຄອບຄົວບໍ່ເຄີຍເວົ້າເຖິງ.',
    },
    originalTitle: 'ໃຕ້ຕົ້ນດອກຈຳປາ',
    releaseDate: '2023-02-14',
    runtime: 110,
    genres: ['romance', 'drama', 'history'],
    palette: ['#fdf0d5', '#c1121f', '#669bbc'],
    crew: [
      { person: 'souksavanh', ...director('Director', 'ຜູ້ກຳກັບ') },
      { person: 'mali', department: 'writing', job: { en: 'Screenplay', lo: 'ບົດຮູບເງົາ' } },
    ],
    cast: [
      { person: 'khamla', character: { en: 'Chanthavy', lo: 'ຈັນທະວີ' } },
      { person: 'douangdao', character: { en: 'Grandmother Boua', lo: 'ແມ່ຕູ້ບົວ' } },
    ],
    rentalPriceLak: 25_000,
  },
  {
    slug: 'elephant-road',
    title: { en: 'Elephant Road', lo: 'ເສັ້ນທາງຊ້າງ' },
    overview: {
      en:
        'A boy and an old working elephant walk from Sayaboury to the elephant festival, three hundred ' +
        'kilometres away.',
      lo: 'ເດັກຊາຍຄົນໜຶ່ງກັບຊ້າງເຖົ້າຍ່າງຈາກໄຊຍະບູລີ ໄປງານບຸນຊ້າງທີ່ຫ່າງອອກໄປສາມຮ້ອຍກິໂລແມັດ.',
    },
    originalTitle: 'ເສັ້ນທາງຊ້າງ',
    releaseDate: '2012-02-17',
    runtime: 88,
    genres: ['family', 'drama'],
    palette: ['#3a5a40', '#a3b18a', '#dad7cd'],
    crew: [{ person: 'anousone', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [
      { person: 'kesone', character: { en: 'Ai', lo: 'ອ້າຍ' } },
      { person: 'somphone', character: { en: 'Mahout Khamphet', lo: 'ຄວານຊ້າງຄຳເພັດ' } },
    ],
    rentalPriceLak: 12_000,
  },
  {
    slug: 'vientiane-nights',
    title: { en: 'Vientiane Nights', lo: 'ຄືນວຽງຈັນ' },
    tagline: { en: 'The city never sleeps. Neither does she.', lo: 'ເມືອງບໍ່ເຄີຍນອນ ນາງກໍເຊັ່ນກັນ.' },
    overview: {
      en:
        'A tuk-tuk driver with a past is drawn into one long night of chases along the riverside when a ' +
        'stranger leaves a bag in her back seat.',
      lo: 'ຄົນຂັບລົດຕຸກຕຸກທີ່ມີອະດີດ ຖືກດຶງເຂົ້າໄປໃນຄືນອັນຍາວນານຂອງການໄລ່ລ່າລຽບແຄມຂອງ ເມື່ອຄົນແປກໜ້າລືມກະເປົາໄວ້ໃນລົດ.',
    },
    originalTitle: 'ຄືນວຽງຈັນ',
    releaseDate: '2022-11-25',
    runtime: 99,
    genres: ['action', 'thriller'],
    palette: ['#10002b', '#7b2cbf', '#ff9e00'],
    crew: [{ person: 'vilayphone', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [
      { person: 'phetsamone', character: { en: 'Lah', lo: 'ຫຼ້າ' } },
      { person: 'bounmy', character: { en: 'Detective Sengdao', lo: 'ນັກສືບແສງດາວ' } },
    ],
    rentalPriceLak: 22_000,
  },
  // The three below have no Lao yet: on /lo they show their English text.
  {
    slug: 'night-bus-to-pakse',
    title: { en: 'Night Bus to Pakse' },
    overview: { en: 'Eleven passengers, one overnight bus and a driver who will not stop for anything.' },
    originalTitle: 'ລົດເມກາງຄືນໄປປາກເຊ',
    releaseDate: '2024-04-12',
    runtime: 94,
    genres: ['thriller'],
    palette: ['#03071e', '#d00000', '#faa307'],
    crew: [{ person: 'vilayphone', department: 'directing', job: { en: 'Director' } }],
    cast: [{ person: 'noy', character: { en: 'The driver' } }],
    rentalPriceLak: 20_000,
  },
  {
    slug: 'the-weavers-daughter',
    title: { en: "The Weaver's Daughter" },
    tagline: { en: 'Every pattern tells a story.' },
    overview: { en: "In a Phongsaly village, a girl learns her mother's silk patterns to pay off the family's debt." },
    originalTitle: 'ລູກສາວຊ່າງຕ່ຳ',
    releaseDate: '2014-09-05',
    runtime: 103,
    genres: ['drama', 'family'],
    palette: ['#540b0e', '#e09f3e', '#9e2a2b'],
    crew: [{ person: 'souksavanh', department: 'directing', job: { en: 'Director' } }],
    cast: [
      { person: 'kesone', character: { en: 'Phaeng' } },
      { person: 'douangdao', character: { en: 'Mother' } },
    ],
    rentalPriceLak: 15_000,
  },
  {
    slug: 'bolaven-coffee',
    title: { en: 'Bolaven Coffee' },
    overview: { en: 'From cherry to cup: a year with the smallholder farmers of the Bolaven Plateau.' },
    originalTitle: 'ກາເຟພູພຽງບໍລະເວນ',
    releaseDate: '2019-01-25',
    runtime: 71,
    genres: ['documentary'],
    palette: ['#582f0e', '#936639', '#a4ac86'],
    crew: [{ person: 'anousone', department: 'directing', job: { en: 'Director' } }],
    cast: [],
    rentalPriceLak: 10_000,
  },
  // A draft: editors see it, the public site and anonymous API callers do not.
  {
    slug: 'harvest-moon',
    title: { en: 'Harvest Moon', lo: 'ເດືອນເພັງ' },
    overview: {
      en: 'Coming soon: a festival night in Champasak, told by the lanterns.',
      lo: 'ໄວໆນີ້: ຄືນບຸນຢູ່ຈຳປາສັກ ເລົ່າຜ່ານໂຄມໄຟ.',
    },
    originalTitle: 'ເດືອນເພັງ',
    releaseDate: '2027-02-01',
    runtime: 90,
    genres: ['drama'],
    palette: ['#22223b', '#f2e9e4', '#9a8c98'],
    crew: [{ person: 'souksavanh', ...director('Director', 'ຜູ້ກຳກັບ') }],
    cast: [],
    rentalPriceLak: 20_000,
    draft: true,
  },
]

/** The Homepage global's featured films, in order. */
export const featuredSlugs = [
  'the-river-between-us',
  'signal-from-phonsavan',
  'under-the-frangipani',
  'morning-market',
  'spirit-of-the-rice-field',
]
