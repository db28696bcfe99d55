/** A labelled text or PIN field, large enough for a counter. */
export function Field({
  id,
  label,
  value,
  onChange,
  secret,
  autoFocus,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  secret?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="big-input"
        type={secret ? 'password' : 'text'}
        inputMode={secret ? 'numeric' : 'text'}
        autoComplete="off"
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
