/** Topics that group the claims (`content/topics.yaml`, a list). */
import { z } from 'astro/zod';
import { boundedText, idSchema, TEXT_LIMITS } from './common.ts';

export const topicSchema = z.strictObject({
  /** The topic's title, e.g. "Militant groups and where they operate". */
  title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
  /** Position in the claims index, smallest first. */
  order: z.number({ error: 'must be a number' }).int({ message: 'must be a whole number' }),
});

/** A topic as written in the list file: with its id. */
export const topicEntrySchema = topicSchema.extend({ id: idSchema });
