import type { ReceiptCheck } from '../shared/gateway/receiptCheck';
import type { ComplaintKind } from '../shared/complaints';
import { formatPaise } from '../shared/money';
import { formatIndiaDateTime } from '../shared/time';

export type PageLanguage = 'hi' | 'en';

/** What the page shows: the gateway's answer, why the question could not be asked, or a pause. */
export type ReceiptPageContent =
  | { kind: 'answer'; check: ReceiptCheck }
  | { kind: 'complaint'; complaint: ComplaintOnPage }
  /** A complaint slip's number (the company's or the cabin's) that no complaint has with that code. */
  | { kind: 'noSuchComplaint' }
  | { kind: 'badInput'; problem: 'receiptNo' | 'codeLength' | 'codeLetters' }
  | { kind: 'ask' }
  | { kind: 'rateLimited' };

/** A complaint as its slip's number and code show it: no consumer number, no mobile, not the consumer's words; the name masked. */
export interface ComplaintOnPage {
  complaintNo: string;
  localNo: string;
  cabinCode: string;
  kind: ComplaintKind;
  maskedName: string;
  recordedAt: string;
  status: 'OPEN' | 'CLOSED';
  closedAt: string | null;
  closeNote: string | null;
}

const words = {
  en: {
    title: 'Receipt check',
    complaintTitle: 'Complaint check',
    company: 'Electricity bill payment',
    approved: 'This payment has reached the electricity company and is approved.',
    awaiting: 'This payment has reached the electricity company. Its approval is awaited.',
    notYet: 'This receipt has not reached the company yet. A receipt printed while the cabin was offline reaches the company when the cabin is online. Check again later.',
    cabinLastOnline: 'The cabin was last online',
    never: 'not yet',
    noSuch: 'No such receipt.',
    noSuchHelp: 'Check the receipt number and the code printed under the QR.',
    noSuchComplaint: 'No such complaint.',
    noSuchComplaintHelp: 'Check the complaint number and the code printed on the complaint slip.',
    receiptNo: 'Receipt No.',
    cabin: 'Cabin',
    paidOn: 'Paid on',
    amount: 'Amount',
    name: 'Name',
    approvalRef: 'Approval reference',
    txnRef: 'Transaction reference',
    receivedOn: 'Reached the company on',
    code: 'Check code',
    check: 'Check',
    askHelp: 'Type the receipt number and the check code printed under the QR.',
    badReceiptNo: 'That is not a receipt number. It looks like BPL-ATP-07-000123.',
    badCodeLength: 'A check code has 10 letters and digits. Scan the QR again or type the code printed under it.',
    badCodeLetters: 'A check code has only digits and capital letters (without I, L, O and U).',
    rateLimited: 'Too many checks from this connection. Try again in a minute.',
    helpline: 'Helpline',
    complaintOpen: 'The electricity company has this complaint. It is open: the company is looking into it.',
    complaintClosed: 'The electricity company has closed this complaint.',
    complaintNo: 'Complaint No.',
    complaintLocalNo: 'Cabin’s complaint No.',
    complaintKind: 'About',
    complaintOn: 'Made on',
    complaintClosedOn: 'Closed on',
    complaintNote: 'The company says',
    kinds: { WRONG_AMOUNT: 'Wrong bill amount', PAYMENT_NOT_REFLECTED: 'Payment not reflected', METER: 'Meter', SUPPLY: 'Supply', OTHER: 'Other' },
    other: 'हिन्दी',
  },
  hi: {
    title: 'रसीद की जाँच',
    complaintTitle: 'शिकायत की जाँच',
    company: 'बिजली बिल भुगतान',
    approved: 'यह भुगतान बिजली कंपनी तक पहुँच गया है और स्वीकृत है।',
    awaiting: 'यह भुगतान बिजली कंपनी तक पहुँच गया है। इसकी स्वीकृति की प्रतीक्षा है।',
    notYet: 'यह रसीद अभी कंपनी तक नहीं पहुँची है। काउंटर के ऑफ़लाइन रहते छपी रसीद, काउंटर के ऑनलाइन होने पर कंपनी तक पहुँचती है। कुछ समय बाद फिर जाँचें।',
    cabinLastOnline: 'काउंटर पिछली बार ऑनलाइन था',
    never: 'अभी नहीं',
    noSuch: 'ऐसी कोई रसीद नहीं है।',
    noSuchHelp: 'रसीद क्रमांक और QR के नीचे छपा जाँच कोड फिर से देखें।',
    noSuchComplaint: 'ऐसी कोई शिकायत नहीं है।',
    noSuchComplaintHelp: 'शिकायत की पर्ची पर छपा शिकायत क्रमांक और जाँच कोड फिर से देखें।',
    receiptNo: 'रसीद क्रमांक',
    cabin: 'काउंटर',
    paidOn: 'भुगतान की तारीख',
    amount: 'राशि',
    name: 'नाम',
    approvalRef: 'स्वीकृति संदर्भ',
    txnRef: 'लेनदेन संदर्भ',
    receivedOn: 'कंपनी को मिला',
    code: 'जाँच कोड',
    check: 'जाँचें',
    askHelp: 'रसीद क्रमांक और QR के नीचे छपा जाँच कोड लिखें।',
    badReceiptNo: 'यह रसीद क्रमांक नहीं है। रसीद क्रमांक ऐसा दिखता है: BPL-ATP-07-000123',
    badCodeLength: 'जाँच कोड में 10 अक्षर और अंक होते हैं। QR फिर से स्कैन करें या उसके नीचे छपा कोड लिखें।',
    badCodeLetters: 'जाँच कोड में केवल अंक और अंग्रेज़ी के बड़े अक्षर होते हैं (I, L, O और U नहीं)।',
    rateLimited: 'इस कनेक्शन से बहुत अधिक जाँच हुई हैं। एक मिनट बाद फिर प्रयास करें।',
    helpline: 'हेल्पलाइन',
    complaintOpen: 'यह शिकायत बिजली कंपनी के पास है। यह खुली है: कंपनी इसे देख रही है।',
    complaintClosed: 'बिजली कंपनी ने यह शिकायत बंद कर दी है।',
    complaintNo: 'शिकायत क्रमांक',
    complaintLocalNo: 'काउंटर का शिकायत क्रमांक',
    complaintKind: 'विषय',
    complaintOn: 'शिकायत की तारीख',
    complaintClosedOn: 'बंद होने की तारीख',
    complaintNote: 'कंपनी का जवाब',
    kinds: { WRONG_AMOUNT: 'बिल की राशि गलत', PAYMENT_NOT_REFLECTED: 'भुगतान नहीं दिख रहा', METER: 'मीटर', SUPPLY: 'बिजली आपूर्ति', OTHER: 'अन्य' },
    other: 'English',
  },
} as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function rows(pairs: Array<[string, string]>): string {
  return `<dl>${pairs.map(([label, value]) => `<div><dt>${escape(label)}</dt><dd>${escape(value)}</dd></div>`).join('')}</dl>`;
}

