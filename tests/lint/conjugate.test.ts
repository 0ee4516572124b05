/**
 * The conjugator of the person rules: regular -er verbs with their stem alternations, second-group
 * and -dre verbs, irregular models with their prefixed families, and the 1sg → vous / il
 * transformation used by the rewrites (TAXONOMY.md §5.4). Expected forms follow the Bescherelle.
 */
import { describe, expect, it } from 'vitest';
import { analyze, conjugate, from1sg, isInfinitive, lemma, participle, participleLemma, type Person, type Tense } from '../../lib/lint/conjugate.ts';

// [infinitive, tense, person, expected]
const TABLE: Array<[string, Tense, Person, string]> = [
  // être, avoir, aller, faire
  ['être', 'present', '1sg', 'suis'], ['être', 'present', '3sg', 'est'], ['être', 'present', '2pl', 'êtes'],
  ['être', 'imparfait', '2pl', 'étiez'], ['être', 'futur', '2pl', 'serez'], ['être', 'conditionnel', '3sg', 'serait'],
  ['être', 'subjonctif', '1sg', 'sois'], ['être', 'subjonctif', '3sg', 'soit'], ['être', 'subjonctif', '2pl', 'soyez'],
  ['avoir', 'present', '2pl', 'avez'], ['avoir', 'present', '3sg', 'a'], ['avoir', 'imparfait', '2pl', 'aviez'],
  ['avoir', 'futur', '1sg', 'aurai'], ['avoir', 'subjonctif', '3sg', 'ait'], ['avoir', 'subjonctif', '2pl', 'ayez'],
  ['aller', 'present', '1sg', 'vais'], ['aller', 'present', '2pl', 'allez'], ['aller', 'futur', '2pl', 'irez'],
  ['aller', 'subjonctif', '1sg', 'aille'], ['aller', 'subjonctif', '2pl', 'alliez'],
  ['faire', 'present', '2pl', 'faites'], ['faire', 'imparfait', '2pl', 'faisiez'], ['faire', 'futur', '2pl', 'ferez'],
  ['faire', 'subjonctif', '2pl', 'fassiez'], ['refaire', 'present', '2pl', 'refaites'], ['satisfaire', 'present', '3sg', 'satisfait'],
  // modals
  ['pouvoir', 'present', '1sg', 'peux'], ['pouvoir', 'present', '2pl', 'pouvez'], ['pouvoir', 'conditionnel', '2pl', 'pourriez'],
  ['pouvoir', 'subjonctif', '2pl', 'puissiez'], ['vouloir', 'present', '3sg', 'veut'], ['vouloir', 'conditionnel', '1sg', 'voudrais'],
  ['vouloir', 'conditionnel', '2pl', 'voudriez'], ['devoir', 'present', '2pl', 'devez'], ['devoir', 'futur', '3sg', 'devra'],
  ['devoir', 'subjonctif', '1sg', 'doive'], ['savoir', 'present', '2pl', 'savez'], ['savoir', 'subjonctif', '2pl', 'sachiez'],
  ['valoir', 'present', '3sg', 'vaut'],
  // dire and its family
  ['dire', 'present', '2pl', 'dites'], ['redire', 'present', '2pl', 'redites'], ['interdire', 'present', '2pl', 'interdisez'],
  ['prédire', 'present', '2pl', 'prédisez'],
  // prendre, venir, tenir, mettre families
  ['prendre', 'present', '2pl', 'prenez'], ['apprendre', 'present', '3sg', 'apprend'], ['comprendre', 'subjonctif', '1sg', 'comprenne'],
  ['reprendre', 'subjonctif', '2pl', 'repreniez'], ['entreprendre', 'futur', '2pl', 'entreprendrez'],
  ['venir', 'present', '1sg', 'viens'], ['venir', 'present', '2pl', 'venez'], ['devenir', 'futur', '2pl', 'deviendrez'],
  ['revenir', 'subjonctif', '3sg', 'revienne'], ['prévenir', 'present', '2pl', 'prévenez'], ['convenir', 'present', '3sg', 'convient'],
  ['obtenir', 'present', '2pl', 'obtenez'], ['maintenir', 'futur', '1sg', 'maintiendrai'], ['appartenir', 'present', '3sg', 'appartient'],
  ['mettre', 'present', '2pl', 'mettez'], ['permettre', 'present', '3sg', 'permet'], ['transmettre', 'present', '1sg', 'transmets'],
  ['remettre', 'subjonctif', '2pl', 'remettiez'],
  // voir, croire, recevoir families
  ['voir', 'present', '2pl', 'voyez'], ['voir', 'imparfait', '2pl', 'voyiez'], ['voir', 'futur', '2pl', 'verrez'],
  ['voir', 'subjonctif', '2pl', 'voyiez'], ['prévoir', 'futur', '2pl', 'prévoirez'], ['revoir', 'present', '3sg', 'revoit'],
  ['croire', 'present', '2pl', 'croyez'], ['croire', 'subjonctif', '1sg', 'croie'], ['boire', 'present', '2pl', 'buvez'],
  ['recevoir', 'present', '1sg', 'reçois'], ['recevoir', 'present', '2pl', 'recevez'], ['percevoir', 'present', '2pl', 'percevez'],
  ['apercevoir', 'present', '3sg', 'aperçoit'], ['recevoir', 'subjonctif', '2pl', 'receviez'],
  // -aître, -ivre, -ire, -uire
  ['connaître', 'present', '3sg', 'connaît'], ['connaître', 'present', '2pl', 'connaissez'], ['reconnaître', 'imparfait', '2pl', 'reconnaissiez'],
  ['paraître', 'present', '2pl', 'paraissez'], ['naître', 'present', '3sg', 'naît'],
  ['suivre', 'present', '1sg', 'suis'], ['suivre', 'present', '2pl', 'suivez'], ['poursuivre', 'present', '3sg', 'poursuit'],
  ['vivre', 'present', '2pl', 'vivez'], ['écrire', 'present', '2pl', 'écrivez'], ['inscrire', 'present', '2pl', 'inscrivez'],
  ['décrire', 'present', '3sg', 'décrit'], ['lire', 'present', '2pl', 'lisez'], ['conduire', 'present', '2pl', 'conduisez'],
  ['construire', 'present', '3sg', 'construit'], ['produire', 'imparfait', '2pl', 'produisiez'],
  // -indre, -ir of the third group
  ['craindre', 'present', '2pl', 'craignez'], ['plaindre', 'present', '3sg', 'plaint'], ['atteindre', 'present', '2pl', 'atteignez'],
  ['rejoindre', 'present', '1sg', 'rejoins'], ['rejoindre', 'present', '2pl', 'rejoignez'],
  ['partir', 'present', '1sg', 'pars'], ['partir', 'present', '2pl', 'partez'], ['sortir', 'present', '3sg', 'sort'],
  ['sentir', 'present', '1sg', 'sens'], ['sentir', 'present', '2pl', 'sentez'], ['ressentir', 'present', '3sg', 'ressent'],
  ['mentir', 'present', '2pl', 'mentez'], ['servir', 'present', '2pl', 'servez'], ['dormir', 'present', '3sg', 'dort'],
  ['ouvrir', 'present', '1sg', 'ouvre'], ['offrir', 'present', '2pl', 'offrez'], ['découvrir', 'present', '2pl', 'découvrez'],
  ['souffrir', 'present', '3sg', 'souffre'], ['courir', 'futur', '2pl', 'courrez'], ['parcourir', 'present', '2pl', 'parcourez'],
  ['mourir', 'present', '3sg', 'meurt'], ['acquérir', 'present', '2pl', 'acquérez'], ['acquérir', 'futur', '1sg', 'acquerrai'],
  ['cueillir', 'futur', '2pl', 'cueillerez'], ['accueillir', 'present', '2pl', 'accueillez'], ['fuir', 'present', '2pl', 'fuyez'],
  ['battre', 'present', '3sg', 'bat'], ['convaincre', 'present', '2pl', 'convainquez'], ['plaire', 'present', '3sg', 'plaît'],
  ['conclure', 'present', '2pl', 'concluez'], ['résoudre', 'present', '2pl', 'résolvez'], ['interrompre', 'present', '3sg', 'interrompt'],
  ['envoyer', 'present', '1sg', 'envoie'], ['envoyer', 'present', '2pl', 'envoyez'], ['envoyer', 'futur', '2pl', 'enverrez'],
  ['renvoyer', 'subjonctif', '2pl', 'renvoyiez'],
  // second group
  ['finir', 'present', '1sg', 'finis'], ['finir', 'present', '3sg', 'finit'], ['finir', 'present', '2pl', 'finissez'],
  ['finir', 'imparfait', '2pl', 'finissiez'], ['finir', 'subjonctif', '1sg', 'finisse'], ['choisir', 'present', '2pl', 'choisissez'],
  ['réussir', 'futur', '2pl', 'réussirez'], ['réfléchir', 'present', '3sg', 'réfléchit'], ['remplir', 'subjonctif', '2pl', 'remplissiez'],
  ['saisir', 'present', '2pl', 'saisissez'],
  // regular -dre
  ['attendre', 'present', '1sg', 'attends'], ['attendre', 'present', '3sg', 'attend'], ['attendre', 'present', '2pl', 'attendez'],
  ['répondre', 'imparfait', '2pl', 'répondiez'], ['perdre', 'subjonctif', '1sg', 'perde'], ['vendre', 'futur', '2pl', 'vendrez'],
  // regular -er
  ['travailler', 'present', '1sg', 'travaille'], ['travailler', 'present', '2pl', 'travaillez'], ['travailler', 'imparfait', '2pl', 'travailliez'],
  ['travailler', 'futur', '2pl', 'travaillerez'], ['travailler', 'conditionnel', '2pl', 'travailleriez'], ['travailler', 'subjonctif', '2pl', 'travailliez'],
  ['souhaiter', 'present', '2pl', 'souhaitez'], ['chercher', 'present', '3sg', 'cherche'], ['postuler', 'conditionnel', '1sg', 'postulerais'],
  // -ier, -éer
  ['étudier', 'imparfait', '2pl', 'étudiiez'], ['étudier', 'subjonctif', '2pl', 'étudiiez'], ['étudier', 'present', '2pl', 'étudiez'],
  ['créer', 'present', '1sg', 'crée'], ['créer', 'present', '2pl', 'créez'], ['remercier', 'futur', '2pl', 'remercierez'],
  // -cer, -ger
  ['commencer', 'imparfait', '1sg', 'commençais'], ['commencer', 'imparfait', '2pl', 'commenciez'], ['commencer', 'present', '2pl', 'commencez'],
  ['manger', 'imparfait', '3sg', 'mangeait'], ['manger', 'imparfait', '2pl', 'mangiez'], ['envisager', 'present', '2pl', 'envisagez'],
  ['exiger', 'imparfait', '1sg', 'exigeais'],
  // -eler / -eter
  ['appeler', 'present', '1sg', 'appelle'], ['appeler', 'present', '2pl', 'appelez'], ['appeler', 'futur', '1sg', 'appellerai'],
  ['rappeler', 'present', '3sg', 'rappelle'], ['rappeler', 'subjonctif', '2pl', 'rappeliez'], ['jeter', 'present', '1sg', 'jette'],
  ['rejeter', 'present', '2pl', 'rejetez'], ['acheter', 'present', '1sg', 'achète'], ['acheter', 'present', '2pl', 'achetez'],
  ['acheter', 'futur', '2pl', 'achèterez'], ['geler', 'present', '3sg', 'gèle'], ['harceler', 'present', '3sg', 'harcèle'],
  // e → è, é → è
  ['mener', 'present', '1sg', 'mène'], ['mener', 'present', '2pl', 'menez'], ['mener', 'futur', '2pl', 'mènerez'],
  ['amener', 'present', '3sg', 'amène'], ['lever', 'present', '1sg', 'lève'], ['élever', 'present', '2pl', 'élevez'],
  ['peser', 'present', '3sg', 'pèse'], ['préférer', 'present', '1sg', 'préfère'], ['préférer', 'present', '2pl', 'préférez'],
  ['préférer', 'conditionnel', '2pl', 'préféreriez'], ['espérer', 'present', '3sg', 'espère'], ['gérer', 'present', '1sg', 'gère'],
  ['céder', 'present', '1sg', 'cède'], ['compléter', 'present', '1sg', 'complète'], ['régler', 'present', '3sg', 'règle'],
  ['protéger', 'present', '1sg', 'protège'], ['protéger', 'imparfait', '1sg', 'protégeais'], ['intégrer', 'present', '3sg', 'intègre'],
  ['sécher', 'present', '1sg', 'sèche'], ['régner', 'present', '3sg', 'règne'], ['déléguer', 'present', '1sg', 'délègue'],
  // -yer
  ['employer', 'present', '1sg', 'emploie'], ['employer', 'present', '2pl', 'employez'], ['employer', 'futur', '2pl', 'emploierez'],
  ['nettoyer', 'present', '3sg', 'nettoie'], ['ennuyer', 'present', '1sg', 'ennuie'], ['appuyer', 'present', '2pl', 'appuyez'],
  ['payer', 'present', '1sg', 'paie'], ['payer', 'present', '2pl', 'payez'], ['payer', 'subjonctif', '2pl', 'payiez'],
  ['essayer', 'present', '2pl', 'essayez'],
  // no alternation where the e is not mute
  ['chercher', 'present', '1sg', 'cherche'], ['tester', 'present', '1sg', 'teste'], ['presser', 'present', '1sg', 'presse'],
  ['fermer', 'present', '1sg', 'ferme'], ['exercer', 'present', '1sg', 'exerce'], ['regretter', 'present', '1sg', 'regrette'],
  ['prêter', 'present', '1sg', 'prête'],
];

