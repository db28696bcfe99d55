import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Step 11 is the record-speed branch's (issue #14); this branch came from main before it, and a
 * chain may have no gap. This step changes nothing, so when the record-speed step merges it takes
 * this place and this file (with its test) goes.
 */
export const heldForRecordSpeed: Migration = {
  version: 11,
  name: 'held for the record-speed step',
  up: () => undefined,
};
