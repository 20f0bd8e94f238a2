import { jest } from '@jest/globals';
import { ROLE_CHAINING_MAX_SECONDS, roleChainingDuration } from '../src/roleChainingCap.js';

const LONG_TERM = { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret' };
const TEMPORARY = { accessKeyId: 'ASIAEXAMPLE000000001', secretAccessKey: 'secret', sessionToken: 'token' };

describe(roleChainingDuration.name, () => {
  it.each([
    { requested: 7200, source: TEMPORARY, expected: { durationSeconds: ROLE_CHAINING_MAX_SECONDS, capped: true } },
    { requested: 7200, source: LONG_TERM, expected: { durationSeconds: 7200, capped: false } },
    { requested: 3600, source: TEMPORARY, expected: { durationSeconds: 3600, capped: false } },
    { requested: undefined, source: TEMPORARY, expected: { durationSeconds: undefined, capped: false } },
    { requested: 7200, source: undefined, expected: { durationSeconds: 7200, capped: false } },
  ])('should request $expected.durationSeconds for $requested s from $source.accessKeyId', async ({ requested, source, expected }) => {
    await expect(roleChainingDuration(requested, source)).resolves.toEqual(expected);
  });

  it('should ask a source provider for its credentials only when the request could exceed the cap', async () => {
    const source = jest.fn(async () => TEMPORARY);
    await roleChainingDuration(3600, source);
    expect(source).not.toHaveBeenCalled();
    await expect(roleChainingDuration(43200, source)).resolves.toEqual({ durationSeconds: 3600, capped: true });
    expect(source).toHaveBeenCalledTimes(1);
  });
});
