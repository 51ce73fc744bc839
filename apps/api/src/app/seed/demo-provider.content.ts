import {
  CreditType,
  CREDIT_TYPE_LABELS,
  type UpdateProviderSettingsRequest,
} from '@lms/shared/contracts';

const DEMO_NOTE =
  'DEMONSTRATION ONLY: Threshold Institute is a fictitious provider and this is not an accredited activity; no credit is awarded.';

/** Illustrative statements in the form accreditors prescribe; a real provider enters its own. */
const statement = (text: string): string => `${DEMO_NOTE} ${text}`;

/** The demo provider's settings, clearly marked as a demonstration. */
export const DEMO_PROVIDER: UpdateProviderSettingsRequest = {
  providerName: 'Threshold Institute for Psychedelic-Assisted Care (demo)',
  address: '100 Example Street, Suite 200\nSpringfield, ST 00000',
  signatoryName: 'Dr. Helen Achterberg, MD',
  signatoryTitle: 'Director of Continuing Education',
  accreditations: [
    {
      creditType: CreditType.AmaPra1,
      statement: statement(
        `Threshold Institute designates this enduring material for a maximum of the number of ${CREDIT_TYPE_LABELS[CreditType.AmaPra1]}s shown above. Physicians should claim only the credit commensurate with the extent of their participation in the activity.`,
      ),
      providerNumber: 'Demo accreditation ID 0000-AMA',
    },
    {
      creditType: CreditType.Ancc,
      statement: statement(
        'Threshold Institute is a demonstration provider of nursing continuing professional development. This enduring material awards the nursing contact hours shown above.',
      ),
      providerNumber: 'Demo provider #P0000',
    },
    {
      creditType: CreditType.Apa,
      statement: statement(
        'Threshold Institute is a demonstration sponsor of continuing education for psychologists and maintains responsibility for this program and its content.',
      ),
      providerNumber: 'Demo sponsor #0000',
    },
    {
      creditType: CreditType.AswbAce,
      statement: statement(
        'Threshold Institute, a demonstration ACE provider, is responsible for this course. Social workers completing this course receive the continuing education credits shown above.',
      ),
      providerNumber: 'Demo ACE provider #0000',
    },
    {
      creditType: CreditType.Nbcc,
      statement: statement(
        'Threshold Institute is a demonstration continuing education provider for counselors and is solely responsible for all aspects of this program.',
      ),
      providerNumber: 'Demo ACEP No. 0000',
    },
  ],
};
