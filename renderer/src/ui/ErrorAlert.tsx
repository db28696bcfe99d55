import type { ErrorBody } from '../../../shared/errors';
import { useErrorText } from '../i18n/errorText';

/** A refusal from the core or the window, in the cashier's language. */
export function ErrorAlert({ error, testId = 'error' }: { error: ErrorBody | null; testId?: string }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p className="alert" role="alert" data-testid={testId}>
      {text(error)}
    </p>
  );
}
