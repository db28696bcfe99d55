import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../../shared/money';
import type { UploadCounts } from '../../../../shared/reports';
import { CHART_WIDTH } from './chartBar';

// The buckets this screen knows; a bucket the core adds later is left off the bar rather than shown unnamed.
const buckets = ['accepted', 'waiting', 'refused', 'refunded', 'cancelled'] as const satisfies ReadonlyArray<keyof UploadCounts>;

/** Where the range's payments stand with the company, as one bar split by state, with a legend of counts and sums. */
export function UploadStatusBar({ uploads }: { uploads: UploadCounts }) {
  const { t } = useTranslation();
  const total = buckets.reduce((sum, bucket) => sum + uploads[bucket].count, 0);
  const share = (bucket: (typeof buckets)[number]) => (total === 0 ? 0 : (uploads[bucket].count / total) * CHART_WIDTH);
  const start = (index: number) => buckets.slice(0, index).reduce((sum, bucket) => sum + share(bucket), 0);
  return (
    <figure className="chart" data-testid="day-uploads">
      <figcaption>{t('day.uploadsTitle')}</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} 28`} role="img" aria-label={t('day.uploadsTitle')}>
        <rect className="empty-bar" x={0} y={0} width={CHART_WIDTH} height={28} rx={4} />
        {buckets.map((bucket, index) => (
          <rect key={bucket} className={`upload-${bucket}`} x={start(index)} y={0} width={share(bucket)} height={28} />
        ))}
      </svg>
      <ul className="legend">
        {buckets.map((bucket) => (
          <li key={bucket} data-testid={`upload-${bucket}`}>
            <span className={`swatch upload-${bucket}`} />
            {t(`day.upload_${bucket}`)} <strong>{uploads[bucket].count}</strong> <span className="muted">{formatPaise(uploads[bucket].totalPaise)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
