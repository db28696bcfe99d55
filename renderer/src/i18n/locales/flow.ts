import type { Messages } from '../messages';

/** The counter's flow: what keeps a cashier from a lost keystroke or a vanished report. */
export const en = {
  emptyFloat: 'The drawer counts ₹0.00. Press Enter again to open the shift with an empty drawer, or count the notes first.',
  pastZTitle: 'Z reports of closed shifts',
  noClosedShifts: 'No shift was closed in these days.',
  zReportOf: 'Z report: {{name}}, closed {{closedAt}}',
  backToShifts: 'Back to the day report',
  testPrintSent: 'The test receipt went to the printer at {{address}}. Check that the Hindi is clear and the QR code is sharp.',
  printerAnswered: 'The printer at {{address}} answered.',
} as const;

export const hi: Messages<typeof en> = {
  emptyFloat: 'दराज़ में ₹0.00 गिने गए हैं। खाली दराज़ से शिफ़्ट खोलने के लिए फिर से Enter दबाएँ, या पहले नोट गिनें।',
  pastZTitle: 'बंद शिफ़्टों की Z रिपोर्ट',
  noClosedShifts: 'इन दिनों में कोई शिफ़्ट बंद नहीं हुई।',
  zReportOf: 'Z रिपोर्ट: {{name}}, बंद {{closedAt}}',
  backToShifts: 'दिन की रिपोर्ट पर लौटें',
  testPrintSent: 'टेस्ट रसीद {{address}} वाले प्रिंटर को भेज दी गई। देखें कि हिन्दी साफ़ छपी है और क्यूआर कोड धुंधला नहीं है।',
  printerAnswered: '{{address}} वाले प्रिंटर ने जवाब दिया।',
};
