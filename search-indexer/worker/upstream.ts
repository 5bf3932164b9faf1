/**
 * How the indexer talks to the platform: GraphQL over HTTP with its own service identity, to the
 * subgraphs (change feeds) and the gateway (documents). Any failure — unreachable, timed out, an error
 * in the answer, even a partial one — is an UpstreamUnavailable naming the service, so the worker
 * retries the whole batch rather than indexing half a document.
 */
import { mintToken, Role } from "../../platform/auth";
import type { AuthConfig } from "../../platform/config";

/** A service or the gateway failed; `service` names it. The message never carries a token. */
export class UpstreamUnavailable extends Error {
  constructor(readonly service: string, message: string, options?: { cause?: unknown }) {
    super(`${service}: ${message}`, options);
    this.name = "UpstreamUnavailable";
  }
}

/** The indexer's own identity: the national admin, who sees every result and reads the change feeds. */
export const INDEXER_SUBJECT = "search-indexer";
const TOKEN_LIFETIME_S = 3_600;
/** Minted tokens are replaced this long before they expire, so no request carries an expiring one. */
const TOKEN_RENEW_BEFORE_MS = 600_000;

export type TokenSource = () => Promise<string>;

/** A given token is used as it is; otherwise one is minted with the local secret and renewed hourly. */
export function serviceTokens(auth: AuthConfig, given?: string, now: () => number = Date.now): TokenSource {
  if (given) return async () => given;
  let current: { token: Promise<string>; renewAt: number } | undefined;
  return () => {
    if (!current || now() >= current.renewAt) {
      const token = mintToken(auth, { role: Role.NATIONAL_ADMIN, subject: INDEXER_SUBJECT }, `${TOKEN_LIFETIME_S}s`);
      current = { token, renewAt: now() + TOKEN_LIFETIME_S * 1000 - TOKEN_RENEW_BEFORE_MS };
      token.catch(() => (current = undefined));
    }
    return current.token;
  };
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; service?: string } }[];
}

export class GraphQLEndpoint {
  constructor(
    readonly service: string,
    private readonly url: string,
    private readonly tokens: TokenSource,
    private readonly timeoutMs: number,
    /** Aborted when the process stops: in-flight requests end at once and their batch is abandoned. */
    private readonly stopSignal?: AbortSignal,
  ) {}

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const signals = [AbortSignal.timeout(this.timeoutMs), ...(this.stopSignal ? [this.stopSignal] : [])];
    let answer: GraphQLAnswer<T>;
    let status: number;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await this.tokens()}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.any(signals),
      });
      status = response.status;
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch (error) {
      const reason = this.stopSignal?.aborted ? "stopping" : (error as Error).name === "TimeoutError" ? `no answer within ${this.timeoutMs} ms` : "unreachable";
      throw new UpstreamUnavailable(this.service, reason, { cause: error });
    }
    if (answer.errors?.length) {
      const [first] = answer.errors;
      const code = first.extensions?.code ?? "UNKNOWN";
      const via = first.extensions?.service ? ` (${first.extensions.service})` : "";
      throw new UpstreamUnavailable(this.service, `${code}${via}: ${first.message}`);
    }
    if (!answer.data) throw new UpstreamUnavailable(this.service, `HTTP ${status} without data`);
    return answer.data;
  }
}
