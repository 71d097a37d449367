/**
 * Measurements taken inside a page for the accessibility checks beyond axe. `installA11yProbes`
 * runs in the page (through `BrowserContext.addInitScript`, which a page's CSP does not block), so
 * it may use nothing from this module's scope; it leaves `window.parallaxA11y` behind. The
 * judging that needs no browser is in a11y-geometry.ts.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Box, Target, TextUnit } from './a11y-geometry.ts';

/** The WCAG 1.4.12 text-spacing overrides, set on every element with `!important`, as testers' bookmarklets set them. */
export const TEXT_SPACING_CSS = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }
`;

/** An element the check found at fault, named by a CSS selector and its text. */
export interface Finding {
  element: string;
  detail: string;
}

/** How much of an element the reader can see: points sampled over its boxes inside the viewport. */
export interface Visibility {
  element: string;
  /** Sample points inside the viewport and inside every clipping ancestor. */
  samples: number;
  /** Of those, the points where the element (or something inside it) is what is drawn on top. */
  visible: number;
  /** What is on top where the element is not: selector, and `fixed`/`sticky` when it is pinned. */
  coveredBy: string[];
}

/** An element whose content scrolls sideways, and what lets a keyboard user find and scroll it. */
export interface ScrollRegion {
  element: string;
  /** Its role, given or implied (a named `section` is a region). */
  role: string | null;
  name: string;
  /** -1 when it has no `tabindex` of its own. */
  tabIndex: number;
}

/** A control's computed colours and edges, as read for the forced-colours check. */
export interface ForcedColourControl {
  element: string;
  tag: string;
  color: string;
  background: string;
  /** A border side, or the browser's own drawing of a check box or radio button, that draws the control's edge. */
  edge: string | undefined;
  /** What else tells the control apart from plain text: an underline or a disclosure marker. */
  cue: string | undefined;
}

/** What draws an element apart from the text around it: colours, outline and border, as computed. */
export interface MarkedStyle {
  element: string;
  color: string;
  background: string;
  outline: string;
  border: string;
}

/** The probes `installA11yProbes` leaves in the page as `window.parallaxA11y`. */
export interface ParallaxA11y {
  /** A selector for an element, short but unique enough to find it again, with its first words. */
  describe(element: Element): string;
  /** Every pointer target that is drawn on the page, in document coordinates. */
  targets(): Target[];
  /** Every piece of visible text, one unit per text node, in document coordinates. */
  textUnits(): TextUnit[];
  /** Elements with `overflow: hidden` or `clip` whose content is larger than their box: cut text. */
  clippedContent(): Finding[];
  /** The page's width against the viewport's, and elements wider than the viewport that no scroll region holds. */
  pageOverflow(): { scrollWidth: number; clientWidth: number; wide: string[] };
  /** Elements whose content scrolls sideways inside them, with how a keyboard user reaches them. */
  scrollRegions(): ScrollRegion[];
  /** How much of an element the reader can see; `band` limits it to the top `band` px (the first line of a target). */
  visibility(element: Element, band?: number): Visibility;
  /** Transitions and animations longer than `limit` seconds, and smooth scrolling, on any element or pseudo-element. */
  motion(limit: number): Finding[];
  /** The colours, edge and cues of every control, as the page computes them now. */
  controls(): ForcedColourControl[];
  /** The computed colours and outline of an element. */
  markedStyle(element: Element): MarkedStyle;
  /** A system colour as this browser resolves it (`Mark`, `Canvas`…). */
  systemColour(name: string): string;
}

declare global {
  interface Window {
    parallaxA11y: ParallaxA11y;
  }
}

/** Defines `window.parallaxA11y` in the page. Self-contained: it is serialised into every document. */
export function installA11yProbes(): void {
  const TARGETS =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
  const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';

  const toDocument = (rect: DOMRect): Box => ({ x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height });

  const words = (element: Element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 40);

  const describe = (element: Element): string => {
    if (element === document.documentElement) return 'html';
    const parts: string[] = [];
    for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const classes = [...node.classList]
        .slice(0, 2)
        .map((name) => `.${CSS.escape(name)}`)
        .join('');
      const parent: Element | null = node.parentElement;
      const same = parent ? [...parent.children].filter((child) => child.tagName === node?.tagName) : [];
      const nth = same.length > 1 ? `:nth-of-type(${same.indexOf(node) + 1})` : '';
      parts.unshift(`${node.tagName.toLowerCase()}${classes}${nth}`);
    }
    const text = words(element);
    return `${parts.join(' > ')}${text ? ` "${text}"` : ''}`;
  };

  /** Answers of `isVisuallyHidden` for the current measurement: the style of an ancestor is read once, not once per text node. */
  let hiddenCache = new Map<Element, boolean>();

  /** Hidden on purpose but kept for screen readers (`.visually-hidden`): a 1 px clipped box, or inside one. */
  const isVisuallyHidden = (element: Element): boolean => {
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const hidden =
      /inset\(50%\)/u.test(style.clipPath) ||
      style.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' ||
      (style.overflow !== 'visible' && element.clientWidth <= 1 && element.clientHeight <= 1 && element.getClientRects().length > 0) ||
      (element.parentElement !== null && isVisuallyHidden(element.parentElement));
    hiddenCache.set(element, hidden);
    return hidden;
  };

  const isDrawn = (element: Element): boolean =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getClientRects().length > 0 && !isVisuallyHidden(element);

  const isBlockish = (element: Element) => !['inline', 'contents'].includes(getComputedStyle(element).display);

  /** The block that lays out this inline element's line: its nearest ancestor that is not inline. */
  const lineContainer = (element: Element): Element => {
    let node: Element = element;
    while (node.parentElement && !isBlockish(node.parentElement)) node = node.parentElement;
    return node.parentElement ?? node;
  };

  /** Whether the block around an inline target has words of its own, that is, the target is in a sentence. */
  const isInSentence = (element: Element): boolean => {
    if (getComputedStyle(element).display !== 'inline') return false;
    const container = lineContainer(element);
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(TARGETS) || !isDrawn(parent)) continue;
      if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
    }
    return false;
  };

  const targets = (): Target[] => {
    const elements = [...document.querySelectorAll(TARGETS)].filter((element) => {
      if (!isDrawn(element)) return false;
      const box = element.getBoundingClientRect();
      // Off the page altogether (a skip link waiting above the top edge until it is focused).
      return box.width > 0 && box.height > 0 && box.bottom + window.scrollY > 0 && box.right + window.scrollX > 0;
    });
    return elements.map((element) => ({
      label: describe(element),
      box: toDocument(element.getBoundingClientRect()),
      fragments: [...element.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0).map(toDocument),
      inline: isInSentence(element),
      nested: elements.flatMap((other, index) => (other !== element && (other.contains(element) || element.contains(other)) ? [index] : [])),
    }));
  };

  /** The part of the viewport's coordinate space where an element's content can be seen: inside every ancestor that clips or scrolls. */
  let clipCache = new Map<Element, { left: number; top: number; right: number; bottom: number }>();
  const clipOf = (element: Element): { left: number; top: number; right: number; bottom: number } => {
    const known = clipCache.get(element);
    if (known) return known;
    const outer = element.parentElement && element.parentElement !== document.documentElement ? clipOf(element.parentElement) : { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    const style = getComputedStyle(element);
    let clip = outer;
    if (element !== document.body && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const rect = element.getBoundingClientRect();
      const left = rect.left + element.clientLeft + window.scrollX;
      const top = rect.top + element.clientTop + window.scrollY;
      clip = {
        left: style.overflowX === 'visible' ? outer.left : Math.max(outer.left, left),
        right: style.overflowX === 'visible' ? outer.right : Math.min(outer.right, left + element.clientWidth),
        top: style.overflowY === 'visible' ? outer.top : Math.max(outer.top, top),
        bottom: style.overflowY === 'visible' ? outer.bottom : Math.min(outer.bottom, top + element.clientHeight),
      };
    }
    clipCache.set(element, clip);
    return clip;
  };

  /** A box cut to what its clipping ancestors let show; undefined when nothing shows. */
  const clipBox = (box: Box, element: Element): Box | undefined => {
    const clip = clipOf(element);
    const x = Math.max(box.x, clip.left);
    const y = Math.max(box.y, clip.top);
    const right = Math.min(box.x + box.width, clip.right);
    const bottom = Math.min(box.y + box.height, clip.bottom);
    return right - x > 0.5 && bottom - y > 0.5 ? { x, y, width: right - x, height: bottom - y } : undefined;
  };

  const textUnits = (): TextUnit[] => {
    const units: TextUnit[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let id = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      id += 1;
      const parent = node.parentElement;
      if (!parent || !/\S/u.test(node.textContent ?? '') || !isDrawn(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Text cut off by a box that hides overflow overlaps nothing: the cut itself is reported by clippedContent.
      const boxes = [...range.getClientRects()].flatMap((rect) => clipBox(toDocument(rect), parent) ?? []);
      const container = isBlockish(parent) ? parent : lineContainer(parent);
      if (boxes.length > 0) units.push({ id, label: describe(parent), boxes, container: toDocument(container.getBoundingClientRect()) });
    }
    return units;
  };

  const clippedContent = () => {
    const found: { element: string; detail: string }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if ((!hidesX && !hidesY) || !isDrawn(element)) continue;
      const overX = hidesX && element.scrollWidth > element.clientWidth + 1;
      const overY = hidesY && element.scrollHeight > element.clientHeight + 1;
      if (overX || overY) {
        found.push({ element: describe(element), detail: `content ${element.scrollWidth}×${element.scrollHeight} px in a ${element.clientWidth}×${element.clientHeight} px box with overflow ${style.overflowX} ${style.overflowY}` });
      }
    }
    return found;
  };

  const scrollsSideways = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);

  const pageOverflow = () => {
    const clientWidth = document.documentElement.clientWidth;
    const isInScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrollsSideways(parent)) return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && (rect.right + window.scrollX > clientWidth + 0.5 || rect.left + window.scrollX < -0.5) && !isInScroller(element) && !isVisuallyHidden(element);
      })
      .map(describe);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, wide: wide.slice(0, 5) };
  };

  const accessibleName = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/u)
        .map((id) => words(document.getElementById(id) ?? document.createElement('span')))
        .join(' ')
        .trim();
    }
    return (element.getAttribute('aria-label') ?? element.getAttribute('title') ?? '').trim();
  };

  const scrollRegions = () =>
    [...document.body.querySelectorAll('*')]
      .filter((element) => scrollsSideways(element) && element.scrollWidth > element.clientWidth + 1 && isDrawn(element))
      .map((element) => ({
        element: describe(element),
        role: element.getAttribute('role') ?? (element.tagName === 'SECTION' && accessibleName(element) ? 'region' : null),
        name: accessibleName(element),
        tabIndex: element instanceof HTMLElement && element.hasAttribute('tabindex') ? element.tabIndex : -1,
      }));

  const pinnedAncestor = (element: Element): string | undefined => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') return position;
    }
    return undefined;
  };

  const visibility = (element: Element, band?: number) => {
    let clip = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflow === 'visible') continue;
      const rect = parent.getBoundingClientRect();
      clip = {
        left: Math.max(clip.left, rect.left + parent.clientLeft),
        top: Math.max(clip.top, rect.top + parent.clientTop),
        right: Math.min(clip.right, rect.left + parent.clientLeft + parent.clientWidth),
        bottom: Math.min(clip.bottom, rect.top + parent.clientTop + parent.clientHeight),
      };
    }
    const rects = [...element.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    const firstTop = Math.min(...rects.map((rect) => rect.top));
    // Rounded corners are not the element's: a point there hits whatever is behind it.
    const style = getComputedStyle(element);
    const inset = 1 + Math.max(...[style.borderTopLeftRadius, style.borderTopRightRadius, style.borderBottomLeftRadius, style.borderBottomRightRadius].map((radius) => parseFloat(radius) || 0));
    let samples = 0;
    let visible = 0;
    const coveredBy = new Set<string>();
    for (const rect of rects) {
      const left = Math.max(rect.left + inset, clip.left);
      const right = Math.min(rect.right - inset, clip.right - 1);
      const top = Math.max(rect.top + 1, clip.top);
      const bottom = Math.min(rect.bottom - 1, clip.bottom - 1, band === undefined ? Infinity : firstTop + band);
      if (right < left || bottom < top) continue;
      const steps = 5;
      for (let i = 0; i < steps; i += 1) {
        for (let j = 0; j < steps; j += 1) {
          const x = left + ((right - left) * i) / (steps - 1);
          const y = top + ((bottom - top) * j) / (steps - 1);
          samples += 1;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === element || element.contains(hit))) {
            visible += 1;
          } else if (hit) {
            const pinned = pinnedAncestor(hit);
            coveredBy.add(`${describe(hit)}${pinned ? ` (${pinned})` : ''}`);
          }
        }
      }
    }
    return { element: describe(element), samples, visible, coveredBy: [...coveredBy].slice(0, 3) };
  };

  const seconds = (list: string) => Math.max(0, ...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value) || 0)));

  const motion = (limit: number) => {
    const found: { element: string; detail: string }[] = [];
    for (const element of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
      const own = getComputedStyle(element);
      for (const pseudo of [null, '::before', '::after', ...(own.display === 'list-item' ? ['::marker'] : [])]) {
        const style = pseudo ? getComputedStyle(element, pseudo) : own;
        const report = (detail: string) => found.push({ element: `${describe(element)}${pseudo ?? ''}`, detail });
        const transition = seconds(style.transitionDuration);
        if (style.transitionProperty !== 'none' && transition > limit) report(`transition ${style.transitionProperty} for ${transition}s`);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > limit) report(`animation ${style.animationName} for ${style.animationDuration} × ${style.animationIterationCount}`);
        if (pseudo === null && style.scrollBehavior === 'smooth') report('scroll-behavior: smooth');
      }
    }
    for (const animation of document.getAnimations()) {
      const timing = animation.effect?.getComputedTiming();
      const duration = typeof timing?.duration === 'number' ? timing.duration / 1000 : 0;
      if (animation.playState === 'running' && duration > limit && !(animation instanceof CSSAnimation || animation instanceof CSSTransition)) {
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        found.push({ element: target ? describe(target) : '(no target)', detail: `script animation for ${duration}s` });
      }
    }
    return found;
  };

  const edgeOf = (element: Element, style: CSSStyleDeclaration): string | undefined => {
    for (const side of ['top', 'right', 'bottom', 'left']) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      const kind = style.getPropertyValue(`border-${side}-style`);
      if (width >= 1 && kind !== 'none' && kind !== 'hidden') return `border-${side}: ${width}px ${kind} ${style.getPropertyValue(`border-${side}-color`)}`;
    }
    // Check boxes, radio buttons and the like are drawn by the browser, in system colours, with no CSS border.
    const drawnByBrowser = element instanceof HTMLInputElement && ['checkbox', 'radio', 'range', 'color'].includes(element.type) && style.appearance !== 'none';
    return drawnByBrowser ? `appearance: ${style.appearance}` : undefined;
  };

  /** The colour actually behind an element: the first ancestor's background that is not transparent. */
  const backgroundBehind = (element: Element): string => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };

  const controls = () =>
    [...document.querySelectorAll(CONTROLS)].filter(isDrawn).map((element) => {
      const style = getComputedStyle(element);
      const marker = element.tagName === 'SUMMARY' && style.display === 'list-item' && style.listStyleType !== 'none' ? `marker ${style.listStyleType}` : undefined;
      const underline = style.textDecorationLine.includes('underline') ? 'underline' : undefined;
      return {
        element: describe(element),
        tag: element.tagName.toLowerCase(),
        color: style.color,
        background: backgroundBehind(element),
        edge: edgeOf(element, style),
        cue: marker ?? underline,
      };
    });

  const markedStyle = (element: Element) => {
    const style = getComputedStyle(element);
    return {
      element: describe(element),
      color: style.color,
      background: backgroundBehind(element),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
      border: edgeOf(element, style) ?? 'none',
    };
  };

  const systemColour = (name: string) => {
    const probe = document.createElement('span');
    probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
    document.documentElement.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };

  /** Each measurement starts from what the page is now: styles may have changed since the last one. */
  const fresh =
    <A extends unknown[], R>(measure: (...args: A) => R) =>
    (...args: A): R => {
      hiddenCache = new Map();
      clipCache = new Map();
      return measure(...args);
    };

  window.parallaxA11y = {
    describe,
    targets: fresh(targets),
    textUnits: fresh(textUnits),
    clippedContent: fresh(clippedContent),
    pageOverflow: fresh(pageOverflow),
    scrollRegions: fresh(scrollRegions),
    visibility: fresh(visibility),
    motion: fresh(motion),
    controls: fresh(controls),
    markedStyle,
    systemColour,
  };
}

/** Makes the probes available in every document the context opens. */
export async function addA11yProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(installA11yProbes);
}

/**
 * Applies the text-spacing overrides to the open page, as a constructed style sheet: the page's
 * CSP would refuse an injected `<style>`, and no node is added, so text units keep their ids.
 * The returned function takes the overrides off again.
 */
export async function applyTextSpacing(page: Page): Promise<() => Promise<void>> {
  const applied = await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    (window as unknown as { textSpacingSheet: CSSStyleSheet }).textSpacingSheet = sheet;
    return getComputedStyle(document.body).wordSpacing;
  }, TEXT_SPACING_CSS);
  if (applied === '0px') throw new Error('The text-spacing overrides did not apply.');
  return async () => {
    await page.evaluate(() => {
      const sheet = (window as unknown as { textSpacingSheet: CSSStyleSheet }).textSpacingSheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    });
  };
}

/**
 * Lays out what `content-visibility: auto` skips (the search page's browse list) by scrolling each
 * such element into view, as a reader scrolling there would. Skipped content keeps its last size,
 * so measuring it unseen after a style change reports overlaps no reader can see.
 */
export async function renderSkippedContent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const skipped = [...document.querySelectorAll('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
    if (skipped.length === 0) return;
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const { scrollX, scrollY } = window;
    for (const element of skipped) {
      element.scrollIntoView({ block: 'start' });
      await frames();
    }
    window.scrollTo(scrollX, scrollY);
    await frames();
  });
}

/** The page's pointer targets; sent as JSON, which is much faster than Playwright's own serialisation for long lists. */
export async function readTargets(page: Page): Promise<Target[]> {
  return JSON.parse(await page.evaluate(() => JSON.stringify(window.parallaxA11y.targets()))) as Target[];
}

/** The page's text units, as `readTargets`. */
export async function readTextUnits(page: Page): Promise<TextUnit[]> {
  return JSON.parse(await page.evaluate(() => JSON.stringify(window.parallaxA11y.textUnits()))) as TextUnit[];
}

/**
 * Presses `key` until focus leaves the page or comes round again, and names each focused element
 * the reader cannot see at all (WCAG 2.4.11: not entirely hidden), with what hides it.
 */
export async function tabThroughPage(page: Page, key: 'Tab' | 'Shift+Tab', limit = 500): Promise<{ stops: string[]; hidden: string[] }> {
  const stops: string[] = [];
  const hidden: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    const seen = await page.evaluate(() => {
      const element = document.activeElement;
      return element && element !== document.body ? window.parallaxA11y.visibility(element) : undefined;
    });
    if (!seen || seen.element === stops[0]) break;
    stops.push(seen.element);
    if (seen.visible === 0) hidden.push(`${seen.element}: ${seen.samples === 0 ? 'outside the viewport' : `covered by ${seen.coveredBy.join(', ')}`}`);
  }
  return { stops, hidden };
}

/**
 * Goes to every element with an id in `main` by its fragment, as a link to it would, and names
 * those whose first `band` px land above the viewport or under anything drawn over them (a sticky
 * header without `scroll-padding`).
 */
export async function findObscuredFragmentTargets(page: Page, band = 20): Promise<{ checked: number; obscured: string[] }> {
  return page.evaluate(async (firstLine) => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const probes = window.parallaxA11y;
    const targets = [...document.querySelectorAll('main [id]')].filter((element) => element.getClientRects().length > 0 && element.checkVisibility());
    const obscured: string[] = [];
    for (const element of targets) {
      location.hash = `#${element.id}`;
      await frames();
      const seen = probes.visibility(element, firstLine);
      const top = element.getBoundingClientRect().top;
      if (document.querySelector(':target') !== element) obscured.push(`#${element.id}: not the :target after navigating to it`);
      else if (top < -1) obscured.push(`#${element.id}: lands ${Math.round(-top)} px above the top edge`);
      else if (seen.samples === 0) obscured.push(`#${element.id}: its first line is outside the viewport`);
      else if (seen.visible < seen.samples) obscured.push(`#${element.id}: its first line is under ${seen.coveredBy.join(', ')}`);
    }
    history.replaceState(null, '', location.href.replace(/#.*$/u, ''));
    return { checked: targets.length, obscured };
  }, band);
}

