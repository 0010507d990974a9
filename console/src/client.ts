/**
 * The console's one way to the API: openapi-fetch typed by the API's own OpenAPI document (api.d.ts, generated from
 * the routes), on the same origin, with the token pasted at sign-in. The token lives in sessionStorage: it is gone
 * when the browser session ends, and no other site can read it.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api';

export type { components, paths };
export type Me = paths['/me']['get']['responses'][200]['content']['application/json'];
export type CaseDetail = paths['/cases/{id}']['get']['responses'][200]['content']['application/json'];
export type CaseSummary = paths['/cases']['get']['responses'][200]['content']['application/json']['items'][number];

const TOKEN_KEY = 'console.token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (secret: string): void => sessionStorage.setItem(TOKEN_KEY, secret),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

const bearer: Middleware = {
  onRequest({ request }) {
    const secret = token.get();
    if (secret) request.headers.set('Authorization', `Bearer ${secret}`);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin });
api.use(bearer);

/** One field's error as the API names it in problem+json (`errors[]`). */
export interface FieldError {
  in: string;
  path: string;
  message: string;
  code?: string;
}
/** RFC 9457 problem JSON as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

const STATUS_WORDS: Record<number, string> = {
  400: '请求格式有误',
  401: '令牌无效、已过期或已撤销，请重新登录',
  403: '无权进行此操作，或不在本令牌的管辖范围内',
  404: '未找到',
  409: '与当前状态不符，操作未执行',
  413: '内容过长',
  415: '内容类型不受支持',
  422: '填写的内容未通过校验',
  429: '请求过于频繁，请稍后再试',
  503: '系统依赖的服务暂时无法响应，请稍后重试',
};

/** A refused request, in Chinese for the operator, with the API's own words kept as the detail. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(STATUS_WORDS[problem.status] ?? `请求失败（${problem.status}）`);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Fired when the API says the token is no good: the app signs out. */
export const onUnauthorised = new EventTarget();

/** The data of an answer, or an {@link ApiError} carrying its problem JSON. */
export async function must<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok) return data as T;
  const body = (error && typeof error === 'object' ? error : {}) as Partial<Problem>;
  if (response.status === 401) onUnauthorised.dispatchEvent(new Event('unauthorised'));
  throw new ApiError({ ...body, status: response.status });
}

/** A fresh Idempotency-Key for one submission of a form: a double click acts once. */
export const idempotencyKey = (): string => `console-${crypto.randomUUID()}`;
