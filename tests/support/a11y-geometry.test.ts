/** The geometry behind the target-size and text-spacing checks, on plain numbers. */
import { describe, expect, test } from 'vitest';
import {
  distanceToBox,
  findNewSpills,
  findNewTextOverlaps,
  findOverlappingText,
  findTargetSizeViolations,
  intersectBoxes,
  isOverlapping,
  type Box,
  type Target,
  type TextUnit,
} from './a11y-geometry.ts';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const target = (label: string, b: Box, extra: Partial<Target> = {}): Target => ({ label, box: b, fragments: [b], inline: false, nested: [], ...extra });

describe('box geometry', () => {
  test('boxes that share an area overlap; boxes that only touch do not', () => {
    expect(intersectBoxes(box(0, 0, 10, 10), box(5, 5, 10, 10))).toEqual(box(5, 5, 5, 5));
    expect(intersectBoxes(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBeUndefined();
    expect(isOverlapping(box(0, 0, 10, 10), box(9.5, 0, 10, 10))).toBe(false);
    expect(isOverlapping(box(0, 0, 10, 10), box(8, 0, 10, 10))).toBe(true);
  });

  test.each([
    [{ x: 5, y: 5 }, 0],
    [{ x: 13, y: 5 }, 3],
    [{ x: 13, y: 14 }, 5],
    [{ x: -6, y: -8 }, 10],
  ])('the distance from %o to a 10 px box at the origin is %d', (point, distance) => {
    expect(distanceToBox(point, box(0, 0, 10, 10))).toBeCloseTo(distance);
  });
});

describe('target size, WCAG 2.5.8', () => {
  test('24 × 24 px targets pass even when they touch', () => {
    expect(findTargetSizeViolations([target('a', box(0, 0, 24, 24)), target('b', box(24, 0, 24, 24))])).toEqual([]);
  });

  test('a small target alone passes by spacing', () => {
    expect(findTargetSizeViolations([target('alone', box(100, 100, 16, 16)), target('far', box(200, 100, 16, 16))])).toEqual([]);
  });

  test('two small targets whose 24 px circles meet both fail, with their size and the reason', () => {
    expect(findTargetSizeViolations([target('left', box(0, 0, 20, 20)), target('right', box(22, 0, 20, 20))])).toEqual([
      { label: 'left', width: 20, height: 20, reason: 'its 24 px circle meets the circle of the undersized target right (centres 22 px apart)' },
      { label: 'right', width: 20, height: 20, reason: 'its 24 px circle meets the circle of the undersized target left (centres 22 px apart)' },
    ]);
  });

  test('circles that only touch, 24 px apart, pass', () => {
    expect(findTargetSizeViolations([target('left', box(0, 0, 20, 20)), target('right', box(24, 0, 20, 20))])).toEqual([]);
  });

  test('a small target whose circle meets a large target fails; the large one passes', () => {
    const violations = findTargetSizeViolations([target('small', box(0, 0, 16, 16)), target('large', box(18, 0, 100, 40))]);
    expect(violations).toEqual([{ label: 'small', width: 16, height: 16, reason: 'its 24 px circle meets the target large (10 px from its centre)' }]);
  });

  test('a wide but short target fails by its height, as a bar of links set too close does', () => {
    const row = [target('upper', box(0, 0, 120, 18)), target('lower', box(0, 20, 120, 18))];
    expect(findTargetSizeViolations(row).map((violation) => [violation.label, violation.height])).toEqual([
      ['upper', 18],
      ['lower', 18],
    ]);
  });

  test('an inline target in a sentence is exempt, though it is small and close', () => {
    expect(findTargetSizeViolations([target('in a sentence', box(0, 0, 30, 18), { inline: true }), target('next', box(0, 20, 120, 30))])).toEqual([]);
  });

  test('targets inside one another are one target, not neighbours', () => {
    expect(findTargetSizeViolations([target('outer', box(0, 0, 100, 40), { nested: [1] }), target('inner', box(2, 2, 16, 16), { nested: [0] })])).toEqual([]);
  });

  test('a wrapped link is measured by its line boxes, not the box around them', () => {
    const wrapped = target('wrapped', box(0, 0, 300, 40), { fragments: [box(200, 0, 100, 20), box(0, 20, 60, 20)] });
    expect(findTargetSizeViolations([wrapped, target('small', box(100, 24, 16, 16))])).toEqual([]);
    expect(findTargetSizeViolations([{ ...wrapped, fragments: [box(0, 0, 300, 40)] }, target('small', box(100, 24, 16, 16))])).toHaveLength(1);
  });
});

describe('overlapping text, WCAG 1.4.12', () => {
  const unit = (id: number, ...boxes: Box[]): TextUnit => ({ id, label: `text ${id}`, boxes, container: box(0, 0, 1000, 1000) });

  test('finds each pair of units whose line boxes overlap, but not a unit with itself', () => {
    const units = [unit(1, box(0, 0, 100, 20), box(0, 19.5, 100, 20)), unit(2, box(0, 30, 50, 20)), unit(3, box(200, 0, 10, 10))];
    expect([...findOverlappingText(units)]).toEqual(['1|2']);
  });

  test('reports only overlaps that the change made', () => {
    const before = [unit(1, box(0, 0, 100, 20)), unit(2, box(50, 5, 100, 20)), unit(3, box(0, 40, 100, 20))];
    const after = [unit(1, box(0, 0, 100, 30)), unit(2, box(50, 5, 100, 20)), unit(3, box(0, 25, 100, 20))];
    expect(findNewTextOverlaps(before, after)).toEqual(['text 1 overlaps text 3']);
  });

  test('reports text that comes to reach out of its own block, and not text that already did', () => {
    const inBox = (id: number, line: Box): TextUnit => ({ id, label: `text ${id}`, boxes: [line], container: box(0, 0, 100, 40) });
    const before = [inBox(1, box(0, 20, 100, 20)), inBox(2, box(0, 30, 100, 20))];
    const after = [inBox(1, box(0, 30, 100, 20)), inBox(2, box(0, 30, 100, 20))];
    expect(findNewSpills(before, after)).toEqual(['text 1 spills out of its box']);
    expect(findNewSpills(before, [inBox(1, box(0, 20, 100.5, 20.5))])).toEqual([]);
  });
});