/**
 * What forced-colours mode leaves invisible on the open page: a control whose text takes the
 * background's colour, a button or field with no edge (the design's background is gone in this
 * mode), a disclosure with neither marker nor underline, a `mark` without the system's Mark
 * colours, and a control whose keyboard focus draws no ring in a colour of its own.
 */
export async function findForcedColourProblems(page: Page): Promise<string[]> {
  // Keyboard use first: programmatic focus then shows the ring, as it does for a keyboard user.
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const probes = window.parallaxA11y;
    const problems: string[] = [];
    const mark = [probes.systemColour('Mark'), probes.systemColour('MarkText')];
    const highlight = [probes.systemColour('Highlight'), probes.systemColour('HighlightText')];
    for (const control of probes.controls()) {
      if (control.color === control.background) problems.push(`${control.element}: text in the background's colour ${control.color}`);
      if (['button', 'input', 'select', 'textarea'].includes(control.tag) && !control.edge) problems.push(`${control.element}: no edge, only a background, which forced colours remove`);
      if (control.tag === 'summary' && !control.edge && !control.cue) problems.push(`${control.element}: neither marker, underline nor edge`);
    }
    for (const element of document.querySelectorAll('mark')) {
      if (!element.checkVisibility()) continue;
      const style = probes.markedStyle(element);
      const pair = [style.background, style.color].join();
      if (pair !== mark.join() && pair !== highlight.join()) problems.push(`${style.element}: marked in ${style.color} on ${style.background}, not the system's Mark or Highlight colours`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
      if (!element.checkVisibility()) continue;
      element.focus();
      const style = probes.markedStyle(element);
      if (!element.matches(':focus-visible')) problems.push(`${style.element}: focus is not visible (:focus-visible does not match)`);
      else if (style.outline === 'none' || /^0px/u.test(style.outline)) problems.push(`${style.element}: no focus outline`);
      else if (style.outline.endsWith(style.background)) problems.push(`${style.element}: focus outline in the background's colour`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return problems;
  });
}

/** What the reader's browser is set to: window size, zoom (device pixels per CSS px) and preferences. */
export interface Conditions {
  width: number;
  height: number;
  deviceScaleFactor?: number;
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A DevTools session per page; it stays open, as its emulation ends with it. */
const sessions = new WeakMap<Page, CDPSession>();

/**
 * Sets every condition at once on an open page, so that no check depends on what the one before
 * it left behind, and the page need not be loaded again for each.
 */
export async function setConditions(page: Page, { width, height, deviceScaleFactor = 1, forcedColors = 'none', reducedMotion = 'no-preference' }: Conditions): Promise<void> {
  // Through the DevTools protocol: Playwright fixes the device scale factor when it opens a page.
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor, mobile: false });
  await page.emulateMedia({ forcedColors, reducedMotion });
  const [clientWidth = 0, ratio] = await page.evaluate(() => [document.documentElement.clientWidth, window.devicePixelRatio]);
  if (ratio !== deviceScaleFactor || Math.abs(clientWidth - width) > 20) throw new Error(`The window is ${clientWidth} px at ${ratio}×, not ${width} px at ${deviceScaleFactor}×.`);
}

