'use client'
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { rentalWindowOptions } from '../constants'

/** The rental window is a number of hours in the data, but editors pick one of a few windows. */
export const RentalWindowField: NumberFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<number>({ path })
  const { i18n } = useTranslation()
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
            {i18n.language === 'lo' ? option.label.lo : option.label.en}
          </option>
        ))}
      </select>
      {showError && <p role="alert">{errorMessage}</p>}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
