import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PATH } from '@lms/platform/api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built web app at `/` when `rootPath` holds one: its files (cached for an hour), and
 * index.html for any other GET outside `/api` (the client-side routes), as ServeStaticModule did
 * on Express. Unknown API paths stay JSON 404s.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  rootPath: string | undefined,
): Promise<void> {
  if (!rootPath || !existsSync(join(rootPath, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  // One route per file of the build (it does not change while the server runs).
  await fastify.register(fastifyStatic, {
    root: rootPath,
    index: 'index.html',
    maxAge: '1h',
    wildcard: false,
    // The type Express gave scripts (RFC 9239); @fastify/send still says application/javascript.
    setHeaders: (reply, path) => {
      if (path.endsWith('.js')) void reply.header('content-type', 'text/javascript; charset=utf-8');
    },
  });
  fastify.get('/*', (request, reply) => {
    if (API_PATH.test(request.url)) {
      reply.callNotFound();
      return;
    }
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}
