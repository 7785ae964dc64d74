import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';

export function errorText(t: TFunction, error: unknown): string {
  const apiError = ApiError.from(error);
  return t(`errors.${apiError.code}`, { message: apiError.message });
}

export function ErrorBanner({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  const code = ApiError.from(error).code;
  return (
    <div className="error-banner" role="alert" data-code={code}>
      {errorText(t, error)}
    </div>
  );
}
