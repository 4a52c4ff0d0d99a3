/**
 * Why a video could not be put online, in words an editor understands, in both admin languages.
 * The job stores the code; the admin field shows the sentence in the editor's language.
 */
export const videoFailureCodes = [
  'unreadable',
  'incomplete',
  'no-video-stream',
  'source-missing',
  'transcoding',
] as const
export type VideoFailureCode = (typeof videoFailureCodes)[number]

const unchanged = {
  en: "The film's current video is unchanged.",
  lo: 'ວິດີໂອປັດຈຸບັນຂອງຮູບເງົາຍັງຄືເກົ່າ.',
}

const exportAgainLo = 'ຖ້າຍັງບໍ່ໄດ້, ໃຫ້ສົ່ງອອກໄຟລ໌ຈາກໂປຣແກຣມຕັດຕໍ່ຄືນໃໝ່.'

export const videoFailureMessages: Record<VideoFailureCode, { en: string; lo: string }> = {
  unreadable: {
    en: `This file is not a video we can read. Upload a video file such as MP4, MOV or MKV. ${unchanged.en}`,
    lo: `ໄຟລ໌ນີ້ບໍ່ແມ່ນວິດີໂອທີ່ລະບົບອ່ານໄດ້. ກະລຸນາອັບໂຫຼດໄຟລ໌ວິດີໂອ ເຊັ່ນ MP4, MOV ຫຼື MKV. ${unchanged.lo}`,
  },
  incomplete: {
    en:
      'This file is incomplete or damaged: it may have been cut off while it was copied or uploaded. ' +
      `Upload the whole file again. ${unchanged.en}`,
    lo: `ໄຟລ໌ນີ້ບໍ່ຄົບ ຫຼື ເສຍຫາຍ: ອາດຖືກຕັດໃນຕອນສຳເນົາ ຫຼື ອັບໂຫຼດ. ກະລຸນາອັບໂຫຼດໄຟລ໌ທັງໝົດຄືນໃໝ່. ${unchanged.lo}`,
  },
  'no-video-stream': {
    en: `This file has no picture (no video stream), only sound or data. Upload the film's video file. ${unchanged.en}`,
    lo: `ໄຟລ໌ນີ້ບໍ່ມີພາບ (ບໍ່ມີສະຕຣີມວິດີໂອ), ມີແຕ່ສຽງ ຫຼື ຂໍ້ມູນ. ກະລຸນາອັບໂຫຼດໄຟລ໌ວິດີໂອຂອງຮູບເງົາ. ${unchanged.lo}`,
  },
  'source-missing': {
    en: `The uploaded file is no longer on the server. Upload it again. ${unchanged.en}`,
    lo: `ໄຟລ໌ທີ່ອັບໂຫຼດບໍ່ຢູ່ໃນເຊີບເວີແລ້ວ. ກະລຸນາອັບໂຫຼດຄືນໃໝ່. ${unchanged.lo}`,
  },
  transcoding: {
    en:
      'Making the streaming versions stopped part-way. Press "Try again"; if it fails again, ' +
      `export the file again from your editing software. ${unchanged.en}`,
    lo: `ການສ້າງສະບັບສຳລັບສະຕຣີມຢຸດເຄິ່ງທາງ. ກົດ "ລອງໃໝ່"; ${exportAgainLo} ${unchanged.lo}`,
  },
}

/** A failure the job records on the transcode (never retried by the queue: the file will not change). */
export class VideoFailure extends Error {
  constructor(
    readonly code: VideoFailureCode,
    /** What ffprobe or ffmpeg said, for whoever investigates; editors see the sentence above. */
    readonly detail = '',
  ) {
    super(videoFailureMessages[code].en)
    this.name = 'VideoFailure'
  }
}
