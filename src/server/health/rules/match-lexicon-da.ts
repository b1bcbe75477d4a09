import { Gloss } from './match-lexicon-en.ts'

// Danish lexicon for health matching: service-desk Danish -> the English words of Microsoft's service health issues,
// by symptom area. æ, ø, å are folded to ae, oe, aa (also how Danes type without a Danish keyboard). A trailing *
// matches any word starting with it, which covers definite and plural endings (møde, mødet, møder, mødelink...);
// compounds are split first (match-analyze.ts), so "mødeindkaldelse" and "Teams-møde" reach these words too.

export const DA_GLOSSARY: Gloss[] = [
    // mail delivery
    ['mail*', 'email'], ['e-mail*', 'email'], ['postkass*', 'mailbox'], ['delt* postkass*', 'shared mailbox'], ['fællespostkass*', 'shared mailbox'], ['indbakke*', 'inbox'],
    ['besked*', 'message'], ['modtag*', 'receive'], ['send', 'send'], ['sende*', 'send'], ['sendt', 'send'], ['udefra', 'external'], ['ekstern*', 'external'], ['intern*', 'internal'],
    ['forsink*', 'delay'], ['for sent', 'delay'], ['langsom*', 'slowness'], ['afvis*', 'rejected'], ['retur', 'ndr'], ['returmail*', 'ndr'], ['karantæne*', 'quarantine'],
    ['frigiv*', 'release'], ['kommer ikke frem', 'not delivered'], ['kommer ikke', 'not receive'], ['henter ikke', 'not receive'], ['leveret', 'deliver'], ['leveres', 'deliver'],
    ['modtager*', 'recipient'], ['afsender*', 'sender'], ['domæne*', 'domain'],
    // calendar and meetings
    ['møde*', 'meeting'], ['mødeindkaldelse*', 'meeting invitation'], ['indkaldelse*', 'invitation'], ['invitation*', 'invitation'], ['accepter*', 'accept'], ['afslå*', 'decline'],
    ['kalender*', 'calendar'], ['aftale*', 'appointment'], ['deltag*', 'join'], ['mødelink*', 'meeting link'], ['vi kunne ikke forbinde dig', 'we couldn t connect you'],
    ['optagelse*', 'recording'], ['transskription*', 'transcript'], ['opsummering*', 'recap'], ['referat*', 'recap'], ['resumé*', 'summarize'],
    // chat, calls, presence, rooms, client
    ['chat*', 'chat'], ['ringe ud', 'call external'], ['ring*', 'call'], ['opkald*', 'call'], ['optagettone*', 'busy tone'], ['optaget', 'busy'], ['telefon*', 'phone'],
    ['nummer', 'number'], ['numre', 'number'], ['tilgængelighed', 'presence'], ['tilstedeværelse', 'presence'], ['tilgængelig', 'available'], ['væk', 'away'],
    ['mødelokale*', 'room'], ['lokale*', 'room'], ['konsol*', 'console'], ['fane*', 'tab'], ['filer fane*', 'files tab'], ['kanal*', 'channel'], ['hvid skærm', 'blank white screen'],
    ['sort skærm', 'black screen'], ['skærm*', 'screen'], ['opstart*', 'launch'], ['starter', 'start'], ['nye teams', 'new teams client'],
    // SharePoint, OneDrive, files
    ['websted*', 'site'], ['site*', 'site'], ['side', 'page'], ['sider', 'page'], ['intranet*', 'intranet'], ['søgning*', 'search'], ['søg*', 'search'], ['finder ikke', 'not find'],
    ['findes', 'find'], ['dokument*', 'document'], ['bibliotek*', 'library'], ['fil', 'file'], ['filer*', 'file'], ['filen', 'file'], ['mappe*', 'folder'], ['upload*', 'upload'],
    ['store filer', 'large file'], ['stor', 'large'], ['store', 'large'], ['dele', 'share'], ['deler', 'share'], ['deling*', 'sharing'], ['delingslink*', 'sharing link'], ['link*', 'link'],
    ['gæst*', 'guest'], ['partner*', 'external'], ['adgangsanmodning*', 'access request'], ['anmodning*', 'request'], ['adgang*', 'access'], ['ejer*', 'owner'],
    ['papirkurv*', 'recycle bin'], ['gendan*', 'restore'], ['slettet*', 'deleted'], ['synkronisering*', 'sync'], ['synkroniser*', 'sync'], ['synk*', 'sync'], ['afventer*', 'pending'],
    ['behandler ændringer', 'processing changes'],
    // sign-in, MFA, identity
    ['log* på', 'sign in'], ['log* ind', 'sign in'], ['logon*', 'sign in'], ['login*', 'sign in'], ['to-faktor*', 'mfa'], ['tofaktor*', 'mfa'], ['totrins*', 'mfa'],
    ['godkendelse*', 'approval'], ['godkend*', 'approve'], ['godkender*', 'approver'], ['notifikation*', 'notification'], ['meddelelse*', 'notification'],
    ['bekræftelseskode*', 'verification code'], ['kode*', 'code'], ['nulstil*', 'reset'], ['selvbetjen*', 'self service'], ['adgangskode*', 'password'], ['kodeord*', 'password'],
    ['spørger*', 'prompt'], ['hele tiden', 'repeatedly'], ['igen og igen', 'repeatedly'], ['betinget adgang', 'conditional access'], ['politik*', 'policy'], ['katalog*', 'directory'],
    ['lokal* ad', 'on premises active directory'], ['konto*', 'account'], ['gruppe*', 'group'], ['indløs*', 'redeem'],
    // devices
    ['tilmeld*', 'enroll'], ['registrer*', 'enroll'], ['firmaportal*', 'company portal'], ['enhed*', 'device'], ['ikke kompatibel*', 'not compliant'], ['kompatibel*', 'compliant'],
    ['overholder ikke', 'not compliant'], ['installer*', 'install'], ['påkrævet*', 'required'], ['app', 'app'], ['appen', 'app'], ['apps', 'app'], ['opdatering*', 'update'],
    ['kvalitetsopdatering*', 'quality update'], ['månedlig*', 'monthly'],
    // Power BI
    ['rapport*', 'report'], ['visualisering*', 'visual'], ['tom', 'blank'], ['tomme', 'blank'], ['tomt', 'blank'], ['ingen data', 'no data'], ['planlagt opdatering', 'scheduled refresh'],
    ['planlagt*', 'scheduled'], ['semantisk model', 'semantic model'], ['datasæt*', 'semantic model'], ['eksport*', 'export'],
    // Office apps
    ['går ned', 'crash'], ['crasher', 'crash'], ['lukker ned', 'crash'], ['fryser', 'freeze'], ['frys*', 'freeze'], ['hænger', 'freeze'], ['svarer ikke', 'stop responding'],
    ['vedhæft*', 'attachment'], ['åbn*', 'open'], ['samtidig redigering', 'co author'], ['samtidig*', 'same time'], ['redigering*', 'edit'], ['redigere', 'edit'],
    ['skrivebeskyttet', 'read only'], ['blokeret', 'blocked'], ['gemme*', 'save'], ['gemmer', 'save'], ['gem', 'save'], ['aktivering*', 'activate'], ['aktiver*', 'activate'],
    ['ulicenseret produkt', 'unlicensed product'], ['ulicenseret', 'unlicensed'], ['licens*', 'license'], ['tildel*', 'assign'], ['brugsrapport*', 'usage report'],
    ['på nettet', 'for the web'], ['følsomhedsetiket*', 'sensitivity label'], ['etiket*', 'label'],
    // Power Automate, Power Apps
    ['flow*', 'flow'], ['udløs*', 'trigger'], ['kører ikke', 'not run'], ['kør*', 'run'], ['venter', 'wait'], ['skrivebordsflow*', 'desktop flow'], ['maskine*', 'machine'],
    ['element*', 'item'], ['liste*', 'list'], ['lærred*', 'canvas'], ['indlæsning*', 'loading'], ['udgiv*', 'publish'], ['fællesskab*', 'community'], ['opslag*', 'post'],
    // other services
    ['svar', 'response'], ['besvarelse*', 'response'], ['opgave*', 'task'], ['forfaldsdato*', 'due date'], ['projekt*', 'project'], ['booke', 'book'], ['book*', 'book'],
    ['tid', 'time slot'], ['udskriftsjob*', 'print job'], ['udskrift*', 'print'], ['udskriv*', 'print'], ['kø', 'queue'], ['køen', 'queue'], ['printer*', 'printer'],
    ['video*', 'video'], ['afspil*', 'play'], ['alarm*', 'alert'], ['advarsel*', 'alert'],
    // general
    ['fejl', 'error'], ['fejlen', 'error'], ['fejler', 'fail'], ['fejlede', 'fail'], ['virker ikke', 'not working'], ['mangler', 'missing'], ['ny', 'new'], ['nye', 'new'],
    ['noget gik galt', 'something went wrong'], ['ingen svar', 'no response'],
    // not Microsoft 365 (hardware): see NON_M365 in match-services.ts
    ['papirstop', 'paper jam'], ['mus', 'mouse'], ['tastatur*', 'keyboard'], ['blink*', 'flicker'], ['dockingstation*', 'docking station'], ['trådløst netværk', 'wifi'],
]

export const DA_STOP =
    'jeg du han hun vi de den det der en et og i paa til af med fra for om at er var har havde kan kunne vil skal ikke som naar hvis men eller ' +
    'min mit mine din dit dine sin sit sine vores jeres deres hans hendes os dem mig dig sig her nu da saa ogsaa meget mere efter over under ved ' +
    'alle nogle noget ingen hele siden igaar idag morges bruger brugere brugeren brugerne kollega kolleger kollegaer faar fik goer blev bliver ' +
    'selvom stadig endnu hos via flere minutter timer dag dage'

/** Words that tell Danish text from English and French (folded). */
export const DA_MARKERS =
    'ikke kan jeg og er til af med paa fra har ved naar efter hos virker fejl fejler mangler kommer viser giver faar siger selvom kunne ' +
    'brugere bruger nye ny den det vi der som ingen'

/** Danish endings stripped from a word we do not know when what is left is a word we know ("gatewayen" -> "gateway"). */
export const DA_SUFFIXES = ['erne', 'ene', 'en', 'et', 'er', 'e', 's']
