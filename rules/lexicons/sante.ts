/**
 * Lexicon of `sante` (TAXONOMY §3.1, RGPD art. 9 and recital 35): conditions, mental health,
 * addictions, treatments and care, surgery and hospitalisation, disabilities, pregnancy, "dys"
 * disorders, and the health of relatives. Several thousand surface forms are generated from a few
 * hundred terms: plurals and feminines (`inflect`), "problème cardiaque" / "troubles du sommeil"
 * (head × qualifier), "cancer du sein" / "douleurs à l'épaule" (head × body part), "crise d'asthme".
 *
 * `tag` is `family` or `family:mode`. The family groups findings for users (pathologie, psy,
 * addiction, traitement, soins, handicap, dys, grossesse). The mode tells the rule which extra
 * evidence a polysemous term needs:
 * - `bloc`: a phrase that absorbs the words inside it and reports nothing ("assurance maladie",
 *   "massage cardiaque", "enceinte acoustique", statuses owned by `handicap-statut`, genetic terms
 *   owned by `genetique-biometrie`);
 * - `p`: an explicit reference to a person in the sentence ("aveugle", "sourd", "handicapé");
 * - `conso`: a consumption or dependence word nearby ("à cause de l'alcool", "fume du cannabis");
 * - `spec`: a care relation for a specialist ("suivie par un psychiatre", "son addictologue");
 * - `aux`: an auxiliary for "opéré" ("a été opéré", not "l'entreprise opère");
 * - `trt`: "traitement" in a medical sense ("sous traitement", "suit un traitement");
 * - `enceinte`, `hp`, `covid`, `syndrome`: word-specific checks in the rule;
 * - `pred` / `pred-fort`: "souffre de", "atteint de" — the rule reports the unknown noun after it.
 */
import type { LexiconEntry } from '../../lib/lint/lexicon.ts';
import { feminize, pluralize, termTokens } from '../../lib/lint/lexicon.ts';
import { fold } from '../../lib/lint/normalize.ts';
import { HANDICAP_LEXICON } from './handicap.ts';
import { GENETIQUE_LEXICON } from './genetique.ts';

type G = 'm' | 'f';

// ---------------------------------------------------------------------------------------------
// Plain terms, by family. Nouns get plurals; adjectives get feminine and plural forms.

