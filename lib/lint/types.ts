/** Shared types of the linting engine. Pure data: no DOM, no browser API. */

export type Severity = 'error' | 'warning' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

/** The category vocabulary of the corpora (eval/README.md), plus categories of rules outside it. */
export const CATEGORIES = [
  'personne', 'sante', 'origine', 'religion', 'opinions-politiques', 'syndicat', 'vie-sexuelle',
  'genetique-biometrie', 'infractions', 'nir', 'iban', 'carte-bancaire', 'telephone', 'email',
  'adresse', 'date-naissance', 'piece-identite', 'identifiant-organisme', 'finances', 'vie-privee',
  'jugement', 'completude', 'style',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** French labels of the categories, for UIs and reports. */
export const CATEGORY_LABELS: Record<Category, string> = {
  personne: 'Personne grammaticale',
  sante: 'Santé',
  origine: 'Origine',
  religion: 'Religion',
  'opinions-politiques': 'Opinions politiques',
  syndicat: 'Appartenance syndicale',
  'vie-sexuelle': 'Vie sexuelle et identité de genre',
  'genetique-biometrie': 'Données génétiques et biométriques',
  infractions: 'Infractions et condamnations',
  nir: 'Numéro de sécurité sociale',
  iban: 'Coordonnées bancaires',
  'carte-bancaire': 'Carte bancaire',
  telephone: 'Téléphone',
  email: 'Adresse e-mail',
  adresse: 'Adresse postale',
  'date-naissance': 'Date de naissance',
  'piece-identite': "Pièce d'identité",
  'identifiant-organisme': "Identifiant d'organisme",
  finances: 'Situation financière',
  'vie-privee': 'Vie privée et familiale',
  jugement: 'Jugement subjectif',
  completude: 'Complétude du compte rendu',
  style: 'Style de rédaction',
};

export interface Fix {
  /** original-text indices of the range to replace */
  start: number;
  end: number;
  replacement: string;
  /** short French label for a button ("Remplacer par « vous avez »") */
  label: string;
}

export interface Finding {
  /** rule id (file name in rules/) */
  rule: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  /** JavaScript string indices into the original text; `text === input.slice(start, end)` */
  start: number;
  end: number;
  text: string;
  /** short French message */
  message: string;
  /** why it matters and what to write instead */
  explanation: string;
  /** legal and doctrinal references ("RGPD art. 9", "CNIL, zones bloc-notes, 2019") */
  references: string[];
  /** suggested fixes, best first */
  fixes: Fix[];
}

export function downgrade(s: Severity): Severity {
  return s === 'error' ? 'warning' : 'info';
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
