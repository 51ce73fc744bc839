import { S3Client } from '@aws-sdk/client-s3';
import { Global, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { LocalObjectStorage } from './local-object-storage';
import { ObjectStorage } from './object-storage';
import { S3ObjectStorage } from './s3-object-storage';
import { storageConfig } from './storage.config';

/** The ObjectStorage port, bound to the local disk or S3 by STORAGE_DRIVER. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(storageConfig)],
  providers: [
    {
      provide: ObjectStorage,
      inject: [storageConfig.KEY],
      useFactory: (config: ConfigType<typeof storageConfig>): ObjectStorage =>
        config.driver === 's3' && config.s3
          ? new S3ObjectStorage(
              new S3Client({
                region: config.s3.region,
                endpoint: config.s3.endpoint,
                forcePathStyle: config.s3.forcePathStyle,
              }),
              config.s3.bucket,
            )
          : new LocalObjectStorage(config.uploadsDir),
    },
  ],
  exports: [ObjectStorage, ConfigModule],
})
export class StorageModule {}
