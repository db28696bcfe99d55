import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_KINDS, COMPLAINT_TEXT_MAX, type ComplaintKind, type ComplaintView } from '../../../shared/complaints';
import type { ErrorBody } from '../../../shared/errors';
import { BAD_MOBILE_MESSAGE, normalIndianMobile } from '../../../shared/mobile';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { usePayment } from './paymentStore';
import { ActionBar } from '../ui/ActionBar';

type Slip = { kind: 'printing' } | { kind: 'printed' } | { kind: 'failed'; error: ErrorBody };

/**
 * A consumer's complaint, taken on the consumer number just looked up: the kind, their words and
 * a mobile if they give one. Recorded first (the number shows at once), then its slip prints; a
 * printer that fails leaves the complaint recorded, with its slip to print again.
 */
export function ComplaintForm() {
  const { t } = useTranslation();
  const consumerNo = usePayment((s) => s.consumerNo);
  const [kind, setKind] = useState<ComplaintKind>('WRONG_AMOUNT');
  const [text, setText] = useState('');
  const [mobileText, setMobileText] = useState('');
  // One id per complaint, so a second press or a retry records it once.
  const [complaintId, setComplaintId] = useState(() => crypto.randomUUID());
  const [recorded, setRecorded] = useState<ComplaintView | null>(null);
  const [slip, setSlip] = useState<Slip | null>(null);
  const recording = useAction((error) => (error.code === 'BAD_MOBILE' ? 'complaint-mobile' : 'complaint-text'));

  async function printSlip(id: string) {
    setSlip({ kind: 'printing' });
    const result = await call('complaints.printSlip', { complaintId: id });
    if (result.ok) setRecorded(result.value);
    setSlip(result.ok ? { kind: 'printed' } : { kind: 'failed', error: result.error });
  }

  function submit() {
    if (consumerNo.trim() === '') return recording.showError({ code: 'CONSUMER_NO_EMPTY', message: 'Enter or scan the consumer number.' });
    const mobile = mobileText.trim() === '' ? undefined : normalIndianMobile(mobileText);
    if (mobile === null) return recording.showError({ code: 'BAD_MOBILE', message: BAD_MOBILE_MESSAGE });
    void recording.run(
      () => call('complaints.record', { complaintId, consumerNo, kind, text, ...(mobile ? { mobile } : {}) }),
      (complaint) => {
        setRecorded(complaint);
        void printSlip(complaint.complaintId);
      },
    );
  }

  function another() {
    setComplaintId(crypto.randomUUID());
    setRecorded(null);
    setSlip(null);
    setText('');
    setMobileText('');
    recording.showError(null);
  }

  return (
    <details className="search" data-testid="complaint">
      <summary>{t('complaints.title')}</summary>
      {recorded ? (
        <div className="complaint-done" data-testid="complaint-recorded" data-upload={recorded.upload}>
          <p className="notice">
            <strong data-testid="complaint-number">{t('complaints.recorded', { number: recorded.gatewayNo ?? recorded.localNo })}</strong>
          </p>
          <p className="muted">
            {recorded.upload === 'TRAINING'
              ? t('complaints.training')
              : recorded.upload === 'REFUSED'
                ? t('complaints.refused', { reason: recorded.uploadNote ?? '' })
                : recorded.gatewayNo
                  ? t('complaints.companyNumber')
                  : t('complaints.localNumber')}
          </p>
          {slip?.kind === 'printing' && <p className="muted">{t('complaints.slipPrinting')}</p>}
          {slip?.kind === 'printed' && <p className="muted">{t('complaints.slipPrinted')}</p>}
          {slip?.kind === 'failed' && <ErrorAlert error={slip.error} testId="complaint-slip-error" />}
          <ActionBar>
            <button type="button" disabled={slip?.kind === 'printing'} onClick={() => void printSlip(recorded.complaintId)}>
              {t('complaints.printAgain')}
            </button>
            <button type="button" onClick={another}>
              {t('complaints.another')}
            </button>
          </ActionBar>
        </div>
      ) : (
        <form
          className="step"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <fieldset className="complaint-kinds">
            <legend className="field-label">{t('complaints.kind')}</legend>
            {COMPLAINT_KINDS.map((option) => (
              <label key={option}>
                <input type="radio" name="complaint-kind" value={option} checked={kind === option} onChange={() => setKind(option)} /> {t(`complaints.kind_${option}`)}
              </label>
            ))}
          </fieldset>
          <label htmlFor="complaint-text" className="field-label">
            {t('complaints.text')} <span className="muted">{t('complaints.textHint', { max: COMPLAINT_TEXT_MAX })}</span>
          </label>
          <textarea id="complaint-text" rows={3} maxLength={COMPLAINT_TEXT_MAX} value={text} onChange={(event) => setText(event.target.value)} />
          <label htmlFor="complaint-mobile" className="field-label">
            {t('complaints.mobile')} <span className="muted">{t('complaints.mobileHint')}</span>
          </label>
          <input id="complaint-mobile" autoComplete="off" inputMode="tel" maxLength={16} value={mobileText} onChange={(event) => setMobileText(event.target.value)} />
          <ErrorAlert error={recording.error} testId="complaint-error" />
          <button type="submit" disabled={recording.busy}>
            {recording.busy ? t('complaints.recording') : t('complaints.record')}
          </button>
        </form>
      )}
    </details>
  );
}
