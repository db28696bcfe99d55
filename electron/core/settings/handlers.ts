import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import { sessionStatus } from '../auth/sessionStatus';
import type { Services } from '../createServices';
import { setTrainingMode } from './trainingMode';

/** The cabin's own switches, each with a supervisor's approval. */
export function settingsHandlers(services: Services) {
  return {
    'settings.setTraining': ({ on, approval }, { user }) => {
      const approver = services.sessions.approve(approval, on ? 'training on' : 'training off');
      setTrainingMode(services.db, on);
      services.audit.append(user.userId, 'SETTINGS_CHANGE', { trainingMode: on, approvedBy: approver.userId });
      return sessionStatus(services);
    },

    'cabin.setup': () => {
      throw new RokadError(
        'CABIN_ALREADY_SET_UP',
        `This data folder belongs to cabin ${services.cabinCode}, and a cabin’s code never changes: its receipt numbers run on from it.`,
        {
          cabinCode: services.cabinCode,
        },
      );
    },
  } satisfies Partial<Handlers>;
}
