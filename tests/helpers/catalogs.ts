import { coreStrings } from '../../src/core/strings.ts';
import { pickerStrings } from '../../src/session-length-picker/strings.ts';
import { bookingStrings } from '../../src/booking-button/strings.ts';
import { stretchStrings } from '../../src/stretch-card/strings.ts';
import { symptomStrings } from '../../src/symptom-checker/strings.ts';
import type { Message } from '../../src/locales/translation.ts';

/** Every English string by key: all the element catalogs in one, as the language tests read them. */
export const english: Readonly<Record<string, Message>> = {
  ...coreStrings,
  ...pickerStrings,
  ...bookingStrings,
  ...stretchStrings,
  ...symptomStrings,
};

/** The texts of a message: itself, a list's items, or a plural message's forms. */
export const textsOf = (message: Message | undefined): readonly string[] =>
  message === undefined
    ? []
    : typeof message === 'string'
      ? [message]
      : Array.isArray(message)
        ? message
        : Object.values(message);
