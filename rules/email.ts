/**
 * `email`: a natural person's e-mail address, also obfuscated ("prenom [at] domaine [dot] fr").
 * Role mailboxes (contact@, recrutement@…) are not personal. TAXONOMY.md §4.5.
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';
import type { Doc } from '../lib/lint/document.ts';
import { TokenSet } from '../lib/lint/token-set.ts';
import { tokenHash } from '../lib/lint/tokenize.ts';

/**
 * Words that make a mailbox a role, not a person: « contact@ », « recrutement.lyon@ »,
 * « relations-entreprises@ ». Checked on the first segment of the local part.
 */
const ROLE = new Set([
  'contact', 'contacts', 'accueil', 'info', 'infos', 'information', 'informations', 'rh', 'drh', 'grh', 'hr', 'recrutement',
  'recrutements', 'recrute', 'candidature', 'candidatures', 'emploi', 'emplois', 'job', 'jobs', 'noreply', 'nepasrepondre',
  'donotreply', 'secretariat', 'admin', 'administration', 'administratif', 'support', 'service', 'services', 'direction',
  'formation', 'formations', 'stage', 'stages', 'agence', 'standard', 'communication', 'compta', 'comptabilite', 'commercial',
  'vente', 'ventes', 'hello', 'bonjour', 'inscription', 'inscriptions', 'scolarite', 'alternance', 'apprentissage', 'entreprise',
  'entreprises', 'relation', 'relations', 'partenariat', 'partenariats', 'partenaires', 'orientation', 'insertion', 'planning',
  'rdv', 'gestion', 'client', 'clients', 'clientele', 'qualite', 'juridique', 'paie', 'facturation', 'factures', 'assistance',
  'sav', 'commande', 'commandes', 'reservation', 'reservations', 'newsletter', 'notification', 'notifications', 'alerte',
  'alertes', 'postmaster', 'webmaster', 'mairie', 'bureau', 'equipe', 'team', 'talent', 'talents', 'careers', 'carriere',
  'carrieres', 'courrier', 'reception', 'dpo', 'rgpd', 'presidence', 'tresorerie', 'benevoles', 'adherents', 'association',
  'asso', 'cfa', 'ecole', 'lycee', 'college', 'universite', 'mission', 'missionlocale', 'permanence', 'dossiers', 'documents',
  'cv', 'offres', 'annonces', 'ressources', 'ressourceshumaines', 'office', 'secretariat', 'dsi', 'informatique', 'helpdesk',
  // the staff or the public a service is for, the service itself: « interpretes@ », « benevoles@ », « familles@ », « logement@ »
  'interpretes', 'interprete', 'interpretariat', 'traduction', 'traducteurs', 'lsf', 'conseillers', 'conseil', 'referents',
  'educateurs', 'animateurs', 'animation', 'coordination', 'formateurs', 'tuteurs', 'mediation', 'mediateurs', 'juristes',
  'avocats', 'soignants', 'medecins', 'infirmiers', 'psychologues', 'psy', 'permanences', 'ateliers', 'atelier', 'projets',
  'evenements', 'evenementiel', 'usagers', 'familles', 'parents', 'stagiaires', 'candidats', 'eleves', 'etudiants', 'jeunes',
  'seniors', 'handicap', 'accessibilite', 'social', 'sante', 'urgence', 'urgences', 'logement', 'hebergement', 'mobilite',
  'transport', 'transports', 'presse', 'redaction', 'delegues', 'elus', 'cse', 'syndicat', 'collectif', 'adhesion', 'adhesions',
  'dons', 'benevolat', 'agenda', 'mail', 'courriel', 'email', 'pro', 'general', 'generale', 'siege', 'boutique', 'magasin', 'shop',
]);
/** Role words that are a service's mailbox only alone: « psy@ », « pro@ », but « psy.martin@ », « pro.sandrine@ » are a person's. */
const WHOLE_ONLY = new Set(['psy', 'interprete', 'pro', 'mail', 'courriel', 'email', 'conseil', 'general', 'generale']);
/** A plural of an agent noun names a team: « traductrices@ », « accompagnateurs.sud@ », « aidants@ ». */
const TEAM = /(?:eurs|euses|trices|istes|iers|ieres|ologues|iciens|iciennes|ants|antes|aires)$/;
/** Webmail providers: an address there is a person's, and its typos are recognisable. */
const WEBMAIL = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'ymail', 'orange', 'wanadoo', 'free', 'sfr', 'neuf',
  'laposte', 'bbox', 'icloud', 'me', 'aol', 'gmx', 'protonmail', 'proton', 'numericable', 'club-internet', 'aliceadsl', 'tutanota',
]);

