import { t } from 'sn-translate'

// Graph's serviceHealthStatus and serviceHealthClassificationType values as the Microsoft 365 admin center words
// them. Each label is a literal t() key (the build collects literals only). A value Graph adds later
// (unknownFutureValue, or a new member) is shown as Graph sent it rather than hidden.

export function healthStatusLabel(status: string): string {
    switch (String(status || '').toLowerCase()) {
        case 'serviceoperational':
            return t('Service operational')
        case 'investigating':
            return t('Investigating')
        case 'restoringservice':
            return t('Restoring service')
        case 'verifyingservice':
            return t('Verifying service')
        case 'servicerestored':
            return t('Service restored')
        case 'postincidentreviewpublished':
            return t('Post-incident report published')
        case 'servicedegradation':
            return t('Service degradation')
        case 'serviceinterruption':
            return t('Service interruption')
        case 'extendedrecovery':
            return t('Extended recovery')
        case 'falsepositive':
            return t('False positive')
        case 'investigationsuspended':
            return t('Investigation suspended')
        case 'resolved':
            return t('Resolved')
        case 'mitigatedexternal':
            return t('Mitigated (external)')
        case 'mitigated':
            return t('Mitigated')
        case 'resolvedexternal':
            return t('Resolved (external)')
        case 'confirmed':
            return t('Confirmed')
        case 'reported':
            return t('Reported')
        default:
            return status
    }
}

export function classificationLabel(classification: string): string {
    switch (String(classification || '').toLowerCase()) {
        case 'incident':
            return t('Incident')
        case 'advisory':
            return t('Advisory')
        default:
            return classification
    }
}
