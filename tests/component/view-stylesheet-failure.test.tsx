/**
 * A view whose stylesheet does not arrive (the connection dropped) says that it did not load, with
 * a way to try again, as when its code does not arrive (withStylesheet.ts). In a file of its own: a
 * view that failed to load stays failed for the rest of the file, as in a page until it loads again.
 */
import { render, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import { schoolscanStrings as S } from '../../src/lib/i18n/schoolscan.nl';
import { presentationHash, presentationStorage } from '../fixtures/presentation';
import { failStylesheets } from '../support/jsdom-stylesheets';
import { contentCatalogue } from '../support/scan-catalogue';

it('the presentation says it did not load when its stylesheet does not arrive, with a button to try again', async () => {
  failStylesheets((href) => href.includes('present'));
  for (const [key, value] of Object.entries(presentationStorage)) localStorage.setItem(key, value);
  history.replaceState(null, '', `/schoolscan/${presentationHash()}`);
  render(<Schoolscan catalogue={contentCatalogue()} strings={S} />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(S.openFailed);
  expect(screen.getByRole('button', { name: S.openAgain })).toBeTruthy();
  expect(screen.queryByRole('heading', { level: 3 }), 'no domain shown without the styles').toBeNull();
  const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  expect(
    links.filter((link) => link.href.includes('present')),
    'the failed link is taken out, for another try',
  ).toEqual([]);
});
