// Agents' answers on suggested service health issues (health/rules/health-match-feedback.ts): what the tab lists.
import {
    confirmedIssueIds,
    listedIssueIds,
    rejectedIssueIds,
} from '../../src/server/health/rules/health-match-feedback'

describe('listedIssueIds', () => {
    const feedback = { EX1: false, TM2: true, SP3: true }

    it('own issues first, then confirmed ones, then the ranking; never a rejected one, no repeats, at most limit', () => {
        expect(listedIssueIds(['AD9'], ['TM2', 'SP3'], ['EX1', 'SP3', 'OD4', 'PB5'], feedback, 10)).toEqual([
            'AD9',
            'TM2',
            'SP3',
            'OD4',
            'PB5',
        ])
        expect(listedIssueIds(['AD9'], ['TM2', 'SP3'], ['OD4', 'PB5'], feedback, 3)).toEqual(['AD9', 'TM2', 'SP3'])
    })

    it("a rejected issue stays out even when it is the incident's own issue", () => {
        expect(listedIssueIds(['EX1'], [], ['EX1', 'OD4'], feedback, 5)).toEqual(['OD4'])
    })

    it('no answers: the own issues and the ranking as they are', () => {
        expect(listedIssueIds([], [], ['OD4', 'PB5'], {}, 5)).toEqual(['OD4', 'PB5'])
        expect(listedIssueIds([], [], [], {}, 5)).toEqual([])
    })

    it('splits answers into rejected and confirmed ids', () => {
        expect(rejectedIssueIds(feedback)).toEqual(['EX1'])
        expect(confirmedIssueIds(feedback)).toEqual(['TM2', 'SP3'])
    })
})
