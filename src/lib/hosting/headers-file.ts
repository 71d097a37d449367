/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the root of the published folder:
 * blocks of a path pattern on its own line, then indented `Name: value` lines, with `#` comments.
 *
 *     /_astro/*
 *       Cache-Control: public, max-age=31536000, immutable
 *
 * A pattern is a path where `*` (a splat) matches any run of characters, slashes included, and a
 * `:name` segment matches one segment. A request gets the headers of every rule whose pattern
 * matches its path. When two matching rules set the same header the hosts disagree: Cloudflare joins
 * the values with a comma, Netlify keeps one. The site's file never does that (a test checks), so
 * both hosts send the same headers.
 */

/** One block of the file: a path pattern and the headers sent for the paths it matches, in order. */
export interface HeaderRule {
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
}

/** Cloudflare Pages' documented limits on a `_headers` file; Netlify's are looser. */
export const HOST_LIMITS = { rules: 100, lineLength: 2_000 } as const;

/** The file's text: `comments` as `#` lines, then each rule, blocks separated by a blank line. */
export function formatHeadersFile(rules: readonly HeaderRule[], comments: readonly string[] = []): string {
  const head = comments.map((line) => (line === '' ? '#' : `# ${line}`));
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${[...(head.length > 0 ? [head.join('\n')] : []), ...blocks].join('\n\n')}\n`;
}

/** The rules of a file, and what in it a host would reject or read differently, by line number. */
export interface ParsedHeadersFile {
  rules: HeaderRule[];
  problems: string[];
}

/** Reads a `_headers` file as the hosts do; anything they would reject or that only one host understands is a problem. */
export function parseHeadersFile(text: string): ParsedHeadersFile {
  const rules: { path: string; headers: [string, string][] }[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      if (raw !== line) problems.push(`${at}: a path pattern must start the line: "${line}"`);
      if ((line.match(/\*/gu) ?? []).length > 1) problems.push(`${at}: a path pattern may have one splat (*) only: "${line}"`);
      rules.push({ path: line, headers: [] });
      return;
    }
    if (/^https?:\/\//u.test(line)) {
      problems.push(`${at}: absolute URL patterns are not supported here: "${line}"`);
      rules.push({ path: line, headers: [] });
      return;
    }
    if (line.startsWith('!')) {
      problems.push(`${at}: "${line}" detaches a header, which only Cloudflare understands`);
      return;
    }
    const rule = rules.at(-1);
    if (!rule) {
      problems.push(`${at}: a header comes before any path pattern: "${line}"`);
      return;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (raw === line) problems.push(`${at}: a header line must be indented: "${line}"`);
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/u.test(name) || value === '') {
      problems.push(`${at}: not a "Name: value" header: "${line}"`);
      return;
    }
    rule.headers.push([name, value]);
  });
  return { rules, problems };
}

/** What a file would break against the hosts' limits (Cloudflare Pages: 100 rules, 2,000 characters a line). */
export function checkHostLimits(text: string): string[] {
  const problems: string[] = [];
  const { rules } = parseHeadersFile(text);
  if (rules.length > HOST_LIMITS.rules) problems.push(`${rules.length} rules, more than the ${HOST_LIMITS.rules} Cloudflare Pages reads`);
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.length > HOST_LIMITS.lineLength) {
      problems.push(`line ${index + 1} is ${line.length} characters long, more than the ${HOST_LIMITS.lineLength} Cloudflare Pages reads: "${line.slice(0, 60)}…"`);
    }
  });
  return problems;
}

const patterns = new Map<string, RegExp>();

/** True when the rule pattern `pattern` matches the URL path `pathname` (`*` any characters, a `:name` segment one segment). */
export function matchesPath(pattern: string, pathname: string): boolean {
  let expression = patterns.get(pattern);
  if (!expression) {
    const source = pattern
      .split(/(\*|(?<=\/):[A-Za-z]\w*)/u)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')))
      .join('');
    expression = new RegExp(`^${source}$`, 'u');
    patterns.set(pattern, expression);
  }
  return expression.test(pathname);
}

/** The rules that match `pathname`, in file order. */
export function rulesForPath(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((rule) => matchesPath(rule.path, pathname));
}

/**
 * The headers a host sends for `pathname`, by lower-case name, in file order. A header that several
 * matching rules set gets their values joined with ", ", as Cloudflare Pages does.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Map<string, { name: string; value: string }> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rulesForPath(rules, pathname)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, earlier ? { name: earlier.name, value: `${earlier.value}, ${value}` } : { name, value });
    }
  }
  return headers;
}
