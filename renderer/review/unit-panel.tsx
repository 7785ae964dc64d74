import { Button, Input, Textarea } from '@fluentui/react-components';
import { ArrowReplyRegular, CheckmarkRegular, CommentRegular, DismissRegular } from '@fluentui/react-icons';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation, Role, Unit } from '../../shared/project';
import { unitTargetText } from '../../shared/project';
import { LazyDiffView } from '../editor/lazy';
import { formatDateTime } from '../i18n/dates';
import type { QaIssue } from '../../shared/qa';

type UserOperation = Exclude<Operation, { kind: 'splice' }>;

export interface UnitPanelProps {
  readonly unit: Unit;
  readonly role: Role;
  /** The segment's quality findings: errors need a recorded reason to approve over; warnings can be ignored. */
  readonly qaIssues: readonly QaIssue[];
  edit(operation: UserOperation): Promise<boolean>;
  /** Shown first in the panel (the segment's glossary terms). */
  readonly children?: ReactNode;
}

/** The version a reviewer compares against: the last approved one, else the translator's last. */
function baseline(unit: Unit): { text: string; label: 'approved' | 'translated' } | null {
  const latest = [...unit.history].reverse();
  const approved = latest.find((entry) => entry.status === 'approved');
  if (approved) return { text: approved.target, label: 'approved' };
  const translated = latest.find((entry) => entry.status === 'translated' || entry.status === 'draft');
  return translated ? { text: translated.target, label: 'translated' } : null;
}

