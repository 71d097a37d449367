/**
 * Build time: Parallax's `npm run build` beside the yardstick's (Starlight and Pagefind, the same
 * five articles), cold and warm, in alternating rounds of the same run; and Parallax's build time
 * and peak memory as the corpus grows from 1× to 10× and 100× the articles.
 */
import { header, mb, median, row, secondsTenths, type TimedRun } from './common.ts';
import { clearBuild, npmBuild, prepareParallax, prepareYardstick, removeProject } from './projects.ts';

/** Rounds of each project; each round is a cold build and then a warm one. */
export const BUILD_ROUNDS = 3;

interface Round {
  cold: TimedRun;
  warm: TimedRun;
}

export interface BuildComparison {
  parallax: Round[];
  yardstick: Round[];
  yardstickPages: number;
  parallaxPages: number;
}

/** A cold build (output and the project's caches removed first), then a warm one straight after. */
async function round(root: string): Promise<Round> {
  await clearBuild(root);
  const cold = await npmBuild(root);
  const warm = await npmBuild(root);
  return { cold, warm };
}

const pagesBuilt = (run: TimedRun) => Number(/(\d+) page\(s\) built/u.exec(run.output)?.[1] ?? Number.NaN);

/** Rounds alternate between the two projects (Parallax, yardstick, Parallax, …), so a change in the machine's load falls on both. */
export async function compareBuilds(log: (text: string) => void): Promise<BuildComparison> {
  const parallax = await prepareParallax(1);
  const yardstick = await prepareYardstick();
  try {
    const result: BuildComparison = { parallax: [], yardstick: [], yardstickPages: yardstick.pages, parallaxPages: Number.NaN };
    for (let index = 0; index < BUILD_ROUNDS; index += 1) {
      log(`round ${index + 1}: parallax… `);
      result.parallax.push(await round(parallax));
      log('yardstick… ');
      result.yardstick.push(await round(yardstick.root));
    }
    result.parallaxPages = pagesBuilt(result.parallax[0]?.cold as TimedRun);
    result.yardstickPages = pagesBuilt(result.yardstick[0]?.cold as TimedRun);
    return result;
  } finally {
    await removeProject(parallax);
    await removeProject(yardstick.root);
  }
}

/** One corpus's build: how many articles, and the build's time and memory. */
export interface ScaledBuild {
  scale: number;
  articles: number;
  build: TimedRun;
}

const medianOf = (rounds: readonly Round[], pick: (round: Round) => TimedRun, value: (run: TimedRun) => number) => median(rounds.map((one) => value(pick(one))));

export function comparisonLines(comparison: BuildComparison): string[] {
  const projects = [
    [`Parallax (\`npm run build\`: content check, ${comparison.parallaxPages} routes, register check)`, comparison.parallax],
    [`Yardstick (Starlight's \`astro build\`: ${comparison.yardstickPages} routes, then its Pagefind index)`, comparison.yardstick],
  ] as const;
  const cell = (run: TimedRun) => secondsTenths(run.ms);
  const lines = [
    '## Build time beside Starlight + Pagefind',
    '',
    'The yardstick is a Starlight site of the same five articles (a page per article, with the headline as its',
    'title and the Markdown body, plus an index page), in Starlight\'s default configuration: `astro build` then',
    'runs Pagefind itself. Both projects are copies under .tmp/bench/ with a node_modules of their own that links',
    "to the project's packages: a *cold* build first removes `dist`, `.astro`, `node_modules/.astro` and",
    "`node_modules/.vite` of that copy only (the project's shared caches are never touched), a *warm* build runs",
    `straight after it. Rounds alternate between the two projects, ${BUILD_ROUNDS} each. Times are wall time; *CPU* is user plus`,
    'system time of the build and every process it ran, which other work on a busy machine inflates far less.',
    'Peak memory is the largest resident set of any one process of the build.',
    '',
    ...header(['project', ...Array.from({ length: BUILD_ROUNDS }, (_, index) => `round ${index + 1} cold / warm`), 'median cold', 'median warm', 'CPU, median cold', 'CPU, median warm', 'peak memory, median cold']),
    ...projects.map(([name, rounds]) =>
      row([
        name,
        ...rounds.map((one) => `${cell(one.cold)} / ${cell(one.warm)}`),
        secondsTenths(medianOf(rounds, (one) => one.cold, (run) => run.ms)),
        secondsTenths(medianOf(rounds, (one) => one.warm, (run) => run.ms)),
        secondsTenths(medianOf(rounds, (one) => one.cold, (run) => run.cpuMs)),
        secondsTenths(medianOf(rounds, (one) => one.warm, (run) => run.cpuMs)),
        mb(medianOf(rounds, (one) => one.cold, (run) => run.peakRssKb)),
      ]),
    ),
  ];
  const ratio = (pick: (one: Round) => TimedRun, value: (run: TimedRun) => number) =>
    (medianOf(comparison.parallax, pick, value) / medianOf(comparison.yardstick, pick, value)).toFixed(2);
  const cold = (one: Round) => one.cold;
  const warm = (one: Round) => one.warm;
  const wall = (run: TimedRun) => run.ms;
  const cpu = (run: TimedRun) => run.cpuMs;
  return [
    ...lines,
    '',
    `Parallax/yardstick, medians: wall time cold **${ratio(cold, wall)}**, warm **${ratio(warm, wall)}**; CPU time cold **${ratio(cold, cpu)}**, warm **${ratio(warm, cpu)}**.`,
    '',
  ];
}

