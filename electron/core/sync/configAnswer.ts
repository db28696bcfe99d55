import type { SyncStatus } from '../../../shared/domain';
import type { GatewayConfig } from '../../../shared/gateway/schemas';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { deleteSetting, getSetting, setSetting } from '../settings/settings';
import { GatewayError, type GatewayClient } from './gatewayClient';

type RulesRefused = NonNullable<SyncStatus['rulesRefused']>;

/**
 * Asks for the biller's rules. An answer the app cannot enforce (or cannot read) is refused but
 * does not end the round: the last good rules stay in force, uploads and the bill master go on,
 * and the refusal waits on the sync panel for the supervisor until a good answer replaces it.
 * No answer at all (a timeout) still ends the round, as for any other call.
 */
export async function readConfigKeepingLastGood(client: GatewayClient, db: Db, at: Date): Promise<GatewayConfig | undefined> {
  try {
    const config = await client.config();
    deleteSetting(db, 'rules_refused');
    return config;
  } catch (error) {
    if (!(error instanceof GatewayError && error.code === 'GATEWAY_MALFORMED')) throw error;
    const refused: RulesRefused = {
      code: 'GATEWAY_RULES_REFUSED',
      message: `The gateway's new payment rules were refused (${error.message}) The last good rules stay in force and payments keep uploading; tell the company.`,
      at: at.toISOString(),
    };
    setSetting(db, 'rules_refused', JSON.stringify(refused));
    return undefined;
  }
}

export function rulesRefused(db: Db): RulesRefused | null {
  const stored = getSetting(db, 'rules_refused');
  return stored ? (JSON.parse(stored) as RulesRefused) : null;
}
