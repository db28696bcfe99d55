import { RokadError } from '../../../shared/errors';
import type { Gate } from '../../../shared/ipc/access';
import type { Shifts } from '../shifts/shifts';
import type { Sessions } from './sessions';

/**
 * Admits a call by the access its channel declares, from the one session the core holds: the
 * window's word about who is at the keyboard is never asked.
 */
export function createGate(deps: { sessions: Sessions; shifts: Pick<Shifts, 'current'>; training: () => boolean }): Gate {
  const { sessions, shifts } = deps;
  return (access) => {
    if (access.who === 'anyone') return {};
    const user = sessions.require(access.who === 'supervisor' ? 'SUPERVISOR' : undefined, { activity: access.activity });
    if (access.who !== 'collector') return { user };
    const shift = shifts.current(user.userId);
    if (!shift) throw new RokadError('NO_SHIFT', 'Open a shift first: count the opening float into the drawer.');
    return { user, shiftId: shift.shiftId, training: deps.training() };
  };
}
