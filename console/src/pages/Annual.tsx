/**
 * 年度工作 (Art. 7–13): the year's cycle board — its stage, the pledges signed and unsigned, the work reports owed or
 * missing, the assessment results — and, for who may, signing a pledge and filing a work report.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, must, type Me } from '../client';
import { label, PLEDGE_STATUS_NAMES, STAGE_NAMES, when, WORK_REPORT_STATUS_NAMES } from '../labels';
import { go } from '../nav';
import { ActForm, ErrorBanner, Loading, text, useAsync } from '../ui';

const beijingYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/** A list the year may not have yet: a 404 (no cycle) reads as empty. */
async function orNone<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
}

export function AnnualPage({ me, query }: { me: Me; query: URLSearchParams }) {
  const year = query.get('year') ?? String(beijingYear());
  const path = { year };
  const board = useAsync(
    () =>
      Promise.all([
        orNone(must(api.GET('/annual-cycles/{year}', { params: { path } }))),
        orNone(must(api.GET('/annual-cycles/{year}/pledges', { params: { path } }))),
        orNone(must(api.GET('/annual-cycles/{year}/work-reports', { params: { path } }))),
        orNone(must(api.GET('/annual-cycles/{year}/results', { params: { path } }))),
      ]),
    [year],
  );
  const [signing, setSigning] = useState<{ id: string; version: number } | null>(null);
  const [filing, setFiling] = useState<{ kind: 'unit' | 'committee'; id: string } | null>(null);
  const [cycle, pledges, reports, results] = board.data ?? [];
  const signed = (pledges?.items ?? []).filter((p) => p.status === 'signed');
  const unsigned = (pledges?.items ?? []).filter((p) => p.status !== 'signed');
  const missing = (reports?.items ?? []).filter((r) => r.status === 'missing');
  const maySign = me.role === 'unit-liaison' || me.role === 'office-operator' || me.role === 'admin';
  return (
    <section>
      <div class="page-head">
        <h1 tabIndex={-1}>年度工作</h1>
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            go(`#/annual?year=${new FormData(e.currentTarget).get('year')}`);
          }}
        >
          <label>
            年度
            <input name="year" type="number" min={2000} max={2100} defaultValue={year} key={year} />
          </label>
          <button type="submit">查看</button>
        </form>
      </div>
      <ErrorBanner error={board.error} stale={!!board.data} />
      {board.loading && !board.data ? (
        <Loading />
      ) : !cycle ? (
        <p class="muted">{year}年度的工作周期尚未启动。</p>
      ) : (
        <>
          <dl class="facts" data-testid="annual-stage">
            <dt>当前阶段</dt>
            <dd>{label(STAGE_NAMES, cycle.stage)}</dd>
            <dt>本阶段截止</dt>
            <dd>{when(cycle.stageUntil)}</dd>
            <dt>责任书</dt>
            <dd>
              已签订 {signed.length}，未签订 {unsigned.length}
            </dd>
            <dt>述职报告</dt>
            <dd>
              共 {(reports?.items ?? []).length}，逾期未报 {missing.length}
            </dd>
          </dl>
          <h2>责任书（第七条）</h2>
          <table class="list">
            <thead>
              <tr>
                <th scope="col">签订方</th>
                <th scope="col">稿次</th>
                <th scope="col">状态</th>
                <th scope="col">签订期限</th>
                <th scope="col">签订</th>
              </tr>
            </thead>
            <tbody>
              {(pledges?.items ?? []).map((p) => (
                <tr key={p.id}>
                  <td>{p.party.name}</td>
                  <td>第{p.version}稿</td>
                  <td>{label(PLEDGE_STATUS_NAMES, p.status)}</td>
                  <td>{when(p.deadline)}</td>
                  <td>
                    {p.signedAt ? (
                      `${when(p.signedAt)} ${p.signedBy ?? ''}`
                    ) : maySign && (p.status === 'awaiting-signature' || p.status === 'overdue') ? (
                      <button type="button" onClick={() => setSigning({ id: p.id, version: p.version })}>
                        签订
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {signing && (
            <ActForm
              id="sign-pledge"
              title="签订责任书"
              submitLabel="签订"
              fields={[{ name: 'signatory', label: '签订人', required: true }]}
              onCancel={() => setSigning(null)}
              onDone={() => {
                setSigning(null);
                board.reload();
              }}
              onSubmit={(v) =>
                must(
                  api.POST('/pledges/{id}/signature', {
                    params: { path: { id: signing.id } },
                    body: { version: signing.version, signatory: text(v.signatory) as string },
                  }),
                )
              }
            />
          )}
          <h2>述职报告（第八条）</h2>
          <table class="list">
            <thead>
              <tr>
                <th scope="col">报告方</th>
                <th scope="col">状态</th>
                <th scope="col">期限</th>
                <th scope="col">报送</th>
              </tr>
            </thead>
            <tbody>
              {(reports?.items ?? []).map((r) => (
                <tr key={`${r.party.kind}:${r.party.id}`}>
                  <td>{r.party.name}</td>
                  <td>{label(WORK_REPORT_STATUS_NAMES, r.status)}</td>
                  <td>{when(r.deadline)}</td>
                  <td>
                    {r.filedAt ? (
                      when(r.filedAt)
                    ) : maySign && r.status === 'due' ? (
                      <button
                        type="button"
                        onClick={() => setFiling({ kind: r.party.kind as 'unit' | 'committee', id: r.party.id })}
                      >
                        报送
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {filing && (
            <ActForm
              id="file-report"
              title="报送述职报告"
              submitLabel="报送"
              fields={[
                { name: 'summary', label: '工作总结', kind: 'textarea', required: true },
                { name: 'nextYearPlan', label: '下一年度工作计划', kind: 'textarea', required: true },
              ]}
              onCancel={() => setFiling(null)}
              onDone={() => {
                setFiling(null);
                board.reload();
              }}
              onSubmit={(v) =>
                must(
                  api.POST('/annual-cycles/{year}/work-reports', {
                    params: { path },
                    body: {
                      partyKind: filing.kind,
                      partyId: filing.id,
                      summary: text(v.summary) as string,
                      nextYearPlan: text(v.nextYearPlan) as string,
                    },
                  }),
                )
              }
            />
          )}
          <h2>考核结果（第十条、第十一条）</h2>
          <table class="list">
            <thead>
              <tr>
                <th scope="col">考核对象</th>
                <th scope="col">总分</th>
                <th scope="col">等次</th>
                <th scope="col">说明</th>
                <th scope="col">案件</th>
              </tr>
            </thead>
            <tbody>
              {(results?.items ?? []).map((r) => (
                <tr key={`${r.subject.kind}:${r.subject.id}`}>
                  <td>{r.subject.name}</td>
                  <td>{r.total ?? '待评分'}</td>
                  <td>{r.gradeName ?? '—'}</td>
                  <td>{r.reason ?? ''}</td>
                  <td>{r.caseId ? <a href={`#/cases/${encodeURIComponent(r.caseId)}`}>{r.caseId}</a> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
