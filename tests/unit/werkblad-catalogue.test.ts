import { describe, expect, it } from 'vitest';
import { buildWerkbladCatalogue } from '../../src/lib/werkblad/catalogue';
import { contentCatalogue } from '../support/scan-catalogue';
import { contentWerkbladCatalogue, werkbladSources } from '../fixtures/werkblad-examples';

const withBase = (path: string) => `/welbevinden${path}`;

describe('buildWerkbladCatalogue on the real content', () => {
  const catalogue = contentWerkbladCatalogue(withBase);

  it('keeps the scan’s catalogue as it is', () => {
    const scan = contentCatalogue();

    expect(catalogue.domains).toEqual(scan.domains);
    expect(catalogue.interventions).toEqual(scan.interventions);
    expect(catalogue.databankLinks).toEqual(scan.databankLinks);
    expect(catalogue.domains).toHaveLength(11);
  });

  it('has the five questions with their text and hints, linked to the guidance page', () => {
    expect(catalogue.questions.map((question) => question.id)).toEqual([
      'lesprogramma',
      'training',
      'verankering',
      'kwetsbare-leerlingen',
      'aansluiting',
    ]);
    const first = catalogue.questions[0];
    expect(first?.text).toBe('Hoe koppel je deze interventies aan het reguliere lesprogramma?');
    expect(first?.hints).toEqual([
      {
        quote:
          'De effecten van interventies gericht op welbevinden zijn groter wanneer ze zijn verankerd in de reguliere onderwijspraktijk en worden ondersteund door scholing en trainingen voor het personeel.',
        href: '/welbevinden/onderzoek/',
        pageTitle: 'Wat zegt het onderzoek?',
      },
    ]);
    for (const question of catalogue.questions) {
      for (const hint of question.hints) {
        expect(hint.href).toMatch(/^\/welbevinden\/[a-z-]+\/$/);
        expect(hint.pageTitle).not.toBe('');
      }
    }
  });

  it('has the partners in their order, with a source only where the content gives one', () => {
    expect(catalogue.partners.map((partner) => partner.id).slice(0, 4)).toEqual([
      'schoolbestuur',
      'samenwerkingsverband',
      'gemeente',
      'schoolmaatschappelijk-werk',
    ]);
    expect(catalogue.partners[0]).toMatchObject({
      label: 'Schoolbestuur (kwaliteitsmedewerker)',
      source: { href: '/welbevinden/interventietypen/', pageTitle: 'Wat voor type interventies zijn er?' },
    });
    const samenwerkingsverband = catalogue.partners.find((partner) => partner.id === 'samenwerkingsverband');
    expect(samenwerkingsverband).toStrictEqual({ id: 'samenwerkingsverband', label: 'Samenwerkingsverband passend onderwijs' });
  });
});

describe('buildWerkbladCatalogue', () => {
  it('links a quote on a page it does not know to the home page, without a title', () => {
    const sources = werkbladSources();
    const built = buildWerkbladCatalogue(
      contentCatalogue(),
      {
        questions: [{ id: 'vraag', data: { text: 'Vraag?', hints: [{ quote: 'Citaat.', page: { id: 'bestaat-niet' } }] } }],
        partners: [{ id: 'partner', data: { label: 'Partner', source: { quote: 'Bron.', page: { id: 'onderzoek' } } } }],
        pages: sources.pages,
      },
      withBase,
    );

    expect(built.questions).toEqual([{ id: 'vraag', text: 'Vraag?', hints: [{ quote: 'Citaat.', href: '/welbevinden/', pageTitle: '' }] }]);
    expect(built.partners).toEqual([
      {
        id: 'partner',
        label: 'Partner',
        source: { quote: 'Bron.', href: '/welbevinden/onderzoek/', pageTitle: 'Wat zegt het onderzoek?' },
      },
    ]);
  });
});
