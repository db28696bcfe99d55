import type { Messages } from '../messages';

export const en = {
  cabin: 'Cabin',
  signOut: 'Sign out',
  training: 'TRAINING',
  language: 'हिन्दी',
  languageSwitchLabel: 'Switch the screen to Hindi',
  shortcutsLabel: 'Keyboard shortcuts',
  continue: 'Continue',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  back: 'Back',
  chooseFolder: 'Choose…',
} as const;

export const hi: Messages<typeof en> = {
  cabin: 'केबिन',
  signOut: 'साइन आउट',
  training: 'प्रशिक्षण',
  language: 'English',
  languageSwitchLabel: 'स्क्रीन अंग्रेज़ी में करें',
  shortcutsLabel: 'कीबोर्ड शॉर्टकट',
  continue: 'आगे बढ़ें',
  cancel: 'छोड़ें',
  close: 'बंद करें',
  save: 'सहेजें',
  back: 'वापस',
  chooseFolder: 'चुनें…',
};
