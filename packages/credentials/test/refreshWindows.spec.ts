import { advisoryLeadMs, MANDATORY_LEAD_MS, refreshWindows } from '../src/refreshWindows.js';
import { HOUR, MINUTE, SECOND } from './fakeSource.js';

describe(advisoryLeadMs.name, () => {
  it.each([
    { lifetime: 15 * MINUTE, lead: 5 * MINUTE },
    { lifetime: 20 * MINUTE, lead: 5 * MINUTE },
    { lifetime: 20 * MINUTE + 1, lead: 15 * MINUTE },
    { lifetime: HOUR, lead: 15 * MINUTE },
    { lifetime: 90 * MINUTE, lead: 15 * MINUTE },
    { lifetime: 90 * MINUTE + 1, lead: 60 * MINUTE },
    { lifetime: 12 * HOUR, lead: 60 * MINUTE },
    { lifetime: 36 * HOUR, lead: 60 * MINUTE },
  ])('should open the advisory window $lead ms before expiry for a lifetime of $lifetime ms', ({ lifetime, lead }) => {
    expect(advisoryLeadMs(lifetime)).toBe(lead);
  });
});

describe(refreshWindows.name, () => {
  const receivedAt = Date.UTC(2025, 0, 1);

  it.each([
    { lifetime: 15 * MINUTE, advisoryLead: 5 * MINUTE },
    { lifetime: HOUR, advisoryLead: 15 * MINUTE },
    { lifetime: 12 * HOUR, advisoryLead: 60 * MINUTE },
  ])('should place the windows of $lifetime ms credentials before their expiry', ({ lifetime, advisoryLead }) => {
    const expiresAt = receivedAt + lifetime;
    expect(refreshWindows(receivedAt, expiresAt)).toEqual({
      advisoryAt: expiresAt - advisoryLead,
      mandatoryAt: expiresAt - MANDATORY_LEAD_MS,
      expiresAt,
    });
  });

  it('should never open a window for credentials that do not expire', () => {
    expect(refreshWindows(receivedAt, undefined)).toEqual({
      advisoryAt: Infinity,
      mandatoryAt: Infinity,
      expiresAt: Infinity,
    });
  });

  it.each([
    { lifetime: 20 * MINUTE + 1, advisoryAt: 5 * MINUTE + 1, mandatoryAt: 19 * MINUTE + 1 },
    { lifetime: 90 * MINUTE + 1, advisoryAt: 30 * MINUTE + 1, mandatoryAt: 89 * MINUTE + 1 },
    { lifetime: 400 * SECOND, advisoryAt: 100 * SECOND, mandatoryAt: 340 * SECOND },
    { lifetime: 4 * MINUTE, advisoryAt: MINUTE, mandatoryAt: 3 * MINUTE },
    { lifetime: 60 * SECOND, advisoryAt: 15 * SECOND, mandatoryAt: 15 * SECOND },
  ])('should open no window before a quarter of a $lifetime ms lifetime', ({ lifetime, advisoryAt, mandatoryAt }) => {
    expect(refreshWindows(receivedAt, receivedAt + lifetime)).toEqual({
      advisoryAt: receivedAt + advisoryAt,
      mandatoryAt: receivedAt + mandatoryAt,
      expiresAt: receivedAt + lifetime,
    });
  });
});
