'use client'
import { Menu } from '@vidstack/react'
import {
  DefaultMenuButton,
  DefaultMenuRadioGroup,
  DefaultMenuSection,
  useDefaultLayoutContext,
} from '@vidstack/react/player/layouts/default'
import { useTranslations } from 'next-intl'
import { dataSaverCaps, type DataSaver } from './dataSaver'

type Props = { value: DataSaver; onChange: (choice: DataSaver) => void }

/**
 * "Data saver", a submenu of the player's settings beside Quality, built from Vidstack's own menu
 * parts so it looks and works (keyboard included) like the others.
 */
export function DataSaverMenu({ value, onChange }: Props) {
  const t = useTranslations('player')
  const { icons } = useDefaultLayoutContext()
  const options = [
    { label: t('dataSaverOff'), value: 'off' },
    ...dataSaverCaps.map((cap) => ({ label: t('dataSaverCap', { quality: `${cap}p` }), value: String(cap) })),
  ]
  const current = value === null ? 'off' : String(value)
  const hint = options.find((option) => option.value === current)?.label
  return (
    <Menu.Root className="vds-data-saver-menu vds-menu">
      <DefaultMenuButton label={t('dataSaver')} hint={hint} Icon={icons.Menu.QualityDown} />
      <Menu.Items className="vds-menu-items">
        <DefaultMenuSection label={t('dataSaver')}>
          <DefaultMenuRadioGroup
            value={current}
            options={options}
            onChange={(choice) => onChange(dataSaverCaps.find((cap) => String(cap) === choice) ?? null)}
          />
          <p className="vds-menu-item data-saver-hint">{t('dataSaverHint')}</p>
        </DefaultMenuSection>
      </Menu.Items>
    </Menu.Root>
  )
}
