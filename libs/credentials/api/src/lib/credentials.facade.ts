import { Injectable } from '@nestjs/common';
import { type Actor } from '@lms/platform/api';
import type { CourseCeSettings, UpdateProviderSettingsRequest } from '@lms/shared/contracts';
import { CourseCreditService } from './course-credit.service';
import { ProviderSettingsService } from './provider-settings.service';

/** What the composition root's seed may ask of the credentials domain. */
@Injectable()
export class CredentialsFacade {
  constructor(
    private readonly provider: ProviderSettingsService,
    private readonly courses: CourseCreditService,
  ) {}

  /** Saves provider settings unless some exist (idempotent seed). */
  async seedProviderSettings(
    actor: Actor,
    settings: UpdateProviderSettingsRequest,
  ): Promise<boolean> {
    if (await this.provider.find()) return false;
    await this.provider.update(actor, settings);
    return true;
  }

  async seedCourseSettings(
    actor: Actor,
    courseId: string,
    settings: CourseCeSettings,
  ): Promise<void> {
    await this.courses.updateCeSettings(actor, courseId, settings);
  }
}
