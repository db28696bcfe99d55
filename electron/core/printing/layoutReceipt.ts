import { formatPaise } from '../../../shared/money';
import { groupedCode } from '../../../shared/receiptVerification';
import { formatIndiaDateTime } from '../../../shared/time';
import { changeBlocks, refundAmountBlocks } from './changeBlocks';
import type { ReceiptRecord, RefundFacts } from './receiptRecord';

export type TextSize = 'small' | 'body' | 'large' | 'title';
export type Align = 'left' | 'center' | 'right';

/** One vertical piece of a receipt; the renderer stacks them top to bottom at any paper width. */
export type Block =
  | { kind: 'text'; text: string; size: TextSize; bold: boolean; align: Align }
  /** A label on the left and its value on the right; the value moves under the label when both do not fit. */
  | { kind: 'row'; label: string; value: string; size: TextSize; bold: boolean }
  /** White text on a black band: a receipt that is not the original must not pass for one. */
  | { kind: 'banner'; text: string }
  | { kind: 'rule' }
  | { kind: 'qr'; payload: string }
  | { kind: 'gap' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function billMonthText(billMonth: string | null): string {
  if (!billMonth) return '-';
  const [year, month] = billMonth.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

export const text = (value: string, size: TextSize, align: Align = 'center', bold = false): Block => ({ kind: 'text', text: value, size, bold, align });
export const row = (label: string, value: string, size: TextSize = 'body', bold = false): Block => ({ kind: 'row', label, value, size, bold });

function copyBlocks(record: ReceiptRecord): Block[] {
  const blocks: Block[] = [];
  if (record.training) {
    blocks.push({ kind: 'banner', text: 'प्रशिक्षण / TRAINING' }, text('यह मान्य रसीद नहीं है / NOT A VALID RECEIPT', 'body', 'center', true));
  }
  if (record.voided) {
    blocks.push({ kind: 'banner', text: 'रद्द / VOIDED' }, text('यह भुगतान रद्द किया गया / This payment was voided', 'body', 'center', true));
  }
  if (record.refunded) {
    blocks.push({ kind: 'banner', text: 'राशि लौटाई / REFUNDED' }, text('यह राशि उपभोक्ता को लौटाई गई / This amount was refunded', 'body', 'center', true));
  }
  if (record.copy === 'DUPLICATE') {
    blocks.push({ kind: 'banner', text: 'प्रतिलिपि / DUPLICATE' }, text(`पुनर्मुद्रण / Reprint ${record.reprint}`, 'body', 'center', true));
  } else if (!record.training) {
    blocks.push(text('मूल प्रति / ORIGINAL', 'small'));
  }
  return blocks;
}

function consumerBlocks(record: ReceiptRecord): Block[] {
  return [
    row('उपभोक्ता क्र. / Consumer No.', record.consumerNo, 'body', true),
    row('नाम / Name', record.consumerName),
    row('बिल क्र. / Bill No.', record.billNumber),
    row('बिल माह / Bill Month', billMonthText(record.billMonth)),
  ];
}

function paymentBlocks(record: ReceiptRecord): Block[] {
  return [
    text('बिजली बिल रसीद', 'title', 'center', true),
    text('Electricity Bill Receipt', 'large', 'center', true),
    ...copyBlocks(record),
    { kind: 'rule' },
    row('रसीद क्र. / Receipt No.', record.receiptNo, 'body', true),
    row('दिनांक / Date', formatIndiaDateTime(record.recordedAt)),
    ...consumerBlocks(record),
    { kind: 'rule' },
    row('राशि / Amount', formatPaise(record.amountPaise), 'title', true),
    row('प्राप्त नकद / Cash Received', formatPaise(record.tenderedPaise)),
    ...changeBlocks(record),
    row('भुगतान माध्यम / Mode', 'नकद / Cash'),
    { kind: 'rule' },
    row('काउंटर / Cabin', record.cabinCode),
    ...(record.agent ? [row('एजेंट / Agent', record.agent)] : []),
    ...(record.approvalRef ? [row('स्वीकृति संदर्भ / Approval Ref.', record.approvalRef, 'body', true)] : []),
    ...(record.txnRefId ? [row('लेनदेन संदर्भ / Txn Ref.', record.txnRefId)] : []),
    ...(record.approvalFollows ? [row('स्वीकृति संदर्भ / Approval Ref.', 'बाद में मिलेगा / follows', 'body', true)] : []),
  ];
}

/** The slip the consumer signs for cash paid back: which payment, why, and who approved it. */
function refundBlocks(record: ReceiptRecord, refund: RefundFacts): Block[] {
  return [
    text('राशि वापसी पर्ची', 'title', 'center', true),
    text('Refund Slip', 'large', 'center', true),
    ...copyBlocks(record),
    { kind: 'rule' },
    row('पर्ची क्र. / Slip No.', record.receiptNo, 'body', true),
    row('दिनांक / Date', formatIndiaDateTime(record.recordedAt)),
    row('मूल रसीद / Receipt Refunded', refund.forReceiptNo, 'body', true),
    ...consumerBlocks(record),
    { kind: 'rule' },
    ...refundAmountBlocks(record),
    row('कारण / Reason', refund.reason),
    text('बिलर ने यह भुगतान स्वीकार नहीं किया; राशि नकद लौटाई गई। / The biller did not accept this payment; the cash was paid back.', 'small', 'left'),
    { kind: 'rule' },
    row('काउंटर / Cabin', record.cabinCode),
    ...(record.agent ? [row('एजेंट / Agent', record.agent)] : []),
    row('स्वीकृत / Approved by', refund.approvedBy),
    // Room for the consumer to sign above the line.
    { kind: 'gap' },
    { kind: 'gap' },
    { kind: 'gap' },
    { kind: 'rule' },
    text('उपभोक्ता के हस्ताक्षर / Consumer signature', 'small', 'left'),
  ];
}

/** The receipt (or refund slip) as blocks: what it says and in which order, independent of the paper width. */
export function layoutReceipt(record: ReceiptRecord): Block[] {
  const { header } = record;
  return [
    text(header.companyHi, 'body', 'center', true),
    text(header.companyEn, 'small'),
    { kind: 'rule' },
    ...(record.refund ? refundBlocks(record, record.refund) : paymentBlocks(record)),
    { kind: 'gap' },
    { kind: 'qr', payload: record.qrPayload },
    text('QR से रसीद जाँचें / Scan to verify', 'small'),
    text(`जाँच कोड / Check code: ${groupedCode(record.receiptCode)}`, 'small'),
    { kind: 'rule' },
    text(`हेल्पलाइन / Helpline: ${header.helpline}`, 'body', 'center', true),
    text('धन्यवाद / Thank you', 'small'),
    ...(record.training ? [{ kind: 'banner', text: 'प्रशिक्षण / TRAINING' } as const] : []),
  ];
}
