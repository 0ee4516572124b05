/**
 * Interview conductors ("conducteurs d'entretien") as validated data (issue #3 §1).
 * Field names are French because organisations write these files by hand and error messages name
 * them: `conducteurs[2].phases[1].dureeMinutes`.
 *
 * @example
 *   const r = conductorFileSchema.safeParse(JSON.parse(text));
 *   if (!r.success) zodErrorsFrench(r.error); // ['champ « conducteurs[0].id » : un texte attendu.']
 */
import { z } from 'zod';

/** The three phases of every interview (seed 000 §4), in order. */
export const PHASE_IDS = ['introduction', 'deroulement', 'conclusion'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const PHASE_LABELS: Record<PhaseId, string> = {
  introduction: 'Introduction',
  deroulement: 'Déroulement',
  conclusion: 'Conclusion',
};

/** Default durations in minutes (seed 000 §7): 10 / 25 / 10. */
export const DEFAULT_DURATIONS: Record<PhaseId, number> = { introduction: 10, deroulement: 25, conclusion: 10 };

/** The eight steps ("temps") of an interview (seed 000 §5), in order. */
export const STEP_IDS = [
  'cadre', 'partage-du-cadre', 'contractualisation', 'mise-en-oeuvre',
  'suivi-du-cadre', 'evaluation', 'projection', 'formalisation',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_LABELS: Record<StepId, string> = {
  cadre: 'Cadre : objectifs, méthode, outils',
  'partage-du-cadre': 'Partage du cadre par la personne',
  contractualisation: 'Contractualisation : accord sur le déroulé',
  'mise-en-oeuvre': 'Mise en œuvre',
  'suivi-du-cadre': 'Suivi du respect du cadre',
  evaluation: 'Évaluation des résultats',
  projection: 'Projection : prochaines étapes',
  formalisation: 'Formalisation des conclusions',
};

/** Default mapping of the eight steps onto the three phases. */
export const DEFAULT_STEPS: Record<PhaseId, StepId[]> = {
  introduction: ['cadre', 'partage-du-cadre', 'contractualisation'],
  deroulement: ['mise-en-oeuvre', 'suivi-du-cadre'],
  conclusion: ['evaluation', 'projection', 'formalisation'],
};

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets attendu');
const text = z.string().trim().min(1).max(400);

export const checklistItemSchema = z.strictObject({
  id,
  /** what the counsellor does, imperative ("Présenter le service") */
  libelle: text,
  /** noun phrase for the conclusion paragraph ("la présentation du service"); optional */
  bilan: text.optional(),
});

export const phaseSchema = z.strictObject({
  id: z.enum(PHASE_IDS),
  dureeMinutes: z.number().int().min(1).max(240),
  temps: z.array(z.enum(STEP_IDS)).min(1),
  checklist: z.array(checklistItemSchema).max(40),
});

export const frameSchema = z.strictObject({
  objectif: text,
  decisionLibre: text,
  informationsARecueillir: text,
  outils: z.array(text).min(1).max(20),
  travailProchainRdv: text,
});

/** An element the report of this interview must mention, and the words that show it does. */
export const reportElementSchema = z.strictObject({
  id,
  /** named in the finding: "le consentement au traitement des données personnelles" */
  libelle: text,
  /** words or phrases whose presence shows the element (accents and case ignored) */
  indices: z.array(z.string().trim().min(2).max(120)).min(1).max(200),
});

export const conductorSchema = z
  .strictObject({
    id,
    libelle: text,
    /** stage of the pathway the interview belongs to (seed 001 §2) */
    etapeParcours: z.enum(['accueil', 'accompagnement', 'suivi']),
    cadre: frameSchema,
    phases: z.array(phaseSchema).length(3),
    /** what to record in the case-management application */
    aSaisir: z.array(text).min(1).max(30),
    /** what the report must contain (checked by the `completude` rule) */
    compteRendu: z.array(reportElementSchema).max(20),
  })
  .superRefine((c, ctx) => {
    c.phases.forEach((p, i) => {
      if (p.id !== PHASE_IDS[i]) {
        ctx.addIssue({ code: 'invalid_value', values: [PHASE_IDS[i]], path: ['phases', i, 'id'], input: p.id, message: '' });
      }
    });
    const seen = new Set<string>();
    c.phases.forEach((p, i) => p.checklist.forEach((item, j) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'checklist', j, 'id'], message: `identifiant « ${item.id} » en double`, input: item.id });
      seen.add(item.id);
    }));
    const steps = c.phases.flatMap((p) => p.temps);
    if (new Set(steps).size !== STEP_IDS.length || steps.length !== STEP_IDS.length) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'les huit temps doivent apparaître chacun une fois', input: steps });
    }
  });

export const conductorFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    conducteurs: z.array(conductorSchema).min(1).max(50),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.conducteurs.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['conducteurs', i, 'id'], message: `identifiant « ${c.id} » en double`, input: c.id });
      seen.add(c.id);
    });
  });

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type ReportElement = z.infer<typeof reportElementSchema>;
export type Conductor = z.infer<typeof conductorSchema>;
export type ConductorFile = z.infer<typeof conductorFileSchema>;

/** The labels of the frame table, in display order. */
export const FRAME_LABELS: ReadonlyArray<[keyof Frame, string]> = [
  ['objectif', "Objectif de l'entretien"],
  ['decisionLibre', "Décision libre de l'adhérent"],
  ['informationsARecueillir', "Informations à recueillir par l'adhérent"],
  ['outils', 'Outils utilisés'],
  ['travailProchainRdv', 'Travail demandé pour le prochain RDV'],
];
