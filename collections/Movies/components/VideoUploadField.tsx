'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { Upload } from 'tus-js-client'
import type { VideoTranscode } from '../../../payload-types'
import { useAdminLanguage } from '@/i18n/admin/useAdminText'
import { videoFailureMessages } from '@/lib/video/failures'

type Kind = 'video' | 'trailer'

const words = {
  en: {
    heading: { video: 'Film video', trailer: 'Trailer' },
    saveFirst: 'Save the film first, then upload its video here.',
    choose: { video: 'Upload the film’s master file', trailer: 'Upload the trailer' },
    hint: 'Any video file (MP4, MOV, MKV…). A dropped connection resumes where it stopped.',
    uploading: 'Uploading',
    paused: 'Connection lost; resuming…',
    queued: 'Uploaded. Waiting for a worker to make the streams…',
    running: 'Making the streams',
    done: 'Online',
    failed: 'Failed',
    retry: 'Try again',
    uploadFailed: 'The upload stopped: ',
    previous: 'Last upload',
  },
  lo: {
    heading: { video: 'ວິດີໂອຮູບເງົາ', trailer: 'ຕົວຢ່າງຮູບເງົາ' },
    saveFirst: 'ກະລຸນາບັນທຶກຮູບເງົາກ່ອນ, ແລ້ວຈຶ່ງອັບໂຫຼດວິດີໂອຢູ່ນີ້.',
    choose: { video: 'ອັບໂຫຼດໄຟລ໌ຕົ້ນສະບັບຂອງຮູບເງົາ', trailer: 'ອັບໂຫຼດຕົວຢ່າງຮູບເງົາ' },
    hint: 'ໄຟລ໌ວິດີໂອໃດກໍໄດ້ (MP4, MOV, MKV…). ຖ້າອິນເຕີເນັດຂາດ, ຈະສືບຕໍ່ຈາກບ່ອນທີ່ຢຸດ.',
    uploading: 'ກຳລັງອັບໂຫຼດ',
    paused: 'ການເຊື່ອມຕໍ່ຂາດ; ກຳລັງສືບຕໍ່…',
    queued: 'ອັບໂຫຼດແລ້ວ. ລໍຖ້າເຄື່ອງປະມວນຜົນສ້າງສະຕຣີມ…',
    running: 'ກຳລັງສ້າງສະຕຣີມ',
    done: 'ພ້ອມແລ້ວ',
    failed: 'ລົ້ມເຫຼວ',
    retry: 'ລອງໃໝ່',
    uploadFailed: 'ການອັບໂຫຼດຢຸດ: ',
    previous: 'ການອັບໂຫຼດຫຼ້າສຸດ',
  },
} as const

// Under the 10 MB a request body may have on its way through Next's proxy (src/proxy.ts runs on /api).
const chunkBytes = 8 * 1024 * 1024
const pollMs = 1500

async function latestTranscode(movie: string | number, kind: Kind): Promise<VideoTranscode | null> {
  const query = `where[movie][equals]=${movie}&where[kind][equals]=${kind}&sort=-createdAt&limit=1&depth=0`
  const response = await fetch(`/api/video-transcodes?${query}`, { credentials: 'include' })
  if (!response.ok) return null
  const body = (await response.json()) as { docs?: VideoTranscode[] }
  return body.docs?.[0] ?? null
}

/**
 * A film's Video (or Trailer) upload: a resumable tus upload with its progress, then the
 * transcoding job's progress, its outcome in the editor's admin language, and "Try again".
 */
