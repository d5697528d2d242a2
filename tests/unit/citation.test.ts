import { describe, expect, it } from 'vitest';
import {
  citationSegments,
  citationText,
  formatAuthor,
  formatAuthorList,
  formatYear,
  joinNames,
  pageRange,
  sortKey,
  sortReferences,
  spacedInitials,
  splitParticle,
  withStop,
} from '../../src/lib/citation';
import { referenceSchema, type ReferenceData } from '../../src/lib/content-schemas';

/** One example per kind, shaped like entries of src/content/references.yaml. */
const reference = (data: Record<string, unknown>): ReferenceData => referenceSchema.parse({ sourceText: 'bron', ...data });

const durlak = reference({
  id: 'durlak-2011',
  kind: 'article',
  authors: [
    { family: 'Durlak', given: 'J.A.' },
    { family: 'Weissberg', given: 'R.P.' },
    { family: 'Schellinger', given: 'K.B.' },
  ],
  year: 2011,
  title: 'The impact of enhancing students’ social and emotional learning',
  container: 'Child Development',
  volume: '82',
  issue: '1',
  pages: '405-432',
});
const weareNind = reference({
  id: 'weare-nind-2011',
  kind: 'article',
  authors: [
    { family: 'Weare', given: 'K.' },
    { family: 'Nind', given: 'M.' },
  ],
  year: 2011,
  title: 'Mental health promotion and problem prevention in schools: what does the evidence say?',
  container: 'Health Promot Int',
  volume: '26',
});
const meijer = reference({
  id: 'meijer-gezond-verstand',
  kind: 'book',
  authors: [{ family: 'Meijer', given: 'S.A.' }],
  year: null,
  title: 'Gezond verstand',
  publisher: 'RIVM',
  place: 'Bilthoven',
});
const bakker = reference({
  id: 'bakker-2021',
  kind: 'report',
  authors: [{ family: 'Bakker', given: 'H.E.' }],
  etAl: true,
  year: 2021,
  dateNote: 'februari 2021',
  title: 'Perspectief voor de jeugd',
  container: 'Input vanuit de expertise van Schoolpsychologen van het NIP',
});
const vliek = reference({
  id: 'vliek-2010',
  kind: 'chapter',
  authors: [
    { family: 'Vliek', given: 'L.' },
    { family: 'Orobio de Castro', given: 'B.' },
  ],
  year: 2010,
  title: 'Stimulating positive social interaction',
  container: 'Handbook of Youth Prevention Science',
  editors: ['B. Doll', 'J. Baker', 'B. Pfohl', 'J. Yoon'],
  publisher: 'Routledge',
  place: 'New York',
});
const vanLier = reference({
  id: 'van-lier-2002',
  kind: 'thesis',
  authors: [{ family: 'Van Lier', given: 'P.A.C.' }],
  year: 2002,
  title: 'Preventing disruptive behavior',
  publisher: 'Erasmus MC',
  place: 'Rotterdam',
});
const cbs = reference({
  id: 'cbs-2015',
  kind: 'report',
  authors: [{ organisation: 'Centraal Bureau voor de Statistiek' }],
  year: 2015,
  title: 'Armoede en sociale uitsluiting',
  publisher: 'CBS',
  place: 'Den Haag',
});
const deMooij = reference({
  id: 'de-mooij-2020',
  kind: 'article',
  authors: [{ family: 'de Mooij', given: 'B.' }],
  year: 2020,
  title: 'Effective components',
  container: 'Clinical child and family psychology review',
});

describe('names', () => {
  it('spaces initials the APA way', () => {
    expect(spacedInitials('J.A.')).toBe('J. A.');
    expect(spacedInitials('P.A.C.')).toBe('P. A. C.');
    expect(spacedInitials('K.')).toBe('K.');
  });

  it('writes a person as "Family, I." and an organisation by its name', () => {
    expect(formatAuthor({ family: 'Durlak', given: 'J.A.' })).toBe('Durlak, J. A.');
    expect(formatAuthor({ organisation: 'Centraal Planbureau' })).toBe('Centraal Planbureau');
  });

  it('puts Dutch particles after the initials, and leaves compound names alone', () => {
    expect(formatAuthor({ family: 'Van Lier', given: 'P.A.C.' })).toBe('Lier, P. A. C. van');
    expect(formatAuthor({ family: 'de Mooij', given: 'B.' })).toBe('Mooij, B. de');
    expect(formatAuthor({ family: 'van der Veen', given: 'A.' })).toBe('Veen, A. van der');
    expect(formatAuthor({ family: 'Orobio de Castro', given: 'B.' })).toBe('Orobio de Castro, B.');
    expect(formatAuthor({ family: 'Visser-van Balen', given: 'H.' })).toBe('Visser-van Balen, H.');
  });

  it('splits a leading particle from the main part of a family name', () => {
    expect(splitParticle('Van Lier')).toEqual({ particle: 'van', name: 'Lier' });
    expect(splitParticle('van der Veen')).toEqual({ particle: 'van der', name: 'Veen' });
    expect(splitParticle('Durlak')).toEqual({ particle: '', name: 'Durlak' });
    expect(splitParticle('Dekker')).toEqual({ particle: '', name: 'Dekker' });
  });

  it('joins authors with a comma before "&", and ends with "et al." when the source does', () => {
    expect(formatAuthorList(durlak.authors)).toBe('Durlak, J. A., Weissberg, R. P., & Schellinger, K. B.');
    expect(formatAuthorList(weareNind.authors)).toBe('Weare, K., & Nind, M.');
    expect(formatAuthorList(meijer.authors)).toBe('Meijer, S. A.');
    expect(formatAuthorList(bakker.authors, true)).toBe('Bakker, H. E., et al.');
  });

  it('joins editors with "&"', () => {
    expect(joinNames(['B. Doll'])).toBe('B. Doll');
    expect(joinNames(['B. Doll', 'J. Baker'])).toBe('B. Doll & J. Baker');
    expect(joinNames(['B. Doll', 'J. Baker', 'B. Pfohl'])).toBe('B. Doll, J. Baker, & B. Pfohl');
    expect(joinNames([])).toBe('');
  });
});

