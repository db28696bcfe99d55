import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import { indiaDate } from '../../../shared/time';
import type { Services } from '../createServices';

/** What the window asks of the app itself: its facts, a folder picked with the operating system's dialog, a restart. */
export function appHandlers(services: Services) {
  return {
    'app.info': () => ({ cabinCode: services.cabinCode, today: indiaDate(services.now()), canChooseFolder: services.chooseFolder !== undefined }),

    'app.restart': () => {
      throw new RokadError('NOT_ALLOWED', 'Rokad starts again by itself only after a backup is restored.');
    },

    'app.chooseFolder': async () => {
      if (!services.chooseFolder) return { available: false, folder: null };
      return { available: true, folder: await services.chooseFolder() };
    },
  } satisfies Partial<Handlers>;
}
