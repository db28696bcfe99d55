/**
 * Where a new version of Rokad stands: `off` when this installation has no update feed, `current`
 * when the feed has nothing newer, `downloading` in the background, `ready` to install.
 */
export type UpdateStage = 'off' | 'current' | 'downloading' | 'ready';

/** What keeps a downloaded update from installing now: each would be cut off by the restart. */
export type UpdateWait = 'shift-open' | 'upload-running' | 'print-pending';

export interface UpdateStatus {
  stage: UpdateStage;
  /** The version found on the feed, while it downloads and once it is ready. */
  version: string | null;
  /** Empty when installing now is safe. */
  waitsFor: UpdateWait[];
}
