import type { Totals } from './reports';

/**
 * A payment voided after the gateway accepted it is reversed only by the company. WAITING: the
 * request is not yet sent; REQUESTED: the company has it (a case is open); ACCEPTED: reversed, the
 * wallet credited back; REFUSED: the company keeps the payment and the wallet stays debited.
 */
export type ReversalState = 'WAITING' | 'REQUESTED' | 'ACCEPTED' | 'REFUSED';

export interface ReversalView {
  state: ReversalState;
  /** The company's case number, once it has the request. */
  caseId: string | null;
  /** What the wallet got back: the bill's debit less its commission. */
  walletCreditPaise: number;
  /** The company's words on its decision, or why the request could not be made. */
  note: string | null;
  decidedAt: string | null;
}

/** One voided, uploaded payment and where its reversal stands, for the day report. */
export interface ReversalLine extends ReversalView {
  receiptNo: string;
  consumerNo: string;
  amountPaise: number;
  /** What the gateway debited for the payment (and the commission it credited). */
  walletDebitPaise: number;
  commissionPaise: number;
  voidedAt: string;
}

/**
 * The range's voided payments the company had accepted. Until a reversal is accepted, its debit
 * (less the commission) stays on the wallet: `stillDebitedPaise`, the difference the day report
 * explains between the cash given back and the wallet.
 */
export interface ReversalsSummary {
  waiting: Totals;
  requested: Totals;
  accepted: Totals;
  refused: Totals;
  creditedPaise: number;
  stillDebitedPaise: number;
  list: ReversalLine[];
}
