import { usePayment } from './paymentStore';

/** A barcode scanner types the number and presses Enter, so it needs nothing more than a form. */
export function LookupStep() {
  const consumerNo = usePayment((s) => s.consumerNo);
  const busy = usePayment((s) => s.busy);
  const setConsumerNo = usePayment((s) => s.setConsumerNo);
  const lookUp = usePayment((s) => s.lookUp);
  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        void lookUp();
      }}
    >
      <label htmlFor="consumer-no" className="field-label">
        Consumer number (IVRS)
      </label>
      <input
        id="consumer-no"
        className="big-input"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        maxLength={24}
        placeholder="N3330008565"
        value={consumerNo}
        onChange={(event) => setConsumerNo(event.target.value)}
      />
      <button type="submit" className="primary" disabled={busy}>
        Find bill <kbd>Enter</kbd>
      </button>
    </form>
  );
}
