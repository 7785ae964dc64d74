import { Link, Toast, ToastBody, ToastTitle, Toaster, useToastController } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useStatusBarHeight } from './jobs';

const TOASTER_ID = 'pird-reports';
/** How long a report stays: long enough to read a few lines; reports with problems stay until closed. */
const REPORT_MS = 12_000;

export interface Report {
  readonly title: string;
  readonly lines: readonly string[];
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  /** A link in the report to what it is about ("Open kadhimi-visit"). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** Fluent's own distance of toasts from the window's edge, in pixels. */
const TOAST_EDGE = 16;

/** Where reports appear: the bottom corner on the reading side's end, above the status bar while jobs run. */
export function ReportToaster() {
  const bar = useStatusBarHeight();
  return <Toaster toasterId={TOASTER_ID} position="bottom-end" offset={{ vertical: TOAST_EDGE + bar }} pauseOnHover pauseOnWindowBlur />;
}

/** Shows a report as a toast (an import's result, a project created). */
export function useReport(): (report: Report) => void {
  const { dispatchToast, dismissToast } = useToastController(TOASTER_ID);
  return useCallback((report: Report) => {
    const id = `${Date.now()}-${Math.random()}`;
    dispatchToast(
      <Toast className="report-toast">
        <ToastTitle action={report.action ? <Link onClick={() => {
          dismissToast(id);
          report.action?.run();
        }}>{report.action.label}</Link> : null}>{report.title}</ToastTitle>
        {report.lines.length > 0 && (
          <ToastBody>
            <ul className="import-messages">
              {report.lines.map((line, index) => <li key={index}>{line}</li>)}
            </ul>
          </ToastBody>
        )}
      </Toast>,
      { toastId: id, intent: report.intent, timeout: report.intent === 'success' || report.intent === 'info' ? REPORT_MS : -1 },
    );
  }, [dispatchToast, dismissToast]);
}
