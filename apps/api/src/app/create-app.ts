import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX, configureHttpApp } from '@lms/platform/api';
import { REFRESH_COOKIE_NAME } from '@lms/shared/contracts';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppOptions } from './app.module';
import { DemoSeed } from './seed/demo-seed';

export interface CreateAppOptions extends AppOptions {
  trustProxy: boolean;
}

/**
 * Builds the whole application: HTTP settings, OpenAPI, migrations applied, demo data seeded.
 * main.ts and the API tests both start the product through this one function.
 */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, { trustProxy: options.trustProxy });

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
  const dataSource = app.get(DataSource);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  logger.log(
    applied.length > 0
      ? `Migrations applied: ${applied.map((m) => m.name).join(', ')}`
      : 'Database schema is up to date',
    'Migrations',
  );
  await app.get(DemoSeed).run();
  return app;
}
