import { expect, test } from 'vitest';
import { formatPolicy, headerPolicy, PAGE_DIRECTIVES, parsePolicy } from '../../../src/lib/hosting/content-security-policy.ts';

test('parses a policy into directives and their sources, names in lower case, the first of a repeated directive kept', () => {
  expect(parsePolicy("default-src 'self';Script-Src 'self' 'sha256-abc=' ; ; script-src *; upgrade-insecure-requests")).toEqual(
    new Map([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-abc='"]],
      ['upgrade-insecure-requests', []],
    ]),
  );
});

test('every page may load only its own files, no plugins, base, frames or foreign forms', () => {
  expect(parsePolicy(formatPolicy(PAGE_DIRECTIVES))).toEqual(
    new Map([
      ['default-src', ["'self'"]],
      ['object-src', ["'none'"]],
      ['base-uri', ["'none'"]],
      ['form-action', ["'self'"]],
      ['frame-src', ["'none'"]],
      ['img-src', ["'self'", 'data:']],
      ['connect-src', ["'self'"]],
    ]),
  );
});

test('the header leaves scripts and styles, and the default that would stand in for them, to the page, and adds frame-ancestors', () => {
  expect(headerPolicy()).toBe("object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'");
  expect(headerPolicy(["default-src 'self'", "script-src 'self'", "Style-Src 'self'", "img-src 'self'"])).toBe("img-src 'self'; frame-ancestors 'none'");
});
