import { Button, Checkbox, Input } from '@fluentui/react-components';
import { ArrowSwapRegular, EyeRegular } from '@fluentui/react-icons';
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
      <Input size="small" dir="ltr" aria-label={t('replace.find')} placeholder={t('replace.find')} value={query.text}
        onChange={(_, data) => setQuery({ ...query, text: data.value })} />
      <Input size="small" dir="ltr" aria-label={t('replace.with')} placeholder={t('replace.with')} value={replacement}
        onChange={(_, data) => setReplacement(data.value)} />
      <Checkbox checked={query.regex} onChange={(_, data) => setQuery({ ...query, regex: data.checked === true })} label={t('filter.regex')} />
      <Checkbox checked={query.caseSensitive} onChange={(_, data) => setQuery({ ...query, caseSensitive: data.checked === true })} label={t('replace.matchCase')} />
      <Button size="small" icon={<EyeRegular />} onClick={preview}>{t('replace.preview')}</Button>
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
            <Button size="small" appearance="primary" onClick={() => void replace(plan.filter((item) => !reviewed.has(item.unitId)))}>
              {t('replace.skipReviewed')}
            </Button>
          )}
          <Button size="small" appearance={reviewed.size > 0 ? 'secondary' : 'primary'} icon={<ArrowSwapRegular />} disabled={plan.length === 0} onClick={() => void replace(plan)}>
            {t(reviewed.size > 0 ? 'replace.includeReviewed' : 'replace.all', { count: plan.length })}
          </Button>
        </div>
      )}
    </section>
  );
}