export function UnitPanel({ unit, role, qaIssues, edit, children }: UnitPanelProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [comment, setComment] = useState('');
  const [replyTo, setReplyTo] = useState<string | undefined>(undefined);
  // A reason or comment half written for one segment never carries over to the next; reset while
  // rendering (not in an effect), so nothing typed into the new segment's panel is wiped.
  const [panelUnit, setPanelUnit] = useState(unit.id);
  if (panelUnit !== unit.id) {
    setPanelUnit(unit.id);
    setReason('');
    setOverrideReason('');
    setComment('');
    setReplyTo(undefined);
  }
  const qaErrors = qaIssues.filter((issue) => issue.severity === 'error');
  const qaWarnings = qaIssues.filter((issue) => issue.severity !== 'error');
  const errorCodes = [...new Set(qaErrors.map((issue) => issue.code))];
  const errorChecks = [...new Set(qaErrors.map((issue) => t(`qa.checks.${issue.check}`)))].join(', ');
  const base = baseline(unit);
  const current = unitTargetText(unit);
  const threads = unit.comments.filter((c) => c.replyTo === undefined);

  const addComment = async () => {
    if (!comment.trim()) return;
    const ok = await edit({ kind: 'add-comment', unitId: unit.id, text: comment, ...(replyTo ? { replyTo } : {}) });
    if (ok) {
      setComment('');
      setReplyTo(undefined);
    }
  };

  return (
    <aside className="unit-panel" aria-label={t('review.panel')}>
      {children}
      {role === 'reviewer' && (
        <section className="review-actions">
          <h3>{t('review.title')}</h3>
          {errorCodes.length === 0 ? (
            <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => void edit({ kind: 'set-status', unitId: unit.id, status: 'approved' })}>
              {t('review.approve')}
            </Button>
          ) : (
            <div className="override" role="group" aria-label={t('review.overrideTitle')}>
              <p className="qa-blocked" role="note">{t('review.blocked', { count: qaErrors.length, checks: errorChecks })}</p>
              <Input
                value={overrideReason}
                onChange={(_, data) => setOverrideReason(data.value)}
                placeholder={t('review.overridePlaceholder')}
                aria-label={t('review.overrideReason')}
              />
              <Button
                disabled={!overrideReason.trim()}
                onClick={async () => {
                  const operation = { kind: 'set-status', unitId: unit.id, status: 'approved', note: overrideReason, override: errorCodes } as const;
                  if (await edit({ ...operation, override: [...operation.override] })) setOverrideReason('');
                }}
              >
                {t('review.approveAnyway')}
              </Button>
            </div>
          )}
          <Input
            value={reason}
            onChange={(_, data) => setReason(data.value)}
            placeholder={t('review.reasonPlaceholder')}
            aria-label={t('review.reason')}
          />
          <Button
            icon={<DismissRegular />}
            disabled={!reason.trim()}
            onClick={async () => {
              if (await edit({ kind: 'set-status', unitId: unit.id, status: 'rejected', note: reason })) setReason('');
            }}
          >
            {t('review.reject')}
          </Button>
        </section>
      )}
      {(qaWarnings.length > 0 || (unit.ignoredQa?.length ?? 0) > 0) && (
        <section className="qa-warnings" aria-label={t('review.qaTitle')}>
          <h3>{t('review.qaTitle')}</h3>
          <ul>
            {qaWarnings.map((issue, index) => (
              <li key={`${issue.code}-${index}`} data-code={issue.code}>
                {t(`qa.${issue.code}`, issue.params ?? {})}{' '}
                <Button size="small" appearance="subtle" onClick={() => void edit({ kind: 'ignore-qa', unitId: unit.id, code: issue.code, ignored: true })}>
                  {t('review.ignore')}
                </Button>
              </li>
            ))}
            {(unit.ignoredQa ?? []).map((code) => (
              <li key={code} className="ignored" data-code={code}>
                {t('review.ignored', { check: code })}{' '}
                <Button size="small" appearance="subtle" onClick={() => void edit({ kind: 'ignore-qa', unitId: unit.id, code, ignored: false })}>
                  {t('review.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="changes">
        <h3>{t('review.changes')}</h3>
        {base && base.text !== current ? (
          <>
            <p className="muted">{t(`review.against.${base.label}`)}</p>
            <Suspense fallback={null}>
              <LazyDiffView original={base.text} modified={current} />
            </Suspense>
          </>
        ) : (
          <p className="muted">{t('review.noChanges')}</p>
        )}
      </section>
      <section className="history">
        <h3>{t('review.history')}</h3>
        <ol>
          {unit.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-status={entry.status}>
              <strong>{t(`status.${entry.status}`)}</strong> · {entry.by} · <time dateTime={entry.at}>{formatDateTime(entry.at, t, i18n.language)}</time>
              {entry.override && <div className="override-note">{t('review.overrode', { codes: entry.override.join(', ') })}</div>}
              {entry.event && <div className="event-note">{t(`review.events.${entry.event}`)}</div>}
              {entry.qa && <div className="qa-note">{t(entry.qa.ignored ? 'review.ignoredAt' : 'review.restoredAt', { check: entry.qa.code })}</div>}
              {entry.note && <div className="note">{entry.note}</div>}
              <div className="history-text" dir="ltr">{entry.target}</div>
            </li>
          ))}
        </ol>
      </section>
      <section className="comments">
        <h3>{t('comments.title', { count: unit.comments.filter((c) => !c.resolved).length })}</h3>
        {threads.map((thread) => (
          <div key={thread.id} className={`comment-thread${thread.resolved ? ' resolved' : ''}`} data-comment-id={thread.id}>
            {[thread, ...unit.comments.filter((c) => c.replyTo === thread.id)].map((c) => (
              <div key={c.id} className={c.replyTo ? 'comment reply' : 'comment'}>
                <span className="comment-meta">{c.by}</span>
                <p dir="auto">{c.text}</p>
              </div>
            ))}
            <Button size="small" appearance="subtle" icon={<ArrowReplyRegular />} onClick={() => setReplyTo(thread.id)}>{t('comments.reply')}</Button>
            <Button size="small" appearance="subtle" onClick={() => void edit({ kind: 'resolve-comment', unitId: unit.id, commentId: thread.id, resolved: !thread.resolved })}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          </div>
        ))}
        <Textarea
          className="comment-box"
          dir="auto"
          resize="vertical"
          value={comment}
          aria-label={replyTo ? t('comments.replyLabel') : t('comments.add')}
          placeholder={replyTo ? t('comments.replyLabel') : t('comments.add')}
          onChange={(_, data) => setComment(data.value)}
        />
        <Button icon={<CommentRegular />} disabled={!comment.trim()} onClick={() => void addComment()}>
          {replyTo ? t('comments.sendReply') : t('comments.send')}
        </Button>
      </section>
    </aside>
  );
}
