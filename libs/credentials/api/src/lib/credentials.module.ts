import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculumModule } from '@lms/curriculum/api';
import { IdentityModule } from '@lms/identity/api';
import { StorageModule, storageConfig } from '@lms/platform/api';
import { BulkIssuanceService } from './bulk-issuance.service';
import { CertificatePdfPool } from './pdf';
import { CertificateService } from './certificate.service';
import { CourseCreditService } from './course-credit.service';
import { credentialsConfig } from './credentials.config';
import { CredentialsController } from './credentials.controller';
import { credentialsEntities } from './credentials.entities';
import { CredentialsFacade } from './credentials.facade';
import { EligibilityService } from './eligibility.service';
import { ProviderSettingsService } from './provider-settings.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature(credentialsEntities),
    ConfigModule.forFeature(credentialsConfig),
    ConfigModule.forFeature(storageConfig),
    StorageModule,
    CurriculumModule,
    IdentityModule,
  ],
  controllers: [CredentialsController],
  providers: [
    ProviderSettingsService,
    CourseCreditService,
    EligibilityService,
    CertificateService,
    CertificatePdfPool,
    BulkIssuanceService,
    ReportsService,
    CredentialsFacade,
  ],
  exports: [CredentialsFacade],
})
export class CredentialsModule {}
