import { describe, expect, it } from 'vitest';
import rule from '../../rules/completude.ts';
import { ruleTester, runRule } from '../rule-tester.ts';
import { DEFAULT_CONDUCTORS } from '../../lib/conductors/defaults.ts';
import { lint } from '../../lib/lint/index.ts';

const as = (interviewType: string) => ({ document: { interviewType } });

const ACCUEIL_COMPLET =
  "Premier rendez-vous au service. Vous avez été informée du traitement de vos données personnelles et avez donné votre consentement. " +
  "Il est convenu que vous participiez à l'atelier CV du 4 mars. Avant le prochain rendez-vous, vous rassemblerez vos attestations de formation.";

ruleTester(rule, {
  valid: [
    // no interview type: the rule does not apply
    'Entretien sans type connu. Rien de plus.',
    { text: ACCUEIL_COMPLET, config: as('premier-accueil') },
    // accents, capitals and hyphens do not matter
    { text: "CONSENTEMENT recueilli ce jour. Plan d'action : atelier CV. D'ICI LE PROCHAIN RENDEZ-VOUS, mise à jour du CV.", config: as('premier-accueil') },
    {
      text: "Le contrat d'engagement a été signé ce jour. Prochaines étapes : stage d'observation en mai. D'ici le prochain entretien, vous contacterez l'entreprise d'accueil.",
      config: as('contractualisation'),
    },
    {
      text: "Point sur les candidatures envoyées. Actions retenues : relance de deux employeurs. Pour la prochaine séance, vous préparerez une lettre de motivation.",
      config: as('suivi'),
    },
    { text: "L'adhérent s'engage à s'inscrire à la formation de cariste. Travail demandé : lister trois entreprises du secteur.", config: as('diagnostic') },
    { text: "Échange sur la formation visée. Il a été décidé de reporter l'inscription. D'ici là, vous vous renseignerez sur les financements.", config: as('evaluation-intermediaire') },
    // an interview type outside the conductors
    { text: 'Atelier collectif sur la recherche d’emploi.', config: as('atelier-collectif') },
  ],
  invalid: [
    {
      text: "Présentation du service et de l'accompagnement. Il est convenu que vous participiez à l'atelier CV. Avant le prochain rendez-vous, vous mettrez à jour votre CV.",
      config: as('premier-accueil'),
      errors: [{ text: 'CV', messageId: 'manque', severity: 'info', category: 'completude' }],
    },
    {
      text: 'Échange sur votre projet de reconversion dans la logistique.',
      config: as('premier-accueil'),
      errors: ['dans la logistique', 'la logistique', 'logistique'],
    },
    {
      text: "Relecture du plan d'action. Avant le prochain rendez-vous, vous prendrez contact avec l'organisme de formation.",
      config: as('contractualisation'),
      errors: ['formation'],
    },
    {
      text: "Bilan de l'étape : vous avez obtenu le titre professionnel. Actions convenues : candidatures dans deux entreprises de transport.",
      config: as('evaluation-finale'),
      errors: ['transport'],
    },
    {
      text: "Point sur vos démarches. Pour le prochain rendez-vous, vous apporterez le devis de la formation.",
      config: as('suivi'),
      errors: ['formation'],
    },
    {
      // "rendez-vous" is one word for the anchor
      text: "Vous avez été informé du traitement de vos données. Échange à poursuivre lors d'un autre rendez-vous.",
      config: as('premier-accueil'),
      errors: ['autre rendez-vous', 'rendez-vous'],
    },
  ],
});

describe('completude messages and options', () => {
  it('names each missing element, in the conductor order', () => {
    const found = runRule(rule, 'Échange sur votre projet de reconversion.', as('premier-accueil'));
    expect(found.map((f) => f.message)).toEqual([
      'Élément non mentionné : le consentement au traitement des données personnelles (information donnée et accord recueilli) (attendu dans le compte rendu « Premier accueil »).',
      'Élément non mentionné : les actions convenues (attendu dans le compte rendu « Premier accueil »).',
      'Élément non mentionné : le travail demandé avant le prochain rendez-vous (attendu dans le compte rendu « Premier accueil »).',
    ]);
  });

  it('asks contractualisation for the signed engagement', () => {
    const found = runRule(rule, "Relecture du plan d'action. D'ici le prochain rendez-vous, vous contacterez l'employeur.", as('contractualisation'));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("la signature du contrat d'engagement")]);
  });

  it('runs through lint() with the registry when the host passes the interview type', () => {
    const text = 'Échange sur votre projet de reconversion.';
    expect(lint(text).filter((f) => f.rule === 'completude')).toEqual([]);
    expect(lint(text, as('diagnostic')).filter((f) => f.rule === 'completude')).toHaveLength(2);
  });

  it("uses an organisation's conductors passed as an option", () => {
    const custom = structuredClone(DEFAULT_CONDUCTORS.find((c) => c.id === 'suivi')!);
    custom.compteRendu = [{ id: 'bilan-stage', libelle: 'le bilan du stage', indices: ['bilan du stage'] }];
    const config = { document: { interviewType: 'suivi' }, rules: { completude: { options: { conducteurs: [custom] } } } };
    expect(runRule(rule, "Point sur les démarches. Bilan du stage positif.", config)).toEqual([]);
    expect(runRule(rule, 'Point sur les démarches.', config).map((f) => f.message)).toEqual([expect.stringContaining('le bilan du stage')]);
    expect(rule.validateOptions?.({ conducteurs: [{ id: 'x' }] })).toMatch(/conducteurs/);
    expect(rule.validateOptions?.({ conducteurs: [custom] })).toBeNull();
  });
});