function answerHtml(check: ReceiptCheck, language: PageLanguage): string {
  const w = words[language];
  if (check.state === 'NO_SUCH_RECEIPT') return `<p class="verdict bad" data-state="${check.state}">${w.noSuch}</p><p>${w.noSuchHelp}</p>`;
  if (check.state === 'NOT_YET_RECEIVED') {
    const lastOnline = check.cabinLastOnlineAt ? formatIndiaDateTime(check.cabinLastOnlineAt, language) : w.never;
    return `<p class="verdict wait" data-state="${check.state}">${w.notYet}</p>${rows([
      [w.receiptNo, check.receiptNo],
      [w.cabin, check.cabinCode],
      [w.cabinLastOnline, lastOnline],
    ])}`;
  }
  const details: Array<[string, string]> = [
    [w.receiptNo, check.receiptNo],
    [w.cabin, check.cabinCode],
    [w.paidOn, formatIndiaDateTime(check.collectedAt, language)],
    [w.amount, formatPaise(check.amount)],
    [w.name, check.maskedName],
    ...(check.state === 'APPROVED'
      ? ([
          [w.approvalRef, check.approvalRefNumber],
          [w.txnRef, check.txnRefId],
        ] as Array<[string, string]>)
      : []),
    [w.receivedOn, formatIndiaDateTime(check.receivedAt, language)],
  ];
  return `<p class="verdict ${check.state === 'APPROVED' ? 'good' : 'wait'}" data-state="${check.state}">${check.state === 'APPROVED' ? w.approved : w.awaiting}</p>${rows(details)}`;
}

function complaintHtml(complaint: ComplaintOnPage, language: PageLanguage): string {
  const w = words[language];
  const closed = complaint.status === 'CLOSED';
  const details: Array<[string, string]> = [
    [w.complaintNo, complaint.complaintNo],
    [w.complaintLocalNo, complaint.localNo],
    [w.cabin, complaint.cabinCode],
    [w.complaintKind, w.kinds[complaint.kind]],
    [w.name, complaint.maskedName],
    [w.complaintOn, formatIndiaDateTime(complaint.recordedAt, language)],
    ...(complaint.closedAt ? ([[w.complaintClosedOn, formatIndiaDateTime(complaint.closedAt, language)]] as Array<[string, string]>) : []),
    ...(complaint.closeNote ? ([[w.complaintNote, complaint.closeNote]] as Array<[string, string]>) : []),
  ];
  return `<p class="verdict ${closed ? 'good' : 'wait'}" data-state="COMPLAINT_${complaint.status}">${closed ? w.complaintClosed : w.complaintOpen}</p>${rows(details)}`;
}

