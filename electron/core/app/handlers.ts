import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import { indiaDate } from '../../../shared/time';
import type { Services } from '../createServices';
import { readUpdateFacts, whyUpdateWaits } from './updateGate';

/** What the window asks of the app itself: its facts, a folder picked with the operating system's dialog, a restart, an update. */
export function appHandlers(services: Services) {
  const updateWaits = () => whyUpdateWaits(readUpdateFacts(services.db, services.now()));
  return {
    'app.info': () => ({ cabinCode: services.cabinCode, today: indiaDate(services.now()), canChooseFolder: services.chooseFolder !== undefined }),

    'app.restart': () => {
      throw new RokadError('NOT_ALLOWED', 'Rokad starts again by itself only after a backup is restored.');
    },

    'app.chooseFolder': async () => {
      if (!services.chooseFolder) return { available: false, folder: null };
      return { available: true, folder: await services.chooseFolder() };
    },

    'app.update': () => ({ ...(services.updates?.state() ?? { stage: 'off', version: null }), waitsFor: updateWaits() }),

    'app.installUpdate': (_input, { user }) => {
      const state = services.updates?.state();
      if (!services.updates || state?.stage !== 'ready') {
        throw new RokadError('NO_UPDATE_READY', 'No new version of Rokad has finished downloading yet. It shows here once it is ready.');
      }
      const waitsFor = updateWaits();
      if (waitsFor.length > 0) return { installing: false, waitsFor };
      services.audit.append(user.userId, 'UPDATE_INSTALL', { version: state.version });
      services.updates.install();
      return { installing: true, waitsFor };
    },
  } satisfies Partial<Handlers>;
}
