import { describe, expect, it } from 'vitest';
import {
  conductorFileSchema, conductorSchema, DEFAULT_CONDUCTORS, DEFAULT_CONDUCTOR_FILE, importConductors,
  PHASE_IDS, STEP_IDS, repairConductors, type Conductor,
} from '../../lib/conductors/index.ts';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('default conductors', () => {
  it('are the eight interview types of issue #3', () => {
    expect(DEFAULT_CONDUCTORS.map((c) => c.libelle)).toEqual([
      'Premier accueil', 'Diagnostic', 'Co-élaboration de parcours', 'Contractualisation',
      "Préparation d'étape ou d'action", 'Évaluation intermédiaire', 'Évaluation finale et co-élaboration de la suite', 'Suivi',
    ]);
  });
  it('are valid against the schema, one by one and as a file', () => {
    for (const c of DEFAULT_CONDUCTORS) expect(conductorSchema.safeParse(c).success, c.id).toBe(true);
    expect(conductorFileSchema.safeParse(DEFAULT_CONDUCTOR_FILE).success).toBe(true);
  });
  it('map the eight steps onto the three phases with 10/25/10 minutes', () => {
    for (const c of DEFAULT_CONDUCTORS) {
      expect(c.phases.map((p) => p.id)).toEqual([...PHASE_IDS]);
      expect(c.phases.flatMap((p) => p.temps)).toEqual([...STEP_IDS]);
      expect(c.phases.map((p) => p.dureeMinutes)).toEqual([10, 25, 10]);
      for (const p of c.phases) expect(p.checklist.length).toBeGreaterThan(0);
    }
  });
  it('ask every report for the agreed actions and the work before the next meeting', () => {
    for (const c of DEFAULT_CONDUCTORS) {
      expect(c.compteRendu.map((e) => e.id)).toEqual(expect.arrayContaining(['actions-convenues', 'travail-prochain-rdv']));
    }
    const welcome = DEFAULT_CONDUCTORS.find((c) => c.id === 'premier-accueil')!;
    expect(welcome.compteRendu.map((e) => e.id)).toContain('consentement');
    expect(welcome.aSaisir.join(' ')).toMatch(/consentement au traitement des données personnelles/i);
    expect(DEFAULT_CONDUCTORS.find((c) => c.id === 'contractualisation')!.compteRendu.map((e) => e.id)).toContain('engagement-signe');
  });
});

type Mutation = (c: Conductor & Record<string, unknown>) => void;
/** Each invalid conductor (third of the file) and the field its first message must name. */
const INVALID: Array<[string, Mutation, string]> = [
  ['duration as text', (c) => { (c.phases[1] as Record<string, unknown>).dureeMinutes = '25'; }, 'conducteurs[2].phases[1].dureeMinutes'],
  ['duration zero', (c) => { c.phases[0].dureeMinutes = 0; }, 'conducteurs[2].phases[0].dureeMinutes'],
  ['missing objective', (c) => { delete (c.cadre as Partial<Conductor['cadre']>).objectif; }, 'conducteurs[2].cadre.objectif'],
  ['empty label', (c) => { c.libelle = '  '; }, 'conducteurs[2].libelle'],
  ['id with capitals', (c) => { c.id = 'Premier Accueil'; }, 'conducteurs[2].id'],
  ['unknown step', (c) => { (c.phases[2].temps as string[])[0] = 'bilan'; }, 'conducteurs[2].phases[2].temps[0]'],
  ['phases out of order', (c) => { c.phases[0].id = 'conclusion'; c.phases[2].id = 'introduction'; }, 'conducteurs[2].phases[0].id'],
  ['two phases only', (c) => { c.phases.pop(); }, 'conducteurs[2].phases'],
  ['checklist item without label', (c) => { delete (c.phases[1].checklist[0] as Partial<Conductor['phases'][0]['checklist'][0]>).libelle; }, 'conducteurs[2].phases[1].checklist[0].libelle'],
  ['duplicate checklist id', (c) => { c.phases[2].checklist[0].id = c.phases[0].checklist[0].id; }, 'conducteurs[2].phases[2].checklist[0].id'],
  ['unknown key', (c) => { c.couleur = 'bleu'; }, 'conducteurs[2]'],
  ['tools not a list', (c) => { (c.cadre as Record<string, unknown>).outils = 'Grille'; }, 'conducteurs[2].cadre.outils'],
  ['report element without cue', (c) => { c.compteRendu[0].indices = []; }, 'conducteurs[2].compteRendu[0].indices'],
  ['bad pathway stage', (c) => { (c as Record<string, unknown>).etapeParcours = 'bilan'; }, 'conducteurs[2].etapeParcours'],
];

describe('import of an organisation file', () => {
  const current = DEFAULT_CONDUCTORS;

  it('accepts a valid file, with durations overridden per conductor', () => {
    const file = clone(DEFAULT_CONDUCTOR_FILE);
    file.conducteurs[0].phases[1].dureeMinutes = 40;
    const r = importConductors(JSON.stringify(file), current);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.conductors[0].phases[1].dureeMinutes).toBe(40);
  });

  for (const [name, mutate, field] of INVALID) {
    it(`refuses ${name}, naming ${field}`, () => {
      const file = clone(DEFAULT_CONDUCTOR_FILE);
      mutate(file.conducteurs[2] as Conductor & Record<string, unknown>);
      const before = JSON.stringify(current);
      const r = importConductors(JSON.stringify(file), current);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors[0]).toContain(`« ${field} »`);
      expect(r.conductors).toBe(current);
      expect(JSON.stringify(current)).toBe(before);
    });
  }

  it('names the field and the expected type in French', () => {
    const file = clone(DEFAULT_CONDUCTOR_FILE) as unknown as { conducteurs: Array<{ phases: Array<Record<string, unknown>> }> };
    file.conducteurs[2].phases[1].dureeMinutes = 'vingt';
    const r = importConductors(JSON.stringify(file), current);
    expect(r.ok ? [] : r.errors).toEqual(['champ « conducteurs[2].phases[1].dureeMinutes » : un nombre attendu.']);
  });

  it('refuses duplicate conductor ids, a wrong version and broken JSON', () => {
    const dup = clone(DEFAULT_CONDUCTOR_FILE);
    dup.conducteurs[3].id = dup.conducteurs[0].id;
    const r1 = importConductors(JSON.stringify(dup), current);
    expect(r1.ok ? '' : r1.errors.join()).toContain('« conducteurs[3].id »');
    const r2 = importConductors(JSON.stringify({ ...DEFAULT_CONDUCTOR_FILE, version: 2 }), current);
    expect(r2.ok ? '' : r2.errors.join()).toContain('« version »');
    const r3 = importConductors('{ "version": 1, ', current);
    expect(r3.ok).toBe(false);
    expect(r3.ok ? '' : r3.errors[0]).toMatch(/^Le fichier n'est pas un JSON valide/);
  });

  it('repairs a damaged stored copy by falling back to the defaults', () => {
    expect(repairConductors({ version: 1, conducteurs: 'x' }, current).conductors).toBe(current);
    expect(repairConductors(undefined, current)).toEqual({ conductors: current, errors: [] });
    expect(repairConductors(DEFAULT_CONDUCTOR_FILE, []).conductors).toHaveLength(8);
  });
});
