import { registerAs } from '@nestjs/config';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { join, resolve } from 'node:path';
import { EnvBool, EnvInt } from '../validation/transforms';
import { validateEnvironment } from '../config/validate-environment';
import { ConfigurationError } from '../config/config-error';

export const STORAGE_DRIVERS = ['local', 's3'] as const;
export type StorageDriver = (typeof STORAGE_DRIVERS)[number];

/** Where uploaded files live (listed in .env.example). */
class StorageEnvironment {
  @IsString()
  DATA_DIR = '.data';

  @IsIn(STORAGE_DRIVERS, {
    message: `STORAGE_DRIVER must be one of: ${STORAGE_DRIVERS.join(', ')}`,
  })
  STORAGE_DRIVER: StorageDriver = 'local';

  @EnvInt()
  @IsInt({ message: 'UPLOAD_MAX_BYTES must be a positive integer' })
  @Min(1, { message: 'UPLOAD_MAX_BYTES must be a positive integer' })
  UPLOAD_MAX_BYTES = 200 * 1024 * 1024;

  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_REGION?: string;

  /** For S3-compatible stores (MinIO, R2, …). */
  @IsOptional()
  @IsString()
  S3_ENDPOINT?: string;

  @IsOptional()
  @EnvBool()
  S3_FORCE_PATH_STYLE?: boolean;
}

export interface StorageConfig {
  driver: StorageDriver;
  /** The local store's root ($DATA_DIR/uploads); also where uploads are spooled while checked. */
  uploadsDir: string;
  uploadMaxBytes: number;
  s3?: { bucket: string; region: string; endpoint?: string; forcePathStyle: boolean };
}

export function loadStorageConfig(
  env: Record<string, string | undefined> = process.env,
): StorageConfig {
  const e = validateEnvironment(StorageEnvironment, env);
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) {
    throw new ConfigurationError(
      'Invalid configuration: S3_BUCKET must be set when STORAGE_DRIVER=s3',
    );
  }
  return {
    driver: e.STORAGE_DRIVER,
    uploadsDir: join(resolve(e.DATA_DIR), 'uploads'),
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION ?? 'us-east-1',
          endpoint: e.S3_ENDPOINT,
          forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
        }
      : undefined,
  };
}

export const storageConfig = registerAs('storage', () => loadStorageConfig());