/**
 * A local office's functional mailbox, by its first segment: « ape.87410@ » (agence France Travail),
 * « ale.75012@ », « agence.dijon@ », « antenne-sud@ », « ccas.limoges@ », « mds.nord@ ».
 */
const OFFICE = new Set([
  // no two-letter initials (« ml.durand@ » may be Marie-Laure): those offices are caught with their number
  'ape', 'agence', 'agences', 'antenne', 'site', 'pole', 'ddets', 'dreets', 'direccte', 'spip', 'ccas', 'cias', 'cms', 'mds', 'msd',
  'utas', 'pmi', 'caf', 'cpam', 'msa', 'mdph', 'plie', 'cio', 'crous', 'greta', 'afpa', 'franceservices', 'mfs', 'urssaf', 'carsat',
  'mairie', 'departement',
]);

/**
 * A label naming an organisation's mailbox right before the address: « Le mail de l'agence d'intérim est dole@… »,
 * « adresse de la boutique : lyon3@… ». Used only for a one-word local part off webmail (« prenom.nom@ » stays a person's).
 */
const ORG_MAILBOX_LABEL = /(?:mail|e-mail|email|courriel|adresse(?: mail| electronique| e-mail)?)\s+(?:generique\s+)?(?:de l'|de la |du |des )(?:agence|entreprise|societe|magasin|boutique|structure|organisme|association|centre|cfa|ecole|lycee|mairie|service|hotel|restaurant|clinique|cabinet|enseigne|antenne|office|cooperative)(?![\p{L}])(?:\s*(?:d'|de |du |des )[\p{L}'’ -]{1,25}?)?(?:\s+(?:est|c'est)|\s*:)?\s*$/u;

/** Is the local part a role mailbox? Exact for webmail addresses, first segment elsewhere. */
function isRole(local: string, domain: string): boolean {
  const l = local.replace(/[._-]?\d+$/, '');
  if (ROLE.has(l.replace(/[._-]/g, '')) || /^(?:no|ne)[._-]?(?:reply|pas)/.test(l)) return true;
  if (WEBMAIL.has(domain.split('.')[0])) return false;
  const first = l.split(/[._+-]/)[0];
  // an office code: « ape.87410@ », « 87410@ », « ag87410@ », « site-0412@ » (a short prefix and a number only,
  // not a birth year: « jd.1987@ » is a person's)
  if (OFFICE.has(first) || /^[a-z]{0,4}[._-]?(?:\d{5,}|\d{3}|(?!19|20)\d{4})$/.test(local)) return true;
  // an activity noun names a service, not a person: « accompagnement@ », « billetterie@ », « orientation.sud@ »
  return (ROLE.has(first) && !WHOLE_ONLY.has(first)) || (first.length > 6 && (/(?:ment|tion|sion|erie|ariat|age)$/.test(first) || TEAM.test(first)));
}

// Plain addresses are read on the normalised text (lower-case, zero-width characters removed):
// the local part backwards from each "@", then the domain with a sticky expression.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/uy;
/** A host name without its top-level domain (« yahoo » of « yahoo.es », whose « .es » normalisation drops). */
const HOST = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*(?![\p{L}\p{N}])/uy;
/** Top-level domains read after a spelled or bracketed dot: generic, European, overseas French (yt, gp, nc…), African. */
const TLD =
  '(com|fr|net|org|eu|be|ch|de|es|it|uk|ca|lu|mc|pt|pl|nl|at|ie|se|dk|fi|gr|cz|ro|us|co|io|tv|info|biz|pro|asso|gouv|' +
  're|yt|gp|mq|gf|pm|nc|pf|wf|bl|mf|ma|dz|tn|sn|ci|cm|ml|bf|tg|bj|ga|cg|cd|mg|mu|km|dj|ht|example|' +
  // privacy mail and newer generic domains (« proton.me », « skiff.app », « hey.dev »), French regional ones (« .bzh »,
  // « .paris »), other countries people write from (« yandex.ru », « uol.com.br »): read only right after a dot (below)
  'me|app|dev|xyz|ai|li|ru|ua|by|md|br|ar|mx|cl|pe|ve|jp|cn|in|tr|hu|sk|si|hr|rs|ba|al|bg|lt|lv|ee|no|is|cc|ly|gg|' +
  'bzh|paris|alsace|corsica|online|site|email|mail|tech|live|cloud|ovh)';
