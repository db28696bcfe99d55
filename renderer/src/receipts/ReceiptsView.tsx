import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedPayment } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import { formatIndiaTime } from '../../../shared/time';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { VoidForm } from './VoidForm';

type Notice = { kind: 'ok'; text: string } | { kind: 'error'; error: ErrorBody } | null;

/** This shift's payments, newest first: reprint any of them (logged, marked DUPLICATE), void with a supervisor. */
export function ReceiptsView() {
  const { t } = useTranslation();
  const [payments, setPayments] = useState<RecordedPayment[] | null>(null);
  const [voiding, setVoiding] = useState<RecordedPayment | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  // Bumped after a void, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void call('payments.recent', {}).then((result) => {
      if (result.ok) setPayments(result.value);
      else setNotice({ kind: 'error', error: result.error });
    });
  }, [version]);

  async function reprint(payment: RecordedPayment) {
    setNotice(null);
    const logged = await call('payments.reprint', { receiptNo: payment.receiptNo });
    if (!logged.ok) return setNotice({ kind: 'error', error: logged.error });
    const text: string[] = [t('receipts.reprinted', { receiptNo: logged.value.receiptNo, copy: logged.value.copy })];
    if (logged.value.approvalRefNumber) text.push(t('receipts.approvalRef', { ref: logged.value.approvalRefNumber }));
    setNotice({ kind: 'ok', text: text.join(' ') });
    const printed = await call('receipts.print', { receiptNo: payment.receiptNo });
    if (!printed.ok) setNotice({ kind: 'error', error: printed.error });
  }

  return (
    <section className="desk step" aria-label={t('receipts.title')} data-testid="receipts-view">
      <h2 className="card-title">{t('receipts.title')}</h2>
      {notice?.kind === 'ok' && (
        <p className="notice" role="status" data-testid="receipts-notice">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'error' && <ErrorAlert error={notice.error} testId="receipts-error" />}
      {voiding && (
        <VoidForm
          payment={voiding}
          onCancel={() => setVoiding(null)}
          onVoided={(text) => {
            setVoiding(null);
            setNotice({ kind: 'ok', text });
            setVersion((v) => v + 1);
          }}
        />
      )}
      {payments && payments.length === 0 && <p className="muted">{t('receipts.none')}</p>}
      {payments && payments.length > 0 && (
        <table className="grid-table">
          <thead>
            <tr>
              <th>{t('receipts.time')}</th>
              <th>{t('receipts.receipt')}</th>
              <th>{t('receipts.consumer')}</th>
              <th className="num">{t('receipts.amount')}</th>
              <th>{t('receipts.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <tr key={p.receiptNo} data-testid={`receipt-row-${p.receiptNo}`} className={p.voided ? 'voided' : ''}>
                <td>{formatIndiaTime(p.recordedAt)}</td>
                <td>{p.receiptNo}</td>
                <td>
                  {p.consumerName}
                  <div className="muted">{p.consumerNo}</div>
                </td>
                <td className="num">{formatPaise(p.amountPaise)}</td>
                <td>{p.voided ? <strong className="void-tag">{t('receipts.statusVOID')}</strong> : p.training ? t('receipts.statusTRAINING') : t('receipts.statusOK')}</td>
                <td className="actions">
                  <button type="button" onClick={() => void reprint(p)}>
                    {t('receipts.reprint')}
                  </button>
                  {!p.voided && (
                    <button type="button" onClick={() => setVoiding(p)}>
                      {t('receipts.void')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
