import type { ReversalState } from '../../../shared/reversals';

/** Where a reversal stands, as paper names it in both languages (F7 shows the same words on screen). */
export const REVERSAL_STATE_LABELS: Record<ReversalState, { hi: string; en: string }> = {
  WAITING: { hi: 'भेजना बाकी', en: 'Waiting to be sent' },
  REQUESTED: { hi: 'कंपनी से माँगी गई', en: 'Asked of the company' },
  ACCEPTED: { hi: 'मंज़ूर', en: 'Accepted' },
  REFUSED: { hi: 'नामंज़ूर', en: 'Refused' },
};
