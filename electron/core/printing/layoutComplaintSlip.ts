import type { ComplaintKind, ComplaintView } from '../../../shared/complaints';
import { groupedCode, receiptQrText } from '../../../shared/receiptVerification';
import { formatIndiaDateTime } from '../../../shared/time';
import { row, text, type Block } from './layoutReceipt';
import type { ReceiptHeader } from './receiptRecord';

const KIND_WORDS: Record<ComplaintKind, string> = {
  WRONG_AMOUNT: 'बिल की राशि गलत / Wrong bill amount',
  PAYMENT_NOT_REFLECTED: 'भुगतान नहीं दिख रहा / Payment not reflected',
  METER: 'मीटर / Meter',
  SUPPLY: 'बिजली आपूर्ति / Supply',
  OTHER: 'अन्य / Other',
};

/**
 * The slip the consumer takes away for a complaint, Hindi and English: the company's number once
 * it has the complaint, else the cabin's with a line saying the company's follows; the QR and
 * check code open the complaint on the company's page, under either number.
 */
export function layoutComplaintSlip(complaint: ComplaintView, header: ReceiptHeader, cabinCode: string, verifyUrl: string | null): Block[] {
  const number = complaint.gatewayNo ?? complaint.localNo;
  const training = complaint.upload === 'TRAINING';
  return [
    text(header.companyHi, 'body', 'center', true),
    text(header.companyEn, 'small'),
    { kind: 'rule' },
    text('शिकायत पर्ची', 'title', 'center', true),
    text('Complaint Slip', 'large', 'center', true),
    ...(training ? [{ kind: 'banner', text: 'प्रशिक्षण / TRAINING' } as const, text('यह शिकायत कंपनी को नहीं भेजी गई / NOT SENT TO THE COMPANY', 'body', 'center', true)] : []),
    { kind: 'rule' },
    row('शिकायत क्र. / Complaint No.', number, 'large', true),
    ...(complaint.gatewayNo
      ? [row('काउंटर क्र. / Cabin No.', complaint.localNo, 'small')]
      : training
        ? []
        : [text('कंपनी का शिकायत क्रमांक बाद में मिलेगा / The company’s complaint number follows', 'small', 'left')]),
    row('दिनांक / Date', formatIndiaDateTime(complaint.recordedAt)),
    row('उपभोक्ता क्र. / Consumer No.', complaint.consumerNo, 'body', true),
    row('विषय / About', KIND_WORDS[complaint.kind]),
    ...(complaint.mobile ? [row('मोबाइल / Mobile', `••••••${complaint.mobile.slice(-4)}`)] : []),
    text('शिकायत / Complaint:', 'small', 'left', true),
    text(complaint.text, 'body', 'left'),
    { kind: 'rule' },
    row('काउंटर / Cabin', cabinCode),
    row('एजेंट / Agent', complaint.recordedBy),
    { kind: 'gap' },
    { kind: 'qr', payload: receiptQrText(verifyUrl, number, complaint.checkCode) },
    text('QR से शिकायत की स्थिति देखें / Scan to see where it stands', 'small'),
    text(`जाँच कोड / Check code: ${groupedCode(complaint.checkCode)}`, 'small'),
    { kind: 'rule' },
    text(`हेल्पलाइन / Helpline: ${header.helpline}`, 'body', 'center', true),
    text('धन्यवाद / Thank you', 'small'),
  ];
}
