import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, configureHttpApp, createHttpAdapter } from '@lms/platform/api';
import { REFRESH_COOKIE_NAME } from '@lms/shared/contracts';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { migrations } from '@lms/migrations';
import { AppModule, type AppOptions } from './app.module';
import { DemoSeed } from './seed/demo-seed';
import { serveWebApp } from './web-app';

export interface CreateAppOptions extends AppOptions {
  trustProxy: boolean;
  /** Send Strict-Transport-Security (PlatformConfig.hsts: production or behind a proxy). */
  hsts?: boolean;
}

/** Session advisory lock held while one replica migrates and seeds (per database). */
const STARTUP_LOCK_KEY = 7_406_200;

/**
 * Applies pending migrations and runs `seed` while holding an advisory lock, so replicas that
 * start together take turns instead of racing. Uses a connection of its own, without the
 * application pool's statement timeout (a migration may take long).
 */
async function migrateAndSeedOnce(
  databaseUrl: string,
  seed: () => Promise<void>,
): Promise<string[]> {
  const migrator = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations,
    extra: { max: 2, application_name: 'threshold-migrate' },
  });
  await migrator.initialize();
  const lock = migrator.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    const applied = await migrator.runMigrations({ transaction: 'each' });
    await seed();
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    return applied.map((m) => m.name);
  } finally {
    await lock.release();
    await migrator.destroy();
  }
}

/**
 * Builds the whole application: HTTP settings, OpenAPI, migrations applied, demo data seeded.
 * main.ts and the API tests both start the product through this one function.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const http = { trustProxy: options.trustProxy, hsts: options.hsts ?? false };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(options),
    createHttpAdapter(http),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  await configureHttpApp(app, http);
  await serveWebApp(app, options.webDistDir);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Threshold API')
      .setDescription(
        'Continuing education in ketamine-assisted therapy: identity, curriculum, assessment, role-play and CE credit.',
      )
      .setVersion('1.0')
      .addBearerAuth()
      .addCookieAuth(REFRESH_COOKIE_NAME)
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  const logger = app.get(Logger);
  const seed = app.get(DemoSeed);
  const applied = await migrateAndSeedOnce(options.databaseUrl, () => seed.run());
  logger.log(
    applied.length > 0
      ? `Migrations applied: ${applied.join(', ')}`
      : 'Database schema is up to date',
    'Migrations',
  );
  return app;
}
