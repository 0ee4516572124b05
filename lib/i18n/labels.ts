/**
 * Labels of fixed vocabularies shown by several surfaces (issue #6 §4): categories, severities,
 * interview phases, the rows of the frame table. Each maps an id to a message key, so that a
 * missing translation is a type error; an unknown id (a category added by a newer engine, a phase
 * from an imported file) shows itself.
 *
 * Type-only imports: the content script uses this file and must not load zod (issue #4 §7).
 *
 * @example
 *   categoryLabel(t, 'sante')         // "Santé" / "Health"
 *   severityLabel(t, 'error', 'many') // "Erreurs" / "Errors"
 */
import type { Category, Severity } from '../lint/types.ts';
import type { Frame, PhaseId } from '../conductors/schema.ts';
import type { MessageKey, Translate } from './index.ts';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  personne: 'common_category_personne',
  sante: 'common_category_sante',
  origine: 'common_category_origine',
  religion: 'common_category_religion',
  'opinions-politiques': 'common_category_opinions_politiques',
  syndicat: 'common_category_syndicat',
  'vie-sexuelle': 'common_category_vie_sexuelle',
  'genetique-biometrie': 'common_category_genetique_biometrie',
  infractions: 'common_category_infractions',
  nir: 'common_category_nir',
  iban: 'common_category_iban',
  'carte-bancaire': 'common_category_carte_bancaire',
  telephone: 'common_category_telephone',
  email: 'common_category_email',
  adresse: 'common_category_adresse',
  'date-naissance': 'common_category_date_naissance',
  'piece-identite': 'common_category_piece_identite',
  'identifiant-organisme': 'common_category_identifiant_organisme',
  finances: 'common_category_finances',
  'vie-privee': 'common_category_vie_privee',
  jugement: 'common_category_jugement',
  completude: 'common_category_completude',
  style: 'common_category_style',
};

export function categoryLabel(t: Translate, category: string): string {
  const key = (CATEGORY_KEYS as Record<string, MessageKey | undefined>)[category];
  return key ? t(key) : category;
}

/** `one`: a finding's badge ("Erreur"); `many`: a group's title ("Erreurs"). */
const SEVERITY_KEYS: Record<'one' | 'many', Record<Severity, MessageKey>> = {
  one: { error: 'common_severity_error', warning: 'common_severity_warning', info: 'common_severity_info' },
  many: { error: 'common_severity_errors', warning: 'common_severity_warnings', info: 'common_severity_infos' },
};

export function severityLabel(t: Translate, severity: Severity, form: 'one' | 'many' = 'one'): string {
  return t(SEVERITY_KEYS[form][severity]);
}

const PHASE_KEYS: Record<PhaseId, MessageKey> = {
  introduction: 'common_phase_introduction',
  deroulement: 'common_phase_deroulement',
  conclusion: 'common_phase_conclusion',
};

/** The phase's name by its id; `fallback` (the label the data carries) for an unknown id. */
export function phaseLabel(t: Translate, id: string, fallback = id): string {
  const key = (PHASE_KEYS as Record<string, MessageKey | undefined>)[id];
  return key ? t(key) : fallback;
}

/** The rows of a conductor's frame table, in display order. */
export const FRAME_ROWS: ReadonlyArray<[keyof Frame, MessageKey]> = [
  ['objectif', 'common_frame_objectif'],
  ['decisionLibre', 'common_frame_decision_libre'],
  ['informationsARecueillir', 'common_frame_informations'],
  ['outils', 'common_frame_outils'],
  ['travailProchainRdv', 'common_frame_travail'],
];
