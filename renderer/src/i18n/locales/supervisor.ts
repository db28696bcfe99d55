import type { Messages } from '../messages';

export const en = {
  trainingTitle: 'Training mode',
  trainingOnHint: 'Training is ON: payments get TRN- receipts stamped TRAINING, are never uploaded and never counted.',
  trainingOffHint: 'Training is off: every payment is real.',
  trainingTurnOn: 'Turn training on',
  trainingTurnOff: 'Turn training off',
  usersTitle: 'People at this cabin',
  role: 'Role',
  addUser: 'Add a person',
  userAdded: '{{name}} can sign in now.',
  printerTitle: 'Printer settings',
  sectionsLabel: 'Supervisor tasks',
  section_exceptions: 'Refused payments',
  section_training: 'Training',
  section_users: 'People',
  section_printer: 'Printer',
  section_gateway: 'Gateway',
} as const;

export const hi: Messages<typeof en> = {
  trainingTitle: 'प्रशिक्षण मोड',
  trainingOnHint: 'प्रशिक्षण चालू है: भुगतानों को TRN- रसीद मिलती है जिस पर प्रशिक्षण छपा होता है; वे न अपलोड होते हैं, न गिने जाते हैं।',
  trainingOffHint: 'प्रशिक्षण बंद है: हर भुगतान असली है।',
  trainingTurnOn: 'प्रशिक्षण चालू करें',
  trainingTurnOff: 'प्रशिक्षण बंद करें',
  usersTitle: 'इस केबिन के लोग',
  role: 'भूमिका',
  addUser: 'नया व्यक्ति जोड़ें',
  userAdded: '{{name}} अब साइन इन कर सकते हैं।',
  printerTitle: 'प्रिंटर सेटिंग',
  sectionsLabel: 'सुपरवाइज़र के काम',
  section_exceptions: 'अस्वीकार भुगतान',
  section_training: 'प्रशिक्षण',
  section_users: 'लोग',
  section_printer: 'प्रिंटर',
  section_gateway: 'गेटवे',
};
