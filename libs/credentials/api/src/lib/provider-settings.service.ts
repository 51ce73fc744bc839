import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditTrail, ObjectStorage, type ReceivedFile } from '@lms/platform/api';
import { AuditEventType, type ProviderSettings } from '@lms/shared/contracts';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { ProviderSettingsDto } from './credentials.dto';
import { ProviderSettingsEntity } from './credentials.entities';
import { CredentialsErrorCode, CredentialsException } from './credentials.exception';

export const LOGO_KEY = 'provider/logo';

const EMPTY: ProviderSettings = {
  providerName: '',
  address: '',
  signatoryName: '',
  signatoryTitle: '',
  accreditations: [],
  hasLogo: false,
  updatedAt: null,
};

/** The provider's accreditation details, printed verbatim on certificates. Audited. */
@Injectable()
export class ProviderSettingsService {
  private logoCache?: { version: string; bytes: Buffer };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly storage: ObjectStorage,
  ) {}

  async get(): Promise<ProviderSettings> {
    const row = await this.dataSource.manager.findOneBy(ProviderSettingsEntity, {
      singleton: true,
    });
    return row ? toResponse(row) : EMPTY;
  }

  /** The row itself (for issuing), or null before an admin has saved any. */
  find(): Promise<ProviderSettingsEntity | null> {
    return this.dataSource.manager.findOneBy(ProviderSettingsEntity, { singleton: true });
  }

  async update(actor: Actor, dto: ProviderSettingsDto): Promise<ProviderSettings> {
    const seen = new Set<string>();
    const accreditations = dto.accreditations.filter((a) => {
      if (seen.has(a.creditType)) return false;
      seen.add(a.creditType);
      return true;
    });
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['provider-settings']);
      const before = await em.findOneBy(ProviderSettingsEntity, { singleton: true });
      const values = {
        providerName: dto.providerName,
        address: dto.address,
        signatoryName: dto.signatoryName,
        signatoryTitle: dto.signatoryTitle,
        accreditations: accreditations.map(({ creditType, statement, providerNumber }) => ({
          creditType,
          statement,
          providerNumber,
        })),
      };
      // Saving what is already there changes nothing and records nothing.
      if (before && isDeepStrictEqual(snapshot(before), values)) return;
      if (before) await em.update(ProviderSettingsEntity, { id: before.id }, values);
      else await em.insert(ProviderSettingsEntity, { ...values, singleton: true });
      await this.audit.record(em, {
        type: AuditEventType.ProviderSettingsChanged,
        actorId: actor.id,
        subjectType: 'provider_settings',
        payload: { before: before ? snapshot(before) : null, after: values },
      });
    });
    return this.get();
  }

  /** Stores the logo (received and checked as PNG or JPEG). */
  async setLogo(actor: Actor, file: ReceivedFile): Promise<void> {
    const type = file.contentType;
    await this.storage.putFile(LOGO_KEY, file.path, type);
    await this.dataSource.transaction(async (em) => {
      const row = await em.findOneBy(ProviderSettingsEntity, { singleton: true });
      if (row)
        await em.update(
          ProviderSettingsEntity,
          { id: row.id },
          { logoKey: LOGO_KEY, logoType: type },
        );
      else
        await em.insert(ProviderSettingsEntity, {
          providerName: '',
          address: '',
          signatoryName: '',
          signatoryTitle: '',
          accreditations: [],
          singleton: true,
          logoKey: LOGO_KEY,
          logoType: type,
        });
      await this.audit.record(em, {
        type: AuditEventType.ProviderSettingsChanged,
        actorId: actor.id,
        subjectType: 'provider_settings',
        payload: { logo: { type, bytes: file.sizeBytes } },
      });
    });
  }

  async logo(): Promise<{ stream: Readable; type: string }> {
    const row = await this.find();
    if (!row?.logoKey || !row.logoType) throw new CredentialsException(CredentialsErrorCode.NoLogo);
    return { stream: await this.storage.read(row.logoKey), type: row.logoType };
  }

  /** The logo's bytes for the PDF, or null; read once per logo version, not per certificate. */
  async logoBytes(row: ProviderSettingsEntity | null): Promise<Buffer | null> {
    if (!row?.logoKey) return null;
    const version = `${row.logoKey}@${row.updatedAt.toISOString()}`;
    if (this.logoCache?.version !== version) {
      const chunks: Buffer[] = [];
      for await (const chunk of await this.storage.read(row.logoKey)) chunks.push(chunk as Buffer);
      this.logoCache = { version, bytes: Buffer.concat(chunks) };
    }
    return this.logoCache.bytes;
  }
}

function snapshot(row: ProviderSettingsEntity): Record<string, unknown> {
  return {
    providerName: row.providerName,
    address: row.address,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
    accreditations: row.accreditations,
  };
}

function toResponse(row: ProviderSettingsEntity): ProviderSettings {
  return {
    providerName: row.providerName,
    address: row.address,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
    accreditations: row.accreditations,
    hasLogo: row.logoKey !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
