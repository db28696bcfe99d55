/** The counter's answer to "has my payment reached?" for one consumer: this cabin's own payments and, online, the company's. */
export interface ConsumerPaymentStatus {
  consumerNo: string;
  /** This cabin's payments for the consumer, newest first. */
  local: LocalPaymentStatus[];
  /** What the company holds, from any cabin; null when it could not be asked (offline, not registered). */
  company: CompanyPayment[] | null;
  /** Why the company was not asked or did not answer; null when it answered. */
  companyProblem: 'NOT_REGISTERED' | 'UNREACHABLE' | null;
}

export interface LocalPaymentStatus {
  receiptNo: string;
  billNumber: string;
  amountPaise: number;
  recordedAt: string;
  training: boolean;
  /** Cancelled at this cabin: voided, or refunded after the company refused it. */
  reversedBy: 'VOID' | 'REFUND' | null;
  /** Where its upload stands; null for a training payment, which is never uploaded. */
  upload: 'WAITING' | 'PENDING' | 'SUCCESS' | 'FAILED' | null;
  approvalRefNumber: string | null;
}

export interface CompanyPayment {
  receiptNo: string;
  cabinCode: string;
  billNumber: string;
  amountPaise: number;
  collectedAt: string;
  state: 'SUCCESS' | 'PENDING';
  approvalRefNumber: string | null;
}
