import { AlignInputError, alignSentenceSteps, runPaced, runToEnd, type AlignLink } from '../../shared/align';
import { writeTmx } from '../../shared/formats';
import type { TermBase } from '../../shared/glossary';
import { loadLexicon } from '../align/lexicon-file';
import { appVersion } from '../paths';
import { alignmentPace, type Job } from '../service/jobs';
import { CliError } from './cli-error';
import { sentencesWithParagraphs } from './sentences-of';

/** Two texts' sentences and the links between them. */
export interface AlignedPair {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly links: readonly AlignLink[];
}

export type LinkFormat = 'json' | 'tsv' | 'tmx';

/** Aligns a Sorani text with its English translation (segmented, or one sentence a line). */
export interface AlignTextsOptions {
  readonly presegmented: boolean;
  readonly termBase?: TermBase | undefined;
  /** Word pairs learned from a project's confirmed units (`--lexicon-from`). */
  readonly wordPairs?: ReadonlyMap<string, readonly string[]> | undefined;
  /** A job to report the alignment's progress to, and to stop it at a step when cancelled. */
  readonly job?: Job | undefined;
}

export async function alignTexts(sourceText: string, targetText: string, options: AlignTextsOptions): Promise<AlignedPair> {
  const sourceSide = sentencesWithParagraphs(sourceText, options.presegmented, 'ckb');
  const targetSide = sentencesWithParagraphs(targetText, options.presegmented, 'en');
  const paragraphs = {
    ...(sourceSide.paragraphs ? { source: sourceSide.paragraphs } : {}), ...(targetSide.paragraphs ? { target: targetSide.paragraphs } : {}),
  };
  try {
    const steps = alignSentenceSteps(sourceSide.texts, targetSide.texts, {
      lexicon: await loadLexicon(), paragraphs, ...(options.termBase ? { termBase: options.termBase } : {}), ...(options.wordPairs ? { wordPairs: options.wordPairs } : {}),
    });
    const links = options.job ? await runPaced(steps, alignmentPace(options.job, sourceSide.texts.length)) : runToEnd(steps);
    return { source: sourceSide.texts, target: targetSide.texts, links };
  } catch (error) {
    if (error instanceof AlignInputError) throw new CliError(error.message);
    throw error;
  }
}

const joined = (all: readonly string[], indices: readonly number[]): string => indices.map((i) => all[i] ?? '').join(' ');

/** The links as `pird align` prints them: JSON, TSV (score, Sorani, English) or a TMX document. */
export function renderLinks(pair: AlignedPair, format: LinkFormat): string {
  const { source, target, links } = pair;
  if (format === 'json') return `${JSON.stringify({ links: links.map((l) => ({ source: l.source, target: l.target, score: l.score })) })}\n`;
  if (format === 'tmx') {
    return writeTmx(
      links.filter((l) => l.source.length > 0 && l.target.length > 0).map((l) => ({
        source: joined(source, l.source), target: joined(target, l.target), properties: [['x-pird-score', String(l.score)]],
      })),
      { sourceLang: 'ckb', targetLang: 'en', toolVersion: appVersion(), createdAt: new Date() },
    );
  }
  return links.map((l) => `${l.score.toFixed(2)}\t${joined(source, l.source).replace(/[\t\n]/g, ' ')}\t${joined(target, l.target).replace(/[\t\n]/g, ' ')}\n`).join('');
}
