import type { Role, SignedInUser } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import { formatIndiaDateTime } from '../../../shared/time';
import type { AuditLog } from '../audit/auditLog';
import { pinMatches } from './pinHash';
import { toSignedInUser, type UserRow, type UserStore } from './userStore';

export interface SecurityPolicy {
  maxFailedPins: number;
  lockMinutes: number;
  idleMinutes: number;
}

export const defaultSecurityPolicy: SecurityPolicy = { maxFailedPins: 5, lockMinutes: 15, idleMinutes: 10 };

export interface Sessions {
  /** The signed-in user, or null; locks the session when it has been idle too long. */
  current(): { user: SignedInUser; locked: boolean } | null;
  /** After this many minutes without activity the screen locks itself. */
  readonly idleMinutes: number;
  /** The signed-in, unlocked user (of the role, when given); counts as activity unless told otherwise. */
  require(role?: Role, options?: { activity: boolean }): SignedInUser;
  signIn(userId: string, pin: string): SignedInUser;
  unlock(pin: string): SignedInUser;
  /** The person steps away: the screen locks until their PIN is typed again. */
  lock(): void;
  signOut(): void;
  /** Checks a supervisor's id and PIN typed for one action; wrong PINs count towards lockout. */
  approve(approval: { supervisorId: string; pin: string }, action: string): SignedInUser;
  /** Checks one person's id and PIN for one action without changing the session; wrong PINs count towards their lockout. */
  confirm(userId: string, pin: string, purpose: string): SignedInUser;
  /** Hands the session to a person whose PIN was just confirmed (a drawer handover). */
  handTo(user: SignedInUser): void;
  /** Starts a session without a PIN check, for the supervisor just created at first run. */
  startFor(user: SignedInUser): void;
  updateUser(user: SignedInUser): void;
}

/**
 * One cabin PC, one person at the keyboard: the core holds the single session, so the window
 * can never claim to be someone else. Sign-in PIN failures are counted per user and lock the
 * account; approval PIN failures are counted per person asking and pause their approvals.
 */
