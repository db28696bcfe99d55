import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import { sessionStatus } from '../auth/sessionStatus';
import type { Services } from '../createServices';
import { DEFAULT_APPROVAL_WAIT_MS, MAX_APPROVAL_WAIT_MS } from '../../../shared/approvalWait';
import { approvalWaitMs } from '../sync/awaitApproval';
import { setSetting } from './settings';
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

    'settings.getApprovalWait': () => ({ waitMs: approvalWaitMs(services.db), defaultMs: DEFAULT_APPROVAL_WAIT_MS, maxMs: MAX_APPROVAL_WAIT_MS }),

    'settings.setApprovalWait': ({ waitMs }, { user }) => {
      setSetting(services.db, 'approval_wait_ms', String(waitMs));
      services.audit.append(user.userId, 'SETTINGS_CHANGE', { approvalWaitMs: waitMs });
      return { waitMs: approvalWaitMs(services.db), defaultMs: DEFAULT_APPROVAL_WAIT_MS, maxMs: MAX_APPROVAL_WAIT_MS };
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
