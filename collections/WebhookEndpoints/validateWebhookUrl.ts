import type { TextFieldSingleValidation } from 'payload'
import { refusedWebhookUrl } from '@/lib/webhooks/urlPolicy'

export const validateWebhookUrl: TextFieldSingleValidation = (value) =>
  typeof value === 'string' ? (refusedWebhookUrl(value) ?? true) : 'Required.'
