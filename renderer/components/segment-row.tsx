import { useTranslation } from 'react-i18next';
import { unitSourceText, unitTargetText, type Unit } from '../../shared/project';

export interface SegmentRowProps {
  readonly unit: Unit;
  readonly index: number;
  readonly active: boolean;
  readonly newParagraph: boolean;
  onActivate(index: number): void;
  setSlot(element: HTMLElement | null): void;
}

export function SegmentRow({ unit, index, active, newParagraph, onActivate, setSlot }: SegmentRowProps) {
  const { t } = useTranslation();
  const target = unitTargetText(unit);
  return (
    <div
      className={`segment-row${active ? ' active' : ''}${newParagraph ? ' paragraph-start' : ''}`}
      data-unit-id={unit.id}
      data-status={unit.status}
      role="row"
      aria-selected={active}
      onClick={() => onActivate(index)}
    >
      <div className="cell number" role="cell">{index + 1}</div>
      <div className="cell source" role="cell" dir="rtl" lang="ckb">
        {unitSourceText(unit)}
      </div>
      <div className="cell target" role="cell" dir="ltr" lang="en">
        {active ? (
          <div className="editor-slot" ref={setSlot} />
        ) : (
          <span className={target ? 'target-text' : 'target-text empty'}>{target || t('document.empty')}</span>
        )}
      </div>
      <div className="cell status" role="cell">
        <span className={`status-badge status-${unit.status}`}>{t(`status.${unit.status}`)}</span>
      </div>
    </div>
  );
}
