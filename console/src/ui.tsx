/** Small building blocks every page uses: loading data, showing a refusal, forms whose errors come from the API. */
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type FieldError } from './client';

export interface Async<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` now and whenever `deps` change; `reload` runs it again. A reload that fails keeps what was shown, beside
 * the error: an official who presses 刷新 during a short outage keeps the page and its 刷新 button. A load for other
 * `deps` that fails shows nothing of the old ones (another region's units are not this region's).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const loadedFor = useRef<unknown[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const before = loadedFor.current;
    const reload =
      before !== undefined && before.length === deps.length && deps.every((d, i) => Object.is(d, before[i]));
    loadedFor.current = deps;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState((s) => ({ data: reload ? s.data : undefined, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { data: state.data, error: state.error, loading: state.loading, reload: () => setTick((t) => t + 1) };
}

/**
 * A refusal or failure, in Chinese, with the API's detail for whoever needs to look further. `stale`: a reload failed
 * and the page still shows what it loaded before — said, so nobody takes it for the current state.
 */
export function ErrorBanner({ error, stale = false }: { error: unknown; stale?: boolean }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : undefined;
  return (
    <div class="banner error" role="alert">
      <strong>{api ? `${api.message}（${api.status}）` : '无法连接到系统，请检查网络后重试'}</strong>
      {stale && <div data-testid="stale">刷新未成功，以下仍是此前加载的内容。</div>}
      {api?.problem.detail && <div class="detail">说明：{api.problem.detail}</div>}
    </div>
  );
}

export function Loading({ what }: { what?: string }) {
  return (
    <p class="muted" role="status">
      正在加载{what ?? ''}……
    </p>
  );
}

const CODE_WORDS: Record<string, string> = {
  too_small: '不能为空或过短',
  too_big: '过长或超出范围',
  invalid_type: '缺少此项或类型不对',
  invalid_format: '格式不正确',
  invalid_string: '格式不正确',
  invalid_value: '不是可选的值',
  invalid_enum_value: '不是可选的值',
  unrecognized_keys: '包含无法识别的项',
};

/**
 * The field errors of a problem: its `errors[]` (schema checks), and the `body.<field>: …` parts of its detail (the
 * checks a handler makes, e.g. who may hold a talk). Keyed by the top-level field of the body.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  const add = (field: string, text: string) => {
    out[field] = out[field] ? `${out[field]}；${text}` : text;
  };
  for (const e of error.problem.errors ?? ([] as FieldError[])) {
    if (e.in !== 'body') continue;
    const field = e.path.split('.')[0] || '_';
    const word = e.code ? CODE_WORDS[e.code] : undefined;
    add(field, word ? `${word}（${e.message}）` : e.message);
  }
  if (!error.problem.errors?.length && error.problem.detail) {
    for (const part of error.problem.detail.split(/;\s+/)) {
      const m = /^body\.([A-Za-z]+)[^:]*:\s*(.*)$/.exec(part);
      if (m) add(m[1]!, m[2]!);
    }
  }
  return out;
}

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'datetime' | 'date' | 'number' | 'checkboxes' | 'password';
  options?: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  initial?: string | string[];
  list?: string;
}
export type FormValues = Record<string, string | string[]>;

/**
 * A form for one act: native controls (usable with the keyboard alone), submitted once per click with its own
 * Idempotency-Key by the caller; the API's refusal shown on the fields it names and as a banner.
 */
export function ActForm(props: {
  id: string;
  title: string;
  fields: FieldSpec[];
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<unknown>;
  onDone?: (result: unknown) => void;
  onCancel?: () => void;
  children?: ComponentChildren;
}) {
  const initial = useCallback(
    () => Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? (f.kind === 'checkboxes' ? [] : '')])),
    [props.fields],
  );
  const [values, setValues] = useState<FormValues>(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  const errs = fieldErrors(error);
  const set = (name: string, v: string | string[]) => setValues((old) => ({ ...old, [name]: v }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await props.onSubmit(values);
      props.onDone?.(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="act-form" id={props.id} ref={first} onSubmit={submit} aria-labelledby={`${props.id}-title`} noValidate>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      {props.children}
      {props.fields.map((f) => (
        <Field key={f.name} spec={f} formId={props.id} value={values[f.name]!} error={errs[f.name]} onChange={set} />
      ))}
      <ErrorBanner error={error} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? '正在提交……' : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            取消
          </button>
        )}
      </div>
    </form>
  );
}

function Field(props: {
  spec: FieldSpec;
  formId: string;
  value: string | string[];
  error: string | undefined;
  onChange: (name: string, v: string | string[]) => void;
}) {
  const { spec: f, formId, value, error } = props;
  const id = `${formId}-${f.name}`;
  const describedBy = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: f.name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    required: f.required,
  };
  const onInput = (e: Event) => props.onChange(f.name, (e.currentTarget as HTMLInputElement).value);
  // The input's type varies with the field; preact types each type's attributes apart, so name one for the compiler.
  const inputType = (
    f.kind === 'datetime'
      ? 'datetime-local'
      : f.kind === 'date' || f.kind === 'number' || f.kind === 'password'
        ? f.kind
        : 'text'
  ) as 'text';
  let control: JSX.Element;
  switch (f.kind) {
    case 'textarea':
      control = <textarea {...common} rows={4} value={value as string} onInput={onInput} />;
      break;
    case 'select':
      control = (
        <select {...common} value={value as string} onChange={onInput}>
          <option value="">（请选择）</option>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'checkboxes':
      return (
        <fieldset class={error ? 'field invalid' : 'field'} aria-describedby={describedBy}>
          <legend>
            {f.label}
            {f.required && <span class="req">（必填）</span>}
          </legend>
          {f.options?.map((o) => {
            const chosen = (value as string[]).includes(o.value);
            return (
              <label key={o.value} class="check">
                <input
                  type="checkbox"
                  name={f.name}
                  value={o.value}
                  checked={chosen}
                  onChange={() =>
                    props.onChange(
                      f.name,
                      chosen ? (value as string[]).filter((v) => v !== o.value) : [...(value as string[]), o.value],
                    )
                  }
                />
                {o.label}
              </label>
            );
          })}
          {f.hint && (
            <div class="hint" id={`${id}-hint`}>
              {f.hint}
            </div>
          )}
          {error && (
            <div class="field-error" id={`${id}-error`}>
              {error}
            </div>
          )}
        </fieldset>
      );
    default:
      control = (
        <input
          {...common}
          type={inputType}
          step={f.kind === 'datetime' ? 1 : undefined}
          list={f.list}
          value={value as string}
          onInput={onInput}
          autoComplete="off"
        />
      );
  }
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        {f.label}
        {f.required && <span class="req">（必填）</span>}
      </label>
      {control}
      {f.hint && (
        <div class="hint" id={`${id}-hint`}>
          {f.hint}
        </div>
      )}
      {error && (
        <div class="field-error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** A local date-time input's value (Beijing time as the office's PC shows it) as an ISO instant; '' as undefined. */
export const isoFromLocal = (v: string | string[] | undefined): string | undefined =>
  typeof v === 'string' && v ? new Date(v).toISOString() : undefined;

/** Text from a form value; blank as undefined, so the API names a missing field rather than an empty one. */
export const text = (v: string | string[] | undefined): string | undefined =>
  typeof v === 'string' && v.trim() ? v : undefined;

/** The traffic light offices use for time left: red overdue, yellow within 7 days, green beyond. */
export function deadlineColour(
  deadline: string | null,
  status: string,
  now = Date.now(),
): 'red' | 'yellow' | 'green' | 'none' {
  if (!deadline || status !== 'open') return 'none';
  const left = new Date(deadline).getTime() - now;
  if (left <= 0) return 'red';
  if (left <= 7 * 86_400_000) return 'yellow';
  return 'green';
}

const COLOUR_WORDS = { red: '红灯：已逾期', yellow: '黄灯：7日内到期', green: '绿灯：期限充裕', none: '无期限' };

/** Time left in words, with its colour. */
export function DeadlineBadge({ deadline, status }: { deadline: string | null; status: string }) {
  const colour = deadlineColour(deadline, status);
  if (colour === 'none') return <span class="light none">—</span>;
  const left = new Date(deadline!).getTime() - Date.now();
  const abs = Math.abs(left);
  const span =
    abs >= 86_400_000
      ? `${Math.floor(abs / 86_400_000)}天`
      : abs >= 3_600_000
        ? `${Math.floor(abs / 3_600_000)}小时`
        : abs >= 60_000
          ? `${Math.floor(abs / 60_000)}分钟`
          : `${Math.floor(abs / 1000)}秒`;
  return (
    <span class={`light ${colour}`} title={COLOUR_WORDS[colour]}>
      <span class="dot" aria-hidden="true" />
      {left <= 0 ? `逾期${span}` : `剩${span}`}
      <span class="sr-only">（{COLOUR_WORDS[colour]}）</span>
    </span>
  );
}

/** The values of a small filter form, held in state: `bind(name)` gives a control its name, value and handler. */
export function useFields(initial: Record<string, string>) {
  const [values, setValues] = useState(initial);
  const bind = (name: string) => ({
    name,
    value: values[name] ?? '',
    onChange: (e: Event) => {
      const v = (e.currentTarget as HTMLSelectElement | HTMLInputElement).value;
      setValues((old) => ({ ...old, [name]: v }));
    },
  });
  return { values, bind };
}
