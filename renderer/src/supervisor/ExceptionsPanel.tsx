import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentException } from '../../../shared/domain';
import type { ErrorBody, Result } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { useSync } from '../sync/syncStore';
import { ApprovalFields, noApproval, type Approval } from '../ui/ApprovalFields';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { refusalText } from './refusalText';

type Action = { kind: 'retry' | 'refund'; exception: PaymentException } | { kind: 'retryAll' };

/** What a resolution leaves to say, and the refund slip still to print. */
interface Resolution {
  text: string;
  slipNo?: string;
}

/** The supervisor's approval for one resolution (or all), with what else it needs. */
function ResolveForm({
  idPrefix,
  approval,
  onApproval,
  error,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  idPrefix: string;
  approval: Approval;
  onApproval: (approval: Approval) => void;
  error: ErrorBody | null;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="step dialog"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <ApprovalFields idPrefix={idPrefix} approval={approval} onChange={onApproval} />
      <ErrorAlert error={error} testId="exception-error" />
      <div className="button-row">
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/**
 * Payments the gateway refused stay open here until a supervisor resolves each: sent again under the
 * same id after the cause is fixed, or refunded from the drawer with a printed slip (a REFUND ledger row).
 */
export function ExceptionsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const refreshSync = useSync((s) => s.refresh);
  const [exceptions, setExceptions] = useState<PaymentException[]>([]);
  const [version, setVersion] = useState(0);
  const [action, setAction] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [approval, setApproval] = useState(noApproval);
  const resolving = useAction(action?.kind === 'retryAll' ? 'exceptions-all-supervisor-pin' : 'exception-supervisor-pin');
  const { error, showError } = resolving;
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void call('sync.exceptions', {}).then((result) => (result.ok ? setExceptions(result.value) : showError(result.error)));
  }, [version, showError]);

  function resolved({ text, slipNo }: Resolution) {
    setAction(null);
    setReason('');
    setApproval(noApproval);
    setNotice(text);
    setVersion((v) => v + 1);
    void refreshSync();
    // The refund is in the ledger before its slip prints; a printer fault only leaves the slip to print again.
    if (slipNo) void call('receipts.print', { receiptNo: slipNo }).then((printed) => !printed.ok && showError(printed.error));
  }

  /** After a wallet top-up every payment refused for it goes again; one approval for the lot, checked by the core for each. */
  async function retryAll(): Promise<Result<Resolution>> {
    for (const exception of exceptions) {
      const result = await call('exceptions.retry', { clientTxnId: exception.clientTxnId, approval });
      if (!result.ok) {
        setVersion((v) => v + 1);
        return result;
      }
    }
    return { ok: true, value: { text: t('exceptions.retriedAll', { count: exceptions.length }) } };
  }

  async function resolve(current: Action): Promise<Result<Resolution>> {
    if (current.kind === 'retryAll') return retryAll();
    const { clientTxnId, receiptNo } = current.exception;
    if (current.kind === 'retry') {
      const result = await call('exceptions.retry', { clientTxnId, approval });
      return result.ok ? { ok: true, value: { text: t('exceptions.retried', { receiptNo }) } } : result;
    }
    const result = await call('exceptions.refund', { clientTxnId, reason, approval });
    if (!result.ok) return result;
    const { slipNo, cashPaise } = result.value;
    return { ok: true, value: { text: t('exceptions.refunded', { slipNo, amount: formatPaise(cashPaise) }), slipNo } };
  }

  return (
    <section className="step panel" data-testid="exceptions-panel">
      <h2>{t('exceptions.title')}</h2>
      {notice && (
        <p className="notice" role="status" data-testid="exceptions-notice">
          {notice}
        </p>
      )}
      {exceptions.length === 0 ? (
        <p className="muted">{t('exceptions.none')}</p>
      ) : (
        <>
          <p className="muted">{t('exceptions.hint')}</p>
          <ul className="exception-list">
            {exceptions.map((exception) => (
              <li key={exception.clientTxnId} data-testid={`exception-${exception.receiptNo}`}>
                <div>
                  <strong>{exception.receiptNo}</strong> · {exception.consumerName} · {formatPaise(exception.amountPaise)} · {formatIndiaDateTime(exception.recordedAt, language)}
                </div>
                <div className="muted">{t('exceptions.refusedBecause', { reason: refusalText(exception) })}</div>
                <div className="button-row">
                  <button type="button" onClick={() => setAction({ kind: 'retry', exception })}>
                    {t('exceptions.retry')}
                  </button>
                  <button type="button" onClick={() => setAction({ kind: 'refund', exception })}>
                    {t('exceptions.refund')}
                  </button>
                </div>
                {action && action.kind !== 'retryAll' && action.exception.clientTxnId === exception.clientTxnId && (
                  <ResolveForm
                    idPrefix="exception"
                    approval={approval}
                    onApproval={setApproval}
                    error={error}
                    submitLabel={action.kind === 'retry' ? t('exceptions.retry') : t('exceptions.confirmRefund', { amount: formatPaise(exception.refundCashPaise) })}
                    onSubmit={() => void resolving.run(() => resolve(action), resolved)}
                    onCancel={() => setAction(null)}
                  >
                    {action.kind === 'refund' && <Field id="refund-reason" label={t('exceptions.refundReason')} value={reason} onChange={setReason} autoFocus />}
                  </ResolveForm>
                )}
              </li>
            ))}
          </ul>
          {exceptions.length > 1 && action?.kind !== 'retryAll' && (
            <button type="button" onClick={() => setAction({ kind: 'retryAll' })}>
              {t('exceptions.retryAll', { count: exceptions.length })}
            </button>
          )}
          {action?.kind === 'retryAll' && (
            <ResolveForm
              idPrefix="exceptions-all"
              approval={approval}
              onApproval={setApproval}
              error={error}
              submitLabel={t('exceptions.retryAll', { count: exceptions.length })}
              onSubmit={() => void resolving.run(() => resolve(action), resolved)}
              onCancel={() => setAction(null)}
            />
          )}
        </>
      )}
      {!action && <ErrorAlert error={error} testId="exceptions-error" />}
    </section>
  );
}
