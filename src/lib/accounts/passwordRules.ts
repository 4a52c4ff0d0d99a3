/**
 * What a new password needs, and the server's words when one falls short. Free of imports, so the
 * account forms can recognise each refusal and say it in the viewer's language.
 */
export const minPasswordLength = 8

export const passwordRefusals = {
  tooShort: `Use at least ${minPasswordLength} characters.`,
  tooCommon: 'This password is one of the most common ones; choose another.',
} as const
