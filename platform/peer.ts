/**
 * A small GraphQL client for the few commands that must check a fact another subgraph owns (a
 * project's state before its results are filed, say). It forwards the caller's token, so the other
 * subgraph applies its own visibility rules; an unreachable peer is SERVICE_UNAVAILABLE naming it.
 */
import { DomainError, type ErrorCode } from "./errors";

export class PeerClient {
  constructor(readonly name: string, private readonly url: string, private readonly timeoutMs = 10_000) {}

  async query<T>(query: string, variables: Record<string, unknown>, authorization?: string): Promise<T> {
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new DomainError("SERVICE_UNAVAILABLE", `the ${this.name} service is unavailable`, { service: this.name });
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      const code = (first.extensions?.code ?? "INTERNAL_SERVER_ERROR") as ErrorCode;
      throw new DomainError(code === "INTERNAL_SERVER_ERROR" ? "SERVICE_UNAVAILABLE" : code, `${this.name}: ${first.message}`, { service: this.name });
    }
    return body.data as T;
  }
}
