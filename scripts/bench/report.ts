/**
 * BENCHMARKS.md: the machine and the run, the targets, then a section per measurement. A partial
 * run (`--only=…`) gets the same sections for what it measured.
 */
import { READER_QUERIES } from '../../tests/support/reader-queries.ts';
import { READER_QUESTIONS } from '../../tests/support/reader-questions.ts';
import { comparisonLines, scalingLines, type BuildComparison, type ScaledBuild } from './builds.ts';
import { bytesLines, bytesTargets, type BytesResult } from './bytes.ts';
import { lighthouseLines, lighthouseTargets, type LighthouseResult } from './lighthouse.ts';
import { qualityLines, qualityTargets, type QuestionResult } from './quality.ts';
import { QUERIES, REPEATS, speedLines, speedTargets, TYPING, type CorpusResult } from './speed.ts';

/** Everything a run measured; a part not asked for stays empty. */
export interface Measured {
  speed: CorpusResult[];
  quality: QuestionResult[] | undefined;
  lighthouse: LighthouseResult[] | undefined;
  bytes: BytesResult | undefined;
  comparison: BuildComparison | undefined;
  builds: ScaledBuild[];
}

export function report(measured: Measured, machine: Record<string, string>, only: string | undefined): string {
  const intro = only
    ? [
        `# Benchmarks: partial run (\`--only=${only}\`)`,
        '',
        `Written by \`npm run bench -- --only=${only}\` (scripts/bench.ts) to .tmp/, not to BENCHMARKS.md: only a full`,
        '`npm run bench` writes that, with every section.',
      ]
    : [
        '# Benchmarks',
        '',
        'Written by `npm run bench` (scripts/bench.ts and scripts/bench/); numbers from the latest run, all measured in the',
        'same run on the machine below. Search speed is measured in headless Chromium on the built site, through the search',
        `page itself (the \`parallax:search\` performance measure around each query), over ${QUERIES.length} queries (the ${READER_QUERIES.length} reader`,
        `queries of the search tests and ${TYPING.length} typing prefixes), ${REPEATS} rounds each. Synthetic corpora copy each article 10 or`,
        '100 times with a quarter of its words changed, built and checked like the real ones. Search quality',
        `(${READER_QUESTIONS.length} reader questions, Parallax beside Pagefind), bytes per page type and Lighthouse are measured on the real`,
        'corpus; build times beside a Starlight + Pagefind site of the same articles, and as the corpus grows.',
      ];
  const targets = [
    ...speedTargets(measured.speed),
    ...qualityTargets(measured.quality),
    ...bytesTargets(measured.bytes),
    ...lighthouseTargets(measured.lighthouse),
  ];
  const lines = [
    ...intro,
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([key, value]) => `- ${key}: ${value}`),
    '',
    ...(targets.length === 0 ? [] : ['## Targets', '', ...targets, '']),
    ...speedLines(measured.speed),
    ...(measured.quality ? qualityLines(measured.quality) : []),
    ...(measured.bytes ? bytesLines(measured.bytes) : []),
    ...(measured.lighthouse ? lighthouseLines(measured.lighthouse) : []),
    ...(measured.comparison ? comparisonLines(measured.comparison) : []),
    ...scalingLines(measured.builds),
  ];
  return lines.filter((line, index, all) => !(line === '' && (index === 0 || all[index - 1] === ''))).join('\n');
}
