import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';

/** The supervisor's day report, and the day's files written for the office. */
export function reportHandlers(services: Services) {
  return {
    'reports.day': (range) => services.dayReport(range),

    'exports.write': (request, { user }) => services.writeExports(request, user),
  } satisfies Partial<Handlers>;
}
