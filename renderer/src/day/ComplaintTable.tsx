import { useTranslation } from 'react-i18next';
import type { ComplaintsSummary } from '../../../shared/complaints';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { DayPart } from './DayPart';

/** Every complaint the company has not closed, however old: what the supervisor follows up with the company. */
export function ComplaintTable({ complaints }: { complaints: ComplaintsSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <DayPart title={t('complaints.dayTitle')} testId="day-complaints" empty={complaints.open.length === 0} emptyText={t('complaints.dayNone')}>
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('day.at')}</th>
              <th>{t('complaints.number')}</th>
              <th>{t('day.consumer')}</th>
              <th>{t('complaints.about')}</th>
              <th>{t('complaints.words')}</th>
              <th>{t('complaints.takenBy')}</th>
              <th>{t('complaints.where')}</th>
            </tr>
          </thead>
          <tbody>
            {complaints.open.map((open) => (
              <tr key={open.complaintId} data-testid={`day-complaint-${open.localNo}`} data-upload={open.upload}>
                <td>{formatIndiaDateTime(open.recordedAt, language)}</td>
                <td>
                  {open.gatewayNo ?? open.localNo}
                  {open.gatewayNo && <div className="muted">{open.localNo}</div>}
                </td>
                <td>{open.consumerNo}</td>
                <td>{t(`complaints.kind_${open.kind}`)}</td>
                <td>{open.text}</td>
                <td>{open.recordedBy}</td>
                <td>{t(`complaints.upload_${open.upload}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DayPart>
      <p className="muted" data-testid="day-complaint-counts">
        {t('complaints.dayCounts', { recorded: complaints.recorded, closed: complaints.closed })}
      </p>
    </>
  );
}
