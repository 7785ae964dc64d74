import { Button, Checkbox, Field, Input } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetTerm } from '../../shared/glossary';

/** The form's fields: several terms in one field are separated by `|`. */
export interface TermDraft {
  readonly source: string;
  readonly preferred: string;
  readonly admitted: string;
  readonly forbidden: string;
  readonly domain: string;
  readonly note: string;
  /** A project's own entry rather than a shared one. */
  readonly projectOnly?: boolean;
  /** Those of the Sorani terms that are also everyday words (their check suggests only). */
  readonly commonWords?: string;
}

export interface TermFields {
  readonly sourceTerms: string[];
  readonly targetTerms: TargetTerm[];
  readonly examples: string[];
  readonly domain?: string;
  readonly note?: string;
  readonly commonWords?: string[];
  readonly projectOnly: boolean;
}

const EMPTY: TermDraft = { source: '', preferred: '', admitted: '', forbidden: '', domain: '', note: '' };
const split = (value: string): string[] => value.split('|').map((t) => t.trim()).filter(Boolean);

export function fieldsOf(draft: TermDraft): TermFields | null {
  const sourceTerms = split(draft.source);
  const commonWords = split(draft.commonWords ?? '').filter((term) => sourceTerms.includes(term));
  const preferred = split(draft.preferred);
  if (sourceTerms.length === 0 || preferred.length === 0) return null;
  return {
    sourceTerms,
    targetTerms: [
      ...preferred.map((text) => ({ text, status: 'preferred' as const })),
      ...split(draft.admitted).map((text) => ({ text, status: 'admitted' as const })),
      ...split(draft.forbidden).map((text) => ({ text, status: 'forbidden' as const })),
    ],
    examples: [],
    projectOnly: draft.projectOnly === true,
    ...(commonWords.length > 0 ? { commonWords } : {}),
    ...(draft.domain.trim() ? { domain: draft.domain.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

/**
 * One glossary entry to fill in: Enter saves, Escape cancels. The first empty field has the
 * focus, so an entry started from a selection needs only Enter.
 */
export interface TermFormProps {
  readonly initial?: TermDraft | undefined;
  /** The open project, for a project-only entry; none: shared entries only. */
  readonly projectName?: string | undefined;
  onSave(fields: TermFields): Promise<void> | void;
  onCancel(): void;
}

export function TermForm({ initial, projectName, onSave, onCancel }: TermFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TermDraft>(initial ?? EMPTY);
  const fields = fieldsOf(draft);
  const firstEmpty = !draft.source.trim() ? 'source' : !draft.preferred.trim() ? 'preferred' : 'domain';
  const input = (name: Exclude<keyof TermDraft, 'projectOnly'>, dir: 'rtl' | 'ltr' | 'auto') => (
    <Field label={t(`glossary.fields.${name}`)} size="small">
      <Input
        size="small"
        name={name}
        dir={dir}
        title={name === 'commonWords' ? t('glossary.commonWordsHint') : undefined}
        value={draft[name] ?? ''}
        autoFocus={name === firstEmpty}
        onChange={(_, data) => setDraft({ ...draft, [name]: data.value })}
      />
    </Field>
  );
  return (
    <form
      className="term-form"
      aria-label={t('glossary.form')}
      onSubmit={(event) => {
        event.preventDefault();
        if (fields) void onSave(fields);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {input('source', 'rtl')}
      {input('preferred', 'ltr')}
      {input('admitted', 'ltr')}
      {input('forbidden', 'ltr')}
      {input('domain', 'auto')}
      {input('note', 'auto')}
      {input('commonWords', 'rtl')}
      {projectName !== undefined && (
        <Checkbox checked={draft.projectOnly === true} onChange={(_, data) => setDraft({ ...draft, projectOnly: data.checked === true })} label={t('glossary.projectOnly', { project: projectName })} />
      )}
      <Button type="submit" appearance="primary" size="small" icon={<SaveRegular />} disabled={!fields}>{t('glossary.save')}</Button>
      <Button size="small" onClick={onCancel}>{t('glossary.cancel')}</Button>
    </form>
  );
}
