/**
 * Input hygiene, declared once for every route (issue 10): no text that reaches a route may carry a NUL or another
 * control character, a lone surrogate, or bytes that are not UTF-8. PostgreSQL refuses NUL in text and jsonb
 * (SQLSTATE 22021 / 22P05), so such a character accepted at the edge would fail later, inside a workflow's activity,
 * where the legal clock is waiting. Newline, carriage return and tab are allowed in body text (facts, minutes and
 * reasons are written on office PCs, with CRLF), never in a path, a query or a key.
 */
import { ProblemError } from './problem';

/** C0 controls (less tab, LF, CR), DEL and the C1 controls: what long body text may not contain. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Every control character: what a path or query parameter, a header or an object key may not contain. */
const CONTROL_ANYWHERE = /[\u0000-\u001F\u007F-\u009F]/u;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (matched per code unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextIssue {
  in: 'path' | 'query' | 'body' | 'header';
  path: string;
  message: string;
  code: 'invalid_text';
}

function describeChar(s: string, re: RegExp): string {
  const m = re.exec(s);
  const cp = m ? m[0].codePointAt(0)! : 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a string is not acceptable text, or undefined when it is. */
export function textProblem(value: string, multiline: boolean): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode text)';
  const re = multiline ? CONTROL_IN_TEXT : CONTROL_ANYWHERE;
  if (re.test(value)) {
    return multiline
      ? `contains the control character ${describeChar(value, re)}; only tab and line breaks are allowed in text`
      : `contains the control character ${describeChar(value, re)}, which is not allowed here`;
  }
  return undefined;
}

/**
 * Every string in `value` (and every key of its objects) checked; the issues name the field as `where.a.0.b`.
 * Body values may be multi-line; keys and everything outside the body may not.
 */
export function findTextIssues(value: unknown, where: TextIssue['in']): TextIssue[] {
  const issues: TextIssue[] = [];
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (issues.length >= 20) return;
    if (typeof v === 'string') {
      const problem = textProblem(v, where === 'body');
      if (problem) issues.push({ in: where, path: path.join('.'), message: problem, code: 'invalid_text' });
      return;
    }
    // JSON nesting is bounded by the body limit; the depth bound keeps a hostile body from exhausting the stack.
    if (depth > 64) {
      issues.push({ in: where, path: path.join('.'), message: 'nested too deeply', code: 'invalid_text' });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const problem = textProblem(k, false);
        if (problem)
          issues.push({ in: where, path: [...path, k].join('.'), message: `the key ${problem}`, code: 'invalid_text' });
        else walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return issues;
}

/** Throws 422 naming every offending field. */
export function requireCleanText(value: unknown, where: TextIssue['in']): void {
  const issues = findTextIssues(value, where);
  if (issues.length === 0) return;
  throw new ProblemError(
    'validation-failed',
    issues.map((i) => `${i.in}${i.path ? '.' + i.path : ''}: ${i.message}`).join('; '),
    { errors: issues },
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Percent-decodes a URL component to bytes and decodes them as strict UTF-8; undefined when they are not UTF-8. */
export function decodeUrlComponentStrict(component: string, plusIsSpace: boolean): string | undefined {
  // Without a percent sign there are no bytes to decode: the component is its own characters (the common case, and
  // every request passes here).
  if (!component.includes('%')) return plusIsSpace ? component.replaceAll('+', ' ') : component;
  const bytes: number[] = [];
  for (let i = 0; i < component.length; i++) {
    const c = component[i]!;
    if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(component.slice(i + 1, i + 3))) {
      bytes.push(parseInt(component.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '+' && plusIsSpace) {
      bytes.push(0x20);
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The raw request target checked before Express decodes it: Express and the query parser would silently turn
 * bytes that are not UTF-8 into U+FFFD, so a malformed name would be stored mangled instead of refused.
 */
export function requireUtf8Url(originalUrl: string): void {
  const q = originalUrl.indexOf('?');
  const pathPart = q === -1 ? originalUrl : originalUrl.slice(0, q);
  const query = q === -1 ? '' : originalUrl.slice(q + 1);
  const issues: TextIssue[] = [];
  if (decodeUrlComponentStrict(pathPart, false) === undefined)
    issues.push({ in: 'path', path: '', message: 'is not valid percent-encoded UTF-8', code: 'invalid_text' });
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    const name = decodeUrlComponentStrict(rawName, true);
    const value = decodeUrlComponentStrict(eq === -1 ? '' : pair.slice(eq + 1), true);
    if (name === undefined || value === undefined)
      issues.push({
        in: 'query',
        path: name ?? rawName.replace(/[^A-Za-z0-9._-]/g, '?'),
        message: 'is not valid percent-encoded UTF-8',
        code: 'invalid_text',
      });
  }
  if (issues.length)
    throw new ProblemError(
      'validation-failed',
      issues.map((i) => `${i.in}${i.path ? '.' + i.path : ''}: ${i.message}`).join('; '),
      { errors: issues },
    );
}

/** For `express.json({ verify })`: a body whose bytes are not UTF-8 is refused before it is parsed. */
export function requireUtf8Body(buf: Buffer): void {
  try {
    strictUtf8.decode(buf);
  } catch {
    throw new ProblemError('validation-failed', 'body: is not valid UTF-8', {
      errors: [{ in: 'body', path: '', message: 'is not valid UTF-8', code: 'invalid_text' }],
    });
  }
}
