import type { WalletStatus } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import { indiaDate } from '../../../shared/time';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';
import { unseenByGateway } from '../sync/outbox';

interface MirrorRow {
  balance_paise: number;
  low_balance_threshold_paise: number;
  commission_today_paise: number;
  commission_month_paise: number;
  as_of: string;
}

/**
 * The wallet as the app can know it offline: the last balance the gateway reported, less every
 * recorded payment that balance does not include yet. A payment the gateway holds as PENDING is
 * debited there already, so only what the gateway has not seen is subtracted. Until the gateway
 * has reported a balance once (an unregistered cabin), nothing is known and nothing is limited.
 */
export function walletStatus(db: Db, now: Date): WalletStatus {
  const mirror = preparedOnce(db, 'SELECT * FROM wallet_mirror WHERE id = 1').get() as MirrorRow | undefined;
  // Kept by triggers (migration step 4) and read with the few payments since the last follow-up: it costs the same at any backlog.
  const waiting = unseenByGateway(db);
  if (!mirror) {
    return {
      known: false,
      balancePaise: null,
      availablePaise: null,
      waitingPaise: waiting.paise,
      waitingCount: waiting.count,
      lowBalance: false,
      lowBalanceThresholdPaise: null,
      commissionTodayPaise: 0,
      commissionMonthPaise: 0,
      asOf: null,
    };
  }
  const today = indiaDate(now);
  const asOfDay = indiaDate(new Date(mirror.as_of));
  const available = mirror.balance_paise - waiting.paise;
  return {
    known: true,
    balancePaise: mirror.balance_paise,
    availablePaise: available,
    waitingPaise: waiting.paise,
    waitingCount: waiting.count,
    lowBalance: available < mirror.low_balance_threshold_paise,
    lowBalanceThresholdPaise: mirror.low_balance_threshold_paise,
    commissionTodayPaise: asOfDay === today ? mirror.commission_today_paise : 0,
    commissionMonthPaise: asOfDay.slice(0, 7) === today.slice(0, 7) ? mirror.commission_month_paise : 0,
    asOf: mirror.as_of,
  };
}

/** Refuses a payment the wallet cannot cover, before the cash is taken and before anything is written. */
export function checkWalletCovers(db: Db, amountPaise: number, now: Date): void {
  const wallet = walletStatus(db, now);
  if (wallet.availablePaise !== null && amountPaise > wallet.availablePaise) {
    throw new RokadError(
      'WALLET_TOO_LOW',
      `The wallet cannot cover this bill: ${formatPaise(amountPaise)} is more than the ${formatPaise(Math.max(0, wallet.availablePaise))} available. Do not take the cash; ask the supervisor to top up the wallet. Nothing was recorded.`,
      { amountPaise, availablePaise: Math.max(0, wallet.availablePaise) },
    );
  }
}

export interface WalletMirror {
  balance: number;
  lowBalanceThreshold: number;
  commissionToday: number;
  commissionThisMonth: number;
  asOf: string;
}

export function saveWalletMirror(db: Db, wallet: WalletMirror): void {
  db.prepare(
    `INSERT INTO wallet_mirror (id, balance_paise, low_balance_threshold_paise, commission_today_paise, commission_month_paise, as_of)
    VALUES (1, @balance, @lowBalanceThreshold, @commissionToday, @commissionThisMonth, @asOf)
    ON CONFLICT (id) DO UPDATE SET balance_paise = excluded.balance_paise, low_balance_threshold_paise = excluded.low_balance_threshold_paise,
      commission_today_paise = excluded.commission_today_paise, commission_month_paise = excluded.commission_month_paise, as_of = excluded.as_of`,
  ).run(wallet);
}

/** After an upload the gateway reports only the balance; the rest of the mirror stays as it was. */
export function saveWalletBalance(db: Db, balancePaise: number, asOf: string): void {
  db.prepare('UPDATE wallet_mirror SET balance_paise = ?, as_of = ? WHERE id = 1').run(balancePaise, asOf);
}
