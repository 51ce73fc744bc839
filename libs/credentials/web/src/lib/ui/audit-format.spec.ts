import { auditTypeLabel, payloadSummary } from './audit-format';

describe('audit-format', () => {
  it('summarises the first fields of a payload, ids by their first block', () => {
    expect(
      payloadSummary({
        userId: '656066ad-baac-4b25-8626-f755f1e97ec9',
        credits: 6,
        courseId: 'bd21760f-4c30-493a-9dc9-eb5c33533951',
        creditType: 'apa',
      }),
    ).toBe('userId: 656066ad… · credits: 6 · courseId: bd21760f… · …');
  });

  it('cuts long text, lists arrays and hides nested objects', () => {
    expect(
      payloadSummary({
        reason: 'The attestation was made on behalf of the trainee by a colleague.',
        roles: ['trainee', 'instructor'],
        after: { validityMonths: 24 },
      }),
    ).toBe(
      'reason: The attestation was made on behalf of t… · roles: trainee, instructor · after: {…}',
    );
    expect(payloadSummary({})).toBe('No details');
  });

  it('names event types the contract does not list by their last parts', () => {
    expect(auditTypeLabel('credentials.certificate.revoked')).toBe('Certificate revoked');
  });
});
