import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { DayReport } from '../../../shared/reports';
import { ColumnChart } from './charts/ColumnChart';
import { RowChart } from './charts/RowChart';
import { UploadStatusBar } from './charts/UploadStatusBar';

/** The pictures of the range: when the cash came in, who took it, and how far it has reached the company. */
export function DayCharts({ report }: { report: DayReport }) {
  const { t } = useTranslation();
  const hours = report.byHour.map(({ hour, payments }) => ({
    key: String(hour),
    label: String(hour),
    paise: payments.totalPaise,
    detail: t('day.hourBar', { hour, amount: formatPaise(payments.totalPaise), receipts: t('day.receipts', { count: payments.count }) }),
  }));
  const agents = report.byAgent.map((agent) => ({
    key: agent.userId,
    label: agent.name,
    paise: agent.payments.totalPaise,
    detail: t('day.agentBar', { amount: formatPaise(agent.payments.totalPaise), receipts: t('day.receipts', { count: agent.payments.count }) }),
  }));
  return (
    <>
      <ColumnChart title={t('day.byHourTitle')} bars={hours} xAxis={t('day.hourAxis')} yAxis={t('day.amountAxis')} testId="day-by-hour" />
      {agents.length > 0 && <RowChart title={t('day.byAgentTitle')} bars={agents} testId="day-by-agent" />}
      <UploadStatusBar uploads={report.uploads} />
    </>
  );
}
