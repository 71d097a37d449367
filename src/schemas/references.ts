/**
 * How a schema points at another collection. Astro's content layer passes `reference('people')` and
 * the like; the content validator passes plain id schemas and checks that each id exists itself,
 * because a dangling `reference()` only logs an error and lets the build pass.
 */
import type { z } from 'astro/zod';

/**
 * One type parameter per collection, not one for the whole object: zod's output types survive
 * `A` but collapse to `unknown` through an indexed access such as `R['article']` in nested arrays.
 */
export interface References<Article extends z.ZodType, Person extends z.ZodType, Topic extends z.ZodType, Claim extends z.ZodType> {
  article: Article;
  person: Person;
  topic: Topic;
  claim: Claim;
}
