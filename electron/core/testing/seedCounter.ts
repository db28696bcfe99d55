import type { CashCount } from '../../../shared/denominations';
import type { Services } from '../createServices';
import type { Collector } from '../../../shared/ipc/access';

export const PEOPLE = {
  supervisor: { userId: 'meena.s', name: 'मीना सिंह / Meena Singh', pin: '2468', role: 'SUPERVISOR' },
  agent: { userId: 'ravi.k', name: 'रवि कुशवाहा / Ravi Kushwaha', pin: '1357', role: 'AGENT' },
} as const;

export const OPENING_FLOAT: CashCount = { N100: 5, N50: 6, N10: 10, C5: 20 };

/** A supervisor and an agent, as a cabin has them after setup. */
export function seedPeople(services: Services): void {
  for (const person of Object.values(PEOPLE)) {
    services.users.insert({ ...person, createdBy: null }, services.now());
  }
}

/** Signs the agent in and opens a shift with a ₹1,000 float: the counter, ready for payments. */
export function openCounter(services: Services): Collector {
  if (services.users.count() === 0) seedPeople(services);
  const user = services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
  const shift = services.shifts.current(user.userId) ?? services.shifts.open(user, OPENING_FLOAT);
  return { user, shiftId: shift.shiftId, training: false };
}
