import { readFileSync } from 'node:fs'
import path from 'node:path'

const minPasswordLength = 8

let common: Set<string> | null = null

/** The 10,000 most common passwords (see COMMON-PASSWORDS-SOURCE.md), read once. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'src/lib/accounts/common-passwords.txt'), 'utf8')
      .split('\n')
      .filter(Boolean),
  )
  return common
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`
  if (commonPasswords().has(password.toLowerCase()))
    return 'This password is one of the most common ones; choose another.'
  return null
}
