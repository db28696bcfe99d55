import type { FailureCode } from '../../../../shared/gateway/schemas';

const FIX_THE_CLOCK =
  'कंप्यूटर की तारीख, समय और समय क्षेत्र (भारतीय मानक समय) ठीक करें। भुगतान अपने दर्ज समय के साथ ही जाता है, इसलिए फिर से भेजने से यह ठीक नहीं होगा: उपभोक्ता को रिफ़ंड दें और बिल फिर से लें।';

/**
 * Why the company refused an uploaded payment, in Hindi, by the refusal's code (English shows the
 * gateway's own sentence). The compiler asks for a line for every code the protocol names.
 */
export const refusalsHi: Record<FailureCode, string> = {
  INSUFFICIENT_BALANCE: 'भेजते समय एजेंट के वॉलेट में इस भुगतान के लिए पैसे कम थे। वॉलेट टॉप-अप होने के बाद इसे फिर से भेजें।',
  AMOUNT_RULE: 'कंपनी ने यह राशि बिल के नियमों से बाहर मानी। उपभोक्ता को रिफ़ंड दें और सही राशि से फिर से भुगतान लें।',
  CASH_LIMIT: 'कंपनी ने यह राशि नकद की सीमा से बाहर मानी। उपभोक्ता को रिफ़ंड दें।',
  BILL_ALREADY_PAID: 'उपभोक्ता {{consumerNo}} का यह बिल कहीं और पहले ही जमा हो चुका था। उपभोक्ता को रिफ़ंड दें।',
  UNKNOWN_CONSUMER: 'कंपनी के पास उपभोक्ता क्रमांक {{consumerNo}} नहीं है। उपभोक्ता को रिफ़ंड दें।',
  UNKNOWN_BILL: 'कंपनी के पास यह बिल अब नहीं है; शायद नया बिल बन गया है। उपभोक्ता को रिफ़ंड दें और नया बिल खोजकर भुगतान लें।',
  IDEMPOTENCY_MISMATCH: 'कंपनी के पास इसी भुगतान आईडी से अलग विवरण दर्ज है। सुपरवाइज़र कंपनी से बात करें।',
  WRONG_BILLER: 'यह भुगतान उस बिलर के नाम है जिसके लिए कंपनी यह केबिन नहीं चलाती। सुपरवाइज़र कंपनी से बात करें।',
  BAD_RECEIPT_NO: 'रसीद {{receiptNo}} का क्रमांक इस केबिन की रसीदों के क्रम में नहीं है या दो बार आया है। सुपरवाइज़र कंपनी से बात करें।',
  CLOCK_BEHIND: `रसीद {{receiptNo}} का समय इस केबिन की पिछली रसीदों या बिल की तारीख से पहले का है: कंप्यूटर की घड़ी पीछे है। ${FIX_THE_CLOCK}`,
  CLOCK_AHEAD: `रसीद {{receiptNo}} का समय कंपनी के समय से आगे है: कंप्यूटर की घड़ी आगे है। ${FIX_THE_CLOCK}`,
};
