import { useCallback, useEffect, useState } from 'react'
import { apiFetch, ApiError } from '../shared/api.ts'
import { Answers, Field, SetupView, STEP_FIELDS, StepId } from './types.ts'

// Loads the flow, keeps the admin's unsaved edits (draft) across Back/Next, saves one step at a time and runs
// the verification tests. The step shown is in the URL (?step=...), so reload and Back in the browser work.

const STEP_PARAM = 'step'

function stepFromUrl(): string {
    return new URLSearchParams(window.location.search).get(STEP_PARAM) || ''
}

function pickOpenStep(view: SetupView, wanted: string): StepId {
    const s = view.steps.find((x) => x.id === wanted && x.canOpen)
    return s ? s.id : view.step
}

export function useSetup() {
    const [view, setView] = useState<SetupView | null>(null)
    const [draft, setDraft] = useState<Answers | null>(null)
    const [current, setCurrent] = useState<StepId>('consent')
    const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
    const [banner, setBanner] = useState<string>('')
    const [busy, setBusy] = useState(false)

    const go = useCallback((step: StepId, push = true) => {
        setCurrent(step)
        setErrors({})
        setBanner('')
        const params = new URLSearchParams(window.location.search)
        params.set(STEP_PARAM, step)
        const url = window.location.pathname + '?' + params.toString()
        if (push) window.history.pushState({ step }, '', url)
        else window.history.replaceState({ step }, '', url)
    }, [])

    useEffect(() => {
        apiFetch<SetupView>('/setup').then(
            (v) => {
                setView(v)
                setDraft(v.answers)
                go(pickOpenStep(v, stepFromUrl()), false)
            },
            (e: Error) => setBanner(e.message),
        )
    }, [go])

    useEffect(() => {
        const onPop = () => {
            if (view) go(pickOpenStep(view, stepFromUrl()), false)
        }
        window.addEventListener('popstate', onPop)
        return () => window.removeEventListener('popstate', onPop)
    }, [view, go])

    const set = useCallback(<F extends Field>(field: F, value: Answers[F]) => {
        setDraft((d) => (d ? { ...d, [field]: value } : d))
        setErrors((e) => ({ ...e, [field]: undefined }))
    }, [])

    /** Saves the current step; resolves with the fresh view, or null when the server refused it. */
    const save = useCallback((): Promise<SetupView | null> => {
        if (!draft) return Promise.resolve(null)
        const body: Record<string, unknown> = {}
        for (const f of STEP_FIELDS[current]) body[f] = draft[f]
        setBusy(true)
        return apiFetch<SetupView>('/setup/steps/' + current, { method: 'PUT', body })
            .then(
                (v) => {
                    setView(v)
                    setDraft((d) => ({ ...v.answers, ...pickUnsaved(d, v, current) }))
                    return v
                },
                (e: unknown) => {
                    setErrors(e instanceof ApiError ? (e.fields as Partial<Record<Field, string>>) : {})
                    setBanner(e instanceof Error ? e.message : String(e))
                    return null
                },
            )
            .finally(() => setBusy(false))
    }, [draft, current])

    // Verification and turning the integration off both answer with the whole Setup view.
    const postForView = useCallback((path: string): Promise<SetupView | null> => {
        setBusy(true)
        setBanner('')
        return apiFetch<SetupView>(path, { method: 'POST' })
            .then(
                (v) => {
                    setView(v)
                    return v
                },
                (e: Error) => {
                    setBanner(e.message)
                    return null
                },
            )
            .finally(() => setBusy(false))
    }, [])
    const verify = useCallback(() => postForView('/setup/verify'), [postForView])
    const turnOff = useCallback(() => postForView('/setup/turn-off'), [postForView])

    return { view, draft, current, errors, banner, busy, go, set, save, verify, turnOff }
}

// Edits made on other steps and not saved yet survive a save of this step.
function pickUnsaved(d: Answers | null, v: SetupView, saved: StepId): Partial<Answers> {
    if (!d) return {}
    const out: Partial<Answers> = {}
    for (const step of Object.keys(STEP_FIELDS) as StepId[]) {
        if (step === saved) continue
        for (const f of STEP_FIELDS[step])
            if (d[f] !== v.answers[f] && STEP_FIELDS[saved].indexOf(f) < 0) (out as Record<string, unknown>)[f] = d[f]
    }
    return out
}
