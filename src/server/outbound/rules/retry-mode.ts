// Who is waiting on an outbound call decides whether it may wait between attempts. Pure.
//
// interactive: a user's request (incident tab, solution search, Contact Microsoft support, Setup verification).
//   Waiting there holds a worker thread in a busy loop (a scoped app cannot call gs.sleep) while the user stares at
//   a spinner, so it never waits: a throttled or unavailable answer goes straight back with its Retry-After, and the
//   scheduled jobs (case sync) or the user try again later. The one exception is a connection reset on a request
//   that is safe to repeat: a pooled keep-alive connection the server already closed fails that way, and an
//   immediate second attempt on a fresh connection usually succeeds, costing no wait.
// job: a scheduled job (case sync, health poll) that nobody watches: bounded backoff (retry-policy.ts).

export type RetryMode = 'interactive' | 'job'

/** Attempts in interactive mode: the first, plus at most one immediate retry after a connection reset. */
export const INTERACTIVE_MAX_ATTEMPTS = 2

// What the JVM's HTTP clients report when the peer dropped the connection (java.net.SocketException "Connection
// reset", "Broken pipe"; Apache HttpClient's NoHttpResponseException "... failed to respond"). Refused connections
// and timeouts are not resets: the service is down or slow, and trying again at once would not help.
const CONNECTION_RESET =
    /connection reset|broken pipe|NoHttpResponseException|failed to respond|unexpected end of (file|stream)/i

export function isConnectionReset(transportError: string): boolean {
    return CONNECTION_RESET.test(String(transportError || ''))
}

export interface InteractiveOutcome {
    /** 1-based number of the attempt that just failed. */
    attempt: number
    /** HTTP status, or 0 for a transport failure. */
    status: number
    /** The platform's error text for a transport failure ('' otherwise). */
    transportError: string
    /** Whether repeating the request is safe (GET, or a POST carrying an idempotency key). */
    idempotent: boolean
}

/** Never a wait: either one immediate retry after a reset on a repeatable request, or no retry at all. */
export function decideInteractiveRetry(o: InteractiveOutcome): { retry: true; delayMs: 0 } | { retry: false } {
    if (o.status === 0 && o.idempotent && o.attempt < INTERACTIVE_MAX_ATTEMPTS && isConnectionReset(o.transportError))
        return { retry: true, delayMs: 0 }
    return { retry: false }
}
