/**
 * RFC 9457 problem details. Every error the API answers is one of these, with a stable `type` a client can
 * branch on and a `detail` a person can act on.
 */

/** The stable problem types, with the title each carries. `type` is `/problems/<slug>`. */
export const PROBLEM_TYPES = {
  'validation-failed': { status: 422, title: 'The request does not satisfy the schema' },
  'malformed-request': { status: 400, title: 'The request could not be read' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  unauthenticated: { status: 401, title: 'A valid bearer token is required' },
  forbidden: { status: 403, title: 'Not allowed for this token' },
  'not-found': { status: 404, title: 'No such resource' },
  'method-not-allowed': { status: 405, title: 'Method not allowed on this resource' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  barred: { status: 422, title: 'Barred by a listing or a one-vote veto (Art. 15(3)(4))' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'dependency-unavailable': { status: 503, title: 'A service the system depends on is not answering' },
  'internal-error': { status: 500, title: 'Internal error' },
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
}

/** Thrown by routes and middleware; the error handler turns it into `application/problem+json`. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly status: number = PROBLEM_TYPES[slug].status,
    /** Response headers that belong with the problem (Retry-After, Allow, RateLimit). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  toBody(instance?: string, requestId?: string): ProblemBody {
    return {
      type: `/problems/${this.slug}`,
      title: PROBLEM_TYPES[this.slug].title,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(requestId ? { requestId } : {}),
      ...this.extensions,
    };
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
