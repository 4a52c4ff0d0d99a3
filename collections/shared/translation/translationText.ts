import type { AdminText } from '@/i18n/admin/adminText'

/** Every string of the translation view, in both admin languages (terms from messages/glossary-lo.md). */
export const translationStrings = {
  title: { en: 'Translate into Lao', lo: 'ແປເປັນພາສາລາວ' },
  intro: {
    en: 'English on the left, Lao on the right. Saving changes only the Lao text.',
    lo: 'ພາສາອັງກິດຢູ່ເບື້ອງຊ້າຍ, ພາສາລາວຢູ່ເບື້ອງຂວາ. ການບັນທຶກປ່ຽນແປງສະເພາະຂໍ້ຄວາມພາສາລາວ.',
  },
  count: { en: '{done} of {total} translated', lo: 'ແປແລ້ວ {done} ຈາກ {total}' },
  english: { en: 'English', lo: 'ພາສາອັງກິດ' },
  lao: { en: 'Lao', lo: 'ພາສາລາວ' },
  save: { en: 'Save Lao', lo: 'ບັນທຶກພາສາລາວ' },
  saving: { en: 'Saving…', lo: 'ກຳລັງບັນທຶກ…' },
  saved: { en: 'Lao saved.', lo: 'ບັນທຶກພາສາລາວແລ້ວ.' },
  saveFailed: { en: 'The Lao text was not saved', lo: 'ບັນທຶກຂໍ້ຄວາມພາສາລາວບໍ່ສຳເລັດ' },
  savedAsDraft: {
    en: 'Saved as a draft: a published film needs its Lao title before its Lao text is published.',
    lo: 'ບັນທຶກເປັນສະບັບຮ່າງແລ້ວ: ຮູບເງົາທີ່ເຜີຍແຜ່ແລ້ວຕ້ອງມີຊື່ເລື່ອງພາສາລາວກ່ອນ ຂໍ້ຄວາມພາສາລາວຈຶ່ງຈະເຜີຍແຜ່ໄດ້.',
  },
  nameFirst: {
    en: 'Write the Lao name first: the name is required in every language.',
    lo: 'ກະລຸນາຂຽນຊື່ພາສາລາວກ່ອນ: ຊື່ຈຳເປັນຕ້ອງມີໃນທຸກພາສາ.',
  },
  next: { en: 'Next untranslated', lo: 'ລາຍການຕໍ່ໄປທີ່ຍັງບໍ່ໄດ້ແປ' },
  edit: { en: 'Open the full edit page', lo: 'ເປີດໜ້າແກ້ໄຂເຕັມ' },
  nothingLeft: {
    en: 'Everything is translated into Lao. Thank you!',
    lo: 'ທຸກຢ່າງແປເປັນພາສາລາວແລ້ວ. ຂອບໃຈຫຼາຍ!',
  },
  notFound: { en: 'This document was not found.', lo: 'ບໍ່ພົບເອກະສານນີ້.' },
  noText: { en: 'Nothing here has English text to translate.', lo: 'ບໍ່ມີຂໍ້ຄວາມພາສາອັງກິດທີ່ຈະແປຢູ່ນີ້.' },
  movies: { en: 'Film', lo: 'ຮູບເງົາ' },
  people: { en: 'Person', lo: 'ບຸກຄົນ' },
  genres: { en: 'Genre', lo: 'ປະເພດຮູບເງົາ' },
  navLink: { en: 'Translate into Lao', lo: 'ແປເປັນພາສາລາວ' },
  openView: { en: 'Translate side by side', lo: 'ແປແບບທຽບຂ້າງກັນ' },
} satisfies Record<string, AdminText>

export type TranslationText = Record<keyof typeof translationStrings, string>
