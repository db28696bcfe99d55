import type { ErrorParamsByCode, ShownErrorCode } from '../../../../shared/errorCodes';

type Sentence<C extends string, P> = P extends { variant: infer V extends string } ? `${C}_${V}` : C;
/** The plain sentence stays even with a `count`: errorText looks it up before i18next picks Hindi's plural form. */
type KeysOf<C extends string, P> = P extends unknown ? Sentence<C, P> | (P extends { count: number } ? `${Sentence<C, P>}_${'one' | 'other'}` : never) : never;

/** What errorText looks up: every sentence of every code the window can show, and the note it adds after a printer failure. */
export type HindiErrorKey = { [C in ShownErrorCode]: KeysOf<C, ErrorParamsByCode[C]> }[ShownErrorCode] | 'PRINT_PENDING';

/**
 * The refusals in Hindi, keyed by error code (and `variant`, as `CODE_VARIANT`). In English the
 * core's own message is shown. The compiler asks for a line for each code in shared/errorCodes.ts.
 * Money params end in `Paise` and go through the `money` formatter; instants through `dateTime`.
 */
export const errorsHi: Record<HindiErrorKey, string> = {
  NO_CORE: 'रोकड़ अपने लेजर तक नहीं पहुँच सका। फिर से कोशिश करें; कोई भुगतान दो बार दर्ज नहीं होता।',
  INTERNAL: 'रोकड़ में अंदरूनी गड़बड़ी हुई और वह लॉग में दर्ज है। फिर से कोशिश करना सुरक्षित है: कोई भुगतान दो बार दर्ज नहीं होता।',
  INVALID_INPUT: 'जानकारी सही नहीं है: {{message}}',
  UNKNOWN_CHANNEL: 'रोकड़ यह काम नहीं करता।',
  CONSUMER_NO_EMPTY: 'उपभोक्ता क्रमांक लिखें या स्कैन करें।',
  CASH_SHORT_HERE: 'मिली नकद राशि {{tenderedPaise, money}} देय {{amountPaise, money}} से कम है।',
  AMOUNT_EMPTY: 'नकद राशि लिखें।',
  AMOUNT_NOT_DIGITS: 'राशि रुपयों में केवल अंकों से लिखें, जैसे 1250 या 1250.50।',
  AMOUNT_TOO_LARGE: 'राशि बहुत बड़ी है: ₹10,00,000 से ज़्यादा नकद यहाँ कभी नहीं लिया जाता।',
  PIN_MISMATCH: 'दोनों पिन अलग हैं; फिर से लिखें।',

  WRONG_PIN: 'यूज़र आईडी या पिन गलत है।',
  WRONG_PIN_one: 'यूज़र आईडी या पिन गलत है। खाता बंद होने से पहले {{count}} कोशिश बाकी है।',
  WRONG_PIN_other: 'यूज़र आईडी या पिन गलत है। खाता बंद होने से पहले {{count}} कोशिशें बाकी हैं।',
  ACCOUNT_LOCKED_UNTIL: '{{name}} का खाता गलत पिन के कारण {{until, dateTime}} तक बंद है।',
  ACCOUNT_LOCKED_NOW: 'गलत पिन कई बार: {{name}} का खाता {{minutes}} मिनट के लिए बंद कर दिया गया है।',
  SIGNED_OUT: 'पहले साइन इन करें।',
  SESSION_LOCKED: 'स्क्रीन लॉक है ({{minutes}} मिनट कोई काम न होने पर वह अपने-आप लॉक होती है)। आगे बढ़ने के लिए अपना पिन डालें।',
  NOT_ALLOWED: 'यह काम केवल सुपरवाइज़र कर सकते हैं।',
  NOT_SUPERVISOR: 'इसकी मंज़ूरी केवल सुपरवाइज़र दे सकते हैं; {{name}} सुपरवाइज़र नहीं हैं।',
  USER_EXISTS: 'इस आईडी का यूज़र पहले से है। दूसरी आईडी चुनें।',
  NOT_FIRST_RUN: 'पहला सुपरवाइज़र पहले ही बन चुका है। साइन इन करें।',

  NO_SHIFT: 'पहले शिफ़्ट खोलें: दराज़ की शुरुआती नकदी गिनें।',
  SHIFT_ALREADY_OPEN: 'आपकी शिफ़्ट पहले से खुली है।',
  NO_SUCH_SHIFT: 'ऐसी कोई शिफ़्ट नहीं है।',
  NOT_IN_DRAWER: 'दराज़ में केवल {{expectedPaise, money}} होने चाहिए; {{amountPaise, money}} नहीं निकाले जा सकते।',
  MOVE_ID_REUSED: 'यह नकद लेन-देन पहले ही दूसरी रकम या कारण के साथ दर्ज हो चुका है; कुछ नहीं बदला गया। नकद डालना या निकालना फिर से शुरू करें।',
  NOT_IN_DRAWER_REFUND: 'दराज़ में केवल {{expectedPaise, money}} होने चाहिए; {{amountPaise, money}} का रिफ़ंड उसमें से नहीं दिया जा सकता। कुछ रिफ़ंड नहीं हुआ।',
  DIFFERENCE_NEEDS_APPROVAL_SHORT: 'दराज़ में {{differencePaise, money}} कम हैं (गिने {{countedPaise, money}}, होने चाहिए {{expectedPaise, money}})। सुपरवाइज़र नोट के साथ पुष्टि करें।',
  DIFFERENCE_NEEDS_APPROVAL_OVER: 'दराज़ में {{differencePaise, money}} ज़्यादा हैं (गिने {{countedPaise, money}}, होने चाहिए {{expectedPaise, money}})। सुपरवाइज़र नोट के साथ पुष्टि करें।',

  NO_BILL: 'उपभोक्ता क्रमांक {{consumerNo}} का कोई बिल नहीं मिला। बिल पर लिखा क्रमांक देखकर फिर कोशिश करें।',
  BILL_ALREADY_PAID: '{{consumerNo}} का मौजूदा बिल पहले ही जमा है। नकद न लें; उपभोक्ता हेल्पलाइन 1912 से पूछ सकते हैं।',
  BILL_CHANGED: '{{consumerNo}} का बिल दिखाने के बाद बदल गया है; फिर से खोजें। कुछ दर्ज नहीं हुआ।',
  IDEMPOTENCY_MISMATCH: 'यह भुगतान आईडी रसीद {{receiptNo}} के लिए अलग विवरण के साथ इस्तेमाल हो चुकी है। भुगतान फिर से शुरू करें। कुछ दर्ज नहीं हुआ।',
  AMOUNT_RULE_EXACT: 'इस बिल का भुगतान ठीक {{duePaise, money}} ही होना चाहिए। कुछ दर्ज नहीं हुआ।',
  AMOUNT_RULE_ABOVE: 'कम से कम बिल राशि {{duePaise, money}} जमा करें; ज़्यादा राशि अग्रिम मानी जाएगी। कुछ दर्ज नहीं हुआ।',
  AMOUNT_RULE_BELOW: 'ज़्यादा से ज़्यादा बिल राशि {{duePaise, money}} जमा करें; आंशिक भुगतान चल सकता है। कुछ दर्ज नहीं हुआ।',
  CASH_LIMIT_MIN: 'नकद भुगतान कम से कम {{limitPaise, money}} का होना चाहिए। कुछ दर्ज नहीं हुआ।',
  CASH_LIMIT_MAX: 'एक बिल पर {{limitPaise, money}} से ज़्यादा नकद नहीं लिया जा सकता; उपभोक्ता ज़ोन कार्यालय में चेक या डीडी से भुगतान कर सकते हैं। कुछ दर्ज नहीं हुआ।',
  DAILY_LIMIT: 'यह उपभोक्ता आज {{paidTodayPaise, money}} नकद दे चुके हैं; दैनिक सीमा {{limitPaise, money}} है, इसलिए ज़्यादा से ज़्यादा {{leftPaise, money}} और। कुछ दर्ज नहीं हुआ।',
  CASH_SHORT: 'मिली नकद राशि {{tenderedPaise, money}} देय {{amountPaise, money}} से कम है। कुछ दर्ज नहीं हुआ।',
  CASH_COUNT_MISMATCH: 'नोट और सिक्के {{countedPaise, money}} होते हैं, लिखी राशि {{tenderedPaise, money}} नहीं। कुछ दर्ज नहीं हुआ।',
  REPEAT_PAYMENT: 'बिल {{billNumber}} का {{amountPaise, money}} भुगतान रसीद {{receiptNo}} ({{recordedAt, dateTime}}) पर पहले ही हो चुका है। दूसरा भुगतान लेने के लिए पुष्टि करें।',
  WALLET_TOO_LOW: 'वॉलेट इस बिल के लिए काफ़ी नहीं: {{amountPaise, money}} उपलब्ध {{availablePaise, money}} से ज़्यादा है। नकद न लें; सुपरवाइज़र से वॉलेट टॉप-अप कराएँ। कुछ दर्ज नहीं हुआ।',

  NO_SUCH_RECEIPT: 'रसीद {{receiptNo}} नहीं मिली।',
  NO_RECEIPT: 'इस केबिन के लेजर में रसीद {{receiptNo}} नहीं है।',
  ALREADY_VOID: 'रसीद {{receiptNo}} पहले ही रद्द है।',
  SHIFT_CLOSED: 'रसीद {{receiptNo}} बंद हो चुकी शिफ़्ट की है; उसे रद्द नहीं किया जा सकता। कुछ रद्द नहीं हुआ।',

  GATEWAY_URL: 'गेटवे का पता सही नहीं: वह https:// से शुरू होना चाहिए (सादा http केवल इसी कंप्यूटर के लिए)।',
  BAD_REGISTRATION_CODE: 'यह पंजीकरण कोड नहीं चला: वह गलत है या पहले इस्तेमाल हो चुका है। कंपनी से नया कोड लें।',
  NOT_REGISTERED: 'यह केबिन अभी गेटवे पर पंजीकृत नहीं है। सुपरवाइज़र से इसे पंजीकृत कराएँ।',
  UNAUTHORIZED: 'गेटवे ने इस केबिन को नहीं पहचाना। सुपरवाइज़र से इसे फिर से पंजीकृत कराएँ।',
  UNKNOWN_AGENT: 'गेटवे पर इस केबिन का एजेंट नहीं मिला। सुपरवाइज़र कंपनी से बात करें।',
  GATEWAY_TIMEOUT: 'गेटवे ने समय पर जवाब नहीं दिया। भुगतान यहाँ सुरक्षित हैं और फिर से भेजे जाएँगे।',
  GATEWAY_UNREACHABLE: 'गेटवे से संपर्क नहीं हो सका। भुगतान यहाँ सुरक्षित हैं और फिर से भेजे जाएँगे।',
  GATEWAY_MALFORMED: 'गेटवे का जवाब रोकड़ समझ नहीं सका। कुछ नहीं बदला; गेटवे से फिर से पूछा जाएगा।',
  GATEWAY_ERROR: 'गेटवे में कोई गड़बड़ी है और उसने कारण नहीं बताया। उससे फिर से पूछा जाएगा।',
  NOT_FOUND: 'इस पते पर गेटवे यह काम नहीं करता। गेटवे का पता जाँचें।',
  INVALID_REQUEST: 'गेटवे ने रोकड़ का अनुरोध सही नहीं माना; कुछ नहीं बदला। सुपरवाइज़र को बताएँ।',
  GATEWAY_REFUSED: 'गेटवे ने यह अनुरोध नहीं माना। उसका कारण (अंग्रेज़ी में): {{message}}',
  BACKUP_FOLDER_MISSING: 'फ़ोल्डर {{folder}} नहीं मिला। ड्राइव लगाएँ या दूसरा फ़ोल्डर चुनें। बैकअप सेटिंग नहीं बदली।',
  BACKUP_FOLDER_READ_ONLY: 'रोकड़ {{folder}} में नहीं लिख सकता; वह केवल-पढ़ने वाला, लॉक या भरा हुआ हो सकता है। दूसरा फ़ोल्डर चुनें। बैकअप सेटिंग नहीं बदली।',
  NO_EXCEPTION: 'इस केबिन में इस आईडी का कोई अस्वीकार भुगतान नहीं है। अपवादों की सूची फिर से खोलें। कुछ नहीं बदला।',
  EXCEPTION_RESOLVED_REFUNDED: 'रसीद {{receiptNo}} का रिफ़ंड पहले ही हो चुका है (पर्ची {{slipNo}})। कुछ नहीं बदला।',
  EXCEPTION_RESOLVED_VOIDED: 'रसीद {{receiptNo}} रद्द हो चुकी है और उसका नकद लौटाया जा चुका है। कुछ नहीं बदला।',
  EXCEPTION_RESOLVED_ACCEPTED: 'रसीद {{receiptNo}} अब अस्वीकार नहीं है: गेटवे ने उसे स्वीकार कर लिया है। कुछ नहीं बदला।',
  EXCEPTION_RESOLVED_WAITING: 'रसीद {{receiptNo}} अब अस्वीकार नहीं है: वह फिर से अपलोड की कतार में है। कुछ नहीं बदला।',
  ALREADY_REFUNDED: 'रसीद {{receiptNo}} का नकद उपभोक्ता को रिफ़ंड हो चुका है (पर्ची {{slipNo}}); उसे रद्द नहीं किया जा सकता। कुछ रद्द नहीं हुआ।',
  RESTORE_NOT_ALLOWED: 'बैकअप केवल सुपरवाइज़र वापस ला सकते हैं, उसी पिन से जो बैकअप के समय था। कुछ नहीं बदला।',
  RESTORE_LOCKED: 'बहुत बार गलत पिन। रोकड़ बंद करके फिर खोलें और सुपरवाइज़र एक बार फिर कोशिश करें।',
  RESTORE_TRY_AGAIN: 'खराब फ़ाइल को हटाकर रखने का नाम अभी खाली नहीं है; एक सेकंड रुककर फिर पुष्टि करें। कुछ नहीं बदला।',
  RESTART_NEEDED: 'बैकअप वापस आ चुका है। रोकड़ बंद करके फिर से खोलें।',
  DB_NOT_DAMAGED: 'डेटाबेस शुरुआती जाँच में सही निकला; बैकअप केवल खराब डेटाबेस पर ही वापस लाया जाता है।',
  DB_FROM_NEWER_VERSION: 'यह डेटाबेस रोकड़ के नए संस्करण ने लिखा है। रोकड़ का नया संस्करण लगाएँ; डेटाबेस में कुछ नहीं बदला।',
  NO_PRINTER: 'अभी कोई रसीद प्रिंटर सेट नहीं है। प्रिंटर सेटिंग खोलें, प्रिंटर का पता डालें और टेस्ट रसीद छापें।',
  PRINTER_NO_DRIVER:
    'रोकड़ के इस संस्करण में विंडोज़ प्रिंट स्पूलर से छापने की सुविधा नहीं है, इसलिए इस नाम वाला प्रिंटर काम नहीं करेगा। प्रिंटर को साझा प्रिंटर (\\\\कंप्यूटर\\प्रिंटर) के रूप में या उसके नेटवर्क पते से सेट करें।',
  PRINTER_TIMEOUT: '{{name}} पर प्रिंटर ने समय पर जवाब नहीं दिया: वह बंद हो सकता है, उसमें कागज़ खत्म या अटका हो सकता है।',
  PRINTER_REFUSED: '{{name}} पर किसी ने जवाब नहीं दिया: प्रिंटर बंद है, अभी चालू हो रहा है, या पता गलत है।',
  PRINTER_RESET: '{{name}} पर प्रिंटर ने रसीद के बीच में कनेक्शन तोड़ दिया: कागज़ और ढक्कन देखें।',
  PRINTER_UNREACHABLE: '{{name}} पर प्रिंटर इस कंप्यूटर से नहीं मिल रहा: नेटवर्क केबल या वाई-फ़ाई और पता जाँचें।',
  PRINTER_DEVICE: '{{name}} पर प्रिंटर को नहीं लिख सके: जाँचें कि वह जुड़ा और चालू है, और पता सही है।',
  PRINTER_FAILED: '{{name}} पर प्रिंटर ने रसीद नहीं ली।',
  PRINTER_OFFLINE: '{{name}} पर प्रिंटर नहीं दिख रहा: जाँचें कि वह जुड़ा और चालू है।',
  PRINTER_NO_PAPER: '{{name}} पर प्रिंटर में कागज़ खत्म है: नया रोल डालें और ढक्कन बंद करें।',
  PRINTER_IN_DATA_FOLDER: '{{name}} उस फ़ोल्डर में जाता है जहाँ रोकड़ अपना लेजर रखता है: रोकड़ वहाँ कभी नहीं छापता। प्रिंटर का अपना पता डालें।',
  PRINTER_NOT_A_DEVICE: '{{name}} किसी प्रिंटर तक नहीं, किसी और फ़ाइल तक जाता है, इसलिए रोकड़ उस पर नहीं छापता। केबल से जुड़े प्रिंटर का सही पता डालें।',
  PRINTER_WRONG_SYSTEM_WINDOWS: '{{name}} विंडोज़ का पता है और यह कंप्यूटर विंडोज़ पर नहीं चलता: प्रिंटर का नेटवर्क पता या केबल का पता डालें।',
  PRINTER_WRONG_SYSTEM_LINUX: '{{name}} लिनक्स का पता है और यह कंप्यूटर विंडोज़ पर चलता है: प्रिंटर का नेटवर्क पता, उसका पोर्ट या साझा प्रिंटर का पता डालें।',
  PRINT_BUSY: 'रसीद {{receiptNo}} अभी छप रही है; प्रिंटर के खत्म होने तक रुकें।',
  NO_PRINT_JOB: 'छपाई के लिए रखी यह रसीद नहीं मिली। "जो रसीदें अभी नहीं छपीं" की सूची फिर से खोलें।',
  PRINT_PENDING: 'भुगतान दर्ज है; रसीद {{receiptNo}} छपने की प्रतीक्षा में है: प्रिंटर तैयार होने पर "फिर से छापें" दबाएँ।',

  EXPORT_FOLDER_MISSING: 'फ़ोल्डर {{folder}} नहीं मिला। पेन ड्राइव लगाएँ या दूसरा फ़ोल्डर चुनें। कुछ नहीं लिखा गया।',
  EXPORT_FOLDER_READ_ONLY: 'रोकड़ {{folder}} में नहीं लिख सकता; पेन ड्राइव लॉक या भरी हुई हो सकती है। दूसरा फ़ोल्डर चुनें। कुछ नहीं लिखा गया।',
  NO_SUCH_BACKUP: '{{backupFolder}} में {{backupName}} नाम का कोई सही बैकअप नहीं है। कुछ नहीं बदला गया।',
  DB_DAMAGED: 'डेटाबेस खराब हो गया है। रोकड़ फिर से भुगतान ले सके, इसके लिए सुपरवाइज़र को सबसे नया सही बैकअप वापस लाना होगा।',
};
