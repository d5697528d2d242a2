/** The crawl's one exception to "a fragment names an element": a view of a tool, as its router knows it. */
import { describe, expect, it } from 'vitest';
import { isToolRoute } from '../support/crawl';

describe('isToolRoute', () => {
  it('accepts a view the tool’s router knows, with or without a base path', () => {
    expect(isToolRoute('http://127.0.0.1:4321/schoolscan/#nieuw')).toBe(true);
    expect(isToolRoute('http://127.0.0.1:4321/welbevinden/schoolscan/#nieuw')).toBe(true);
    expect(isToolRoute('http://127.0.0.1:4321/werkblad/#nieuw')).toBe(true);
  });

  it('refuses a fragment the tool does not know, and a fragment on a page without a tool', () => {
    expect(isToolRoute('http://127.0.0.1:4321/schoolscan/#nieuwe-scan')).toBe(false);
    expect(isToolRoute('http://127.0.0.1:4321/onderzoek/#nieuw')).toBe(false);
  });
});
