/** 立案: an office (or, 必要时, a committee leader) opens a case against a unit or region in its jurisdiction. */
import { api, idempotencyKey, must, type Me, type paths } from '../client';
import { GROUND_NAMES, SEVERITY_NAMES } from '../labels';
import { go } from '../nav';
import { ActForm, isoFromLocal, Loading, text, useAsync } from '../ui';

type OpenBody = paths['/cases']['post']['requestBody']['content']['application/json'];

export function OpenCasePage({ me }: { me: Me }) {
  const units = useAsync(() => must(api.GET('/units')), []);
  const regions = useAsync(() => must(api.GET('/regions')), []);
  if (units.loading || regions.loading) return <Loading />;
  const subjects = [
    ...(units.data?.items ?? []).map((u) => ({ value: `unit:${u.id}`, label: `单位：${u.name}（${u.id}）` })),
    ...(regions.data?.items ?? [])
      .filter((r) => r.id !== me.regionId)
      .map((r) => ({ value: `region:${r.id}`, label: `地区：${r.name}（${r.id}）` })),
  ];
  return (
    <section>
      <h1 tabIndex={-1}>立案</h1>
      <p class="muted">依照第十四条至第十七条。情节决定起始督导措施；从重、从轻情节按本级政策调整，理由记入案卷。</p>
      <ActForm
        id="open-case"
        title="新的督导追究案件"
        submitLabel="立案"
        onCancel={() => go('#/cases')}
        onDone={(result) => go(`#/cases/${encodeURIComponent((result as { id: string }).id)}`)}
        fields={[
          { name: 'subject', label: '督导对象', kind: 'select', required: true, options: subjects },
          {
            name: 'grounds',
            label: '追究情形（第十四条）',
            kind: 'checkboxes',
            required: true,
            options: Object.entries(GROUND_NAMES).map(([value, l]) => ({ value, label: l })),
          },
          { name: 'facts', label: '事实', kind: 'textarea', required: true },
          {
            name: 'severity',
            label: '情节',
            kind: 'select',
            required: true,
            options: Object.entries(SEVERITY_NAMES).map(([value, l]) => ({ value, label: l })),
          },
          { name: 'deadline', label: '整改期限（可不填，按政策期限）', kind: 'datetime' },
        ]}
        onSubmit={(v) => {
          const [kind, ...id] = String(v.subject ?? '').split(':');
          return must(
            api.POST('/cases', {
              params: { header: { 'idempotency-key': idempotencyKey() } },
              body: {
                subject: v.subject ? { kind: kind as 'unit' | 'region', id: id.join(':') } : undefined,
                grounds: (v.grounds as string[]).map(Number),
                facts: text(v.facts),
                severity: text(v.severity),
                deadline: isoFromLocal(v.deadline),
              } as OpenBody,
            }),
          );
        }}
      />
    </section>
  );
}
