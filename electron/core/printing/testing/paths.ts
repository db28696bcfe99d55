import { join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..', '..');

export const FONTS_DIR = join(REPO, 'assets', 'fonts');
/** Gitignored: receipts the tests draw, for a person to look at. */
export const ARTIFACTS_DIR = join(REPO, 'e2e', 'artifacts', 'receipts');
