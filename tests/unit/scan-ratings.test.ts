import { describe, expect, it } from 'vitest';
import { concernStep, isConcern, ratings, stepsBetween } from '../../src/lib/scan/ratings';

describe('ratings', () => {
  it('offers the four answers in the order the form shows them', () => {
    expect(ratings).toEqual(['geen', 'enige', 'grote', 'onbekend']);
  });

  it('gives each answer a step of concern, and "Weet ik niet" none', () => {
    expect(concernStep).toEqual({ geen: 0, enige: 1, grote: 2, onbekend: null });
  });

  it('counts only "Enige zorgen" and "Grote zorgen" as a concern', () => {
    expect(isConcern('enige')).toBe(true);
    expect(isConcern('grote')).toBe(true);
    expect(isConcern('geen')).toBe(false);
    expect(isConcern('onbekend')).toBe(false);
    expect(isConcern(null)).toBe(false);
  });

  it('counts the steps from one answer to another, positive towards more concern', () => {
    expect(stepsBetween('geen', 'grote')).toBe(2);
    expect(stepsBetween('grote', 'geen')).toBe(-2);
    expect(stepsBetween('enige', 'grote')).toBe(1);
    expect(stepsBetween('enige', 'geen')).toBe(-1);
    expect(stepsBetween('enige', 'enige')).toBe(0);
    expect(stepsBetween('geen', 'geen')).toBe(0);
  });

  it('has no number of steps when either side is "Weet ik niet" or unanswered', () => {
    expect(stepsBetween('onbekend', 'grote')).toBeNull();
    expect(stepsBetween('geen', 'onbekend')).toBeNull();
    expect(stepsBetween('onbekend', 'onbekend')).toBeNull();
    expect(stepsBetween(null, 'enige')).toBeNull();
    expect(stepsBetween('enige', null)).toBeNull();
    expect(stepsBetween(null, null)).toBeNull();
  });
});
