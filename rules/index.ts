/**
 * The rule registry: one import per file of rules/, in display order.
 * tests/rules/meta.test.ts checks that this list, the rule files, their docs and their tests stay in step.
 */
import type { RuleDefinition } from '../lib/lint/rule.ts';
import personneJe from './personne-je.ts';
import personneNous from './personne-nous.ts';
import sante from './sante.ts';
import handicapStatut from './handicap-statut.ts';
import origine from './origine.ts';
import religion from './religion.ts';
import opinionsPolitiques from './opinions-politiques.ts';
import syndicat from './syndicat.ts';
import vieSexuelle from './vie-sexuelle.ts';
import genetiqueBiometrie from './genetique-biometrie.ts';
import infractions from './infractions.ts';
import nir from './nir.ts';
import iban from './iban.ts';
import carteBancaire from './carte-bancaire.ts';
import telephone from './telephone.ts';
import email from './email.ts';
import adresse from './adresse.ts';
import dateNaissance from './date-naissance.ts';
import pieceIdentite from './piece-identite.ts';
import identifiantOrganisme from './identifiant-organisme.ts';
import finances from './finances.ts';
import viePrivee from './vie-privee.ts';
import jugement from './jugement.ts';
import proposInjurieux from './propos-injurieux.ts';
import apparence from './apparence.ts';
import completude from './completude.ts';

export const registry: readonly RuleDefinition[] = [
  personneJe,
  personneNous,
  sante,
  handicapStatut,
  origine,
  religion,
  opinionsPolitiques,
  syndicat,
  vieSexuelle,
  genetiqueBiometrie,
  infractions,
  nir,
  iban,
  carteBancaire,
  telephone,
  email,
  adresse,
  dateNaissance,
  pieceIdentite,
  identifiantOrganisme,
  finances,
  viePrivee,
  jugement,
  proposInjurieux,
  apparence,
  completude,
];

export const ruleIds: readonly string[] = registry.map((r) => r.id);
