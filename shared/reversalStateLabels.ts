import type { ReversalState } from './reversals';

/** Where a reversal stands, as paper names it in both languages (F7's screen takes its words from here too). */
export const REVERSAL_STATE_LABELS: Record<ReversalState, { hi: string; en: string }> = {
  WAITING: { hi: 'भेजना बाकी', en: 'Waiting to be sent' },
  REQUESTED: { hi: 'कंपनी से माँगी गई', en: 'Asked of the company' },
  ACCEPTED: { hi: 'मंज़ूर', en: 'Accepted' },
  REFUSED: { hi: 'नामंज़ूर', en: 'Refused' },
};