describe('conjugate', () => {
  it(`covers at least 150 cases (${TABLE.length})`, () => expect(TABLE.length).toBeGreaterThanOrEqual(150));
  for (const [inf, tense, person, want] of TABLE) {
    it(`${inf} ${tense} ${person} → ${want}`, () => expect(conjugate(inf, tense, person)).toBe(want));
  }
  it('returns null for an unknown irregular -re verb', () => expect(conjugate('clore', 'present', '2pl')).toBeNull());
});

// [1sg form as written, options, vous form, il form]
const FROM_1SG: Array<[string, { subjunctive?: boolean; inf?: string }, string, string]> = [
  ['suis', {}, 'êtes', 'est'], ['suis', { inf: 'suivre' }, 'suivez', 'suit'], ['ai', {}, 'avez', 'a'], ['vais', {}, 'allez', 'va'],
  ['fais', {}, 'faites', 'fait'], ['dis', {}, 'dites', 'dit'], ['peux', {}, 'pouvez', 'peut'], ['veux', {}, 'voulez', 'veut'],
  ['dois', {}, 'devez', 'doit'], ['sais', {}, 'savez', 'sait'], ['prends', {}, 'prenez', 'prend'], ['viens', {}, 'venez', 'vient'],
  ['tiens', {}, 'tenez', 'tient'], ['mets', {}, 'mettez', 'met'], ['vois', {}, 'voyez', 'voit'], ['crois', {}, 'croyez', 'croit'],
  ['connais', {}, 'connaissez', 'connaît'], ['écris', {}, 'écrivez', 'écrit'], ['sens', {}, 'sentez', 'sent'], ['pars', {}, 'partez', 'part'],
  ['sors', {}, 'sortez', 'sort'], ['reçois', {}, 'recevez', 'reçoit'], ['perçois', {}, 'percevez', 'perçoit'], ['finis', {}, 'finissez', 'finit'],
  ['choisis', {}, 'choisissez', 'choisit'], ['rejoins', {}, 'rejoignez', 'rejoint'], ['crains', {}, 'craignez', 'craint'],
  ['acquiers', {}, 'acquérez', 'acquiert'], ['attends', {}, 'attendez', 'attend'], ['réponds', {}, 'répondez', 'répond'],
  ['travaille', {}, 'travaillez', 'travaille'], ['cherche', {}, 'cherchez', 'cherche'], ['souhaite', {}, 'souhaitez', 'souhaite'],
  ['envisage', {}, 'envisagez', 'envisage'], ['commence', {}, 'commencez', 'commence'], ['appelle', {}, 'appelez', 'appelle'],
  ['rappelle', {}, 'rappelez', 'rappelle'], ['jette', {}, 'jetez', 'jette'], ['préfère', {}, 'préférez', 'préfère'],
  ['espère', {}, 'espérez', 'espère'], ['gère', {}, 'gérez', 'gère'], ['mène', {}, 'menez', 'mène'], ['lève', {}, 'levez', 'lève'],
  ['achète', {}, 'achetez', 'achète'], ['envoie', {}, 'envoyez', 'envoie'], ['emploie', {}, 'employez', 'emploie'],
  ['essaie', {}, 'essayez', 'essaie'], ['paie', {}, 'payez', 'paie'], ['paye', {}, 'payez', 'paye'], ['ennuie', {}, 'ennuyez', 'ennuie'],
  ['étudie', {}, 'étudiez', 'étudie'], ['crée', {}, 'créez', 'crée'], ['regrette', {}, 'regrettez', 'regrette'],
  ['interpelle', {}, 'interpellez', 'interpelle'], ['ouvre', {}, 'ouvrez', 'ouvre'], ['offre', {}, 'offrez', 'offre'],
  // other tenses: only the ending changes
  ['étais', {}, 'étiez', 'était'], ['avais', {}, 'aviez', 'avait'], ['travaillais', {}, 'travailliez', 'travaillait'],
  ['étudiais', {}, 'étudiiez', 'étudiait'], ['commençais', {}, 'commenciez', 'commençait'], ['mangeais', {}, 'mangiez', 'mangeait'],
  ['voyais', {}, 'voyiez', 'voyait'], ['finissais', {}, 'finissiez', 'finissait'], ['serai', {}, 'serez', 'sera'],
  ['irai', {}, 'irez', 'ira'], ['pourrai', {}, 'pourrez', 'pourra'], ['appellerai', {}, 'appellerez', 'appellera'],
  ['voudrais', {}, 'voudriez', 'voudrait'], ['aimerais', {}, 'aimeriez', 'aimerait'], ['souhaiterais', {}, 'souhaiteriez', 'souhaiterait'],
  ['serais', {}, 'seriez', 'serait'],
  // subjunctive after "que"
  ['sois', {}, 'soyez', 'soit'], ['aie', {}, 'ayez', 'ait'], ['fasse', {}, 'fassiez', 'fasse'], ['puisse', {}, 'puissiez', 'puisse'],
  ['prenne', {}, 'preniez', 'prenne'], ['vienne', {}, 'veniez', 'vienne'], ['doive', {}, 'deviez', 'doive'], ['aille', {}, 'alliez', 'aille'],
  ['finisse', {}, 'finissiez', 'finisse'], ['travaille', { subjunctive: true }, 'travailliez', 'travaille'],
  ['passe', { subjunctive: true }, 'passiez', 'passe'], ['appelle', { subjunctive: true }, 'appeliez', 'appelle'],
  // unaccented writing stays unaccented
  ['prefere', {}, 'preferez', 'prefere'], ['recois', {}, 'recevez', 'recoit'], ['etais', {}, 'etiez', 'etait'], ['connais', {}, 'connaissez', 'connaît'],
  // a verb with two models answers each form with its own model; literary "puis"
  ['assieds', {}, 'asseyez', 'assied'], ['assois', {}, 'assoyez', 'assoit'], ['assiérai', {}, 'assiérez', 'assiéra'], ['puis', {}, 'pouvez', 'peut'],
];

