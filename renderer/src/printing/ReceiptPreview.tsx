import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../shared/errors';
import type { ReceiptPreview as Preview } from '../../../shared/printing';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The receipt exactly as the printer gets it: the same 1-bit image, shown at one screen pixel per dot. */
export function ReceiptPreview({ receiptNo }: { receiptNo: string }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    let current = true;
    void call('receipts.preview', { receiptNo }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [receiptNo]);

  if (error) return <ErrorAlert error={error} testId="preview-error" />;
  if (!preview) return null;
  return <img src={preview.dataUrl} width={preview.widthDots} height={preview.heightDots} alt={t('printing.previewAlt', { receiptNo })} />;
}
