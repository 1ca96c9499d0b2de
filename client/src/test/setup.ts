import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import i18n from '../i18n/i18n';

// jsdom lacks them; react-router's data router needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Tests read English text regardless of the machine's locale.
beforeAll(async () => {
  await i18n.changeLanguage('en');
});
