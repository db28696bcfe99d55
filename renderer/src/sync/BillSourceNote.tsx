import { useTranslation } from 'react-i18next';
import type { BillLookup } from '../../../shared/domain';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';

/** Says where a bill came from and how fresh it is, so the agent knows when it may be out of date. */
export function BillSourceNote({ lookup }: { lookup: Pick<BillLookup, 'source' | 'freshAsOf'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (lookup.source === 'ONLINE') return <p className="muted source-note">{t('sync.online_source')}</p>;
  return <p className="muted source-note">{lookup.freshAsOf ? t('sync.master_source', { at: formatIndiaDateTime(lookup.freshAsOf, language) }) : t('sync.master_never')}</p>;
}
