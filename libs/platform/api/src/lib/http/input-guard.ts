import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { ErrorCode } from '@lms/shared/contracts';

/** Deeper JSON than any request of the API needs; validators recurse and must not overflow. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Keys that would shadow Object.prototype members once a body becomes a class instance. */
const FORBIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * Why a value cannot be stored or validated safely, naming where it is; null when it is fine.
 * PostgreSQL refuses NUL characters in text and lone UTF-16 surrogates in jsonb; deep nesting
 * overflows the validators' recursion; prototype-named keys confuse the whitelist.
 */
export function inputProblem(value: unknown, root: string): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: root, depth: 0 },
  ];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { value: v, path, depth } = item;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return `${path} must not contain NUL characters`;
      if (LONE_SURROGATE.test(v))
        return `${path} must be valid Unicode text (it has a lone surrogate)`;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH)
      return `${path} is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`;
    if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push({ value: child, path: `${path}.${i}`, depth: depth + 1 }));
      continue;
    }
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `property ${at} should not exist`;
      if (LONE_SURROGATE.test(key) || key.includes('\u0000'))
        return `property ${at} should not exist`;
      stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * `preValidation` hook (after the body is parsed): a clear 400 naming the field instead of a 500
 * further in. The body and the query only: path parameters are checked by each route's pipes
 * (the Express middleware this replaces ran before routing, so it never saw them either).
 */
export function inputGuard(
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const problem = inputProblem(request.body, '') ?? inputProblem(request.query, '');
  if (!problem) {
    done();
    return;
  }
  void reply.code(400).send({
    statusCode: 400,
    error: 'Bad Request',
    code: ErrorCode.ValidationFailed,
    message: [problem],
  });
}
