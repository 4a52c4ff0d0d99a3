import * as initialSchema from './20261125_085731_initial_schema'
import * as viewerRowConstraints from './20261125_090000_viewer_row_constraints'

export const migrations = [
  { up: initialSchema.up, down: initialSchema.down, name: '20261125_085731_initial_schema' },
  { up: viewerRowConstraints.up, down: viewerRowConstraints.down, name: '20261125_090000_viewer_row_constraints' },
]
