import { Checkbox, SearchBox, Select } from '@fluentui/react-components';
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
      <Select
        size="small"
        aria-label={t('filter.status')}
        value={filter.statuses[0] ?? ''}
        onChange={(_, data) => onChange({ ...filter, statuses: data.value ? [data.value as UnitStatus] : [] })}
      >
        <option value="">{t('filter.allStatuses')}</option>
        {UNIT_STATUSES.map((status) => (
          <option key={status} value={status}>{t(`status.${status}`)}</option>
        ))}
      </Select>
      <SearchBox
        size="small"
        className="filter-search"
        dir="auto"
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        value={query.text}
        onChange={(_, data) => onChange({ ...filter, query: { ...query, text: data.value } })}
      />
      <Select size="small" aria-label={t('filter.field')} value={filter.field} onChange={(_, data) => onChange({ ...filter, field: data.value as UnitFilter['field'] })}>
        <option value="both">{t('filter.both')}</option>
        <option value="source">{t('document.source')}</option>
        <option value="target">{t('document.target')}</option>
      </Select>
      <Checkbox checked={query.regex} onChange={(_, data) => onChange({ ...filter, query: { ...query, regex: data.checked === true } })} label={t('filter.regex')} />
      <Checkbox checked={filter.hasComments} onChange={(_, data) => onChange({ ...filter, hasComments: data.checked === true })} label={t('filter.hasComments')} />
      <Checkbox checked={filter.hasQaIssues === true} onChange={(_, data) => onChange({ ...filter, hasQaIssues: data.checked === true })} label={t('filter.hasQaIssues')} />
      <span className="muted" role="status">{error ? t('filter.badRegex', { message: error }) : t('filter.shown', { shown, total })}</span>
    </div>
  );
}
