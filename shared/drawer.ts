/**
 * The drawer identity: what should be in a shift's drawer, term by term. The core computes a
 * shift's expected cash with `shouldBeInDrawer`, and every view of a shift (the X and Z report
 * screens, the printed Z, the day report's shift table and the exports) lists `drawerTerms`, so
 * each shows the same terms in the same order with the same signs, and they add up to the figure.
 */

export interface DrawerFigures {
  openingFloatPaise: number;
  payments: { count: number; totalPaise: number };
  voids: { count: number; totalPaise: number };
  /** Refused payments paid back to consumers from this drawer. */
  refunds: { count: number; totalPaise: number };
  cashInPaise: number;
  cashOutPaise: number;
  /**
   * Paise the rounding of change left in the drawer (+) or took from it (−): the payments' rounding
   * less that of the voids and refunds, which give back what the consumer paid net.
   */
  roundingPaise: number;
}

export type DrawerTermKey = 'openingFloat' | 'payments' | 'voids' | 'refunds' | 'cashIn' | 'cashOut' | 'rounding';

export interface DrawerTerm {
  key: DrawerTermKey;
  /** How the term moves the drawer: the float and what comes in add, what goes back out takes away. */
  sign: 1 | -1;
  amountPaise: number;
  /** How many receipts or slips make the term, where it is made of them. */
  count: number | null;
}

/** The terms' order and signs, the same for every shift: a table's columns come from here. */
export const DRAWER_TERM_KINDS: ReadonlyArray<{ key: DrawerTermKey; sign: 1 | -1 }> = [
  { key: 'openingFloat', sign: 1 },
  { key: 'payments', sign: 1 },
  { key: 'voids', sign: -1 },
  { key: 'refunds', sign: -1 },
  { key: 'cashIn', sign: 1 },
  { key: 'cashOut', sign: -1 },
  { key: 'rounding', sign: 1 },
];

function termOf(figures: DrawerFigures, key: DrawerTermKey): { amountPaise: number; count: number | null } {
  switch (key) {
    case 'openingFloat':
      return { amountPaise: figures.openingFloatPaise, count: null };
    case 'cashIn':
      return { amountPaise: figures.cashInPaise, count: null };
    case 'cashOut':
      return { amountPaise: figures.cashOutPaise, count: null };
    case 'rounding':
      return { amountPaise: figures.roundingPaise, count: null };
    default:
      return { amountPaise: figures[key].totalPaise, count: figures[key].count };
  }
}

/** Every term of the identity in the order a report lists them. */
export function drawerTerms(figures: DrawerFigures): DrawerTerm[] {
  return DRAWER_TERM_KINDS.map((kind) => ({ ...kind, ...termOf(figures, kind.key) }));
}

/** Float + payments − voids − refunds + cash in − cash out ± the rounding of change. */
export function shouldBeInDrawer(figures: DrawerFigures): number {
  return drawerTerms(figures).reduce((sum, term) => sum + term.sign * term.amountPaise, 0);
}

/** The sign as a report prints it before a term: the first term has none. */
export function termOperator(term: Pick<DrawerTerm, 'sign' | 'key'>, index: number): string {
  if (index === 0) return '';
  // Signed itself: the rounding may add paise to the drawer or take them.
  if (term.key === 'rounding') return '±';
  return term.sign === 1 ? '+' : '−';
}