/**
 * The domains added for privacy mail and other countries: several are words (« me », « in », « is », « live ») and
 * follow a sentence's full stop (« il est arrivé at home. Me voilà »): read only after a dot with no space.
 */
const TIGHT_TLD = new Set('me app dev xyz ai li ru ua by md br ar mx cl pe ve jp cn in tr hu sk si hr rs ba al bg lt lv ee no is cc ly gg bzh paris alsace corsica online site email mail tech live cloud ovh'.split(' '));
/** Two-letter top-level domains that normalisation may take for an inclusive suffix. */
const TLD_SET = new Set(['es', 'se', 'ne', 've']);
/**
 * The spelled "@": « arobase » and its common misspellings (« arobas », « arrobase », « arobaz »), and its names in the
 * languages people dictate in: Spanish and Portuguese « arroba », Italian « chiocciola », German « Klammeraffe », Dutch
 * « apenstaartje », Polish « małpa », Swedish « snabel-a ».
 */
const AT_WORD_LIST = ['arobase', 'arobas', 'arobaze', 'arobaz', 'arrobase', 'arrobas', 'arroba', 'chiocciola', 'chiocciolina', 'klammeraffe', 'apenstaartje', 'malpa', 'snabel-a'];
const AT_WORDS = `(?:${AT_WORD_LIST.join('|')})`;
const AT_WORD_SET = new Set(AT_WORD_LIST);
/** The same words and the English « at », read on every token of a report: by the token's hash first. */
const AT_TOKENS = new TokenSet([...AT_WORD_LIST, 'at']);
const H_A = tokenHash('a');
const H_CHEZ = tokenHash('chez');
/** The spelled dot: French, English, Spanish and Italian, Portuguese, German. */
const DOT_WORDS = '(?:dot|point|punto|ponto|punkt)';
/** Brackets around a lone « a » standing for "@" (« timo.dlb (a) laposte.net »); a list marker « (a) » has no domain after it. */
const OPEN = new Set(['(', '[', '{', '<']);
const CLOSE = new Set([')', ']', '}', '>']);
/**
 * Obfuscated: « jean.dupont [at] gmail [dot] com », « jean (arobase) gmail.com », « jean @ gmail . com »,
 * « jean{@}gmail.com », « samia point benali arobase hotmail point fr », « jean chez free.fr » (webmail only),
 * « jean@gmail,com » (webmail only), « jean -at- gmail -dot- com », « jean<at>gmail<dot>com ». Group 1 = local part, 2 = the « at », 3 = domain, 4 = the « dot ».
 */
