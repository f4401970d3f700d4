import { sendKeys } from '@web/test-runner-commands';
import type { Keyboard } from '../symptom-checker/harness.ts';

/** The test runner's real keyboard, for the checker driver's keyboard-only walks. */
export const keyboard: Keyboard = {
  press: (key) => sendKeys({ press: key }),
  type: (text) => sendKeys({ type: text }),
};
