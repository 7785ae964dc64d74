import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { DocumentFile, Unit } from '../../shared/project';
import { unitTargetText } from '../../shared/project';
import { TargetEditor } from '../editor/target-editor';
import { ErrorBanner, errorText } from './error-banner';
import { SegmentRow } from './segment-row';

type SaveState = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly error: unknown };

const SEND_DELAY_MS = 300;

export function DocumentView({ api, documentId }: { readonly api: PirdApi; readonly documentId: string }) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<DocumentFile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [active, setActive] = useState(0);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<{ unitId: string; text: string; timer: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    setDocument(null);
    setLoadError(null);
    api.getDocument({ documentId }).then(
      (loaded) => !cancelled && setDocument(loaded),
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId]);

  const replaceUnit = useCallback((unit: Unit) => {
    setDocument((current) => current && { ...current, units: current.units.map((u) => (u.id === unit.id ? unit : u)) });
  }, []);

  const sendPending = useCallback(async () => {
    const edit = pending.current;
    if (!edit) return;
    window.clearTimeout(edit.timer);
    pending.current = null;
    try {
      replaceUnit(await api.updateTarget({ documentId, unitId: edit.unitId, text: edit.text }));
      if (!pending.current) setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }, [api, documentId, replaceUnit]);

  useEffect(() => {
    const beforeUnload = () => void sendPending();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [sendPending]);

  const activeUnit = document?.units[active];

  const onChange = useCallback(
    (text: string) => {
      if (!activeUnit || text === unitTargetText(activeUnit) && !pending.current) return;
      if (pending.current) window.clearTimeout(pending.current.timer);
      const timer = window.setTimeout(() => void sendPending(), SEND_DELAY_MS);
      pending.current = { unitId: activeUnit.id, text, timer };
      setSave({ kind: 'saving' });
    },
    [activeUnit, sendPending],
  );

  const moveTo = useCallback(
    async (index: number) => {
      if (!document) return;
      await sendPending();
      setActive(Math.max(0, Math.min(document.units.length - 1, index)));
    },
    [document, sendPending],
  );

  const onConfirm = useCallback(async () => {
    if (!document || !activeUnit) return;
    await sendPending();
    try {
      if (unitTargetText(activeUnit).trim() || pending.current) {
        replaceUnit(await api.setStatus({ documentId, unitId: activeUnit.id, status: 'translated' }));
      }
    } catch (error) {
      setSave({ kind: 'failed', error });
      return;
    }
    const units = document.units;
    const next = units.findIndex((u, i) => i > active && u.status !== 'translated' && u.status !== 'approved');
    await moveTo(next >= 0 ? next : Math.min(active + 1, units.length - 1));
  }, [active, activeUnit, api, document, documentId, moveTo, replaceUnit, sendPending]);

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!document) return <p className="loading">{t('loading')}</p>;

  const translated = document.units.filter((u) => u.status === 'translated' || u.status === 'approved').length;
  return (
    <section className="document-view" aria-label={document.name}>
      <header className="document-header">
        <h2>{document.name}</h2>
        <span className="progress">{t('document.progress', { translated, total: document.units.length })}</span>
        <span className={`save-state save-${save.kind}`} role="status">
          {save.kind === 'failed' ? t('save.failed', { message: errorText(t, save.error) }) : t(`save.${save.kind}`)}
        </span>
        <button type="button" onClick={() => void onConfirm()} title={t('actions.confirmHint')}>
          {t('actions.confirm')}
        </button>
      </header>
      <div className="segment-grid" role="table">
        <div className="segment-row grid-head" role="row">
          <div className="cell number" role="columnheader">#</div>
          <div className="cell source" role="columnheader">{t('document.source')}</div>
          <div className="cell target" role="columnheader">{t('document.target')}</div>
          <div className="cell status" role="columnheader">{t('document.status')}</div>
        </div>
        {document.units.map((unit, index) => (
          <SegmentRow
            key={unit.id}
            unit={unit}
            index={index}
            active={index === active}
            newParagraph={index > 0 && unit.paragraph !== document.units[index - 1]?.paragraph}
            onActivate={(i) => void moveTo(i)}
            setSlot={index === active ? setSlot : () => undefined}
          />
        ))}
      </div>
      <TargetEditor
        slot={slot}
        unitKey={activeUnit?.id ?? ''}
        value={activeUnit ? unitTargetText(activeUnit) : ''}
        ariaLabel={t('document.segment', { n: active + 1 })}
        onChange={onChange}
        onConfirm={() => void onConfirm()}
        onMove={(step) => void moveTo(active + step)}
      />
    </section>
  );
}
