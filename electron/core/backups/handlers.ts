import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';

/** The start-up check and the ledger's backups; a restore answers only while the ledger is damaged (see startCore). */
export function backupHandlers(services: Services) {
  const { backups } = services;
  return {
    'startup.health': () => services.health(),

    'backups.list': () => backups.list(),

    'backups.now': (_input, { user }) => backups.take('SUPERVISOR', user.userId),

    'backups.getSettings': () => backups.settings(),

    'backups.saveSettings': (settings, { user }) => backups.saveSettings(settings, user.userId),

    'backups.restore': () => {
      throw new RokadError('DB_NOT_DAMAGED', 'The database passed its check at start-up; a backup is restored only over a damaged one.');
    },
  } satisfies Partial<Handlers>;
}
