import type { DrawerTermKey } from '../../../shared/drawer';

/** The drawer identity's terms as paper and files name them: the printed Z, the PDF and the workbook. */
export const DRAWER_TERM_LABELS: Record<DrawerTermKey | 'expected' | 'counted' | 'difference', { hi: string; en: string }> = {
  openingFloat: { hi: 'शुरुआती नकदी', en: 'Float' },
  payments: { hi: 'भुगतान', en: 'Payments' },
  voids: { hi: 'रद्द', en: 'Voids' },
  refunds: { hi: 'रिफ़ंड', en: 'Refunds' },
  cashIn: { hi: 'नकद डाला', en: 'Cash in' },
  cashOut: { hi: 'नकद निकाला', en: 'Cash out' },
  rounding: { hi: 'वापसी का पूर्णांकन', en: 'Change rounding' },
  expected: { hi: 'दराज़ में होने चाहिए', en: 'Should be in the drawer' },
  counted: { hi: 'गिने', en: 'Counted' },
  difference: { hi: 'अंतर', en: 'Difference' },
};

/** "शुरुआती नकदी / Float": both languages, for paper every cashier reads. */
export const bilingual = (key: keyof typeof DRAWER_TERM_LABELS) => `${DRAWER_TERM_LABELS[key].hi} / ${DRAWER_TERM_LABELS[key].en}`;
