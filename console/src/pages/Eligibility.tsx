/**
 * 资格查询 (Art. 11, 15(3)(4)): may a unit, region or leader be commended, awarded or promoted on a date — and if not,
 * which bars stand in the way, until when, and by whose decision. For organisation departments above all.
 */
import { api, must, type Me, type paths } from '../client';
import { BAR_STATUS_NAMES, label, PURPOSE_NAMES, RUNG_NAMES, when } from '../labels';
import { go } from '../nav';
import { ErrorBanner, Loading, useAsync, useFields } from '../ui';

type Query = paths['/eligibility']['get']['parameters']['query'];
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function EligibilityPage({ query }: { me: Me; query: URLSearchParams }) {
  const q: Query | undefined = query.get('subjectId')
    ? {
        subjectKind: (query.get('subjectKind') ?? 'leader') as Query['subjectKind'],
        subjectId: query.get('subjectId')!,
        purpose: (query.get('purpose') ?? 'promotion') as Query['purpose'],
        date: query.get('date') || today(),
      }
    : undefined;
  const key = query.toString();
  const result = useAsync(
    () => (q ? must(api.GET('/eligibility', { params: { query: q } })) : Promise.resolve(undefined)),
    [key],
  );
  const leaders = useAsync(() => must(api.GET('/leaders')), []);
  const units = useAsync(() => must(api.GET('/units')), []);
  const regions = useAsync(() => must(api.GET('/regions')), []);
  const { values, bind } = useFields({
    subjectKind: q?.subjectKind ?? 'leader',
    subjectId: q?.subjectId ?? '',
    purpose: q?.purpose ?? 'promotion',
    date: q?.date ?? today(),
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v.trim()) next.set(k, v.trim());
    go(`#/eligibility?${next}`);
  };
  const r = result.data;
  return (
    <section>
      <h1 tabIndex={-1}>资格查询</h1>
      <p class="muted">
        查询单位、地区或领导干部在某日能否评先评优、授予荣誉称号或晋职晋级（第十五条第（三）、（四）项，第十一条）。
      </p>
      <form class="filters" onSubmit={submit} aria-label="资格查询条件">
        <label>
          对象类别
          <select {...bind('subjectKind')}>
            <option value="leader">领导干部</option>
            <option value="unit">单位</option>
            <option value="region">地区</option>
          </select>
        </label>
        <label>
          编号
          <input
            {...bind('subjectId')}
            onInput={bind('subjectId').onChange}
            list="eligibility-subjects"
            required
            autoComplete="off"
          />
        </label>
        <datalist id="eligibility-subjects">
          {[
            ...(leaders.data?.items ?? []).map((l) => [l.id, `领导：${l.name}`]),
            ...(units.data?.items ?? []).map((u) => [u.id, `单位：${u.name}`]),
            ...(regions.data?.items ?? []).map((x) => [x.id, `地区：${x.name}`]),
          ].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </datalist>
        <label>
          事项
          <select {...bind('purpose')}>
            {Object.entries(PURPOSE_NAMES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          日期
          <input type="date" {...bind('date')} />
        </label>
        <button type="submit" class="primary">
          查询
        </button>
      </form>
      <ErrorBanner error={result.error} />
      {result.loading && q && <Loading />}
      {r && (
        <div class={r.eligible ? 'banner ok' : 'banner error'} role="status" data-testid="eligibility-result">
          <strong>
            {r.subject.name}：{r.date} {r.eligible ? '可以' : '不得'}
            {label(PURPOSE_NAMES, r.purpose)}
          </strong>
          {r.barredUntil && <div>限制至 {r.barredUntil}</div>}
        </div>
      )}
      {r && r.bars.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">对象</th>
              <th scope="col">案件</th>
              <th scope="col">措施</th>
              <th scope="col">决定文号</th>
              <th scope="col">限制事项</th>
              <th scope="col">期间</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {r.bars.map((b) => (
              <tr key={b.id}>
                <td>{b.subject.name}</td>
                <td>
                  <a href={`#/cases/${encodeURIComponent(b.caseId)}`}>{b.caseId}</a>
                </td>
                <td>{label(RUNG_NAMES, b.rung)}</td>
                <td>{b.decisionDocumentNo ?? '—'}</td>
                <td>{b.scopes.map((s) => label(PURPOSE_NAMES, s)).join('、')}</td>
                <td>
                  {when(b.startsAt)} 至 {b.lastDay}
                </td>
                <td>{label(BAR_STATUS_NAMES, b.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