/** How a cost grows from `a` to `b` articles: `b/a = (articles b / articles a)^exponent`. */
const exponent = (from: { value: number; articles: number }, to: { value: number; articles: number }) => Math.log(to.value / from.value) / Math.log(to.articles / from.articles);

export function scalingLines(builds: readonly ScaledBuild[]): string[] {
  if (builds.length === 0) return [];
  const lines = [
    '## Build time and memory as the corpus grows',
    '',
    'One cold `npm run build` per corpus, in a fresh copy (the synthetic corpora are built and checked as the real',
    'one is: content check, pages, search index, register check). Peak memory is the largest resident set of any',
    'process of the build (GNU time `%M`), which is the `astro build` itself; CPU is user plus system time of every',
    'process. *Per article* divides by the articles; *added per article* is the cost of each article added since the',
    'corpus before.',
    '',
    ...header(['corpus', 'articles', 'build', 'CPU', 'peak memory', 'time per article', 'memory per article', 'time added per article', 'memory added per article']),
    ...builds.map((build, index) => {
      const before = builds[index - 1];
      const added = (value: (one: ScaledBuild) => number, format: (value: number) => string) =>
        before ? format((value(build) - value(before)) / (build.articles - before.articles)) : '–';
      return row([
        `${build.scale}×`,
        build.articles,
        secondsTenths(build.build.ms),
        secondsTenths(build.build.cpuMs),
        mb(build.build.peakRssKb),
        `${(build.build.ms / build.articles).toFixed(0)} ms`,
        `${(build.build.peakRssKb / 1024 / build.articles).toFixed(1)} MB`,
        added((one) => one.build.ms, (value) => `${value.toFixed(0)} ms`),
        added((one) => one.build.peakRssKb, (value) => `${(value / 1024).toFixed(2)} MB`),
      ]);
    }),
    '',
  ];
  const growth: string[] = [];
  for (let index = 1; index < builds.length; index += 1) {
    const from = builds[index - 1] as ScaledBuild;
    const to = builds[index] as ScaledBuild;
    const grows = (value: (run: TimedRun) => number) => exponent({ value: value(from.build), articles: from.articles }, { value: value(to.build), articles: to.articles }).toFixed(2);
    growth.push(`${from.scale}× to ${to.scale}×, time ${grows((run) => run.ms)} (CPU ${grows((run) => run.cpuMs)}), memory ${grows((run) => run.peakRssKb)}`);
  }
  return [
    ...lines,
    ...(growth.length === 0
      ? []
      : [
          `Growth exponents, log(cost ratio) / log(article ratio), so that cost grows as articles^exponent (1 is linear, 0 flat): ${growth.join('; ')}.`,
          '',
        ]),
  ];
}
