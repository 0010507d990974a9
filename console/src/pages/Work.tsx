/**
 * 待办: what waits on the signed-in role — reports to review, talks to hold and record, veto decisions due, extension
 * requests, referrals awaiting an outcome, pledges to sign, work reports and scores due, supervision items and key
 * areas in hand — each a link to where it is done. Computed from the same lists the API gives every page, filtered by the acts this token may perform.
 */
import type { ComponentChildren } from 'preact';
import { caseActs, extensionPending, issuerRegion, pendingReports, type CaseAct } from '../acts';
import { api, ApiError, must, type CaseSummary, type Me } from '../client';
import {
  BODY_NAMES,
  KEY_AREA_STATUS_NAMES,
  label,
  PLEDGE_STATUS_NAMES,
  SUPERVISION_STATUS_NAMES,
  WORK_REPORT_STATUS_NAMES,
  when,
} from '../labels';
import { DeadlineBadge, ErrorBanner, Loading, useAsync } from '../ui';
import { mayRecordOutcome } from './Case';

interface Item {
  key: string;
  href: string;
  text: string;
  deadline?: string | null;
  status?: string;
  note?: string;
}
interface Section {
  id: string;
  title: string;
  items: Item[];
}

const beijingYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/** A year's list, or nothing when the year's cycle has not started (404) or the role may not read it (403). */
async function yearly<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 403)) return undefined;
    throw err;
  }
}

const caseItem = (c: CaseSummary, note?: string): Item => ({
  key: c.id,
  href: `#/cases/${encodeURIComponent(c.id)}`,
  text: `${c.id} ${c.subject.name}`,
  deadline: c.deadline,
  status: c.status,
  note,
});

