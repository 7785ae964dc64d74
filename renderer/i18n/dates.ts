import type { TFunction } from 'i18next';
import { localDigits } from './digits';

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * A local date and time in the UI language, from the UI's own resources (month names, order,
 * digits). Intl.DateTimeFormat would do it too, but building one costs over 100 ms on a slow
 * machine, on the path of the first paint.
 */
export function formatDateTime(iso: string, t: TFunction, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const months = t('dates.months').split('|');
  const text = t('dates.dateTime', {
    day: date.getDate(),
    month: months[date.getMonth()] ?? String(date.getMonth() + 1),
    year: date.getFullYear(),
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  });
  return localDigits(text, language);
}
