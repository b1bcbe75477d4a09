import { runCaseSync } from './case-service.ts'

// Entry point of the scheduled job "Microsoft 365 case sync": sends cases the connector did not take yet.
export function caseSyncJob(): void {
    runCaseSync()
}