export function VideoUploadField({ kind }: { kind: Kind }) {
  const { id } = useDocumentInfo()
  const language = useAdminLanguage()
  const t = words[language]
  const router = useRouter()
  const [sent, setSent] = useState<number | null>(null)
  const [stalled, setStalled] = useState(false)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const [transcode, setTranscode] = useState<VideoTranscode | null>(null)
  // Each tick reads the latest transcode again; ticks continue while one is queued or running.
  const [tick, setTick] = useState(0)
  const follow = () => setTick((value) => value + 1)
  const lastStatus = useRef<VideoTranscode['status'] | null>(null)

  useEffect(() => {
    if (id === undefined || id === null) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    void latestTranscode(id, kind).then((latest) => {
      if (cancelled) return
      setTranscode(latest)
      const status = latest?.status ?? null
      if (status === 'queued' || status === 'running') timer = setTimeout(() => setTick((value) => value + 1), pollMs)
      // The read-only ladder fields below change when a transcode completes.
      if (status === 'done' && lastStatus.current && lastStatus.current !== 'done') router.refresh()
      lastStatus.current = status
    })
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [id, kind, tick, router])

  if (id === undefined || id === null) return <p className="field-description">{t.saveFirst}</p>

  function start(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setUploadError(null)
    setTranscode(null)
    setSent(0)
    const upload = new Upload(file, {
      endpoint: '/api/video-uploads',
      chunkSize: chunkBytes,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      metadata: { movie: String(id), kind, filename: file.name, filetype: file.type },
      // Picks up an unfinished upload of the same file, even after the page was closed.
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (bytesSent, bytesTotal) => {
        setStalled(false)
        setSent(bytesTotal ? Math.floor((bytesSent / bytesTotal) * 100) : 0)
      },
      onShouldRetry: () => {
        setStalled(true)
        return true
      },
      onError: (error) => {
        setSent(null)
        const body = (error as { originalResponse?: { getBody(): string } }).originalResponse?.getBody()
        const message = body?.startsWith('{')
          ? (JSON.parse(body) as { errors?: { message: string }[] }).errors?.[0]?.message
          : null
        setUploadError(message ?? error.message)
      },
      onSuccess: () => {
        setSent(null)
        lastStatus.current = 'queued'
        follow()
      },
    })
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0])
      upload.start()
    })
  }

  async function retry() {
    if (!transcode) return
    const response = await fetch(`/api/video-transcodes/${transcode.id}/retry`, {
      method: 'POST',
      credentials: 'include',
    })
    if (response.ok) {
      lastStatus.current = 'queued'
      follow()
    }
  }

  const busy = sent !== null || transcode?.status === 'queued' || transcode?.status === 'running'
  const percent = sent ?? (transcode?.status === 'done' ? 100 : (transcode?.progress ?? 0))
  return (
    <div className="field-type" data-testid={`${kind}-upload`} style={{ margin: '0 0 1.5rem' }}>
      <p className="field-label" style={{ fontWeight: 600 }}>
        {t.heading[kind]}
      </p>
      <label className="btn btn--style-secondary btn--size-small" style={{ cursor: busy ? 'default' : 'pointer' }}>
        {t.choose[kind]}
        <input
          type="file"
          accept="video/*,.mp4,.mov,.mkv,.m4v,.webm,.mxf"
          onChange={start}
          disabled={busy}
          data-testid={`${kind}-file`}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
        />
      </label>
      <p className="field-description">{t.hint}</p>
      <div role="status" aria-live="polite">
        {sent !== null && (
          <Progress label={stalled ? t.paused : t.uploading} percent={percent} testId={`${kind}-upload-progress`} />
        )}
        {sent === null && transcode?.status === 'queued' && <p>{t.queued}</p>}
        {sent === null && transcode?.status === 'running' && (
          <Progress label={t.running} percent={percent} testId={`${kind}-transcode-progress`} />
        )}
        {sent === null && transcode?.status === 'done' && (
          <p data-testid={`${kind}-online`}>
            {t.done} · {transcode.fileName} · 100%
          </p>
        )}
        {sent === null && transcode?.status === 'failed' && (
          <div data-testid={`${kind}-failed`}>
            <p style={{ color: 'var(--theme-error-500)' }}>
              {t.failed}
              {transcode.fileName ? ` (${transcode.fileName})` : ''}:{' '}
              {transcode.failure ? videoFailureMessages[transcode.failure][language] : ''}
            </p>
            <button type="button" className="btn btn--style-primary btn--size-small" onClick={retry}>
              {t.retry}
            </button>
          </div>
        )}
        {uploadError && (
          <p style={{ color: 'var(--theme-error-500)' }}>
            {t.uploadFailed}
            {uploadError}
          </p>
        )}
      </div>
    </div>
  )
}

function Progress({ label, percent, testId }: { label: string; percent: number; testId: string }) {
  return (
    <div data-testid={testId}>
      <progress max={100} value={percent} style={{ width: '100%' }} aria-label={label} />
      <p>
        {label}: <span data-testid={`${testId}-percent`}>{percent}</span>%
      </p>
    </div>
  )
}
