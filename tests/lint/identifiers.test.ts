import { describe, expect, it } from 'vitest';
import {
  cardIssuer, cardValid, compact, cutRange, ibanValid, isTemporaryNir, Keywords, luhn, mod97, nirCheck, nirKey, phoneKind,
  ribKeyValid, scanIdentifiers, sirenValid, siretValid, spiValid,
  avsValid, belgianNnValid, bsnValid, codiceFiscaleValid, portugueseNifValid, spanishDniValid, steuerIdValid,
  luxMatriculeValid, nationalIdValid,
} from '../../lib/lint/identifiers.ts';
import { createDocument } from '../../lib/lint/document.ts';

describe('validators', () => {
  it('checks foreign national, social and tax numbers', () => {
    expect(belgianNnValid('86041214766')).toBe(true);
    expect(belgianNnValid('01020312345')).toBe(true); // born in 2001: « 2 » put in front
    expect(belgianNnValid('86041214767')).toBe(false);
    expect(belgianNnValid('86131214732')).toBe(false); // right key, month 13
    expect(avsValid('7561234987657')).toBe(true);
    expect(avsValid('7561234987658')).toBe(false);
    expect(avsValid('7571234987657')).toBe(false);
    expect(codiceFiscaleValid('rssmra85t10a562s')).toBe(true);
    expect(codiceFiscaleValid('rssmra85t10a562t')).toBe(false);
    expect(portugueseNifValid('234567899')).toBe(true);
    expect(portugueseNifValid('234567898')).toBe(false);
    expect(spanishDniValid('12345678z')).toBe(true);
    expect(spanishDniValid('x1234567l')).toBe(true);
    expect(spanishDniValid('12345678a')).toBe(false);
    expect(bsnValid('111222333')).toBe(true);
    expect(bsnValid('111222334')).toBe(false);
    expect(steuerIdValid('86095742719')).toBe(true);
    expect(steuerIdValid('06095742719')).toBe(false);
    // Luxembourg matricule: a real birth date, then Luhn and Verhoeff digits
    expect(luxMatriculeValid('1985031204719')).toBe(true);
    expect(luxMatriculeValid('1985031204718')).toBe(false);
    expect(luxMatriculeValid('1985031204729')).toBe(false);
    expect(luxMatriculeValid('1985023104719')).toBe(false); // 31 February
    // personal numbers with their own key
    expect(nationalIdValid('cnp', '2901123264187')).toBe(true);
    expect(nationalIdValid('cnp', '2901123264188')).toBe(false);
    expect(nationalIdValid('pesel', '94061104869')).toBe(true);
    expect(nationalIdValid('pesel', '94061104868')).toBe(false);
    expect(nationalIdValid('egn', '7523169263')).toBe(true);
    expect(nationalIdValid('jmbg', '0101006500006')).toBe(true);
    expect(nationalIdValid('oib', '69435151530')).toBe(true);
    expect(nationalIdValid('oib', '69435151531')).toBe(false);
    expect(nationalIdValid('baltic', '37605030299')).toBe(true);
    expect(nationalIdValid('baltic', '33309240064')).toBe(true);
    expect(nationalIdValid('rodne', '7103192745')).toBe(true);
    expect(nationalIdValid('rodne', '7103192746')).toBe(false);
  });
  it('compact strips the separators people type and upper-cases', () => {
    expect(compact('fr76 3000-6000.0112')).toBe('FR76300060000112');
  });

  it('mod97 works beyond Number precision', () => {
    const big = '3000600001123456789018915270076';
    expect(mod97(big)).toBe(Number(BigInt(big) % BigInt(97)));
    expect(mod97('97')).toBe(0);
    expect(mod97('98')).toBe(1);
  });

  describe('NIR (TAXONOMY §4.1 worked examples)', () => {
    it.each([
      ['2 95 10 99 126 111 93'], // born abroad (99)
      ['2 53 07 2B 073 004 70'], // Haute-Corse
      ['2 53 07 2A 073 004 43'], // Corse-du-Sud
      ['1 85 03 75 123 456 41'],
      ['269078811987394'],
      ['7 85 03 75 123 456 32'], // NIA, built like a NIR
    ])('%s is valid', (n) => expect(nirCheck(n)).toBe('valid'));

    it('replaces 2A / 2B at the département position only', () => {
      expect(nirKey('2530719073004')).toBe(43);
      expect(nirKey('253072A073004')).toBe(43);
      expect(nirKey('253072B073004')).toBe(70);
    });

    it.each([
      ['2 53 07 2A 073 004 44', 'invalid-key'],
      ['225047512300488', 'invalid-key'], // a convention reference with a NIR shape
      ['1 85 03 75 123 456', 'no-key'],
      ['1 85 13 75 123 456 41', 'invalid'], // month 13 does not exist
      ['5 85 03 75 123 456 41', 'invalid'], // sex digit
      ['1 85 03 75 12A 456 41', 'invalid'], // a letter outside the département
    ])('%s → %s', (n, status) => expect(nirCheck(n)).toBe(status));

    it('knows the keyless temporary formats (NNP, MIG)', () => {
      expect(isTemporaryNir('7112345678901')).toBe(true);
      expect(isTemporaryNir('5212345678901')).toBe(true);
      expect(isTemporaryNir('1850375123456')).toBe(false);
    });
  });

  describe('IBAN and RIB (TAXONOMY §4.2)', () => {
    it.each([
      'FR76 3000 6000 0112 3456 7890 189',
      'fr7630006000011234567890189',
      'FR14 2004 1010 0505 0001 3M02 606', // letters in the account: check digits are not 76
      'BE68 5390 0754 7034',
      'DE89 3704 0044 0532 0130 00',
      'GB29 NWBK 6016 1331 9268 19',
      'MA64 0115 1900 0001 2050 0053 4921',
    ])('%s is valid', (iban) => expect(ibanValid(iban)).toBe(true));

    it.each([
      'FR76 3000 6000 0112 3456 7890 188', // one digit changed
      'FR76 3000 6000 0112 3456 7890 18', // wrong length for France
      'BE68 5390 0754 7035',
      'BNPAFRPPXXX',
    ])('%s is not valid', (iban) => expect(ibanValid(iban)).toBe(false));

    it('checks the RIB key, letters transcoded', () => {
      expect(ribKeyValid('30006', '00001', '12345678901', '89')).toBe(true);
      expect(ribKeyValid('30006', '00001', '12345678901', '88')).toBe(false);
      expect(ribKeyValid('20041', '01005', '0500013M026', '06')).toBe(true);
    });
  });

  describe('cards (TAXONOMY §4.3)', () => {
    it('Luhn', () => {
      expect(luhn('4974259237616061')).toBe(true);
      expect(luhn('4970123456789010')).toBe(false);
      expect(luhn('12a4')).toBe(false);
    });
    it('issuer prefix and length', () => {
      expect(cardIssuer('4970100000000006')).toBe('visa');
      expect(cardIssuer('5353100000000000')).toBe('mastercard');
      expect(cardIssuer('2221000000000009')).toBe('mastercard');
      expect(cardIssuer('378282000000008')).toBe('amex');
      expect(cardIssuer('37828200000000')).toBeNull(); // Amex has 15 digits
      expect(cardIssuer('9999000000000000')).toBeNull();
    });
    it('a Luhn-valid number without an issuer is not a card', () => {
      expect(luhn('7328293200007400')).toBe(true);
      expect(cardValid('7328293200007400')).toBe(false);
      expect(cardValid('4970100000000006')).toBe(true);
    });
  });

  describe('SIRET / SIREN (TAXONOMY §4.6)', () => {
    it('Luhn', () => {
      expect(siretValid('73282932000074')).toBe(true);
      expect(siretValid('73282932000075')).toBe(false);
      expect(sirenValid('732829320')).toBe(true);
      expect(sirenValid('732829321')).toBe(false);
    });
    it('La Poste: sum of digits multiple of 5, head office by Luhn', () => {
      expect(siretValid('35600000012346')).toBe(true);
      expect(siretValid('35600000012345')).toBe(false);
      expect(siretValid('35600000000048')).toBe(true);
    });
  });

  describe('numéro fiscal (SPI, TAXONOMY §4.7)', () => {
    it('last three digits = first ten mod 511', () => {
      expect(spiValid('3023217600053')).toBe(true);
      expect(spiValid('3023217600054')).toBe(false);
      expect(spiValid('4023217600053')).toBe(false); // first digit 0–3 only
    });
  });

  describe('phones (TAXONOMY §4.4)', () => {
    it.each([
      ['0612345678', false, 'fr'],
      ['0385123456', false, 'fr'],
      ['0800123456', false, 'special'],
      ['0033612345678', false, 'fr'],
      ['33612345678', true, 'fr'],
      ['330612345678', true, 'fr'], // "+33 06…"
      ['262692123456', true, 'intl'],
      ['212661234567', true, 'intl'],
      ['32470123456', true, 'intl'],
      ['0612345', false, null],
      ['1234567890', false, null],
      ['336123', true, null],
    ] as const)('%s (international: %s) → %s', (d, intl, kind) => expect(phoneKind(d, intl)).toBe(kind));
  });
});