export function createSessions(deps: { users: UserStore; audit: AuditLog; now: () => Date; policy: SecurityPolicy }): Sessions {
  const { users, audit, now, policy } = deps;
  let session: { user: SignedInUser; lastActivity: number; locked: boolean } | null = null;

  function refuseIfLocked(user: UserRow, at: Date): void {
    if (user.locked_until === null || user.locked_until <= at.toISOString()) return;
    throw new RokadError('ACCOUNT_LOCKED', `${user.name}'s account is locked after ${policy.maxFailedPins} wrong PINs, until ${formatIndiaDateTime(user.locked_until)}.`, {
      variant: 'UNTIL',
      name: user.name,
      until: user.locked_until,
    });
  }

  function checkPin(userId: string, pin: string, purpose: string): UserRow {
    const user = users.find(userId);
    const at = now();
    if (!user) {
      audit.append(null, 'FAILED_PIN', { userId, purpose, reason: 'unknown user' });
      throw new RokadError('WRONG_PIN', 'Wrong user id or PIN.');
    }
    refuseIfLocked(user, at);
    if (!pinMatches(pin, user.pin_salt, user.pin_hash)) {
      // A lock that has run out starts the count again.
      const failures = (user.locked_until ? 0 : user.failed_pins) + 1;
      const lockedUntil = failures >= policy.maxFailedPins ? new Date(at.getTime() + policy.lockMinutes * 60_000).toISOString() : null;
      users.setFailedPins(user.user_id, lockedUntil ? 0 : failures, lockedUntil);
      audit.append(null, 'FAILED_PIN', { userId: user.user_id, purpose, failures });
      if (lockedUntil) {
        audit.append(null, 'LOCKOUT', { userId: user.user_id, until: lockedUntil });
        throw new RokadError('ACCOUNT_LOCKED', `Wrong PIN ${policy.maxFailedPins} times: ${user.name}'s account is locked for ${policy.lockMinutes} minutes.`, {
          variant: 'NOW',
          name: user.name,
          minutes: policy.lockMinutes,
        });
      }
      const left = policy.maxFailedPins - failures;
      throw new RokadError('WRONG_PIN', `Wrong user id or PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before the account is locked.`, { left, count: left });
    }
    if (user.failed_pins > 0 || user.locked_until) users.clearFailedPins(user.user_id);
    return user;
  }

  /**
   * A supervisor's PIN typed on someone else's screen. Wrong ones are counted against the person
   * asking, not the supervisor: five in the lock minutes pause approvals asked by that person, so
   * an agent cannot guess a PIN quickly, nor lock the supervisor out of their own sign-in by trying.
   * The count is read from the audit log, so signing out and in again or a restart does not reset it.
   */
  function checkApproval(approval: { supervisorId: string; pin: string }, action: string): UserRow {
    const requester = session?.user.userId ?? null;
    const at = now();
    const recent = () => audit.timesSince('FAILED_APPROVAL', requester, new Date(at.getTime() - policy.lockMinutes * 60_000), policy.maxFailedPins);
    const pausedUntil = (failures: string[]) => new Date(new Date(failures[policy.maxFailedPins - 1]!).getTime() + policy.lockMinutes * 60_000).toISOString();
    const paused = (until: string) =>
      new RokadError(
        'APPROVALS_PAUSED',
        `Too many wrong supervisor PINs from this screen: approvals pause until ${formatIndiaDateTime(until)}. The supervisor's own sign-in is not affected.`,
        { until },
      );
    const before = recent();
    if (before.length >= policy.maxFailedPins) throw paused(pausedUntil(before));
    const user = users.find(approval.supervisorId);
    if (user) refuseIfLocked(user, at);
    if (user && pinMatches(approval.pin, user.pin_salt, user.pin_hash)) return user;
    audit.append(requester, 'FAILED_APPROVAL', { supervisorId: approval.supervisorId, action, known: user !== undefined });
    const after = recent();
    if (after.length >= policy.maxFailedPins) throw paused(pausedUntil(after));
    const left = policy.maxFailedPins - after.length;
    throw new RokadError(
      'APPROVAL_WRONG_PIN',
      `Wrong supervisor id or PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before approvals from this screen pause for ${policy.lockMinutes} minutes.`,
      { left, count: left, minutes: policy.lockMinutes },
    );
  }

  function current() {
    if (!session) return null;
    if (!session.locked && now().getTime() - session.lastActivity > policy.idleMinutes * 60_000) {
      session.locked = true;
      audit.append(session.user.userId, 'IDLE_LOCK', { idleMinutes: policy.idleMinutes });
    }
    return { user: session.user, locked: session.locked };
  }

  return {
    current,
    idleMinutes: policy.idleMinutes,
    require(role, options = { activity: true }) {
      const active = current();
      if (!active) throw new RokadError('SIGNED_OUT', 'Sign in first.');
      if (active.locked)
        throw new RokadError('SESSION_LOCKED', `The screen is locked (it locks itself after ${policy.idleMinutes} idle minutes). Enter your PIN to go on.`, {
          minutes: policy.idleMinutes,
        });
      if (role === 'SUPERVISOR' && active.user.role !== 'SUPERVISOR') {
        throw new RokadError('NOT_ALLOWED', 'Only a supervisor can do this.');
      }
      if (options.activity) session!.lastActivity = now().getTime();
      return active.user;
    },
    signIn(userId, pin) {
      const user = toSignedInUser(checkPin(userId, pin, 'sign-in'));
      session = { user, lastActivity: now().getTime(), locked: false };
      audit.append(user.userId, 'SIGN_IN', {});
      return user;
    },
    lock() {
      if (!session || session.locked) return;
      session.locked = true;
      audit.append(session.user.userId, 'LOCK', {});
    },
    unlock(pin) {
      if (!session) throw new RokadError('SIGNED_OUT', 'Sign in first.');
      checkPin(session.user.userId, pin, 'unlock');
      session.locked = false;
      session.lastActivity = now().getTime();
      return session.user;
    },
    signOut() {
      if (session) audit.append(session.user.userId, 'SIGN_OUT', {});
      session = null;
    },
    approve(approval, action) {
      const approver = checkApproval(approval, action);
      if (approver.role !== 'SUPERVISOR') {
        audit.append(session?.user.userId ?? null, 'APPROVAL_REFUSED', { action, by: approver.user_id, reason: 'not a supervisor' });
        throw new RokadError('NOT_SUPERVISOR', `Only a supervisor can approve this; ${approver.name} is not one.`, { name: approver.name });
      }
      return toSignedInUser(approver);
    },
    confirm(userId, pin, purpose) {
      return toSignedInUser(checkPin(userId, pin, purpose));
    },
    handTo(user) {
      if (session) audit.append(session.user.userId, 'SIGN_OUT', { handover: true });
      session = { user, lastActivity: now().getTime(), locked: false };
      audit.append(user.userId, 'SIGN_IN', { handover: true });
    },
    startFor(user) {
      session = { user, lastActivity: now().getTime(), locked: false };
      audit.append(user.userId, 'SIGN_IN', { firstRun: true });
    },
    updateUser(user) {
      if (session?.user.userId === user.userId) session.user = user;
    },
  };
}
