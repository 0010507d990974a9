/**
 * One case: its state and deadline, the acts this token may perform (as forms; the API still checks), the timeline of
 * events, the documents (each with its PDF), the deadlines, the bars, the referrals and the notifications, and a link
 * to the case's workflow in the Temporal Web UI.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ACT_NAMES, caseActs, pendingReports, type CaseAct } from '../acts';
import { api, idempotencyKey, must, type CaseDetail, type Me, type paths } from '../client';
import {
  AGGRAVATING_NAMES,
  BAR_STATUS_NAMES,
  BODY_NAMES,
  EVENT_NAMES,
  GROUND_NAMES,
  label,
  MITIGATING_NAMES,
  OUTCOME_NAMES,
  PHASE_NAMES,
  PURPOSE_NAMES,
  REFERRAL_STATUS_NAMES,
  RUNG_NAMES,
  SEVERITY_NAMES,
  STATUS_NAMES,
  when,
} from '../labels';
import {
  ActForm,
  DeadlineBadge,
  ErrorBanner,
  isoFromLocal,
  Loading,
  text,
  useAsync,
  type FieldSpec,
  type FormValues,
} from '../ui';

interface ConsoleConfig {
  temporalUi: { url: string } | { port: number } | null;
  namespace: string;
}

let configPromise: Promise<ConsoleConfig> | undefined;
const consoleConfig = (): Promise<ConsoleConfig> =>
  (configPromise ??= fetch('config.json').then((r) => r.json() as Promise<ConsoleConfig>));

function temporalLink(cfg: ConsoleConfig | undefined, workflowId: string): string | undefined {
  if (!cfg?.temporalUi) return undefined;
  const base =
    'url' in cfg.temporalUi
      ? cfg.temporalUi.url.replace(/\/$/, '')
      : `${location.protocol}//${location.hostname}:${cfg.temporalUi.port}`;
  return `${base}/namespaces/${encodeURIComponent(cfg.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const nowLocal = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};

export function CasePage({ me, id }: { me: Me; id: string }) {
  const c = useAsync(() => must(api.GET('/cases/{id}', { params: { path: { id } } })), [id]);
  const cfg = useAsync(consoleConfig, []);
  const [open, setOpen] = useState<CaseAct | null>(null);
  const [done, setDone] = useState<string>();
  if (c.loading && !c.data) return <Loading what="案件" />;
  if (!c.data) return <ErrorBanner error={c.error} />;
  const k = c.data;
  const acts = caseActs(me, k);
  const link = temporalLink(cfg.data, k.workflowId);
  const finished = (what: string) => () => {
    setOpen(null);
    setDone(`${what}：已提交`);
    c.reload();
  };
  return (
    <section aria-busy={c.loading ? 'true' : 'false'}>
      <div class="page-head">
        <h1 tabIndex={-1}>
          案件 {k.id}：{k.subject.name}
        </h1>
        <button type="button" onClick={c.reload}>
          刷新
        </button>
      </div>
      <ErrorBanner error={c.error} stale />
      <dl class="facts" data-testid="case-state">
        <dt>督导措施</dt>
        <dd data-testid="case-rung">{label(RUNG_NAMES, k.rung)}</dd>
        <dt>阶段</dt>
        <dd data-testid="case-phase">{label(PHASE_NAMES, k.phase)}</dd>
        <dt>状态</dt>
        <dd data-testid="case-status">{label(STATUS_NAMES, k.status)}</dd>
        <dt>整改期限</dt>
        <dd>
          {when(k.deadline)} <DeadlineBadge deadline={k.deadline} status={k.status} />
        </dd>
        <dt>情节</dt>
        <dd>{label(SEVERITY_NAMES, k.severity)}</dd>
        <dt>追究情形（第十四条）</dt>
        <dd>{k.grounds.map((g) => GROUND_NAMES[g] ?? g).join('；')}</dd>
        <dt>事实</dt>
        <dd class="pre">{k.facts}</dd>
        <dt>立案</dt>
        <dd>
          {when(k.openedAt)}，{k.openedBy}
        </dd>
        <dt>工作流</dt>
        <dd>
          {link ? (
            <a href={link} target="_blank" rel="noopener" data-testid="temporal-link">
              在 Temporal Web UI 中查看 {k.workflowId}
            </a>
          ) : (
            <span data-testid="temporal-link-none">{k.workflowId}（本系统未配置 Temporal Web UI 地址）</span>
          )}
        </dd>
      </dl>
      {done && (
        <div class="banner ok" role="status">
          {done}
        </div>
      )}
      <section aria-labelledby="acts-title" class="acts">
        <h2 id="acts-title">可进行的操作</h2>
        {acts.length === 0 ? (
          <p class="muted" data-testid="no-acts">
            本令牌对该案件当前没有可进行的操作。
          </p>
        ) : (
          <div class="act-buttons">
            {acts.map((a) => (
              <button
                type="button"
                key={a}
                data-act={a}
                aria-expanded={open === a}
                class={open === a ? 'primary' : ''}
                onClick={() => {
                  setDone(undefined);
                  setOpen(open === a ? null : a);
                }}
              >
                {ACT_NAMES[a]}
              </button>
            ))}
          </div>
        )}
        {open && (
          <CaseActForm key={open} act={open} c={k} onDone={finished(ACT_NAMES[open])} onCancel={() => setOpen(null)} />
        )}
      </section>
      <Deadlines c={k} />
      <Timeline c={k} />
      <Documents c={k} />
      <Bars c={k} />
      <Referrals me={me} c={k} onChanged={c.reload} />
      <Notifications c={k} />
    </section>
  );
}

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

function CaseActForm({
  act,
  c,
  onDone,
  onCancel,
}: {
  act: CaseAct;
  c: CaseDetail;
  onDone: () => void;
  onCancel: () => void;
}) {
  const leaders = useAsync(
    () =>
      c.subject.kind === 'unit'
        ? must(api.GET('/leaders', { params: { query: { unitId: c.subject.id } } }))
        : Promise.resolve({ items: [] }),
    [c.subject.id],
  );
  const allLeaders = useAsync(() => must(api.GET('/leaders')), []);
  const path = { id: c.id };
  const header = () => ({ 'idempotency-key': idempotencyKey() });
  const leaderOptions = (leaders.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name}（${l.id}）` }));
  const common = { id: `act-${act}`, title: ACT_NAMES[act], submitLabel: '提交', onDone, onCancel };
  let fields: FieldSpec[];
  let submit: (v: FormValues) => Promise<unknown>;
  switch (act) {
    case 'report':
      fields = [
        { name: 'summary', label: '整改情况', kind: 'textarea', required: true },
        { name: 'measures', label: '整改措施', kind: 'textarea', required: true },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/rectification-reports', {
            params: { path, header: header() },
            body: { summary: text(v.summary), measures: text(v.measures) } as Body<'/cases/{id}/rectification-reports'>,
          }),
        );
      break;
    case 'review': {
      const pending = pendingReports(c);
      fields = [
        {
          name: 'reportId',
          label: '整改报告',
          kind: 'select',
          required: true,
          options: pending.map((r) => ({ value: String(r.id), label: `第 ${r.id} 号报告` })),
          initial: pending.length === 1 ? String(pending[0]!.id) : '',
        },
        {
          name: 'decision',
          label: '审核意见',
          kind: 'select',
          required: true,
          options: [
            { value: 'accept', label: '通过，整改销号' },
            { value: 'reject', label: '退回，继续整改' },
          ],
        },
        { name: 'reasons', label: '理由', kind: 'textarea', hint: '退回时必须写明理由' },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/reviews', {
            params: { path, header: header() },
            body: {
              reportId: v.reportId ? Number(v.reportId) : undefined,
              decision: text(v.decision),
              reasons: text(v.reasons),
            } as Body<'/cases/{id}/reviews'>,
          }),
        );
      break;
    }
    case 'talk':
      fields = [
        { name: 'heldAt', label: '约谈时间', kind: 'datetime', required: true, initial: nowLocal() },
        {
          name: 'heldBy',
          label: '主持约谈的领导（编号）',
          required: true,
          list: 'all-leaders',
          hint: '上级综治办主任，或综治委主任、副主任',
        },
        leaderOptions.length
          ? { name: 'attendees', label: '参加约谈的领导', kind: 'checkboxes', required: true, options: leaderOptions }
          : { name: 'attendees', label: '参加约谈的领导（编号，以逗号分隔）', required: true, list: 'all-leaders' },
        {
          name: 'absences',
          label: '缺席说明',
          kind: 'textarea',
          hint: '每行一条：领导编号：缺席理由；无人任职的岗位写 principal 或 in-charge：理由',
        },
        { name: 'minutes', label: '约谈纪要', kind: 'textarea', required: true },
        { name: 'rectificationDeadline', label: '新的整改期限（可不填，按规定期限）', kind: 'datetime' },
      ];
      submit = (v) => {
        const attendees = Array.isArray(v.attendees)
          ? v.attendees
          : (v.attendees ?? '')
              .split(/[,，\s]+/)
              .map((x) => x.trim())
              .filter(Boolean);
        const absences = String(v.absences ?? '')
          .split('\n')
          .map((line) => /^\s*([^:：]+)[:：]\s*(.+)$/.exec(line))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) =>
            m[1] === 'principal' || m[1] === 'in-charge'
              ? { role: m[1] as 'principal' | 'in-charge', reason: m[2]!.trim() }
              : { leaderId: m[1]!.trim(), reason: m[2]!.trim() },
          );
        return must(
          api.POST('/cases/{id}/talk', {
            params: { path, header: header() },
            body: {
              heldAt: isoFromLocal(v.heldAt),
              heldBy: text(v.heldBy),
              attendees,
              ...(absences.length ? { absences } : {}),
              minutes: text(v.minutes),
              rectificationDeadline: isoFromLocal(v.rectificationDeadline),
            } as Body<'/cases/{id}/talk'>,
          }),
        );
      };
      break;
    case 'veto':
      fields = [
        {
          name: 'decision',
          label: '决定',
          kind: 'select',
          required: true,
          options: [
            { value: 'imposed', label: '实行一票否决' },
            { value: 'declined', label: '不予一票否决' },
          ],
        },
        { name: 'departments', label: '会同部门（以逗号分隔）', hint: '如：市委组织部，市人社局' },
        { name: 'reasons', label: '理由', kind: 'textarea', required: true },
        {
          name: 'then',
          label: '不予否决时的后续',
          kind: 'select',
          options: [
            { value: 'continue-listing', label: '继续挂牌督办整改' },
            { value: 'list', label: '作出挂牌督办决定' },
            { value: 'close', label: '结案' },
          ],
        },
        { name: 'newDeadline', label: '新的整改期限', kind: 'datetime' },
        ...(c.vetoPath === 'recommendation'
          ? [{ name: 'documentNo', label: '主管单位复函文号', required: true } as FieldSpec]
          : []),
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/veto-decision', {
            params: { path, header: header() },
            body: {
              decision: text(v.decision),
              departments: String(v.departments ?? '')
                .split(/[,，、]/)
                .map((x) => x.trim())
                .filter(Boolean),
              reasons: text(v.reasons),
              then: text(v.then),
              newDeadline: isoFromLocal(v.newDeadline),
              documentNo: text(v.documentNo),
            } as Body<'/cases/{id}/veto-decision'>,
          }),
        );
      break;
    case 'extension-request':
      fields = [
        { name: 'until', label: '申请延至', kind: 'datetime', required: true },
        { name: 'reason', label: '理由', kind: 'textarea', required: true },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/extension-requests', {
            params: { path, header: header() },
            body: { until: isoFromLocal(v.until), reason: text(v.reason) } as Body<'/cases/{id}/extension-requests'>,
          }),
        );
      break;
    case 'extension-decision':
      fields = [
        {
          name: 'decision',
          label: '决定',
          kind: 'select',
          required: true,
          options: [
            { value: 'grant', label: '同意延期' },
            { value: 'refuse', label: '不同意延期' },
          ],
        },
        { name: 'reasons', label: '理由', kind: 'textarea' },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/extension-decisions', {
            params: { path, header: header() },
            body: { decision: text(v.decision), reasons: text(v.reasons) } as Body<'/cases/{id}/extension-decisions'>,
          }),
        );
      break;
    case 'circumstance':
      fields = [
        {
          name: 'kind',
          label: '情形',
          kind: 'select',
          required: true,
          options: [
            { value: 'aggravating', label: '从重（第十六条）' },
            { value: 'mitigating', label: '从轻（第十七条）' },
          ],
        },
        {
          name: 'item',
          label: '项',
          kind: 'select',
          required: true,
          options: [
            ...Object.entries(AGGRAVATING_NAMES).map(([i, l]) => ({ value: i, label: `从重${l}` })),
            ...Object.entries(MITIGATING_NAMES).map(([i, l]) => ({ value: `m${i}`, label: `从轻${l}` })),
          ],
        },
        { name: 'evidence', label: '证据', kind: 'textarea', required: true },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/circumstances', {
            params: { path, header: header() },
            body: {
              kind: text(v.kind),
              item: v.item ? Number(String(v.item).replace(/^m/, '')) : undefined,
              evidence: text(v.evidence),
            } as Body<'/cases/{id}/circumstances'>,
          }),
        );
      break;
    case 'withdraw':
      fields = [{ name: 'reason', label: '撤销理由', kind: 'textarea', required: true }];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/withdrawal', {
            params: { path },
            body: { reason: text(v.reason) } as Body<'/cases/{id}/withdrawal'>,
          }),
        );
      break;
    case 'referral':
      fields = [
        leaderOptions.length
          ? { name: 'leaderId', label: '被移送的领导', kind: 'select', required: true, options: leaderOptions }
          : { name: 'leaderId', label: '被移送的领导（编号）', required: true, list: 'all-leaders' },
        {
          name: 'body',
          label: '移送机关',
          kind: 'select',
          required: true,
          options: Object.entries(BODY_NAMES).map(([value, l]) => ({ value, label: l })),
        },
        { name: 'reasons', label: '移送理由', kind: 'textarea', required: true },
        { name: 'bodyRegionId', label: '上级机关所在地区代码（可不填）' },
      ];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/referrals', {
            params: { path, header: header() },
            body: {
              leaderId: text(v.leaderId),
              body: text(v.body),
              reasons: text(v.reasons),
              bodyRegionId: text(v.bodyRegionId),
            } as Body<'/cases/{id}/referrals'>,
          }),
        );
      break;
    case 'rebound':
      fields = [{ name: 'facts', label: '反弹情况', kind: 'textarea', required: true }];
      submit = (v) =>
        must(
          api.POST('/cases/{id}/rebound', {
            params: { path, header: header() },
            body: { facts: text(v.facts) } as Body<'/cases/{id}/rebound'>,
          }),
        );
      break;
  }
  if (leaders.loading) return <Loading />;
  return (
    <>
      <datalist id="all-leaders">
        {(allLeaders.data?.items ?? []).map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </datalist>
      <ActForm {...common} fields={fields} onSubmit={submit} />
    </>
  );
}

function Deadlines({ c }: { c: CaseDetail }) {
  const rows = c.events
    .map((e) => ({ e, d: (e.detail as { deadline?: string; newDeadline?: string; until?: string } | null) ?? {} }))
    .filter(({ d }) => d.deadline || d.newDeadline || d.until);
  return (
    <section aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">期限</h2>
      <p>
        当前整改期限：{when(c.deadline)} <DeadlineBadge deadline={c.deadline} status={c.status} />
        {c.closedAt && <>，结案于 {when(c.closedAt)}</>}
      </p>
      {rows.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">事项</th>
              <th scope="col">督导措施</th>
              <th scope="col">期限</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ e, d }) => (
              <tr key={e.seq}>
                <td>{when(e.at)}</td>
                <td>{label(EVENT_NAMES, e.kind)}</td>
                <td>{label(RUNG_NAMES, e.rung)}</td>
                <td>{when(d.deadline ?? d.newDeadline ?? d.until)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Timeline({ c }: { c: CaseDetail }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">事件时间线</h2>
      <ol class="timeline" data-testid="timeline">
        {c.events.map((e) => (
          <li key={e.seq} data-kind={e.kind}>
            <time>{when(e.at)}</time>
            <span class="what">{label(EVENT_NAMES, e.kind)}</span>
            <span class="muted">
              {label(RUNG_NAMES, e.rung)} · {e.actor}
              {e.documentNo ? ` · ${e.documentNo}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

async function downloadPdf(documentNo: string): Promise<void> {
  const blob = await must(
    api.GET('/documents/{number}.pdf', { params: { path: { number: documentNo } }, parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(blob as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${documentNo}.pdf`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Documents({ c }: { c: CaseDetail }) {
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">文书</h2>
      <ErrorBanner error={error} />
      {c.documents.length === 0 ? (
        <p class="muted">尚无文书。</p>
      ) : (
        <table class="list" data-testid="documents">
          <thead>
            <tr>
              <th scope="col">文号</th>
              <th scope="col">标题</th>
              <th scope="col">发文机关</th>
              <th scope="col">印发时间</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {c.documents.map((d) => (
              <Fragment key={d.documentNo}>
                <tr>
                  <td>{d.documentNo}</td>
                  <td>{d.title}</td>
                  <td>{d.issuer}</td>
                  <td>{when(d.issuedAt)}</td>
                  <td class="nowrap">
                    <button
                      type="button"
                      aria-expanded={shown === d.documentNo}
                      onClick={() => setShown(shown === d.documentNo ? null : d.documentNo)}
                    >
                      {shown === d.documentNo ? '收起正文' : '查看正文'}
                    </button>{' '}
                    <button type="button" onClick={() => downloadPdf(d.documentNo).catch(setError)}>
                      下载PDF
                    </button>
                  </td>
                </tr>
                {shown === d.documentNo && (
                  <tr>
                    <td colSpan={5} class="pre document-body">
                      {d.body}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Bars({ c }: { c: CaseDetail }) {
  const bars = useAsync(
    () =>
      c.subject.kind === 'unit' || c.subject.kind === 'region'
        ? must(
            api.GET('/eligibility', {
              params: {
                query: {
                  subjectKind: c.subject.kind as 'unit' | 'region',
                  subjectId: c.subject.id,
                  // A unit's or region's bars are on honours (Art. 15(3)(4)); its leaders' on awards and promotion.
                  purpose: 'honours',
                  date: today(),
                },
              },
            }),
          )
        : Promise.resolve(undefined),
    [c.id, c.events.length],
  );
  const mine = (bars.data?.bars ?? []).filter((b) => b.caseId === c.id);
  return (
    <section aria-labelledby="bars-title">
      <h2 id="bars-title">限制措施（第十五条第三、四项）</h2>
      <ErrorBanner error={bars.error} />
      {/* "No bar in effect" only from an answer: not while loading, nor when the bars could not be read. */}
      {!bars.data ? (
        bars.loading && <Loading what="限制措施" />
      ) : mine.length === 0 ? (
        <p class="muted">本案对督导对象当前没有生效的限制措施。</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">对象</th>
              <th scope="col">限制事项</th>
              <th scope="col">期间</th>
              <th scope="col">决定文号</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((b) => (
              <tr key={b.id}>
                <td>{b.subject.name}</td>
                <td>{b.scopes.map((s) => label(PURPOSE_NAMES, s)).join('、')}</td>
                <td>
                  {when(b.startsAt)} 至 {b.lastDay}
                </td>
                <td>{b.decisionDocumentNo ?? '—'}</td>
                <td>{label(BAR_STATUS_NAMES, b.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Outcome = NonNullable<paths['/referrals/{id}/outcome']['post']['requestBody']>['content']['application/json'];

function Referrals({ me, c, onChanged }: { me: Me; c: CaseDetail; onChanged: () => void }) {
  const [open, setOpen] = useState<string | null>(null);
  if (c.referrals.length === 0)
    return (
      <section aria-labelledby="referrals-title">
        <h2 id="referrals-title">移送问责</h2>
        <p class="muted">尚无移送。</p>
      </section>
    );
  return (
    <section aria-labelledby="referrals-title">
      <h2 id="referrals-title">移送问责</h2>
      <table class="list">
        <thead>
          <tr>
            <th scope="col">领导</th>
            <th scope="col">移送机关</th>
            <th scope="col">理由</th>
            <th scope="col">移送时间</th>
            <th scope="col">状态</th>
            <th scope="col">处理结果</th>
          </tr>
        </thead>
        <tbody>
          {c.referrals.map((r) => (
            <tr key={r.id}>
              <td>{r.leader.name}</td>
              <td>{label(BODY_NAMES, r.body)}</td>
              <td>{r.reasons}</td>
              <td>{when(r.referredAt)}</td>
              <td>{label(REFERRAL_STATUS_NAMES, r.status)}</td>
              <td>
                {r.outcome ? (
                  `${label(OUTCOME_NAMES, r.outcome.outcome)}${r.outcome.detail ? `：${r.outcome.detail}` : ''}`
                ) : mayRecordOutcome(me, r) ? (
                  <button type="button" onClick={() => setOpen(r.id)}>
                    记录处理结果
                  </button>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <OutcomeForm
          referralId={open}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

/** The receiving body records its outcome (Art. 15(5)); the judiciary's answer is recorded by the referring office. */
export const mayRecordOutcome = (me: Me, r: { body: string; bodyRegionId: string; status: string }): boolean =>
  r.status === 'awaiting-outcome' &&
  ((r.body === 'discipline-inspection' && me.role === 'discipline-inspection' && me.regionId === r.bodyRegionId) ||
    (r.body === 'organisation-personnel' && me.role === 'organisation-personnel' && me.regionId === r.bodyRegionId) ||
    (r.body === 'judiciary' && me.role === 'office-operator'));

export function OutcomeForm(props: { referralId: string; onDone: () => void; onCancel: () => void }) {
  return (
    <ActForm
      id="act-outcome"
      title="记录处理结果"
      submitLabel="提交"
      onCancel={props.onCancel}
      onDone={props.onDone}
      fields={[
        {
          name: 'outcome',
          label: '处理结果',
          kind: 'select',
          required: true,
          options: Object.entries(OUTCOME_NAMES).map(([value, l]) => ({ value, label: l })),
        },
        { name: 'detail', label: '具体情况', kind: 'textarea', required: true },
        { name: 'documentNo', label: '文号' },
        { name: 'decidedOn', label: '决定日期', kind: 'date', required: true, initial: today() },
      ]}
      onSubmit={(v) =>
        must(
          api.POST('/referrals/{id}/outcome', {
            params: { path: { id: props.referralId }, header: { 'idempotency-key': idempotencyKey() } },
            body: {
              outcome: text(v.outcome),
              detail: text(v.detail),
              documentNo: text(v.documentNo),
              decidedOn: text(v.decidedOn),
            } as Outcome,
          }),
        )
      }
    />
  );
}

function Notifications({ c }: { c: CaseDetail }) {
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">通知</h2>
      {c.notifications.length === 0 ? (
        <p class="muted">无可查看的通知。</p>
      ) : (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">收件方</th>
              <th scope="col">主题</th>
              <th scope="col">送达</th>
            </tr>
          </thead>
          <tbody>
            {c.notifications.map((n) => (
              <tr key={n.id}>
                <td>{when(n.createdAt)}</td>
                <td>{n.addressee.name}</td>
                <td>{n.subject}</td>
                <td>
                  {n.deliveries
                    .map(
                      (d) =>
                        `${d.channel === 'email' ? '邮件' : d.channel === 'webhook' ? '接口推送' : d.channel}：${
                          { sent: '已送达', pending: '待发送', failed: '失败', 'no-contact': '无联系方式' }[d.status] ??
                          d.status
                        }`,
                    )
                    .join('；')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
