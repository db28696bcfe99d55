import { useEffect, useState } from 'react';
import type { ReceiptPreview as Preview } from '../../../shared/printing';
import { call } from '../api';

/** The receipt exactly as the printer gets it: the same 1-bit image, shown at one screen pixel per dot. */
export function ReceiptPreview({ receiptNo }: { receiptNo: string }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void call('receipts.preview', { receiptNo }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [receiptNo]);

  if (error) return <p className="alert" role="alert">{error}</p>;
  if (!preview) return null;
  return <img src={preview.dataUrl} width={preview.widthDots} height={preview.heightDots} alt={`Receipt ${receiptNo} as it prints`} />;
}
