import type { SignedInUser } from '../domain';

/**
 * Who may call a channel. The core checks it from the session it holds, before the handler runs
 * and before the input is read, so a window that is signed out or locked learns nothing else.
 * - `anyone`: also before sign-in (the session's status, signing in, the start-up check);
 * - `person`: someone signed in, with the screen unlocked;
 * - `collector`: a person with an open shift: the counter's own calls;
 * - `supervisor`: a signed-in, unlocked supervisor.
 */
export type Who = 'anyone' | 'person' | 'collector' | 'supervisor';

export interface Access {
  who: Who;
  /**
   * Whether the call is the person working, and so keeps an idle screen from locking. What the
   * window polls by itself (uploads, the wallet) needs the person but is not them working.
   */
  activity: boolean;
  /**
   * For channels that name a receipt: `own shift` lets a person reach only the receipts of their
   * own open shift; a supervisor reaches any, and each reach beyond their own shift is audited.
   */
  receipt?: 'own shift';
}

export const anyone = { who: 'anyone', activity: false } as const satisfies Access;
export const person = { who: 'person', activity: true } as const satisfies Access;
/** A person's screen polling on its own. */
export const watcher = { who: 'person', activity: false } as const satisfies Access;
/** A person at work on a receipt of their own shift (a supervisor: any receipt). */
export const ownReceipt = { who: 'person', activity: true, receipt: 'own shift' } as const satisfies Access;
export const collector = { who: 'collector', activity: true } as const satisfies Access;
export const supervisor = { who: 'supervisor', activity: true } as const satisfies Access;

/** The signed-in person making the call. */
export interface Caller {
  user: SignedInUser;
}

/** Who is taking payments, in which shift, and whether they are training payments. */
export interface Collector extends Caller {
  shiftId: string;
  training: boolean;
}

/** What a handler is given about its caller, by the access its channel declares. */
export type CallerFor<W extends Who> = W extends 'anyone' ? Record<never, never> : W extends 'collector' ? Collector : Caller;

/** Checks one call's access against the session; throws a RokadError the window can show when it is refused. */
export type Gate = (access: Access) => Record<never, never> | Caller | Collector;

/** Checks, once the input is read, that the caller may reach the receipt it names; throws as the gate does. */
export type Reach = (channel: string, access: Access, input: unknown, caller: unknown) => void;
