import { useMemo, useState } from 'react';
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

  /** Approved segments in the plan: a bulk replace never changes a reviewer's sign-off unasked. */
  const reviewed = useMemo(() => {
    if (!plan) return new Set<string>();
    const approved = new Set(units.filter((unit) => unit.status === 'approved').map((unit) => unit.id));
    return new Set(plan.filter((item) => approved.has(item.unitId)).map((item) => item.unitId));
  }, [plan, units]);

  const replace = async (items: readonly PlannedReplacement[]) => {
    if (items.length === 0) return;
    if (await edit({ kind: 'set-targets', items: items.map((item) => ({ unitId: item.unitId, text: item.after })) })) setPlan(null);
  };

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
          {reviewed.size > 0 && <p className="note" role="note">{t('replace.reviewed', { count: reviewed.size })}</p>}
          {reviewed.size > 0 && (
            <button type="button" onClick={() => void replace(plan.filter((item) => !reviewed.has(item.unitId)))}>
              {t('replace.skipReviewed')}
            </button>
          )}
          <button type="button" disabled={plan.length === 0} onClick={() => void replace(plan)}>
            {t(reviewed.size > 0 ? 'replace.includeReviewed' : 'replace.all', { count: plan.length })}
          </button>
        </div>
      )}
    </section>
  );
}
