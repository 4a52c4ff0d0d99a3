'use client'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useAdminLanguage } from '@/i18n/admin/useAdminText'
import { rentalWindowOptions } from '../constants'

/** The rental window is a number of hours in the data, but editors pick one of a few windows. */
export const RentalWindowField: NumberFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<number>({ path })
  const language = useAdminLanguage()
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type select" style={{ flex: 1 }}>
      <FieldLabel htmlFor={id} label={field.label} required={field.required} />
      <select
        id={id}
        value={value ?? 24}
        onChange={(event) => setValue(Number(event.target.value))}
        style={{ width: '100%', padding: '0.6rem' }}
      >
        {rentalWindowOptions.map((option) => (
          <option key={option.hours} value={option.hours}>
            {option.label[language]}
          </option>
        ))}
      </select>
      {showError && <p role="alert">{errorMessage}</p>}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