describe('Keywords', () => {
  const kw = new Keywords(['carte vitale', 'secu', 'expir*', 'n°', "jusqu'au"]);
  it('finds words, phrases and prefixes on word boundaries', () => {
    expect(kw.test('numero de secu :')).toBe(true);
    expect(kw.test('sa carte vitale')).toBe(true);
    expect(kw.test('expiree en 2026')).toBe(true);
    expect(kw.test("valable jusqu'au")).toBe(true);
    expect(kw.test('securite')).toBe(false);
    expect(kw.test('cartes vitales')).toBe(false);
  });
  it('returns the end of the last keyword', () => {
    expect(kw.last('secu puis n° 12')).toBe(12);
    expect(kw.last('rien ici')).toBe(-1);
  });
});

describe('scanIdentifiers', () => {
  const kinds = (text: string) => scanIdentifiers(createDocument(text)).map((c) => [c.kind, text.slice(c.start, c.end)]);

  it('nothing without a digit, and one scan per document', () => {
    const doc = createDocument('Aucun numéro ici.');
    expect(scanIdentifiers(doc)).toEqual([]);
    const doc2 = createDocument('Tél. 06 12 34 56 78');
    expect(scanIdentifiers(doc2)).toBe(scanIdentifiers(doc2));
  });

  it('finds a number hidden by a zero-width space and maps back to the original', () => {
    expect(kinds('Tél. 06\u200b12 34 56 78 le soir')).toEqual([['telephone', '06\u200b12 34 56 78']]);
  });

  it('a SIRET is claimed before the card detector (Luhn-valid by construction)', () => {
    expect(kinds('SIRET 7328 2932 0000 74')).toEqual([['siret', '7328 2932 0000 74']]);
    expect(kinds('Carte 7328 2932 0000 74')).toEqual([['siret', '7328 2932 0000 74']]);
  });

  it('the digits of an IBAN shape whose check fails are no phone; the shape is an account only next to an account word', () => {
    expect(kinds('Code NL41 RABO 0318 2795 54, relevé.')).toEqual([]);
    expect(kinds('Ancien compte : NL41 RABO 0318 2795 54, clôturé.')).toEqual([['iban', 'NL41 RABO 0318 2795 54']]);
    expect(kinds('Colis NL41 RABO 0318 2795 54, frère au 06 12 34 56 78')).toEqual([['telephone', '06 12 34 56 78']]);
    expect(kinds('Compte NL41 RABO 0318 2795 54, frère au 06 12 34 56 78')).toEqual([['iban', 'NL41 RABO 0318 2795 54'], ['telephone', '06 12 34 56 78']]);
    // « de » is a country code, but a phone after it is far too short for a German IBAN
    expect(kinds('Appeler sa sœur de 06 12 34 56 78 à midi')).toEqual([['telephone', '06 12 34 56 78']]);
  });

  it('a NIR whose key validates is a NIR, whatever its grouping', () => {
    expect(kinds('n° 185 037 512 345 641')).toEqual([['nir', '185 037 512 345 641']]);
  });

  it('a 10-digit run inside a longer run is never a phone', () => {
    expect(kinds('Référence 06 12 34 56 78 90 12')).toEqual([]);
    expect(kinds('Le 0612345678901 est une référence')).toEqual([]);
  });

  it('look-alikes stay silent', () => {
    expect(kinds('Référence de la convention : 225047512300488.')).toEqual([]);
    expect(kinds('Numéro de commande : 4970 1234 5678 9010.')).toEqual([]);
    expect(kinds('Numéro de commande : 4970 1000 0000 0006.')).toEqual([]);
  });

  it('an IBAN wins over the digits inside it', () => {
    expect(kinds('IBAN FR76 3000 6000 0112 3456 7890 189 et tél 06 12 34 56 78')).toEqual([
      ['iban', 'FR76 3000 6000 0112 3456 7890 189'],
      ['telephone', '06 12 34 56 78'],
    ]);
  });

  it('a label in front decides between an identifier and a phone', () => {
    expect(kinds('N° allocataire : 0612345678')).toEqual([['identifiant-organisme', '0612345678']]);
    expect(kinds('CAF de Mâcon : 03 85 12 34 56')).toEqual([['telephone', '03 85 12 34 56']]);
  });

  it('a valid SPI is an agency identifier even without label', () => {
    expect(kinds('Le 3023217600053 figure sur l\'avis.')).toEqual([['identifiant-organisme', '3023217600053']]);
  });

  it('reads a bracketed area code after the country code, and « (0) » after 00', () => {
    expect(kinds('Tél. +1 (438) 555-0142')).toEqual([['telephone', '+1 (438) 555-0142']]);
    expect(kinds('Tél. 0033 (0)6 41 27 93 58')).toEqual([['telephone', '0033 (0)6 41 27 93 58']]);
  });

  it('keeps a short letter group inside an identifier, not a French word after it', () => {
    expect(kinds('Passeport n° 22 KD 40817')).toEqual([['piece-identite', '22 KD 40817']]);
    expect(kinds('N° RSA : 2023-RSA-1187')).toEqual([['identifiant-organisme', '2023-RSA-1187']]);
    expect(kinds('N° allocataire 2148803 et 2 enfants')).toEqual([['identifiant-organisme', '2148803']]);
  });

  it('passes over a quantity inside a document label', () => {
    expect(kinds('Carte de résident 10 ans n° 9304418827')).toEqual([['piece-identite', '9304418827']]);
    expect(kinds('Carte de résident de 10 ans obtenue en 2019')).toEqual([]);
  });

  it('a bare « identifiant » must not name something else', () => {
    expect(kinds('Identifiant Wifi : 55120478')).toEqual([]);
    expect(kinds("Identifiant de l'adhérent : 5529014T")).toEqual([['identifiant-organisme', '5529014T']]);
  });

  it('reads a RIB copied field by field when its key validates', () => {
    expect(kinds('Code banque : 30006 – code guichet : 00001 – n° de compte : 12345678901 – clé RIB : 89')).toEqual([
      ['iban', '30006 – code guichet : 00001 – n° de compte : 12345678901 – clé RIB : 89'],
    ]);
    expect(kinds('Code banque : 30006 – code guichet : 00001 – n° de compte : 12345678901 – clé RIB : 88')).toEqual([]);
  });

  it('a Diners Club number printed 4-6-4 or named as a card is a card; otherwise 14 Luhn digits stay a SIRET', () => {
    expect(kinds('Carte Diners Club n° 3056 382389 7625.')).toEqual([['carte-bancaire', '3056 382389 7625']]);
    expect(kinds('Carte Diners 30563823897625 utilisée.')).toEqual([['carte-bancaire', '30563823897625']]);
    expect(kinds('SIRET 30563823897625 de l’employeur.')).toEqual([['siret', '30563823897625']]);
    expect(kinds('Il a noté 3782 822463 10005 pour payer.')).toEqual([['carte-bancaire', '3782 822463 10005']]);
  });

  it('reads agency file numbers joined by slashes, with their letter prefix', () => {
    expect(kinds('Bénéficiaire du RSA, n° de dossier départemental RSA/89/2024/1187.')).toEqual([['identifiant-organisme', 'RSA/89/2024/1187']]);
    expect(kinds('Dossier MDPH n° MDPH-2023-014277 en attente.')).toEqual([['identifiant-organisme', 'MDPH-2023-014277']]);
    expect(kinds('Bénéficiaire du RSA, convention n° 2024/1187/45.')).toEqual([]);
    expect(kinds('Bénéficiaire du RSA depuis le 12/03/2024.')).toEqual([]);
  });

  it('a date with the month in letters is never a document number', () => {
    expect(kinds('Date de naissance (format du passeport) : 21 SEP 1987.')).toEqual([]);
    expect(kinds('Titre de séjour valable jusqu’au 12 DEC 2027.')).toEqual([]);
    expect(kinds('Passeport 24KP61830 en cours de validité.')).toEqual([['piece-identite', '24KP61830']]);
  });

  it('a keyless NIR needs its keyword', () => {
    expect(kinds('N° de sécu 1 85 03 75 123 456')).toEqual([['nir', '1 85 03 75 123 456']]);
    expect(kinds('Dossier 1 85 03 75 123 456')).toEqual([]);
  });
});

describe('cutRange', () => {
  it('removes a label colon, brackets or the space before', () => {
    const t1 = 'N° de sécu : 1 77 07, à voir';
    expect(cutRange(t1, 13, 20)).toEqual([10, 20]);
    const t2 = 'Son NIR (123) est noté';
    expect(cutRange(t2, 9, 12)).toEqual([7, 13]);
    const t3 = 'CNI n° 123 vérifiée';
    expect(cutRange(t3, 7, 10)).toEqual([3, 10]);
  });
});