describe('from1sg', () => {
  for (const [form, opts, vous, il] of FROM_1SG) {
    const label = opts.subjunctive ? ' (subj.)' : opts.inf ? ` (${opts.inf})` : '';
    it(`je ${form}${label} → vous ${vous} / il ${il}`, () => {
      expect(from1sg(form, '2pl', opts)).toBe(vous);
      expect(from1sg(form, '3sg', opts)).toBe(il);
    });
  }
  it('returns null for a word that is not a verb form', () => expect(from1sg('xyz', '2pl')).toBeNull());
  it('conjugates asseoir with its first model', () => expect(conjugate('asseoir', 'present', '2pl')).toBe('asseyez'));
});

describe('isInfinitive', () => {
  it.each([['licencier', true], ['prendre', true], ['attendre', true], ['recevoir', true], ['attire', false], ['livre', false], ['entre', false]])(
    '%s → %s', (w, yes) => expect(isInfinitive(w)).toBe(yes),
  );
});

describe('analyze / lemma', () => {
  it('reads "suis" as être or suivre', () => expect(analyze('suis').map((a) => a.inf)).toEqual(['être', 'suivre']));
  it.each([
    ['proposais', 'proposer'], ['appelle', 'appeler'], ['mène', 'mener'], ['préfère', 'préférer'], ['envoie', 'envoyer'],
    ['paie', 'payer'], ['transmets', 'transmettre'], ['finissais', 'finir'], ['glissais', 'glisser'], ['attendrai', 'attendre'],
    ['achèterai', 'acheter'], ['consulte', 'consulter'], ['relance', 'relancer'], ['vérifie', 'vérifier'], ['saisis', 'saisir'],
  ])('%s → %s', (form, inf) => expect(lemma(form)).toBe(inf));
  it.each([
    ['proposé', 'proposer'], ['orientée', 'orienter'], ['transmis', 'transmettre'], ['transmise', 'transmettre'], ['fini', 'finir'],
    ['attendu', 'attendre'], ['été', 'être'], ['inscrite', 'inscrire'], ['propose', 'proposer'], ['reçu', 'recevoir'],
  ])('participle %s → %s', (pp, inf) => expect(participleLemma(pp)).toBe(inf));
  it.each([['proposer', 'proposé'], ['transmettre', 'transmis'], ['répondre', 'répondu'], ['dire', 'dit'], ['saisir', 'saisi']])(
    'participle of %s is %s', (inf, pp) => expect(participle(inf)).toBe(pp),
  );
});
