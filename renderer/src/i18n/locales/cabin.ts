import type { Messages } from '../messages';

export const en = {
  title: 'Set up this cabin',
  explain: 'This computer has no ledger yet. Enter the cabin’s code as the company gave it: it begins every receipt number, and it can never be changed later.',
  code: 'Cabin code',
  hint: '3 to 16 capital letters, digits or dashes, for example BPL-ATP-07.',
  dataFolder: 'Folder for the ledger',
  dataFolderHint: 'Keep the folder shown unless this PC has a better disk for it. It must be on this PC, outside Rokad’s install folder, and empty.',
  dataFolderFixed: 'The ledger is kept in {{folder}}.',
} as const;

export const hi: Messages<typeof en> = {
  title: 'यह केबिन सेट करें',
  explain: 'इस कंप्यूटर पर अभी कोई लेजर नहीं है। कंपनी से मिला केबिन का कोड डालें: हर रसीद का नंबर इसी से शुरू होता है, और बाद में इसे कभी बदला नहीं जा सकता।',
  code: 'केबिन का कोड',
  hint: '3 से 16 अंग्रेज़ी के बड़े अक्षर, अंक या डैश, जैसे BPL-ATP-07।',
  dataFolder: 'लेजर का फ़ोल्डर',
  dataFolderHint: 'दिखाया गया फ़ोल्डर ही रखें, जब तक इस कंप्यूटर पर उसके लिए बेहतर डिस्क न हो। फ़ोल्डर इसी कंप्यूटर पर, रोकड़ के इंस्टॉल फ़ोल्डर से बाहर, और खाली होना चाहिए।',
  dataFolderFixed: 'लेजर {{folder}} में रखा जाता है।',
};
