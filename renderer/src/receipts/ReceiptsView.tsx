import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedPayment } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatIndiaTime } from '../../../shared/time';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { ReversalNote } from './ReversalNote';
import { useSession } from '../session/sessionStore';
import { FindReceipts } from './FindReceipts';
import { VoidForm } from './VoidForm';

/** This shift's payments, newest first: reprint any of them (logged, marked DUPLICATE), void with a supervisor. */
export function ReceiptsView() {
  const { t } = useTranslation();
  const [payments, setPayments] = useState<RecordedPayment[] | null>(null);
  const [voiding, setVoiding] = useState<RecordedPayment | null>(null);
  const reprinting = useAction();
  const { showError } = reprinting;
  const [notice, setNotice] = useState<string | null>(null);
  const supervisor = useSession((s) => s.status?.user?.role === 'SUPERVISOR');

  // Bumped after a void, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void call('payments.recent', {}).then((result) => {
      if (result.ok) setPayments(result.value);
      else showError(result.error);
    });
  }, [version, showError]);

  // Only the logging is guarded: once a copy is logged the cashier may ask for the next, and the
  // core's print queue itself refuses a receipt that is still printing.
  const reprint = (payment: RecordedPayment) =>
    reprinting.run(
      () => {
        setNotice(null);
        return call('payments.reprint', { receiptNo: payment.receiptNo });
      },
      (logged) => {
        const text: string[] = [t('receipts.reprinted', { receiptNo: logged.receiptNo, copy: logged.copy })];
        if (logged.approvalRefNumber) text.push(t('receipts.approvalRef', { ref: logged.approvalRefNumber }));
        setNotice(text.join(' '));
        void call('receipts.print', { receiptNo: payment.receiptNo }).then((printed) => {
          if (printed.ok) return;
          setNotice(null);
          showError(printed.error);
        });
      },
    );

  return (
    <section className="desk step" aria-label={t('receipts.title')} data-testid="receipts-view">
      <h2 className="card-title">{t('receipts.title')}</h2>
      {notice && (
        <p className="notice" role="status" data-testid="receipts-notice">
          {notice}
        </p>
      )}
      <ErrorAlert error={reprinting.error} testId="receipts-error" />
      {voiding && (
        <VoidForm
          payment={voiding}
          onCancel={() => setVoiding(null)}
          onVoided={(text) => {
            setVoiding(null);
            showError(null);
            setNotice(text);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {supervisor && <FindReceipts onReprint={(payment) => void reprint(payment)} />}
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
                <td>
                  {p.voided ? <strong className="void-tag">{t('receipts.statusVOID')}</strong> : p.training ? t('receipts.statusTRAINING') : t('receipts.statusOK')}
                  {p.reversal && <ReversalNote reversal={p.reversal} testId={`reversal-${p.receiptNo}`} />}
                </td>
                <td className="actions">
                  <button type="button" onClick={() => void reprint(p)}>
                    {t('receipts.reprint')}
                  </button>
                  {!p.voided && (
                    <button type="button" data-testid="void-receipt" onClick={() => setVoiding(p)}>
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