const n = (family: string, terms: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  terms.map((lemma) => ({ lemma, inflect: 'noun', tag: family, ...extra }));
const adj = (family: string, terms: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  terms.map((lemma) => ({ lemma, inflect: 'adj', tag: family, ...extra }));
const fixed = (family: string, terms: string[], extra: Partial<LexiconEntry> = {}): LexiconEntry[] =>
  terms.map((lemma) => ({ lemma, tag: family, ...extra }));

const CARDIO = [
  'infarctus', 'infarctus du myocarde', 'AVC', 'accident vasculaire cérébral', 'accident ischémique transitoire', 'hypertension',
  'hypertension artérielle', 'hypotension', 'arythmie', 'tachycardie', 'bradycardie', 'fibrillation auriculaire', 'angine de poitrine',
  'pontage', 'pontage coronarien', 'stent', 'pacemaker', 'stimulateur cardiaque', 'défibrillateur implantable', 'cardiopathie',
  'souffle au cœur', 'phlébite', 'embolie', 'embolie pulmonaire', 'thrombose', 'anévrisme', 'varices', 'hypercholestérolémie',
  'insuffisance veineuse', 'artérite', 'coronaropathie', 'myocardite', 'péricardite', 'cardiomyopathie', 'crise cardiaque',
  'arrêt cardiaque', 'malaise cardiaque', 'malaise vagal', 'cholestérol', 'fait un malaise', 'a fait un malaise', 'fait des malaises', 'malaises à répétition', 'gravement blessé', 'gravement blessée', 'grièvement blessé', 'grièvement blessée',
];
const RESPIRATOIRE = [
  'asthme', 'BPCO', 'bronchopneumopathie chronique obstructive', 'bronchite chronique', 'emphysème', 'apnée du sommeil',
  'apnées du sommeil', "syndrome d'apnée du sommeil", 'tuberculose', 'pneumonie', 'pneumopathie', 'fibrose pulmonaire', 'covid long',
  'rhinite allergique', 'sarcoïdose', 'silicose', 'asbestose', 'pleurésie', 'pneumothorax', 'asthme sévère',
];
const NEURO = [
  'épilepsie', 'sclérose en plaques', 'Parkinson', 'Alzheimer', 'démence', 'maladie de Charcot', 'sclérose latérale amyotrophique',
  'migraine', 'céphalée', 'traumatisme crânien', 'commotion cérébrale', 'neuropathie', 'polyneuropathie', 'paralysie', 'hémiplégie',
  'paraplégie', 'tétraplégie', 'hémiparésie', 'myopathie', 'dystrophie musculaire', 'fibromyalgie', 'syndrome de fatigue chronique',
  'fatigue chronique', 'narcolepsie', 'Gilles de la Tourette', 'syndrome de Gilles de la Tourette',
  'névralgie', 'névralgie cervico-brachiale', 'sciatique', 'cruralgie', 'vertige', 'syndrome de Ménière', 'hydrocéphalie', 'méningite',
  'encéphalite', 'dystonie', 'spina bifida', 'paralysie cérébrale', 'infirmité motrice cérébrale', 'tremblements essentiels',
  'maladie de Parkinson', "maladie d'Alzheimer", 'neuroborréliose', 'algoneurodystrophie', 'syndrome post-commotionnel',
  'névrite', 'névrome', 'AVC ischémique', 'hémorragie cérébrale', 'tumeur cérébrale', 'Charcot', 'syncope', 'convulsions', 'évanouissement',
  "s'est évanoui", "s'est évanouie", 'perte de connaissance', 'pertes de connaissance', 'forte myopie', 'long covid',
];
const CANCER = [
  'cancer', 'tumeur', 'leucémie', 'lymphome', 'maladie de Hodgkin', 'mélanome', 'métastase', 'carcinome', 'sarcome', 'myélome',
  'glioblastome', 'gliome', 'neuroblastome', 'adénocarcinome', 'néoplasie', 'tumeur maligne', 'tumeur bénigne', 'rémission',
  'rechute de son cancer', 'récidive de son cancer', 'polype', 'nodule', 'kyste', 'mastectomie', 'hystérectomie', 'cancer généralisé',
];
const INFECTIEUX = [
  'VIH', 'HIV', 'sida', 'séropositivité', 'hépatite', 'hépatite B', 'hépatite C', 'maladie de Lyme', 'Lyme', 'paludisme', 'zona',
  'infection sexuellement transmissible', 'infections sexuellement transmissibles', 'grippe', 'angine', 'syphilis', 'herpès',
  'chlamydia', 'septicémie', 'staphylocoque', 'bronchite', 'gastro-entérite', 'mononucléose', 'légionellose', 'listériose',
  'coqueluche', 'rougeole', 'varicelle', 'otite', 'sinusite', 'cystite', 'infection urinaire', 'pyélonéphrite',
  // tropical and travel diseases (DOM, newcomers)
  'chikungunya', 'chikungunia', 'chik', 'dengue', 'dengue hémorragique', 'zika', 'virus Zika', 'leptospirose', 'malaria', 'palu',
  'fièvre jaune', 'fièvre typhoïde', 'typhoïde', 'choléra', 'bilharziose', 'schistosomiase', 'filariose', 'leishmaniose',
  'trypanosomiase', 'amibiase', 'dysenterie', 'ciguatera', 'lèpre', 'fièvre Q', 'Ebola', 'fièvre Ebola', 'virus Ebola',
  'hépatite E', 'hépatite A', 'tuberculose pulmonaire', 'toxoplasmose', 'mpox', 'variole du singe',
];
const ENDOCRINE = [
  'diabète', 'hypothyroïdie', 'hyperthyroïdie', 'maladie de Basedow', 'thyroïdite de Hashimoto', 'Hashimoto', 'obésité', 'obésité morbide',
  "maladie d'Addison", 'syndrome de Cushing', 'goitre', 'hypoglycémie', 'hyperglycémie', 'acromégalie', 'diabète gestationnel',
  'anémie', 'lupus', 'sclérodermie', 'syndrome de Sjögren', 'maladie de Horton',
  'insuffisance surrénalienne', 'hémochromatose', 'goutte chronique', 'endométriose', 'ménopause', 'préménopause', 'SOPK',
  'syndrome des ovaires polykystiques', 'arthroscopie', 'anesthésie générale',
  'santé fragile', 'fragile de santé', 'santé précaire', 'mauvaise santé', 'état de santé dégradé', 'dégradation de son état de santé',
  'état de santé s’est dégradé', 'état de santé se dégrade',
];
const MUSCULO = [
  'hernie discale', 'hernie', 'lombalgie', 'lumbago', 'dorsalgie', 'cervicalgie', 'mal de dos', 'maux de dos',
  'troubles musculo-squelettiques', 'trouble musculo-squelettique', 'canal carpien', 'syndrome du canal carpien', 'tendinite',
  'tendinopathie', 'arthrose', 'arthrite', 'polyarthrite', 'polyarthrite rhumatoïde', 'spondylarthrite', 'spondylarthrite ankylosante',
  'ostéoporose', 'scoliose', 'rhumatisme', 'capsulite', 'épicondylite', 'bursite', 'ligaments croisés', 'coiffe des rotateurs',
  'discopathie', 'arthrodèse', 'hernie inguinale', 'algodystrophie', 'ostéoarthrite', 'tassement vertébral', 'tassement de vertèbres',
  'prothèse de hanche', 'prothèse du genou', 'prothèse de genou', 'prothèse totale de hanche', 'lésion du ménisque', 'ménisque',
  'sciatalgie', 'lombosciatique', 'lombo-sciatique', 'hernie cervicale', 'cervicarthrose', 'gonarthrose', 'coxarthrose',
  'périarthrite', 'syndrome de la coiffe', 'fasciite plantaire', 'épine calcanéenne', 'maux de tête', 'mal de tête',
];
const DIGESTIF = [
  'maladie de Crohn', 'Crohn', 'rectocolite hémorragique', 'rectocolite', 'recto-colite', 'recto-colite hémorragique', 'RCH', 'colite', 'côlon irritable', "syndrome de l'intestin irritable",
  'maladie cœliaque', 'intolérance au gluten', 'ulcère', 'reflux gastro-œsophagien', 'cirrhose', 'pancréatite', 'stomie', 'diverticulite',
  'gastrite', 'œsophagite', 'diagnostic médical', 'calculs rénaux', 'colique néphrétique', 'néphropathie', 'incontinence', 'hémorroïdes',
  'calculs biliaires', 'hépatite alcoolique', 'stéatose hépatique',
];
const PEAU = ['psoriasis', 'eczéma', 'dermatite atopique', 'dermatite', 'vitiligo', 'urticaire', 'maladie de Verneuil', 'hidradénite', 'dermatose', 'allergie cutanée'];
const SENSORIEL = [
  'cécité', 'DMLA', 'dégénérescence maculaire', 'glaucome', 'cataracte', 'rétinopathie', 'basse vision', 'surdité', 'acouphènes',
  'implant cochléaire', 'appareil auditif', 'appareils auditifs', 'prothèse auditive', 'prothèses auditives', 'daltonisme', 'strabisme',
  'kératocône', 'rétinite pigmentaire', "perte d'audition", 'perte de vision', 'perte de la vue', 'hypoacousie', 'presbyacousie',
  'canne blanche', "chien d'aveugle", 'chien guide', 'chien-guide', 'hyperacousie', 'amblyopie',
  'décollement de la rétine', 'décollement de rétine', 'uvéite', 'perdu un œil', 'perte d’un œil', 'borgne', 'perdu la vue',
  'perdu l’audition', 'poliomyélite', 'polio', 'bégaie', 'bégayer', 'bégaye',
  // lay wording of sensory loss
  'perte auditive', 'pertes auditives', 'baisse auditive', "baisse d'audition", "baisse de l'audition", "baisse de l'ouïe",
  "perte de l'ouïe", 'perte visuelle', 'pertes visuelles', 'baisse de la vue', 'baisse de vision', 'baisse visuelle', 'perte de vue',
  'surdité partielle', 'demi-sourd', 'sourd d’une oreille', 'sourde d’une oreille', 'aveugle d’un œil', 'perdu l’ouïe',
  // one eye or one ear: "vision monoculaire", "aveugle de l'œil gauche", "sourde de l'oreille droite"
  'cécité unilatérale', 'perte de vision d’un œil', 'perte de la vision d’un œil', 'perte de la vue d’un œil',
  'perdu la vue d’un œil', 'perdu la vision d’un œil', 'perdu l’audition d’une oreille', 'perte d’audition d’une oreille', 'perte auditive unilatérale',
  ...['droit', 'gauche'].flatMap((side) => [`aveugle de l’œil ${side}`, `perdu l’œil ${side}`, `perdu la vue de l’œil ${side}`]),
  ...['droite', 'gauche'].flatMap((side) => [`sourd de l’oreille ${side}`, `sourde de l’oreille ${side}`, `perdu l’audition de l’oreille ${side}`]),
  'malentendance', 'malvoyance', 'myope comme une taupe', 'très myope',
  // sight: medical names of the conditions and of the visual field losses
  'diplopie', 'hémianopsie', 'hémianopsie latérale homonyme', 'quadranopsie', 'héméralopie', 'cécité nocturne', 'achromatopsie', 'kératite',
  'névrite optique', 'neuropathie optique', 'atrophie optique', 'atrophie du nerf optique', 'rétinoblastome', 'maladie de Stargardt',
  'syndrome d’Usher', 'choriorétinite', 'maculopathie', 'œdème maculaire', 'trou maculaire', 'occlusion de la veine centrale de la rétine',
  'vision tubulaire', 'champ visuel réduit', 'champ visuel rétréci', 'rétrécissement du champ visuel', 'amputation du champ visuel',
  'monophtalmie', 'myopie forte', 'myopie sévère', 'fortement myope', 'très fortement myope', 'forte hypermétropie', 'basse vision sévère',
  'acuité visuelle réduite', 'acuité visuelle très faible', 'malvoyance profonde', 'cécité totale', 'cécité partielle', 'cécité légale',
  // hearing, balance, smell and taste
  'acouphène', 'surdité de perception', 'surdité de transmission', 'surdité profonde', 'surdité sévère', 'surdité brusque', 'surdité bilatérale',
  'surdité unilatérale', 'cophose', 'labyrinthite', 'névrite vestibulaire', 'maladie de Ménière', 'troubles vestibulaires', 'trouble vestibulaire',
  'neurinome de l’acoustique', 'anosmie', 'agueusie', 'perte de l’odorat', 'perte du goût et de l’odorat', 'perdu l’odorat', 'aide auditive',
  'aides auditives', 'implants cochléaires', 'implanté cochléaire', 'implantée cochléaire',
  ...['appareillé', 'appareillée', 'appareillés', 'appareillées'].flatMap((a) => [`${a} des deux oreilles`, `${a} d’une oreille`, `${a} de l’oreille droite`, `${a} de l’oreille gauche`, `${a} des deux côtés`]),
];
/** Sensory loss as a negated verb: "n'entend plus de l'oreille gauche", "ne voit presque plus de l'œil droit". */
const SENSORY_LOSS: string[] = [];
for (const [verbs, tails] of [
  [["n'entend", "n'entendait", "n'entendra", "n'entendent"], ["de l'oreille", "de l'oreille droite", "de l'oreille gauche", "d'une oreille", 'des deux oreilles', 'bien', 'très bien', 'rien']],
  // not "ne voit plus bien l'intérêt", "ne voit plus rien d'autre": the eye must be named
  [['ne voit', 'ne voyait', 'ne verra', 'ne voient', "n'y voit", "n'y voyait"], ["de l'œil", "de l'œil droit", "de l'œil gauche", "d'un œil", 'des deux yeux', 'de près', 'de loin']],
] as Array<[string[], string[]]>) {
  for (const v of verbs) for (const adv of ['plus', 'presque plus', 'pratiquement plus', 'quasiment plus', 'quasi plus', 'plus du tout']) for (const t of tails) {
    if (t === 'rien' && adv !== 'plus') continue;
    SENSORY_LOSS.push(`${v} ${adv} ${t}`);
  }
}
/** Abstinence by negation and a time span: "n'a pas touché un verre depuis…", "ne touche plus à l'alcool". */
const ABSTINENCE: string[] = [];
for (const drink of ['un verre', 'une goutte', 'une goutte d’alcool', 'un verre d’alcool', 'une bouteille', 'à l’alcool', 'à la bouteille', 'à l’alcool fort', 'à la drogue', 'au cannabis', 'un joint', 'à la boisson']) {
  // "pas" needs the time span (he drank before); "plus" says it alone
  for (const v of ['touché', 'bu', 'retouché']) {
    if (v === 'bu' && drink.startsWith('à')) continue;
    ABSTINENCE.push(`pas ${v} ${drink} depuis`, `plus ${v} ${drink}`, `jamais ${v} ${drink} depuis`);
  }
  if (drink.startsWith('à')) ABSTINENCE.push(`ne touche plus ${drink}`, `ne touchait plus ${drink}`, `ne touche plus du tout ${drink}`);
}
for (const v of ['bu', 'consommé']) ABSTINENCE.push(`pas ${v} d’alcool depuis`, `plus ${v} d’alcool depuis`, `pas ${v} une goutte d’alcool depuis`);
/** Everyday wording of a weak body part: "dos fragile", "genoux usés", "épaule bloquée" (a body-part head + this state). */
const BODY_STATES = ['fragile', 'abîmé', 'usé', 'douloureux', 'bloqué', 'esquinté', 'déglingué', 'détruit', 'malade', 'enflé', 'gonflé', 'opéré', 'raide', 'en compote', 'en vrac', 'en mauvais état', 'qui lâche', 'qui lâchent'];
/** Body parts that take such a state ("colonne", "tête", "main", "vue" have other senses: "main fragile" of a market is rare but "tête dure" is not health). */
const BODY_HEADS = ['dos', 'genou', 'genoux', 'épaule', 'hanche', 'cheville', 'poignet', 'coude', 'cœur', 'poumon', 'poumons', 'jambe', 'pied',
  'bras', 'nuque', 'cervicales', 'lombaires', 'articulations', 'tendon', 'tendons', 'ménisque', 'ménisques', 'rein', 'reins', 'estomac',
  'intestins', 'vertèbres', 'rotule', 'colonne vertébrale', 'yeux', 'oreilles', 'bronches', 'hanches', 'épaules', 'chevilles', 'poignets', 'coudes', 'jambes', 'pieds'];
/** Inability with a body part: "ne peut plus lever le bras droit", "n'arrive plus à plier le genou" (the rule checks the inability before). */
const MOTION_VERBS = ['lever', 'plier', 'bouger', 'tourner', 'serrer', 'fermer', 'tendre', 'fléchir', 'mobiliser', 'soulever', 'redresser'];
/** "ne reconnaît plus …": the rule requires a person as object ("personne", "ses enfants", "les siens"), or a clitic "nous" / "me". */
const DEMENTIA: string[] = [];
for (const v of ['reconnaît', 'reconnaissait', 'reconnaîtra', 'reconnaissent', 'reconnaissaient']) {
  for (const adv of ['plus', 'même plus', 'presque plus', 'pratiquement plus', 'plus du tout']) DEMENTIA.push(`ne ${v} ${adv}`, `ne nous ${v} ${adv}`, `ne me ${v} ${adv}`);
}
/** Pregnancy by euphemism: "attend son deuxième", "attendent leur troisième enfant" (the rule checks what follows). */
const PREGNANCY_ORDINAL: string[] = [];
for (const v of ['attend', 'attendait', 'attendent', 'attendra', 'attendaient']) for (const d of ['son', 'leur', 'un', 'le']) {
  for (const o of ['premier', 'deuxième', 'second', 'troisième', 'quatrième', 'cinquième', '2e', '3e', '4e', '2ème', '3ème', '4ème', '2nd']) PREGNANCY_ORDINAL.push(`${v} ${d} ${o}`);
}
const PSY = [
  'dépression', 'burn-out', 'burnout', 'burn out', 'épuisement professionnel', 'trouble anxieux', "crise d'angoisse", 'attaque de panique',
  'crise de panique', 'trouble panique', 'phobie sociale', 'agoraphobie', 'claustrophobie', 'idées noires', 'idées suicidaires',
  'pensées suicidaires', 'pensées noires', 'tentative de suicide', 'geste suicidaire', 'suicide', 'trouble bipolaire', 'troubles bipolaires', 'schizophrénie',
  'psychose', 'trouble de la personnalité', 'troubles de la personnalité', 'personnalité borderline', 'trouble borderline', 'état limite',
  'troubles obsessionnels compulsifs', 'trouble obsessionnel compulsif', 'trouble obsessionnel-compulsif', 'trouble du déficit de l’attention',
  "déficit de l'attention", 'hyperactivité', 'autisme', 'trouble du spectre autistique', "trouble du spectre de l'autisme",
  "syndrome d'Asperger", 'Asperger', 'anorexie', 'anorexie mentale', 'boulimie', 'hyperphagie', 'troubles du comportement alimentaire',
  'trouble du comportement alimentaire', 'stress post-traumatique', 'syndrome de stress post-traumatique', 'état de stress post-traumatique',
  'choc post-traumatique', 'traumatisme psychologique', 'psychotraumatisme', 'décompensation', 'maladie mentale', 'maladie psychique',
  'dépression post-partum', 'insomnie', 'troubles du sommeil', 'trouble du sommeil', 'surmenage', 'hypocondrie',
  // body-focused repetitive and hoarding disorders: "une trichotillomanie", "une accumulation compulsive au domicile"
  'trichotillomanie', 'dermatillomanie', 'trouble d’excoriation', 'onychophagie sévère', 'kleptomanie', 'syllogomanie', 'syndrome de Diogène',
  'accumulation compulsive', 'accumulation pathologique', 'thésaurisation compulsive', 'thésaurisation pathologique', 'trouble d’accumulation',
  'trouble de thésaurisation', 'accumulation compulsive d’objets',
  'trouble dissociatif', 'scarification', 'automutilation', 'troubles psychiques', 'épisode dépressif', 'syndrome dépressif',
  'état dépressif', 'dépression nerveuse', 'tétanie', 'spasmophilie', 'psychose maniaco-dépressive',
  'névrose obsessionnelle', 'phobie scolaire', 'crise suicidaire', 'bouffée délirante', 'délire paranoïaque',
  'troubles anxio-dépressifs', 'trouble anxio-dépressif', 'syndrome anxio-dépressif', 'état anxio-dépressif', 'dépression chronique',
  'grosse dépression', 'grave dépression', 'profonde dépression', 'sévère dépression', 'anxiété généralisée', 'anxiété sociale',
  'trouble de stress post-traumatique', 'mutisme sélectif', 'phobie', 'délire de persécution', 'hallucinations', 'entend des voix',
  'soins sous contrainte', 'éthylisme', 'binge drinking', 'internée', 'internées', 'en phase terminale', 'en fin de vie', 'trouble de l’humeur', 'troubles de l’humeur', 'troubles du comportement',
  'électrochocs', 'sismothérapie',
  // eating disorders told as behaviour
  'se fait vomir', 'se faisait vomir', 'se faire vomir', 'se font vomir', "s'est fait vomir", 'se force à vomir', 'se forçait à vomir',
  'vomissements provoqués', 'vomissements volontaires', "refuse de s'alimenter", "refusait de s'alimenter", "ne s'alimente plus",
  "ne s'alimentait plus", "ne s'alimente presque plus", 'se prive de nourriture', 'compulsions alimentaires', 'accès hyperphagiques',
  'psychotrauma', 'psycho-trauma', 'psychotraumas', 'trauma psychique', 'traumatisme psychique', 'traumatisme complexe',
  'trouble psychotraumatique', 'syndrome psychotraumatique', 'stress post-trauma', 'psychotraumatisé',
];
const ADDICTION = [
  'addiction', 'alcoolisme', 'toxicomanie', 'alcoolodépendance', 'toxicodépendance', "dépendance à l'alcool", 'dépendance aux drogues',
  'dépendance à la drogue', 'dépendance au cannabis', 'dépendance aux jeux', 'dépendance au jeu', 'dépendance aux opiacés',
  'dépendance au tabac', 'addiction aux jeux', 'addiction au jeu', "addiction à l'alcool", 'addiction aux drogues', 'addiction au cannabis',
  'addiction au tabac', "problème avec l'alcool", "problèmes avec l'alcool", 'problème avec la drogue', "consommation d'alcool",
  "consommation excessive d'alcool", 'consommation de cannabis', 'consommation de drogues', 'consommation de drogue',
  'consommation de stupéfiants', 'consommation de produits', "abus d'alcool", 'alcoolisation', 'ivresse', "état d'ébriété",
  "état d'ivresse", 'cannabis', 'cocaïne', 'ecstasy', 'MDMA', 'kétamine', 'amphétamines', 'opiacés', 'sevrage', 'sevrage alcoolique',
  'sevrage tabagique', 'cure de désintoxication', 'cure de sevrage', 'désintoxication', 'désintox', 'post-cure', 'postcure',
  'abstinence', 'CSAPA', 'CAARUD', 'Alcooliques anonymes', 'Narcotiques anonymes', 'méthadone', 'Subutex',
  'buprénorphine', 'traitement de substitution', 'tabagisme', 'polytoxicomanie', 'polyaddiction',
  "dépendance à l'héroïne", 'addiction à la cocaïne', 'consommation de cocaïne', 'consommation d’héroïne', 'addiction aux écrans',
  'addiction aux jeux vidéo', 'addiction aux jeux d’argent', 'jeu pathologique', 'coma éthylique', 'delirium tremens',
  'arrêté l’alcool', 'arrêter l’alcool', 'sevré de l’alcool', 'sevrée de l’alcool',
  'arrêté la boisson', 'arrêter la boisson', 'arrête la boisson', 'cessé l’alcool', 'cesser l’alcool',
  'dépendant à l’alcool', 'dépendante à l’alcool', 'dépendant aux drogues', 'dépendante aux drogues', 'dépendance aux médicaments',
];
/** Drinking as a habit, stopped or excessive: "a arrêté de boire", "a cessé de boire", "boit trop". */
const DRINKING = [
  'arrêté de boire', 'arrêter de boire', 'arrête de boire', 'arrêtée de boire', 'cessé de boire', 'cesser de boire', 'cesse de boire',
  'ne boit plus', 'ne buvait plus', 'boit trop', 'buvait trop', 'boit beaucoup', 'buvait beaucoup', 'boire trop',
];
/** What else one drinks: "boit beaucoup d'eau sur le chantier", "a arrêté de boire du café". */
const SOFT_DRINKS = [
  'd’eau', 'de l’eau', 'du café', 'de café', 'de cafés', 'du thé', 'de thé', 'du soda', 'de soda', 'des sodas', 'de sodas', 'du coca',
  'de coca', 'du lait', 'de lait', 'du jus', 'de jus', 'de jus de fruits', 'des boissons sucrées', 'de boissons sucrées', 'des boissons énergisantes',
  'de boissons énergisantes', 'de boissons gazeuses', 'des boissons gazeuses', 'de sucre', 'en mangeant', 'pendant les repas', 'en travaillant',
];
const TRAITEMENT = [
  'antidépresseur', 'anxiolytique', 'neuroleptique', 'antipsychotique', "régulateur d'humeur", "régulateurs de l'humeur", 'thymorégulateur', 'benzodiazépine', 'somnifère', 'psychotrope', 'calmant', 'antalgique', 'antidouleur', 'anti-douleur', 'morphine',
  'opioïde', 'tramadol', 'codéine', 'corticoïde', 'cortisone',
  // corticosteroids by molecule and brand: "ses prises d'hydrocortisone", "sous Célestène"
  'hydrocortisone', 'fludrocortisone', 'méthylprednisolone', 'dexaméthasone', 'bétaméthasone', 'Célestène', 'Dectancyl', 'Solumédrol',
  'Diprostène', 'Kenacort', 'triamcinolone', 'budésonide', 'Entocort', 'Pulmicort', 'corticostéroïde', 'glucocorticoïde',
  'anticoagulant', 'antiépileptique', 'antirétroviral', 'trithérapie',
  'insuline', 'pompe à insuline', 'chimiothérapie', 'chimio', 'chimiothé', 'radiothérapie', 'radiothé', 'radio-thérapie', 'rayothérapie', 'curiethérapie', 'immunothérapie', 'hormonothérapie',
  'corticothérapie', 'biothérapie', 'bêtabloquant', 'antihypertenseur', 'EMDR', 'Xanax', 'Lexomil', 'Prozac', 'Deroxat', 'Valium', 'Seroplex', 'Ritaline', 'Levothyrox', 'Lyrica',
  'Laroxyl', 'Tercian', 'Risperdal', 'Abilify', 'Zoloft', 'Effexor', 'Stilnox', 'Imovane', 'Temesta', 'Atarax', 'Zyprexa', 'Depakine',
  'Dépakote', 'Lamictal', 'Skenan', 'Lamaline', 'Concerta', 'traitement médicamenteux', 'traitement médical', 'traitement de fond',
  'traitement antalgique', 'traitement antidouleur', 'traitement anti-douleur', 'traitement hormonal', 'traitement antirétroviral',
  'traitement anticancéreux', 'traitement contre le cancer', 'traitement à vie', 'traitement psychiatrique', 'traitement psychotrope',
  'traitement anxiolytique', 'traitement antidépresseur', 'traitement neuroleptique', 'traitement lourd', 'traitement chronique',
  'traitement immunosuppresseur', 'immunosuppresseur', 'séances de dialyse', 'dialysé', 'dialysée', 'transplantation', 'transplanté',
  'transplantée', 'kinésithérapie', 'séances de kiné', 'séances de kinésithérapie', 'rééducation', 'physiothérapie', 'ergothérapie',
  'orthophonie', 'séances d’orthophonie', 'balnéothérapie', 'cure thermale', 'soins palliatifs', 'psychothérapie', 'thérapie',
  'thérapie cognitivo-comportementale', 'oxygénothérapie', 'sous oxygène', 'sous perfusion', 'perfusion', 'électroconvulsivothérapie',
  'ordonnance de psychotropes', 'pilulier',
  // emergency kits and devices carried every day reveal the condition (allergy, diabetes, asthma)
  "stylo d'adrénaline", 'stylo adrénaline', "stylo auto-injecteur d'adrénaline", 'stylo auto-injecteur', 'stylo auto-injectable',
  'auto-injecteur', "auto-injecteur d'adrénaline", "seringue d'adrénaline", "kit d'adrénaline", 'Anapen', 'Epipen', 'Jext', 'Emerade',
  'stylo à insuline', "stylo d'insuline", 'stylo-injecteur', 'glucagon', 'kit de glucagon', 'glucomètre', 'bandelettes de glycémie',
  'inhalateur', 'inhalateur de Ventoline', 'spray de Ventoline', 'pompe de Ventoline', 'pompe pour l’asthme', "chambre d'inhalation", 'nébuliseur',
];
const SOINS = [
  'hospitalisation', 'séjour à l’hôpital', 'séjour hospitalier', 'sortie de l’hôpital', 'sortie d’hospitalisation', "sortie d'hôpital",
  'sort de l’hôpital', 'sorti de l’hôpital', 'sortie de l’hôpital', "est à l'hôpital", "était à l'hôpital", 'admis à l’hôpital',
  'admise à l’hôpital', 'admis aux urgences', 'admise aux urgences', 'passage aux urgences', 'transporté aux urgences',
  'transportée aux urgences', 'conduit aux urgences', 'conduite aux urgences', 'hospitalisé en urgence', 'hospitalisée en urgence',
  'en réanimation', 'coma', 'soins intensifs', 'convalescence', 'post-opératoire', 'postopératoire',
  'opération chirurgicale', 'intervention chirurgicale', 'interventions chirurgicales', 'se faire opérer', "s'est fait opérer",
  'fait opérer', 'faire opérer', 'subi une opération', 'subir une opération', 'subi une intervention', 'subir une intervention',
  'grosse opération', 'lourde opération', 'lourde intervention', 'amputation', 'mastectomie', 'césarienne', 'chirurgie bariatrique',
  'anneau gastrique', 'sleeve', 'internement', 'hospitalisation sous contrainte', 'hospitalisation d’office', 'soins sans consentement',
  'hospitalisé à la demande d’un tiers', 'séjour en psychiatrie', 'hospitalisé à domicile', 'hospitalisée à domicile',
  'fauteuil roulant', 'fauteuil électrique', 'en fauteuil', 'béquilles', 'canne anglaise', 'déambulateur', 'se déplace avec une canne',
  'marche avec une canne', 'marche avec des béquilles',
  'greffe de rein', 'greffe du rein', 'greffe de moelle', 'greffe de moelle osseuse', 'greffe du foie', 'greffe du cœur',
  'greffe de cornée', 'greffe de poumon', 'greffée', 'greffées', 'greffé du rein', 'greffée du rein', 'greffé du cœur', 'greffé du foie', 'greffé de la moelle',
];
const HANDICAP = [
  'polyhandicap', 'situation de handicap', 'handicap invisible', 'handicap physique', 'handicap lourd', 'handicap psychique',
  'handicap mental', 'handicap moteur', 'handicap visuel', 'handicap auditif', 'handicap cognitif', 'handicap sensoriel',
  'handicap intellectuel', 'porteur de handicap', "porteur d'un handicap",
  "porteuse d'un handicap", "porteurs d'un handicap", "atteint d'un handicap", "atteinte d'un handicap", 'infirmité', 'déficience intellectuelle',
  'retard mental', 'retard intellectuel', 'mobilité réduite', 'à mobilité réduite', 'nanisme', 'amputation', 'prothèse', 'orthèse',
  'fauteuil roulant', 'paralysie', 'déficience motrice', 'déficience visuelle', 'déficience auditive', 'déficit auditif', 'déficit visuel',
  'handicap de naissance', 'handicapé de naissance', 'handicapée de naissance', 'lourdement handicapé', 'lourdement handicapée',
];
const DYS = [
  'dyslexie', 'dyspraxie', 'dyscalculie', 'dysorthographie', 'dysphasie', 'dysgraphie', 'troubles dys', 'trouble dys',
  'troubles des apprentissages', "troubles de l'apprentissage", "trouble de l'apprentissage", 'troubles du langage', 'trouble du langage',
  'bégaiement', 'TDAH', 'dyspraxie visuo-spatiale', 'haut potentiel avec troubles',
];
const GROSSESSE = [
  'grossesse', 'accouchement', 'fausse couche', 'interruption volontaire de grossesse', 'interruption de grossesse',
  'interruption médicale de grossesse', 'avortement', 'procréation médicalement assistée', 'fécondation in vitro', 'parcours PMA',
  'parcours de PMA', 'insémination', 'insémination artificielle', 'infertilité', 'stérilité', 'grossesse à risque',
  'grossesse pathologique', 'congé pathologique', 'post-partum', 'attend un bébé', 'attend un enfant', 'attendent un enfant',
  ...['attend', 'attendait', 'attendent', 'attendra', 'attendaient', 'attendre'].flatMap((v) => ['des jumeaux', 'des jumelles', 'des triplés', 'des triplées', 'des quadruplés', 'un heureux événement'].map((o) => `${v} ${o}`)),
  'mois de grossesse', 'semaines de grossesse', 'échographie', 'diagnostic prénatal',
  'amniocentèse', 'bébé en route', 'future maman', 'heureux événement', 'naissance prévue', 'naissance attendue', 'accouché', 'accouchée', 'accoucher', 'accouche', 'accouchera',
  'menace d’accouchement prématuré', 'grossesse gémellaire', 'grossesse extra-utérine', 'stimulation ovarienne', 'don d’ovocytes',
  // complications of pregnancy: "une prééclampsie sévère", "un hématome rétroplacentaire"
  'prééclampsie', 'pré-éclampsie', 'éclampsie', 'syndrome HELLP', 'HELLP syndrome', 'toxémie gravidique', 'hypertension gravidique',
  'cholestase gravidique', 'hyperémèse gravidique', 'vomissements gravidiques', 'placenta praevia', 'placenta prævia', 'hématome rétroplacentaire',
  'menace de fausse couche', 'rupture prématurée des membranes', 'grossesse arrêtée', 'hémorragie de la délivrance', 'hémorragie du post-partum',
  // fertility care: the steps of IVF, sperm and egg tests, egg freezing
  'ponction ovocytaire', 'ponction d’ovocytes', 'ponction des ovocytes', 'recueil d’ovocytes', 'transfert d’embryon', 'transfert d’embryons',
  'transfert embryonnaire', 'réimplantation embryonnaire', 'transfert d’embryon congelé', 'FIV-ICSI', 'fécondation in vitro avec ICSI',
  'induction de l’ovulation', 'stimulation ovarienne contrôlée', 'insémination intra-utérine', 'insémination avec donneur', 'spermogramme',
  'bilan de fertilité', 'bilan d’infertilité', 'bilan d’AMP', 'hystérosalpingographie', 'réserve ovarienne', 'congélation d’ovocytes',
  'congélation des ovocytes', 'autoconservation ovocytaire', 'autoconservation des ovocytes', 'vitrification ovocytaire', 'préservation de la fertilité',
  'assistance médicale à la procréation', 'tentative de FIV', 'échec de FIV',
];

/** Adjectives (feminine and plural generated): "asthmatique", "dépressive", "malvoyants". */
const ADJECTIVES: Array<[string, string[]]> = [
  ['pathologie', [
    'asthmatique', 'diabétique', 'épileptique', 'cancéreux', 'hémiplégique', 'paraplégique', 'tétraplégique', 'insulinodépendant',
    'séropositif', 'hypertendu', 'immunodéprimé', 'arthrosique', 'parkinsonien', 'cardiaque', 'obèse', 'migraineux',
    'convalescent', 'alité', 'dialysé', 'amputé', 'hospitalisé', 'paralysé', 'myopathe', 'lombalgique', 'narcoleptique',
    'cœliaque', 'insuffisant rénal', 'insuffisant cardiaque', 'insuffisant respiratoire', 'diabétique insulinodépendant',
    'daltonien', 'fibromyalgique', 'polyarthritique', 'anémié', 'sous-alimenté', 'stomisé', 'intubé', 'perfusé', 'appareillé',
  ]],
  ['psy', [
    'dépressif', 'bipolaire', 'schizophrène', 'psychotique', 'autiste', 'anorexique', 'boulimique', 'suicidaire', 'déprimé',
    'maniaco-dépressif', 'anxio-dépressif', 'asperger', 'phobique', 'décompensé', 'interné', 'psychiatrisé',
  ]],
  ['addiction', ['alcoolique', 'toxicomane', 'alcoolisé', 'alcoolo-dépendant', 'alcoolodépendant', 'toxicodépendant', 'abstinent', 'sevré', 'éthylique', 'ivre']],
  ['handicap', ['handicapé', 'malvoyant', 'malentendant', 'sourd', 'aveugle', 'infirme', 'polyhandicapé', 'déficient visuel', 'déficient auditif', 'déficient intellectuel', 'muet',
    'amblyope', 'strabique', 'monophtalme', 'hypoacousique', 'mal-entendant', 'mal-voyant', 'sourd profond', 'achromate', 'héméralope']],
  ['dys', ['dyslexique', 'dyspraxique', 'dyscalculique', 'dysorthographique', 'dysphasique', 'dysgraphique', 'bègue']],
];
/** Adjectives that are ordinary words in some senses: they need a person in the sentence. */
const ADJ_PERSON = new Set(['handicappe', 'cardiaque', 'allergique', 'paralyse', 'sourd', 'aveugle', 'muet', 'infirme', 'handicape', 'ivre', 'abstinent', 'sevre', 'phobique', 'deprime', 'appareille']);
/** Adjectives that collide with common words once folded ("interné" = "interne"): left out. */
const ADJ_SKIP = new Set(['interne']);

/**
 * Feminine of a folded adjective. lexicon.ts `feminize` works on folded words, where "handicapé"
 * has become "handicape" and looks feminine already; participles in -é are listed here.
 */
const E_ACUTE = new Set<string>();
function fem(w: string): string {
  if (E_ACUTE.has(w)) return w + 'e';
  if (w === 'moteur') return 'motrice';
  return feminize(w);
}

/** Lemmas of the adjective entries: after a noun ("sa fille handicapée") the fix removes them. */
export const ADJECTIVE_LEMMAS = new Set<string>();

function adjectiveEntries(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [family, list] of [...ADJECTIVES, ...MORE_ADJECTIVES, ...MISSPELLED_ADJ]) {
    for (const a of list) {
      const f = fold(a);
      if (ADJ_SKIP.has(f)) continue;
      ADJECTIVE_LEMMAS.add(a);
      for (const w of a.split(/[\s-]+/)) if (w.endsWith('é')) E_ACUTE.add(fold(w));
      const parts = f.split(/[\s-]+/);
      // inflect only the last word of a compound ("insuffisant rénal" inflects both; "maniaco-dépressif" the last)
      const forms = new Set<string>();
      const agree = (fn: (w: string) => string) => (a.includes('-') ? [...parts.slice(0, -1), fn(parts[parts.length - 1])] : parts.map(fn)).join(' ');
      forms.add(agree((w) => w));
      forms.add(agree(pluralize));
      forms.add(agree(fem));
      forms.add(agree((w) => pluralize(fem(w))));
      const mode = ADJ_PERSON.has(f) ? ':p' : '';
      out.push({ lemma: a, forms: [...forms], tag: family + mode });
    }
  }
  // irregular forms the generator cannot make
  for (const l of ['non-voyant', 'sourd-muet']) ADJECTIVE_LEMMAS.add(l);
  out.push({ lemma: 'non-voyant', forms: ['non-voyante', 'non-voyants', 'non-voyantes', 'non voyant', 'non voyante', 'non voyants', 'non voyantes'], tag: 'handicap' });
  out.push({ lemma: 'sourd-muet', forms: ['sourde-muette', 'sourds-muets', 'sourdes-muettes'], tag: 'handicap' });
  out.push({ lemma: 'trisomique', tag: 'bloc' });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Head + continuation: "problème cardiaque", "troubles du sommeil", "cancer du sein",
// "douleurs à l'épaule", "mal de dos", "crise d'asthme". The head words are lexicon entries; what
// may follow them is checked by the rule against the small token tries below (`continuation`), so
// thousands of combinations cost a few hundred trie nodes instead of tens of thousands of terms.

/**
 * A set of token sequences, matched longest-first from a token position. Its terms are split and
 * inserted at its first lookup: a process that never asks about a head word (a one-file
 * `cadre lint`, a page) does not pay for building its thousands of combinations.
 */
export class SeqSet {
  private root = new Map<string, SeqNode>();
  private pending: Array<string | string[]> = [];
  add(seq: string[]): void {
    this.pending.push(seq);
  }
  addTerm(term: string): void {
    this.pending.push(term);
  }
  private insert(seq: string[]): void {
    let map = this.root;
    let node: SeqNode | undefined;
    for (const t of seq) {
      node = map.get(t);
      if (!node) { node = { end: false, next: new Map() }; map.set(t, node); }
      map = node.next;
    }
    if (node) node.end = true;
  }
  /** Length of the longest sequence starting at `at` (0 when none), tokens given by `tok(k)`. */
  longest(tok: (k: number) => string | undefined, at: number): number {
    if (this.pending.length) {
      for (const x of this.pending) this.insert(typeof x === 'string' ? termTokens(x) : x);
      this.pending = [];
    }
    let map = this.root;
    let best = 0;
    for (let k = at; ; k++) {
      const t = tok(k);
      if (t === undefined) break;
      const node = map.get(t);
      if (!node) break;
      if (node.end) best = k - at + 1;
      map = node.next;
    }
    return best;
  }
}
interface SeqNode { end: boolean; next: Map<string, SeqNode> }

const ORGAN_ADJ = [
  'cardiaque', 'respiratoire', 'pulmonaire', 'rénal', 'hépatique', 'digestif', 'intestinal', 'gastrique', 'neurologique', 'articulaire',
  'musculaire', 'osseux', 'dorsal', 'lombaire', 'cervical', 'vertébral', 'auditif', 'visuel', 'oculaire', 'ophtalmologique',
  'dermatologique', 'cutané', 'gynécologique', 'urinaire', 'vasculaire', 'cardiovasculaire', 'cardio-vasculaire', 'circulatoire',
  'thyroïdien', 'hormonal', 'endocrinien', 'immunitaire', 'auto-immun', 'sanguin', 'cognitif', 'moteur', 'sensoriel', 'neuromusculaire',
  'orthopédique', 'rhumatismal', 'rhumatologique', 'infectieux', 'cancéreux', 'tumoral', 'oncologique', 'neurodégénératif',
  'métabolique', 'médical', 'neuropsychologique', 'cérébral', 'coronarien', 'rachidien', 'cardio-respiratoire', 'physique',
];
const PSY_ADJ = [
  'psychologique', 'psychiatrique', 'psychique', 'mental', 'anxieux', 'dépressif', 'anxio-dépressif', 'psychotique', 'bipolaire',
  'obsessionnel', 'alimentaire', 'addictif', 'psychosomatique', 'post-traumatique', 'suicidaire', 'psy', 'psychoaffectif',
  'neuropsychiatrique', 'psychopathologique', 'addictologique',
];
const GRAVE_ADJ = ['chronique', 'systémique', 'grave', 'rare', 'orphelin', 'évolutif', 'invalidant', 'dégénératif', 'incurable', 'auto-immun', 'longue durée', 'lourd', 'sévère', 'neuropathique', 'persistant'];

/** Every agreement of an adjective, as folded text ("rénal" → rénal, rénale, rénaux, rénales). */
function agreements(a: string): string[] {
  const f = fold(a);
  if (f === 'psy' || f.includes(' ')) return [f];
  const parts = f.split('-');
  const last = parts[parts.length - 1];
  const fe = a.endsWith('é') ? last + 'e' : last === 'moteur' ? 'motrice' : feminize(last);
  return [last, pluralize(last), fe, pluralize(fe)].map((w) => [...parts.slice(0, -1), w].join('-'));
}
function qualifiers(list: string[], not: string[] = []): SeqSet {
  const q = new SeqSet();
  for (const a of list) if (!not.includes(a)) for (const form of agreements(a)) q.addTerm(form);
  return q;
}

type Art = 'm' | 'f' | 'v' | 'p';
const ORGANS: Array<[string, Art]> = [
  ['sein', 'm'], ['poumon', 'm'], ['foie', 'm'], ['pancréas', 'm'], ['côlon', 'm'], ['rein', 'm'], ['cerveau', 'm'], ['cœur', 'm'],
  ['dos', 'm'], ['cou', 'm'], ['genou', 'm'], ['coude', 'm'], ['poignet', 'm'], ['pied', 'm'], ['bras', 'm'], ['ménisque', 'm'],
  ['canal carpien', 'm'], ['sang', 'm'], ['rectum', 'm'], ['larynx', 'm'], ['pharynx', 'm'], ['tendon', 'm'], ['talon', 'm'],
  ['ventre', 'm'], ['thorax', 'm'], ['crâne', 'm'], ['cartilage', 'm'], ['nerf sciatique', 'm'], ['système nerveux', 'm'],
  ['tympan', 'm'], ['nez', 'm'], ['doigt', 'm'], ['pouce', 'm'], ['orteil', 'm'], ['mollet', 'm'], ['tibia', 'm'], ['fémur', 'm'],
  ['col du fémur', 'm'], ['testicule', 'm'], ['péroné', 'm'], ['rachis', 'm'], ['coccyx', 'm'], ['ligament croisé', 'm'],
  ['tendon d’Achille', 'm'], ['myocarde', 'm'], ['col de l’utérus', 'm'], ['sacrum', 'm'], ['plexus brachial', 'm'], ['pancréas', 'm'],
  ['prostate', 'f'], ['thyroïde', 'f'], ['vessie', 'f'], ['hanche', 'f'], ['cheville', 'f'], ['main', 'f'], ['jambe', 'f'],
  ['colonne', 'f'], ['colonne vertébrale', 'f'], ['gorge', 'f'], ['peau', 'f'], ['moelle épinière', 'f'], ['moelle osseuse', 'f'],
  ['vésicule', 'f'], ['vésicule biliaire', 'f'], ['rétine', 'f'], ['cornée', 'f'], ['mâchoire', 'f'], ['nuque', 'f'], ['cuisse', 'f'],
  ['clavicule', 'f'], ['rotule', 'f'], ['vue', 'f'], ['tête', 'f'], ['vertèbre', 'f'], ['coiffe des rotateurs', 'f'],
  ['poitrine', 'f'], ['plèvre', 'f'], ['rate', 'f'], ['hypophyse', 'f'], ['glande thyroïde', 'f'],
  ['épaule', 'v'], ['utérus', 'v'], ['œil', 'v'], ['oreille', 'v'], ['estomac', 'v'], ['ovaire', 'v'], ['intestin', 'v'],
  ['œsophage', 'v'], ['avant-bras', 'v'], ['abdomen', 'v'], ['aorte', 'v'], ['appendice', 'v'], ['oreille interne', 'v'], ['omoplate', 'v'],
  ['yeux', 'p'], ['oreilles', 'p'], ['reins', 'p'], ['poumons', 'p'], ['genoux', 'p'], ['intestins', 'p'], ['ovaires', 'p'], ['os', 'p'],
  ['ligaments', 'p'], ['ligaments croisés', 'p'], ['vertèbres', 'p'], ['hanches', 'p'], ['épaules', 'p'], ['jambes', 'p'], ['mains', 'p'],
  ['pieds', 'p'], ['bronches', 'p'], ['sinus', 'p'], ['articulations', 'p'], ['cervicales', 'p'], ['lombaires', 'p'], ['dents', 'p'],
  ['poignets', 'p'], ['chevilles', 'p'], ['coudes', 'p'], ['tendons', 'p'], ['cordes vocales', 'p'], ['ménisques', 'p'],
];
const DE: Record<Art, string> = { m: 'du', f: 'de la', v: "de l'", p: 'des' };
const A: Record<Art, string> = { m: 'au', f: 'à la', v: "à l'", p: 'aux' };
/** "du dos", "de l'épaule", "des genoux": also read by the rule after "souffre". */
export const ORGAN_DE = new SeqSet();
const ORGAN_A = new SeqSet();
/** "le poignet", "la cheville", "l'épaule" after "s'est cassé", "s'est fracturé" (not "la tête": "se casser la tête"). */
const ORGAN_LE = new SeqSet();
/** Single-word body parts ("bras", "jambe", "genoux"): "le bras dans le plâtre", "la jambe plâtrée". */
export const ORGAN_NOUNS = new Set<string>();
// no space after an elided article: "de l'épaule" is the tokens "de", "l'", "epaule"
const join = (prep: string, word: string) => (prep.endsWith("'") ? prep + word : `${prep} ${word}`);
/** A count of fingers or toes, or their tips: "de deux doigts", "de plusieurs orteils", "au bout des doigts". */
const ORGAN_COUNT = new SeqSet();
for (const organ of ['doigts', 'orteils']) {
  for (const q of ['deux', 'trois', 'quatre', 'plusieurs', 'certains']) ORGAN_COUNT.addTerm(`de ${q} ${organ}`);
  ORGAN_COUNT.addTerm(`au bout des ${organ}`);
}
for (const [organ, art] of ORGANS) {
  ORGAN_DE.addTerm(join(DE[art], organ));
  ORGAN_A.addTerm(join(A[art], organ));
  if (organ !== 'tête' && organ !== 'vue') ORGAN_LE.addTerm(join(art === 'p' ? 'les' : art === 'v' ? "l'" : art === 'm' ? 'le' : 'la', organ));
  for (const w of termTokens(organ)) if (!organ.includes(' ')) ORGAN_NOUNS.add(w);
  // both of a pair: "TMS aux deux épaules", "opéré des deux genoux"
  if (art === 'p') { ORGAN_DE.addTerm(`des deux ${organ}`); ORGAN_A.addTerm(`aux deux ${organ}`); }
  for (const side of ['droit', 'droite', 'gauche', 'droits', 'droites', 'gauches']) {
    ORGAN_DE.addTerm(`${join(DE[art], organ)} ${side}`);
    ORGAN_A.addTerm(`${join(A[art], organ)} ${side}`);
    if (organ !== 'tête' && organ !== 'vue') ORGAN_LE.addTerm(`${join(art === 'p' ? 'les' : art === 'v' ? "l'" : art === 'm' ? 'le' : 'la', organ)} ${side}`);
  }
}

/** "problème de dos", "maux de tête", "troubles de mémoire": de + complement without article. */
const BARE_COMPLEMENTS = [
  'dos', 'cœur', 'genou', 'genoux', 'hanche', 'épaule', 'dents', 'tête', 'ventre', 'vue', 'peau', 'thyroïde', 'vessie', 'prostate', 'foie',
  'reins', 'poumons', 'colonne', 'cervicales', 'articulations', 'santé', 'sommeil', 'tension', 'audition', 'respiration', 'digestion',
  'mémoire', 'cholestérol', 'diabète', 'asthme', 'alcool', 'drogue', 'drogues', 'addiction', 'dépendance', 'santé mentale', 'vision',
  'sinus', 'poids', 'jambes', 'pieds', 'estomac', 'glycémie', 'anxiété', 'comportement alimentaire', 'incontinence', 'ménisque',
  'tendinite', 'motricité', 'déglutition', 'élocution', 'sciatique', 'hernie', 'arthrose', 'allergie', 'allergies', 'vertiges',
];
/** Complements that are ordinary words after some heads ("troubles de poids", "mal d'anxiété"). */
const BARE_NOT_FOR: Record<string, string[]> = {
  poids: ['trouble', 'troubles', 'mal', 'maux', 'douleur', 'douleurs'],
  anxiete: ['probleme', 'problemes', 'souci', 'soucis', 'ennui', 'ennuis', 'mal', 'maux', 'douleur', 'douleurs'],
  tension: ['trouble', 'troubles', 'mal', 'maux', 'douleur', 'douleurs'],
};
function bare(head: string): SeqSet {
  const q = new SeqSet();
  for (const c of BARE_COMPLEMENTS) {
    const fc = fold(c);
    if (BARE_NOT_FOR[fc]?.includes(fold(head))) continue;
    q.addTerm((/^[aeiouyh]/.test(fc) ? "d'" : 'de ') + c);
  }
  return q;
}
/** "troubles du sommeil", "troubles de l'humeur". */
const TROUBLES_DE = new SeqSet();
for (const c of [
  'du sommeil', "de l'humeur", 'du comportement', 'de la personnalité', "de l'attention", 'de la mémoire', 'de la concentration',
  'du langage', 'des apprentissages', "de l'apprentissage", "de l'équilibre", 'de la vision', "de l'audition", 'de la déglutition',
  "de l'érection", 'de la marche', 'de la parole', 'du rythme cardiaque', "de l'alimentation", 'du spectre autistique',
  'de la vue', 'de la coordination', "de l'oralité", 'de la motricité', 'du transit', 'de la thyroïde', 'du neurodéveloppement',
  'de la sphère autistique', 'de la fertilité', 'du comportement alimentaire', 'de la conduite alimentaire', 'obsessionnels compulsifs',
  'musculo-squelettiques', 'bipolaires', 'dys', 'anxio-dépressifs', 'de stress post-traumatique',
]) TROUBLES_DE.addTerm(c);
/** "crise d'asthme", "attaque de panique", "accès de manie". */
const CRISES = new SeqSet();
for (const c of [
  'asthme', 'épilepsie', 'angoisse', 'panique', 'tétanie', 'spasmophilie', 'migraine', 'goutte', 'manie', 'delirium', 'anxiété',
  'convulsions', 'paludisme', 'sciatique', 'hypoglycémie', 'colique néphrétique', 'boulimie', 'démence', 'paranoïa', 'délire',
  'angor', 'eczéma', 'urticaire', 'vertiges', 'épilepsie généralisée', 'hyperphagie', 'hyperglycémie', 'lumbago',
  'absence', 'agitation', 'tachycardie', 'hallucinations',
]) {
  // notes drop the apostrophe ("crise d angoisse") and pluralise the complement ("crises d'angoisses")
  for (const form of new Set([c, pluralize(c)])) {
    if (/^[aeiouyhé]/i.test(form)) { CRISES.addTerm(`d'${form}`); CRISES.addTerm(`d ${form}`); } else CRISES.addTerm(`de ${form}`);
  }
}
const custom = (...list: string[]) => qualifiers(list);

const ORGAN_Q = qualifiers(ORGAN_ADJ);
const ORGAN_Q_NO_MOTOR = qualifiers(ORGAN_ADJ, ['moteur', 'physique']); // "problème moteur" is a car breakdown
const PSY_Q = qualifiers(PSY_ADJ);
const GRAVE_Q = qualifiers(GRAVE_ADJ);

/**
 * What may follow each head word (singular and plural, folded). Heads that are terms on their own
 * ("cancer", "maladie") are extended; pure heads ("problème", "opération") count only with a
 * continuation.
 */
export const CONTINUATIONS = new Map<string, SeqSet[]>();
function head(words: string[], groups: SeqSet[]): void {
  for (const w of words) for (const form of [fold(w), pluralize(fold(w))]) CONTINUATIONS.set(form, [...(CONTINUATIONS.get(form) ?? []), ...groups]);
}
head(['problème', 'souci', 'ennui'], [ORGAN_Q_NO_MOTOR, PSY_Q, ORGAN_DE, ORGAN_A]);
for (const h of ['problème', 'souci', 'ennui', 'mal', 'douleur', 'trouble']) head([h], [bare(h)]);
head(['maux', 'mal'], [bare('maux'), ORGAN_A]);
/** Injuries: "s'est cassé le poignet", "s'est fracturé la cheville", "s'est déchiré l'épaule". */
const INJURY_VERBS = ['cassé', 'cassée', 'fracturé', 'fracturée', 'foulé', 'foulée', 'luxé', 'luxée', 'démis', 'démise', 'tordu', 'tordue',
  'brisé', 'brisée', 'déchiré', 'déchirée', 'froissé', 'froissée', 'déboîté', 'déboîtée', 'abîmé', 'abîmée', 'bloqué', 'bloquée'];
head(INJURY_VERBS, [ORGAN_LE]);
/** Bites: "mordue à la main", "mordu au mollet" (not "mordu de foot"). */
const BITTEN = ['mordu', 'mordue', 'mordus', 'mordues'];
head(BITTEN, [ORGAN_A]);
head(['trouble'], [ORGAN_Q, PSY_Q, TROUBLES_DE]);
head(['pathologie', 'maladie', 'affection'], [ORGAN_Q, PSY_Q, GRAVE_Q, ORGAN_DE]);
// quickly typed: "insufisance respiratoire", "insuffisence cardiaque"
const INSUFFISANCE = ['insuffisance', 'insufisance', 'insuffisence', 'insufisence', 'insuffissance', 'insufissance'];
head([...INSUFFISANCE, 'malformation', 'défaillance'], [ORGAN_Q, ORGAN_DE]);
head(['déficience', 'fragilité', 'antécédent', 'difficulté', 'ATCD'], [ORGAN_Q, PSY_Q]);
head(['lésion', 'infection', 'inflammation'], [ORGAN_Q, GRAVE_Q, ORGAN_DE, ORGAN_A]);
head(['douleur'], [ORGAN_Q, GRAVE_Q, ORGAN_DE, ORGAN_A]);
head(['accident'], [custom('cardiaque', 'vasculaire', 'cérébral', 'coronarien', 'vasculaire cérébral')]);
head(['crise'], [custom('cardiaque', 'convulsif', 'comitial', 'épileptique', 'suicidaire', 'maniaque', 'psychotique', 'délirant', 'anxieux'), CRISES]);
head(['attaque', 'accès', 'bouffée'], [CRISES]);
head(['handicap'], [ORGAN_Q, PSY_Q, custom('invisible', 'lourd', 'intellectuel', 'sévère', 'mental'), ORGAN_DE]);
head(['séquelle'], [ORGAN_Q, PSY_Q, custom('post-opératoire', 'postopératoire')]);
/** Medical specialties as adjectives: "suivi nutritionnel", "examens ORL", "bilan gynécologique". */
const SPECIALTY_ADJ = ['neurologique', 'cardiologique', 'oncologique', 'addictologique', 'cancérologique', 'pneumologique', 'rhumatologique',
  'nutritionnel', 'diététique', 'diabétologique', 'endocrinologique', 'gynécologique', 'urologique', 'néphrologique', 'hématologique',
  'gastro-entérologique', 'hépatologique', 'dermatologique', 'ophtalmologique', 'orthophonique', 'psychomoteur', 'ORL', 'oto-rhino-laryngologique',
  'orthopédique', 'allergologique', 'infectiologique', 'proctologique', 'sénologique', 'gériatrique', 'pédopsychiatrique', 'kinésithérapique',
  'orthoptique', 'audiologique', 'podologique', 'stomatologique', 'phlébologique', 'angiologique', 'ergothérapique', 'vestibulaire'];
head(['suivi'], [PSY_Q, custom('médical', ...SPECIALTY_ADJ, 'thérapeutique', 'hospitalier', 'post-opératoire')]);
head(['examen'], [custom(...SPECIALTY_ADJ.filter((a) => a !== 'diététique' && a !== 'nutritionnel'), 'radiologique', 'cardiaque', 'pulmonaire', 'hépatique')]);
head(['soin'], [PSY_Q, custom('médical', 'oncologique', 'post-opératoire', 'palliatif')]);
head(['traitement'], [PSY_Q, custom('oncologique', 'cardiaque', 'neurologique')]);
head(['hospitalisation'], [PSY_Q, custom('long', 'prolongé', 'complet', 'ambulatoire')]);
head(['état'], [custom('dépressif', 'anxieux', 'anxio-dépressif', 'psychotique', 'psychologique', 'psychique', 'délirant', 'maniaque', 'suicidaire')]);
// "syndrome néphrotique", "syndrome myélodysplasique": a named syndrome by its organ or its nature
head(['syndrome'], [ORGAN_Q, PSY_Q, custom('néphrotique', 'néphritique', 'métabolique', 'inflammatoire', 'myélodysplasique', 'myéloprolifératif',
  'lymphoprolifératif', 'parkinsonien', 'extrapyramidal', 'cérébelleux', 'dysexécutif', 'occlusif', 'hémolytique', 'restrictif', 'obstructif',
  'malabsorptif')]);
head(['souffrance'], [PSY_Q]);
head(['détresse'], [PSY_Q, custom('respiratoire')]);
head(['décompensation'], [PSY_Q, ORGAN_Q]);
head(['épisode'], [PSY_Q, custom('maniaque', 'délirant')]);
head(['soutien', 'accompagnement'], [custom('psychologique', 'psychiatrique', 'psy', 'addictologique')]);
head(['consultation'], [custom('psychiatrique', 'psychologique', 'psy', 'neurologique', 'oncologique', 'addictologique')]);
head(['bilan'], [custom('neuropsychologique', 'psychiatrique', ...SPECIALTY_ADJ.filter((a) => a !== 'psychomoteur'))]);
head(['intervention', 'opération'], [custom('chirurgical', 'cardiaque', 'neurologique'), ORGAN_DE, ORGAN_A]);
head(['chirurgie'], [custom('cardiaque', 'orthopédique', 'digestif', 'lourd', 'réparateur', 'bariatrique', 'préventif', 'prophylactique', 'reconstructeur', 'mutilant'), ORGAN_DE]);
head(['ablation', 'mastectomie', 'ovariectomie', 'annexectomie', 'hystérectomie'], [custom('préventif', 'prophylactique', 'bilatéral')]);
head(['malaise'], [custom('cardiaque', 'vagal', 'hypoglycémique')]);
head(['arrêt'], [custom('cardiaque', 'respiratoire', 'cardio-respiratoire')]);
head(['fatigue'], [custom('chronique', 'pathologique')]);
const BODY_STATE_Q = qualifiers(BODY_STATES);
/** A side between the body part and its state: "genou droit opéré deux fois", "épaule gauche bloquée". */
const SIDED_STATE_Q = new SeqSet();
for (const st of BODY_STATES) for (const form of agreements(st)) for (const side of ['droit', 'droite', 'gauche', 'droits', 'droites', 'gauches']) SIDED_STATE_Q.addTerm(`${side} ${form}`);
head(BODY_HEADS, [BODY_STATE_Q, SIDED_STATE_Q]);
/** Musculoskeletal disorders named by their place: "TMS aux deux épaules", "TMS du poignet droit". */
head(['TMS'], [ORGAN_A, ORGAN_DE, custom('reconnu', 'reconnu en maladie professionnelle', 'reconnus en maladie professionnelle', 'reconnu comme maladie professionnelle', 'reconnus comme maladie professionnelle')]);
/** A flare of a relapsing disease: "poussée inflammatoire", "en poussée évolutive". */
head(['poussée'], [custom('inflammatoire', 'évolutif', 'congestif', 'hypertensif', 'douloureux', 'de sclérose en plaques', 'de SEP', 'de Crohn', 'de psoriasis', 'd’eczéma', 'de polyarthrite', 'de lupus', 'de rectocolite')]);
/**
 * Wounded in war or violence: "blessé par un IED au Mali", "blessé par balle", "blessée en opération"
 * ("blessé" alone is a head; "blessé par ses propos" is not a wound).
 */
head(['blessé', 'blessée', 'blessés', 'blessées', 'touché', 'touchée'], [custom('par balle', 'par balles', 'par une balle', 'par un éclat', 'par des éclats', 'par un éclat d’obus',
  'par éclat d’obus', 'par une mine', 'par un IED', 'par un EEI', 'par un engin explosif', 'par une roquette', 'par un obus', 'par une grenade', 'par un tir',
  'par arme à feu', 'par une arme à feu', 'par arme blanche', 'à l’arme blanche', 'par un couteau', 'au couteau', 'par un sniper', 'par un drone',
  'au combat', 'en opération', 'en opérations', 'en opération extérieure', 'en OPEX', 'en opex', 'en service commandé', 'dans une embuscade',
  'dans l’explosion', 'dans une explosion', 'dans un attentat', 'lors d’un attentat', 'lors d’une embuscade', 'en mission', 'au front', 'par un éclat de mortier')]);
head(['plâtre'], [ORGAN_A]);
head(MOTION_VERBS, [ORGAN_LE]);
head(['détérioration'], [custom('cognitif', 'mental')]);
/** "allergique aux acariens", "allergie au latex": an allergen, not "allergique aux open spaces". */
const ALLERGENS = new SeqSet();
for (const a of ['au pollen', 'aux pollens', 'aux acariens', 'au latex', 'à la poussière', 'aux poussières', 'aux chats', 'aux animaux', 'aux poils',
  'aux arachides', 'à l’arachide', 'au gluten', 'au lactose', 'aux fruits de mer', 'aux crustacés', 'aux médicaments', 'à la pénicilline',
  'aux antibiotiques', 'aux piqûres', 'aux guêpes', 'aux abeilles', 'au nickel', 'aux produits chimiques', 'aux produits d’entretien',
  'aux solvants', 'à la farine', 'aux graminées', 'aux moisissures', 'au soleil', 'au froid', 'à l’aspirine', 'aux œufs', 'aux fruits à coque',
  'aux parfums', 'à la résine', 'aux résines', 'aux huiles', 'au ciment', 'au chlore', 'aux gants', 'alimentaire', 'alimentaires', 'cutanée', 'cutanées',
  'respiratoire', 'respiratoires', 'saisonnière', 'saisonnières', 'sévère', 'sévères', 'grave', 'graves']) ALLERGENS.addTerm(a);
head(['allergie', 'allergique'], [ALLERGENS]);
/** "une plaque dans le bras", "des broches au poignet": osteosynthesis hardware. */
const ORGAN_DANS = new SeqSet();
for (const [organ, art] of ORGANS) ORGAN_DANS.addTerm(`dans ${join(art === 'p' ? 'les' : art === 'v' ? "l'" : art === 'm' ? 'le' : 'la', organ)}`);
head(['broche', 'plaque', 'tige'], [ORGAN_A, ORGAN_DANS]);
/**
 * Weakness, numbness or lost strength of a limb: "légère faiblesse du bras droit", "engourdissement de la main gauche",
 * "perte de force dans la jambe" ("force" is the last word of the heads "perte de force", "manque de force").
 */
head(['faiblesse', 'force', 'engourdissement', 'fourmillements', 'raideur', 'ankylose', 'sensibilité'], [ORGAN_DE, ORGAN_A, ORGAN_DANS, ORGAN_COUNT]);
head(['faiblesse', 'raideur', 'engourdissement'], [custom('musculaire', 'articulaire')]);
/**
 * Bones and body regions named by injuries and pain ("fracture du bassin", "douleurs au sternum",
 * "entorse de la malléole"). Kept out of ORGAN_DE: "les problèmes du bassin d'emploi" is a labour
 * market, so only injury and pain heads take them.
 */
const BONES: Array<[string, Art]> = [
  ['bassin', 'm'], ['sternum', 'm'], ['radius', 'm'], ['cubitus', 'm'], ['humérus', 'm'], ['scaphoïde', 'm'], ['métatarse', 'm'],
  ['métacarpe', 'm'], ['visage', 'm'], ['biceps', 'm'], ['quadriceps', 'm'], ['muscle', 'm'], ['disque', 'm'], ['ischion', 'm'],
  ['côte', 'f'], ['malléole', 'f'], ['phalange', 'f'], ['mandibule', 'f'], ['pommette', 'f'], ['fesse', 'f'], ['voûte plantaire', 'f'],
  ['épine dorsale', 'v'], ['orbite', 'v'], ['auriculaire', 'v'], ['index', 'v'],
  ['côtes', 'p'], ['phalanges', 'p'], ['doigts', 'p'], ['orteils', 'p'], ['muscles', 'p'], ['ischio-jambiers', 'p'], ['adducteurs', 'p'],
  ['lombes', 'p'], ['cervicales', 'p'], ['dorsales', 'p'],
];
const BONE_DE = new SeqSet();
const BONE_A = new SeqSet();
for (const [bone, art] of BONES) {
  BONE_DE.addTerm(join(DE[art], bone));
  BONE_A.addTerm(join(A[art], bone));
  for (const side of ['droit', 'droite', 'gauche', 'droits', 'droites', 'gauches']) {
    BONE_DE.addTerm(`${join(DE[art], bone)} ${side}`);
    BONE_A.addTerm(`${join(A[art], bone)} ${side}`);
  }
}
head(['fracture', 'entorse', 'luxation', 'fissure', 'tassement', 'blessure', 'traumatisme', 'lésion', 'douleur', 'déchirure', 'rupture',
  'contusion', 'élongation', 'tendinite', 'opéré', 'opérée', 'blessé', 'blessée', 'arthrose', 'hernie'], [BONE_DE, BONE_A]);
head(['cancer', 'tumeur', 'ablation', 'greffe', 'fracture', 'entorse', 'luxation', 'rupture', 'déchirure', 'kyste', 'prothèse', 'tendinite',
  'arthrose', 'fissure', 'tassement', 'hémorragie', 'blessure', 'traumatisme', 'paralysie', 'amputation', 'polype', 'nodule', 'ulcère', 'hernie',
  'opéré', 'opérée', 'greffé', 'greffée', 'amputé', 'amputée', 'paralysé', 'paralysée', 'blessé', 'blessée', 'lésé', 'lésée', 'infiltration',
  'contusion', 'élongation'], [ORGAN_DE, ORGAN_A]);

/** Head words that are not terms on their own ("problème", "opération"): entries of mode `tete`. */
const PURE_HEADS = [
  'problème', 'souci', 'ennui', 'mal', 'maux', 'trouble', 'affection', ...INSUFFISANCE, 'malformation', 'défaillance', 'déficience', 'fragilité',
  'antécédent', 'ATCD', 'difficulté', 'lésion', 'infection', 'inflammation', 'douleur', 'accident', 'crise', 'attaque', 'accès', 'suivi', 'soin',
  'état', 'souffrance', 'détresse', 'épisode', 'soutien', 'accompagnement', 'consultation', 'bilan', 'examen',
  'intervention', 'opération', 'chirurgie', 'malaise', 'fatigue', 'détérioration', 'ablation', 'greffe', 'bouffée',
  'rupture', 'déchirure', 'fissure', 'tassement', 'broche', 'plaque', 'tige', 'hémorragie', 'blessure', 'traumatisme', 'blessé', 'blessée', 'lésé', 'lésée', 'infiltration', 'contusion', 'élongation',
  ...INJURY_VERBS, ...BODY_HEADS, 'plâtre', ...BITTEN,
];
// "douleurs" alone is a term of its own (mode `p`), so the head is the singular only
const HEAD_ENTRIES: LexiconEntry[] = PURE_HEADS.map((lemma) => ({ lemma, inflect: lemma === 'douleur' ? 'none' : 'noun', tag: 'pathologie:tete' }));

// ---------------------------------------------------------------------------------------------
// Words that need a specific check in the rule

const SPECIALISTS = [
  'psychiatre', 'psychologue', 'psy', 'addictologue', 'alcoologue', 'tabacologue', 'oncologue', 'cancérologue', 'neurologue', 'cardiologue',
  'pneumologue', 'rhumatologue', 'diabétologue', 'endocrinologue', 'néphrologue', 'gastro-entérologue', 'gastroentérologue', 'hématologue',
  'psychothérapeute', 'psychanalyste', 'psychomotricien', 'psychomotricienne', 'orthophoniste', 'kinésithérapeute', 'kiné', 'ergothérapeute',
  'neuropsychologue', 'neuropédiatre', 'pédopsychiatre', 'chirurgien', 'chirurgienne', 'gynécologue', 'dermatologue', 'ophtalmologue',
  'ophtalmo', 'ORL', 'allergologue', 'urologue', 'proctologue', 'sexologue', 'infectiologue', 'hépatologue', 'médecin psychiatre',
  'médecin addictologue', 'orthoptiste', 'audioprothésiste', 'podologue', 'ostéopathe', 'rééducateur', 'neurochirurgien', 'radiothérapeute',
  'CMP', 'centre médico-psychologique', 'équipe mobile psychiatrie',
  // services are sectors too ("une PMSMP en psychiatrie"): they need a care relation like the specialists
  'psychiatrie', 'pédopsychiatrie', 'addictologie', 'alcoologie', 'oncologie', 'cancérologie', 'neurologie',
  // places of care are also workplaces ("agent d'entretien dans un hôpital psychiatrique")
  'clinique psychiatrique', 'hôpital psychiatrique', 'hôpital de jour', 'CMPP', 'CATTP', 'maison de repos', 'centre de rééducation',
  'centre de soins', 'unité de soins', 'service de soins',
  'psychotraumatologie', 'centre de psychotraumatologie', 'centre régional du psychotraumatisme', 'consultation de psychotraumatologie',
  'victimologie', 'consultation de victimologie', 'unité de victimologie', 'psychiatre de secteur', 'CMP adulte',
  // children's mental health and early-intervention services
  'CMP infanto-juvénile', 'CMP IJ', 'CMPIJ', 'CMP enfants', 'CMP enfant', 'CMP ado', 'CMP ados', 'CAMSP', 'CMPEA', 'psychiatrie infanto-juvénile',
  'centre médico-psycho-pédagogique', 'centre d’action médico-sociale précoce', 'service de pédopsychiatrie', 'unité de pédopsychiatrie',
  'hôpital de jour pour enfants', 'hôpital de jour pédopsychiatrique',
  // listening and care places for teenagers and young adults, mobile psychiatric teams for the homeless
  'Maison des adolescents', 'maison des ados', 'Maison de l’adolescent', 'Maison des jeunes adolescents', 'Point accueil écoute jeunes', 'PAEJ',
  'équipe mobile psychiatrie précarité', 'EMPP', 'centre de santé mentale', 'espace santé jeunes',
  'hématologie', 'cardiologie', 'pneumologie', 'rhumatologie', 'néphrologie', 'endocrinologie', 'diabétologie', 'gastro-entérologie',
  'hépatologie', 'psychogériatrie', 'centre anti-douleur', 'centre de la douleur',
  'néonatologie', 'néonatalogie', 'néonat', 'réanimation néonatale', 'réa néonat', 'soins intensifs néonatals', 'médecine tropicale',
  'médecine des voyages', 'cardiologie pédiatrique', 'pneumologie pédiatrique',
  'urologie', 'dermatologie', 'gynécologie', 'ophtalmologie', 'neurochirurgie', 'allergologie', 'rééducation fonctionnelle', 'médecine physique',
  'hépato-gastro-entérologie', 'onco-hématologie', 'neuro-oncologie', 'cardio-pneumologie', 'endocrino-diabétologie',
  // short forms typed in notes: "suivie en néphro", "RDV chez l'onco", "vu en neuro" (a care relation, like the full names)
  'néphro', 'onco', 'cancéro', 'cardio', 'pneumo', 'rhumato', 'gastro', 'gastro-entéro', 'gastroentéro', 'neuro', 'neurochir', 'endoc',
  'endocrino', 'diabéto', 'hémato', 'gynéco', 'gyné', 'uro', 'dermato', 'hépato', 'infectio', 'allergo', 'addicto', 'pédopsy', 'neuropsy',
  'rééduc', 'onco-hémato', 'ophtalmologiste', 'stomato', 'phlébo', 'angio', 'proctologie', 'médecine nucléaire', 'radiothérapie externe',
  'consultation douleur', 'centre de dialyse', 'centre de rééducation fonctionnelle', 'hôpital de jour psychiatrique',
  'centre de santé mentale', 'équipe de psychiatrie', 'permanence d’accès aux soins de santé',
];

/**
 * Housing and care facilities that only people with a condition live in or are followed by: medical
 * housing for the sick and homeless (ACT, LHSS, LAM), residential addiction care, psychiatric housing
 * schemes, hospital care at home. Mode `struct`: not when named as a workplace ("éducateur en ACT").
 * Disability facilities (FAM, MAS, SAVS, foyer de vie) belong to handicap-statut.
 */
const STRUCT_NEAR = ['hébergé', 'hébergée', 'hébergés', 'héberge', 'hébergement', 'vit', 'vivait', 'réside', 'résidait', 'logé', 'logée', 'admis', 'admise',
  'entré', 'entrée', 'entrer', 'sorti', 'sortie', 'sortir', 'sort', 'orienté', 'orientée', 'orientation', 'place', 'accueilli', 'accueillie', 'séjour',
  'séjourne', 'suivi', 'suivie', 'pris', 'prise', 'appartement', 'dossier', 'demande', 'coordination', 'thérapeutique', 'fréquente', 'fréquentait',
  'adhérent', 'adhérente', 'membre', 'va', 'allait'];
const STRUCTURES: LexiconEntry[] = [
  ...fixed('soins:struct', [
    'appartement de coordination thérapeutique', 'appartements de coordination thérapeutique', 'appartement de coordination thérapeutiques',
    'lits halte soins santé', 'lit halte soins santé', 'lits halte soins', 'lits d’accueil médicalisés', 'lit d’accueil médicalisé',
    'communauté thérapeutique', 'communautés thérapeutiques', 'centre thérapeutique résidentiel', 'CSAPA résidentiel', 'CSAPA avec hébergement',
    'appartement thérapeutique', 'appartements thérapeutiques', 'appartement thérapeutique relais', 'foyer de postcure', 'foyer de post-cure',
    'centre de postcure', 'centre de post-cure', 'centre de postcure addictologique', 'maison relais santé mentale', 'pension de famille santé mentale',
    'résidence accueil', 'résidence-accueil', 'famille gouvernante', 'familles gouvernantes', 'accueil familial thérapeutique', 'placement familial thérapeutique',
    'groupe d’entraide mutuelle', 'groupes d’entraide mutuelle', 'soins de suite et de réadaptation addictologique', 'SSR addictologique',
    'service de soins infirmiers à domicile', 'unité de soins de longue durée', 'hôpital de jour addictologique', 'centre de soins en addictologie',
  ]),
  // acronyms with other meanings: a life or a care word nearby ("vit en ACT", "hébergé en LHSS")
  ...['ACT', 'LHSS', 'LAM', 'SSIAD', 'USLD', 'SSRA'].map((lemma): LexiconEntry => ({ lemma, upper: true, tag: 'soins:struct', near: STRUCT_NEAR })),
  // "GEM" is also a business school ("admis à GEM"): only with a word of attendance or mutual aid
  { lemma: 'GEM', upper: true, tag: 'soins:struct', near: ['fréquente', 'fréquentait', 'fréquenter', 'adhérent', 'adhérente', 'membre', 'va', 'allait', 'entraide',
    'psychique', 'psychiques', 'orienté', 'orientée', 'orientation'] },
  { lemma: 'HAD', upper: true, tag: 'soins:struct' },
];
/** Generic places of care: a finding only for a stay ("est resté trois semaines à l'hôpital"), never as a workplace. */
const CARE_PLACES = [
  'hôpital', 'clinique', 'urgences', 'maison de convalescence', 'centre de convalescence', 'maison de santé mentale', 'SSR', 'MPR',
  'centre de soins de suite', 'service de psychiatrie', 'centre hospitalier', 'CHU', 'unité psychiatrique', 'centre de cure',
  'centre d’addictologie', 'centre de réadaptation', 'établissement de santé mentale', 'EPSM', 'maternité',
  // wards named for a stay: "dix jours en service de médecine interne", "trois jours aux soins intensifs"
  'service de médecine interne', 'médecine interne', 'service de médecine', 'service de réanimation',
  'unité de soins intensifs', 'soins continus', 'service de chirurgie', 'service de gériatrie', 'unité de court séjour', 'service des urgences',
  'service de rééducation',
];

const MODES: LexiconEntry[] = [
  ...CARE_PLACES.map((lemma): LexiconEntry => ({ lemma, inflect: lemma === lemma.toUpperCase() ? 'none' : 'noun', upper: lemma === lemma.toUpperCase(), tag: 'soins:lieu' })),
  ...SPECIALISTS.map((lemma): LexiconEntry => ({ lemma, inflect: lemma === lemma.toUpperCase() ? 'none' : 'noun', upper: lemma === 'CMP' || lemma === 'ORL' || lemma === 'PAEJ' || lemma === 'EMPP', tag: 'psy:spec' })),
  ...fixed('addiction:conso', ['alcool', 'alcools forts', 'drogue', 'drogues', 'héroïne', 'crack', 'joint', 'joints', 'shit', 'herbe', 'stupéfiants', 'produits', 'cachets', 'alcool fort',
    'came', 'coke', 'héro', 'dope', 'opium', 'protoxyde d’azote',
    // street names: a consumption word nearby ("fume de la beuh", "accro à la weed")
    'beuh', 'weed', 'marijuana', 'marihuana', 'haschich', 'haschisch', 'hasch', 'bédo', 'bédos', 'spliff', 'spliffs', 'teuch', 'zetla',
    'ecsta', 'poppers', 'gaz hilarant', 'cachetons', 'résine de cannabis', 'stups',
    // overseas and regional names (Réunion "zamal", Mayotte "la chimique", Antilles "kaya", "caillou" for crack) and synthetic cannabinoids
    'zamal', 'zamals', 'la chimique', 'de la chimique', 'du chimique', 'chimik', 'la chimik', 'ganja', 'ganjah', 'kaya', 'kush', 'skunk', 'chichon',
    // Pacific, African, Maghreb and Indian names: Polynesia and New Caledonia "paka", Hawaii "pakalolo", "yamba", "dagga", "kif", "takrouri", "bhang"
    'paka', 'pakalolo', 'pakalolos', 'yamba', 'diamba', 'dyamba', 'dagga', 'du kif', 'le kif', 'kif marocain', 'takrouri', 'bhang', 'charas', 'sinsemilla', 'gandja', 'marie-jeanne',
    'spice', 'buddha blue', 'cannabinoïdes de synthèse', 'cannabis de synthèse', 'cannabinoïde de synthèse', 'datura', 'khat', 'qat',
    'le caillou', 'du caillou', 'rhum', 'rhum arrangé', 'ti-punch', 'ti punch', 'ti-punchs',
    'whisky', 'vodka', 'pastis', 'gin', 'cubi', 'cubis', 'tord-boyaux', 'gnôle', 'bibine', 'binouze', 'binouzes', 'canettes de bière', 'bières fortes']),
  // drinking quantities: "une bouteille de rhum par jour", "six bières par jour", "un litre de vin chaque soir" (the rule checks the rest)
  // "force un peu sur la bière", "a trop forcé sur la bouteille": the rule wants a form of "forcer" before (mode `forcer`)
  ...fixed('addiction:forcer', ['sur la bouteille', 'sur la boisson', 'sur l’alcool', 'sur la bière', 'sur les bières', 'sur la binouze', 'sur le vin',
    'sur le rouge', 'sur le rosé', 'sur le pastis', 'sur le pastaga', 'sur le rhum', 'sur le whisky', 'sur la vodka', 'sur le gin', 'sur la gnôle',
    'sur l’apéro', 'sur les apéros', 'sur la picole', 'sur le shit', 'sur la fumette', 'sur les joints', 'sur le joint', 'sur le cannabis',
    'sur la beuh', 'sur la coke', 'sur la cocaïne', 'sur les médocs', 'sur les cachets', 'sur les anxiolytiques', 'sur les somnifères',
    'sur le cidre', 'sur le calva', 'sur le calvados', 'sur le pinard', 'sur le jaja', 'sur la tise', 'sur le champagne', 'sur le porto',
    'sur les digestifs', 'sur les liqueurs', 'sur les alcools forts', 'sur les shots', 'sur la codéine', 'sur les antidouleurs', 'sur les calmants',
    'sur les opiacés', 'sur la kétamine', 'sur les ecstas', 'sur les amphets']),
  ...fixed('addiction:qte', ['bouteille', 'bouteilles', 'litre', 'litres', 'canette', 'canettes', 'bières', 'verres', 'pack', 'packs', 'cubi', 'cubis', 'flasque', 'flasques', 'demi-bouteille', 'fiole', 'fioles', 'whiskys', 'apéros']),
  // a due date: "son terme est prévu début mai", "sa DPA est le 12 mai" (the rule checks the possessive and the date)
  { lemma: 'terme', tag: 'grossesse:terme' },
  { lemma: 'DPA', upper: true, tag: 'grossesse', near: ['accouchement', 'grossesse', 'enceinte', 'maternité', 'prévue', 'prévu', 'fixée', 'sage-femme', 'bébé', 'congé'] },
  ...fixed('psy:p', ['rechute', 'rechutes', 'TMS',
    // trauma and anxiety symptoms told in lay words: "il fait des cauchemars et des flashbacks", "elle sursaute au moindre bruit"
    'cauchemars', 'flashbacks', 'flash-backs', 'flash-back', 'flashback', 'terreurs nocturnes', 'hypervigilance', 'reviviscence',
    'sursaute au moindre bruit', 'sursautait au moindre bruit', 'revit la scène', 'revivait la scène', 'revit l’agression', 'revit l’accident',
    'images qui reviennent', 'conduites d’évitement', 'état de sidération', 'crises de panique', 'crise de panique', 'attaques de panique', 'attaque de panique']),
  // a fainting at the wheel or at work: "un malaise au volant", "malaise sur le chantier", "malaise en caisse"
  { lemma: 'malaise au volant', forms: ['malaises au volant', 'malaise en conduisant', 'malaise sur la route', 'malaise sur le chantier',
    'malaise en caisse', 'malaise pendant son service', 'malaise en service', 'malaise en réunion',
    'malaise en pleine réunion', 'malaise dans le bus', 'malaise dans les transports', 'malaise sur le quai', 'malaise en cours', 'malaise en mission',
    'perte de connaissance au volant', 'endormi au volant', 'endormie au volant', 'somnolence au volant', 'évanoui au volant', 'évanouie au volant'], tag: 'pathologie' },
  // a loss of consciousness told with a verb: "a perdu connaissance sur le chantier", "est tombée dans les pommes"
  ...fixed('pathologie', ['perdu connaissance', 'perd connaissance', 'perdre connaissance', 'perdait connaissance', 'perdent connaissance',
    'tombé dans les pommes', 'tombée dans les pommes', 'tombe dans les pommes', 'tomber dans les pommes', 'tombait dans les pommes']),
  // poor sight or hearing told with a verb: "voit mal de loin", "n'entend plus d'une oreille" (not "voit mal comment…")
  ...fixed('pathologie', ['voit mal de loin', 'voit mal de près', 'voyait mal de loin', 'voyait mal de près', 'voit mal d’un œil',
    'voit mal d’un oeil', 'voit flou', 'voyait flou', 'ne voit plus d’un œil', 'ne voit plus d’un oeil', 'ne voit que d’un œil', 'ne voit que d’un oeil',
    'entend mal d’une oreille', 'entend mal de l’oreille', 'n’entend plus d’une oreille', 'n’entend plus de l’oreille', 'n’entend que d’une oreille',
    'entend mal de loin']),
  // drinking as a habit, told with the bare verb after its subject: "son conjoint boit", "il buvait depuis son licenciement"
  ...fixed('addiction:boire', ['boit', 'buvait', 'boivent', 'buvaient']),
  { lemma: 'AA', upper: true, tag: 'addiction', near: ['fréquente', 'fréquentait', 'fréquenter', 'réunion', 'réunions', 'groupe', 'alcool', 'sobre', 'abstinent', 'abstinente', 'abstinence', 'parrain', 'marraine', 'sevrage', 'cure', 'boire', 'boit', 'verre'] },
  { lemma: PREGNANCY_ORDINAL[0], forms: PREGNANCY_ORDINAL.slice(1), tag: 'grossesse:ordinal' },
  // dementia told as a symptom: "ne reconnaît plus personne", "ne reconnaît même plus ses enfants" (the rule checks the person after)
  { lemma: DEMENTIA[0], forms: DEMENTIA.slice(1), tag: 'pathologie:reco' },
  ...MOTION_VERBS.map((lemma): LexiconEntry => ({ lemma, tag: 'pathologie:incap' })),
  // "le bras dans le plâtre", "la jambe plâtrée": a body part before (not "a travaillé dans le plâtre")
  { lemma: 'dans le plâtre', forms: ['dans un plâtre', 'dans une attelle', 'dans une résine', 'plâtré', 'plâtrée', 'plâtrés', 'plâtrées', 'immobilisé', 'immobilisée', 'immobilisés', 'immobilisées'], tag: 'soins:platre' },
  { lemma: ABSTINENCE[0], forms: ABSTINENCE.slice(1), tag: 'addiction' },
  ...SENSORY_LOSS.map((lemma): LexiconEntry => ({ lemma, tag: 'handicap' })),
  { lemma: 'handicap', forms: ['handicaps'], tag: 'handicap:hx', notBefore: ['linguistique', 'social', 'sociale', 'financier', 'culturel', 'géographique', 'numérique', 'de mobilité', 'pour', 'certain', 'réel', 'majeur', 'principal', 'scolaire', 'de taille', 'de départ', 'supplémentaire'] },
  ...fixed('soins:aux', ['opéré', 'opérée', 'opérés', 'opérées']),
  ...fixed('traitement:trt', ['traitement', 'traitements', 'ttt', 'trt']),
  // radiotherapy in lay words: "depuis les rayons", "a fini ses rayons", "sous rayons" (not the shelves of a shop)
  { lemma: 'rayons', tag: 'traitement:rayons' },
  { lemma: 'enceinte', forms: ['enceintes'], tag: 'grossesse:enceinte', confidence: 'high' },
  { lemma: 'HP', tag: 'psy:hp' },
  // notes' abbreviations of a hospital stay: "hospit. a Esquirol 2 sem.", "hospi en psy l'hiver dernier"
  { lemma: 'hospit.', forms: ['hospit', 'hospi', 'hospi.', 'hospits', 'hospis', 'hosp.'], tag: 'soins:abbr' },
  { lemma: 'covid', forms: ['covid-19', 'covid 19', 'coronavirus'], tag: 'pathologie:covid' },
  { lemma: 'syndrome', forms: ['syndromes'], tag: 'pathologie:syndrome' },
  ...n('pathologie', ['maladie', 'pathologie']),
  ...n('pathologie:p', ['malade', 'douleurs', 'séquelles']),
  { lemma: 'médicament', forms: ['médicaments', 'médocs', 'lithium', 'meds'], tag: 'traitement:conso' },
  { lemma: 'allergie', forms: ['allergies', 'allergique', 'allergiques'], tag: 'pathologie:allergie' },
  // "souffre d'une …", "atteint de …": the rule reports the noun after the predicate
  // the rule checks that "de / d' / du / des" follows the single-word predicates
  ...fixed('pathologie:pred-fort', ['atteint', 'atteinte', 'atteints', 'atteintes', 'on lui a diagnostiqué', 'on lui a découvert', 'a contracté', 'avait contracté']),
  ...fixed('pathologie:pred-soi', ['diagnostiqué', 'diagnostiquée', 'diagnostiqués', 'diagnostiquées', 'hospitalisé pour', 'hospitalisée pour', 'opéré pour', 'opérée pour']),
  ...fixed('pathologie:pred', ['souffre', 'souffrait', 'souffrant', 'souffrent', 'souffert', 'soigné pour', 'soignée pour', 'traité pour', 'traitée pour', 'suivi pour', 'suivie pour', 'soigne son', 'soigne sa', 'soigner son', 'soigner sa', 'guéri', 'guérie', 'se remet', 'se remettre', 'remise', 'remis', 'a déclaré une', 'a déclaré un', 'diagnostic']),
];

// ---------------------------------------------------------------------------------------------
// Blockers: phrases that are not findings for `sante`, or belong to another rule

const BLOCKERS = [
  'assurance maladie', 'assurance-maladie', "caisse d'assurance maladie", "caisse primaire d'assurance maladie", 'Assurance Maladie',
  'massage cardiaque', 'massages cardiaques', 'enceinte acoustique', 'enceintes acoustiques', 'enceinte connectée', 'enceintes connectées',
  'enceinte bluetooth', 'enceinte portable', "dans l'enceinte", "l'enceinte de", 'enceinte de l’établissement', 'enceinte du',
  'dépression économique', 'dépression atlantique', 'dépression tropicale', 'dépression météorologique', 'dépression du marché',
  'sourde oreille', 'fait la sourde oreille', 'faire la sourde oreille', 'dialogue de sourds', 'syndrome de l’imposteur',
  'syndrome de la page blanche', 'phobie administrative', 'rééducation professionnelle', 'centre de rééducation professionnelle',
  'ligue contre le cancer', 'lutte contre le cancer', 'lutte contre le sida', 'lutte contre le VIH', 'lutte contre les hépatites', 'Sidaction',
  'journée mondiale du sida', 'journée mondiale de lutte contre le sida', 'substitution nicotinique', 'substituts nicotiniques', 'substitut nicotinique', 'octobre rose', 'malade imaginaire', 'mal du pays', 'mal à l’aise', 'mal au cœur',
  'maladie d’amour', 'malade à l’idée', 'malades à l’idée', 'malade de jalousie', 'malade d’inquiétude', 'boisson alcoolisée', 'boissons alcoolisées', 'éviter les TMS', 'limiter les TMS', 'trafic de drogue', 'trafic de drogues', 'trafic de stupéfiants', 'vente de drogue', 'détention de drogue',
  'détention de stupéfiants', 'usage de stupéfiants', 'cession de stupéfiants', 'vente d’alcool', "débit d'alcool", 'débit de boissons',
  "licence d'alcool", 'alcool à brûler', 'gel hydroalcoolique', 'sans alcool', "taux d'alcool", "taux d'alcoolémie", 'alcoolémie',
  "conduite sous l'emprise", "conduite en état d'ivresse", "conduite en état d'ébriété", 'conduite en état alcoolique',
  'alcool au volant', "conduite sous l'emprise de l'alcool", "conduite sous l'emprise de stupéfiants", 'visite médicale',
  // driving under the influence is an offence (infractions), not a health fact
  'conduite sous stupéfiants', 'conduite sous stups', 'conduite sous cannabis', 'conduite sous alcool', 'conduite alcoolisée',
  'conduite en état alcoolisé', 'conduite sous l’emprise de produits stupéfiants', 'conduite après usage de stupéfiants',
  'conduite après usage de produits stupéfiants', 'conduite après avoir fait usage de stupéfiants', 'conduite en ayant fait usage de stupéfiants',
  'conduite sous produits stupéfiants', 'usage de produits stupéfiants', 'conduisait sous stupéfiants', 'conduisait sous l’emprise',
  'au volant sous stupéfiants', 'au volant sous cannabis', 'conduite sous emprise', 'la peste et le choléra', 'la peste ou le choléra',
  'produits de nettoyage', 'produits chimiques', 'produits d’entretien', 'produits frais', 'produits laitiers', 'produits dangereux',
  'crise sanitaire', 'crise du covid', 'période du covid', 'pendant le covid', 'depuis le covid', 'épidémie de covid',
  'mal payé', 'mal payée', 'mal vécu', 'mal vécue', 'mal orienté', 'mal orientée', 'mal perçu', 'mal perçue', 'mal à se',
  'problème de santé publique', 'santé publique', 'mutuelle santé', 'complémentaire santé', 'cadre de santé', 'maison de santé',
  'psychologue du travail', 'psychologues du travail', 'psychologue de l’agence', 'psychologue de la structure', 'conseiller psychologue',
  'conseillère psychologue', 'psychologie du travail', 'crise économique', 'crise de confiance', 'crise de nerfs',
  'herbe à', 'mauvaise herbe', 'mauvaises herbes', 'en herbe', 'vin d’honneur', 'vins et spiritueux', 'boisson chaude', 'boissons chaudes',
  'distributeur de boissons', 'service des boissons', 'opération commerciale', 'opérations commerciales',
  'aveugle aux', 'aveugles à', 'aveugles aux', 'traitement de texte',
  'traitement des données', 'traitement de données', 'traitement des commandes', 'traitement des dossiers', 'traitement de la paie',
  'traitement des eaux', 'traitement de surface', 'traitement thermique', 'traitement du courrier', 'traitement administratif',
  'traitement des déchets', 'traitement des réclamations', 'traitement de l’information', 'traitement des informations',
  'traitement de la demande', 'traitement de son dossier', 'traitement de sa demande', 'traitement des candidatures', 'traitement comptable',
  'handicap pour', 'un handicap pour', 'handicap social', 'handicapé par', 'handicapée par', 'handicapés par', 'paralysé par', 'paralysée par', 'paralysé à l’idée', 'paralysée à l’idée', 'aveugle à',
  "à l'aveugle", 'confiance aveugle', 'recrutement à l’aveugle', 'sourd à', 'sourde à', 'sourds à', 'film muet', 'rester muet',
  'reste muet', 'resté muet', 'restée muette', 'muet comme', 'accro au travail', 'accro à son téléphone', 'accro aux réseaux sociaux',
  'addict au travail', 'boisson énergisante', 'rechute dans', 'séquelles de la crise', 'séquelles économiques', 'traitement salarial',
  'traitement de faveur', 'traitement différencié', 'traitement inégal', 'égalité de traitement', 'mauvais traitement', 'mauvais traitements',
  'maltraitance', 'syndrome de Stockholm', 'douleurs de croissance', 'salle de chirurgie', 'bloc de chirurgie',
  'maladie du sommeil', 'thérapie de couple', 'thérapie familiale', 'perfusion de café', 'cure de jouvence', 'cure de minceur',
  'syndrome du sauveur', 'syndrome du bon élève', 'bon état de santé', 'état de santé compatible', 'prévention des TMS',
  'prévention des troubles musculo-squelettiques', 'risque de TMS', 'risques de TMS', 'risque de troubles musculo-squelettiques',
  'risques psychosociaux', 'gestes et postures', 'ivresse publique', 'ivresse sur la voie publique', 'contrôlé positif au cannabis',
  'contrôlé positif à l’alcool', 'contrôlée positive', 'contrôlé positif', 'dépistage positif', 'obligation de soins', 'injonction de soins',
  'injonction thérapeutique', 'France Alzheimer', 'France Parkinson', 'France AVC', 'France Rein', 'Vaincre la mucoviscidose',
  'Vaincre Parkinson', 'Fondation pour la recherche sur Alzheimer',
];

// ---------------------------------------------------------------------------------------------
// Wider vocabulary: specialist names of conditions, drugs by brand and molecule, procedures, lay
// and idiomatic wording, and the misspellings counsellors type quickly.

const MORE_CONDITIONS = [
  // digestive, kidney, urology
  'péritonite', 'appendicite', 'cholécystite', 'diverticulose', 'colopathie', 'colopathie fonctionnelle', 'lithiase', 'lithiase rénale',
  'lithiase biliaire', 'glomérulonéphrite', 'néphrite', 'prostatite', 'adénome de la prostate', 'hypertrophie de la prostate',
  'fissure anale', 'fistule', 'fistule anale', 'abcès', 'phlegmon', 'prolapsus', "descente d'organes", 'énurésie', 'vessie neurologique',
  'éventration', 'hernie ombilicale', 'hernie hiatale', 'reflux gastrique', 'intestin irritable', 'syndrome de l’intestin irritable',   'colostomie', 'iléostomie', 'gastrostomie', 'trachéotomie', 'trachéostomie', 'sonde urinaire', 'poche de stomie', 'insuffisance hépatique',
  // blood, cancer, immunity
  'myélodysplasie', 'mésothéliome', 'ostéosarcome', 'méningiome', 'neurinome', 'adénome hypophysaire', 'leucopénie', 'thrombopénie',
  'neutropénie', 'splénomégalie', 'sepsis', 'infection nosocomiale', 'vascularite', 'polymyosite', 'dermatomyosite', 'maladie de Still',
  'maladie de Behçet', 'maladie de Kahler',   // bones, joints, spine
  'spondylodiscite', 'ostéomyélite', 'ostéonécrose', 'ostéopénie', 'spondylolisthésis', 'cyphose', 'canal lombaire étroit', 'hallux valgus',
  'doigt à ressaut', 'coup du lapin', 'rupture des ligaments croisés', 'rupture du tendon d’Achille', 'arthrite juvénile', 'crise de goutte',
  // heart, vessels, lungs
  'artériopathie', 'AOMI', 'œdème pulmonaire', 'bronchiectasie', 'dilatation des bronches', 'apnée obstructive du sommeil', 'valvulopathie',
  'insuffisance mitrale', 'insuffisance aortique', 'rétrécissement aortique', 'rétrécissement mitral', 'extrasystoles', 'endocardite',
  'hémorragie méningée', 'troubles du rythme', 'trouble du rythme', 'insuffisance coronarienne', 'maladie coronarienne',
  // nerves, senses, skin, glands
  'ataxie', 'myasthénie', 'polyradiculonévrite', 'syndrome de Guillain-Barré', 'algie vasculaire de la face', 'tremblement essentiel',
  'syndrome des jambes sans repos', 'hypersomnie', 'encéphalomyélite myalgique', 'syndrome post-covid', 'post-covid', 'nystagmus',
  'otospongiose', 'pelade', 'alopécie', 'rosacée', 'acné sévère', 'hidrosadénite', 'thyroïdite', 'prédiabète', 'dyslipidémie',
  'amyotrophie', 'état végétatif', 'lésion médullaire', 'moignon', 'escarre', 'lymphœdème', 'lymphoedème',
  'adénomyose', 'fibrome', 'fibrome utérin', 'kyste ovarien', 'ovaires polykystiques', 'dysménorrhée', 'ménorragie', 'ménorragies',
  'règles douloureuses', 'règles très douloureuses', 'règles hémorragiques', 'syndrome prémenstruel', 'aphasie', 'amnésie', 'perte de mémoire',
  'pertes de mémoire', 'troubles de mémoire', 'troubles mnésiques', 'trouble mnésique', 'syndrome de Korsakoff',
  // common misspellings
  'sclérose en plaque', 'scléroses en plaques', 'alzeimer', 'alzheimmer', 'altzheimer', 'parkinsonn', 'epilepsy', 'polyarthrite rhumathoïde',
];
const MORE_PSY = [
  'dysthymie', 'cyclothymie', 'trouble schizo-affectif', 'schizo-affectif', 'paranoïa', 'acrophobie', 'trouble somatoforme', 'bore-out',
  'brown-out', 'born out', 'trouble délirant', 'troubles délirants', 'trouble autistique', 'troubles autistiques', 'syndrome autistique',
  'TSPT', 'dépression saisonnière', 'dépression réactionnelle', 'coup de déprime', 'grosse déprime', 'déprime', 'dépression post-natale',
  'mettre fin à ses jours', 'mis fin à ses jours', 'attenter à ses jours', 'attenté à ses jours', 'tenté de se suicider', 'tentée de se suicider',
  'a voulu se suicider', 'voulu mettre fin à ses jours', 'se suicider', 'fait une TS', 'faire une TS', 'fait deux TS', 'tentatives de suicide',
  'pensées morbides', 'idées morbides', 'scarifie', 'se scarifie', 'se scarifiait', 'automutile', 's’automutile', 'schizo', 'schyzophrénie',
  'skizophrénie', 'schizophrénie paranoïde', 'troubles de l’anxiété', 'hospitalisation psychiatrique', 'unité psychiatrique',
];
const MORE_ADDICTION = [
  'cannabisme', 'héroïnomanie', 'cocaïnomanie', 'cyberdépendance', 'addiction sexuelle', 'addiction aux achats', 'achats compulsifs',
  'programme de sevrage', 'protocole de sevrage', 'sevrage aux opiacés', 'sobre depuis', 'boit plus que de raison', 'buvait plus que de raison',
  'toxico', 'toxicos', 'junkie', 'cocaïnomane', 'héroïnomane', 'consommateur de cannabis', 'consommatrice de cannabis',
  'consommateur de drogues', 'consommatrice de drogues', 'consommateur d’héroïne', 'consommatrice d’héroïne', 'fume des joints',
  'fumait des joints', 'fume du shit', 'Suboxone', 'naltrexone', 'Baclofène', 'Aotal', 'Espéral', 'Selincro',
  // opioid substitution and overdose kits by brand, class and programme; nicotine substitutes
  'Orobupré', 'Zubsolv', 'Buvidal', 'Sixmo', 'naloxone', 'Nalscue', 'Prenoxad', 'Nyxoid', 'Baclocur', 'traitement agoniste opioïde',
  'traitement par agonistes opioïdes', 'médicament de substitution', 'médicament de substitution aux opiacés', 'substitution aux opiacés',
  'programme méthadone', 'sirop de méthadone', 'gélules de méthadone', 'méthadone en gélules', 'substituts nicotiniques', 'substitut nicotinique',
  'patch nicotinique', 'patchs anti-tabac', 'patch anti-tabac', 'gommes nicotiniques', 'Nicopatch', 'Niquitin',   'patchs nicotiniques', 'Champix', 'accro aux jeux', 'accro au jeu', 'accro aux jeux d’argent', 'accro aux paris', 'accro aux paris sportifs',
  'addiction aux paris sportifs', 'accro aux médicaments', 'accro aux somnifères', 'accro à l’alcool', 'accro à la drogue', 'accro au cannabis',
  'se drogue', 'se droguait', 'se droguer', 'me drogue', 'me droguais', 'me shoote', 'me shootais', 'bois trop', 'buvais trop',
  'bois beaucoup', 'buvais beaucoup', 'ne bois plus', 'ne buvais plus', 'LSD', 'GHB', 'méthamphétamine', 'crystal meth',
  'champignons hallucinogènes', 'porté sur la bouteille', 'portée sur la bouteille', 'se shoote', 'se shootait', 'se shooter', 'picole', 'picolait', 'picoler',
  'sort de cure', 'sorti de cure', 'sortie de cure', 'sortant de cure', 'retour de cure',
  // Alcoholics Anonymous by its initials, with a verb or a meeting word (not the battery size)
  'va aux AA', 'allait aux AA', 'réunions des AA', 'réunion des AA', 'réunions AA', 'réunion AA', 'chez les AA', 'réunions des NA',
];
/**
 * Behavioural addictions in lay words: "joueuse compulsive", "parieur pathologique", "acheteur compulsif"
 * ("joueur" alone is a sport or a job: only with the qualifier), the gambling ban one asks for, the
 * self-help groups.
 */
const COMPULSIVE: string[] = [];
// "joueur excessif", "joueur problématique", "joueur invétéré" also speak of a team player or a card-game hobby
const QUALIFIERS: Record<string, string[]> = {
  joueur: ['compulsif', 'pathologique', 'addict', 'dépendant'],
  parieur: ['compulsif', 'pathologique', 'addict', 'dépendant', 'excessif', 'problématique'],
  acheteur: ['compulsif', 'pathologique'],
  flambeur: ['compulsif', 'pathologique'],
};
const FEM_Q: Record<string, string> = { compulsif: 'compulsive', excessif: 'excessive', dépendant: 'dépendante', pathologique: 'pathologique', problématique: 'problématique', addict: 'addict' };
for (const [m, f] of [['joueur', 'joueuse'], ['parieur', 'parieuse'], ['acheteur', 'acheteuse'], ['flambeur', 'flambeuse']]) {
  for (const am of QUALIFIERS[m]) {
    const af = FEM_Q[am];
    COMPULSIVE.push(`${m} ${am}`, `${f} ${af}`, `${m}s ${pluralize(am)}`, `${f}s ${pluralize(af)}`);
  }
}
const BEHAVIOURAL = [
  'ludopathie', 'ludomanie', 'oniomanie', 'cyberaddiction', 'cyber-addiction', 'bigorexie', 'jeu compulsif', 'jeu excessif', 'jeu problématique',
  'jeux pathologiques', "pratique de jeu excessive", "pratique excessive des jeux", 'achat compulsif', 'achats pathologiques', 'shopping compulsif',
  'addiction au sexe', 'addiction à la pornographie', 'addiction au porno', 'addiction au sport', 'hyperconnexion pathologique',
  ...['joue', 'jouait', 'parie', 'pariait', 'achète', 'achetait', 'dépense', 'dépensait'].flatMap((v) => [`${v} compulsivement`, `${v} de manière compulsive`, `${v} de façon compulsive`]),
  // a gambling ban asked for oneself (the national register of banned players, self-exclusion)
  ...['interdit', 'interdite', 'interdits', 'interdites', 'interdire', 'interdiction'].flatMap((v) => [`${v} de casino`, `${v} de casinos`, `${v} de jeux`, `${v} de jeu`, `${v} des casinos`, `${v} de jeux d’argent`]),
  'interdiction de jeux', 'interdiction de jeu', 'interdiction volontaire de jeux', 'interdiction volontaire de jeu', 'interdiction de casino',
  'interdiction des casinos', 'fichier des interdits de jeux', 'fichier des interdits de jeu', 'auto-exclusion des casinos', 'auto-exclusion des sites de paris',
  'auto-exclusion des jeux', 'auto-exclu des sites de paris', 'auto-exclue des sites de paris', 'autoexclusion des jeux',
  'Gamblers anonymes', 'Joueurs anonymes', 'SOS Joueurs', 'Outremangeurs anonymes', 'Dépendants affectifs et sexuels anonymes',
];
/** "accro au poker", "addict aux paris en ligne", "dépendance aux écrans": what a behavioural addiction is to (the rule reads it after the head). */
export const BEHAVIOUR_OBJECTS = [
  'aux jeux', 'au jeu', 'aux jeux d’argent', 'aux jeux de hasard', 'aux jeux en ligne', 'aux jeux vidéo', 'au jeu vidéo', 'aux jeux à gratter',
  'aux jeux de grattage', 'au grattage', 'aux tickets à gratter', 'aux paris', 'au pari', 'aux paris sportifs', 'aux paris en ligne', 'aux paris hippiques',
  'au PMU', 'au poker', 'au poker en ligne', 'au casino', 'aux casinos', 'aux machines à sous', 'au loto', 'au tiercé', 'aux courses hippiques',
  'aux écrans', 'à l’écran', 'aux achats', 'aux achats en ligne', 'au shopping', 'au sexe', 'à la pornographie', 'au porno',
  'aux jeux de casino', 'à la roulette', 'aux cartes à gratter', 'au Loto', 'aux jeux de la FDJ', 'à la FDJ',
];
const BEHAVIOUR_HEADS = ['accro', 'accros', 'addict', 'addicts', 'dépendant', 'dépendante', 'dépendants', 'dépendantes', 'dépendance', 'dépendances'];

const MORE_TREATMENT = [
  // psychiatric and neurological drugs (brand and molecule)
  'Tranxène', 'Seresta', 'Lysanxia', 'Victan', 'Théralène', 'Norset', 'Loxapac', 'Xeroquel', 'Leponex', 'Haldol', 'Téralithe', 'Keppra',
  'Tégrétol', 'Rivotril', 'Cymbalta', 'Anafranil', 'Solian', 'Paxil', 'Valdoxan', 'Sertraline', 'Paroxétine', 'Fluoxétine', 'Escitalopram',
  'Venlafaxine', 'Duloxétine', 'Mirtazapine', 'Olanzapine', 'Rispéridone', 'Aripiprazole', 'Quétiapine', 'Clozapine', 'Méthylphénidate',
  'Modafinil', 'Prégabaline', 'Gabapentine', 'Neurontin', 'Zolpidem', 'Zopiclone', 'Bromazépam', 'Alprazolam', 'Diazépam', 'Oxazépam',
  'Lorazépam', 'Clonazépam', 'antimigraineux', 'antiparkinsonien', 'stabilisateur de l’humeur', 'thymorégulateurs',
  // other chronic treatments
  'Metformine', 'Glucophage', 'Kardégic', 'Previscan', 'Eliquis', 'Xarelto', 'Lovenox', 'Coumadine', 'Méthotrexate', 'Humira', 'Enbrel',
  'Remicade', 'Tamoxifène', 'Herceptin', 'Truvada', 'Biktarvy', 'Ventoline', 'Symbicort', 'Seretide', 'Izalgi', 'Oxycontin', 'oxycodone',
  'fentanyl', 'antiviral', 'antiviraux', 'hémodialyse', 'dialyse', 'dialyse péritonéale', 'plasmaphérèse', 'transfusion', 'transfusions',
  'protonthérapie', 'séances de rayons', 'séances de chimio', 'cures de chimio', 'cure de chimio', 'injections d’insuline',
  'piqûres d’insuline', 'lecteur de glycémie', 'capteur de glycémie', 'appareillage respiratoire', 'machine à PPC',   'appareil à apnée', 'masque à oxygène', 'oxygène à domicile',
  // more brands and molecules by field: bowel, rheumatology, diabetes, heart, neurology, MS, HIV, cancer, lungs, pain
  'Pentasa', 'Rowasa', 'Fivasa', 'Salazopyrine', 'mésalazine', 'Imurel', 'azathioprine', 'Entyvio', 'vedolizumab', 'Stelara',
  'ustekinumab', 'infliximab', 'adalimumab', 'Cimzia', 'Simponi', 'Cortancyl', 'Solupred', 'Médrol', 'prednisone', 'prednisolone',
  'Plaquenil', 'hydroxychloroquine', 'Arava', 'léflunomide', 'Otezla', 'Cosentyx', 'Dupixent', 'Ozempic', 'sémaglutide', 'Trulicity',
  'Victoza', 'liraglutide', 'Saxenda', 'Wegovy', 'Mounjaro', 'Januvia', 'Janumet', 'sitagliptine', 'Diamicron', 'gliclazide', 'Lantus',
  'Levemir', 'Novorapid', 'Humalog', 'Toujeo', 'Tresiba', 'Jardiance', 'Forxiga', 'Glucovance', 'Tahor', 'atorvastatine', 'Crestor',
  'rosuvastatine', 'Plavix', 'clopidogrel', 'Brilique', 'Sintrom', 'Pradaxa', 'apixaban', 'rivaroxaban', 'warfarine', 'Cordarone',
  'amiodarone', 'Lasilix', 'furosémide', 'bisoprolol', 'Cardensiel', 'Détensiel', 'aténolol', 'amlodipine', 'Amlor', 'ramipril',
  'Triatec', 'Coversyl', 'périndopril', 'Urbanyl', 'Épitomax', 'topiramate', 'Trileptal', 'lamotrigine', 'lévétiracétam',
  'valproate', 'Dépakine Chrono', 'carbamazépine', 'Modopar', 'Sinemet', 'lévodopa', 'Requip', 'Sifrol', 'Azilect', 'Aricept',
  'donépézil', 'Ebixa', 'mémantine', 'Reminyl', 'Tecfidera', 'Gilenya', 'fingolimod', 'Aubagio', 'Copaxone', 'Avonex', 'Rebif',
  'interféron', 'Ocrevus', 'Kesimpta', 'Tysabri', 'natalizumab', 'Mavenclad', 'Fampyra', 'Triumeq', 'Genvoya', 'Odefsey', 'Descovy',
  'Eviplera', 'Dovato', 'Juluca', 'Isentress', 'Prezista', 'ténofovir', 'Glivec', 'Keytruda', 'Opdivo', 'Avastin', 'Arimidex',
  'Femara', 'létrozole', 'anastrozole', 'Zoladex', 'Xeloda', 'Flixotide', 'Singulair', 'Innovair', 'Relvar', 'Spiriva', 'Bricanyl',
  'Ixprim', 'Topalgic', 'Contramal', 'Acupan', 'néfopam', 'Actiskenan', 'Oxynorm', 'Durogesic', 'Brintellix', 'Athymil', 'Havlane',
  'Noctamide', 'Strattera', 'Quasym', 'Medikinet', 'Lévothyroxine', 'L-Thyroxine', 'Euthyral', 'Néomercazole', 'halopéridol', 'Lepticur',
  'Nozinan', 'Largactil', 'Aripiprazole LP', 'Abilify Maintena', 'Xeplion', 'Risperdal Consta', 'Sertraline', 'Norlevo',
  // hepatitis C and B antivirals (brand and molecule), more immunology, MS, cancer, lungs and ADHD brands
  'Epclusa', 'Maviret', 'Harvoni', 'Sovaldi', 'Zepatier', 'Vosevi', 'Daklinza', 'Viekirax', 'Exviera', 'Olysio', 'sofosbuvir', 'velpatasvir',
  'glécaprévir', 'pibrentasvir', 'lédipasvir', 'daclatasvir', 'antiviraux à action directe', 'traitement de l’hépatite', 'Vemlidy', 'Baraclude',
  'Viread', 'entécavir', 'Hepsera', 'Zeffix', 'Bulevirtide', 'Hepcludex', 'Betaferon', 'Plegridy', 'Zeposia', 'Ponvory', 'Mayzent', 'Lemtrada',
  'Novatrex', 'Metoject', 'Imraldi', 'Hyrimoz', 'Amgevita', 'Hulio', 'Inflectra', 'Remsima', 'Flixabi', 'Benepali', 'Erelzi', 'Roactemra',
  'RoActemra', 'Rinvoq', 'Olumiant', 'Xeljanz', 'Jyseleca', 'Taltz', 'Skyrizi', 'Tremfya', 'Kevzara', 'Orencia', 'MabThera', 'Truxima',
  'Revlimid', 'Velcade', 'Darzalex', 'Imbruvica', 'Tagrisso', 'Ibrance', 'Kisqali', 'Verzenios', 'Zytiga', 'Xtandi', 'Erivedge', 'Tecentriq',
  'Trimbow', 'Xolair', 'Nucala', 'Fasenra', 'Tezspire', 'Trikafta', 'Kaftrio', 'Orkambi', 'Symkevi', 'Kalydeco', 'Invega', 'Elvanse',
  'Vyvanse', 'Ritalin', 'Ritaline LP', 'Lévodopa', 'Mantadix', 'Stalevo', 'Duodopa', 'Apokinon', 'Neupro', 'Aimovig', 'Emgality', 'Ajovy', 'Vyepti',
  // examinations that reveal a condition
  'IRM', 'biopsie', 'ponction lombaire', 'coloscopie', 'fibroscopie', 'endoscopie', 'mammographie', 'scintigraphie', 'PET-scan', 'pet scan',
  'électroencéphalogramme', 'coronarographie', 'holter', 'bilan cardiaque', 'bilan neurologique', 
  // liver stiffness and vessel imaging, by device name and by method
  'Fibroscan', 'FibroScan', 'fibroscan hépatique', 'élastométrie hépatique', 'élastographie hépatique', 'Fibrotest', 'FibroTest', 'Fibromètre',
  'ponction-biopsie hépatique', 'biopsie hépatique', 'écho-doppler', 'échodoppler', 'doppler veineux', 'doppler artériel', 'électrocardiogramme',
  'épreuve d’effort', 'test d’effort', 'spirométrie', 'pléthysmographie', 'électrorétinogramme', 'tympanométrie', 'potentiels évoqués auditifs',
];
/**
 * Drugs of rare and neurological conditions by brand and molecule (sleep disorders, vertigo, spinal muscular
 * atrophy, amyloidosis, haemoglobin and storage diseases), examinations of sleep, hearing and balance, and ear procedures.
 */
const RARE_CONDITION_DRUGS = [
  'Serc', 'Betaserc', 'bétahistine', 'Tanganil', 'acétylleucine', 'Xywav', 'oxybate de sodium', 'pitolisant', 'solriamfétol', 'Modiodal',
  'Spinraza', 'nusinersen', 'Zolgensma', 'Evrysdi', 'risdiplam', 'Ultomiris', 'Strensiq', 'Vyndaqel', 'tafamidis', 'Onpattro', 'Hemlibra',
  'Cerezyme', 'Fabrazyme', 'Myozyme', 'Takhzyro', 'Firazyr', 'Translarna', 'Kuvan', 'Sativex', 'Radicava', 'Crysvita', 'Benlysta', 'Saphnelo',
  'Revolade', 'Nplate', 'Jakavi', 'Hydréa', 'hydroxyurée', 'Siklos', 'Oxbryta', 'Adakveo', 'Exjade', 'Desféral', 'Ferriprox', 'Lupkynis',
  'polysomnographie', 'polygraphie ventilatoire', 'polygraphie du sommeil', 'enregistrement du sommeil', 'tests itératifs de latence d’endormissement',
  'test de maintien de l’éveil', 'actimétrie', 'audiogramme', 'audiométrie', 'vidéonystagmographie', 'bilan vestibulaire', 'épreuves vestibulaires',
  'électromyogramme', 'potentiels évoqués', 'gastroscopie', 'cystoscopie', 'échocardiographie', 'échographie cardiaque', 'densitométrie osseuse',
  'épreuves fonctionnelles respiratoires', 'myélogramme', 'ponction de moelle', 'artériographie', 'angiographie', 'scanner cérébral',
  'injection transtympanique', 'aérateur transtympanique', 'drain transtympanique', 'neurotomie vestibulaire', 'labyrinthectomie',
  'sieste programmée', 'sieste thérapeutique', 'sieste prescrite',
];
/** Signs of sleep disorders, and congenital malformations named by their lay and medical names. */
const SLEEP_SIGNS_MALFORMATIONS = [
  'cataplexie', 'cataplexies', 'crise de cataplexie', 'crises de cataplexie', 'accès de cataplexie', 'attaques de sommeil', 'attaque de sommeil',
  'accès de sommeil', 'endormissements brutaux', 'endormissement brutal', 'endormissements irrépressibles', 'paralysie du sommeil',
  'paralysies du sommeil', 'hallucinations hypnagogiques', 'hypersomnolence', 'somnolence diurne excessive',
  'fente labiale', 'fente palatine', 'fente labio-palatine', 'fente labiopalatine', 'fentes labio-palatines', 'bec-de-lièvre',
  'division palatine', 'pied bot', 'pieds bots', 'luxation congénitale de la hanche', 'cardiopathie congénitale', 'malformation cardiaque',
  'malformation congénitale', 'hypospadias', 'craniosténose', 'agénésie', 'atrésie de l’œsophage', 'hernie diaphragmatique congénitale',
  // condition names in English ("diagnosed with Crohn's disease", "she has multiple sclerosis")
  'Crohn’s disease', 'Crohn’s', 'ulcerative colitis', 'multiple sclerosis', 'Parkinson’s disease', 'Parkinson’s', 'Alzheimer’s disease',
  'type 1 diabetes', 'type 2 diabetes', 'diabetic', 'celiac disease', 'coeliac disease', 'rheumatoid arthritis', 'arthritis', 'heart attack',
  'heart disease', 'heart failure', 'kidney disease', 'kidney failure', 'breast cancer', 'lung cancer', 'cancer survivor', 'chemotherapy',
  'lymphoma', 'leukemia', 'leukaemia', 'endometriosis', 'fibromyalgia', 'sleep apnea', 'sleep apnoea', 'narcolepsy', 'chronic migraine',
  'chronic migraines', 'HIV-positive', 'HIV positive', 'schizophrenia', 'schizophrenic', 'bipolar', 'dyslexia', 'dyslexic', 'autism', 'epileptic',
  'seizures', 'long COVID', 'on sick leave', 'medical leave', 'on medical leave', 'wheelchair user', 'in a wheelchair',
  'had surgery', 'underwent surgery', 'was hospitalized', 'was hospitalised', 'alcoholism', 'recovering alcoholic', 'drug addiction',
];
/** Care services a person is followed by: outreach psychiatry, sleep, memory and palliative care units (a care relation, like the specialists). */
const FOLLOW_UP_SERVICES = [
  'EMPP', 'équipe mobile psychiatrie précarité', 'équipe mobile de psychiatrie', 'équipe mobile psychiatrie-précarité', 'centre du sommeil', 'centre de sommeil',
  'unité du sommeil', 'unité de sommeil', 'laboratoire du sommeil', 'consultation du sommeil', 'clinique du sommeil', 'service du sommeil',
  'centre de la mémoire', 'centre mémoire', 'consultation mémoire', 'CMRR', 'centre ressources autisme', 'centre de ressources autisme',
  'unité pour malades difficiles', 'UMD', 'centre de lutte antituberculeuse', 'CLAT', 'équipe mobile de soins palliatifs', 'unité de soins palliatifs',
  'centre de traitement de la douleur', 'centre d’évaluation et de traitement de la douleur', 'consultation de la douleur',
];
/** Cardiac, spasticity and sleep drugs by brand and molecule. */
const CARDIAC_SPASTICITY_DRUGS = [
  'Bisoce', 'Nebilox', 'nébivolol', 'Tenormine', 'Avlocardyl', 'propranolol', 'Natispray', 'trinitrine', 'Entresto', 'sacubitril', 'Efient', 'prasugrel',
  'Aldactone', 'spironolactone', 'Lercan', 'Cozaar', 'losartan', 'Aprovel', 'irbésartan', 'Tareg', 'valsartan', 'Exforge', 'Ezetrol', 'ézétimibe',
  'Inegy', 'Zocor', 'simvastatine', 'Praluent', 'Repatha', 'Lipanthyl', 'fénofibrate', 'statine', 'statines', 'Kardegic',
  'toxine botulique', 'injections de toxine', 'Dysport', 'Xeomin', 'baclofène', 'Baclocur', 'Dantrium', 'dantrolène', 'Sirdalud', 'tizanidine',
  'Aotal', 'acamprosate', 'Revia', 'naltrexone', 'Selincro', 'nalméfène', 'Espéral', 'disulfirame', 'Circadin', 'Sulfarlem', 'Mianserine',
];
/** Measures, signs and sequels that stand for a condition: cardiac function, spasticity, burns, sleepiness, smoking. */
const MEASURES_SIGNS_SEQUELS = [
  'FEVG', 'fraction d’éjection', 'fraction d’éjection ventriculaire gauche', 'fraction d’éjection basse', 'fraction d’éjection diminuée',
  'hémoglobine glyquée', 'HbA1c', 'clairance de la créatinine', 'débit de filtration glomérulaire', 'VEMS',
  'spasticité', 'spasticités', 'hypertonie spastique', 'démarche spastique', 'pied tombant', 'steppage', 'dysarthrie', 'héminégligence', 'ataxie',
  'dysphagie', 'troubles de la déglutition',
  'cicatrices de brûlures', 'cicatrices de brûlure', 'cicatrice de brûlure',
  'séquelles de brûlures', 'brûlé au second degré', 'brûlée au second degré', 'brûlé au deuxième degré', 'brûlée au deuxième degré',
  'endormissement au volant', 'endormissements au volant', "s'endort au volant", "s'endormait au volant", "s'est endormi au volant",
  "s'est endormie au volant", 'somnolence diurne', 'somnolences diurnes', 'hypersomnolence', 'somnolence excessive',
  'ancien fumeur', 'ancienne fumeuse', 'anciens fumeurs', 'gros fumeur', 'grosse fumeuse', 'gros fumeurs', 'ancien gros fumeur', 'ancienne grosse fumeuse',
  'ex-fumeur', 'ex-fumeuse', 'fumeur invétéré', 'fumeuse invétérée', 'fumeur régulier', 'fumeuse régulière', 'paquets-années', 'paquets-année',
  'arrêté de fumer', 'arrêtée de fumer', 'arrêter de fumer',
];
/** Care programmes and follow-ups named for a mental-health or addiction need, and rehabilitation stays. */
const CARE_PROGRAMMES = [
  'Mon Soutien Psy', 'MonSoutienPsy', 'Mon Psy', 'MonPsy', 'dispositif Mon Psy', 'dispositif MonPsy', 'Santé Psy Étudiant', 'chèque psy',
  'consultation jeunes consommateurs', 'consultations jeunes consommateurs', 'consultation jeune consommateur', 'Point Accueil Écoute Jeunes',
  'spray de secours', 'inhalateur de secours', 'bronchodilatateur', 'bronchodilatateurs', 'pression positive continue', 'appareil de PPC',
  ...['suivi', 'suivie', 'suivis', 'suivies'].flatMap((v) => ['en MPR', 'en SMR', 'en SSR'].map((p) => `${v} ${p}`)),
  'hospitalisé en MPR', 'hospitalisée en MPR', 'séjour en MPR', 'sortie de MPR',
];
/** Pregnancy visits in shorthand: "rdv écho à la maternité", "écho de datation", "écho des 12 semaines". */
const PREGNANCY_VISITS = [
  'rdv écho', 'rdv d’écho', 'rendez-vous écho', 'rendez-vous d’écho', 'écho de datation', 'écho morphologique', 'écho du premier trimestre',
  'écho du deuxième trimestre', 'écho du troisième trimestre', 'écho des 12 semaines', 'écho des trois mois', 'première écho', 'deuxième écho',
  'troisième écho', 'écho à la maternité', 'écho de grossesse', 'échographie de grossesse', 'rdv à la maternité', 'rendez-vous à la maternité',
  'rdv maternité', 'consultation à la maternité', 'suivi de grossesse', 'suivie à la maternité', 'suivi à la maternité', 'inscrite à la maternité',
  'visite prénatale', 'consultation prénatale', 'entretien prénatal', 'monitoring de grossesse',
];
const MORE_SURGERY = [
  'ligamentoplastie', 'arthroplastie', 'angioplastie', 'laminectomie', 'discectomie', 'cholécystectomie', 'appendicectomie', 'thyroïdectomie',
  'prostatectomie', 'colectomie', 'gastrectomie', 'néphrectomie', 'tumorectomie', 'ovariectomie', 'bypass', 'by-pass', 'bypass gastrique',
  'trépanation', 'neurochirurgie', 'opération à cœur ouvert', 'opéré à cœur ouvert', 'opérée à cœur ouvert', 'passer sur le billard',
  'passé sur le billard', 'passée sur le billard', 'repasser sur le billard', 'greffe de peau', 'greffe cardiaque', 'greffe rénale',
  'semelles orthopédiques', 'chaussures orthopédiques', 'perdu un doigt', 'perdu deux doigts', 'perdu une main', 'perdu un bras',
  'perdu une jambe', 'perdu un pied', 'greffe hépatique', 'greffe pulmonaire', 'greffe de cellules souches', 'mise en place d’une prothèse', 'pose d’une prothèse',
  'pose de prothèse', 'pose d’un stent', 'pose d’un pacemaker', 'réopéré', 'réopérée',
  // a stroke or a heart attack in everyday words: "a fait une attaque", "depuis son attaque"
  'fait une attaque', 'faire une attaque', 'fera une attaque', 'fait une petite attaque', 'fait une grosse attaque', 'attaque cérébrale',
  'attaque cardiaque', 'depuis son attaque', 'après son attaque', 'suite à son attaque', 'avant son attaque', 'séquelles de son attaque',
  'fait un infarctus', 'fait un AVC', 'fait une crise cardiaque', 'fait un arrêt cardiaque', 'fait une embolie', 'fait une hémorragie',
  // immobilisation: "une minerve", "sous plâtre"
  'sous plâtre', 'immobilisé sous plâtre', 'immobilisée sous plâtre', 'porte une minerve', 'portait une minerve', 'avec une minerve', 'collier cervical', 'en béquilles',
];
const MORE_PREGNANCY = [
  // a leave type that says a birth: "après son congé maternité" (the rule skips a replacement: "CDD de remplacement congé maternité")
  'congé maternité', 'congé de maternité', 'congés maternité', 'congé mat', 'congé post-natal', 'congé postnatal', 'congé de naissance',
  'congé maternité pathologique', 'retour de congé maternité', 'retour de maternité',
  'congé de grossesse', 'arrêt de grossesse', 'arrêt grossesse',
  'perdu son bébé', 'perdu le bébé', 'perdu leur bébé', 'perdu l’enfant qu’elle attendait', 'congé prénatal', 'congé pré-natal',
  'congé prénatal pathologique', 'allaitement', 'allaite', 'allaitante', 'allaitait', 'enceinte jusqu’en', 'tombée enceinte', 'début de grossesse',
  'fin de grossesse', 'terme de sa grossesse', 'grossesse difficile', 'grossesse compliquée', 'accouchement prématuré', 'bébé prématuré',
  'mort-né', 'mort in utero', 'deuil périnatal', 'parcours de FIV', 'parcours d’AMP', 
];
/** Implanted devices and prostheses worn by the person ("porteur d'un stimulateur cardiaque"). */
const DEVICES = [
  'valve cardiaque', 'valve mécanique', 'valve aortique', 'valve mitrale', 'défibrillateur automatique implantable', 'défibrillateur cardiaque implantable',
  'défibrillateur implanté', 'pile cardiaque', 'neurostimulateur', 'stimulateur cérébral', 'stimulation cérébrale profonde', 'chambre implantable',
  'port-à-cath', 'PICC line', 'picc-line', 'cathéter central', 'pompe à morphine', 'implant rétinien', 'dérivation ventriculaire', 'valve de dérivation',
  'capteur de glucose', 'FreeStyle Libre', 'Dexcom', 'Omnipod', 'sonde gastrique', 'sonde d’alimentation', 'sonde nasogastrique',
  'prothèse de bras', 'prothèse de jambe', 'prothèse de main', 'prothèse d’épaule', 'prothèse oculaire', 'œil de verre', 'prothèse myoélectrique',
  'prothèse tibiale', 'prothèse fémorale', 'prothèse totale de genou', 'prothèse discale', 'implant cochléaire', 'stimulateur cardiaque',
  'défibrillateur implantable', 'pacemaker',
];
const MORE_SOINS = [
  'en SSR', 'soins de suite', 'soins de suite et de réadaptation', 'séjour en clinique', 'séjour en maison de repos',
  'séjour en hôpital', 'séjour à l’hôpital psychiatrique', 'hospitalisation à domicile',
  'passage de l’infirmière', 'en réa', 'réanimation', 'unité de soins palliatifs',
  'sur un lit d’hôpital', 'cloué au lit', 'clouée au lit', 'attelle', 'corset médical',
  // life support as a state: "sous assistance respiratoire", "sous respirateur", "sous dialyse"
  // (with "sous" only: "les gestes d'assistance respiratoire", "ventilation assistée" are also course content)
  ...['assistance respiratoire', 'assistance ventilatoire', 'ventilation assistée', 'ventilation artificielle', 'ventilation non invasive',
    'VNI', 'respiration artificielle', 'respirateur', 'respirateur artificiel', 'ventilation'].map((t) => `sous ${t}`), 'sous dialyse', 'sous hémodialyse', 'sous O2', 'sous sonde', 'sous morphine', 'sous insuline', 'sous chimio', 'sous chimiothérapie',
];
/** "est en cure", "part en cure": not a "cure de jouvence" or a "cure de vitamines". */
const CURE: LexiconEntry = { lemma: 'est en cure', forms: ['était en cure', 'part en cure', 'partir en cure', 'entrer en cure', 'entre en cure', 'parti en cure', 'partie en cure'], tag: 'addiction', notBefore: ['de jouvence', 'de minceur', 'de vitamines', 'de vitamine', 'de détox', 'de désintoxication numérique'] };
/** Adjectives added to the generated ones (feminine and plural are generated). */
const MORE_ADJECTIVES: Array<[string, string[]]> = [
  ['psy', ['paranoïaque', 'hyperactif', 'claustrophobe', 'agoraphobe', 'insomniaque', 'hypocondriaque', 'cyclothymique', 'névrosé', 'schizoïde',
    'bi-polaire', 'traumatisé crânien', 'suicidé']],
  ['pathologie', ['leucémique', 'sidéen', 'tuberculeux', 'rhumatisant', 'grabataire', 'comateux', 'amnésique', 'aphasique', 'hémiparétique',
    'cirrhotique', 'trachéotomisé', 'colostomisé', 'insulino-dépendant', 'cardiopathe',
    'asmathique', 'astmatique', 'spasmophile', 'insufisant cardiaque', 'insufisant respiratoire', 'insufisant rénal', 'sénile']],
  ['handicap', ['handicappé']],
  ['addiction', ['cocaïnomane', 'héroïnomane', 'polytoxicomane', 'alcoolo']],
  ['dys', ['dislexique']],
];

/** Lemmas of the genetic phrases borrowed as blockers: the rule leaves the disease they are about to genetique-biometrie. */
export const GENETIC_LEMMAS = new Set(GENETIQUE_LEXICON.map((e) => e.lemma));
/** The genetic ones only (not biometrics: "mordue à la main" names no heredity). */
export const HEREDITY_LEMMAS = new Set(GENETIQUE_LEXICON.filter((e) => e.tag?.startsWith('genetique')).map((e) => e.lemma));

/** Phrases owned by another rule: absorbing them keeps `sante` from reporting a word inside. */
function borrowedBlockers(): LexiconEntry[] {
  return [...HANDICAP_LEXICON, ...GENETIQUE_LEXICON].map((e) => ({ lemma: e.lemma, forms: e.forms, inflect: e.inflect, upper: e.upper, tag: 'bloc' }));
}

// ---------------------------------------------------------------------------------------------
// Conditions said without their medical name: injuries and sensory loss in plain words, care and rehabilitation bodies, drinking and drug
// slang, indirect mental-health wording, misspellings of frequent conditions, pregnancy said
// indirectly, lay names of symptoms and devices, exam accommodations.

/** Injuries by their cause or their kind: "blessure par balle", "blessé par éclat d'obus", "fracture de fatigue". */
const INJURIES = [
  'blessure par balle', 'blessures par balle', 'blessé par balle', 'blessée par balle', 'blessure par arme à feu', 'blessé par arme à feu',
  'blessée par arme à feu', 'blessure par éclat', 'blessures par éclats', 'blessé par éclat d’obus', 'éclats d’obus', 'éclat d’obus',
  'blessure par arme blanche', 'blessé par arme blanche', 'blessée par arme blanche', 'blessure de guerre', 'blessures de guerre', 'blessé de guerre',
  'blessée de guerre', 'blessé au combat', 'blessée au combat', 'blessé en opération', 'blessée en opération', 'blessé en OPEX', 'blessée en OPEX',
  'blessure psychique', 'blessures psychiques', 'blessé psychique', 'blessée psychique', 'blessés psychiques', 'blessure invisible', 'blessures invisibles',
  'polytraumatisme', 'polytraumatisé', 'polytraumatisée', 'grand brûlé', 'grande brûlée', 'grands brûlés', 'brûlé au troisième degré',
  'brûlée au troisième degré', 'brûlures au second degré', 'brûlures au troisième degré', 'brûlure au second degré', 'brûlure au troisième degré',
  'brûlures graves', 'grave brûlure', 'graves brûlures', 'syndrome du blast', 'blasté', 'blastée',
  // sports and overuse injuries
  'fracture de fatigue', 'fractures de fatigue', 'fracture de stress', 'périostite', 'pubalgie', 'syndrome des loges', 'claquage',
  'claquage musculaire', 'déchirure musculaire', 'lésion musculaire', 'ostéochondrite', 'syndrome rotulien', 'syndrome de l’essuie-glace',
  'maladie d’Osgood-Schlatter', 'aponévrosite plantaire', 'rupture du tendon', 'rupture tendineuse', 'entorse grave', 'genou en vrac',
  // hearing damage by its lay signs: the rule reads "sifflements (permanents) dans l'oreille (droite)"
  'oreille qui siffle', 'oreilles qui sifflent', 'oreilles qui bourdonnent', 'oreille qui bourdonne', 'traumatisme sonore', 'traumatisme acoustique',
  // sight and hearing loss with the article
  'perte de la vision', 'perte totale de la vision', 'perte partielle de la vision', 'perdu la vision', 'perte totale de la vue',
  'perte partielle de la vue', 'perte de l’audition', 'perdu la vue d’un œil', 'perte de la vue d’un œil',
];
/** "sifflements (permanents) dans l'oreille (droite)", "bourdonnements d'oreille": what follows the lay head. */
const EAR_Q = new SeqSet();
for (const a of ['', 'permanent ', 'permanents ', 'constant ', 'constants ', 'continu ', 'continus ', 'chronique ', 'chroniques ', 'incessant ', 'incessants ', 'aigu ', 'aigus ']) {
  for (const t of ["dans l'oreille", 'dans les oreilles', 'dans les deux oreilles', "d'oreille", "d'oreilles", "aux oreilles", "à l'oreille"]) {
    EAR_Q.addTerm(`${a}${t}`);
    if (t.includes('oreille') && !t.endsWith('s')) for (const side of ['droite', 'gauche']) EAR_Q.addTerm(`${a}${t} ${side}`);
  }
}
head(['sifflement', 'bourdonnement', 'tintement', 'acouphène'], [EAR_Q]);
// "perte de la vision de l'œil gauche", "perdu l'usage de la main droite", "perdu l'usage d'un œil"
/** "d'un œil", "d'une main", "d'une oreille gauche": one of a pair (both articles for the vowel-initial organs). */
const ORGAN_ONE = new SeqSet();
for (const [organ, art] of ORGANS) {
  if (art === 'p') continue;
  for (const a of art === 'm' ? ["d'un"] : art === 'f' ? ["d'une"] : ["d'un", "d'une"]) {
    ORGAN_ONE.addTerm(`${a} ${organ}`);
    for (const side of ['droit', 'droite', 'gauche']) ORGAN_ONE.addTerm(`${a} ${organ} ${side}`);
  }
}
/** "de sa main droite", "de son œil gauche", "de ses jambes": the person's own body part after a lost function. */
const ORGAN_POSS = new SeqSet();
for (const [organ, art] of ORGANS) {
  const poss = art === 'p' ? 'ses' : art === 'f' ? 'sa' : 'son';
  ORGAN_POSS.addTerm(`de ${poss} ${organ}`);
  for (const side of art === 'p' ? ['droits', 'droites', 'gauches'] : ['droit', 'droite', 'gauche']) ORGAN_POSS.addTerm(`de ${poss} ${organ} ${side}`);
}
head(['vision', 'vue', 'audition', 'usage'], [ORGAN_DE, ORGAN_ONE, ORGAN_POSS]);
head(['brûlure', 'brûlé', 'brûlée', 'balle', 'fatigue', 'stress', 'tendon'], [ORGAN_DE, ORGAN_A]);
head(['fatigue', 'stress', 'balle', 'tendon'], [BONE_DE, BONE_A]);
/** Work accidents with a machine or a tool: "son accident de treuil", "victime d'un accident de tronçonneuse" (not vehicles: "accident de scooter"). */
const MACHINE_ACCIDENTS = ['treuil', 'tronçonneuse', 'machine', 'presse', 'chariot', 'chariot élévateur', 'transpalette', 'scie', 'meuleuse', 'disqueuse',
  'perceuse', 'massicot', 'broyeur', 'tour', 'fraiseuse', 'échafaudage', 'échelle', 'chantier', 'grue', 'nacelle', 'engin', 'tracteur', 'moissonneuse',
  'débroussailleuse', 'convoyeur', 'laminoir', 'pressoir', 'hachoir', 'trancheuse', 'cutter', 'poinçonneuse', 'plieuse', 'manutention'];
const ACCIDENT_FORMS = MACHINE_ACCIDENTS.flatMap((m) => (/^[aeiouéh]/.test(m) ? [`accident d’${m}`, `accidents d’${m}`] : [`accident de ${m}`, `accidents de ${m}`]));
/** Care and rehabilitation bodies whose users are sick or injured: military wounded support cells, rehabilitation networks. */
const CARE_BODIES = [
  'CABAT', 'CABMF', 'CABAAE', 'BABAAE', 'cellule d’aide aux blessés', 'cellule d’aide aux blessés de l’armée de Terre', 'cellule d’aide aux blessés de l’armée de terre',
  'cellule d’accompagnement des blessés', 'cellule d’aide aux blessés de la gendarmerie', 'maison des blessés', 'Institution nationale des Invalides',
  'HIA Percy', 'HIA Bégin', 'HIA Laveran', 'HIA Sainte-Anne',
  'centre de réadaptation fonctionnelle', 'médecine physique et de réadaptation',
  'service de MPR', 'centre de MPR', 'SMR', 'soins médicaux et de réadaptation',   'centre mutualiste de rééducation', 'centre de réadaptation cardiaque', 'réadaptation cardiaque', 'réhabilitation respiratoire',
  'réadaptation respiratoire', 'centre de réhabilitation psychosociale', 'réhabilitation psychosociale', 'centre expert bipolaire',
  'centre ressource autisme', 'centre de ressources autisme', 'COMETE France', 'UGECAM',
];
/** Drug users named by their consumption: "consommateur de crack", "usager de drogues", "fumeur de joints". */
const SUBSTANCES = ['crack', 'cocaïne', 'héroïne', 'héro', 'drogue', 'drogues', 'drogues dures', 'stupéfiants', 'stups', 'cannabis', 'shit',
  'joints', 'beuh', 'weed', 'kétamine', 'ecstasy', 'MDMA', 'amphétamines', 'speed', 'LSD', 'GHB', 'opiacés', 'opioïdes',
  'morphine', 'méthadone', 'Subutex', 'buprénorphine', 'médicaments', 'benzodiazépines', 'anxiolytiques', 'somnifères', 'tramadol', 'codéine',
  'protoxyde d’azote', 'proto', 'poppers', 'méthamphétamine', 'alcool', 'alcools forts', 'produits psychoactifs', 'psychotropes',
  'cachets', 'cachetons', 'free base', 'freebase', 'chemsex', 'drogues de synthèse', 'cathinones', 'PTC'];
/** Words with a trade sense ("consommation d'herbe du troupeau", "consommation de coke du haut fourneau", "arbre à cames"): only after a user noun. */
const SUBSTANCES_SLANG = ['coke', 'came', 'herbe'];
const SUBSTANCE_DE = new SeqSet();
const SUBSTANCE_A = new SeqSet();
const USER_SUBSTANCE_DE = new SeqSet();
for (const sub of [...SUBSTANCES, ...SUBSTANCES_SLANG]) {
  const f = fold(sub);
  const plural = /s$|x$/.test(f) && !['crack', 'speed', 'chemsex'].includes(f);
  const vowel = /^[aeiouyh]/.test(f);
  const slang = SUBSTANCES_SLANG.includes(sub);
  for (const de of slang ? [USER_SUBSTANCE_DE] : [SUBSTANCE_DE, USER_SUBSTANCE_DE]) {
    de.addTerm(vowel ? `d'${sub}` : `de ${sub}`);
    if (!plural) de.addTerm(vowel ? `de l'${sub}` : `de la ${sub}`);
    if (!plural) de.addTerm(`du ${sub}`);
    if (plural) de.addTerm(`des ${sub}`);
  }
  if (slang) continue;
  SUBSTANCE_A.addTerm(plural ? `aux ${sub}` : vowel ? `à l'${sub}` : `au ${sub}`);
  if (!plural && !vowel) SUBSTANCE_A.addTerm(`à la ${sub}`);
}
/** Heads that are not terms on their own (entries of mode `tete`), and terms that take the substance after them. */
const USER_HEADS = ['consommateur', 'consommatrice', 'usager', 'usagère', 'fumeur', 'fumeuse', 'injecteur', 'injecteuse', 'conso'];
head(USER_HEADS, [USER_SUBSTANCE_DE]);
head(['consommation', 'abus', 'mésusage', 'dépendance', 'dépendant', 'dépendante', 'sevrage', 'sevré', 'sevrée', 'overdose', 'surdose'], [SUBSTANCE_DE]);
/**
 * Tobacco and nicotine: a dependence only after a dependence head ("accro au tabac", "dépendante à la nicotine",
 * "sevrage du tabac"); "consommation de tabac" and "fumeur de cigarettes" say no dependence (and are rules of premises).
 */
const TOBACCO = ['tabac', 'nicotine', 'cigarette', 'cigarettes', 'clope', 'clopes', 'cigarette électronique', 'vapoteuse', 'vape', 'chicha',
  'narguilé', 'cigare', 'cigares', 'cigarillos', 'snus', 'tabac à rouler', 'tabac à chiquer', 'puff', 'puffs'];
const TOBACCO_DE = new SeqSet();
for (const sub of TOBACCO) {
  const f = fold(sub);
  const plural = /s$/.test(f);
  const vowel = /^[aeiouyh]/.test(f);
  SUBSTANCE_A.addTerm(plural ? `aux ${sub}` : vowel ? `à l'${sub}` : `au ${sub}`);
  if (!plural && !vowel) SUBSTANCE_A.addTerm(`à la ${sub}`);
  TOBACCO_DE.addTerm(plural ? `des ${sub}` : vowel ? `de l'${sub}` : `du ${sub}`);
  if (!plural && !vowel) TOBACCO_DE.addTerm(`de la ${sub}`);
}
head(['sevrage', 'sevré', 'sevrée', 'addiction'], [TOBACCO_DE]);
head([...BEHAVIOUR_HEADS, 'addiction', 'addictions'], [SUBSTANCE_A]);
/** Drinking and drug use in slang and euphemism. */
const SLANG_USE = [
  'penchant pour la bouteille', 'penchant pour l’alcool', 'penchant pour la boisson', 'penchants pour la bouteille', 'porté sur la boisson',
  'portée sur la boisson', 'portés sur la boisson', 'porté sur l’alcool', 'portée sur l’alcool', 'aime un peu trop la bouteille', 'aime trop la bouteille',
  'problème de boisson', 'problèmes de boisson', 'souci avec la boisson', 'soucis avec la boisson', 'problème avec la boisson', 'problèmes avec la boisson',
  'lève le coude', 'levait le coude', 'lèvent le coude', 'lève un peu trop le coude', 'levait un peu trop le coude', 'lève beaucoup le coude',
  'boit comme un trou', 'buvait comme un trou', 'picoleur', 'picoleuse', 'picolent', 'picolaient', 'tisait',
  'se bourre la gueule', 'se bourrait la gueule', 'se met minable', 'prend des cuites', 'prenait des cuites', 'cuites à répétition', 'alcoolisations massives',
  'alcoolisation massive', 'alcoolisations répétées', 'noie son chagrin', 'noyait son chagrin', 'sent l’alcool', 'sentait l’alcool', 'haleine alcoolisée',
  'arrive alcoolisé', 'arrive alcoolisée', 'arrivait alcoolisé', 'arrivait alcoolisée', 'forte consommation d’alcool', 'grosse consommation d’alcool',
  'alcoolo-dépendance', 'dipsomanie', 'se came', 'se camait', 'se camer', 'sniffe', 'sniffait', 'sniffer', 'se défonce', 'se défonçait', 'se défoncer',
  'fume du crack', 'fumait du crack', 'fume de l’héroïne', 'chasse le dragon', 'sous crack', 'sous coke', 'sous cocaïne', 'sous héroïne', 'sous kétamine',
  'sous cannabis', 'sous stupéfiants', 'crackeur', 'crackeuse', 'crackhead', 'toxicomanie active', 'rechute alcoolique', 'rechute toxicomaniaque',
];
/** Indirect mental-health wording: military discharge on psychiatric grounds, attachment disorders, war neuroses. */
const REFORM_Q = new SeqSet();
for (const t of ['pour raisons psychiatriques', 'pour raison psychiatrique', 'pour motif psychiatrique', 'pour motifs psychiatriques', 'pour raisons psychologiques',
  'pour raison psychologique', 'pour raisons médicales', 'pour raison médicale', 'pour motif médical', 'pour motifs médicaux', 'pour inaptitude médicale',
  'pour blessure', 'pour blessures', 'pour invalidité', 'pour troubles psychiques', 'pour troubles psychiatriques', 'pour état dépressif', 'pour dépression',
  'pour raisons de santé', 'pour raison de santé', 'pour problème de santé', 'pour problèmes de santé', 'pour inaptitude physique',
  // a body part or a condition as the ground: "réformé pour le dos", "réformée pour ses genoux", "réformé pour asthme"
  ...['le dos', 'son dos', 'les genoux', 'ses genoux', 'le genou', 'son genou', "l'épaule", 'son épaule', 'les yeux', 'ses yeux', 'la vue', 'sa vue',
    'le cœur', 'son cœur', 'les pieds', 'pieds plats', 'le pied', 'les oreilles', "l'audition", 'asthme', "l'asthme", 'son asthme', 'une hernie',
    'une hernie discale', 'problème de dos', 'problèmes de dos', 'mal de dos', 'les poumons', 'une blessure', 'sa blessure', 'diabète', 'son diabète',
    'épilepsie', 'son épilepsie', 'un souffle au cœur', 'surdité', 'sa surdité'].map((w) => `pour ${w}`),
  'psy', 'médicalement', 'pour inaptitude', 'P4', 'P5', 'P 4', 'P 5', 'définitif pour raisons médicales', 'définitivement pour raisons médicales', 'définitivement pour raisons psychiatriques']) REFORM_Q.addTerm(t);
head(['réformé', 'réformée', 'réforme'], [REFORM_Q]);
const INDIRECT_PSY = [
  'profil P4', 'profil psy P4', 'classé P4', 'classée P4', 'coefficient P4', 'réforme P4', 'réformé P4', 'réformée P4', 'névrose traumatique', 'névrose de guerre',
  'syndrome de la guerre du Golfe', 'syndrome du Golfe', 'syndrome post-traumatique', 'syndromes post-traumatiques',
  'stress post-traumatique complexe', 'trouble réactionnel de l’attachement', 'trouble de l’attachement',
  'troubles de l’attachement', 'trouble de l’adaptation', 'troubles de l’adaptation', 'trouble oppositionnel', 'troubles oppositionnels',
  'trouble oppositionnel avec provocation', 'troubles des conduites', 'trouble des conduites', 'trouble du contrôle des impulsions', 'troubles du contrôle des impulsions',
  'trouble explosif intermittent', 'dysrégulation émotionnelle', 'troubles de la régulation émotionnelle', 'trouble de la régulation émotionnelle',
  'syndrome de Münchhausen', 'trouble factice', 'trouble de conversion', 'trouble conversif', 'trouble anxieux généralisé',
  'choc psychologique', 'choc traumatique', 'psychose post-partum',
  'baby blues', 'bouffées d’angoisse', 'ruminations anxieuses', 'reviviscences', 'flashbacks traumatiques', 'cauchemars traumatiques',
  'mélancolie délirante', 'phase maniaque', 'phases maniaques', 'virage maniaque', 'hypomanie', 'épisode psychotique', 'premier épisode psychotique',
  'accès mélancolique', 'sous traitement psy',
];
/** Frequent misspellings of the most common conditions (as typed fast or dictated), nouns and adjectives. */
const MISSPELLED = [
  'schyzophrénie', 'skizophrénie', 'shizophrénie', 'schizofrénie', 'schisophrénie', 'schyzofrénie', 'chizophrénie', 'skyzophrénie',
  'bipolarité', 'bypolarité', 'dépresion', 'déppression', 'dépression nerveuze', 'alzaimer', 'alsheimer', 'alzeimmer', 'alzhemier',
  'altzeimer', 'parkison', 'parkinsson', 'parkinsone', 'épilepsi', 'epylepsie', 'épilépsie', 'diabette', 'astme', 'astma',
  'scleroze en plaques', 'cancére', 'leucémi', 'fibromialgie', 'fybromyalgie', 'endometriose', 'andométriose',
  'burn aout', 'bornout', 'born-out', 'burnaout', 'anorexi', 'boulimi', 'otisme', 'hautisme', 'toxicomani', 'alcolisme', 'alcoolismme', 'alccolisme',
  'hernie discal', 'ernie discale', 'lombalgi', 'tendinitte', 'tendinnite', 'artrose', 'arthroze', 'polyartrite', 'sclérose latéral amyotrophique',
];
const MISSPELLED_ADJ: Array<[string, string[]]> = [
  ['psy', ['schyzophrène', 'skizophrène', 'shizophrène', 'schizofrène', 'schisophrène', 'schyzofrène', 'chizophrène', 'skyzophrène', 'schizophrénique',
    'bipolère', 'bypolaire', 'bipolair', 'bi-polère', 'dépresif', 'déppressif', 'psycotique', 'psichotique', 'psychotik', 'paranoiak', 'autist', 'otiste',
    'anorexic', 'boulimic', 'dépressif chronique']],
  ['pathologie', ['épileptik', 'epyleptique', 'diabétik', 'diabètik', 'diabetic', 'asmatique', 'astmatik', 'insulino dépendant', 'insulinodépendent',
    'cancereu', 'alzheimérien', 'parkinsonnien', 'séropo']],
  ['addiction', ['alcolique', 'alccolique', 'alcoolik', 'toxicomanne', 'toxico-mane']],
];
/** Pregnancy said indirectly: "attend une petite fille pour juillet", "attend un petit garçon" (the rule checks what follows). */
const PREGNANCY_CHILD: string[] = [];
for (const v of ['attend', 'attendait', 'attendent', 'attendra', 'attendaient', 'attendons']) {
  for (const o of ['une petite fille', 'un petit garçon', 'une fille', 'un garçon', 'un petit gars', 'un nouvel enfant', 'un nouveau bébé', 'un autre enfant',
    'un autre bébé', 'un petit frère', 'une petite sœur', 'un petit dernier', 'une petite dernière', 'la cigogne']) {
    PREGNANCY_CHILD.push(`${v} ${o}`);
  }
}
const MORE_PREGNANCY_2 = [
  'en cloque', 'tombée en cloque', 'va être maman', 'va devenir maman', 'sera bientôt maman', 'bientôt maman', 'va être mère', 'va devenir mère',
  'sera maman', 'ventre rond', 'date prévue d’accouchement', 'doit accoucher', 'devait accoucher',
  'accouchement prévu', 'accouchement programmé', 'vient d’accoucher', 'vient d’avoir un bébé',
  'congé maternité prévu', 'départ en congé maternité', 'nausées de grossesse', 'test de grossesse positif', 'échographie du troisième trimestre',
  'premier trimestre de grossesse', 'deuxième trimestre de grossesse', 'troisième trimestre de grossesse', 'mois de grossesse', 'SA de grossesse',
];
/** Lay names of symptoms, and devices described by what they do: "fait des hypos", "un capteur sur le bras pour sa glycémie". */
const DEVICE_LAY: string[] = [
  'capteur de glycémie', 'capteurs de glycémie', 'capteur de glucose', 'capteur glycémique', 'capteur Freestyle', 'Freestyle Libre',
  'Dexcom', 'Medtrum', 'Omnipod', 'pompe à insuline', 'pompe Omnipod', 'patch à insuline', 'lecteur de glycémie', 'lecteur de glucose',
  'holter tensionnel', 'holter ECG', 'holter cardiaque', 'appareil à PPC', 'machine PPC', 'appareil PPC', 'masque PPC',
  'appareil respiratoire pour dormir', 'appareil pour l’apnée', 'appareil pour les apnées', 'machine pour dormir', 'pompe à morphine',
  'électrostimulateur', 'appareil pour son cœur', 'appareil pour le cœur', 'pile au cœur', 'boîtier au cœur',
  ...['son taux de sucre', 'sa glycémie', 'ses glycémies', 'son diabète', 'son taux de glycémie', 'sa tension', 'son cœur', 'sa respiration', 'ses apnées']
    .flatMap((t) => [`pour surveiller ${t}`, `pour contrôler ${t}`, `pour mesurer ${t}`, `qui mesure ${t}`, `qui surveille ${t}`]),
  ...['son taux de sucre', 'sa glycémie', 'ses glycémies', 'son diabète', 'son taux de glycémie', 'ses apnées', 'son insuline'].map((t) => `pour ${t}`),
  'taux de sucre trop bas', 'taux de sucre trop haut', 'chute de sucre', 'chutes de sucre', 'coup de sucre', 'baisse de sucre', 'baisses de sucre',
  'se resucrer', 'se resucre', 'se resucrait', 'resucrage', 'fait des hypos', 'faisait des hypos', 'fait une hypo', 'faisait une hypo', 'en hypo',
  'crise d’hypo', 'crises d’hypo', 'malaise hypoglycémique', 'malaises hypoglycémiques', 'coma diabétique', 'acidocétose',
];
/** Exam accommodations that reveal a disability or a learning disorder: "a eu un tiers temps au bac", "PAP au collège". */
const EXAM_ACCOMMODATIONS = [
  'tiers temps', 'tiers-temps', 'tiers temps supplémentaire', 'temps majoré', 'majoration du temps', 'majoration de temps', 'temps supplémentaire aux examens',
  'aménagement d’examen', 'aménagements d’examen', 'aménagement d’examens', 'aménagements d’examens', 'aménagement des examens', 'aménagements des examens',
  'aménagement des épreuves', 'aménagements des épreuves', 'aménagement aux examens', 'aménagements aux examens', 'aménagements de scolarité', 'aménagement de scolarité',
  'plan d’accompagnement personnalisé', 'projet d’accueil individualisé', 'projet personnalisé de scolarisation', 'programme personnalisé de réussite éducative',
  'secrétaire d’examen', 'secrétaire pour les examens', 'ordinateur aux examens', 'salle à part pour les examens', 'auxiliaire de vie scolaire',
  'accompagnant d’élève en situation de handicap', 'accompagnante d’élève en situation de handicap', 'accompagnant des élèves en situation de handicap',
];

const BEHAVIOUR_Q = new SeqSet();
for (const o of BEHAVIOUR_OBJECTS) BEHAVIOUR_Q.addTerm(o);
head([...BEHAVIOUR_HEADS, 'addiction'], [BEHAVIOUR_Q]);

// ---------------------------------------------------------------------------------------------
// Classes: grades of injuries, repair surgery, lay names, symptoms, chemotherapy protocols,
// care centres for exiles and trauma victims.

/** Burns and injuries by degree or grade: "brûlure au deuxième degré", "brûlé au 3e degré", "entorse de stade 2". */
const DEGREES = ['premier', '1er', 'deuxième', 'second', '2e', '2ème', '2nd', 'troisième', '3e', '3ème', 'quatrième', '4e'];
const DEGREE_Q = new SeqSet();
for (const d of DEGREES) for (const p of ['au', 'du', 'de']) DEGREE_Q.addTerm(`${p} ${d} degré`);
head(['brûlure', 'brûlé', 'brûlée', 'gelure', 'engelure'], [DEGREE_Q]);
/** Hot flushes and other symptoms: "bouffées de chaleur", "bouffées d'angoisse". */
head(['bouffée'], [custom('de chaleur', 'de chaleurs', 'délirante')]);
const LAY_CONDITIONS = [
  // bed rest and lying-in
  'alitement', 'alitement strict', 'repos strict allongé', 'repos strict allongée', 'repos allongé strict', 'repos allongée strict',
  'repos strict au lit', 'repos au lit strict', 'alitement prolongé',
  // menopause and other symptoms a counsellor notes
  'bouffées de chaleur', 'sueurs nocturnes', 'suées nocturnes', 'préménopause', 'périménopause', 'ménopause précoce', 'andropause',
  'réveils nocturnes', 'troubles de l’endormissement', 'difficultés d’endormissement',
  // lay and slang names of illnesses
  'une saloperie de cancer', 'sale maladie', 'longue maladie', 'le palu', 'du sucre dans le sang', 'trop de sucre dans le sang',
  'la maladie du sucre', 'crise de haut mal',
  // epileptic seizures by lay name
  'crises convulsives', 'crise convulsive', 'absences épileptiques', 'crise tonico-clonique', 'crises tonico-cloniques',
];
/**
 * Sleep trouble said in plain verbs: "dort mal", "ne dort plus". After a life event ("sa compagne a une liaison, il dort
 * mal") it is not a finding; the rule reports it only beside another health finding of the sentence (mode `sommeil`).
 */
const SLEEP = ['dort mal', 'dormait mal', 'dort très mal', 'dort de plus en plus mal', 'ne dort plus', 'ne dormait plus', 'ne dort presque plus',
  'ne dort pas la nuit', 'dort peu et mal', 'nuits sans sommeil', 'difficultés à dormir', 'sommeil perturbé', 'sommeil agité', 'mal dormir', 'dort plus'];
/** Repair surgery in lay and medical words: fixing bones with metal, closing a stoma, removing the hardware. */
const LAY_SURGERY = [
  'ostéosynthèse', 'matériel d’ostéosynthèse', 'ablation du matériel', 'ablation des broches',
  'enclouage', 'enclouage centromédullaire', 'clou centromédullaire', 'clou gamma',
  'arthrolyse', 'ostéotomie', 'laminectomie', 'discectomie', 'cimentoplastie', 'vertébroplastie',
  'rétablissement de continuité', 'rétablissement de la continuité', 'rétablissement de la continuité digestive', 'rétablissement de continuité digestive',
  'fermeture de stomie', 'fermeture de la stomie', 'fermeture d’iléostomie', 'fermeture de colostomie', 'anus artificiel', 'poche de colostomie',
  'néphrostomie', 'urostomie', 'stomisé', 'stomisée',
];
/** Chemotherapy protocols: unambiguous names alone, short ones only after "protocole" or "cure". */
const CHEMO_ALONE = ['ABVD', 'FOLFOX', 'FOLFIRI', 'FOLFIRINOX', 'FOLFOXIRI', 'R-CHOP', 'BEACOPP', 'XELOX', 'CAPOX', 'R-DHAP', 'R-ICE', 'R-CVP', 'EC-paclitaxel',
  'FEC-docétaxel', 'TCHP', 'MOPP'];
// short names that are also other acronyms ("maçonnerie VRD", "VAD" = vente à domicile)
const CHEMO_SHORT = ['VCD', 'CMF', 'CHOP', 'TCH', 'DHAP', 'GEMOX', 'Carbo-Taxol', 'carboplatine', 'cisplatine',
  'paclitaxel', 'docétaxel', 'oxaliplatine', 'gemcitabine', 'capécitabine', 'Xeloda', 'Herceptin', 'trastuzumab', 'rituximab', 'pembrolizumab', 'Keytruda', 'nivolumab', 'Opdivo'];
// also everyday work acronyms after "protocole" ("protocole VRD" of a road works site, "protocole FEC" of an accounting audit,
// "protocole PE" in early childhood, "protocole BEP" of an exam): only after "cure"
const CHEMO_WORK_ACRONYMS = ['VAD', 'VRD', 'FEC', 'BEP', 'EC', 'AC', 'VAC', 'ICE', 'TAC', 'TC', 'EP', 'PE'];
const CHEMO_FORMS = [
  ...[...CHEMO_ALONE, ...CHEMO_SHORT].flatMap((p) => [`protocole ${p}`, `protocoles ${p}`, `cure de ${p}`, `cures de ${p}`]),
  ...CHEMO_WORK_ACRONYMS.flatMap((p) => [`cure de ${p}`, `cures de ${p}`]),
  'protocole de chimio', 'protocole de chimiothérapie', 'protocole d’immunothérapie', 'protocole de radiothérapie', 'protocole de radiochimiothérapie',
  'radiochimiothérapie', 'radio-chimiothérapie', 'thérapie ciblée', 'thérapies ciblées', 'cures de chimiothérapie', 'cure de chimiothérapie',
  'chimiothérapie adjuvante', 'chimiothérapie néoadjuvante', 'chimio orale', 'chimiothérapie orale', 'autogreffe', 'allogreffe', 'greffe de moelle',
];
/** Care centres whose users are exiles, torture or trauma victims, or people with a psychiatric condition. */
const CARE_CENTRES = [
  'centre Primo Levi', 'centre Primo-Levi', 'association Primo Levi', 'centre Minkowska', 'centre Françoise Minkowska', 'centre Georges Devereux',
  // the association Parcours d'Exil by a care relation, not the common noun ("lié au parcours d'exil", heading "PARCOURS D'EXIL")
  'association Parcours d’exil', 'centre Parcours d’exil', 'suivi à Parcours d’exil', 'suivie à Parcours d’exil', 'suivi par Parcours d’exil',
  'suivie par Parcours d’exil', 'soigné à Parcours d’exil', 'soignée à Parcours d’exil', 'Orspere-Samdarra', 'Samdarra', 'centre Osiris', 'centre Essor', 'consultation transculturelle', 'consultations transculturelles',
  'consultation d’ethnopsychiatrie', 'centre d’ethnopsychiatrie', 'centre du psychotraumatisme', 'centre régional du psychotraumatisme',
  'centre de psychotraumatologie', 'consultation de psychotraumatologie', 'unité de psychotraumatologie', 'CUMP', 'centre médico-psychologique',
  'centre de santé mentale', 'centre d’accueil thérapeutique', 'centre de post-cure', 'maison de repos', 'maison de convalescence',
];


// ---------------------------------------------------------------------------------------------
// More classes: occupational lung and tendon disease, post-covid and breath symptoms, ligament and
// tendon ruptures, lost fingers, limping and rehab slang, Tourette signs, transplant drugs, thyroid care
// in plain words, drinking euphemisms, gambling out of control.

/** Osteosynthesis hardware told with the verb: "une tige posée dans la jambe", "des vis posées au genou". */
const POSE_Q = new SeqSet();
for (const [organ, art] of ORGANS) {
  const dans = `dans ${join(art === 'p' ? 'les' : art === 'v' ? "l'" : art === 'm' ? 'le' : 'la', organ)}`;
  for (const v of ['posé', 'posée', 'posés', 'posées', 'mis', 'mise', 'mises', 'implanté', 'implantée']) {
    POSE_Q.addTerm(`${v} ${dans}`);
    POSE_Q.addTerm(`${v} ${join(A[art], organ)}`);
  }
}
head(['broche', 'plaque', 'tige', 'vis', 'clou'], [POSE_Q]);
/** Scars on a body part: "des cicatrices aux pieds", "cicatrice au visage". */
head(['cicatrice'], [ORGAN_A, BONE_A]);
/** Lost or cut fingers, toes, an eye: "a perdu deux phalanges", "amputé de trois orteils". */
const LOST_PARTS: string[] = [];
for (const v of ['perdu', 'amputé de', 'amputée de', 'sectionné', 'sectionnée', 'arraché', 'arrachée', 'écrasé', 'écrasée']) {
  for (const o of ['une phalange', 'deux phalanges', 'trois phalanges', 'des phalanges', 'plusieurs phalanges', 'un orteil', 'deux orteils', 'trois orteils',
    'des orteils', 'un doigt', 'deux doigts', 'trois doigts', 'des doigts', 'le pouce', 'un pouce', 'l’index', 'un œil', 'un rein', 'un poumon']) {
    if (v === 'perdu' && ['un doigt', 'deux doigts'].includes(o)) continue; // already in MORE_SURGERY
    LOST_PARTS.push(`${v} ${o}`);
  }
}
/** Ruptured tendons and ligaments, said with the verb or the lay short name ("les croisés"). */
const RUPTURES: string[] = [];
for (const v of ['rompu', 'rompue', 'rompus', 'déchiré', 'déchirée', 'pété', 'pétée', 'claqué', 'claquée']) {
  for (const o of ['le tendon', 'un tendon', 'les tendons', 'le ligament', 'un ligament', 'les ligaments', 'le croisé', 'les croisés', 'les ligaments croisés', 'le ligament croisé', 'le talon d’Achille']) RUPTURES.push(`${v} ${o}`);
}
for (const r of ['rupture', 'ruptures']) for (const o of ['des croisés', 'du croisé', 'des ligaments', 'du ligament', 'du ligament croisé', 'd’un ligament', 'd’un tendon', 'des ligaments croisés', 'du tendon d’Achille', 'du talon d’Achille', 'de la coiffe']) RUPTURES.push(`${r} ${o}`);
RUPTURES.push('croisés rompus', 'croisé rompu', 'ligament rompu', 'ligaments rompus', 'tendon rompu', 'tendon d’Achille rompu');
/** Gambling out of control: "paris sportifs devenus incontrôlables", "jeux d'argent compulsifs". */
const GAMBLING: string[] = [];
for (const o of ['paris sportifs', 'paris sportifs en ligne', 'paris en ligne', 'paris hippiques', 'jeux d’argent', 'jeux d’argent en ligne', 'jeux en ligne', 'jeux de hasard', 'jeux à gratter', 'jeux de grattage']) {
  for (const q of ['incontrôlables', 'devenus incontrôlables', 'devenues incontrôlables', 'hors de contrôle', 'compulsifs', 'devenus compulsifs', 'pathologiques', 'devenus pathologiques', 'problématiques', 'devenus problématiques', 'excessifs']) {
    GAMBLING.push(`${o} ${q}`);
  }
}
for (const v of ['perdu le contrôle de ses', 'perte de contrôle sur ses', 'ne contrôle plus ses', 'ne maîtrise plus ses']) for (const o of ['paris', 'paris sportifs', 'jeux d’argent', 'mises', 'dépenses de jeu']) GAMBLING.push(`${v} ${o}`);
const PLAIN_CONDITIONS = [
  // occupational lung and tendon disease, post-covid
  'plaques pleurales', 'plaque pleurale', 'épaississement pleural', 'fibrose pleurale', 'ténosynovite', 'ténosynovite de De Quervain', 'tendinite de De Quervain',
  'synovite', 'hygroma', 'covid persistant', 'séquelles du covid', 'séquelles de covid',
  'fracture ouverte', 'fractures ouvertes', 'fracture déplacée', 'fracture comminutive', 'fracture complexe', 'boiterie', 'claudication', 'boitillement',
  // Tourette signs and obsessive-compulsive acts
  'tics vocaux', 'tic vocal', 'tics moteurs', 'tic moteur', 'tics nerveux', 'tic nerveux', 'tics verbaux', 'coprolalie', 'copropraxie', 'écholalie', 'palilalie',
  'tocs', 'TOCs', 'toc de vérification', 'tocs de vérification', 'toc de lavage', 'tocs de lavage', 'rituels compulsifs', 'compulsions de vérification', 'compulsions de lavage',
  ...LOST_PARTS, ...RUPTURES,
];
const PLAIN_TREATMENTS = [
  // transplant drugs
  'antirejet', 'anti-rejet', 'antirejets', 'anti-rejets', 'traitement antirejet', 'traitement anti-rejet', 'médicaments antirejet', 'médicaments anti-rejet',
  'Prograf', 'Advagraf', 'Envarsus', 'tacrolimus', 'ciclosporine', 'Néoral', 'Sandimmun', 'Cellcept', 'mycophénolate', 'Myfortic', 'Certican', 'évérolimus',
  'Rapamune', 'sirolimus', 'immunosuppresseurs',
  // surgery and exams by their technique
  'cœlioscopie', 'coelioscopie', 'laparoscopie', 'laparotomie', 'hystéroscopie', 'cystoscopie', 'rééduc', 'séances de rééduc', 'rééduc fonctionnelle',
  // thyroid care in plain words
  ...['pour sa thyroïde', 'pr sa thyroïde', 'pour ma thyroïde', 'pour son hypothyroïdie'], 'traitement thyroïdien', 'ttt thyroïdien',
  'problème de thyroïde', 'problèmes de thyroïde', 'souci de thyroïde', 'soucis de thyroïde', 'ablation de la thyroïde',
];
const PLAIN_ADDICTIONS = [
  // slang of substitution drugs ("sous Subutex", "sous méthadone" are read by the rule's "sous" check)
  'Subu', 'sous Subu', 'sous Sub', 'sous métha', 'Subox',
  'souci avec la bouteille', 'soucis avec la bouteille', 'problème avec la bouteille', 'problèmes avec la bouteille', 'problème de bouteille', 'problèmes de bouteille',
  'souci d’alcool', 'soucis d’alcool', 'problème d’alcool', 'problèmes d’alcool', 'souci avec l’alcool', 'soucis avec l’alcool', 'tendance à boire',
  ...['ne plus boire', 'ne boit plus', 'ne bois plus', 'ne buvait plus', 'ne plus toucher', 'ne touche plus', 'plus jamais boire'].flatMap((v) => [`${v} une goutte`, `${v} une goutte d’alcool`, `${v} un verre`, `${v} un verre d’alcool`, `${v} une seule goutte`]),
  ...GAMBLING,
];
const PLAIN_PREGNANCY = ['attendre un bébé', 'attendre un enfant', 'attendait un bébé', 'attendaient un bébé', 'attendra un bébé', 'attendent un bébé', 'attendons un bébé', 'attendre un heureux événement'];

const TERMS: LexiconEntry[] = [
  ...n('pathologie', PLAIN_CONDITIONS),
  ...n('traitement', PLAIN_TREATMENTS),
  // "ttt pr la thyroïde", "un comprimé pour la thyroïde"; not a lab job ("dose les hormones pour la thyroïde")
  ...n('traitement', ['pour la thyroïde', 'pr la thyroïde'], { near: ['ttt', 'traitement', 'comprimé', 'comprimés', 'cachet', 'cachets', 'médicament', 'médicaments',
    'suivie', 'suivi', 'opérée', 'opéré', 'soignée', 'soigné', 'prend', 'prendre', 'prenait', 'Levothyrox'] }),
  ...n('addiction', PLAIN_ADDICTIONS),
  ...n('grossesse', PLAIN_PREGNANCY),
  // breath, cough, tiredness and limping of the person (mode symptome: someone in the sentence, "le marché s'essouffle" has no one;
  // after a condition named earlier in the sentence, the symptom is part of that finding: "a eu une embolie et reste essoufflé")
  // a named sign is a finding of its own, but owns no symptom after it (mode signe)
  ...n('pathologie:signe', ['brouillard cérébral', 'brouillard mental', 'brain fog', 'troubles cognitifs post-covid']),
  ...n('pathologie:symptome', ['essoufflement', 'dyspnée', 'souffle court', 'manque de souffle', 'toux chronique', 'toux persistante', 'quintes de toux', 'crises de toux',
    'grosse fatigue', 'grande fatigue', 'fatigue intense', 'fatigue extrême', 'fatigue persistante', 'fatigabilité', 'grosses fatigues'],
    { notBefore: ['du marché', 'de la croissance', 'des ventes', 'du modèle', 'de l’économie', 'du secteur', 'de la demande', 'du projet', 'de l’activité', 'du dispositif',
      // "manque de souffle dans ses recherches": energy for a job search, not breath
      'dans ses recherches', 'dans sa recherche', 'dans ses démarches', 'dans sa démarche', 'dans son projet', 'dans ses candidatures'] }),
  ...fixed('pathologie:symptome', ['tousse', 'toussait', 'toussent', 'tousse beaucoup', 'manque d’air', 'manquait d’air', 'manque de l’air', 'essoufflé', 'essoufflée', 'vite essoufflé', 'vite essoufflée', 'boite encore', 'boite toujours', 'boite légèrement', 'boite un peu', 'boitait encore', 'boite de la jambe', 'boitille', 'boitillait'],
    { notBefore: ['frais', 'pur', 'dans la salle', 'dans le local', 'dans les locaux', 'de la boîte', 'de la société', 'de l’entreprise'] }),
  ...['vis', 'clou', 'cicatrice'].map((lemma): LexiconEntry => ({ lemma, inflect: lemma === 'vis' ? 'none' : 'noun', tag: 'pathologie:tete' })),
  { lemma: 'épuisement', inflect: 'noun', tag: 'psy:p', notBefore: ['des', 'du', 'de', 'd’', "d'"] },
  ...n('pathologie', [...CARDIO, ...RESPIRATOIRE, ...NEURO, ...CANCER, ...INFECTIEUX, ...ENDOCRINE, ...MUSCULO, ...DIGESTIF, ...PEAU, ...MORE_CONDITIONS]),
  ...n('psy', MORE_PSY),
  ...n('addiction', MORE_ADDICTION),
  CURE,
  { lemma: COMPULSIVE[0], forms: COMPULSIVE.slice(1), tag: 'addiction' },
  ...fixed('addiction', BEHAVIOURAL),
  ...BEHAVIOUR_HEADS.map((lemma): LexiconEntry => ({ lemma, tag: 'addiction:tete' })),
  ...STRUCTURES,
  // "une overdose de réunions" is an idiom
  ...n('addiction', ['overdose', 'surdose'], { notBefore: ['de travail', 'de réunions', 'de boulot', 'd’informations', 'de paperasse', 'de mails', 'de formations', 'de démarches', 'de sucre'] }),
  // severe and work-related allergies: "a fait un choc anaphylactique", "œdème de Quincke", "eczéma de contact aux gants", "asthme du boulanger"
  ...n('pathologie', ['choc anaphylactique', 'réaction anaphylactique', 'anaphylaxie', 'œdème de Quincke', 'angio-œdème', 'angiœdème',
    'eczéma de contact', 'dermite de contact', 'dermatite de contact', 'urticaire de contact', 'asthme professionnel', 'asthme du boulanger',
    'rhinite professionnelle', 'allergie professionnelle', 'allergie de contact', 'sensibilisation cutanée', 'sensibilisation respiratoire']),
  // food intolerances and allergic reactions: "intolérante au lactose", "a fait une réaction allergique"
  ...n('pathologie', ['réaction allergique', 'intolérance au lactose', 'intolérance au fructose', 'intolérance à l’histamine', 'intolérance alimentaire']),
  ...fixed('pathologie', ['intolérant au lactose', 'intolérante au lactose', 'intolérants au lactose', 'intolérant au gluten', 'intolérante au gluten',
    'intolérants au gluten', 'intolérant au fructose', 'intolérante au fructose']),
  // nitrous oxide by its slang container names ("ballons de proto"; not the catering "cartouches de protoxyde d'azote" of a siphon)
  ...n('addiction', ['ballon de proto', 'ballon de protoxyde', 'ballon de protoxyde d’azote', 'ballon de gaz hilarant', 'bonbonne de proto',
    'cartouche de proto', 'capsule de proto']),
  // gout and hyperuricaemia drugs (brand and molecule)
  ...n('traitement', ['colchicine', 'Colchimax', 'allopurinol', 'Zyloric', 'fébuxostat', 'Adenuric']),
  // local pain patches (not lidocaine alone, a dentist's or a nurse's product)
  ...n('traitement', ['Versatis', 'Qutenza', 'patch de lidocaïne', 'emplâtre de lidocaïne', 'patch de Versatis', 'patch de morphine',
    'patch de fentanyl', 'patch de Durogesic', 'patch antidouleur', 'patch anti-douleur']),
  // poisonings by a named agent; prevention and risk wording is a job's or a training's
  ...n('pathologie', ['intoxication aux pesticides', 'intoxication au monoxyde de carbone', 'intoxication au CO', 'intoxication au plomb',
    'intoxication aux solvants', 'intoxication aux métaux lourds', 'intoxication au mercure', 'intoxication aux champignons',
    'intoxication alimentaire', 'intoxication médicamenteuse', 'intoxication aux produits phytosanitaires', 'saturnisme'],
    { notBefore: ['collective', 'collectives', 'de masse'], notNear: ['risque', 'risques', 'prévention', 'prévenir', 'formation', 'protocole', 'procédure', 'Certiphyto', 'sensibilisation'] }),
  // small airways and circulation of the hands; an epidemic or a season is a workplace's (notNear words are single tokens)
  ...n('pathologie', ['bronchiolite', 'bronchiolite chronique', 'bronchiolite oblitérante', 'bronchiectasie', 'bronchectasie'],
    { notNear: ['épidémie', 'épidémies', 'campagne', 'prévention', 'saison'] }),
  ...n('pathologie', ['phénomène de Raynaud', 'syndrome de Raynaud', 'acrosyndrome', 'acrocyanose']),
  // visual field losses told in words
  ...n('pathologie', ['perte du champ visuel', 'perte de champ visuel', 'perte partielle du champ visuel', 'déficit du champ visuel',
    'déficit de champ visuel', 'altération du champ visuel', 'scotome']),
  ...fixed('addiction', ['en therapy', 'in therapy', 'captagon']),
  { lemma: 'sober', tag: 'addiction', near: ['depuis', 'alcool', 'cure', 'sevrage', 'rechute', 'mois', 'ans', 'reste', 'rester', 'resté', 'restée', 'jours', 'AA', 'abstinent', 'abstinente'] },
  ...fixed('addiction:conso', ['amphètes', 'amphés', 'amphets', 'bétel', 'noix d’arec']),
  // English in notes: "sort d'un breakdown", "a fait une panic attack", "sort de rehab" (not "le breakdown des coûts", "un chantier de rehab")
  ...n('psy', ['breakdown', 'nervous breakdown', 'mental breakdown', 'panic attack', 'anxiety attack', 'anxiety disorder', 'eating disorder',
    'self-harm', 'self harm', 'mental health issues', 'burned out', 'burnt out', 'bipolar disorder', 'post-traumatic stress'],
    { notBefore: ['des', 'du', 'de', 'd’', 'par', 'budgétaire', 'analytique', 'financier'] }),
  ...fixed('psy', ['ADHD', 'OCD'], { upper: true }),
  ...n('addiction', ['rehab'], { notAfter: ['chantier de', 'chantiers de', 'projet de', 'projets de', 'travaux de'], notBefore: ['de bâtiments', 'de logements', 'immobilière', 'de l’immeuble', 'de façade', 'de façades'] }),
  // doping and performance drugs: "a pris des anabolisants", "une cure de nandrolone" (ambiguous names need a consumption word)
  ...n('addiction', ['anabolisant', 'stéroïdes anabolisants', 'stéroïde anabolisant', 'produits dopants', 'produit dopant', 'substances dopantes',
    'nandrolone', 'trenbolone', 'stanozolol', 'clenbutérol', 'dianabol', 'winstrol', 'SARMs', 'cure de stéroïdes', 'cure de testostérone',
    'contrôle antidopage positif', 'contrôle anti-dopage positif', 'contrôlé positif à l’EPO', 'contrôlée positive à l’EPO']),
  ...fixed('addiction:conso', ['stéroïdes', 'stéro', 'stéros', 'testostérone', 'testo', 'hormone de croissance', 'hormones de croissance', 'dopants']),
  { lemma: 'EPO', upper: true, tag: 'addiction', near: ['positif', 'positive', 'contrôlé', 'contrôlée', 'dopage', 'pris', 'prenait', 'prend', 'injecté', 'injectait', 'injections', 'cure', 'avoue', 'reconnaît', 'suspendu', 'suspendue'] },
  // "suspendu pour dopage", "une affaire de dopage" (not the fight against it, nor a course on it)
  ...n('addiction', ['dopage'], { notAfter: ['contre le', 'anti', 'antidopage', 'prévention du', 'lutte contre le', 'du'] }),
  // English in notes, more: "on the spectrum", "autistic", "has PTSD", "on meds" (the rule's care check reads "follow-up avec le psy")
  ...fixed('psy', ['on the spectrum', 'on the autism spectrum', 'autistic', 'neurodivergent', 'neurodivergente', 'neurodivergents',
    'depressed', 'clinical depression', 'major depression', 'social anxiety', 'mental illness', 'mental health condition', 'on meds',
    'on antidepressants', 'suicide attempt', 'in rehab', 'chronic fatigue', 'chronic pain', 'chronic illness']),
  ...fixed('psy', ['PTSD'], { upper: true, near: ['diagnosed', 'diagnostiqué', 'diagnostiquée', 'has', 'have', 'a', 'avec', 'souffre', 'suivi', 'suivie', 'traitement'] }),
  // hallucinations told as an experience: "entend parfois des voix", "j'entends à nouveau les voix"
  { lemma: 'entend des voix', tag: 'psy', notNear: ['favorables', 'favorable', 'critiques', 'dissonantes', 'discordantes', 'client', 'clients', 'appel', 'appels',
    'téléphone', 'standard', 'collègues', 'élever', 'politiques', 'électeurs', 'dire', 'disant'], forms: ['entend', 'entends', 'entendait', 'entendais', 'entendent', 'entendre', 'entendu'].flatMap((v) =>
    ['', ' parfois', ' encore', ' à nouveau', ' de nouveau', ' toujours', ' souvent', ' plus', ' régulièrement', ' la nuit'].flatMap((a) =>
      [' des voix', ' les voix'].map((o) => v + a + o))) },
  // long-acting and neurology brands: injections every month or quarter, myasthenia, epilepsy, migraine, Parkinson, MS
  ...n('traitement', ['Trevicta', 'Byannli', 'Zypadhera', 'Aristada', 'Okedi', 'Haldol Décanoas', 'Haldol décanoate', 'Modecate', 'Piportil',
    'Fluanxol', 'Clopixol', 'Risperdal Consta LP', 'neuroleptique retard', 'neuroleptiques retard', 'injection retard', 'antipsychotique à action prolongée',
    'Mestinon', 'pyridostigmine', 'Mytelase', 'Vimpat', 'lacosamide', 'Briviact', 'Zonegran', 'Sabril', 'Gardénal', 'phénobarbital',
    'Mysoline', 'Epidiolex', 'Rilutek', 'riluzole', 'Aimovig', 'Ajovy', 'Emgality', 'Vyepti', 'Imigrane', 'sumatriptan', 'Relpax', 'Zomig',
    'Naramig', 'Stalevo', 'Mantadix', 'Apokinon', 'Duodopa', 'Xadago', 'Zeposia', 'Mayzent', 'Ponvory', 'Lemtrada', 'Soliris',
    'Vyvgart', 'immunoglobulines', 'Xyrem', 'Wakix', 'Sunosi', 'Lioresal']),
  // therapeutic bloodletting (haemochromatosis, polycythaemia), not a wall chase for cables
  { lemma: 'saignée', inflect: 'noun', tag: 'soins', near: ['hémochromatose', 'ferritine', 'fer', 'polyglobulie', 'thérapeutique', 'thérapeutiques',
    'traitement', 'hématologue', 'EFS', 'régulières', 'mensuelles', 'traitée', 'traité', 'soigné', 'soignée'], notNear: ['mur', 'murs', 'cloison', 'béton', 'gaine', 'gaines', 'électricien', 'électricienne', 'câbles', 'rainureuse', 'chantier', 'bois'] },
  ...n('soins', ['saignée thérapeutique', 'phlébotomie', 'érythraphérèse']),
  // pressure injuries (divers, cabin crew), occupational blood exposure (a needle-stick injury and its follow-up)
  ...n('pathologie', ['barotraumatisme', 'barotrauma', 'aérotite', 'accident de décompression', 'maladie de décompression', 'tympan perforé',
    'perforation du tympan', 'perforation tympanique', 'accident d’exposition au sang', 'accident d’exposition au sang et aux liquides biologiques',
    'piqûre avec une aiguille', 'piqûre d’aiguille', 'piqûre par aiguille', 'piqûre accidentelle', 'aiguille souillée',
    'piqûre avec une aiguille souillée', 'piqûre avec une seringue', 'piqué par une seringue', 'piquée par une seringue', 'piqué avec une aiguille',
    'piquée avec une aiguille', 'blessure par aiguille', 'coupure avec un scalpel', 'traitement post-exposition', 'prophylaxie post-exposition']),
  // bare blood exposure is also a nurse's job risk ("l'exposition au sang fait partie des risques du métier")
  ...n('pathologie', ['exposition au sang'], { notNear: ['risque', 'risques', 'prévention', 'métier', 'formation', 'protocole', 'procédure'] }),
  { lemma: 'AES', upper: true, tag: 'pathologie', near: ['piqûre', 'piqué', 'piquée', 'aiguille', 'seringue', 'sérologie', 'sang', 'exposition', 'trithérapie', 'urgences', 'déclaré', 'déclarée', 'victime'] },
  { lemma: 'kilos', forms: ['kilo', 'kg', 'kgs'], tag: 'pathologie:poids' },
  // undernutrition and weight told of the person: "dénutrie", "a perdu 20 kilos" (the number is checked by the rule)
  ...adj('pathologie', ['dénutri', 'cachectique']),
  // not a job's or an NGO's cause: "lutte contre la malnutrition", "prévention de la dénutrition en EHPAD"
  ...n('pathologie', ['dénutrition', 'malnutrition'], { notAfter: ['contre la', 'prévention de la', 'dépistage de la', 'risque de', 'risques de', 'sur la'] }),
  ...n('pathologie', ['cachexie', 'carence en fer', 'carences alimentaires', 'perte de poids importante',
    'somnolence liée au traitement', 'somnolence due au traitement', 'somnolences liées au traitement', 'effets secondaires du traitement',
    'effets secondaires de son traitement', 'effets secondaires des médicaments', 'ralentissement dû au traitement', 'prise de poids liée au traitement',
    'vêtement compressif', 'vêtements compressifs', 'vêtements de compression', 'manchon compressif', 'bas de contention', 'chaussettes de contention',
    'masque compressif', 'centre des grands brûlés', 'centre de grands brûlés', 'service des grands brûlés', 'unité des grands brûlés']),
  ...n('traitement', MORE_TREATMENT),
  ...n('traitement', CARDIAC_SPASTICITY_DRUGS),
  ...n('traitement', RARE_CONDITION_DRUGS),
  ...fixed('pathologie', SLEEP_SIGNS_MALFORMATIONS, { inflect: 'none' }),
  ...FOLLOW_UP_SERVICES.map((lemma): LexiconEntry => ({ lemma, upper: lemma === lemma.toUpperCase(), tag: 'psy:spec' })),
  ...fixed('pathologie', MEASURES_SIGNS_SEQUELS, { inflect: 'none' }),
  // marks left on a body, not on a worktop: "des traces de brûlures sur les bras" (not "le plan de travail portait des traces de brûlures")
  ...fixed('pathologie', ['marques de brûlures', 'traces de brûlures'], { inflect: 'none', near: ['bras', 'avant-bras', 'main', 'mains', 'visage', 'peau',
    'cou', 'jambe', 'jambes', 'dos', 'corps', 'torse', 'ventre', 'mollet', 'cuisse', 'greffe', 'greffes', 'brûlé', 'brûlée', 'séquelles', 'cicatrices'] }),
  // a smoker's daily count, not a parcel delivered: "fume un paquet par jour" (not "livre plus d'un paquet par jour")
  ...fixed('pathologie', ['un paquet par jour', 'deux paquets par jour', 'un paquet et demi par jour'], { inflect: 'none', near: ['fume', 'fumait', 'fumer',
    'fumeur', 'fumeuse', 'cigarette', 'cigarettes', 'clope', 'clopes', 'tabac', 'tabagisme', 'roulées'] }),
  ...fixed('soins', CARE_PROGRAMMES, { inflect: 'none' }),
  // "elle est en rééducation fonctionnelle", not the ward of a care job ("kinésithérapeute, dix ans en rééducation fonctionnelle")
  ...fixed('soins', ['en rééducation fonctionnelle'], { inflect: 'none', notNear: ['kinésithérapeute', 'kinésithérapeutes', 'kiné', 'kinés', 'ergothérapeute',
    'orthophoniste', 'psychomotricien', 'psychomotricienne', 'infirmier', 'infirmière', 'aide-soignant', 'aide-soignante', 'ASH', 'brancardier', 'secrétaire',
    'poste', 'stage', 'travaille', 'travaillé', 'exerce', 'exercé', 'recrute', 'embauche', 'CDD', 'CDI', 'diplômé', 'diplômée'] }),
  ...fixed('grossesse', PREGNANCY_VISITS, { inflect: 'none' }),
  // a sleep-apnoea machine ("appareillé en PPC", "PPC la nuit"), not a pay-per-click campaign
  { lemma: 'PPC', upper: true, tag: 'soins', near: ['apnée', 'apnées', 'nuit', 'nuits', 'appareil', 'appareillé', 'appareillée', 'masque', 'sommeil', 'dort', 'dormir', 'SAOS', 'machine', 'pneumologue'] },
  // the driving-licence doctor's limited fitness reveals a condition ("aptitude temporaire d'un an" from the préfecture's doctor)
  ...['aptitude temporaire', 'aptitude limitée', 'aptitude à durée limitée', 'permis à durée limitée', 'permis de conduire à durée limitée'].map((lemma): LexiconEntry => ({
    lemma, tag: 'soins', near: ['médecin', 'agréé', 'agréée', 'commission', 'préfecture', 'permis', 'médicale', 'médical', 'apnée', 'apnées', 'traitement'] })),
  // cancer written "K" by counsellors and doctors: "un K du sein", "K de la prostate"
  ...fixed('pathologie', ['sein', 'poumon', 'côlon', 'colon', 'pancréas', 'rein', 'foie', 'cerveau', 'sang', 'rectum'].map((o) => `K du ${o}`)
    .concat(['prostate', 'vessie', 'thyroïde', 'peau', 'gorge', 'langue'].map((o) => `K de la ${o}`), ["K de l'utérus", "K de l'ovaire", "K de l'estomac", "K de l'œsophage", 'K ORL', 'K du col']), { inflect: 'none' }),
  ...n('soins', [...MORE_SURGERY, ...MORE_SOINS, ...DEVICES]),
  ...n('grossesse', MORE_PREGNANCY),
  ...n('handicap', [...SENSORIEL, ...HANDICAP]),
  ...n('psy', PSY),
  ...n('addiction', ADDICTION),
  ...fixed('addiction', DRINKING, { notBefore: SOFT_DRINKS }),
  ...n('traitement', TRAITEMENT),
  ...n('soins', SOINS),
  ...n('dys', DYS),
  ...n('grossesse', GROSSESSE),
  ...fixed('grossesse', ['IVG', 'PMA', 'FIV', 'GPA', 'IMG', 'ICSI'], { upper: true }),
  ...fixed('psy', ['HDT', 'SDT', 'SPDT', 'SPDRE', 'TCC'], { upper: true }),
  // "interné" folds to "interne": only after an auxiliary, and not "interne en médecine"
  { lemma: 'été interné', forms: ['être interné', 'fait interner', 'faire interner'], tag: 'psy', notBefore: ['en', 'au', 'à', 'aux', 'des', 'dans un service', 'dans le service'] },
  // "fracture numérique", "une entorse au règlement" are not injuries
  ...n('pathologie:p', ['fracture', 'entorse', 'luxation'], { notBefore: ['numérique', 'sociale', 'territoriale', 'générationnelle', 'au règlement', 'à la règle', 'aux règles', 'à ses principes', 'à la loi'] }),
  ...fixed('psy', ['TOC', 'TSA', 'TCA', 'TAG', 'ESPT', 'PTSD', 'SSPT'], { upper: true }),
  // abbreviations of notes: "ATCD : HTA, DT2", "IMV en 2019", "suivi en HDJ"
  ...fixed('pathologie', ['HTA', 'DT1', 'DT2', 'DID', 'DNID', 'IDM', 'PTH', 'PTG'], { upper: true }),
  ...fixed('psy', ['IMV', 'HDJ'], { upper: true }),
  // ambiguous ones (terminale S, football club) need a medical word or an event construction nearby
  { lemma: 'TS', upper: true, tag: 'psy:sigle' },
  // substitution treatments by acronym ("son TSO", "TAO à la méthadone"): the rule wants a possessive or an addiction cue
  { lemma: 'TSO', forms: ['TAO', 'MSO', 'TSN'], upper: true, tag: 'addiction:tso' },
  { lemma: 'FC', upper: true, tag: 'grossesse:sigle' },
  ...fixed('pathologie', ['SEP', 'MICI', 'IMC', 'SLA', 'MST', 'IST', 'SAOS', 'SII', 'AIT'], { upper: true }),
  ...n('pathologie', [...INJURIES, ...MISSPELLED]),
  ...n('psy', INDIRECT_PSY),
  ...n('addiction', SLANG_USE),
  ...n('grossesse', MORE_PREGNANCY_2),
  { lemma: PREGNANCY_CHILD[0], forms: PREGNANCY_CHILD.slice(1), tag: 'grossesse:bebe' },
  { lemma: ACCIDENT_FORMS[0], forms: ACCIDENT_FORMS.slice(1), tag: 'pathologie:accident' },
  ...CARE_BODIES.map((lemma): LexiconEntry => ({ lemma, inflect: 'none', upper: /^[A-Z0-9]+$/.test(lemma), tag: 'soins:struct' })),
  ...USER_HEADS.map((lemma): LexiconEntry => ({ lemma, inflect: 'noun', tag: 'addiction:tete' })),
  ...['sifflement', 'bourdonnement', 'tintement'].map((lemma): LexiconEntry => ({ lemma, inflect: 'noun', tag: 'handicap:tete' })),
  // "perdu l'usage de la main droite", not "perdu l'usage de son compte": only with a body part (continuation of "usage")
  { lemma: 'perte de l’usage', forms: ['perdu l’usage'], tag: 'pathologie:tete' },
  // heads reported only with their continuation: a limb's weakness, a war wound, a named flare ("poussée inflammatoire")
  { lemma: 'faiblesse', forms: ['faiblesses', 'perte de force', 'manque de force', 'engourdissement', 'engourdissements', 'fourmillements', 'raideur', 'raideurs', 'ankylose', 'perte de sensibilité', 'perte de la sensibilité',
    'perdu la sensibilité', 'perdu toute sensibilité'], tag: 'pathologie:tete' },
  { lemma: 'touché', forms: ['touchée'], tag: 'pathologie:tete' },
  // a flare of a relapsing disease ("les jours de poussée", "en poussée"): a finding beside the disease it belongs to
  { lemma: 'poussée', forms: ['poussées'], tag: 'pathologie:poussee' },
  // war wounds and trauma said plainly: "a sauté sur une mine", "revoit la scène toutes les nuits"
  ...fixed('pathologie', ['sauté sur une mine', 'sauté sur un IED', 'sauté sur un engin explosif', 'blessés de guerre', 'grand blessé', 'grande blessée']),
  ...fixed('psy:p', ['revoit l’accident', 'revoit l’explosion', 'revoit l’agression', 'revit l’explosion',
    'revit l’attentat', 'revit le naufrage', 'revit l’embuscade', 'revoit le naufrage', 'revoit l’embuscade', 'revoit l’attentat',
    'images qui tournent en boucle', 'scène qui tourne en boucle', 'rêve de l’accident', 'rêve de l’explosion', 'rêves traumatiques', 'souvenirs traumatiques',
    'souvenirs intrusifs', 'pensées intrusives', 'état de qui-vive permanent', 'sursauts au moindre bruit', 'sursaute au moindre claquement']),
  // everyday words that are trauma signs only when repeated ("toutes les nuits"), tied to an event, or beside another finding (mode trace):
  // not "revoit la scène du film", "se réveille en sursaut quand le réveil sonne"
  ...fixed('psy:trace', ['revoit la scène', 'revoyait la scène', 'revoit les images', 'réveils en sursaut', 'se réveille en sursaut', 'se réveillait en sursaut',
    'toujours sur le qui-vive', 'ne supporte plus les bruits forts']),
  // English in notes: "she is pregnant", "on maternity leave"
  ...fixed('grossesse', ['pregnant', 'pregnancy', 'expecting a baby', 'maternity leave', 'miscarriage', 'morning sickness']),
  { lemma: 'réformé', forms: ['réformée', 'réformés', 'réformées', 'réforme'], tag: 'psy:tete' },
  ...fixed('soins', DEVICE_LAY),
  ...fixed('soins', ['CPAP'], { upper: true }),
  { lemma: 'hypo', forms: ['hypos', 'hyper', 'hypers'], tag: 'pathologie:hypo' },
  ...fixed('handicap:exam', EXAM_ACCOMMODATIONS),
  ...fixed('handicap:exam', ['PAP', 'PAI', 'PPS', 'PPRE', 'AVS'], { upper: true }),
  ...adjectiveEntries(),
  ...HEAD_ENTRIES,
  ...MODES,
  ...n('pathologie', LAY_CONDITIONS),
  // epilepsy by its old names, not "le grand mal de l'entreprise, c'est le turnover"
  ...n('pathologie', ['le grand mal', 'le petit mal'], { notBefore: ['de', 'du', 'des', "d'", 'd’'] }),
  ...n('soins', LAY_SURGERY),
  ...fixed('traitement', CHEMO_ALONE, { upper: true }),
  { lemma: CHEMO_FORMS[0], forms: CHEMO_FORMS.slice(1), tag: 'traitement' },
  ...CARE_CENTRES.map((lemma): LexiconEntry => ({ lemma, inflect: 'none', upper: /^[A-Z]+$/.test(lemma), tag: 'soins:struct' })),
  // cancer by its slang name, not the seafood: "elle a « le crabe »", "a vaincu le crabe"
  { lemma: 'le crabe', forms: ['ce crabe', 'ce foutu crabe', 'le foutu crabe'], tag: 'pathologie', notNear: ['farci', 'farcis', 'cuisine', 'cuisinier', 'cuisinière', 'cuisiner',
    'menu', 'plat', 'recette', 'restaurant', 'mayonnaise', 'pêche', 'pêcheur', 'pêché', 'mer', 'plage', 'marée', 'poisson', 'poissonnerie', 'poissonnier',
    'fruits', 'crevettes', 'homard', 'araignée', 'tourteau', 'décortique', 'décortiquer', 'pinces', 'aquarium', 'vend', 'vendu', 'étal', 'crustacés', 'crustacé'] },
  // "ses crises", "des absences", "ses malaises": bare episodes, reported only beside another health finding of the sentence
  // ("crise", "malaise" are heads above: the rule tries them as episodes when no continuation follows)
  { lemma: 'absences', tag: 'pathologie:episode' },
  { lemma: SLEEP[0], forms: SLEEP.slice(1), tag: 'pathologie:sommeil' },
  // brûlure, gelure: heads reported only with their degree or a body part (continuation)
  ...['gelure', 'engelure', 'brûlure'].map((lemma): LexiconEntry => ({ lemma, inflect: 'noun', tag: 'pathologie:tete' })),
  { lemma: 'brûlé', forms: ['brûlée', 'brûlés', 'brûlées'], tag: 'pathologie:tete' },
  // health words of Portuguese and Spanish notes or quotes ("Ele está em depressão", "tiene ansiedad"):
  // counted only in a sentence about a person, named in French or in the note's language (mode etr)
  ...n('psy:etr', ['depressão', 'em depressão', 'com depressão', 'depresión', 'con depresión', 'en depresión', 'deprimido', 'deprimida',
    'ansiedade', 'com ansiedade', 'ansiedad', 'con ansiedad', 'esquizofrenia', 'transtorno bipolar', 'trastorno bipolar', 'síndrome de burnout',
    'alcoolismo', 'alcoholismo', 'toxicodependência', 'drogadicción', 'depressivo', 'depressiva', 'depresivo', 'depresiva'], { inflect: 'none' }),
  ...n('pathologie:etr', ['câncer', 'cáncer', 'com câncer', 'con cáncer', 'diabetes', 'diabético', 'diabética', 'epilepsia', 'demência', 'demencia',
    'doença grave', 'enfermedad grave', 'doente', 'enfermo', 'enferma', 'derrame cerebral', 'ataque cardíaco', 'infarto'], { inflect: 'none' }),
  // a cure of the person ("trois semaines de cure", "revient de cure", "sa cure"): the rule checks the frame; never "curé", "cure de vitamines"
  { lemma: 'cure', forms: ['cures'], tag: 'soins:cure' },
  // a fall from height as the person's injury ("une chute de 4 mètres", "sa chute d'échafaudage"); the rule checks the event and the height
  { lemma: 'chute', forms: ['chutes'], tag: 'pathologie:chute' },
  ...n('pathologie', ['tombé', 'tombée', 'chuté', 'chutée'].flatMap((v) => ["d'un échafaudage", "de l'échafaudage", "d'une échelle", "de l'échelle", 'du toit', "d'un toit",
    "d'une toiture", 'de la toiture', "d'un escabeau", "d'une nacelle", "d'un pylône", "d'une charpente", 'de hauteur'].map((p) => `${v} ${p}`))),
  // hearing and visual aids worn by the person
  ...n('handicap', ["contour d'oreille", "contours d'oreille", "contours d'oreilles", "contour d'oreilles", 'aide auditive', 'aides auditives',
    'audioprothèse', 'audioprothèses', 'appareillage auditif', 'appareil intra-auriculaire', 'appareils intra-auriculaires', 'implants cochléaires',
    'prothèses auditives', 'appareils de correction auditive', 'appareil de correction auditive', 'cannes blanches', 'canne de malvoyant',
    'canne d’aveugle', 'chiens guides', 'chiens d’aveugle'], { inflect: 'none', tag: 'handicap:aide' }),
  ...n('handicap:aidep', ['plage braille', 'plages braille', 'loupe électronique', 'loupes électroniques', 'téléagrandisseur', 'téléagrandisseurs',
    'boucle magnétique', 'boucles magnétiques'], { inflect: 'none' }),
  // a sensory impairment stated by the person ("je n'entends pas", "ne voit plus de l'œil gauche"): the rule checks what follows
  ...n('handicap:sens', ['entends', 'entend', 'entendait', 'entendais'].flatMap((v) => [`n'${v} pas`, `n'${v} plus`, `n'${v} rien`, `n'${v} presque rien`, `n'${v} presque plus`, `n'${v} quasiment rien`, `n'${v} quasiment plus`, `n'${v} pas du tout`, `n'${v} plus du tout`, `n'${v} que d'une oreille`]), { inflect: 'none' }),
  // a camera or a robot "à vision monoculaire" is no eye: the rule reads the phrase before
  ...fixed('handicap:optique', ['vision monoculaire', 'cécité monoculaire']),
  // blood pressure in lay words: "tension trop haute", "tension artérielle trop basse" (the rule drops the electrical
  // and mechanical senses: "tension trop haute sur le circuit", "tension de la courroie")
  ...fixed('pathologie:tension', ['tension trop haute', 'tension trop basse', 'tension un peu haute', 'tension un peu basse', 'tension un peu trop haute',
    'tension beaucoup trop haute', 'tension artérielle trop haute', 'tension artérielle trop basse', 'tension artérielle élevée',
    'tension artérielle trop élevée', 'tension artérielle basse', 'tension artérielle instable', 'tension qui monte trop', 'problèmes de tension artérielle']),
  ...n('handicap:sens', ['vois', 'voit', 'voyait', 'voyais'].flatMap((v) => [`ne ${v} plus`, `ne ${v} pas`, `ne ${v} rien`, `ne ${v} presque plus`, `ne ${v} presque rien`, `ne ${v} que d'un œil`, `ne ${v} plus que d'un œil`,
    // one eye: "il voit d'un seul œil", "ne voit plus que d'un seul œil" (not "voit d'un bon œil", a view)
    `${v} d'un seul œil`, `ne ${v} que d'un seul œil`, `ne ${v} plus que d'un seul œil`, `ne ${v} plus d'un œil`, `ne ${v} plus rien d'un œil`, `ne ${v} rien d'un œil`]), { inflect: 'none' }),
  ...n('handicap:sens', ['entends', 'entend', 'entendait', 'entendais'].flatMap((v) => [`${v} d'une seule oreille`, `n'${v} que d'une seule oreille`, `n'${v} plus que d'une oreille`, `n'${v} plus d'une oreille`, `n'${v} rien d'une oreille`]), { inflect: 'none' }),
  // a breakdown told in lay words ("j'ai craqué", "il a pété les plombs", "elle s'est effondrée"): the rule wants a person as the subject
  ...n('psy:craque', ['craqué', 'craque', 'craques', 'craquais', 'craquait', 'craquer', 'effondré', 'effondrée', 'effondre', 'effondrait', 'effondrer',
    // (anger idioms, "péter les plombs", "disjoncter", are judgements: jugement)
    'touché le fond', 'touche le fond', 'toucher le fond', 'touchait le fond', 'craqué nerveusement', 'effondrée psychiquement', 'effondré psychiquement',
    'effondrée moralement', 'effondré moralement'], { inflect: 'none' }),
  // bones injured, in lay words: "deux vertèbres fêlées", "une côte cassée", "fracture vertébrale"
  ...n('pathologie', ['vertèbre', 'vertèbres', 'côte', 'côtes', 'clavicule', 'rotule', 'cervicales', 'lombaires'].flatMap((b) => {
    const pl = b.endsWith('s');
    return ['fêlé', 'cassé', 'fracturé', 'tassé', 'déplacé', 'écrasé', 'soudé', 'fusionné', 'bloqué', 'broyé'].map((v) => `${b} ${v}e${pl ? 's' : ''}`);
  }), { inflect: 'none' }),
  ...n('pathologie', ['fracture vertébrale', 'fractures vertébrales', 'fracture de vertèbre', 'fracture de vertèbres', 'fracture des vertèbres',
    "fracture d'une vertèbre", 'tassements vertébraux', 'tassement de vertèbre', "tassement d'une vertèbre", 'tassement des vertèbres', 'vertèbres tassées',
    'fracture du bassin', 'fracture du rachis', 'fracture de la colonne'], { inflect: 'none' }),
  // bites and crush or cut injuries of the hand ("mordue à la main" is a head with its body part)
  ...n('pathologie:p', ['morsure', 'morsure de chien', 'morsure de chat', 'morsure animale'], { notBefore: ['du froid', 'du soleil', 'de la concurrence'] }),
  ...n('pathologie', ['tendon sectionné', 'tendons sectionnés', 'tendon fléchisseur', 'tendons fléchisseurs', 'tendon extenseur', 'tendons extenseurs',
    'section du tendon', 'section des tendons', 'section de tendon', 'section tendineuse', 'rupture tendineuse', 'plaie tendineuse', 'nerf sectionné',
    'doigt écrasé', 'doigts écrasés', 'doigt sectionné', 'doigts sectionnés', 'doigt amputé', 'main écrasée', 'main arrachée', 'pied écrasé',
    'phalange sectionnée', 'phalange écrasée', 'phalanges écrasées', 'écrasement de la main', 'écrasement du pied', 'écrasement des doigts', 'doigt arraché',
    'pouce sectionné', 'pouce écrasé', 'tendon d’Achille sectionné', 'tendon d’Achille rompu', 'rupture du tendon d’Achille', 'plaie profonde à la main', 'amputation du doigt', 'amputation traumatique'], { inflect: 'none' }),
  // voice and ENT disorders of the person (call centres, teachers): the medical names, and the voice lost or damaged
  ...n('pathologie', ['dysphonie', 'aphonie', 'laryngite chronique', 'nodules des cordes vocales', 'nodule des cordes vocales', 'nodules sur les cordes vocales',
    'nodule sur les cordes vocales', 'nodules vocaux', 'polype des cordes vocales', 'polype sur les cordes vocales', 'kyste des cordes vocales',
    'paralysie des cordes vocales', 'paralysie laryngée', 'cordes vocales abîmées', 'cordes vocales lésées', 'extinctions de voix à répétition',
    'dysphagie', 'hyperacousie', 'otospongiose', 'cholestéatome', 'presbyacousie', 'perforation du tympan', 'tympan perforé', 'otites à répétition',
    'sinusite chronique', 'rhinite chronique', 'polypose nasosinusienne', 'laryngectomie', 'laryngectomisé', 'laryngectomisée', 'trachéotomie', 'trachéotomisé', 'trachéotomisée']),
  // psychiatric stays in lay words: "trois semaines en clinique psy", "à l'hôpital psy" (a care relation or a stay, like the specialists)
  ...['clinique psy', 'hôpital psy', 'hosto psy', 'HP psy', 'clinique de repos', 'centre de repos', 'clinique du stress', 'clinique psychothérapique',
    'clinique de santé mentale', 'clinique du burn-out', 'service psy', 'unité psy', 'urgences psy', 'urgences psychiatriques', 'maison de santé psy']
    .map((lemma): LexiconEntry => ({ lemma, inflect: 'noun', tag: 'psy:spec' })),
  // German (Moselle, Alsace, cross-border workers) and Luxembourgish sick leave and health words
  ...fixed('pathologie', ['krankgeschrieben', 'krankgemeldet', 'Krankenschein', 'Krankmeldung', 'Krankschreibung', 'Arbeitsunfähigkeitsbescheinigung',
    'AU-Bescheinigung', 'arbeitsunfähig', 'Arbeitsunfähigkeit', 'Krankengeld', 'Krankenstand', 'Berufskrankheit', 'Krankeschäin', 'krankgeschriwwen',
    'Reha-Klinik', 'Rehaklinik', 'Kurklinik', 'Nervenklinik', 'Nervenzusammenbruch', 'Bandscheibenvorfall', 'Herzinfarkt', 'Schlaganfall',
    'Depressionen', 'Zuckerkrankheit']),
  ...fixed('pathologie:p', ['krank', 'kronk', 'in Kur', 'en Kur', 'Reha', 'in Reha', 'en Reha', 'Kur'], { upper: false, notBefore: ['de', 'du', 'des'] }),
  // bariatric surgery and its after-effects: the person's, not a clinic's field ("chirurgie de l'obésité" as a workplace is checked by the rule)
  ...n('soins', ['dumping syndrome', 'dumping syndrom', 'syndrome de dumping', 'syndrome du dumping', 'dumping tardif', 'dumping précoce', 'sleeve gastrectomie',
    'gastrectomie longitudinale', 'gastrectomie en manchon', 'by-pass', 'by-pass gastrique', 'bypass gastrique', 'dérivation gastrique', 'gastroplastie',
    'anneau gastrique', 'anneau gastrique ajustable', 'ballon intragastrique', 'ballon gastrique', 'opéré de l’estomac', 'opérée de l’estomac',
    'réduction de l’estomac', 'chirurgie de l’obésité', 'chirurgie bariatrique', 'opération bariatrique', 'sleevée', 'sleevé', 'bypassée', 'bypassé']),
  { lemma: 'dumping', forms: ['dumpings'], tag: 'pathologie:p', notBefore: ['social', 'fiscal', 'salarial', 'environnemental', 'commercial', 'des prix', 'sur les prix', 'tarifaire', 'monétaire'] },
  // HIV: people living with it, viral load, CD4, antiretrovirals by class and brand, opportunistic infections, the follow-up ward
  ...fixed('pathologie', ['PVVIH', 'PVVS', 'PVIH', 'VIH+', 'HIV+', 'VIH positif', 'VIH positive', 'séropo', 'séropos', 'séropositif au VIH', 'séropositive au VIH',
    'charge virale indétectable', 'CV indétectable', 'indétectable depuis',
    'antirétroviral', 'antirétroviraux', 'traitement antirétroviral', 'traitement ARV', 'sous ARV', 'bithérapie', 'multithérapie', 'quadrithérapie',
    'Biktarvy', 'Triumeq', 'Genvoya', 'Odefsey', 'Descovy', 'Truvada', 'Dovato', 'Juluca', 'Symtuza', 'Eviplera', 'Atripla', 'Stribild', 'Cabenuva',
    'Vocabria', 'Isentress', 'Tivicay', 'Prezista', 'Rukobia', 'Sunlenca', 'Kivexa', 'Combivir',
    'pneumocystose', 'pneumocystis', 'pneumonie à pneumocystis', 'sarcome de Kaposi', 'maladie de Kaposi', 'Kaposi', 'candidose œsophagienne', 'cryptococcose',
    'infection opportuniste', 'infections opportunistes', 'stade sida', 'stade SIDA', 'sida déclaré', 'primo-infection', 'primo-infection VIH',
    'lipodystrophie', 'hépatite C chronique', 'co-infection', 'coinfection']),
  ...['maladies infectieuses', 'service des maladies infectieuses', 'service de maladies infectieuses', 'maladies infectieuses et tropicales',
    'infectiologie', 'service d’infectiologie', 'SMIT', 'CeGIDD', 'CDAG', 'hôpital de jour VIH', 'consultation VIH']
    .map((lemma): LexiconEntry => ({ lemma, inflect: 'none', upper: /^[A-Z]+$/.test(lemma), tag: 'psy:spec' })),
  // lab values: alone they are the finding ("sa charge virale est remontée"); beside a treatment or a diagnosis, part of it
  ...fixed('pathologie:aide', ['charge virale', 'charges virales', 'taux de CD4', 'CD4 bas', 'lymphocytes CD4']),
  // "il est positif depuis quinze ans": a lasting positive status (the rule wants a span of time after "depuis")
  { lemma: 'positif depuis', forms: ['positive depuis', 'séropositif depuis', 'séropositive depuis', 'positifs depuis', 'positives depuis'], tag: 'pathologie:pos' },
  // Creole health words (Antilles, Guyane, Réunion, Haïti): "tansyon" (blood pressure), "sik" (diabetes), "maladi"
  ...fixed('pathologie:p', ['tansyon', 'tansion', 'latansyon', 'la tansyon', 'maladi kè', 'maladi sik', 'gen sik', 'fè sik', 'malad sik', 'lo sik', 'le sik', 'sik-la', 'dyabèt', 'djabèt', 'kansè', 'maladi', 'malad']),
  // military hospitals: "suivi à l'HIA Robert-Picqué", "hôpital d'instruction des armées"
  ...['HIA', 'hôpital d’instruction des armées', 'hôpitaux d’instruction des armées', 'hôpital militaire', 'Val-de-Grâce', 'HIA Robert-Picqué', 'HIA Desgenettes',
    'HIA Legouest', 'HIA Clermont-Tonnerre'].map((lemma): LexiconEntry => ({ lemma, inflect: 'none', upper: lemma === 'HIA', tag: 'soins:armee' })),
  // hormonal treatments of endometriosis and fibroids (progestins, GnRH analogues), by brand and molecule
  ...n('traitement', ['Visanne', 'diénogest', 'Dimetrios', 'Lutényl', 'nomégestrol', 'Lutéran', 'chlormadinone', 'Décapeptyl', 'triptoréline',
    'Enantone', 'leuproréline', 'Synarel', 'nafaréline', 'Ryeqo', 'relugolix', 'Esmya', 'agoniste de la GnRH', 'analogue de la GnRH']),
  // clotting factors and haemophilia drugs; iron chelators; blood exchanges (sickle cell, thalassaemia)
  ...n('traitement', ['facteur VIII', 'facteur IX', 'facteur de coagulation', 'facteur antihémophilique', 'facteur Willebrand', 'Advate',
    'Adynovi', 'Elocta', 'Alprolix', 'BeneFIX', 'NovoSeven', 'NovoEight', 'Esperoct', 'Kovaltry', 'Afstyla', 'Idelvion', 'Wilfactin',
    'émicizumab', 'déférasirox', 'déféroxamine', 'défériprone', 'chélateur du fer', 'chélation du fer', 'échange transfusionnel',
    'exsanguino-transfusion', 'exsanguinotransfusion', 'transfusion sanguine', 'programme transfusionnel']),
  // glaucoma eye drops and surgery, by brand and molecule
  ...n('traitement', ['Xalatan', 'latanoprost', 'Monoprost', 'Xalacom', 'Travatan', 'travoprost', 'Duotrav', 'Lumigan', 'bimatoprost', 'Ganfort',
    'Timoptol', 'timolol', 'Cosopt', 'Trusopt', 'dorzolamide', 'Azopt', 'brinzolamide', 'Alphagan', 'brimonidine', 'Combigan', 'Simbrinza',
    'collyre antiglaucomateux', 'trabéculectomie', 'trabéculoplastie', 'iridotomie']),
  // iron for an anaemia, oral and injected, by brand and molecule: "Tardyferon prescrit", "une perfusion de Ferinject"
  ...n('traitement', ['Tardyferon', 'Fumafer', 'Ferograd', 'Fero-Grad', 'Timoferol', 'Inofer', 'Ferrostrane', 'Ferinject', 'Venofer',
    'sulfate ferreux', 'fumarate ferreux', 'carboxymaltose ferrique', 'fer injectable', 'perfusion de fer', 'supplémentation en fer']),
  // fertility treatments: ovarian stimulation, ovulation triggers and antagonists, luteal support (progesterone), by brand and molecule
  ...n('traitement', ['Gonal-f', 'Puregon', 'Menopur', 'Fostimon', 'Pergoveris', 'Elonva', 'Rekovelle', 'Bemfola', 'Ovaleap', 'Luveris',
    'follitropine', 'ménotropine', 'Ovitrelle', 'Orgalutran', 'Cetrotide', 'Fyremadel', 'ganirélix', 'cétrorélix', 'Clomid', 'clomifène',
    'Pergotime', 'létrozole', 'Utrogestan', 'Progestan', 'Crinone', 'Cyclogest', 'Duphaston', 'dydrogestérone', 'progestérone micronisée']),
  // sick leave and disability in Spanish, Italian, Portuguese and German papers brought back from abroad: "una baja médica de tres meses"
  ...fixed('pathologie', ['baja médica', 'baja medica', 'bajas médicas', 'baja por enfermedad', 'baja por maternidad', 'incapacidad temporal',
    'incapacidad permanente', 'certificado de discapacidad', 'grado de discapacidad', 'baixa médica', 'baixa medica', 'atestado de incapacidade',
    'invalidità civile', 'certificato di malattia', 'Schwerbehindertenausweis', 'Schwerbehinderung', 'schwerbehindert', 'Schwerbehinderte',
    'Grad der Behinderung', 'Erwerbsminderungsrente', 'Erwerbsminderung', 'Erwerbsunfähigkeit', 'Invalidenrente', 'IV-Rente']),
  // prematurity of a baby: "née grande prématurée", "la grande prématurité de son fils"
  ...fixed('grossesse', ['grand prématuré', 'grande prématurée', 'grands prématurés', 'grandes prématurées', 'très grand prématuré',
    'très grande prématurée', 'né prématuré', 'née prématurée', 'nés prématurés', 'nées prématurées',
    'prématurité', 'grande prématurité', 'extrême prématurité']),
  // complications of pregnancy seen in follow-up notes: "placenta bas inséré", "cerclage du col", "retard de croissance intra-utérin"
  ...fixed('grossesse', ['placenta bas inséré', 'placenta bas', 'placenta accreta', 'placenta percreta', 'décollement placentaire',
    'cerclage du col', 'cerclage cervical', 'col de l’utérus raccourci', 'col utérin raccourci', 'grossesse pathologique', 'grossesse à haut risque',
    'retard de croissance intra-utérin', 'diabète de grossesse']),
  { lemma: 'cerclage', forms: ['cerclages'], tag: 'grossesse', near: ['grossesse', 'enceinte', 'col', 'utérus', 'semaine', 'semaines', 'SA', 'gynécologue', 'obstétricien', 'obstétricienne', 'maternité', 'bébé', 'placenta', 'accouchement', 'sage-femme'] },
  // a baby born before term, by weeks of amenorrhoea: "l'enfant est né à 32 semaines", "née à 28 SA" (not months: "le projet est né à 7 mois de…")
  { lemma: 'né à 32 semaines', forms: [22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36].flatMap((w) => ['né', 'née', 'nés', 'nées']
    .flatMap((p) => [`${p} à ${w} semaines`, `${p} à ${w} SA`, `${p} à ${w} semaines d’aménorrhée`])),
    tag: 'grossesse', notBefore: ['du', 'de', 'des', 'd’', 'avant', 'après'] },
  // paraesthesia and lost sensation: "paresthésies des mains", "hypoesthésie du pied"
  ...n('pathologie', ['paresthésie', 'hypoesthésie', 'dysesthésie']),
  // an operation told without its auxiliary: "grossesse extra-utérine, opérée en urgence"
  ...fixed('soins', ['opéré en urgence', 'opérée en urgence', 'opérés en urgence', 'opérées en urgence', 'opéré d’urgence', 'opérée d’urgence'],
    { notAfter: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'ayant', 'avoir', 'on', 'qui'] }),
  // anxiolytics and hypnotics outside the benzodiazepine brands listed above; triptans and migraine prevention
  ...n('traitement', ['hydroxyzine', 'buspirone', 'Buspar', 'étifoxine', 'Stresam', 'prazépam', 'clorazépate', 'loflazépate', 'lormétazépam',
    'flunitrazépam', 'Rohypnol', 'prométhazine', 'Phénergan', 'triptan', 'zolmitriptan', 'Zomigoro', 'naratriptan', 'élétriptan', 'rizatriptan',
    'Maxalt', 'Maxaltlyo', 'almotriptan', 'Almogran', 'frovatriptan', 'Isimig', 'Tigreat', 'Imiject', 'flunarizine', 'Sibelium', 'oxétorone', 'Nocertone']),
  // biologics and immunosuppressants of rheumatology and autoinflammatory diseases, antithyroid drugs, alpha-blockers given for
  // nightmares or blood pressure, gabapentinoids ("injections de Kineret", "reste sous Néo-Mercazole", "prend de la prazosine")
  ...n('traitement', ['Kineret', 'anakinra', 'Ilaris', 'canakinumab', 'Actemra', 'tocilizumab', 'RoActemra', 'Cosentyx', 'sécukinumab', 'Taltz',
    'ixékizumab', 'Cimzia', 'certolizumab', 'Simponi', 'golimumab', 'Orencia', 'abatacept', 'Olumiant', 'baricitinib', 'Xeljanz', 'tofacitinib',
    'Rinvoq', 'upadacitinib', 'adalimumab', 'étanercept', 'infliximab', 'Benepali', 'Amgevita', 'Hyrimoz', 'Imraldi', 'Inflectra', 'Remsima',
    'Néo-Mercazole', 'Néomercazole', 'carbimazole', 'thiamazole', 'Thyrozol', 'propylthiouracile', 'Proracyl', 'benzylthiouracile', 'Basdène',
    'antithyroïdien de synthèse', 'antithyroïdiens de synthèse',
    'prazosine', 'Minipress', 'Alpress', 'doxazosine', 'Zoxan', 'clonidine', 'Catapressan', 'Lyrica']),
  // war wounds and torture marks ("éclats de grenade dans la cuisse", "cicatrices de torture", "séquelles de sévices"); not the
  // fragments of a thing ("éclats de verre", "éclats de rire")
  ...fixed('pathologie', ['éclats de grenade', 'éclat de grenade', 'éclats de mine', 'éclat de mine', 'éclats de mortier', 'éclats de roquette',
    'éclats de bombe', 'éclats métalliques dans', 'shrapnel', 'shrapnels', 'balle dans la jambe', 'balle dans le dos', 'balle dans l’épaule',
    'cicatrices de torture', 'cicatrice de torture', 'traces de torture', 'séquelles de torture', 'séquelles de tortures', 'marques de torture',
    'cicatrices de coups', 'traces de sévices', 'séquelles de sévices', 'cicatrices de sévices', 'victime de torture', 'victime de tortures',
    'rescapé de la torture', 'rescapée de la torture', 'survivant de la torture', 'survivante de la torture']),
  // "garde des éclats dans la jambe": fragments left in a body part
  ...fixed('pathologie', ['éclats', 'éclat'].flatMap((e) => ['dans la jambe', 'dans les jambes', 'dans la cuisse', 'dans le bras', 'dans l’épaule',
    'dans le dos', 'dans la tête', 'dans le crâne', 'dans le pied', 'dans la main', 'dans le genou', 'dans la hanche', 'dans le ventre',
    'dans le thorax', 'dans le corps', 'dans le mollet', 'dans la nuque', 'dans la poitrine', 'dans les pieds', 'dans les bras',
    'encore présents dans', 'encore logés dans', 'logés dans la', 'logés dans le'].map((p) => `${e} ${p}`))),
  // female genital mutilation undergone ("elle a subi une excision"); a risk for a daughter is an asylum ground told about a child
  ...n('pathologie', ['excision', 'infibulation', 'mutilation génitale', 'mutilation sexuelle', 'mutilation génitale féminine', 'MGF',
    'désinfibulation', 'réparation clitoridienne', 'chirurgie réparatrice de l’excision'], { notNear: ['risque', 'risques', 'risquait',
    'risquerait', 'risquent', 'menace', 'menacée', 'menacées', 'menaçait', 'lutte', 'lutter', 'prévention', 'prévenir', 'contre', 'sensibilisation',
    'campagne', 'militante', 'militant', 'association', 'GAMS', 'échapper', 'fuir', 'fui', 'protéger', 'soustraire'] }),
  // night-time anxiety and involuntary psychiatric care said in full ("angoisses nocturnes", "en soins à la demande d'un tiers")
  ...fixed('psy', ['angoisses nocturnes', 'angoisse nocturne', 'crises d’angoisse nocturnes', 'peurs nocturnes', 'paniques nocturnes',
    'soins à la demande d’un tiers', 'soins psychiatriques à la demande d’un tiers', 'soins à la demande du représentant de l’État',
    'soins sur décision du représentant de l’État', 'SDRE', 'SPDT', 'SPDRE', 'hospitalisation à la demande d’un tiers', 'hospitalisée à la demande d’un tiers',
    'hospitalisation d’office', 'hospitalisée d’office', 'hospitalisé d’office', 'programme de soins psychiatriques']),
  // antimalarials, antituberculous drugs and antibiotics taken by the person
  ...n('traitement', ['doxycycline', 'Doxypalu', 'Granudoxy', 'Vibramycine', 'Malarone', 'atovaquone', 'proguanil', 'Lariam', 'méfloquine', 'Nivaquine',
    'chloroquine', 'Savarine', 'Riamet', 'Coartem', 'Eurartesim', 'antipaludéen', 'prophylaxie antipaludique', 'traitement antipaludique',
    'Rifadine', 'rifampicine', 'isoniazide', 'Rimifon', 'Rifater', 'Rifinah', 'pyrazinamide', 'éthambutol', 'Myambutol', 'antituberculeux',
    'amoxicilline', 'Augmentin', 'Clamoxyl', 'azithromycine', 'Zithromax', 'ciprofloxacine', 'Ciflox', 'lévofloxacine', 'Tavanic', 'ofloxacine',
    'Oflocet', 'Bactrim', 'cotrimoxazole', 'Extencilline', 'antibiothérapie']),
  // drug classes a person is put on, with their common molecules and brands: antibiotics, anti-inflammatories, antispasmodics, painkillers,
  // antihistamines, antifungals ("il est sous antibiotiques", "prend de l'ibuprofène"); not animals' care, a plant or resistance as a topic
  ...n('traitement', ['antibiotique', 'traitement antibiotique', 'cure d’antibiotiques', 'pénicilline', 'céphalosporine', 'ceftriaxone', 'Rocéphine',
    'clarithromycine', 'Zeclar', 'pristinamycine', 'Pyostacine', 'métronidazole', 'Flagyl', 'fosfomycine', 'Monuril', 'nitrofurantoïne',
    'Furadantine', 'cefpodoxime', 'Orelox', 'céfixime', 'Oroken', 'clindamycine', 'Dalacine', 'érythromycine', 'josamycine', 'Josacine',
    'lymécycline', 'Tétralysal', 'anti-inflammatoire', 'anti-inflammatoires', 'anti-inflammatoires non stéroïdiens', 'ibuprofène', 'Advil', 'Nurofen', 'kétoprofène',
    'Profénid', 'Bi-Profénid', 'diclofénac', 'Voltarène', 'naproxène', 'Apranax', 'célécoxib', 'Celebrex', 'antihistaminique', 'cétirizine',
    'Zyrtec', 'desloratadine', 'Aerius', 'lévocétirizine', 'Xyzall', 'bilastine', 'Inorial', 'antifongique', 'fluconazole', 'Triflucan',
    'terbinafine', 'Lamisil', 'antispasmodique', 'antispasmodiques', 'Spasfon', 'phloroglucinol', 'Débridat', 'Meteospasmyl', 'paracétamol',
    'Doliprane', 'Dafalgan', 'Efferalgan'], { notNear: ['veau', 'veaux', 'vache', 'vaches', 'bête', 'bêtes', 'animal', 'animaux', 'troupeau', 'troupeaux',
    'bétail', 'élevage', 'éleveur', 'volailles', 'poulets', 'porcs', 'chevaux', 'bovins', 'brebis', 'chien', 'chiens', 'chat', 'chats',
    'vétérinaire', 'vétérinaires', 'résistance', 'antibiorésistance', 'usine', 'fabrication', 'officine', 'rayon', 'rayons',
    'commande', 'commandes', 'stock', 'stocks', 'pharmacie', 'préparatrice', 'préparateur', 'naturel', 'naturels', 'naturelle', 'alimentation',
    'régime', 'plante', 'plantes', 'gel', 'crème', 'pommade'],
  // the drug as a product made ("ligne de production d'ibuprofène"), not a worker's busy days ("les jours de forte production")
  notAfter: ['production de', 'production d’', 'produit de', 'produisent de', 'produit du', 'production du'] }),
  // systemic autoimmune diseases; sensitivity to light
  ...n('pathologie', ['lupus systémique', 'lupus érythémateux', 'lupus érythémateux systémique', 'lupus érythémateux disséminé', 'lupus cutané',
    'sclérodermie systémique', 'sclérose systémique', 'mastocytose', 'vascularite', 'maladie de Behçet', 'syndrome des antiphospholipides',
    'photophobie', 'photodermatose', 'lucite estivale', 'allergie au soleil', 'intolérance au soleil']),
  // not the photosensitivity of a resin or a printing plate
  ...n('pathologie', ['photosensibilité'], { notBefore: ['des', 'du', 'de la', 'de l’', 'd’un', 'd’une'] }),
  // imaging and function tests that reveal a condition (not "le scanner" of a shop or an office)
  ...n('soins', ['scanner thoracique', 'scanner abdominal', 'scanner abdomino-pelvien', 'scanner pulmonaire', 'scanner du thorax', 'scanner lombaire',
    'scanner du rachis', 'scanner des sinus', 'scanner osseux', 'scanner cardiaque', 'scanner crânien', 'scanner injecté', 'scanner du genou',
    'scanner de la hanche', 'tomodensitométrie', 'TDM thoracique', 'TDM abdominale', 'angioscanner', 'coroscanner', 'uroscanner', 'coloscanner',
    'TEP-scan', 'TEP scan', 'TEP-TDM', 'contrôle du champ visuel', 'examen du champ visuel', 'bilan du champ visuel', 'campimétrie', 'fond d’œil',
    'bilan néphrologique', 'bilan hématologique', 'bilan pneumologique', 'bilan rhumatologique', 'bilan cardiologique', 'bilan oncologique',
    'bilan hépatique', 'bilan rénal', 'bilan thyroïdien', 'bilan immunologique', 'bilan ophtalmologique', 'bilan diabétologique', 'bilan endocrinologique',
    'bilan allergologique', 'bilan psychiatrique', 'bilan urologique', 'bilan respiratoire', 'bilan d’extension', 'bilan prégreffe', 'bilan pré-greffe',
    'bilan post-greffe']),
  ...['EFR', 'EEG', 'EMG'].map((lemma): LexiconEntry => ({ lemma, upper: true, tag: 'soins' })),
  // waiting for an organ, devices for a deformed cornea
  ...n('soins', ['liste d’attente de greffe', 'liste d’attente pour une greffe', 'liste d’attente de transplantation', 'liste d’attente d’un greffon',
    'liste nationale d’attente', 'en attente de greffe', 'en attente d’une greffe', 'en attente de transplantation', 'en attente d’un greffon',
    'lentille sclérale', 'lentilles sclérales', 'verre scléral', 'verres scléraux', 'lentilles pour kératocône', 'cross-linking cornéen', 'anneaux intracornéens', 'kératoplastie']),
  // a military discharge on medical grounds told with the person's possessive (not "la réforme médicale" of a health policy)
  ...n('pathologie', ['sa réforme médicale', 'réforme médicale de l’armée', 'réformé médical', 'réformée médicale']),
  // youth addiction consultations by their acronym, with a word of going there or of use
  { lemma: 'CJC', upper: true, tag: 'addiction', near: ['consultation', 'consultations', 'rdv', 'RDV', 'rendez-vous', 'orienté', 'orientée', 'orientation',
    'allé', 'allée', 'aller', 'va', 'ira', 'cannabis', 'joints', 'addicto', 'addictologie', 'consommation', 'consommations', 'suivi', 'suivie', 'reçu', 'reçue'] },
  // joint injections named by their product or site; eye drops count beside a condition of their sentence (a bare "infiltration" too, in the rule)
  ...n('soins', ['infiltration de cortisone', 'infiltration de corticoïdes', 'infiltration cortisonée', 'infiltration épidurale', 'infiltration lombaire',
    'infiltration rachidienne', 'infiltration articulaire', 'infiltration sous scanner', 'infiltration du genou', 'infiltration de l’épaule',
    'infiltration à l’épaule', 'infiltration au genou', 'infiltration de la hanche', 'infiltration du poignet']),
  ...n('soins:compagnon', ['collyre', 'gouttes oculaires']),
  // parasitic and contagious skin conditions and their treatments ("la gale contractée au foyer", "traitée par Stromectol"); not an
  // animal's or a crop's ("la gale du chien", "gale de la pomme de terre"), nor the insult "mauvaise gale"
  ...n('pathologie', ['gale', 'gale norvégienne', 'gale croûteuse', 'scabiose humaine', 'sarcoptose', 'pédiculose', 'pédiculose corporelle', 'impétigo',
    'ectoparasitose', 'ivermectine', 'Stromectol', 'perméthrine', 'Topiscab', 'Spregal', 'Ascabiol', 'benzoate de benzyle', 'traitement antigale'], {
    notAfter: ['mauvaise', 'mauvaises', 'sale', 'comme la', 'comme une', 'M.', 'Mme', 'Monsieur', 'Madame'],
    notNear: ['chien', 'chiens', 'chat', 'chats', 'chiot', 'chiots', 'cheval', 'chevaux', 'bétail', 'troupeau', 'troupeaux', 'vache', 'vaches',
      'brebis', 'moutons', 'porcs', 'lapins', 'animal', 'animaux', 'vétérinaire', 'vétérinaires', 'élevage', 'pomme', 'pommes', 'pommier',
      'pommiers', 'agrumes', 'arbres', 'plants', 'récolte', 'récoltes', 'verger', 'vergers', 'culture', 'cultures'] }),
  // pancreatic enzymes taken with meals (the brand "Créon" is also a town and a character: it needs "sous" right before it, or a word
  // of taking or of the pancreas in its clause; not "la sous-préfecture de Créon")
  ...fixed('traitement', ['sous Créon', 'sous Kréon', 'sous Eurobiol']),
  ...fixed('traitement', ['Créon', 'Kréon', 'Eurobiol'], { near: ['repas', 'gélule', 'gélules', 'prend', 'prendre', 'prenait', 'traitement',
    'enzymes', 'pancréas', 'pancréatite', 'pancréatique', 'mucoviscidose', 'dose', 'doses', 'comprimés', 'ordonnance', 'prescrit', 'prescrite'] }),
  ...n('traitement', ['extraits pancréatiques', 'enzymes pancréatiques', 'pancréatine']),
  ...n('pathologie', ['insuffisance pancréatique', 'insuffisance pancréatique exocrine', 'pancréatite chronique', 'pancréatite aiguë',
    'pancréatectomie', 'duodénopancréatectomie']),
  // a breakdown as a noun ("le craquage de la rentrée", "son gros craquage"), not software cracking
  ...n('psy:p', ['craquage', 'pétage de plombs', 'pétage de plomb', 'pétage de câble', 'effondrement psychique', 'effondrement moral'],
    { notBefore: ['de mot de passe', 'de mots de passe', 'du mot de passe', 'des mots de passe', 'de logiciel', 'de logiciels', 'du logiciel', 'de code', 'du code', 'de clé', 'de clés', 'wifi', 'du wifi', 'de réseau', 'du réseau', 'de hash', 'des prix', 'des marchés', 'de la bourse', 'du marché', 'du toit', 'du plafond', 'du mur', 'du pont', 'de l’immeuble', 'du bâtiment'] }),
];

const key = (form: string) => termTokens(form).join(' ');
const BLOCKED = new Set(BLOCKERS.map(key));

/**
 * A generated form equal to a blocker ("mal au cœur") would reach the matcher twice with the same
 * span and the term could win; drop such forms from the terms.
 */
function withoutBlocked(entries: LexiconEntry[]): LexiconEntry[] {
  return entries.map((e) => (e.forms ? { ...e, forms: e.forms.filter((f) => !BLOCKED.has(key(f))) } : e));
}

export const SANTE_LEXICON: LexiconEntry[] = [...withoutBlocked(TERMS), ...fixed('bloc', BLOCKERS), ...borrowedBlockers()];

/** Upper-case acronyms above that need a person and a health context to count. */
export const AMBIGUOUS_ACRONYMS = new Set(['sep', 'imc', 'sla', 'tag', 'sii', 'ist', 'tsa', 'tca', 'mst', 'ait']);
