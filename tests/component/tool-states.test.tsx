/**
 * Every example state of both tools (tests/fixtures/tool-states.ts), rendered as the island in
 * jsdom without a build: the state is reached as a user reaches it (stored data, the address, the
 * steps), then its markup must pass html-validate and axe (WCAG 2.2 AA; jsdom cannot compute
 * colour contrast, which the browser tests check).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { HtmlValidate } from 'html-validate';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import Schoolscan from '../../src/components/schoolscan/Schoolscan';
import Werkblad from '../../src/components/werkblad/Werkblad';
import { schoolscanStrings } from '../../src/lib/i18n/schoolscan.nl';
import { werkbladStrings } from '../../src/lib/i18n/werkblad.nl';
import { toolStates, type Step, type ToolState } from '../fixtures/tool-states';
import { contentWerkbladCatalogue } from '../fixtures/werkblad-examples';
import { contentCatalogue } from '../support/scan-catalogue';
import { wcagTags } from '../support/wcag';
import { viewLoaded } from '../support/lazy-view';

// The DOM writes boolean attributes as novalidate=""; the server writes novalidate. Both are valid.
const validator = new HtmlValidate({ ...config, rules: { ...config.rules, 'attribute-boolean-style': 'off' } });
const scanCatalogue = contentCatalogue();
const werkbladCatalogue = contentWerkbladCatalogue();

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function island(tool: ToolState['tool']) {
  return tool === 'schoolscan' ? (
    <Schoolscan catalogue={scanCatalogue} strings={schoolscanStrings} />
  ) : (
    <Werkblad catalogue={werkbladCatalogue} strings={werkbladStrings} scanHref="/schoolscan/" />
  );
}

async function take(step: Step): Promise<void> {
  // A view that loads on use shows its heading first: wait for its controls.
  if ('click' in step) {
    const scope = step.within ? within(await screen.findByRole('region', { name: step.within })) : screen;
    fireEvent.click(await scope.findByRole(step.click, { name: step.name }));
    return;
  }
  const input = (await screen.findByLabelText(step.upload)) as HTMLInputElement;
  const files = step.files.map((file) => new File([file.text], file.name, { type: 'application/json' }));
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

/** The tool's markup as a page would hold it, for html-validate. */
const asPage = (body: string) => `<!DOCTYPE html><html lang="nl"><head><title>Test</title></head><body><main>${body}</main></body></html>`;

describe.each(['schoolscan', 'werkblad'] as const)('the %s in each example state', (tool) => {
  it('has its views among the example states (which the browser layer checks at widths with axe)', () => {
    expect(toolStates.filter((state) => state.tool === tool).length).toBeGreaterThanOrEqual(8);
  });

  it.each(toolStates.filter((state) => state.tool === tool).map((state) => [state.name, state] as const))('%s', async (_name, state) => {
    for (const [key, value] of Object.entries(state.storage)) localStorage.setItem(key, value);
    history.replaceState(null, '', `/${tool}/${state.hash}`);

    const { container } = render(island(tool));
    // The view's own heading (a printed sheet may repeat its text, hidden on screen).
    await waitFor(() => expect(container.querySelector('.tool-view-heading')?.textContent).toBe(state.heading));
    expect(container.querySelector('.tool-root')?.getAttribute('aria-busy'), 'the stored work has been read').toBe('false');
    await viewLoaded(container);
    for (const step of state.steps) await take(step);
    if (state.shows) await screen.findByRole(state.shows.role, { name: state.shows.name });

    const report = await validator.validateString(asPage(container.innerHTML), `${tool} ${state.name}`);
    const invalid = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
    expect(invalid, 'html-validate').toEqual([]);

    const results = await axe.run(container, { runOnly: { type: 'tag', values: wcagTags } });
    const violations = results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} – ${violation.help}`),
    );
    expect(violations, 'axe').toEqual([]);
  });
});
