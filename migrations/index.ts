import * as migration_20261125_090240_initial_schema from './20261125_090240_initial_schema';
import * as migration_20261125_090300_viewer_row_constraints from './20261125_090300_viewer_row_constraints';

export const migrations = [
  {
    up: migration_20261125_090240_initial_schema.up,
    down: migration_20261125_090240_initial_schema.down,
    name: '20261125_090240_initial_schema',
  },
  {
    up: migration_20261125_090300_viewer_row_constraints.up,
    down: migration_20261125_090300_viewer_row_constraints.down,
    name: '20261125_090300_viewer_row_constraints'
  },
];
