import type { BillLookup } from '../../../shared/domain';
import { formatIndiaDateTime } from '../../../shared/time';

/** Says where a bill came from and how fresh it is, so the agent knows when it may be out of date. */
export function BillSourceNote({ lookup }: { lookup: Pick<BillLookup, 'source' | 'freshAsOf'> }) {
  if (lookup.source === 'ONLINE') return <p className="muted">Fetched online from the biller just now.</p>;
  return (
    <p className="muted">
      From the downloaded bill list{lookup.freshAsOf ? `, updated ${formatIndiaDateTime(lookup.freshAsOf)}` : ', never updated from the gateway'}.
    </p>
  );
}
