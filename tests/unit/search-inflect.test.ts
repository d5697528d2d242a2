/** Dutch word forms of search terms, made by rule (src/lib/search/inflect.ts). */
import { describe, expect, it } from 'vitest';
import { eForm, indexedTermWords, infinitiveOfParticiple, verbForms, verbStem, wordForms } from '../../src/lib/search/inflect';
import { isMeaningful } from '../../src/lib/search/question';

describe('verbStem', () => {
  it.each([
    ['pesten', 'pest'],
    ['zeggen', 'zeg'],
    ['slapen', 'slaap'],
    ['maken', 'maak'],
    ['leren', 'leer'],
    ['bewegen', 'beweeg'],
    ['leven', 'leef'],
    ['verhuizen', 'verhuis'],
    ['durven', 'durf'],
    ['spijbelen', 'spijbel'],
    ['piekeren', 'pieker'],
    ['huilen', 'huil'],
    ['uiten', 'uit'],
    ['gaan', 'ga'],
    ['zien', 'zie'],
  ])('%s → %s', (infinitive, stem) => {
    expect(verbStem(infinitive).stem).toBe(stem);
  });

  it('keeps "v" and "z" in the raw stem, which decides "-d"', () => {
    expect(verbStem('leven').raw).toBe('leev');
    expect(verbStem('verhuizen').raw).toBe('verhuiz');
  });
});

describe('verbForms', () => {
  it('makes the participle with "-t" after a voiceless consonant and "-d" after any other, never doubled', () => {
    expect(verbForms('spijbelen')).toEqual(expect.arrayContaining(['gespijbeld', 'spijbel', 'spijbelt']));
    expect(verbForms('pesten')).toEqual(expect.arrayContaining(['gepest', 'pest']));
    expect(verbForms('leven')).toEqual(expect.arrayContaining(['geleefd', 'leef', 'leeft']));
    expect(verbForms('roken')).toEqual(expect.arrayContaining(['gerookt', 'rook', 'rookt']));
  });

  it('has no "ge" after an unstressed prefix', () => {
    expect(verbForms('verhuizen')).toContain('verhuisd');
    expect(verbForms('bemiddelen')).toContain('bemiddeld');
    expect(verbForms('ondersteunen')).toContain('ondersteund');
    // Not a prefix where no verb remains behind it.
    expect(verbForms('bellen')).toContain('gebeld');
  });

  it('puts "ge" after a particle, and gives the forms of the verb without it, as in "hij haakt af"', () => {
    expect(verbForms('afhaken')).toEqual(expect.arrayContaining(['afgehaakt', 'haak', 'haakt', 'haken']));
    expect(verbForms('inloggen')).toEqual(expect.arrayContaining(['ingelogd', 'log', 'logt']));
    expect(verbForms('opletten')).toEqual(expect.arrayContaining(['opgelet', 'let']));
  });

  it('takes the past and participle of a strong verb from the list, also behind a particle or prefix', () => {
    expect(verbForms('wegblijven')).toEqual(expect.arrayContaining(['weggebleven', 'blijf', 'blijft', 'bleef', 'blijven']));
    expect(verbForms('buitensluiten')).toEqual(expect.arrayContaining(['buitengesloten', 'sluit', 'sloot']));
    expect(verbForms('bewegen')).toEqual(expect.arrayContaining(['bewogen', 'bewoog', 'beweeg', 'beweegt']));
    expect(verbForms('omgaan')).toEqual(expect.arrayContaining(['omgegaan', 'ga', 'gaat', 'ging', 'omgaat']));
    expect(verbForms('opkomen')).toEqual(expect.arrayContaining(['opgekomen', 'kom', 'komt', 'kwam']));
  });
});

describe('infinitiveOfParticiple', () => {
  it('finds the verb of a strong participle, with its particle', () => {
    expect(infinitiveOfParticiple('buitengesloten')).toBe('buitensluiten');
    expect(infinitiveOfParticiple('teruggetrokken')).toBe('terugtrekken');
    expect(infinitiveOfParticiple('gescheiden')).toBe('scheiden');
  });

  it('finds nothing in other words', () => {
    expect(infinitiveOfParticiple('gesprek')).toBeUndefined();
    expect(infinitiveOfParticiple('voorgekomen-x')).toBeUndefined();
    // "vervallen" is not a particle plus "gevallen".
    expect(infinitiveOfParticiple('vervallen')).toBeUndefined();
  });
});

describe('eForm', () => {
  it.each([
    ['eenzaam', 'eenzame'],
    ['boos', 'boze'],
    ['lusteloos', 'lusteloze'],
    ['kwaad', 'kwade'],
    ['lief', 'lieve'],
    ['vies', 'vieze'],
    ['leraar', 'lerare'],
  ])('%s → %s', (word, form) => {
    expect(eForm(word)).toBe(form);
  });

  it.each(['angstig', 'somber', 'bang', 'ruzies', 'moe', 'druk'])('%s: no change of spelling, nothing to add', (word) => {
    expect(eForm(word)).toBeUndefined();
  });
});

describe('wordForms', () => {
  it('starts with the word itself and lists each form once', () => {
    for (const word of ['spijbelen', 'eenzaam', 'wegblijven', 'teruggetrokken', 'angst']) {
      const forms = wordForms(word);
      expect(forms[0]).toBe(word);
      expect(new Set(forms).size).toBe(forms.length);
    }
  });

  it('treats a word as a verb only where it can be one', () => {
    expect(wordForms('alleen').filter((form) => form.startsWith('ge') || form.endsWith('t'))).toEqual([]);
    expect(wordForms('veranderingen')).toEqual(['veranderingen']);
    expect(wordForms('aandachtsproblemen'), 'a compound noun, longer than a verb').toEqual(['aandachtsproblemen']);
    expect(wordForms('mogelijkheden')).toEqual(['mogelijkheden']);
  });

  it('leaves out forms that are stop words, which a query never searches', () => {
    const forms = wordForms('opkomen');
    expect(forms).toContain('opgekomen');
    expect(forms.slice(1).filter((form) => !isMeaningful(form))).toEqual([]);
  });
});

describe('indexedTermWords', () => {
  it('indexes the meaningful words of the terms and their forms, in order, each once', () => {
    expect(indexedTermWords(['niet op school komen', 'spijbelen', 'te laat komen'])).toEqual([
      'school',
      'schole',
      'spijbelen',
      'gespijbeld',
      'spijbel',
      'spijbelt',
      'laat',
      'late',
    ]);
  });

  it('reads the terms as the search reads a query: lower case, without diacritics or punctuation', () => {
    expect(indexedTermWords(['Eenzaam', 'Vaardigheden om ‘nee’ te zeggen'])).toEqual(
      expect.arrayContaining(['eenzaam', 'eenzame', 'vaardigheden', 'nee', 'zeggen', 'gezegd', 'zeg', 'zegt', 'zei']),
    );
    expect(indexedTermWords([])).toEqual([]);
  });
});
