/**
 * The session's and the presentation's views load their own stylesheet with their code
 * (withStylesheet.ts): the view shows once both are there, and each stylesheet is added once.
 * jsdom loads no files; tests/support/jsdom-stylesheets.ts fires load for them. When one does not
 * arrive: view-stylesheet-failure.test.tsx.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { format } from '../../src/lib/text';
import { presentationHash, presentationStorage, presentedDomains, sessionHash, sessionTitle } from '../fixtures/presentation';
import { contentCatalogue } from '../support/scan-catalogue';

const catalogue = contentCatalogue();
const stylesheets = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function open(hash: string) {
  for (const [key, value] of Object.entries(presentationStorage)) localStorage.setItem(key, value);
  history.replaceState(null, '', `/schoolscan/${hash}`);
  return render(<Schoolscan catalogue={catalogue} strings={S} />);
}

async function go(hash: string) {
  location.hash = hash;
  await waitFor(() => expect(location.hash).toBe(hash));
}

describe('the views that bring their own stylesheet', () => {
  it('show the session and the presentation with their stylesheet, each added once', async () => {
    open(sessionHash);
    await screen.findByRole('heading', { level: 2, name: format(S.session.heading, { title: sessionTitle }) });
    expect(stylesheets().filter((href) => href.includes('session'))).toHaveLength(1);

    await go(presentationHash());
    await screen.findByRole('heading', { level: 3, name: presentedDomains[0]!.label });
    await go(sessionHash);
    await screen.findByRole('heading', { level: 2, name: format(S.session.heading, { title: sessionTitle }) });
    await go(presentationHash());
    await screen.findByRole('heading', { level: 3, name: presentedDomains[0]!.label });

    const added = stylesheets();
    expect(added.filter((href) => href.includes('session'))).toHaveLength(1);
    expect(added.filter((href) => href.includes('present'))).toHaveLength(1);
  });
});
