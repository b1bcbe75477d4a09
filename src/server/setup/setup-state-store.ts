import { findOne } from '../platform/records.ts'
import { SetupSnapshot } from '../domain/setup-gate.ts'

export const SETUP_TABLE = 'x_mioms_m365_assis_setup_state'

export function readSetupSnapshot(): SetupSnapshot {
    const row = findOne(SETUP_TABLE, '', ['step', 'configuration', 'completed', 'tests_passed_on'], { orderBy: 'sys_created_on' })
    if (!row) return { exists: false, step: '', configuration: '', completed: false, testsPassed: false }
    return {
        exists: true,
        step: row.step,
        configuration: row.configuration,
        completed: row.completed === 'true',
        testsPassed: row.tests_passed_on !== '',
    }
}
