/**
 * 案件: the cases in the token's jurisdiction, filtered by region, rung, status and deadline window, each with the
 * traffic light offices read time left by (red overdue, yellow within 7 days, green beyond).
 */
import { useEffect, useState } from 'preact/hooks';
import { mayOpenCases } from '../acts';
import { api, must, type CaseSummary, type Me, type paths } from '../client';
import { label, PHASE_NAMES, RUNG_NAMES, STATUS_NAMES, when } from '../labels';
import { go } from '../nav';
import { DeadlineBadge, deadlineColour, ErrorBanner, Loading, useAsync, useFields } from '../ui';

type CaseQuery = NonNullable<paths['/cases']['get']['parameters']['query']>;
/** The API's largest page; the list follows `next` page by page up to {@link CASE_LIST_CAP} cases. */
const PAGE = 500;
/** The most cases one list shows: beyond it, narrower filters find the rest. */
export const CASE_LIST_CAP = 2000;

const WINDOWS: { value: string; label: string }[] = [
  { value: 'overdue', label: '已逾期' },
  { value: '3', label: '3日内到期' },
  { value: '7', label: '7日内到期' },
  { value: '30', label: '30日内到期' },
];

export function useRegionNames(): Map<string, string> {
  const regions = useAsync(() => must(api.GET('/regions')), []);
  return new Map((regions.data?.items ?? []).map((r) => [r.id, r.name]));
}

function caseQuery(q: URLSearchParams): CaseQuery {
  const query: CaseQuery = { limit: String(PAGE) };
  const region = q.get('region');
  const rung = q.get('rung');
  const status = q.get('status');
  const due = q.get('due');
  if (region) query.regionId = region;
  if (rung) query.rung = rung as CaseQuery['rung'];
  if (status) query.status = status as CaseQuery['status'];
  if (due === 'overdue') query.overdue = 'true';
  else if (due) query.dueBefore = new Date(Date.now() + Number(due) * 86_400_000).toISOString();
  return query;
}

/** Every case the filters select, newest first, page by page (keyset: `before` = the previous page's `next`). */
async function allCases(query: CaseQuery): Promise<{ items: CaseSummary[]; more: boolean }> {
  const items: CaseSummary[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await must(api.GET('/cases', { params: { query: { ...query, ...(before ? { before } : {}) } } }));
    items.push(...page.items);
    if (!page.next) {
      performance.mark('console:cases-fetched');
      return { items, more: false };
    }
    if (items.length >= CASE_LIST_CAP) return { items, more: true };
    before = page.next;
  }
}

export function CasesPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const key = query.toString();
  const cases = useAsync(() => allCases(caseQuery(query)), [key]);
  const regions = useAsync(() => must(api.GET('/regions')), []);
  const names = new Map((regions.data?.items ?? []).map((r) => [r.id, r.name]));
  const items = cases.data?.items ?? [];
  useEffect(() => {
    if (cases.data) performance.mark('console:cases-rendered');
  }, [cases.data]);
  const counts = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const c of items) counts[deadlineColour(c.deadline, c.status)]++;
  const { values, bind } = useFields({
    region: query.get('region') ?? '',
    rung: query.get('rung') ?? '',
    status: query.get('status') ?? '',
    due: query.get('due') ?? '',
  });
  const filter = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v) next.set(k, v);
    go(`#/cases${next.size ? `?${next}` : ''}`);
  };
  // aria-busy while the list loads (screen readers wait for it; so do the browser tests), and the filters it shows:
  // after 筛选 the address changes before the page does, so the old list is briefly still there.
  return (
    <section aria-busy={cases.loading ? 'true' : 'false'} data-query={key}>
      <div class="page-head">
        <h1 tabIndex={-1}>案件</h1>
        {mayOpenCases(me) && (
          <a class="button primary" href="#/cases/new">
            立案
          </a>
        )}
      </div>
      <form class="filters" onSubmit={filter} aria-label="筛选案件">
        <label>
          地区
          <select {...bind('region')}>
            <option value="">全部</option>
            {(regions.data?.items ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}（{r.id}）
              </option>
            ))}
          </select>
        </label>
        <label>
          督导措施
          <select {...bind('rung')}>
            <option value="">全部</option>
            {Object.entries(RUNG_NAMES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          状态
          <select {...bind('status')}>
            <option value="">全部</option>
            {['open', 'rectified', 'unrectified', 'withdrawn'].map((v) => (
              <option key={v} value={v}>
                {STATUS_NAMES[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          整改期限
          <select {...bind('due')}>
            <option value="">不限</option>
            {WINDOWS.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">筛选</button>
        <a href="#/cases">清除</a>
      </form>
      <ErrorBanner error={cases.error} />
      {cases.loading && !cases.data ? (
        <Loading what="案件" />
      ) : (
        <>
          <p class="summary" role="status" data-testid="case-count">
            共 {items.length} 件{cases.data?.more ? `（仅显示最近立案的 ${items.length} 件，请用筛选缩小范围）` : ''}：
            <span class="light red">
              <span class="dot" aria-hidden="true" />
              红灯 {counts.red}
            </span>
            <span class="light yellow">
              <span class="dot" aria-hidden="true" />
              黄灯 {counts.yellow}
            </span>
            <span class="light green">
              <span class="dot" aria-hidden="true" />
              绿灯 {counts.green}
            </span>
          </p>
          <CaseTable items={items} names={names} />
        </>
      )}
    </section>
  );
}

/** Rows shown at once: a screenful or two at 1366×768; the pager walks the rest without asking the API again. */
const ROWS = 100;

export function CaseTable({ items, names }: { items: CaseSummary[]; names: Map<string, string> }) {
  const [page, setPage] = useState(0);
  if (items.length === 0) return <p class="muted">没有符合条件的案件。</p>;
  const pages = Math.ceil(items.length / ROWS);
  const shown = items.slice(page * ROWS, (page + 1) * ROWS);
  const pager = pages > 1 && (
    <nav class="pager" aria-label="分页">
      <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
        上一页
      </button>
      <span data-testid="case-page">
        第 {page + 1} / {pages} 页（第 {page * ROWS + 1}–{page * ROWS + shown.length} 件）
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
  return (
    <>
      {pager}
      <table class="list cases" data-testid="case-table">
        <colgroup>
          <col class="w8" />
          <col class="w9" />
          <col />
          <col class="w8" />
          <col class="w6" />
          <col class="w10" />
          <col class="w7" />
          <col class="w11" />
          <col class="w11" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">期限</th>
            <th scope="col">案件编号</th>
            <th scope="col">督导对象</th>
            <th scope="col">所在地区</th>
            <th scope="col">督导措施</th>
            <th scope="col">阶段</th>
            <th scope="col">状态</th>
            <th scope="col">整改期限</th>
            <th scope="col">立案时间</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id} class={`row-${deadlineColour(c.deadline, c.status)}`}>
              <td>
                <DeadlineBadge deadline={c.deadline} status={c.status} />
              </td>
              <td>
                <a href={`#/cases/${encodeURIComponent(c.id)}`}>{c.id}</a>
              </td>
              <td>{c.subject.name}</td>
              <td>{names.get(c.subject.regionId) ?? c.subject.regionId}</td>
              <td>{label(RUNG_NAMES, c.rung)}</td>
              <td>{label(PHASE_NAMES, c.phase)}</td>
              <td>{label(STATUS_NAMES, c.status)}</td>
              <td>{when(c.deadline)}</td>
              <td>{when(c.openedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager}
    </>
  );
}
