/**
 * Starts local-sts: an STS endpoint on loopback that speaks the real Query protocol,
 * verifies SigV4 and applies STS's rules to a world of accounts, users and roles.
 *
 * @public
 */
import type { JSONWebKeySet } from 'jose';
import { CredentialStore } from './auth/CredentialStore.js';
import { AdjustableClock, systemClock, type Clock } from './clock.js';
import { defaultIdentities, makeOidcKeyPair, type LocalStsDefaults } from './defaultIdentities.js';
import type { FaultRule } from './faults/Fault.js';
import { FaultPlan } from './faults/FaultPlan.js';
import { MfaVerifier } from './mfa/MfaVerifier.js';
import { OPERATIONS } from './rules/operations.js';
import type { StsServices } from './rules/StsServices.js';
import { HttpFrontend } from './server/HttpFrontend.js';
import { StsDispatcher } from './server/StsDispatcher.js';
import { AuthorizationMessages } from './tokens/AuthorizationMessages.js';
import { OutboundTokenIssuer } from './tokens/OutboundTokenIssuer.js';
import { TradeInTokens } from './tokens/TradeInTokens.js';
import type { CloudTrailEvent } from './trail/CloudTrailEvent.js';
import { Trail } from './trail/Trail.js';
import { defaultWorld } from './world/defaultWorld.js';
import { Directory } from './world/Directory.js';
import { loadWorldFile } from './world/loadWorldFile.js';
import { parseWorld } from './world/parseWorld.js';
import type { World } from './world/types.js';

/** @public */
export interface LocalStsOptions {
  /** @defaultValue '127.0.0.1' */
  readonly host?: string;
  /** @defaultValue 0 (any free port) */
  readonly port?: number;
  /** A world, or the path of a world JSON file. @defaultValue the default world (see `defaults`) */
  readonly world?: World | string;
  /** The base clock; `advanceTime`/`setTime` move the server's time relative to it. @defaultValue the system clock */
  readonly clock?: Clock;
  /** Every credential issued lasts this many seconds, whatever `DurationSeconds` asked. */
  readonly lifetimeSeconds?: number;
  /** Faults scheduled from the start (more can be added on `faults`). */
  readonly faults?: readonly FaultRule[];
  /** Append every CloudTrail-shaped event to this file as one JSON line. */
  readonly trailFile?: string;
}

/** A running local-sts. @public */
export interface LocalSts {
  /** `http://127.0.0.1:PORT`: give it to clients as their STS endpoint. */
  readonly endpoint: string;
  /** The default world's identities. @throws TypeError when the server runs a world of its own */
  readonly defaults: LocalStsDefaults;
  /** Scripted faults, changeable while running. */
  readonly faults: FaultPlan;
  /** The server's time, epoch ms. */
  now(): number;
  /** Moves the server's time forward (or back, when negative) by `ms`. */
  advanceTime(ms: number): void;
  /** Sets the server's time. */
  setTime(epochMs: number): void;
  /** Requests received that named `action`, or all requests. */
  calls(action?: string): number;
  /** CloudTrail-shaped events, oldest first, optionally of one action. */
  events(eventName?: string): CloudTrailEvent[];
  /** Encodes a message as AWS services do for DecodeAuthorizationMessage. @defaultValue accountId: the first account */
  encodeAuthorizationMessage(message: unknown, accountId?: string): string;
  /** A single-use token GetDelegatedAccessToken trades for a session of `roleArn`. @defaultValue ttlSeconds: 300 */
  mintTradeInToken(grant: { readonly roleArn: string; readonly ttlSeconds?: number }): string;
  /** Public keys of GetWebIdentityToken's JWTs. */
  webIdentityTokenJwks(): Promise<JSONWebKeySet>;
  /** Stops the server, closing every connection; leaves no socket or timer. */
  close(): Promise<void>;
}

/**
 * @example
 * ```ts
 * const sts = await startLocalSts();
 * const client = new STSClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials: sts.defaults });
 * await client.send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[0], RoleSessionName: 'test' }));
 * await sts.close();
 * ```
 * @public
 */
export async function startLocalSts(options: LocalStsOptions = {}): Promise<LocalSts> {
  const clock = new AdjustableClock(options.clock ?? systemClock);
  const oidcKey = options.world === undefined ? await makeOidcKeyPair() : undefined;
  const world = oidcKey ? defaultWorld(oidcKey.publicJwk) : await resolveWorld(options.world!);
  const directory = new Directory(world);
  const services: StsServices = {
    directory,
    clock,
    credentials: new CredentialStore(directory, clock),
    mfa: new MfaVerifier(clock),
    authorizationMessages: new AuthorizationMessages(),
    tradeInTokens: new TradeInTokens(),
    outboundTokens: new OutboundTokenIssuer(),
    ...(options.lifetimeSeconds === undefined ? {} : { lifetimeSeconds: options.lifetimeSeconds }),
  };
  const faults = new FaultPlan(options.faults);
  const trail = new Trail(options.trailFile);
  let frontend: HttpFrontend | undefined;
  const dispatcher = new StsDispatcher({ services, operations: OPERATIONS, faults, trail, delay: (ms) => frontend!.delay(ms) });
  frontend = new HttpFrontend((request, sourceIp) => dispatcher.dispatch(request, sourceIp), clock);
  const endpoint = await frontend.listen(options.host ?? '127.0.0.1', options.port ?? 0);
  const defaults = oidcKey ? defaultIdentities(clock, oidcKey) : undefined;
  const firstAccountId = world.accounts[0]!.id;

  return {
    endpoint,
    get defaults(): LocalStsDefaults {
      if (!defaults) throw new TypeError('defaults exist only for the default world; this server runs a world of its own');
      return defaults;
    },
    faults,
    now: () => clock.now(),
    advanceTime: (ms) => clock.advance(ms),
    setTime: (epochMs) => clock.set(epochMs),
    calls: (action) => dispatcher.calls(action),
    events: (eventName) => trail.events(eventName),
    encodeAuthorizationMessage: (message, accountId = firstAccountId) => services.authorizationMessages.encode(message, accountId),
    mintTradeInToken: ({ roleArn, ttlSeconds = 300 }) => services.tradeInTokens.mint({ roleArn, expiresAt: clock.now() + ttlSeconds * 1000 }),
    webIdentityTokenJwks: () => services.outboundTokens.jwks(),
    async close() {
      await frontend.close();
      await trail.close();
    },
  };
}

async function resolveWorld(world: World | string): Promise<World> {
  return typeof world === 'string' ? loadWorldFile(world) : parseWorld(world);
}
