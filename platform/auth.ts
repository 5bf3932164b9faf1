/**
 * Identity: a bearer JWT verified with `jose` (HS256 with a local secret by default, a JWKS URL in
 * production) becomes a typed `Caller`. No token is the PUBLIC caller; a bad token is an error, never
 * a silent downgrade to PUBLIC.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { AuthConfig } from "./config";
import { DomainError, unauthenticated } from "./errors";

export enum Role {
  NATIONAL_ADMIN = "NATIONAL_ADMIN",
  PROVINCIAL_OFFICE = "PROVINCIAL_OFFICE",
  BASE_OPERATOR = "BASE_OPERATOR",
  SERVICE_ORG = "SERVICE_ORG",
  ENTERPRISE = "ENTERPRISE",
  EXPERT = "EXPERT",
  PUBLIC = "PUBLIC",
}

/** Claims each role needs to be meaningful. */
const REQUIRED_SCOPE: Record<Role, ("province" | "baseId" | "orgId" | "expertId")[]> = {
  NATIONAL_ADMIN: [],
  PROVINCIAL_OFFICE: ["province"],
  BASE_OPERATOR: ["baseId"],
  SERVICE_ORG: ["orgId"],
  ENTERPRISE: ["orgId"],
  EXPERT: ["expertId"],
  PUBLIC: [],
};

export interface CallerScope {
  /** GB/T 2260 province code. */
  province?: string;
  baseId?: string;
  orgId?: string;
  expertId?: string;
  /** Industries of the caller's organisation (strategic emerging industry codes), for results targeted at industries. */
  industryCodes?: string[];
}

export interface Caller extends CallerScope {
  role: Role;
  /** Subject of the token; null for PUBLIC. */
  subject: string | null;
}

export const PUBLIC_CALLER: Caller = Object.freeze({ role: Role.PUBLIC, subject: null });

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Builds the verifier every server puts in front of its resolvers. */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const options = { issuer: auth.issuer, audience: auth.audience };

  const verify = async (token: string): Promise<JWTPayload> => {
    // A production deployment may trust both: tokens of the identity provider and service tokens.
    if (jwks) {
      try {
        return (await jwtVerify(token, jwks, options)).payload;
      } catch (error) {
        if (!secret) throw error;
      }
    }
    return (await jwtVerify(token, secret!, { ...options, algorithms: ["HS256"] })).payload;
  };

  return async (authorization) => {
    if (!authorization) return PUBLIC_CALLER;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated("the Authorization header must be \"Bearer <token>\"");
    let payload: JWTPayload;
    try {
      payload = await verify(match[1]);
    } catch (error) {
      const expired = (error as { code?: string }).code === "ERR_JWT_EXPIRED";
      throw unauthenticated(expired ? "the token has expired" : "the token is invalid");
    }
    return callerFromClaims(payload);
  };
}

/** The scope claims `role` needs that `scope` lacks. */
export function missingScope(role: Role, scope: CallerScope): (keyof CallerScope)[] {
  return REQUIRED_SCOPE[role].filter((claim) => !scope[claim]);
}

function callerFromClaims(payload: JWTPayload): Caller {
  const role = payload.role;
  if (typeof role !== "string" || !(role in Role) || role === Role.PUBLIC) {
    throw unauthenticated("the token carries no known role");
  }
  const caller: Caller = { role: role as Role, subject: payload.sub ?? null };
  for (const claim of ["province", "baseId", "orgId", "expertId"] as const) {
    const value = payload[claim];
    if (typeof value === "string" && value) caller[claim] = value;
  }
  const industries = payload.industryCodes;
  if (Array.isArray(industries) && industries.every((code) => typeof code === "string")) caller.industryCodes = industries;
  const missing = missingScope(caller.role, caller);
  if (missing.length) throw unauthenticated(`a ${caller.role} token must carry ${missing.join(", ")}`);
  return caller;
}

/** Signs a token with the local secret: for the token command, tests and service-to-service calls. */
export async function mintToken(
  auth: AuthConfig,
  claims: { role: Role; subject: string } & CallerScope,
  expiresIn = "8h",
): Promise<string> {
  if (!auth.jwtSecret) throw new DomainError("BAD_USER_INPUT", "no local JWT secret is configured", { field: "JWT_SECRET" });
  const { role, subject, ...scope } = claims;
  return new SignJWT({ role, ...scope })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(auth.jwtSecret));
}

/** Throws UNAUTHENTICATED for the PUBLIC caller: the floor for every write. */
export function requireSignedIn(caller: Caller): void {
  if (caller.role === Role.PUBLIC) throw unauthenticated();
}
