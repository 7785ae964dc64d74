import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';

export function errorText(t: TFunction, error: unknown): string {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : String(error));
  return t(`errors.${apiError.code}`, { message: apiError.message });
}

export function ErrorBanner({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'internal';
  return (
    <div className="error-banner" role="alert" data-code={code}>
      {errorText(t, error)}
    </div>
  );
}
