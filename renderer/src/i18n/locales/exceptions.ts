import type { Messages } from '../messages';

export const en = {
  title: 'Payments the company refused',
  none: 'No refused payments.',
  hint: 'Retry once the cause is fixed (for example after a wallet top-up), or give the cash back to the consumer with a refund slip.',
  refusedBecause: 'Refused: {{reason}}',
  retry: 'Retry upload',
  retryAll: 'Retry all {{count}} (after a wallet top-up)',
  retriedAll: '{{count}} payments will upload again with the next sync.',
  refund: 'Refund the consumer',
  refundReason: 'Why the cash is given back',
  confirmRefund: 'Refund {{amount}} from the drawer',
  retried: 'Receipt {{receiptNo}} will upload again with the next sync.',
  refunded: 'Refund slip {{slipNo}}: give back {{amount}}.',
} as const;

export const hi: Messages<typeof en> = {
  title: 'कंपनी द्वारा अस्वीकार भुगतान',
  none: 'कोई अस्वीकार भुगतान नहीं।',
  hint: 'कारण दूर होने पर (जैसे वॉलेट टॉप-अप के बाद) फिर से अपलोड करें, या रिफ़ंड पर्ची के साथ उपभोक्ता को नकद लौटाएँ।',
  refusedBecause: 'अस्वीकार: {{reason}}',
  retry: 'फिर से अपलोड करें',
  retryAll: 'सभी {{count}} फिर से अपलोड करें (वॉलेट टॉप-अप के बाद)',
  retriedAll: '{{count}} भुगतान अगले सिंक में फिर से अपलोड होंगे।',
  refund: 'उपभोक्ता को रिफ़ंड',
  refundReason: 'नकद लौटाने का कारण',
  confirmRefund: 'दराज़ से {{amount}} रिफ़ंड करें',
  retried: 'रसीद {{receiptNo}} अगले सिंक में फिर से अपलोड होगी।',
  refunded: 'रिफ़ंड पर्ची {{slipNo}}: {{amount}} वापस दें।',
};
