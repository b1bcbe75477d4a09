import { GlideDateTime } from '@servicenow/glide'
import { roundHalfUp } from '../domain/numbers.ts'

// Time for the outbound code. Instance time comes from GlideDateTime (so the test double's clock can move token
// expiry); waiting is real elapsed time.

export function nowMs(): number {
    return new GlideDateTime().getNumericValue()
}

export type Waiter = (ms: number) => void

// A scoped app may not call gs.sleep ("Function sleep is not allowed in scope", MethodNotAllowedException) and
// cannot ship the usual global-scope sleep helper, so the only way to wait inside a transaction is a clock loop.
// It holds a worker thread, which is why retry-policy caps every wait and the total per call.
function spinWait(ms: number): void {
    const until = Date.now() + ms
    while (Date.now() < until) {
        // deliberately empty: see above
    }
}

let waiter: Waiter = spinWait

/** The one place outbound code waits (between retries). */
export function pause(ms: number): void {
    if (ms > 0) waiter(roundHalfUp(ms))
}

/**
 * Replaces the wait (tests and benches observe or shorten it); null restores the clock loop. Returns the
 * previous waiter so a caller can put it back.
 */
export function setWaiter(w: Waiter | null): Waiter {
    const previous = waiter
    waiter = w || spinWait
    return previous
}
