/**
 * buildWerkbladCatalogue on the synthetic sources, then the werkblad's catalogue built from the
 * real content (through the schemas, as the site builds it): the five questions and the partners.
 */
import { describe, expect, it } from 'vitest';
import { buildWerkbladCatalogue } from '../../src/lib/werkblad/catalogue';
import { catalogue as scanCatalogue } from '../fixtures/scan-examples';
import { pages, werkbladSources } from '../fixtures/werkblad-examples';
import { contentCatalogue, contentWerkbladCatalogue } from '../support/scan-catalogue';

const withBase = (path: string) => `/welbevinden${path}`;

describe('buildWerkbladCatalogue', () => {
  const built = buildWerkbladCatalogue(scanCatalogue, werkbladSources, withBase);

  it('keeps the scan’s catalogue as it is', () => {
    expect(built.domains).toBe(scanCatalogue.domains);
    expect(built.interventions).toBe(scanCatalogue.interventions);
    expect(built.databankLinks).toBe(scanCatalogue.databankLinks);
  });

  it('gives the questions in their order, each hint linked to its page with the page’s title', () => {
    expect(built.questions.map((question) => question.id)).toEqual(werkbladSources.questions.map((question) => question.id));
    expect(built.questions[0]).toEqual({
      id: 'lesprogramma',
      text: 'Hoe past het in het lesprogramma?',
      hints: [{ quote: 'Verankering helpt.', href: '/welbevinden/onderzoek/', pageTitle: 'Over het onderzoek' }],
    });
    expect(built.questions[1]?.hints).toEqual([]);
  });

  it('gives the partners in their order, with a source only where the content gives one', () => {
    expect(built.partners[0]).toEqual({
      id: 'schoolbestuur',
      label: 'Het schoolbestuur',
      group: 'buiten',
      addition: false,
      source: { quote: 'Het bestuur denkt mee.', href: '/welbevinden/samenwerken/', pageTitle: 'Samen met partners' },
    });
    expect(built.partners[1]).toStrictEqual({ id: 'gemeente', label: 'De gemeente', group: 'buiten', addition: false });
    expect(built.partners[2]).toStrictEqual({ id: 'mentoren', label: 'Mentoren', group: 'school', addition: true });
  });

  it('links a quote on a page it does not know to the home page, without a title', () => {
    const unknownPage = buildWerkbladCatalogue(
      scanCatalogue,
      {
        questions: [{ id: 'vraag', data: { text: 'Vraag?', hints: [{ quote: 'Citaat.', page: { id: 'bestaat-niet' } }] } }],
        partners: [
          {
            id: 'partner',
            data: { label: 'Partner', group: 'buiten', addition: false, source: { quote: 'Bron.', page: { id: 'onderzoek' } } },
          },
        ],
        pages,
      },
      withBase,
    );

    expect(unknownPage.questions).toEqual([
      { id: 'vraag', text: 'Vraag?', hints: [{ quote: 'Citaat.', href: '/welbevinden/', pageTitle: '' }] },
    ]);
    expect(unknownPage.partners).toEqual([
      {
        id: 'partner',
        label: 'Partner',
        group: 'buiten',
        addition: false,
        source: { quote: 'Bron.', href: '/welbevinden/onderzoek/', pageTitle: 'Over het onderzoek' },
      },
    ]);
  });
});

describe('the werkblad catalogue from the content files', () => {
  const catalogue = contentWerkbladCatalogue(withBase);

  it('keeps the scan’s catalogue of the content as it is', () => {
    const scan = contentCatalogue(withBase);

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

  it('has the partners in their order, those in and around the school first, with a source only where the content gives one', () => {
    expect(catalogue.partners.map((partner) => partner.id).slice(0, 6)).toEqual([
      'intern-begeleider',
      'collegas',
      'schoolleiding',
      'ouders',
      'schoolbestuur',
      'samenwerkingsverband',
    ]);
    expect(catalogue.partners.filter((partner) => partner.addition).map((partner) => partner.id)).toEqual([
      'intern-begeleider',
      'collegas',
      'schoolleiding',
    ]);
    expect(catalogue.partners.find((partner) => partner.id === 'schoolbestuur')).toMatchObject({
      label: 'Schoolbestuur (kwaliteitsmedewerker)',
      source: { href: '/welbevinden/interventietypen/', pageTitle: 'Wat voor type interventies zijn er?' },
    });
    const samenwerkingsverband = catalogue.partners.find((partner) => partner.id === 'samenwerkingsverband');
    expect(samenwerkingsverband).toStrictEqual({
      id: 'samenwerkingsverband',
      label: 'Samenwerkingsverband passend onderwijs',
      group: 'buiten',
      addition: false,
    });
  });
});
