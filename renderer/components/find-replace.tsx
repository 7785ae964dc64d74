import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planReplace, type Operation, type PlannedReplacement, type TextQuery, type Unit } from '../../shared/project';

type UserOperation = Exclude<Operation, { kind: 'splice' }>;

/** Find and replace in the targets of the whole document: preview first, then one undoable change. */
export function FindReplace({ units, edit }: { readonly units: readonly Unit[]; edit(operation: UserOperation): Promise<boolean> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<TextQuery>({ text: '', regex: false, caseSensitive: true });
  const [replacement, setReplacement] = useState('');
  const [plan, setPlan] = useState<readonly PlannedReplacement[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const preview = () => {
    const planned = planReplace(units, query, replacement);
    if ('error' in planned) {
      setError(planned.error);
      setPlan(null);
    } else {
      setError(null);
      setPlan(planned);
    }
  };

  return (
    <section className="find-replace" aria-label={t('replace.title')}>
      <input dir="ltr" aria-label={t('replace.find')} placeholder={t('replace.find')} value={query.text}
        onChange={(event) => setQuery({ ...query, text: event.target.value })} />
      <input dir="ltr" aria-label={t('replace.with')} placeholder={t('replace.with')} value={replacement}
        onChange={(event) => setReplacement(event.target.value)} />
      <label>
        <input type="checkbox" checked={query.regex} onChange={(event) => setQuery({ ...query, regex: event.target.checked })} />
        {t('filter.regex')}
      </label>
      <label>
        <input type="checkbox" checked={query.caseSensitive} onChange={(event) => setQuery({ ...query, caseSensitive: event.target.checked })} />
        {t('replace.matchCase')}
      </label>
      <button type="button" onClick={preview}>{t('replace.preview')}</button>
      {error && <p className="note" role="alert">{t('filter.badRegex', { message: error })}</p>}
      {plan && (
        <div className="replace-plan">
          <p className="muted">{t('replace.count', { count: plan.length })}</p>
          <ol>
            {plan.slice(0, 200).map((item) => (
              <li key={item.unitId} dir="ltr">
                <del>{item.before}</del>
                <ins>{item.after}</ins>
              </li>
            ))}
          </ol>
          <button
            type="button"
            disabled={plan.length === 0}
            onClick={async () => {
              if (await edit({ kind: 'set-targets', items: plan.map((item) => ({ unitId: item.unitId, text: item.after })) })) setPlan(null);
            }}
          >
            {t('replace.all', { count: plan.length })}
          </button>
        </div>
      )}
    </section>
  );
}
