import { Button, ProgressBar } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type JobProgress, type PirdApi } from '../../shared/api';
import { localDigits } from '../i18n/digits';
import { fileToBase64 } from '../widgets/files';

/** How often a running job's progress is asked for. */
const POLL_MS = 250;

/**
 * Runs a long request as a job the status bar shows and can cancel; `label` names it there. The job
 * shows from the start, also while the page still prepares the request (reading a large file): a
 * cancel then is seen by `stillWanted`, which throws `cancelled` before anything is sent.
 */
export type JobRunner = <T>(label: string, start: (jobId: string, stillWanted: () => void) => Promise<T>) => Promise<T>;

interface RunningJob {
  readonly jobId: string;
  readonly label: string;
  readonly progress: JobProgress | null;
  readonly cancelling: boolean;
}

interface JobsContextValue {
  readonly run: JobRunner;
  readonly jobs: readonly RunningJob[];
  cancel(jobId: string): void;
  /** The status bar's height in pixels (0 when no job runs): what toasts keep clear of. */
  readonly barHeight: number;
  setBarHeight(height: number): void;
}

const JobsContext = createContext<JobsContextValue | null>(null);

let lastJob = 0;
const newJobId = (): string => `job-${Date.now().toString(36)}-${(lastJob++).toString(36)}`;

/** Keeps the running jobs: each polled for its progress until its request is answered. */
export function JobsProvider({ api, children }: { readonly api: PirdApi; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const [jobs, setJobs] = useState<readonly RunningJob[]>([]);
  const [barHeight, setBarHeight] = useState(0);
  const cancelled = useRef(new Set<string>());
  const apiRef = useRef(api);
  apiRef.current = api;
  const update = useCallback((jobId: string, change: (job: RunningJob) => RunningJob) => {
    setJobs((current) => current.map((job) => (job.jobId === jobId ? change(job) : job)));
  }, []);
  const run = useCallback<JobRunner>(async (label, start) => {
    const jobId = newJobId();
    setJobs((current) => [...current, { jobId, label, progress: null, cancelling: false }]);
    const timer = window.setInterval(() => {
      apiRef.current.getJobProgress({ jobId }).then((progress) => update(jobId, (job) => ({ ...job, progress })), () => undefined);
    }, POLL_MS);
    const stillWanted = () => {
      if (cancelled.current.has(jobId)) throw new ApiError('cancelled', t('jobs.cancelledUnsent', { label }));
    };
    try {
      return await start(jobId, stillWanted);
    } finally {
      window.clearInterval(timer);
      cancelled.current.delete(jobId);
      setJobs((current) => current.filter((job) => job.jobId !== jobId));
    }
  }, [update, t]);
  const cancel = useCallback((jobId: string) => {
    cancelled.current.add(jobId);
    update(jobId, (job) => ({ ...job, cancelling: true }));
    void apiRef.current.cancelJob({ jobId }).catch(() => undefined);
  }, [update]);
  const value = useMemo(() => ({ run, jobs, cancel, barHeight, setBarHeight }), [run, jobs, cancel, barHeight]);
  return <JobsContext.Provider value={value}>{children}</JobsContext.Provider>;
}

/** Runs requests as jobs the status bar shows; outside a provider (a view tested alone) they simply run. */
export function useJobRunner(): JobRunner {
  return useContext(JobsContext)?.run ?? runUnwatched;
}

/** Runs a job whose request carries files: they are read (as base64) inside the job, so the status bar shows it at once. */
export function runJobWithFiles<T>(
  runJob: JobRunner, label: string, files: readonly Blob[], send: (contentsBase64: readonly string[], jobId: string) => Promise<T>,
): Promise<T> {
  return runJob(label, async (jobId, stillWanted) => {
    const contents: string[] = [];
    for (const file of files) {
      contents.push(await fileToBase64(file));
      stillWanted();
    }
    return send(contents, jobId);
  });
}

const runUnwatched: JobRunner = (_label, start) => start(newJobId(), () => undefined);

/** The status bar's height, so that toasts appear above it and never cover its Cancel buttons. */
export function useStatusBarHeight(): number {
  return useContext(JobsContext)?.barHeight ?? 0;
}

/** Tells the provider how tall the status bar is while it is shown. */
function useMeasuredBar(context: JobsContextValue | null): (element: HTMLElement | null) => void {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const setBarHeight = context?.setBarHeight;
  useEffect(() => {
    if (!setBarHeight) return undefined;
    if (!element) {
      setBarHeight(0);
      return undefined;
    }
    const observer = new ResizeObserver(() => setBarHeight(element.offsetHeight));
    observer.observe(element);
    setBarHeight(element.offsetHeight);
    return () => observer.disconnect();
  }, [element, setBarHeight]);
  return setElement;
}

/** The status bar: each running job with its progress in counts, and a button to cancel it. */
export function JobStatusBar() {
  const { t, i18n } = useTranslation();
  const context = useContext(JobsContext);
  const measure = useMeasuredBar(context);
  if (!context || context.jobs.length === 0) return null;
  const number = (value: number) => localDigits(Math.round(value).toLocaleString('en-US'), i18n.language);
  return (
    <footer className="status-bar" role="status" aria-label={t('jobs.status')} ref={measure}>
      {context.jobs.map(({ jobId, label, progress, cancelling }) => {
        const total = progress?.total ?? null;
        const share = total && total > 0 ? Math.min(1, (progress?.done ?? 0) / total) : undefined;
        return (
          <div key={jobId} className="job" data-job={jobId}>
            <span className="job-label">{label}</span>
            <ProgressBar className="job-bar" {...(share === undefined ? {} : { value: share })} thickness="large" aria-label={label} />
            <span className="job-count">
              {progress && total !== null
                ? t(`jobs.count.${progress.unit}`, { done: number(progress.done), total: number(total) })
                : t('jobs.starting')}
            </span>
            <Button size="small" icon={<DismissRegular />} disabled={cancelling} onClick={() => context.cancel(jobId)}>
              {t(cancelling ? 'jobs.cancelling' : 'jobs.cancel')}
            </Button>
          </div>
        );
      })}
    </footer>
  );
}
