import type { AstroIntegrationLogger } from 'astro';

/**
 * Stops `astro build` with exit code 1 after logging `report` through Astro's logger. An error
 * thrown from a hook would do the same, but Astro prints it after "An unhandled error occurred while
 * running the … hook" and with an empty stack trace, which reads as a crash of the tool rather than
 * a problem in the content the report describes.
 */
export function stopBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
