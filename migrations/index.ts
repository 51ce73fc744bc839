import { CreateIdentityTables1767225600000 } from './1767225600000-CreateIdentityTables';
import { CreateAuditTables1767225600100 } from './1767225600100-CreateAuditTables';
import { CreateCurriculumTables1767312000000 } from './1767312000000-CreateCurriculumTables';
import { CreateAssessmentTables1767398400000 } from './1767398400000-CreateAssessmentTables';
import { AddQuestionsPerTagToQuiz1767398500000 } from './1767398500000-AddQuestionsPerTagToQuiz';
import { CreateRoleplayAndNotificationTables1767484800000 } from './1767484800000-CreateRoleplayAndNotificationTables';
import { AddRecordingsAndGradeCorrections1767571200000 } from './1767571200000-AddRecordingsAndGradeCorrections';
import { AddDeliveryStateToOutboxEmail1767600000000 } from './1767600000000-AddDeliveryStateToOutboxEmail';
import { CreateCredentialsTables1767657600000 } from './1767657600000-CreateCredentialsTables';
import { CreateAuthThrottleTable1767744000000 } from './1767744000000-CreateAuthThrottleTable';
import { NotifyActorChanges1767830400000 } from './1767830400000-NotifyActorChanges';
import { NotifyOutlineChanges1767830400100 } from './1767830400100-NotifyOutlineChanges';

/**
 * Every migration, oldest first. The API bundle and the tests import this list, so a new
 * migration is added here as well as in its own file. Never edit a merged migration.
 */
export const migrations = [
  CreateIdentityTables1767225600000,
  CreateAuditTables1767225600100,
  CreateCurriculumTables1767312000000,
  CreateAssessmentTables1767398400000,
  AddQuestionsPerTagToQuiz1767398500000,
  CreateRoleplayAndNotificationTables1767484800000,
  AddRecordingsAndGradeCorrections1767571200000,
  AddDeliveryStateToOutboxEmail1767600000000,
  CreateCredentialsTables1767657600000,
  CreateAuthThrottleTable1767744000000,
  NotifyActorChanges1767830400000,
  NotifyOutlineChanges1767830400100,
];
