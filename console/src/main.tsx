/**
 * The operator console (issue 15): sign in with a token an admin issued, then the pages of the role's work. Routing is
 * by the URL's hash (#/cases/…), so the API serves one page and every view has an address to bookmark or send.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, must, onUnauthorised, token, type Me } from './client';
import { ROLE_NAMES } from './labels';
import { AnnualPage } from './pages/Annual';
import { CasePage } from './pages/Case';
import { CasesPage } from './pages/Cases';
import { EligibilityPage } from './pages/Eligibility';
import { OpenCasePage } from './pages/OpenCase';
import { OrganisationPage } from './pages/Organisation';
import { WorkPage } from './pages/Work';
import { ErrorBanner } from './ui';
import { go, useRoute } from './nav';

function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    token.set(secret.trim());
    try {
      onSignedIn(await must(api.GET('/me')));
    } catch (err) {
      token.clear();
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="signin" id="main">
      <h1>社会治安综合治理领导责任制 · 督导工作台</h1>
      <form onSubmit={submit} class="act-form" aria-labelledby="signin-title">
        <h2 id="signin-title">登录</h2>
        <p class="muted">请粘贴系统管理员为您签发的令牌。令牌只保存在本浏览器窗口的会话中，关闭浏览器即失效。</p>
        <div class="field">
          <label for="token">令牌</label>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            value={secret}
            onInput={(e) => setSecret(e.currentTarget.value)}
            required
            autoFocus
          />
        </div>
        <ErrorBanner error={error} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || !secret.trim()}>
            {busy ? '正在验证……' : '登录'}
          </button>
        </div>
      </form>
    </main>
  );
}

const NAV: { hash: string; label: string; key: string; show?: (me: Me) => boolean }[] = [
  { hash: '#/work', label: '待办', key: 'work' },
  { hash: '#/cases', label: '案件', key: 'cases' },
  { hash: '#/eligibility', label: '资格查询', key: 'eligibility' },
  { hash: '#/annual', label: '年度工作', key: 'annual' },
  { hash: '#/organisation', label: '组织机构', key: 'organisation' },
];

function Shell({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const route = useRoute();
  const section = route.path[0] ?? 'work';
  const main = useRef<HTMLElement>(null);
  // After each navigation the page's heading takes the focus, so a keyboard or screen-reader user starts there.
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.path.join('/')]);
  let page;
  if (section === 'cases' && route.path[1] === 'new') page = <OpenCasePage me={me} />;
  else if (section === 'cases' && route.path[1]) page = <CasePage key={route.path[1]} me={me} id={route.path[1]} />;
  else if (section === 'cases') page = <CasesPage key={route.query.toString()} me={me} query={route.query} />;
  else if (section === 'eligibility')
    page = <EligibilityPage key={route.query.toString()} me={me} query={route.query} />;
  else if (section === 'annual') page = <AnnualPage me={me} query={route.query} />;
  else if (section === 'organisation') page = <OrganisationPage me={me} query={route.query} />;
  else page = <WorkPage me={me} />;
  const scope = me.unitId ? `单位 ${me.unitId}` : me.regionId ? `地区 ${me.regionId}` : '全省';
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.querySelector('h1')?.focus())}>
        跳到正文
      </a>
      <header class="top">
        <div class="brand">综治领导责任制 · 督导工作台</div>
        <nav aria-label="主导航">
          {NAV.filter((n) => n.show?.(me) ?? true).map((n) => (
            <a key={n.key} href={n.hash} aria-current={section === n.key ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <div class="who">
          <span data-testid="who">
            {me.name}（{ROLE_NAMES[me.role] ?? me.role}，{scope}）
          </span>
          <button type="button" onClick={onSignOut}>
            退出
          </button>
        </div>
      </header>
      <main id="main" ref={main}>
        {page}
      </main>
    </>
  );
}

function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(token.get() !== null);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!token.get()) return;
    must(api.GET('/me'))
      .then(setMe, (err: unknown) => {
        if (err instanceof ApiError && err.status === 401) token.clear();
        else setError(err);
      })
      .finally(() => setChecking(false));
  }, []);
  useEffect(() => {
    const out = () => {
      token.clear();
      setMe(null);
    };
    onUnauthorised.addEventListener('unauthorised', out);
    return () => onUnauthorised.removeEventListener('unauthorised', out);
  }, []);
  if (checking) return <p class="muted">正在验证令牌……</p>;
  if (error) return <ErrorBanner error={error} />;
  if (!me) return <SignIn onSignedIn={setMe} />;
  return (
    <Shell
      me={me}
      onSignOut={() => {
        token.clear();
        setMe(null);
        go('#/work');
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