function bodyHtml(content: ReceiptPageContent, language: PageLanguage): string {
  const w = words[language];
  switch (content.kind) {
    case 'answer':
      return answerHtml(content.check, language);
    case 'complaint':
      return complaintHtml(content.complaint, language);
    case 'noSuchComplaint':
      return `<p class="verdict bad" data-state="NO_SUCH_COMPLAINT">${w.noSuchComplaint}</p><p>${w.noSuchComplaintHelp}</p>`;
    case 'rateLimited':
      return `<p class="verdict bad" data-state="TOO_MANY_CHECKS">${w.rateLimited}</p>`;
    case 'ask':
      return `<p>${w.askHelp}</p>`;
    case 'badInput': {
      const message = { receiptNo: w.badReceiptNo, codeLength: w.badCodeLength, codeLetters: w.badCodeLetters }[content.problem];
      return `<p class="verdict bad" data-state="BAD_INPUT">${message}</p>`;
    }
  }
}

/** The verification page for people: one screen on a phone, in the consumer's language, with a form to type a receipt in. */
export function receiptPageHtml(content: ReceiptPageContent, options: { language: PageLanguage; receiptNo: string; code: string; helpline: string }): string {
  const { language } = options;
  const w = words[language];
  // A complaint slip's QR opens the same page: it is titled, and its number asked, as a complaint's.
  const complaint = content.kind === 'complaint' || content.kind === 'noSuchComplaint';
  const title = complaint ? w.complaintTitle : w.title;
  const numberLabel = complaint ? w.complaintNo : w.receiptNo;
  const other: PageLanguage = language === 'hi' ? 'en' : 'hi';
  const query = (lang: PageLanguage) => `?n=${encodeURIComponent(options.receiptNo)}&c=${encodeURIComponent(options.code)}&lang=${lang}`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
@font-face { font-family: 'Noto Sans Devanagari'; font-weight: 500; src: url('/r/fonts/medium.ttf') format('truetype'); }
@font-face { font-family: 'Noto Sans Devanagari'; font-weight: 700; src: url('/r/fonts/bold.ttf') format('truetype'); }
body { font-family: 'Noto Sans Devanagari', sans-serif; font-weight: 500; margin: 0; background: #f4f4f0; color: #1b1b1b; }
main { max-width: 34rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .5rem; }
h1 { font-size: 1.5rem; margin: 0; font-weight: 700; }
.company { margin: .25rem 0 0; color: #555; }
.verdict { font-size: 1.15rem; font-weight: 700; padding: .75rem 1rem; border-radius: .4rem; margin: 1.25rem 0; line-height: 1.5; }
.good { background: #e3f4e6; border-left: .4rem solid #1e7b34; }
.wait { background: #fff4d6; border-left: .4rem solid #a86b00; }
.bad { background: #fde6e4; border-left: .4rem solid #b3261e; }
dl { margin: 0; }
dl div { display: flex; justify-content: space-between; gap: 1rem; padding: .45rem 0; border-bottom: 1px solid #e2e2dc; }
dt { color: #555; }
dd { margin: 0; font-weight: 700; text-align: right; overflow-wrap: anywhere; }
form { margin-top: 1.5rem; display: grid; gap: .5rem; }
label { display: grid; gap: .2rem; }
input { font: inherit; padding: .5rem; border: 1px solid #888; border-radius: .3rem; text-transform: uppercase; }
button { font: inherit; font-weight: 700; padding: .6rem; background: #1b1b1b; color: #fff; border: 0; border-radius: .3rem; }
footer { margin-top: 1.5rem; color: #555; }
a { color: #0b57d0; }
</style>
</head>
<body>
<main>
<header><h1>${title}</h1><a href="${query(other)}" lang="${other}">${w.other}</a></header>
<p class="company">${w.company}</p>
${bodyHtml(content, language)}
<form method="get" action="/r">
<label>${numberLabel}<input name="n" value="${escape(options.receiptNo)}" maxlength="40" autocomplete="off"></label>
<label>${w.code}<input name="c" value="${escape(options.code)}" maxlength="11" autocomplete="off"></label>
<input type="hidden" name="lang" value="${language}">
<button type="submit">${w.check}</button>
</form>
<footer>${w.helpline}: ${escape(options.helpline)}</footer>
</main>
</body>
</html>
`;
}