describe('small parts', () => {
  it('writes the year, "z.j." without one, and the month when the source gives it', () => {
    expect(formatYear(durlak)).toBe('(2011)');
    expect(formatYear(meijer)).toBe('(z.j.)');
    expect(formatYear(bakker)).toBe('(2021, februari)');
  });

  it('adds a full stop only where needed', () => {
    expect(withStop('Gezond verstand')).toBe('Gezond verstand.');
    expect(withStop('What does the evidence say?')).toBe('What does the evidence say?');
    expect(withStop('Kom maar op!')).toBe('Kom maar op!');
  });

  it('sets page ranges with an en dash and leaves article numbers alone', () => {
    expect(pageRange('405-432')).toBe('405–432');
    expect(pageRange('i29-i69')).toBe('i29–i69');
    expect(pageRange('CD008958')).toBe('CD008958');
  });
});

describe('full citations', () => {
  it('renders an article with the journal and volume in italics', () => {
    expect(citationText(durlak)).toBe(
      'Durlak, J. A., Weissberg, R. P., & Schellinger, K. B. (2011). The impact of enhancing students’ social and emotional learning. Child Development, 82(1), 405–432.',
    );
    const italic = citationSegments(durlak)
      .filter((s) => s.italic)
      .map((s) => s.text);
    expect(italic).toEqual(['Child Development', '82']);
  });

  it('keeps a title that ends in a question mark without adding a stop', () => {
    expect(citationText(weareNind)).toContain('what does the evidence say? Health Promot Int, 26.');
  });

  it('renders a book with its title in italics and place: publisher', () => {
    expect(citationText(meijer)).toBe('Meijer, S. A. (z.j.). Gezond verstand. Bilthoven: RIVM.');
    expect(citationSegments(meijer).find((s) => s.italic)?.text).toBe('Gezond verstand.');
  });

  it('renders a report by an organisation, and one by authors "et al."', () => {
    expect(citationText(cbs)).toBe('Centraal Bureau voor de Statistiek. (2015). Armoede en sociale uitsluiting. Den Haag: CBS.');
    expect(citationText(bakker)).toBe(
      'Bakker, H. E., et al. (2021, februari). Perspectief voor de jeugd. Input vanuit de expertise van Schoolpsychologen van het NIP.',
    );
  });

  it('renders a chapter with editors and the book in italics', () => {
    expect(citationText(vliek)).toBe(
      'Vliek, L., & Orobio de Castro, B. (2010). Stimulating positive social interaction. In B. Doll, J. Baker, B. Pfohl, & J. Yoon (Red.), Handbook of Youth Prevention Science. New York: Routledge.',
    );
    expect(citationSegments(vliek).find((s) => s.italic)?.text).toBe('Handbook of Youth Prevention Science');
  });

  it('marks a thesis as a proefschrift', () => {
    expect(citationText(vanLier)).toBe('Lier, P. A. C. van (2002). Preventing disruptive behavior [Proefschrift]. Rotterdam: Erasmus MC.');
  });
});

describe('alphabetical order', () => {
  it('ignores Dutch name particles, as Dutch reference lists do', () => {
    expect(sortKey(deMooij)[0]).toBe('Mooij');
    expect(sortKey(vanLier)[0]).toBe('Lier');
    expect(sortKey(vliek)[0]).toBe('Vliek');
  });

  it('puts a single author before the same author with co-authors, whatever the years', () => {
    const weare = reference({ ...weareNind, id: 'weare-2015', authors: [{ family: 'Weare', given: 'K.' }], year: 2015 });
    const vanLierEtAl = reference({
      ...vanLier,
      id: 'van-lier-2005',
      kind: 'thesis',
      authors: [
        { family: 'Van Lier', given: 'P.A.' },
        { family: 'Vuijk', given: 'P.' },
      ],
      year: 2005,
    });
    const sorted = sortReferences([weareNind, vanLierEtAl, weare, vanLier], (entry) => entry);
    expect(sorted.map((entry) => entry.id)).toEqual(['van-lier-2002', 'van-lier-2005', 'weare-2015', 'weare-nind-2011']);
  });

  it('sorts by first author, then year', () => {
    const sorted = sortReferences([vliek, durlak, deMooij, cbs, vanLier, meijer], (entry) => entry);
    expect(sorted.map((entry) => entry.id)).toEqual([
      'cbs-2015',
      'durlak-2011',
      'van-lier-2002',
      'meijer-gezond-verstand',
      'de-mooij-2020',
      'vliek-2010',
    ]);
  });
});
