import { useTranslation } from 'react-i18next';
import { localDigits } from '../i18n/digits';
import { unitSourceText, unitTargetText, type BlockStyle, type Unit } from '../../shared/project';
import type { QaIssue } from '../../shared/qa';
import { BidiText, type TextMark } from '../widgets/bidi-text';
import { SourceEditor } from './source-editor';

export interface SegmentRowProps {
  readonly unit: Unit;
  readonly index: number;
  readonly active: boolean;
  readonly newParagraph: boolean;
  /** The source's heading or list item this row begins, as imported. */
  readonly block?: BlockStyle | undefined;
  /** Quality-check findings for the row (errors first). */
  readonly qaIssues: readonly QaIssue[];
  /** Glossary terms in the source, highlighted with their English on hover. */
  readonly termMarks: readonly TextMark[];
  onActivate(index: number): void;
  setSlot(element: HTMLElement | null): void;
  /** The active row's source is being edited ("Edit source", F2); otherwise it is read-only. */
  readonly editingSource: boolean;
  onSourceCommit(text: string): void;
  onSourceEditEnd(): void;
  onSourceCursor(offset: number, selected: string): void;
  /** A reviewer's checkbox for batch approval; absent for translators. */
  readonly selection?: { readonly checked: boolean; toggle(): void } | undefined;
}

const STATUS_ICON: Readonly<Record<Unit['status'], string>> = {
  new: '○', draft: '✎', translated: '●', aligned: '⇄', approved: '✔', rejected: '✖',
};

/** A small mark under the number: H1-H6 for a heading (س١ in Sorani), a bullet or # for a list item, named in full for assistive technology. */
function BlockMark({ block }: { readonly block: BlockStyle }) {
  const { t, i18n } = useTranslation();
  const level = block.kind === 'heading' ? localDigits(String(block.level), i18n.language) : '';
  const name = block.kind === 'heading' ? t('document.block.heading', { level }) : t(`document.block.${block.list}`);
  const mark = block.kind === 'heading' ? t('document.blockMark.heading', { level }) : t(`document.blockMark.${block.list}`);
  return <span className="block-mark" title={name} aria-label={name} role="img">{mark}</span>;
}

export function SegmentRow(props: SegmentRowProps) {
  const { unit, index, active, newParagraph } = props;
  const { t, i18n } = useTranslation();
  const source = unitSourceText(unit);
  const target = unitTargetText(unit);
  return (
    <div
      className={`segment-row${active ? ' active' : ''}${newParagraph ? ' paragraph-start' : ''}${props.block?.kind === 'heading' ? ' heading' : ''}`}
      data-unit-id={unit.id}
      data-status={unit.status}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      onClick={() => props.onActivate(index)}
    >
      <div className="cell number" role="cell">
        {props.selection && (
          <input
            type="checkbox"
            checked={props.selection.checked}
            aria-label={t('review.select', { n: index + 1 })}
            onClick={(event) => event.stopPropagation()}
            onChange={props.selection.toggle}
          />
        )}
        {localDigits(String(index + 1), i18n.language)}
        {props.block && <BlockMark block={props.block} />}
      </div>
      <div className="cell source" role="cell" dir="rtl" lang="ckb">
        {active ? (
          <SourceEditor
            text={source}
            label={t('document.sourceEditor', { n: index + 1 })}
            editable={props.editingSource}
            marks={props.termMarks}
            onCommit={props.onSourceCommit}
            onEditEnd={props.onSourceEditEnd}
            onCursor={props.onSourceCursor}
          />
        ) : (
          <BidiText text={source} direction="rtl" marks={props.termMarks} />
        )}
      </div>
      <div className="cell target" role="cell" dir="ltr" lang="en">
        {active ? (
          <div className="editor-slot" ref={props.setSlot} />
        ) : (
          <span className={target ? 'target-text' : 'target-text empty'}>
            {target ? <BidiText text={target} direction="ltr" /> : t('document.empty')}
          </span>
        )}
      </div>
      <div className="cell status" role="cell">
        <span className={`status-badge status-${unit.status}`}>
          <span aria-hidden="true">{STATUS_ICON[unit.status]} </span>
          {t(`status.${unit.status}`)}
        </span>
        {unit.origin && (
          <span className="origin-badge" data-origin-score={unit.origin.score} title={t('tm.originHint', { score: unit.origin.score })}>
            {t('tm.originBadge', { score: unit.origin.score })}
          </span>
        )}
        {props.qaIssues.length > 0 && (
          <span
            className={`qa-badge qa-${props.qaIssues[0]?.severity ?? 'info'}`}
            data-qa-codes={props.qaIssues.map((issue) => issue.code).join(' ')}
            title={props.qaIssues.map((issue) => t(`qa.${issue.code}`, issue.params ?? {})).join('\n')}
          >
            <span aria-hidden="true">{props.qaIssues[0]?.severity === 'info' ? 'ⓘ' : '⚠'} </span>
            {t('qa.count', { count: props.qaIssues.length })}
          </span>
        )}
      </div>
    </div>
  );
}
