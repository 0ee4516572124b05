/**
 * `email`: a natural person's e-mail address, also obfuscated ("prenom [at] domaine [dot] fr").
 * Role mailboxes (contact@, recrutement@…) are not personal. TAXONOMY.md §4.5.
 */
import { defineRule, removalFix, replaceFix } from '../lib/lint/rule.ts';

/** Local parts of role mailboxes: not a natural person. */
const ROLE = /^(contact|accueil|info|infos|information|rh|drh|recrutement|recrutements|candidature|candidatures|emploi|jobs?|noreply|no-reply|ne-pas-repondre|secretariat|admin|administration|support|service|direction|formation|stage|stages|agence|standard|communication|compta|comptabilite|commercial|ventes?|hello|bonjour)$/;

// Plain addresses are read on the normalised text (lower-case, zero-width characters removed):
// the local part backwards from each "@", then the domain with a sticky expression.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/uy;
// Obfuscated: "jean.dupont [at] gmail [dot] com", "jean (arobase) gmail.com", "jean chez gmail point com"
const OBFUSCATED = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{2,})\s*(?:\[\s*(?:at|@|arobase)\s*\]|\(\s*(?:at|@|arobase)\s*\)|\{\s*(?:at|@)\s*\}|\s(?:at|arobase|arrobase)\s)\s*([\p{L}\p{N}-]+)\s*(?:\[\s*(?:dot|point|\.)\s*\]|\(\s*(?:dot|point|\.)\s*\)|\s(?:dot|point)\s|\.)\s*(com|fr|net|org|eu|be|ch|info|io|example)(?![\p{L}\p{N}])/gu;

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
    const add = (s: number, e: number, local: string) => {
      const [start, end] = doc.orig(s, e);
      // matches arrive in text order (plain addresses, then the rarer obfuscated ones)
      for (let k = seen.length - 1; k >= 0 && k >= seen.length - 8; k--) if (start < seen[k][1] && seen[k][0] < end) return;
      seen.push([start, end]);
      // role mailboxes (contact@, recrutement@…) identify a service, not a person: not reported
      if (ROLE.test(local.replace(/[._-]\d+$/, ''))) return;
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
      if (!m) continue;
      add(s, at + 1 + m[0].length, norm.slice(s, at));
    }
    if (/\b(?:at|arobase|arrobase)\b/.test(doc.norm)) {
      for (const m of doc.norm.matchAll(OBFUSCATED)) add(m.index!, m.index! + m[0].length, m[1]);
    }
  },
});
