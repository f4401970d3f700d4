import { expect } from '@open-wc/testing';
import { english, textsOf } from '../helpers/catalogs.ts';
import { SCREENS } from '../../src/symptom-checker/questions.ts';
import { RULES } from '../../src/symptom-checker/rules.ts';
import { STRETCH_IDS } from '../../src/stretch-card/catalog.ts';
import type { LanguagePack, Message } from '../../src/locales/translation.ts';
import es from '../../src/locales/es.ts';
import fr from '../../src/locales/fr.ts';

/**
 * Completeness of every language (issue 14): the type check already fails on a missing or unknown key;
 * these tests also cover what types cannot see: placeholders, list lengths, plural forms, the keys the
 * questions' and rules' data form at run time, and text left in English.
 */
const PACKS: Record<string, LanguagePack> = { es, fr };

const placeholders = (message: Message) =>
  [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const unique = (names: string[]) => [...new Set(names)];
const shape = (message: Message) =>
  typeof message === 'string' ? 'text' : Array.isArray(message) ? `list of ${message.length}` : 'plural';

describe('language catalogs (issue 14)', () => {
  for (const [language, pack] of Object.entries(PACKS)) {
    describe(language, () => {
      const strings = pack.strings as Record<string, Message>;

      it('has every English key, and no other', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(english).sort());
      });

      it('gives each message the English shape and the same placeholders', () => {
        for (const [key, message] of Object.entries(english)) {
          const translated = strings[key];
          expect(shape(translated), key).to.equal(shape(message));
          expect(unique(placeholders(translated)), key).to.deep.equal(unique(placeholders(message)));
          if (shape(message) === 'plural') {
            expect((translated as { other?: string }).other, `${key}: "other"`).to.be.a('string');
            expect((translated as { one?: string }).one, `${key}: "one"`).to.be.a('string');
          }
        }
      });

      it('leaves no English sentence untranslated', () => {
        // Identical text is allowed only where the words are the same in both languages (a short word).
        const same = Object.entries(english).filter(([key, message]) => {
          const ours = textsOf(strings[key]);
          return textsOf(message).some((text, index) => text === ours[index] && /[a-z]{3,}\s+[a-z]{3,}/i.test(text));
        });
        expect(same.map(([key]) => key)).to.deep.equal([]);
      });

      it('overrides, by region, only keys that exist, with the same placeholders', () => {
        for (const [region, words] of Object.entries(pack.regions ?? {})) {
          expect(region.toLowerCase().startsWith(`${language}-`), region).to.equal(true);
          for (const [key, message] of Object.entries(words as Record<string, Message>)) {
            expect(english, `${region} ${key}`).to.have.property(key);
            expect(unique(placeholders(message)), `${region} ${key}`).to.deep.equal(unique(placeholders(english[key])));
          }
        }
      });
    });
  }

  it('has a string for every key the questions, rules and stretches form at run time', () => {
    const needed: string[] = [];
    for (const screen of SCREENS) {
      if (screen.items.length > 1) needed.push(`symptom.s.${screen.id}`);
      for (const item of screen.items) {
        needed.push(`symptom.q.${item.field}`, `symptom.e.${item.field}`);
        if (item.kind === 'number') needed.push(`symptom.er.${item.field}`);
        if (item.kind === 'number' && item.field !== 'durationAmount') needed.push(`symptom.answer.${item.field}`);
        if (item.kind === 'choice') {
          needed.push(`symptom.o.${item.field}`);
          const labels = english[`symptom.o.${item.field}`] as readonly string[];
          expect(labels?.length, `labels of ${item.field}`).to.equal(item.options!.length);
        }
      }
    }
    const unit = SCREENS.flatMap((screen) => screen.items).find((item) => item.field === 'durationUnit')!;
    needed.push(...unit.options!.map((option) => `symptom.duration.${option}`));
    // A rule with a test, not one question's answer, must have words of its own.
    needed.push(...RULES.filter((rule) => rule.test).map((rule) => `symptom.r.${rule.id}`));
    for (const id of STRETCH_IDS) {
      needed.push(
        `symptom.st.${id}`,
        ...['title', 'area', 'steps', 'frequency', 'cautions', 'alt'].map((part) => `stretch.${id}.${part}`),
      );
    }
    const missing = needed.filter((key) => !(key in english));
    expect(missing).to.deep.equal([]);
  });

  it('keeps the words that carry the emergency number in every language', () => {
    // A safety net or emergency line that lost {number} would send a visitor nowhere.
    const withNumber = Object.entries(english).filter(([, message]) => placeholders(message).includes('number'));
    expect(withNumber.length).to.be.greaterThan(5);
    for (const pack of Object.values(PACKS)) {
      for (const [key] of withNumber)
        expect(placeholders((pack.strings as Record<string, Message>)[key]), key).to.include('number');
    }
  });
});
