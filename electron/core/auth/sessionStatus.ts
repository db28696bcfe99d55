import type { SessionStatus } from '../../../shared/domain';
import type { Services } from '../createServices';
import { readBillerRules } from '../rules/billerRulesStore';
import { isTrainingMode } from '../settings/trainingMode';

/** What the window needs to know to pick its screen: who is signed in, locked or not, their shift, training, the biller's rules. */
export function sessionStatus(services: Services): SessionStatus {
  const { sessions, users, shifts, db } = services;
  const current = sessions.current();
  return {
    firstRun: users.count() === 0,
    user: current?.user ?? null,
    locked: current?.locked ?? false,
    idleMinutes: sessions.idleMinutes,
    shift: current ? shifts.current(current.user.userId) : null,
    training: isTrainingMode(db),
    rules: readBillerRules(db),
  };
}
