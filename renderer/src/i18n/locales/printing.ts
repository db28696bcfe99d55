import type { Messages } from '../messages';

export const en = {
  address: 'Printer address',
  paperWidth: 'Paper width',
  dots: '{{mm}} mm ({{dots}} dots)',
  waitSeconds: 'Wait for the printer (seconds)',
  waitForStatus: 'Count a receipt printed only when the printer confirms it (turn off only for a printer that never answers)',
  saved: 'Printer settings saved.',
  testPrint: 'Print a test receipt',
  checkSaved: 'Check the saved printer',
  previewAlt: 'Receipt {{receiptNo}} as it prints',
  unprintedTitle: 'Receipts not yet printed',
  duplicate: 'duplicate {{n}}',
  original: 'original',
  paidAt: 'paid {{at}}',
  retry: 'Retry',
  failedBefore: 'the printer did not take it',
  printing: 'Printing…',
} as const;

export const hi: Messages<typeof en> = {
  address: 'प्रिंटर का पता',
  paperWidth: 'कागज़ की चौड़ाई',
  dots: '{{mm}} मिमी ({{dots}} डॉट)',
  waitSeconds: 'प्रिंटर का इंतज़ार (सेकंड)',
  waitForStatus: 'रसीद को छपा तभी मानें जब प्रिंटर पुष्टि करे (केवल उस प्रिंटर के लिए बंद करें जो कभी जवाब नहीं देता)',
  saved: 'प्रिंटर सेटिंग सहेजी गई।',
  testPrint: 'टेस्ट रसीद छापें',
  checkSaved: 'सहेजा प्रिंटर जाँचें',
  previewAlt: 'रसीद {{receiptNo}} जैसी छपेगी',
  unprintedTitle: 'जो रसीदें अभी नहीं छपीं',
  duplicate: 'प्रति {{n}}',
  original: 'मूल',
  paidAt: 'भुगतान {{at}}',
  retry: 'फिर से छापें',
  failedBefore: 'प्रिंटर ने नहीं ली',
  printing: 'छप रही है…',
};
