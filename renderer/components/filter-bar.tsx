import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type UnitFilter, type UnitStatus } from '../../shared/project';

export interface FilterBarProps {
  readonly filter: UnitFilter;
  readonly shown: number;
  readonly total: number;
  readonly error: string | undefined;
  onChange(filter: UnitFilter): void;
}

export function FilterBar({ filter, shown, total, error, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const query = filter.query ?? { text: '', regex: false, caseSensitive: false };
  return (
    <div className="filter-bar" role="search">
      <select
        aria-label={t('filter.status')}
        value={filter.statuses[0] ?? ''}
        onChange={(event) => onChange({ ...filter, statuses: event.target.value ? [event.target.value as UnitStatus] : [] })}
      >
        <option value="">{t('filter.allStatuses')}</option>
        {UNIT_STATUSES.map((status) => (
          <option key={status} value={status}>{t(`status.${status}`)}</option>
        ))}
      </select>
      <input
        type="search"
        dir="auto"
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        value={query.text}
        onChange={(event) => onChange({ ...filter, query: { ...query, text: event.target.value } })}
      />
      <select aria-label={t('filter.field')} value={filter.field} onChange={(event) => onChange({ ...filter, field: event.target.value as UnitFilter['field'] })}>
        <option value="both">{t('filter.both')}</option>
        <option value="source">{t('document.source')}</option>
        <option value="target">{t('document.target')}</option>
      </select>
      <label>
        <input type="checkbox" checked={query.regex} onChange={(event) => onChange({ ...filter, query: { ...query, regex: event.target.checked } })} />
        {t('filter.regex')}
      </label>
      <label>
        <input type="checkbox" checked={filter.hasComments} onChange={(event) => onChange({ ...filter, hasComments: event.target.checked })} />
        {t('filter.hasComments')}
      </label>
      <label>
        <input type="checkbox" checked={filter.hasQaIssues === true} onChange={(event) => onChange({ ...filter, hasQaIssues: event.target.checked })} />
        {t('filter.hasQaIssues')}
      </label>
      <span className="muted" role="status">{error ? t('filter.badRegex', { message: error }) : t('filter.shown', { shown, total })}</span>
    </div>
  );
}
