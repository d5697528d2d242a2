/**
 * Content collections. Schemas live in src/lib/content-schemas.ts; this file only wires loaders.
 * Editors: see README.md, "How the content is organised".
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  databankSchema,
  domainSchema,
  guidanceSchema,
  interventionSchema,
  partnerSchema,
  questionSchema,
  referenceSchema,
  type ReferenceFactory,
} from './lib/content-schemas';

const ref = reference as ReferenceFactory;

export const collections = {
  guidance: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/guidance' }),
    schema: guidanceSchema(ref),
  }),
  interventions: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/interventions' }),
    schema: interventionSchema(ref),
  }),
  domains: defineCollection({
    loader: file('src/content/domains.yaml'),
    schema: domainSchema(ref),
  }),
  references: defineCollection({
    loader: file('src/content/references.yaml'),
    schema: referenceSchema,
  }),
  databanks: defineCollection({
    loader: file('src/content/databanks.yaml'),
    schema: databankSchema,
  }),
  questions: defineCollection({
    loader: file('src/content/questions.yaml'),
    schema: questionSchema(ref),
  }),
  partners: defineCollection({
    loader: file('src/content/partners.yaml'),
    schema: partnerSchema(ref),
  }),
};