async function myWork(me: Me): Promise<Section[]> {
  const year = String(beijingYear());
  const [cases, referrals, pledges, reports, results, items, areas] = await Promise.all([
    must(api.GET('/cases', { params: { query: { status: 'open', limit: '500' } } })),
    me.role === 'discipline-inspection' || me.role === 'organisation-personnel' || me.role === 'office-operator'
      ? must(api.GET('/referrals', { params: { query: { status: 'awaiting-outcome' } } }))
      : Promise.resolve({ referrals: [] }),
    me.role === 'unit-liaison' || me.role === 'office-operator' || me.role === 'admin'
      ? yearly(() => must(api.GET('/annual-cycles/{year}/pledges', { params: { path: { year } } })))
      : Promise.resolve(undefined),
    me.role === 'unit-liaison' || me.role === 'office-operator' || me.role === 'admin'
      ? yearly(() =>
          must(api.GET('/annual-cycles/{year}/work-reports', { params: { path: { year }, query: { status: 'due' } } })),
        )
      : Promise.resolve(undefined),
    me.role === 'office-operator' || me.role === 'admin'
      ? yearly(() => must(api.GET('/annual-cycles/{year}/results', { params: { path: { year } } })))
      : Promise.resolve(undefined),
    yearly(() => must(api.GET('/supervision-items', { params: { query: { limit: '500' } } }))),
    yearly(() => must(api.GET('/key-areas', { params: { query: { limit: '500' } } }))),
  ]);
  const by = (act: CaseAct) => cases.items.filter((c) => caseActs(me, c).includes(act));
  // Extension requests show only in a case's events, reports awaiting review in its live state: read the cases this
  // office issued that are rectifying.
  const issued = cases.items
    .filter(
      (c) =>
        c.phase === 'rectifying' &&
        (me.role === 'admin' || (me.role === 'office-operator' && me.regionId === issuerRegion(c))),
    )
    .slice(0, 40);
  const details = await Promise.all(
    issued.map((c) => must(api.GET('/cases/{id}', { params: { path: { id: c.id } } })).catch(() => undefined)),
  );
  const extensions = issued.filter((_c, i) => details[i] && extensionPending(details[i]));
  // A report handed in before the deadline waits for review while the case is still rectifying: its live state says so.
  const reviewing = new Set(by('review').map((c) => c.id));
  const toReview = [
    ...by('review'),
    ...issued.filter((c, i) => !reviewing.has(c.id) && details[i] && pendingReports(details[i]).length > 0),
  ];
  const sections: Section[] = [
    { id: 'review', title: '待审核的整改报告', items: toReview.map((c) => caseItem(c)) },
    { id: 'talk', title: '待约谈并记录', items: by('talk').map((c) => caseItem(c)) },
    { id: 'veto', title: '待作出一票否决决定', items: by('veto').map((c) => caseItem(c)) },
    { id: 'extension', title: '待审批的延期申请', items: extensions.map((c) => caseItem(c)) },
    { id: 'report', title: '待报送整改报告', items: by('report').map((c) => caseItem(c)) },
    {
      id: 'referrals',
      title: '待反馈处理结果的移送',
      items: referrals.referrals
        .filter((r) => mayRecordOutcome(me, r))
        .map((r) => ({
          key: r.id,
          href: `#/cases/${encodeURIComponent(r.caseId)}`,
          text: `${r.leader.name}（案件 ${r.caseId}）移送${label(BODY_NAMES, r.body)}`,
          note: `移送于 ${when(r.referredAt)}`,
        })),
    },
    {
      id: 'supervision',
      title: '督办事项（第九条）',
      items: (items?.items ?? [])
        .filter((i) => i.status !== 'closed')
        .map((i) => ({
          key: i.id,
          href: '',
          text: `${i.id} ${i.title}`,
          deadline: i.deadline,
          status: 'open',
          note: label(SUPERVISION_STATUS_NAMES, i.status),
        })),
    },
    {
      id: 'key-areas',
      title: '挂牌整治的重点地区和突出问题（第十五条第（一）项）',
      items: (areas?.items ?? [])
        .filter((a) => a.status === 'listed' || a.status === 'overdue' || a.status === 'rebound')
        .map((a) => ({
          key: a.id,
          href: '',
          text: `${a.name}（${a.responsible.name}）`,
          deadline: a.deadline,
          status: 'open',
          note: label(KEY_AREA_STATUS_NAMES, a.status),
        })),
    },
    {
      id: 'pledges',
      title: `${year}年度待签订的责任书`,
      items: (pledges?.items ?? [])
        .filter((p) => p.status === 'awaiting-signature' || p.status === 'overdue')
        .filter((p) => me.role !== 'office-operator' || p.party.kind === 'committee')
        .map((p) => ({
          key: p.id,
          href: `#/annual?year=${year}`,
          text: `${p.party.name} 第${p.version}稿`,
          deadline: p.deadline,
          status: 'open',
          note: label(PLEDGE_STATUS_NAMES, p.status),
        })),
    },
    {
      id: 'work-reports',
      title: `${year}年度待报送的述职报告`,
      items: (reports?.items ?? []).map((r) => ({
        key: `${r.party.kind}:${r.party.id}`,
        href: `#/annual?year=${year}`,
        text: r.party.name,
        deadline: r.deadline,
        status: 'open',
        note: label(WORK_REPORT_STATUS_NAMES, r.status),
      })),
    },
    {
      id: 'scores',
      title: `${year}年度待评分的考核对象`,
      items: (results?.items ?? [])
        .filter((r) => r.total === null && (me.role === 'admin' || r.assessorRegionId === me.regionId))
        .map((r) => ({
          key: `${r.subject.kind}:${r.subject.id}`,
          href: `#/annual?year=${year}`,
          text: r.subject.name,
        })),
    },
  ];
  return sections;
}

export function WorkPage({ me }: { me: Me }) {
  const work = useAsync(() => myWork(me), [me.tokenId]);
  return (
    <section>
      <div class="page-head">
        <h1 tabIndex={-1}>待办</h1>
        <button type="button" onClick={work.reload}>
          刷新
        </button>
      </div>
      <ErrorBanner error={work.error} stale={!!work.data} />
      {work.loading && !work.data ? <Loading what="待办事项" /> : <Sections sections={work.data ?? []} />}
    </section>
  );
}

function Sections({ sections }: { sections: Section[] }) {
  const shown = sections.filter((s) => s.items.length > 0);
  if (shown.length === 0) return <p class="muted">当前没有待办事项。</p>;
  return (
    <div class="work-grid">
      {shown.map((s) => (
        <Card key={s.id} id={s.id} title={`${s.title}（${s.items.length}）`}>
          <ul class="work-list">
            {s.items.map((i) => (
              <li key={i.key}>
                {i.href ? <a href={i.href}>{i.text}</a> : <span>{i.text}</span>}
                {i.note && <span class="muted"> {i.note}</span>}
                {i.deadline !== undefined && (
                  <DeadlineBadge deadline={i.deadline ?? null} status={i.status ?? 'open'} />
                )}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`work-${id}`} data-testid={`work-${id}`}>
      <h2 id={`work-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
