/**
 * AssumeRoleWithWebIdentity (STS-API.md §3.3): an OIDC token, verified against the JWKS of a
 * provider registered in the role's account (signature, `iss`, `aud`, `exp`, `nbf`), then
 * the role's trust (provider, optionally subject).
 *
 * @internal
 */
import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { RANGES, SHAPES } from '../model/constraints.js';
import { POLICY_ARNS } from '../model/sharedFields.js';
import { ApiError } from '../server/ApiError.js';
import { accountOfArn, oidcProviderArn } from '../world/arns.js';
import type { OidcProviderEntry } from '../world/Directory.js';
import { assumedRolePrincipal, assumedRoleUser } from './assumedRole.js';
import { issueSession } from './issueSession.js';
import { unsignedOperation } from './Operation.js';
import { roleSessionDuration } from './roleSessionDuration.js';
import { packSessionPolicy } from './sessionPolicy.js';
import { matchesAny, trustsProvider } from './trust.js';

/** The algorithms STS documents for web identity tokens. @internal */
export const WEB_IDENTITY_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];

/** @internal */
export const assumeRoleWithWebIdentity = unsignedOperation({
  name: 'AssumeRoleWithWebIdentity',
  input: {
    RoleArn: { type: 'string', required: true, shape: SHAPES.arn },
    RoleSessionName: { type: 'string', required: true, shape: SHAPES.roleSessionName },
    WebIdentityToken: { type: 'string', required: true, shape: SHAPES.clientToken },
    ProviderId: { type: 'string', shape: SHAPES.url },
    PolicyArns: POLICY_ARNS,
    Policy: { type: 'string', shape: SHAPES.sessionPolicy },
    DurationSeconds: { type: 'integer', range: RANGES.roleDuration },
  },
  async run(input, { services, now, identify }) {
    if (input.ProviderId !== undefined) {
      throw invalidToken('local-sts accepts OpenID Connect ID tokens only; omit ProviderId');
    }
    const issuer = issuerOf(input.WebIdentityToken);
    const provider = services.directory.oidcProvider(oidcProviderArn(accountOfArn(input.RoleArn) ?? '', issuer));
    if (!provider) throw invalidToken(`No OpenIDConnect provider found in your account for ${issuer}`);
    const claims = await verifyToken(input.WebIdentityToken, provider, now);
    const audience = matchingAudience(claims, provider);
    const subject = claims.sub;
    if (!subject) throw new ApiError('IDPRejectedClaim', 'The web identity token has no sub claim.', 403);

    const role = services.directory.role(input.RoleArn);
    const subjects = role?.trust.subjects ?? [];
    if (!role || !trustsProvider(role, provider.arn) || (subjects.length > 0 && !matchesAny(subjects, subject))) {
      throw new ApiError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
    }
    const duration = roleSessionDuration(role, input.DurationSeconds, false);
    const packedPolicySize = packSessionPolicy(input);
    const session = assumedRolePrincipal(role, input.RoleSessionName, 'WebIdentity');
    identify({ type: 'WebIdentityUser', principalId: `${provider.arn}:${audience}:${subject}`, userName: subject, identityProvider: provider.issuer });
    const issued = issueSession(services, session, duration, now);
    return {
      Credentials: issued.credentials,
      SubjectFromWebIdentityToken: subject,
      AssumedRoleUser: assumedRoleUser(session),
      PackedPolicySize: packedPolicySize,
      Provider: provider.issuer,
      Audience: audience,
    };
  },
});

function invalidToken(message: string): ApiError {
  return new ApiError('InvalidIdentityToken', message);
}

function issuerOf(token: string): string {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch {
    throw invalidToken('The web identity token is not a well-formed JWT.');
  }
  if (typeof claims.iss !== 'string') throw invalidToken('The web identity token has no iss claim.');
  return claims.iss;
}

async function verifyToken(token: string, provider: OidcProviderEntry, now: number): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, provider.keys, {
      issuer: provider.issuer,
      algorithms: WEB_IDENTITY_ALGORITHMS,
      currentDate: new Date(now),
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const expiry = typeof error.payload.exp === 'number' ? error.payload.exp : 0;
      throw new ApiError('ExpiredTokenException', `Token expired: current date/time ${Math.floor(now / 1000)} must be before the expiration date/time ${expiry}`);
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
      throw new ApiError('IDPRejectedClaim', 'The web identity token is not valid yet (nbf).', 403);
    }
    throw invalidToken('The web identity token could not be verified against the provider keys.');
  }
}

function matchingAudience(claims: JWTPayload, provider: OidcProviderEntry): string {
  const audiences = typeof claims.aud === 'string' ? [claims.aud] : (claims.aud ?? []);
  const audience = audiences.find((candidate) => provider.audiences.includes(candidate));
  if (audience === undefined) throw invalidToken('Incorrect token audience');
  return audience;
}
