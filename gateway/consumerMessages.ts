import type { Db } from '../shared/node/sqlite/openDatabase';
import { formatPaise } from '../shared/money';
import type { Notifier } from './notifier';

const INDIAN_MOBILE = /^[6-9]\d{9}$/;
const MAX_ATTEMPTS = 12;
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 6 * 60 * 60_000;

/** The words of the message: what the consumer asks first (did it reach?), then what proves it. */
export function paymentMessageText(facts: { amountPaise: number; consumerNo: string; receiptNo: string; approvalRefNumber: string; helpline: string }): string {
  const amount = formatPaise(facts.amountPaise);
  return (
    `बिजली बिल: उपभोक्ता ${facts.consumerNo} का ${amount} का भुगतान कंपनी को मिल गया। रसीद ${facts.receiptNo}, स्वीकृति संदर्भ ${facts.approvalRefNumber}। ` +
    `Electricity bill: ${amount} for consumer ${facts.consumerNo} received. Receipt ${facts.receiptNo}, approval ref. ${facts.approvalRefNumber}. Helpline ${facts.helpline}`
  );
}

interface Approved {
  client_txn_id: string;
  receipt_no: string;
  consumer_no: string;
  amount_paise: number;
  approval_ref_number: string;
  pending_polls_left: number;
  consumer_mobile: string | null;
  bill_mobile: string | null;
}

/**
 * The gateway's messages to consumers: one per accepted payment, queued in the transaction that
 * accepts it (or that confirms a PENDING one), so a payment sent again never queues a second and
 * a refused one none. Delivery is after the commit, through the Notifier, retried with backoff.
 */
export function createConsumerMessages(db: Db, options: { helpline: string; now: () => Date }) {
  const paymentOf = db.prepare(
    `SELECT p.client_txn_id, p.receipt_no, p.consumer_no, p.amount_paise, p.approval_ref_number, p.pending_polls_left, p.consumer_mobile, b.mobile AS bill_mobile
     FROM payments AS p LEFT JOIN bills AS b ON b.consumer_no = p.consumer_no WHERE p.client_txn_id = ?`,
  );
  const optedOut = db.prepare('SELECT 1 FROM message_opt_outs WHERE mobile = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO consumer_messages (client_txn_id, mobile, text, queued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_txn_id) DO NOTHING`,
  );
  const due = db.prepare(
    'SELECT client_txn_id, mobile, text, attempts FROM consumer_messages WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ? ORDER BY queued_at LIMIT 100',
  );
  const markSent = db.prepare('UPDATE consumer_messages SET sent_at = ?, attempts = attempts + 1, notifier = ?, last_error = NULL WHERE client_txn_id = ? AND sent_at IS NULL');
  const markFailed = db.prepare('UPDATE consumer_messages SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE client_txn_id = ? AND sent_at IS NULL');
  let delivering: Promise<number> | undefined;

  async function deliver(notifier: Notifier): Promise<number> {
    let sent = 0;
    const at = options.now();
    for (const message of due.all(MAX_ATTEMPTS, at.toISOString()) as Array<{ client_txn_id: string; mobile: string; text: string; attempts: number }>) {
      try {
        await notifier.send({ clientTxnId: message.client_txn_id, mobile: message.mobile, text: message.text });
        markSent.run(options.now().toISOString(), notifier.name, message.client_txn_id);
        sent += 1;
      } catch (error) {
        const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** message.attempts);
        markFailed.run(new Date(options.now().getTime() + delay).toISOString(), (error as Error).message.slice(0, 300), message.client_txn_id);
      }
    }
    return sent;
  }

  return {
    /** Call inside the transaction that accepts (or confirms) the payment; does nothing before its approval or without a usable mobile. */
    queueFor(clientTxnId: string): void {
      const payment = paymentOf.get(clientTxnId) as Approved | undefined;
      if (!payment || payment.pending_polls_left > 0) return;
      const mobile = payment.consumer_mobile ?? payment.bill_mobile ?? '';
      if (!INDIAN_MOBILE.test(mobile) || optedOut.get(mobile)) return;
      const text = paymentMessageText({
        amountPaise: payment.amount_paise,
        consumerNo: payment.consumer_no,
        receiptNo: payment.receipt_no,
        approvalRefNumber: payment.approval_ref_number,
        helpline: options.helpline,
      });
      const at = options.now().toISOString();
      insert.run(clientTxnId, mobile, text, at, at);
    },

    /** Sends what is due, one round at a time: a round asked for while one runs joins it. */
    deliverDue(notifier: Notifier): Promise<number> {
      delivering ??= deliver(notifier).finally(() => (delivering = undefined));
      return delivering;
    },

    /** A consumer's "stop": no message is queued for this number again (ones already sent stay sent). */
    optOut(mobile: string): void {
      if (!INDIAN_MOBILE.test(mobile)) throw new Error(`"${mobile}" is not a 10-digit Indian mobile number.`);
      db.prepare('INSERT INTO message_opt_outs (mobile, at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(mobile, options.now().toISOString());
    },
  };
}

export type ConsumerMessages = ReturnType<typeof createConsumerMessages>;
