import '@testing-library/jest-dom';
import i18n from '../i18n/i18n';

// Tests read English text regardless of the machine's locale.
beforeAll(async () => {
  await i18n.changeLanguage('en');
});
