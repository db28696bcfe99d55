import type { Messages } from '../messages';

export const en = {
  address: 'Printer address',
  addressHint:
    'A network printer: tcp://192.168.1.50:9100 (9100 if no port is given). On a cable: /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0 or /dev/ttyS0 on Linux, COM3 or LPT1 on Windows. Shared from a Windows computer: \\\\PC\\Printer. By its name in the Windows spooler: printer:Name.',
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
  addressHint:
    'नेटवर्क प्रिंटर: tcp://192.168.1.50:9100 (पोर्ट न लिखें तो 9100)। केबल से: लिनक्स पर /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0 या /dev/ttyS0, विंडोज़ पर COM3 या LPT1। विंडोज़ कंप्यूटर से साझा: \\\\PC\\Printer। विंडोज़ स्पूलर में उसके नाम से: printer: और फिर प्रिंटर का नाम।',
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
