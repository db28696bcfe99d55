import type { Messages } from '../messages';

export const en = {
  navLabel: 'Counter sections',
  pay: 'Payment',
  receipts: 'Receipts',
  cash: 'Cash in/out',
  shift: 'Close shift',
  supervisor: 'Supervisor',
  day: 'Day report',
  escBack: 'back',
  enterNext: 'next',
  searchKey: 'find by name',
  scanHint: "Scan the bill's barcode into the consumer number field",
} as const;

export const hi: Messages<typeof en> = {
  navLabel: 'काउंटर के हिस्से',
  pay: 'भुगतान',
  receipts: 'रसीदें',
  cash: 'नकद जमा/निकासी',
  shift: 'शिफ़्ट बंद करें',
  supervisor: 'सुपरवाइज़र',
  day: 'दिन की रिपोर्ट',
  escBack: 'वापस',
  enterNext: 'आगे',
  searchKey: 'नाम से खोजें',
  scanHint: 'बिल का बारकोड उपभोक्ता क्रमांक वाले खाने में स्कैन करें',
};
