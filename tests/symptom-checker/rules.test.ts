/**
 * The rules as data (rules.ts), the stretch demands (triage.ts), and the module graph: checks that keep
 * the clinical content from drifting while the code around it changes.
 */
import { expect } from '@open-wc/testing';
import { LEVELS, RULES, clearableRules, matchingRules } from '../../src/symptom-checker/rules.ts';
import { ITEMS } from '../../src/symptom-checker/questions.ts';
import { symptomStrings } from '../../src/symptom-checker/strings.ts';
import { STRETCH_DEMANDS } from '../../src/symptom-checker/triage.ts';
import { STRETCH_IDS } from '../../src/stretch-card/catalog.ts';

describe('rules as objects', () => {
  it('has unique rule IDs in the E-/D-/C- form of the clinical notes', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[EDC]-[A-Z0-9-]+$/);
  });

  it('gives every emergency rule the emergency level, and no other rule', () => {
    for (const rule of RULES) {
      expect(LEVELS, rule.id).to.include(rule.level);
      expect(rule.level === 'emergency', rule.id).to.equal(rule.id.startsWith('E-'));
    }
  });

  it('lets a go-ahead of its own clear only these "before booking" precautions, never an urgent rule', () => {
    const clearable = Object.fromEntries(
      RULES.filter((rule) => rule.clearedBy).map((rule) => [rule.id, rule.clearedBy]),
    );
    expect(clearable).to.deep.equal({
      'D-NOT-IMPROVING': 'assessed',
      'C-ANTICOAG': 'okThinners',
      'C-FRACTURE': 'okBones',
      'C-PREGNANCY': 'okPregnancy',
      'C-RECENT-SURGERY': 'okSurgery',
    });
    for (const rule of RULES.filter((rule) => rule.clearedBy)) expect(rule.level, rule.id).to.equal('before-booking');
    // Each go-ahead is a question of its own, lifting one precaution.
    const goAheads = ITEMS.filter((item) => Object.values(clearable).includes(item.field as never));
    expect(goAheads.map((item) => item.field).sort()).to.deep.equal(Object.values(clearable).sort());
  });

  it('triggers on an answer field that a yes / no question or a tick box writes, or on a test with its own words', () => {
    const flagFields = ITEMS.filter((item) => item.kind === 'yes-no').map((item) => item.field);
    for (const rule of RULES) {
      if (rule.field) expect(flagFields, rule.id).to.include(rule.field);
      else
        expect(rule.test, rule.id).to.be.a('function') &&
          expect(symptomStrings).to.have.property(`symptom.r.${rule.id}`);
    }
  });

  it('sorts matches most urgent first, uncleared precautions before clearable ones', () => {
    const matches = matchingRules({ thinners: true, age: 15, skin: true, fever: true, bladder: true });
    expect(matches.map((match) => match.rule.id)).to.deep.equal([
      'E-CES-BLADDER',
      'D-FEVER',
      'C-FEVER',
      'C-SKIN-LOCAL',
      'D-UNDER-16',
      'C-ANTICOAG',
    ]);
    expect(clearableRules({ thinners: true }).map((rule) => rule.id)).to.deep.equal(['C-ANTICOAG']);
    expect(clearableRules({ thinners: true, age: 15 })).to.deep.equal([]);
    expect(clearableRules({})).to.deep.equal([]);
  });
});

describe('stretch demands', () => {
  it('describes every stretch of the catalog', () => {
    expect(Object.keys(STRETCH_DEMANDS).sort()).to.deep.equal([...STRETCH_IDS].sort());
  });

  it('keeps the sciatica stretches for sciatica, and the towel stretch off the sciatic nerve', () => {
    expect(STRETCH_DEMANDS['sciatic-nerve-glide']).to.deep.equal({
      position: 'back',
      flexion: false,
      twisting: false,
      hipFlexion: true,
      extension: false,
      hipExtension: false,
      nerveTension: false,
      nerveGlide: true,
      sciaticaOnly: true,
    });
    expect(STRETCH_DEMANDS.hamstring.nerveTension).to.equal(true);
    expect(STRETCH_DEMANDS['prone-press-up'].position).to.equal('front');
  });
});

describe('symptom-checker modules', () => {
  /** The relative imports a module makes at run time (type-only imports are gone once compiled). */
  async function importsOf(path: string): Promise<string[]> {
    const code = await (await fetch(path)).text();
    const specifiers = [
      ...code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g),
    ];
    return specifiers.map(
      ([, specifier]) => new URL(specifier.replace(/\.js$/, '.ts'), new URL(path, location.href)).pathname,
    );
  }

  it('import each other without a cycle', async () => {
    const graph = new Map<string, string[]>();
    const visit = async (path: string) => {
      if (graph.has(path) || !path.startsWith('/src/')) return;
      graph.set(path, []);
      const imports = await importsOf(path);
      graph.set(path, imports);
      for (const imported of imports) await visit(imported);
    };
    await visit('/src/symptom-checker/symptom-checker.ts');
    expect([...graph.keys()]).to.include.members([
      '/src/symptom-checker/flow.ts',
      '/src/symptom-checker/rules.ts',
      '/src/symptom-checker/questions.ts',
      '/src/symptom-checker/triage.ts',
      '/src/symptom-checker/storage.ts',
    ]);
    // The graph is read from the served code, so it must see the imports that do exist.
    expect(graph.get('/src/symptom-checker/flow.ts')).to.include('/src/symptom-checker/triage.ts');
    // Depth first: a module met again while it is still on the trail closes a cycle.
    const cycles: string[] = [];
    const done = new Set<string>();
    const walk = (path: string, trail: string[]) => {
      if (trail.includes(path)) return void cycles.push([...trail.slice(trail.indexOf(path)), path].join(' → '));
      if (done.has(path)) return;
      for (const next of graph.get(path) ?? []) walk(next, [...trail, path]);
      done.add(path);
    };
    for (const path of graph.keys()) walk(path, []);
    expect(cycles).to.deep.equal([]);
  });
});
