import { QA_MESSAGES, type QaLanguage } from './messages-data';
import type { QaIssue } from './types';

/** An issue worded in a UI language, for the CLI and reports (the UI words them through i18next). */
export function qaMessage(issue: QaIssue, language: QaLanguage = 'en'): string {
  const template: string = (QA_MESSAGES[language] as Readonly<Record<string, string>>)[issue.code] ?? issue.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(issue.params?.[name] ?? ''));
}
