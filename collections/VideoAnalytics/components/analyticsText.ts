import type { AdminText } from '@/i18n/admin/adminText'

/** Every string of the analytics dashboard, in both admin languages. */
export const analyticsStrings = {
  title: { en: 'Viewing analytics', lo: 'ສະຖິຕິການເບິ່ງ' },
  intro: {
    en: 'What renters watched and paid, per film. Days are calendar days in',
    lo: 'ສິ່ງທີ່ຜູ້ເຊົ່າເບິ່ງ ແລະ ຈ່າຍ, ແຍກຕາມຮູບເງົາ. ມື້ນັບຕາມປະຕິທິນໃນເຂດເວລາ',
  },
  film: { en: 'Film', lo: 'ຮູບເງົາ' },
  from: { en: 'From', lo: 'ແຕ່' },
  to: { en: 'To (included)', lo: 'ຮອດ (ລວມມື້ນີ້)' },
  show: { en: 'Show', lo: 'ສະແດງ' },
  pickBoth: { en: 'Pick both dates of the period.', lo: 'ເລືອກທັງສອງວັນທີຂອງໄລຍະເວລາ.' },
  startBeforeEnd: {
    en: 'The period must start on or before its last day.',
    lo: 'ໄລຍະເວລາຕ້ອງເລີ່ມກ່ອນ ຫຼື ໃນມື້ສຸດທ້າຍຂອງມັນ.',
  },
  tooLong: { en: 'A period may be at most {days} days long.', lo: 'ໄລຍະເວລາຍາວໄດ້ບໍ່ເກີນ {days} ມື້.' },
  showingDefault: { en: 'Showing the last {days} days instead.', lo: 'ສະແດງ {days} ມື້ຫຼ້າສຸດແທນ.' },
  noFilms: { en: 'There are no films yet.', lo: 'ຍັງບໍ່ມີຮູບເງົາເທື່ອ.' },
  plays: { en: 'Plays', lo: 'ຈຳນວນຄັ້ງທີ່ຫຼິ້ນ' },
  uniqueViewers: { en: 'Unique viewers', lo: 'ຜູ້ຊົມບໍ່ຊ້ຳກັນ' },
  watchTime: { en: 'Watch time', lo: 'ເວລາເບິ່ງ' },
  completionRate: { en: 'Completion rate', lo: 'ອັດຕາການເບິ່ງຈົບ' },
  completionNote: { en: 'Started sessions that reached the end', lo: 'ຮອບທີ່ເລີ່ມແລ້ວເບິ່ງຮອດທ້າຍ' },
  startupMedian: { en: 'Startup time, median', lo: 'ເວລາເລີ່ມຫຼິ້ນ, ຄ່າກາງ' },
  startupNote: { en: 'From pressing play to the first frame', lo: 'ແຕ່ກົດຫຼິ້ນຈົນເຫັນພາບທຳອິດ' },
  startupP95: { en: 'Startup time, 95th percentile', lo: 'ເວລາເລີ່ມຫຼິ້ນ, ເປີເຊັນໄທລ໌ທີ 95' },
  rebuffering: { en: 'Rebuffering', lo: 'ການຄ້າງລໍໂຫຼດ' },
  rebufferingNote: { en: 'Share of viewing time spent stalled', lo: 'ສ່ວນຂອງເວລາເບິ່ງທີ່ຄ້າງຢູ່' },
  rentals: { en: 'Rentals', lo: 'ການເຊົ່າ' },
  rentalsNote: { en: 'Rentals that started in the period', lo: 'ການເຊົ່າທີ່ເລີ່ມໃນໄລຍະນີ້' },
  revenue: { en: 'Revenue', lo: 'ລາຍຮັບ' },
  revenueNote: { en: 'Paid payments for this film', lo: 'ການຈ່າຍເງິນທີ່ສຳເລັດສຳລັບຮູບເງົານີ້' },
  playsPerDay: { en: 'Plays per day', lo: 'ຈຳນວນຄັ້ງທີ່ຫຼິ້ນຕໍ່ມື້' },
  playsUnit: { en: 'plays', lo: 'ຄັ້ງ' },
  watchTimePerDay: { en: 'Watch time per day (minutes)', lo: 'ເວລາເບິ່ງຕໍ່ມື້ (ນາທີ)' },
  minutesUnit: { en: 'min', lo: 'ນາທີ' },
  dailyTable: { en: 'Daily figures as a table', lo: 'ຕົວເລກລາຍວັນເປັນຕາຕະລາງ' },
  day: { en: 'Day', lo: 'ມື້' },
  watchTimeSeconds: { en: 'Watch time (s)', lo: 'ເວລາເບິ່ງ (ວິນາທີ)' },
  chartRange: { en: 'from {from} to {to}; highest', lo: 'ແຕ່ {from} ຫາ {to}; ສູງສຸດ' },
  navLink: { en: 'Viewing analytics', lo: 'ສະຖິຕິການເບິ່ງ' },
} satisfies Record<string, AdminText>

export type AnalyticsText = Record<keyof typeof analyticsStrings, string>
