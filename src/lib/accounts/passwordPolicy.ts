import { readFileSync } from 'node:fs'
import path from 'node:path'
import { minPasswordLength, passwordRefusals } from './passwordRules'

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
  if ([...password].length < minPasswordLength) return passwordRefusals.tooShort
  if (commonPasswords().has(password.toLowerCase())) return passwordRefusals.tooCommon
  return null
}
