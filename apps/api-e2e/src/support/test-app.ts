import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@lms/platform/api-testing';
import type { AuthResponse } from '@lms/shared/contracts';
import type { Server } from 'node:http';
import request from 'supertest';
// The API tests start the product exactly as main.ts does, through the app's own factory.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../../api/src/app/create-app';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';
export const DEMO = {
  admin: 'admin@demo.test',
  instructor: 'instructor@demo.test',
  trainee: 'trainee@demo.test',
} as const;

/** Where supertest sends requests: the in-process server, or the URL of a running API process. */
export type HttpTarget = Server | string;

export interface TestApp {
  app: INestApplication;
  http: Server;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The whole API on a fresh database of its own, demo accounts seeded. */
export async function startTestApp(
  options: { webDistDir?: string; hsts?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await createApp({
    databaseUrl: db.url,
    seedDemo: true,
    logLevel: process.env['LOG_LEVEL'] ?? 'silent',
    logPretty: false,
    trustProxy: false,
    hsts: options.hsts,
    webDistDir: options.webDistDir,
  });
  await app.init();
  // Fastify registers its routes and plugins when ready; supertest then uses its server.
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: app.getHttpServer(),
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export async function login(
  http: HttpTarget,
  email: string,
  password = DEMO_PASSWORD,
): Promise<AuthResponse & { cookie: string }> {
  const res = await request(http).post('/api/auth/login').send({ email, password }).expect(200);
  return { ...(res.body as AuthResponse), cookie: refreshCookieOf(res) };
}

let counter = 0;
export async function registerTrainee(
  http: HttpTarget,
  overrides: Record<string, unknown> = {},
): Promise<AuthResponse & { cookie: string; email: string }> {
  counter += 1;
  const email = `trainee.${Date.now()}.${counter}@example.org`;
  const res = await request(http)
    .post('/api/auth/register')
    .send({
      email,
      password: 'correct horse battery',
      fullName: 'Test Trainee',
      profession: 'counselor',
      ...overrides,
    })
    .expect(201);
  return { ...(res.body as AuthResponse), cookie: refreshCookieOf(res), email };
}

/** The `name=value` part of the refresh cookie a response set. */
export function refreshCookieOf(res: request.Response): string {
  const header = res.headers['set-cookie'] as unknown;
  const cookies = Array.isArray(header) ? (header as string[]) : [];
  const cookie = cookies.find((c) => c.startsWith('lms_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0] ?? '';
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