const OBFUSCATED = new RegExp(
  '(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{2,}(?:\\s' + DOT_WORDS + '\\s[\\p{L}\\p{N}_%+-]+)*)\\s*' +
  '(\\[\\s*(?:at|a|@|chez|' + AT_WORDS + ')\\s*\\]|\\(\\s*(?:at|a|@|chez|' + AT_WORDS + ')\\s*\\)|\\{\\s*(?:at|a|@|' + AT_WORDS + ')\\s*\\}|<\\s*(?:at|a|@|' + AT_WORDS + ')\\s*>|' +
  // « /at/ », « « at » », a full-width « ＠ »
  '\\s?\\/\\s?(?:at|@|' + AT_WORDS + ')\\s?\\/\\s?|\\s?[«"“]\\s?(?:at|@|' + AT_WORDS + ')\\s?[»"”]\\s?|\\s?[＠﹫]\\s?|' +
  '\\s?[-_]\\s?(?:at|' + AT_WORDS + ')\\s?[-_]\\s?|\\s(?:at|' + AT_WORDS + '|chez)\\s|\\s@|@(?=\\s|[\\p{L}\\p{N}-]+\\s*(?:,|[[({<]|' + DOT_WORDS + '\\s)))' +
  '\\s*([\\p{L}\\p{N}-]+)\\s*' +
  '(\\[\\s*(?:' + DOT_WORDS + '|\\.)\\s*\\]|\\(\\s*(?:' + DOT_WORDS + '|\\.)\\s*\\)|\\{\\s*(?:' + DOT_WORDS + '|\\.)\\s*\\}|<\\s*(?:' + DOT_WORDS + '|\\.)\\s*>|' +
  '\\s?[-_]\\s?' + DOT_WORDS + '\\s?[-_]\\s?|\\s' + DOT_WORDS + '\\s|\\.|,)\\s*' + TLD + '(?![\\p{L}\\p{N}])',
  'gu',
);
const OBFUSCATION_HINT = /[([{<]\s*(?:a|chez)\s*[)\]}>]|[＠﹫]|(?<![\p{L}])(?:at|arobase|arobas|arobaze|arobaz|arrobase|arrobas|arroba|chiocciola|chiocciolina|klammeraffe|apenstaartje|malpa|snabel-a|chez (?:gmail|hotmail|outlook|live|yahoo|orange|wanadoo|free|sfr|laposte|icloud|gmx|protonmail|aol))(?![\p{L}])|[\s([{<]@|@[\s)\]}>]|@[\p{L}\p{N}-]+\s*(?:,|[[({<]|(?:dot|point|punto|ponto|punkt)\s)/u;

/** A space, then an "@" glued to the next word: a mention (« avec @Karim »), unless the rest looks like a mail. */
const MENTION = /^\s@\p{L}/u;
const DOT_AFTER = /^(?:dot|point|punto|ponto|punkt)\s/;
const OBFUSCATION_MARKS = new Set([' ', '\n', '(', ')', '[', ']', '{', '}', '<', '>']);
const LABEL_CHAR = /[\p{L}\p{N}-]/u;

/** An "@" or a word that may stand for it: the obfuscation regexes run only then (they read the whole text). */
function mayBeObfuscated(doc: Doc): boolean {
  // an "@" in brackets or between spaces ("x [@] y", "x @ y . fr"), or before a comma ("x@gmail,com");
  // a plain address is found by the scan around each "@" and needs no regex over the text
  const norm = doc.norm;
  for (let at = norm.indexOf('@'); at >= 0; at = norm.indexOf('@', at + 1)) {
    if (OBFUSCATION_MARKS.has(norm[at - 1]) || OBFUSCATION_MARKS.has(norm[at + 1])) return true;
    let k = at + 1;
    while (k < norm.length && LABEL_CHAR.test(norm[k])) k++;
    while (norm[k] === ' ') k++;
    if (norm[k] === ',') return true;
    // a defanged dot after a real "@": « lea.b@gmail[.]com », « lea.b@gmail(.)com », « lea.b@gmail dot com »
    if (OPEN.has(norm[k]) || DOT_AFTER.test(norm.slice(k, k + 7))) return true;
  }
  // a full-width or small "@" (« theo ＠ proton.me »): `indexOf` of a character above U+00FF returns
  // at once on the folded text, which is one-byte in nearly every report (a regex scanned it all)
  if (norm.indexOf('＠') >= 0 || norm.indexOf('﹫') >= 0) return true;
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (AT_TOKENS.has(t)) return true;
    // « (a) », « [a] » between a handle and a domain (hashes first: most tokens are not read)
    if (t.h === H_A && t.t === 'a' && i > 0 && OPEN.has(toks[i - 1].t) && CLOSE.has(toks[i + 1]?.t ?? '')) return true;
    // « chez » stands for "@" only before a webmail ("stage chez Leclerc" is the common case)
    if (t.h === H_CHEZ && t.t === 'chez' && i + 1 < toks.length && (WEBMAIL.has(toks[i + 1].t) || (i > 0 && OPEN.has(toks[i - 1].t)))) return true;
  }
  return false;
}

export default defineRule({
  id: 'email',
  meta: {
    description: "Adresse e-mail d'une personne (y compris écrite « en clair » pour échapper aux filtres).",
    category: 'email',
    severity: 'warning',
    fixable: true,
    references: ['RGPD art. 5.1.c (minimisation)', 'CNIL, zones bloc-notes et commentaires (2019)'],
  },
  messages: {
    email: "Adresse e-mail dans le compte rendu : elle a sa place dans la fiche de contact, pas dans le texte.",
  },
  explanation:
    "Le compte rendu peut être lu par la personne (droit d'accès, RGPD art. 15) et transmis à des partenaires : " +
    "les coordonnées y sont inutiles (minimisation) et déjà enregistrées dans les champs de contact. " +
    "Écrivez plutôt « CV envoyé à l'adresse de contact de l'adhérent ».",
  check(ctx) {
    const { doc, text } = ctx;
    const seen: Array<[number, number]> = [];
    const add = (s: number, e: number, local: string, domain: string) => {
      const [start, end] = doc.orig(s, e);
      // matches arrive in text order (plain addresses, then the rarer obfuscated ones)
      for (let k = seen.length - 1; k >= 0 && k >= seen.length - 8; k--) if (start < seen[k][1] && seen[k][0] < end) return;
      seen.push([start, end]);
      // role mailboxes (contact@, recrutement@…) identify a service, not a person: not reported
      if (isRole(local, domain)) return;
      if (/^[\p{L}-]+\d*$/u.test(local) && !WEBMAIL.has(domain.split('.')[0]) && ORG_MAILBOX_LABEL.test(norm.slice(Math.max(0, s - 90), s))) return;
      ctx.report({
        start,
        end,
        messageId: 'email',
        confidence: 'high',
        fixes: [replaceFix(start, end, "l'adresse de contact enregistrée", 'Remplacer par « l’adresse de contact enregistrée »'), removalFix(text, start, end, "Supprimer l'adresse")],
      });
    };
    // Around each "@" only, so a long report with one address is not scanned by a regex as a whole.
    const norm = doc.norm;
    for (let at = norm.indexOf('@'); at >= 0; at = norm.indexOf('@', at + 1)) {
      let s = at;
      while (s > 0 && LOCAL_CHAR.test(norm[s - 1])) s--;
      if (s === at) continue;
      DOMAIN.lastIndex = at + 1;
      const m = DOMAIN.exec(norm);
      if (m) { add(s, at + 1 + m[0].length, norm.slice(s, at), m[0]); continue; }
      // a top-level domain that reads like an inclusive-writing suffix (« yahoo.es », « telia.se », « cantv.ve ») is
      // dropped by normalisation: read it back from the original text
      HOST.lastIndex = at + 1;
      const h = HOST.exec(norm);
      if (!h) continue;
      const e = at + 1 + h[0].length;
      const [os, oe] = doc.orig(e - 1, e);
      const tld = /^\.(\p{L}{2})$/u.exec(text.slice(os + 1, oe));
      if (tld && TLD_SET.has(tld[1].toLowerCase())) add(s, e, norm.slice(s, at), h[0] + '.' + tld[1].toLowerCase());
    }
    if (mayBeObfuscated(doc) && OBFUSCATION_HINT.test(norm)) {
      for (const m of norm.matchAll(OBFUSCATED)) {
        // « chez » and a comma for the dot only with a webmail domain: « stage chez Leclerc, fr… » is not an address
        if ((m[2].trim() === 'chez' || m[4] === ',') && !WEBMAIL.has(m[3])) continue;
        if (m[1] === 'at' || AT_WORD_SET.has(m[1])) continue;
        // a newer or foreign domain only right after a dot: « proton.me », « pm . me » is not read (« …at home. Me voilà »)
        if (TIGHT_TLD.has(m[5]) && (m[4] === '.' || m[4] === ',') && !m[0].endsWith('.' + m[5])) continue;
        // « travaille chez orange.fr », « travaille (chez) Orange.fr »: with « chez », the local part must look like a handle (« yasmine.b », « lea_76 »)
        // or be spelled out like the domain (« nadia point roux chez orange point fr »)
        if (m[2].includes('chez') && !/[._\d]|\s(?:point|dot)\s/.test(m[1])) continue;
        // « (a) » for "@": a handle before it or a webmail after it (« voir la fiche (a) service-public.fr » is a list marker)
        if (/^[([{<]\s*a\s*[)\]}>]$/.test(m[2].trim()) && !/[._\d]/.test(m[1]) && !WEBMAIL.has(m[3])) continue;
        // a mention glued to its name (« voir avec @Karim point de situation », « copie @sophie point fr »): the word before
        // is a plain word of the sentence, not a handle — only with a handle-like local part or a webmail
        if (MENTION.test(m[0].slice(m[1].length)) && !/[._\d]/.test(m[1]) && !WEBMAIL.has(m[3])) continue;
        // « point de situation », « point de vue »: a spelled dot, then « de » and a word is the French phrase, not Germany's domain
        // — not after a spelled « arobase », nor before a dictated punctuation mark (« … web point de virgule »)
        if (m[5] === 'de' && /\s(?:point|dot)\s/.test(m[4]) && !AT_WORD_SET.has(m[2].trim())
          && /^[ \t]+(?!(?:virgule|point|tiret|slash)(?![\p{L}]))\p{L}/u.test(norm.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) continue;
        add(m.index!, m.index! + m[0].length, m[1], m[3]);
      }
    }
  },
});
