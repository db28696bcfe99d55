import { RokadError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { hasDeviceToken } from '../settings/deviceToken';
import { getSetting } from '../settings/settings';
import { sendComplaint } from '../sync/complaintSync';
import { waitingComplaint } from '../sync/complaints';
import { complaintOf, complaintShift } from './complaintViews';
import { recordComplaint } from './recordComplaint';

/** A consumer's complaint at the counter: recorded here at once, sent to the company while the consumer waits if it can be, and its slip. */
export function complaintHandlers(services: Services) {
  const { db, cabinCode, now } = services;

  /** Online, the slip carries the company's number: one quick try, never a wait on a cabin last seen offline. A failure leaves it to the next round. */
  async function sendNow(complaintId: string): Promise<void> {
    const item = waitingComplaint(db, complaintId);
    const client = services.gateway();
    if (!item || !client || !hasDeviceToken(db) || getSetting(db, 'sync_online') === '0') return;
    await sendComplaint({ db, client, now }, item, 'leave').catch(() => undefined);
  }

  return {
    'complaints.record': async (input, caller) => {
      const recorded = recordComplaint(db, { cabinCode, now }, input, caller);
      await sendNow(recorded.complaintId);
      return complaintOf(db, recorded.complaintId)!;
    },

    'complaints.printSlip': async ({ complaintId }, caller) => {
      const complaint = complaintOf(db, complaintId);
      if (!complaint) throw new RokadError('NO_SUCH_COMPLAINT', 'This complaint was not recorded at this cabin.');
      if (caller.user.role !== 'SUPERVISOR' && complaintShift(db, complaintId) !== caller.shiftId) {
        throw new RokadError('NOT_ALLOWED', 'Only the shift that recorded a complaint, or a supervisor, prints its slip.');
      }
      await services.receipts.printComplaintSlip(complaint, cabinCode);
      return complaint;
    },
  } satisfies Partial<Handlers>;
}
