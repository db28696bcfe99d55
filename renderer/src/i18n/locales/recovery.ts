import type { Messages } from '../messages';

export const en = {
  title: 'The ledger database is damaged',
  problem: 'What the check found: {{problem}}',
  noPayments: 'No payment can be taken until a supervisor restores the newest good backup. Nothing has been changed or overwritten.',
  newest: 'Newest good backup: {{name}}, taken {{at}}',
  noBackup: 'There is no good backup in the backup folder. Call the company helpdesk before doing anything else.',
  restore: 'Restore this backup',
  restored: 'Restored from {{from}}. The damaged file was kept as {{moved}}. Rokad must start again to open the restored ledger.',
  paymentsAfterBackup: 'Payments recorded after this backup are not in it: check the paper receipts and the gateway.',
  restartNow: 'Start Rokad again',
} as const;

export const hi: Messages<typeof en> = {
  title: 'लेजर डेटाबेस खराब है',
  problem: 'जाँच में मिला: {{problem}}',
  noPayments: 'जब तक सुपरवाइज़र सबसे नया सही बैकअप वापस नहीं लाते, कोई भुगतान नहीं लिया जा सकता। अभी कुछ बदला या मिटाया नहीं गया है।',
  newest: 'सबसे नया सही बैकअप: {{name}}, {{at}} का',
  noBackup: 'बैकअप फ़ोल्डर में कोई सही बैकअप नहीं है। कुछ और करने से पहले कंपनी हेल्पडेस्क को फ़ोन करें।',
  restore: 'यह बैकअप वापस लाएँ',
  restored: '{{from}} से वापस लाया गया। खराब फ़ाइल {{moved}} के नाम से रखी गई है। वापस लाया लेजर खोलने के लिए रोकड़ को फिर से शुरू करना होगा।',
  paymentsAfterBackup: 'इस बैकअप के बाद दर्ज भुगतान इसमें नहीं हैं: कागज़ की रसीदें और गेटवे से मिलान करें।',
  restartNow: 'रोकड़ फिर से शुरू करें',
};
