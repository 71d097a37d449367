/**
 * The geometry behind the accessibility checks that axe does not make: WCAG 2.2 target size
 * (2.5.8) with its spacing and inline exceptions, and text that comes to overlap other text once
 * the reader's text-spacing overrides apply (1.4.12). Plain data in, plain data out: the browser
 * only measures (a11y-probes.ts), and these functions judge.
 */

/** A rectangle in CSS px, in document coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest target WCAG 2.5.8 (AA) accepts without an exception, in CSS px. */
export const MINIMUM_TARGET_SIZE = 24;

/** The overlap of two boxes, or undefined when they only touch or are apart. */
export function intersectBoxes(a: Box, b: Box): Box | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/** Whether two boxes overlap by more than `tolerance` px in both directions (sub-pixel touching is not overlap). */
export function isOverlapping(a: Box, b: Box, tolerance = 1): boolean {
  const overlap = intersectBoxes(a, b);
  return overlap !== undefined && overlap.width > tolerance && overlap.height > tolerance;
}

/** The centre of a box. */
export function centreOf(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The distance from a point to the nearest point of a box: 0 inside it. */
export function distanceToBox(point: { x: number; y: number }, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** One pointer target as measured on a page. */
export interface Target {
  /** A CSS selector and the visible text, for the report. */
  label: string;
  /** Its bounding box. */
  box: Box;
  /** The boxes it is actually drawn in: one, or one per line for a link that wraps. */
  fragments: Box[];
  /**
   * WCAG's inline exception: the target sits in a sentence, so its size is set by the line height
   * of the text around it.
   */
  inline: boolean;
  /** Indexes (in the same list) of targets this one is inside or that are inside it; they are one target to the pointer. */
  nested: number[];
}

/** A target that is neither 24 × 24 px nor spaced or placed as an exception allows. */
export interface TargetSizeViolation {
  label: string;
  width: number;
  height: number;
  /** Why the spacing exception does not apply: which target or circle the 24 px circle meets. */
  reason: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Whether a target's box is smaller than the minimum in either direction. */
export function isUndersized(target: Pick<Target, 'box'>, minimum = MINIMUM_TARGET_SIZE): boolean {
  return target.box.width < minimum || target.box.height < minimum;
}

/**
 * The targets that fail WCAG 2.2 success criterion 2.5.8. A target passes when it is at least
 * `minimum` × `minimum`; when it is inline (in a sentence); or by the spacing exception: a circle of
 * diameter `minimum` centred on its bounding box meets no other target and no other undersized
 * target's circle. (The equivalent, user-agent and essential exceptions need a person to judge.)
 * Touching is not meeting, as in the Understanding document's examples.
 */
export function findTargetSizeViolations(targets: readonly Target[], minimum = MINIMUM_TARGET_SIZE): TargetSizeViolation[] {
  const radius = minimum / 2;
  const epsilon = 1e-6;
  const violations: TargetSizeViolation[] = [];
  targets.forEach((target, index) => {
    if (target.inline || !isUndersized(target, minimum)) return;
    const centre = centreOf(target.box);
    for (const [otherIndex, other] of targets.entries()) {
      if (otherIndex === index || target.nested.includes(otherIndex) || other.nested.includes(index)) continue;
      const distance = Math.min(...other.fragments.map((fragment) => distanceToBox(centre, fragment)));
      let reason: string | undefined;
      if (distance < radius - epsilon) {
        reason = `its ${minimum} px circle meets the target ${other.label} (${round(distance)} px from its centre)`;
      } else if (isUndersized(other, minimum)) {
        const between = Math.hypot(centre.x - centreOf(other.box).x, centre.y - centreOf(other.box).y);
        if (between < minimum - epsilon) reason = `its ${minimum} px circle meets the circle of the undersized target ${other.label} (centres ${round(between)} px apart)`;
      }
      if (reason) {
        violations.push({ label: target.label, width: round(target.box.width), height: round(target.box.height), reason });
        return;
      }
    }
  });
  return violations;
}

/** A piece of text as laid out: one text node, in one box per line. */
export interface TextUnit {
  /** Its position in document order, the same before and after a style change. */
  id: number;
  label: string;
  boxes: Box[];
  /** The border box of the block it is laid out in (its element, or the nearest ancestor that is not inline). */
  container: Box;
}

/**
 * The pairs of text units that overlap (more than `tolerance` px both ways), as `"a|b"` keys with
 * a < b. A sweep over the boxes sorted by their top keeps this near linear on long pages.
 */
export function findOverlappingText(units: readonly TextUnit[], tolerance = 1): Set<string> {
  const boxes = units.flatMap((unit) => unit.boxes.map((box) => ({ id: unit.id, box }))).sort((a, b) => a.box.y - b.box.y);
  const pairs = new Set<string>();
  let active: typeof boxes = [];
  for (const entry of boxes) {
    active = active.filter((other) => other.box.y + other.box.height > entry.box.y + tolerance);
    for (const other of active) {
      if (other.id !== entry.id && isOverlapping(other.box, entry.box, tolerance)) {
        pairs.add(other.id < entry.id ? `${other.id}|${entry.id}` : `${entry.id}|${other.id}`);
      }
    }
    active.push(entry);
  }
  return pairs;
}

/**
 * The text that overlaps other text after a change (the text-spacing overrides) but did not
 * before, named by both units' labels. Overlap that was there already is the design's, not the
 * override's doing.
 */
export function findNewTextOverlaps(before: readonly TextUnit[], after: readonly TextUnit[], tolerance = 1): string[] {
  const existing = findOverlappingText(before, tolerance);
  const labels = new Map(after.map((unit) => [unit.id, unit.label]));
  return [...findOverlappingText(after, tolerance)]
    .filter((pair) => !existing.has(pair))
    .map((pair) => {
      const [a, b] = pair.split('|').map(Number);
      return `${labels.get(a ?? -1) ?? a} overlaps ${labels.get(b ?? -1) ?? b}`;
    });
}

/** Whether any line of a unit reaches more than `tolerance` px outside the block it is laid out in. */
export function isSpilling(unit: TextUnit, tolerance = 1): boolean {
  const { container } = unit;
  return unit.boxes.some(
    (line) =>
      line.x < container.x - tolerance ||
      line.y < container.y - tolerance ||
      line.x + line.width > container.x + container.width + tolerance ||
      line.y + line.height > container.y + container.height + tolerance,
  );
}

/**
 * The text that spills out of its own block after a change but did not before: a box of fixed
 * height that its text outgrows, even where the text lands on nothing else.
 */
export function findNewSpills(before: readonly TextUnit[], after: readonly TextUnit[], tolerance = 1): string[] {
  const spilling = new Set(before.filter((unit) => isSpilling(unit, tolerance)).map((unit) => unit.id));
  return after.filter((unit) => !spilling.has(unit.id) && isSpilling(unit, tolerance)).map((unit) => `${unit.label} spills out of its box`);
}
