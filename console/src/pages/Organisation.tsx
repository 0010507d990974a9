/** 组织机构: the regions the token sees, a region's units, a unit's leaders, and a leader's roles over time. */
import { api, must, type Me } from '../client';
import { label, LEVEL_NAMES, UNIT_KIND_NAMES } from '../labels';
import { ErrorBanner, Loading, useAsync } from '../ui';

const ROLE_WORDS: Record<string, string> = {
  principal: '主要负责同志',
  'in-charge': '分管社会治安综合治理工作的负责同志',
  supervising: '主管领导',
  member: '领导班子成员',
  'office-director': '综治办主任',
  'committee-director': '综治委主任',
  'committee-deputy-director': '综治委副主任',
};

export function OrganisationPage({ query }: { me: Me; query: URLSearchParams }) {
  const regionId = query.get('region');
  const unitId = query.get('unit');
  const leaderId = query.get('leader');
  const regions = useAsync(() => must(api.GET('/regions')), []);
  const units = useAsync(
    () => (regionId ? must(api.GET('/units', { params: { query: { regionId } } })) : Promise.resolve(undefined)),
    [regionId],
  );
  const leaders = useAsync(
    () => (unitId ? must(api.GET('/leaders', { params: { query: { unitId } } })) : Promise.resolve(undefined)),
    [unitId],
  );
  const leader = useAsync(
    () =>
      leaderId ? must(api.GET('/leaders/{id}', { params: { path: { id: leaderId } } })) : Promise.resolve(undefined),
    [leaderId],
  );
  const all = regions.data?.items ?? [];
  const children = (parent: string | null) => all.filter((r) => r.parentId === parent);
  const roots = all.filter((r) => !r.parentId || !all.some((x) => x.id === r.parentId));
  const href = (p: Record<string, string>) => `#/organisation?${new URLSearchParams(p)}`;
  const tree = (r: (typeof all)[number]) => (
    <li key={r.id}>
      <a href={href({ region: r.id })} aria-current={r.id === regionId ? 'true' : undefined}>
        {r.name}
      </a>
      <span class="muted">
        {' '}
        {label(LEVEL_NAMES, r.level)} {r.id}
        {r.drillRegion ? ' · 演练地区' : ''}
      </span>
      {children(r.id).length > 0 && <ul>{children(r.id).map(tree)}</ul>}
    </li>
  );
  const region = all.find((r) => r.id === regionId);
  return (
    <section>
      <h1 tabIndex={-1}>组织机构</h1>
      <ErrorBanner error={regions.error ?? units.error ?? leaders.error ?? leader.error} />
      <div class="columns">
        <nav aria-label="地区" class="tree">
          <h2>地区</h2>
          {regions.loading ? <Loading /> : <ul>{roots.map(tree)}</ul>}
        </nav>
        <div>
          {region && (
            <>
              <h2>{region.name}</h2>
              <p class="muted">
                {region.committeeName ?? ''} {region.officeName ?? ''}
              </p>
              <h3>单位</h3>
              {units.loading ? (
                <Loading />
              ) : (
                <table class="list">
                  <thead>
                    <tr>
                      <th scope="col">单位</th>
                      <th scope="col">类别</th>
                      <th scope="col">综治委成员单位</th>
                      <th scope="col">派驻</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(units.data?.items ?? []).map((u) => (
                      <tr key={u.id}>
                        <td>
                          <a href={href({ region: regionId!, unit: u.id })}>{u.name}</a>
                        </td>
                        <td>{label(UNIT_KIND_NAMES, u.kind)}</td>
                        <td>{u.memberOfCommittee ? '是' : '否'}</td>
                        <td>{u.stationedBy ? `是（主管单位：${u.supervisingUnitName ?? '—'}）` : '否'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
          {unitId && (
            <>
              <h3>领导干部</h3>
              <ul>
                {(leaders.data?.items ?? []).map((l) => (
                  <li key={l.id}>
                    <a href={href({ region: regionId ?? '', unit: unitId, leader: l.id })}>
                      {l.name}（{l.id}）
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {leader.data && (
            <>
              <h3>{leader.data.name} 的任职</h3>
              <table class="list">
                <thead>
                  <tr>
                    <th scope="col">职务</th>
                    <th scope="col">单位或地区</th>
                    <th scope="col">自</th>
                    <th scope="col">至</th>
                  </tr>
                </thead>
                <tbody>
                  {leader.data.roles.map((r) => (
                    <tr key={r.id}>
                      <td>
                        {label(ROLE_WORDS, r.role)}
                        {r.title ? `（${r.title}）` : ''}
                      </td>
                      <td>{r.unitId ?? r.regionId}</td>
                      <td>{r.startsOn}</td>
                      <td>{r.endsOn ?? '至今'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
