// Microsoft Graph's serviceHealthIssue and its posts as the app decodes them: the one type the Graph client returns
// and health/ maps to rows. Every field but id is optional: Graph may leave any of them out, and the mapping checks
// each. https://learn.microsoft.com/graph/api/resources/servicehealthissue  Types only: nothing here runs.

export interface GraphPost {
    createdDateTime: string
    postType?: string
    description?: { contentType?: string; content?: string }
}

export interface GraphIssue {
    id: string
    title?: string
    service?: string
    feature?: string
    featureGroup?: string
    impactDescription?: string
    classification?: string
    origin?: string
    status?: string
    isResolved?: boolean
    startDateTime?: string | null
    endDateTime?: string | null
    lastModifiedDateTime?: string
    posts?: GraphPost[]
}