/**
 * Where the open page scrolls sideways (WCAG 1.4.10): the page itself, and any region whose
 * content scrolls sideways but is not a region with a name that the keyboard can focus, which is
 * how a data table too wide for the screen may scroll instead.
 */
export async function findSidewaysScrolling(page: Page): Promise<string[]> {
  const overflow = await page.evaluate(() => window.parallaxA11y.pageOverflow());
  const regions = await page.evaluate(() => window.parallaxA11y.scrollRegions());
  return [
    ...(overflow.scrollWidth > overflow.clientWidth || overflow.wide.length > 0 ? [`the page is ${overflow.scrollWidth} px wide in ${overflow.clientWidth} px: ${overflow.wide.join('; ')}`] : []),
    ...regions
      .filter((region) => region.role !== 'region' || !/\w/u.test(region.name) || region.tabIndex !== 0)
      .map((region) => `${region.element} scrolls sideways but is not a named, focusable region (role ${region.role}, name "${region.name}", tabindex ${region.tabIndex})`),
  ];
}

/**
 * Why the page's `:target` would not stand out in forced-colours mode, or undefined when it does:
 * forced colours drop its background and shadow, so it needs a solid outline or border in a colour
 * other than the page's.
 */
export async function findUnmarkedTarget(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    if (!target) return 'no element is the :target';
    // An empty anchor (an old id kept as an alias) is shown as landed by the element around it.
    const shown = target.getBoundingClientRect().height > 0 ? target : (target.parentElement ?? target);
    const probes = window.parallaxA11y;
    const style = probes.markedStyle(shown);
    const canvas = probes.systemColour('Canvas');
    const drawn = [style.outline, style.border].filter((edge) => /^(border-\w+: )?[1-9][\d.]*px (solid|double|dashed|dotted)/u.test(edge) && !edge.endsWith(canvas));
    return drawn.length > 0 ? undefined : `${style.element}: outline ${style.outline}, border ${style.border}, on ${style.background}`;
  });
}
