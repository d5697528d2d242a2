/** Every built page is valid HTML by html-validate's recommended rules (exceptions: .htmlvalidate.mjs). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate(config);
const pages = builtPages();

describe('valid HTML', () => {
  it('validates every built page', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s', async (_path, page) => {
    const report = await validator.validateString(page.html, page.path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });
});
