import { Gloss } from './match-lexicon-en.ts'

// French lexicon for health matching: service-desk French -> the English words of Microsoft's service health issues,
// by symptom area. Accents may be written or not (both sides are folded: "réunion" = "reunion"). A trailing * matches
// any word starting with it (verb and plural endings); elided articles (l', d', n', qu') are dropped as stop words.

export const FR_GLOSSARY: Gloss[] = [
    // mail delivery
    ['boîte aux lettres partagée*', 'shared mailbox'], ['boîtes aux lettres partagées', 'shared mailbox'], ['boîte partagée*', 'shared mailbox'], ['boîte aux lettres', 'mailbox'],
    ['boîte mail', 'mailbox'], ['boîte de réception', 'inbox'], ['messagerie', 'email'], ['courriel*', 'email'], ['mail', 'email'], ['mails', 'email'], ['e-mail*', 'email'],
    ['reçoi*', 'receive'], ['reçu', 'receive'], ['reçus', 'receive'], ['recev*', 'receive'], ['réception', 'receive'], ['arrive*', 'receive'], ['arrivent', 'receive'],
    ['envoi*', 'send'], ['envoy*', 'send'], ['expédi*', 'send'], ['externe*', 'external'], ['extérieur*', 'external'], ['interne*', 'internal'],
    ['retard*', 'delay'], ['décalage', 'delay'], ['lent*', 'slowness'], ['lenteur*', 'slowness'], ['rapport de non-remise', 'ndr'], ['non-remise', 'ndr'], ['non remise', 'ndr'],
    ['rejet*', 'rejected'], ['refusé*', 'rejected'], ['distribu*', 'deliver'], ['quarantaine', 'quarantine'], ['libérer', 'release'], ['libération', 'release'],
    ['flux de messagerie', 'mail flow'], ['flux de courrier', 'mail flow'], ['destinataire*', 'recipient'], ['expéditeur*', 'sender'],
    // calendar and meetings
    ['réunion*', 'meeting'], ['visio*', 'meeting'], ['demande de réunion', 'meeting request'], ['invitation* de réunion', 'meeting invitation'], ['invitation*', 'invitation'],
    ['convocation*', 'meeting invitation'], ['accepter', 'accept'], ['accepte*', 'accept'], ['refuser', 'decline'], ['calendrier*', 'calendar'], ['agenda*', 'calendar'],
    ['rendez-vous', 'appointment'], ['créneau*', 'time slot'], ['rejoindre', 'join'], ['rejoin*', 'join'], ['participer', 'join'], ['lien de la réunion', 'meeting link'],
    ['nous n\'avons pas pu vous connecter', 'we couldn t connect you'], ['roue qui tourne', 'spinning wheel'], ['tourne en boucle', 'spinning wheel'],
    ['enregistrement*', 'recording'], ['transcription*', 'transcript'], ['récapitulatif*', 'recap'], ['résumé*', 'summarize'], ['résumer', 'summarize'], ['génère*', 'generate'],
    // chat, calls, presence, rooms, client
    ['conversation*', 'chat'], ['discussion*', 'chat'], ['messagerie instantanée', 'chat'], ['message*', 'message'],
    ['appel*', 'call'], ['numéro externe', 'external phone number'], ['numéro*', 'number'], ['tonalité occupée', 'busy tone'], ['occupé*', 'busy'], ['téléphon*', 'phone'],
    ['statut de présence', 'presence status'], ['présence', 'presence'], ['statut', 'status'], ['absent', 'away'], ['hors ligne', 'offline'],
    ['salle de réunion', 'room'], ['salle*', 'room'], ['onglet fichiers', 'files tab'], ['onglet*', 'tab'], ['canal', 'channel'], ['canaux', 'channel'],
    ['écran blanc', 'blank white screen'], ['écran noir', 'black screen'], ['écran*', 'screen'], ['démarrage', 'launch'], ['au lancement', 'launch'], ['démarr*', 'start'],
    // SharePoint, OneDrive, files
    ['site*', 'site'], ['inaccessible*', 'unable access'], ['accéder', 'access'], ['accès', 'access'], ['demande* d\'accès', 'access request'], ['propriétaire*', 'owner'],
    ['recherche*', 'search'], ['rechercher', 'search'], ['résultat*', 'result'], ['fichier*', 'file'], ['dossier*', 'folder'], ['document*', 'document'], ['bibliothèque*', 'library'],
    ['téléverse*', 'upload'], ['téléversement*', 'upload'], ['chargement bloqué', 'upload blocked'], ['gros fichier*', 'large file'], ['volumineux', 'large'],
    ['partag*', 'share'], ['lien* de partage', 'sharing link'], ['partenaire*', 'external'], ['invité*', 'guest'], ['corbeille', 'recycle bin'], ['restaur*', 'restore'],
    ['supprimé*', 'deleted'], ['synchro', 'sync'], ['synchronisation*', 'sync'], ['synchronis*', 'sync'], ['traitement des modifications', 'processing changes'], ['en attente', 'pending'],
    // sign-in, MFA, identity
    ['se connecter', 'sign in'], ['connexion', 'sign in connection'], ['authentification multifacteur', 'mfa'], ['double authentification', 'mfa'], ['authentification*', 'authentication'],
    ['notification*', 'notification'], ['demande* d\'approbation', 'approval request'], ['approbation*', 'approval'], ['approbateur*', 'approver'], ['approuv*', 'approve'],
    ['code de vérification', 'verification code'], ['réinitialis*', 'reset'], ['mot de passe', 'password'], ['mots de passe', 'password'], ['redemande*', 'repeatedly prompt'],
    ['sans cesse', 'repeatedly'], ['en libre-service', 'self service'], ['libre-service', 'self service'], ['accès conditionnel', 'conditional access'], ['stratégie*', 'policy'], ['politique*', 'policy'],
    ['synchronisation de l\'annuaire', 'directory synchronization'], ['annuaire', 'directory'], ['ad local', 'on premises active directory'], ['compte*', 'account'],
    ['groupe*', 'group'], ['lien d\'invitation', 'invitation link'],
    // devices
    ['inscription*', 'enroll'], ['enrôlement*', 'enroll'], ['enrôler', 'enroll'], ['inscrire', 'enroll'], ['portail d\'entreprise', 'company portal'], ['appareil*', 'device'],
    ['non conforme*', 'not compliant'], ['conforme*', 'compliant'], ['conformité', 'compliance'], ['à tort', 'incorrectly'], ['install*', 'install'], ['déploie*', 'deploy'],
    ['déploiement*', 'deployment'], ['requis*', 'required'], ['application*', 'app'], ['appli', 'app'], ['applis', 'app'], ['mise à jour', 'update'], ['mises à jour', 'update'],
    ['mensuel*', 'monthly'], ['proposé*', 'offered'],
    // Power BI
    ['rapport*', 'report'], ['tableau de bord', 'dashboard'], ['tableaux de bord', 'dashboard'], ['visuel*', 'visual'], ['vide*', 'blank'], ['données', 'data'],
    ['actualisation*', 'refresh'], ['actualis*', 'refresh'], ['planifié*', 'scheduled'], ['jeu de données', 'semantic model'], ['jeux de données', 'semantic model'],
    ['modèle sémantique', 'semantic model'], ['passerelle*', 'gateway'], ['délai d\'attente', 'timeout'], ['exportation*', 'export'], ['export*', 'export'],
    // Office apps
    ['plante*', 'crash'], ['planté', 'crash'], ['fige*', 'freeze'], ['figé*', 'freeze'], ['ne répond plus', 'stop responding'], ['pièce* jointe*', 'attachment'], ['ouverture', 'open'],
    ['ouvr*', 'open'], ['coédition', 'co author'], ['co-édition', 'co author'], ['à plusieurs', 'others same time'], ['lecture seule', 'read only'], ['modifier', 'edit'],
    ['édit*', 'edit'], ['classeur*', 'workbook'], ['enregistrer', 'save'], ['sauvegard*', 'save'], ['activation', 'activate'], ['activer', 'activate'],
    ['produit sans licence', 'unlicensed product'], ['licence*', 'license'], ['attribu*', 'assign'], ['centre d\'administration', 'admin center'],
    ['rapports d\'utilisation', 'usage report'], ['navigateur', 'browser'], ['pour le web', 'for the web'], ['étiquette* de confidentialité', 'sensitivity label'],
    ['étiquette*', 'label'], ['confidentialité', 'sensitivity'],
    // Power Automate, Power Apps
    ['flux de bureau', 'desktop flow'], ['flux', 'flow'], ['déclench*', 'trigger'], ['exécut*', 'run'], ['non surveillé*', 'unattended'], ['élément*', 'item'], ['liste*', 'list'],
    ['publier', 'publish post'], ['publication*', 'post'], ['communauté*', 'community'], ['annonce*', 'announcement'], ['réponse*', 'response'],
    // other services
    ['tâche*', 'task'], ['échéance*', 'due date'], ['projet*', 'project'], ['réserv*', 'book'], ['imprimante*', 'printer'], ['imprim*', 'print'], ['impression*', 'print'],
    ['file d\'attente', 'queue'], ['vidéo*', 'video'], ['lire', 'play'], ['alerte*', 'alert'], ['tableau de bord vide', 'empty dashboard'],
    // general
    ['erreur*', 'error'], ['échec', 'fail'], ['échoue*', 'fail'], ['ne fonctionne plus', 'not working'], ['ne fonctionne pas', 'not working'], ['introuvable*', 'missing'],
    ['n\'apparaît pas', 'not appear'], ['n\'apparaissent pas', 'not appear'], ['apparaî*', 'appear'], ['apparai*', 'appear'], ['absente*', 'missing'], ['bloqué*', 'stuck'], ['nouveau*', 'new'],
    ['problème est survenu', 'something went wrong'], ['un problème est survenu', 'something went wrong'],
    // not Microsoft 365 (hardware): see NON_M365 in match-services.ts
    ['bourrage*', 'paper jam'], ['clavier*', 'keyboard'], ['souris', 'mouse'], ['écran externe', 'monitor'], ['station d\'accueil', 'docking station'],
]

export const FR_STOP =
    'le la les l de des du d un une et ou en dans pour par sur avec sans ne n pas plus que qu qui quoi nous vous ils elles il elle je j on ' +
    'leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces est sont a ont ai avons avez ete etre avoir fait faire ' +
    'depuis ce matin hier aujourd hui tous toutes tout toute tres bien deja encore aucun aucune au aux y se s c m t lorsque quand apres avant ' +
    'impossible peut peuvent pouvons probleme utilisateur utilisateurs collegue collegues merci svp urgent'

/** Words that tell French text from English and Danish (folded). */
export const FR_MARKERS =
    'le la les des du une est sont pas ne dans pour avec sur aux au impossible plus depuis aucun nous vous je qui que erreur echec partage reunion ' +
    'fichier fichiers ouvrir ouvre connexion bloque bloques donnees ecran salle lien rapport boite'
