import type { FailureCode } from '../shared/gateway/schemas';
import type { Db } from '../shared/node/sqlite/openDatabase';
import { formatIndiaDateTime, indiaDate } from '../shared/time';

/**
 * How far ahead of the gateway's own time a cabin's clock may run: PCs at kiosks drift, and a
 * payment uploaded seconds after it was taken must not be refused for a minute of drift.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;

/** The cabin a device token names: the agent whose wallet it spends, and the series its receipts are numbered in. */
export interface Device {
  deviceId: string;
  agentId: string;
  cabinCode: string;
}

export interface ClockRefusal {
  code: FailureCode;
  message: string;
}

/** A payment that passed carries its receipt's number in the cabin's series. */
export type CabinCheck = { ok: true; sequence: number } | ({ ok: false } & ClockRefusal);

/** The number of a receipt of the cabin's own payment series (`BPL-07-000123` → 123); training (`TRN-`) and refund (`RFD-`) slips are of other series. */
export function receiptSequence(cabinCode: string, receiptNo: string): number | undefined {
  if (!receiptNo.startsWith(`${cabinCode}-`)) return undefined;
  const digits = receiptNo.slice(cabinCode.length + 1);
  return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

const FIX_THE_CLOCK =
  'Set the PC’s date, time and time zone (India Standard Time) right. The payment keeps the time it was recorded with, so sending it again does not correct it: refund the consumer and take the bill again.';

const at = (iso: string) => `${formatIndiaDateTime(iso)} IST`;

/**
 * The gateway's check of a cabin's clock. The cabin's clock is the only witness of when cash was
 * taken offline, so it is held to what the gateway has seen of that cabin: time moves forward
 * with the receipt numbers of its accepted payments, and never past the gateway's own time.
 */
export function createCabinClock(db: Db, now: () => Date) {
  const sameReceipt = db.prepare('SELECT consumer_no, collected_at FROM payments WHERE device_id = ? AND receipt_seq = ? LIMIT 1');
  const before = db.prepare('SELECT receipt_no, collected_at FROM payments WHERE device_id = ? AND receipt_seq < ? ORDER BY receipt_seq DESC LIMIT 1');
  const after = db.prepare('SELECT receipt_no, collected_at FROM payments WHERE device_id = ? AND receipt_seq > ? ORDER BY receipt_seq LIMIT 1');
  type Accepted = { receipt_no: string; collected_at: string };

  return {
    /**
     * The receipt number is the cabin's and new, and `collectedAt` lies between those of the
     * nearest accepted receipts either side of it: uploads may come in any order (a batch
     * postponed, a refusal retried later), but a later receipt never carries an earlier time.
     */
    check(device: Device, receiptNo: string, collectedAt: string): CabinCheck {
      const sequence = receiptSequence(device.cabinCode, receiptNo);
      if (sequence === undefined) {
        return {
          ok: false,
          code: 'BAD_RECEIPT_NO',
          message: `Receipt ${receiptNo} is not of this cabin’s series ${device.cabinCode}-000001, -000002 …, which the PC was registered with. The gateway does not accept it: refund the consumer and ask the company to check this PC’s registration.`,
        };
      }
      const reused = sameReceipt.get(device.deviceId, sequence) as { consumer_no: string; collected_at: string } | undefined;
      if (reused) {
        return {
          ok: false,
          code: 'BAD_RECEIPT_NO',
          message: `Receipt ${receiptNo} of this cabin was already accepted for another payment (consumer ${reused.consumer_no}, ${at(reused.collected_at)}); a receipt number is used once. If the cabin was restored from an older backup, tell the company; refund the consumer and take the bill again.`,
        };
      }
      const time = Date.parse(collectedAt);
      const earlier = before.get(device.deviceId, sequence) as Accepted | undefined;
      if (earlier && time < Date.parse(earlier.collected_at)) {
        return {
          ok: false,
          code: 'CLOCK_BEHIND',
          message: `Receipt ${receiptNo} says the cash was taken at ${at(collectedAt)}, before receipt ${earlier.receipt_no} of this cabin (${at(earlier.collected_at)}), which the gateway has accepted: the PC’s clock was set back. ${FIX_THE_CLOCK}`,
        };
      }
      const later = after.get(device.deviceId, sequence) as Accepted | undefined;
      if (later && time > Date.parse(later.collected_at)) {
        return {
          ok: false,
          code: 'CLOCK_AHEAD',
          message: `Receipt ${receiptNo} says the cash was taken at ${at(collectedAt)}, after receipt ${later.receipt_no} of this cabin (${at(later.collected_at)}), which the gateway has accepted: the PC’s clock was ahead when it was taken. ${FIX_THE_CLOCK}`,
        };
      }
      const gatewayTime = now();
      if (time > gatewayTime.getTime() + CLOCK_SKEW_MS) {
        return {
          ok: false,
          code: 'CLOCK_AHEAD',
          message: `Receipt ${receiptNo} says the cash was taken at ${at(collectedAt)}, later than the gateway’s time (${at(gatewayTime.toISOString())}) by more than ${CLOCK_SKEW_MS / 60_000} minutes: the PC’s clock is ahead. ${FIX_THE_CLOCK}`,
        };
      }
      return { ok: true, sequence };
    },

    /** No cash is taken for a bill before the day it was issued (India calendar); 1970 is such a day for every bill. */
    checkBillDate(receiptNo: string, collectedAt: string, bill: { bill_number: string; bill_date: string }): ClockRefusal | undefined {
      const day = indiaDate(new Date(collectedAt));
      if (day >= bill.bill_date) return undefined;
      return {
        code: 'CLOCK_BEHIND',
        message: `Receipt ${receiptNo} says the cash was taken on ${day}, before bill ${bill.bill_number} was issued (${bill.bill_date}): the PC’s clock is behind. ${FIX_THE_CLOCK}`,
      };
    },
  };
}
