import type { Messages } from '../messages';

/** The counter's flow: what keeps a cashier from a lost keystroke or a vanished report. */
export const en = {
  emptyFloat: 'The drawer counts ₹0.00. Press Enter again to open the shift with an empty drawer, or count the notes first.',
  pastZTitle: 'Z reports of closed shifts',
  noClosedShifts: 'No shift was closed in these days.',
  zReportOf: 'Z report: {{name}}, closed {{closedAt}}',
  backToShifts: 'Back to the day report',
} as const;

export const hi: Messages<typeof en> = {
  emptyFloat: 'दराज़ में ₹0.00 गिने गए हैं। खाली दराज़ से शिफ़्ट खोलने के लिए फिर से Enter दबाएँ, या पहले नोट गिनें।',
  pastZTitle: 'बंद शिफ़्टों की Z रिपोर्ट',
  noClosedShifts: 'इन दिनों में कोई शिफ़्ट बंद नहीं हुई।',
  zReportOf: 'Z रिपोर्ट: {{name}}, बंद {{closedAt}}',
  backToShifts: 'दिन की रिपोर्ट पर लौटें',
};
