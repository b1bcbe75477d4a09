import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    '-- Select a profile --': {
                        table: 'sys_ui_message'
                        id: 'e7d46cde8968415f85bd15d731244c6a'
                        deleted: true
                    }
                    '-- Select a user --': {
                        table: 'sys_ui_message'
                        id: '86670f4a036c4da294d84422be557e0b'
                        deleted: true
                    }
                    '-- Select an OAuth client --': {
                        table: 'sys_ui_message'
                        id: '0a157b701a0341e1aee47d8fe15c49a8'
                        deleted: true
                    }
                    '-- Select an OIDC entity --': {
                        table: 'sys_ui_message'
                        id: '7395b61a51ec4c149cda99b15c1a1d25'
                        deleted: true
                    }
                    '(none)': {
                        table: 'sys_ui_message'
                        id: 'd52f6c4047c04bf3bddfb6b407613c23'
                        deleted: true
                    }
                    '(not set)': {
                        table: 'sys_ui_message'
                        id: '5e56332c550a4408a295f6087d5ff74d'
                        deleted: true
                    }
                    '(saved results; the search service is not reachable)': {
                        table: 'sys_ui_message'
                        id: '9e2abc88410b41beb0a806dbe887609a'
                        deleted: true
                    }
                    '{0} of {1} tests did not pass. Fix what each one says, then select Next again.': {
                        table: 'sys_ui_message'
                        id: '67618bc5a2e4428ab1817f1363e4f47a'
                        deleted: true
                    }
                    '{0} of {1} tests did not pass. The integration keeps running on the setup verified on {2} (UTC); fix what each test says, then select Next again.': {
                        table: 'sys_ui_message'
                        id: 'f6f844ff60c54358864b644e6577d9da'
                        deleted: true
                    }
                    'acl-case-activity-create': {
                        table: 'sys_security_acl'
                        id: '7f51e831d7ce45278940356e903494e4'
                    }
                    'acl-case-activity-delete': {
                        table: 'sys_security_acl'
                        id: 'ac5c6a8ce6f545749715d15d8d949f34'
                    }
                    'acl-case-activity-read': {
                        table: 'sys_security_acl'
                        id: '23eceb758db84b0196c37c20c6943c4f'
                    }
                    'acl-case-activity-write': {
                        table: 'sys_security_acl'
                        id: 'b5f585c99add423f932fc4049ca6aed8'
                    }
                    'acl-case-create': {
                        table: 'sys_security_acl'
                        id: 'b1e4327c1fea42eb92424c70d58cbd61'
                    }
                    'acl-case-delete': {
                        table: 'sys_security_acl'
                        id: 'd58613a0602c4f5f9ca4a6fe9b2cdec4'
                    }
                    'acl-case-read': {
                        table: 'sys_security_acl'
                        id: '23092ec35c44486fbfea8a01ed1f6326'
                    }
                    'acl-case-write': {
                        table: 'sys_security_acl'
                        id: 'ccee9dfb00104be391ae1ff7913c7558'
                    }
                    'acl-health-issue-create': {
                        table: 'sys_security_acl'
                        id: '7d72740d6a1949c388f029c9b7969c02'
                    }
                    'acl-health-issue-delete': {
                        table: 'sys_security_acl'
                        id: '8d969cb744b140aa9dde3823885c312d'
                    }
                    'acl-health-issue-read': {
                        table: 'sys_security_acl'
                        id: 'e0a6f27088f64ec986bb1955d5050c65'
                    }
                    'acl-health-issue-write': {
                        table: 'sys_security_acl'
                        id: 'f07bb3464cc0454ebdf6fb1a42d45787'
                    }
                    'acl-health-match-feedback-create': {
                        table: 'sys_security_acl'
                        id: '32dbe6052cc64e34bfc7b087d8c899c5'
                    }
                    'acl-health-match-feedback-delete': {
                        table: 'sys_security_acl'
                        id: '7e07b56da3134d37b2c446c22b13e4ee'
                    }
                    'acl-health-match-feedback-read': {
                        table: 'sys_security_acl'
                        id: 'e04d830fff36435ba5b176f9ff88b603'
                    }
                    'acl-health-match-feedback-write': {
                        table: 'sys_security_acl'
                        id: '799a08da0c5d4bb8b07034bbc4e1e4cf'
                    }
                    'acl-linked-account-create': {
                        table: 'sys_security_acl'
                        id: '2ab54d93f28548a2ba186a71f2a6b5dc'
                    }
                    'acl-linked-account-delete': {
                        table: 'sys_security_acl'
                        id: '47dbc2f4888b4fd485b0bea968c06fa6'
                    }
                    'acl-linked-account-read': {
                        table: 'sys_security_acl'
                        id: '810d5240ff1e4bedae0feec635b95ce5'
                    }
                    'acl-linked-account-write': {
                        table: 'sys_security_acl'
                        id: '3788972577444cf9a871da4884736fd9'
                    }
                    'acl-rest-app-escalate': {
                        table: 'sys_security_acl'
                        id: 'b9b9efbda59846e787b6cc57b71759c5'
                    }
                    'acl-rest-app-incident-tab': {
                        table: 'sys_security_acl'
                        id: '3c197047e76f46b3b5bf4f030dcd43dd'
                    }
                    'acl-rest-app-setup': {
                        table: 'sys_security_acl'
                        id: 'bd26bcb0beba41f3aa1c41c886e0d1ff'
                    }
                    'acl-rest-app-status': {
                        table: 'sys_security_acl'
                        id: '222a01d2574043f3a320ff0ee304712b'
                    }
                    'acl-rest-connector-read': {
                        table: 'sys_security_acl'
                        id: 'a812871b911a4d92827a9a4304b4bc50'
                    }
                    'acl-rest-connector-write': {
                        table: 'sys_security_acl'
                        id: '3ba265f4af5b4641bb2615987f4987cc'
                    }
                    'acl-setup-state-create': {
                        table: 'sys_security_acl'
                        id: 'f459cc0461904a1ca95b7a98592e6b0d'
                    }
                    'acl-setup-state-delete': {
                        table: 'sys_security_acl'
                        id: 'fb9328fbe5b646b6b8f75ecb718ad647'
                    }
                    'acl-setup-state-read': {
                        table: 'sys_security_acl'
                        id: 'f3c9ebf9b917407e80dc75373000b160'
                    }
                    'acl-setup-state-write': {
                        table: 'sys_security_acl'
                        id: '7d0eb6e4cae148ec8733739f3dd80755'
                    }
                    'acl-solution-cache-create': {
                        table: 'sys_security_acl'
                        id: '1123723885c7401f8b08303086009d67'
                    }
                    'acl-solution-cache-delete': {
                        table: 'sys_security_acl'
                        id: '89fabaa09cd44895be316929fea323e5'
                    }
                    'acl-solution-cache-read': {
                        table: 'sys_security_acl'
                        id: 'a09201017ed74ca1958638149bb8da0e'
                    }
                    'acl-solution-cache-write': {
                        table: 'sys_security_acl'
                        id: '806734a86e524e8497126cbf57ba0eb0'
                    }
                    'acl-solution-feedback-create': {
                        table: 'sys_security_acl'
                        id: '38a14c8e992044bd954263ea5192394a'
                    }
                    'acl-solution-feedback-delete': {
                        table: 'sys_security_acl'
                        id: '6cf157bb94ad4856aa7b2faa6aabb020'
                    }
                    'acl-solution-feedback-read-all': {
                        table: 'sys_security_acl'
                        id: '7006dc46d2c4468ab44ba237440ddfe9'
                    }
                    'acl-solution-feedback-read-own': {
                        table: 'sys_security_acl'
                        id: '70ae810dceee4c8c9463f9f8202f1281'
                    }
                    'acl-solution-feedback-write': {
                        table: 'sys_security_acl'
                        id: '62b64fe0579645c2b9c64e7bb34d35e7'
                    }
                    'Active users with Web service access only and the incident_manager role (they also need x_mioms_m365_assis.integration).': {
                        table: 'sys_ui_message'
                        id: 'b299c11fb36e47218bba1539c212ec51'
                        deleted: true
                    }
                    'Active users with Web service access only and the incident_manager role.': {
                        table: 'sys_ui_message'
                        id: '62e7dc999eeb4328b7842c9d17fd0803'
                        deleted: true
                    }
                    Advisory: {
                        table: 'sys_ui_message'
                        id: 'ba46ab87ab2d47c195aee72d79d7eab5'
                        deleted: true
                    }
                    Agree: {
                        table: 'sys_ui_message'
                        id: '7fe74f7b03a6469b942a20da5941db98'
                        deleted: true
                    }
                    'All tests passed on {0} (UTC). Setup is complete.': {
                        table: 'sys_ui_message'
                        id: '93a57d6395694fb69070888f4d903612'
                        deleted: true
                    }
                    'An admin account of your tenant, for example admin@{0}': {
                        table: 'sys_ui_message'
                        id: 'b1b02949d3c1466ebdfbf8e808148110'
                        deleted: true
                    }
                    'atf-inbound-event-anonymous': {
                        table: 'sys_atf_step'
                        id: '8c887d2088484aab912c63d82dd6c2a8'
                    }
                    'atf-inbound-event-anonymous-401': {
                        table: 'sys_atf_step'
                        id: 'd671021d46904544bb4d306dc98eff2a'
                    }
                    'atf-inbound-event-bad-fields': {
                        table: 'sys_atf_step'
                        id: '36ded115f0ad4ef194ece068ee8b7791'
                    }
                    'atf-inbound-event-bad-fields-400': {
                        table: 'sys_atf_step'
                        id: '1bf1715ca07148878c72cd342f25b4b2'
                    }
                    'atf-inbound-event-bad-fields-error': {
                        table: 'sys_atf_step'
                        id: 'd9d3a79166d347bf80086b2d06ad1be5'
                    }
                    'atf-inbound-event-bad-fields-message': {
                        table: 'sys_atf_step'
                        id: '541c10acb7604b77860809e0efe2c05a'
                    }
                    'atf-inbound-event-errors': {
                        table: 'sys_atf_test'
                        id: 'da5a7988da454fda80b718bceb3c2b0a'
                    }
                    'atf-inbound-event-not-json': {
                        table: 'sys_atf_step'
                        id: '6a2b79353c1d48618a7e9d8fa439dcfa'
                    }
                    'atf-inbound-event-not-json-400': {
                        table: 'sys_atf_step'
                        id: '649f32affe9c4b7babae8f0041bee3af'
                    }
                    'atf-inbound-event-not-json-error': {
                        table: 'sys_atf_step'
                        id: 'a9fecdfcc86241be9ab9d5555d8b125a'
                    }
                    'atf-inbound-event-not-json-valid': {
                        table: 'sys_atf_step'
                        id: '58889f5479104a1f870a63558e83e745'
                    }
                    'atf-inbound-event-profile': {
                        table: 'sys_atf_step'
                        id: 'c3945cc1198247e39b5c09c1585ebdfe'
                    }
                    'atf-inbound-ping': {
                        table: 'sys_atf_test'
                        id: 'ee7980bffcaa4f618d2f5acf0b7a414d'
                    }
                    'atf-inbound-ping-anonymous': {
                        table: 'sys_atf_step'
                        id: '8242aa0f9208487d87bc333c95ea7209'
                    }
                    'atf-inbound-ping-anonymous-401': {
                        table: 'sys_atf_step'
                        id: '10220a7bad2a4c1c99f06dafca33319a'
                    }
                    'atf-inbound-ping-integration': {
                        table: 'sys_atf_step'
                        id: 'f8bcab3eee7b44b48689d1381fb962f7'
                    }
                    'atf-inbound-ping-integration-200': {
                        table: 'sys_atf_step'
                        id: '789816d63db54735914d03cfdb0070dd'
                    }
                    'atf-inbound-ping-json': {
                        table: 'sys_atf_step'
                        id: 'd91f146b667b481095a2bb93215649fe'
                    }
                    'atf-inbound-ping-profile': {
                        table: 'sys_atf_step'
                        id: '1ebe5d34c5e84cd6bb9de28ad3d3ae33'
                    }
                    'atf-inbound-ping-scope': {
                        table: 'sys_atf_step'
                        id: 'b2e2d3b53a284f338797303a2b753dbe'
                    }
                    'atf-roles-admin-allowed': {
                        table: 'sys_atf_test'
                        id: '5cd5e541a50f47bd9bfa93a3aaf9d820'
                    }
                    'atf-roles-admin-escalate': {
                        table: 'sys_atf_step'
                        id: '01ec6bc21afb40eaac0db8daf32740b3'
                    }
                    'atf-roles-admin-escalate-not-401': {
                        table: 'sys_atf_step'
                        id: 'f641c76765274985bfcc2c598c86550f'
                    }
                    'atf-roles-admin-escalate-not-403': {
                        table: 'sys_atf_step'
                        id: 'bcad056d1fd14524886e694fcacce3fb'
                    }
                    'atf-roles-admin-profile': {
                        table: 'sys_atf_step'
                        id: 'e02af5bffff5454fb479687843ab9f48'
                    }
                    'atf-roles-admin-setup-get': {
                        table: 'sys_atf_step'
                        id: '250411a1262e4a0dbd64eaaab20442b1'
                    }
                    'atf-roles-admin-setup-get-200': {
                        table: 'sys_atf_step'
                        id: '2a4084f3725c4357bdf004ff731e2f92'
                    }
                    'atf-roles-admin-setup-insert': {
                        table: 'sys_atf_step'
                        id: '7c1025bf4336483fa2801aba54cd77ea'
                    }
                    'atf-roles-admin-setup-read': {
                        table: 'sys_atf_step'
                        id: 'dbc215329c864ca6bd82e0e865b0dac2'
                    }
                    'atf-roles-admin-user': {
                        table: 'sys_atf_step'
                        id: '6daaa4ed4069411bb816a011350334e5'
                    }
                    'atf-roles-insights-case-insert': {
                        table: 'sys_atf_step'
                        id: 'f8b9f1e3da4e46d2ab801e428b081d4e'
                    }
                    'atf-roles-insights-denied': {
                        table: 'sys_atf_test'
                        id: '6ef3e303b48740fb829e9ed25467deb7'
                    }
                    'atf-roles-insights-escalate': {
                        table: 'sys_atf_step'
                        id: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                    }
                    'atf-roles-insights-escalate-403': {
                        table: 'sys_atf_step'
                        id: '0c9541687b244beaa9135e6d82b8c20e'
                    }
                    'atf-roles-insights-profile': {
                        table: 'sys_atf_step'
                        id: '0ecac30a38264af580df7e4c7c3859ad'
                    }
                    'atf-roles-insights-setup-get': {
                        table: 'sys_atf_step'
                        id: 'da994d593ffd4e83a3d45632ee1db97a'
                    }
                    'atf-roles-insights-setup-get-403': {
                        table: 'sys_atf_step'
                        id: '0ef6abb7d6ff48c491890f25b5c5e417'
                    }
                    'atf-roles-insights-setup-insert': {
                        table: 'sys_atf_step'
                        id: '6eadbea36f614ca3b5b9b6530b36f1ea'
                    }
                    'atf-roles-insights-setup-read': {
                        table: 'sys_atf_step'
                        id: '8fcc6d909ba2492ea00902107fb1c333'
                    }
                    'atf-roles-insights-status-get': {
                        table: 'sys_atf_step'
                        id: '2513df159a6d4ae385aee6d4dccea90f'
                    }
                    'atf-roles-insights-status-get-200': {
                        table: 'sys_atf_step'
                        id: '00e3f87e2e97408db8069bf98d90b773'
                    }
                    'atf-roles-insights-user': {
                        table: 'sys_atf_step'
                        id: '20093526930a4c919f4c6fc23dabadb0'
                    }
                    'atf-setup-state-complete': {
                        table: 'sys_atf_step'
                        id: 'f92c858c2f2c40048cb0f6737b2b80e6'
                    }
                    'atf-setup-state-incomplete': {
                        table: 'sys_atf_step'
                        id: 'e085ea4315284f3290ea9d49a37e8e4a'
                    }
                    'atf-setup-state-profile': {
                        table: 'sys_atf_step'
                        id: '57f8cff0eee74f4d866d968b3cba7f62'
                    }
                    'atf-setup-state-status': {
                        table: 'sys_atf_test'
                        id: '82b3746862f2494bbc2ef3d3e785239c'
                    }
                    'atf-setup-state-status-complete': {
                        table: 'sys_atf_step'
                        id: 'e139a52092f14be6a46917638efc996f'
                    }
                    'atf-setup-state-status-complete-200': {
                        table: 'sys_atf_step'
                        id: '5d96bd322d4342858f29248cc1a1dc5c'
                    }
                    'atf-setup-state-status-complete-flag': {
                        table: 'sys_atf_step'
                        id: 'a73f0fc4137f4fc7bb2f76b5f945fcf8'
                    }
                    'atf-setup-state-status-incomplete': {
                        table: 'sys_atf_step'
                        id: '36a9494adeaf4fb586a0cf43c2cd64c6'
                    }
                    'atf-setup-state-status-incomplete-200': {
                        table: 'sys_atf_step'
                        id: '3b16653525214fe48336b8ced41e1945'
                    }
                    'atf-setup-state-status-incomplete-flag': {
                        table: 'sys_atf_step'
                        id: '44370dbc70db40c18a5552572c184591'
                    }
                    'atf-setup-state-status-incomplete-message': {
                        table: 'sys_atf_step'
                        id: '670867be996144efaa7c97fbf4d4a174'
                    }
                    'atf-token-provider-check': {
                        table: 'sys_atf_step'
                        id: 'e5d17e18eac141deb85240870360e2a4'
                    }
                    'atf-token-provider-entity': {
                        table: 'sys_atf_step'
                        id: 'fb0bac781685480fae3e97f048ce5b3c'
                    }
                    'atf-token-provider-misconfigured': {
                        table: 'sys_atf_test'
                        id: '4ae2bfb8dc9a4ef69aacca208079ca95'
                    }
                    'atf-token-provider-profile': {
                        table: 'sys_atf_step'
                        id: 'e8cc7a1222c5448ba78f0c692691ddd4'
                    }
                    'Authentication type: {0}': {
                        table: 'sys_ui_message'
                        id: '057724b7bb3d4f3ab11da24d70a10773'
                        deleted: true
                    }
                    Back: {
                        table: 'sys_ui_message'
                        id: '96b9cc03d2a24aa1b4124c12d96bfc47'
                        deleted: true
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '5f496414cf1d426992db8077daedc7bd'
                    }
                    Cancel: {
                        table: 'sys_ui_message'
                        id: 'be04c60c260f49e281f269ec7a3db3be'
                        deleted: true
                    }
                    'Case {0}': {
                        table: 'sys_ui_message'
                        id: '9c8005b424fd4260b96c572cb4b83a5e'
                        deleted: true
                    }
                    'Check when users sign in to this instance with their Microsoft 365 accounts (single sign-on with the tenant).': {
                        table: 'sys_ui_message'
                        id: '817af651ad7b4fa59c2a1e4354afe515'
                        deleted: true
                    }
                    'Checked: Microsoft support agents do not contact you. Uncheck when you move forward officially.': {
                        table: 'sys_ui_message'
                        id: '1ea2ae1ea93f4e8a97074ccc7096997b'
                        deleted: true
                    }
                    'Client ID (Outbound App ID)': {
                        table: 'sys_ui_message'
                        id: '8d394fb0716d4f47854ef114b9b6057e'
                        deleted: true
                    }
                    'Client ID (REST API app)': {
                        table: 'sys_ui_message'
                        id: '10f88ff17bcc4d22b514538a6685c1aa'
                        deleted: true
                    }
                    'Client ID and Client Secret: the values from step 1. Default Grant type: Client Credentials. Redirect URL: https://<instance>.service-now.com/oauth_redirect.do.': {
                        table: 'sys_ui_message'
                        id: '7d236cf908a449fb91466e85f5160687'
                        deleted: true
                    }
                    Closed: {
                        table: 'sys_ui_message'
                        id: 'a0d888deb9204277b9cfdee88f0654aa'
                        deleted: true
                    }
                    Confirmed: {
                        table: 'sys_ui_message'
                        id: 'c57181d063cd4839993abdca20efcf1a'
                        deleted: true
                    }
                    'Connector App ID URI (resource)': {
                        table: 'sys_ui_message'
                        id: '26e706ccb81f4c45822de79ea6c5dedd'
                        deleted: true
                    }
                    'Connector endpoint URL': {
                        table: 'sys_ui_message'
                        id: 'fd6f0a8fb66c478c8eb69542bf2787a5'
                        deleted: true
                    }
                    'Contact email': {
                        table: 'sys_ui_message'
                        id: 'a089391910494c87a716463b83b3e800'
                        deleted: true
                    }
                    'Contact Microsoft support': {
                        table: 'sys_ui_message'
                        id: 'e046a771b93f4783b9176fadf9d90fdb'
                        deleted: true
                    }
                    'Contact name': {
                        table: 'sys_ui_message'
                        id: '81891333653746629e367f2e30a750e3'
                        deleted: true
                    }
                    'Contact phone': {
                        table: 'sys_ui_message'
                        id: '5b9a78498e8b40df95836cc3e24a345c'
                        deleted: true
                    }
                    Copied: {
                        table: 'sys_ui_message'
                        id: 'deec98d741494c89bfbfb8b74f17d274'
                        deleted: true
                    }
                    Copy: {
                        table: 'sys_ui_message'
                        id: '0440b7607c63486f9c567fe392e933d6'
                        deleted: true
                    }
                    'Copy {0}': {
                        table: 'sys_ui_message'
                        id: '81e17577900643f3aeed5abcc455aa3b'
                        deleted: true
                    }
                    "Create the user in Organization > Users with this User ID, Web service access only checked and the incident_manager and x_mioms_m365_assis.integration roles. The token's appid claim names this user.": {
                        table: 'sys_ui_message'
                        id: 'd7b0ea9354b6420c9add8e0f501c4b13'
                        deleted: true
                    }
                    "Create the user in Organization > Users with this User ID, Web service access only checked and the incident_manager role. The token's appid claim names this user.": {
                        table: 'sys_ui_message'
                        id: '01728f6b8d5a400491eda3276122a43e'
                        deleted: true
                    }
                    Description: {
                        table: 'sys_ui_message'
                        id: '11f9e9eeb92147d2ab3b834602cabf7c'
                        deleted: true
                    }
                    'Do not select Next until these values are entered in the Microsoft 365 admin center.': {
                        table: 'sys_ui_message'
                        id: '54f6f44b38864b5ab16c0db6e104f9f8'
                        deleted: true
                    }
                    'Does this instance allow basic authentication for inbound web services (ServiceNow user credentials)?': {
                        table: 'sys_ui_message'
                        id: '2f7615839fa44f90b13880042b143562'
                        deleted: true
                    }
                    done: {
                        table: 'sys_ui_message'
                        id: 'e63186be3a294a839893a4ab5c03b991'
                        deleted: true
                    }
                    'Entra admin: in the Azure portal, App registrations > New registration, "Accounts in this organizational directory only (single tenant)". Add the Web redirect URL https://<instance>.service-now.com/oauth_redirect.do. Copy the Application (client) ID and create a client secret.': {
                        table: 'sys_ui_message'
                        id: '629395bd32ae4192a17b92c8553aa595'
                        deleted: true
                    }
                    'Entra admin: register a "REST API" app (single tenant), copy its client ID and create a secret.': {
                        table: 'sys_ui_message'
                        id: '99bf8bd40f7042f9badcc40f03dffe15'
                        deleted: true
                    }
                    'Every user will see the "final set up step" message until the verification tests pass again. Turn the integration off?': {
                        table: 'sys_ui_message'
                        id: '1b80184b952a41a18d62a14f3b5c343b'
                        deleted: true
                    }
                    'Extended recovery': {
                        table: 'sys_ui_message'
                        id: '7380991e9ddf4196a18ddffe45b692e5'
                        deleted: true
                    }
                    'External OIDC Auth Token: Microsoft calls this instance with an Entra ID token that this OIDC provider verifies.': {
                        table: 'sys_ui_message'
                        id: 'e0060a750f5741ea81862d7ff6cba25e'
                        deleted: true
                    }
                    failed: {
                        table: 'sys_ui_message'
                        id: '2d97f37b73f344e7a0d73f6bb0e5b290'
                        deleted: true
                    }
                    Failed: {
                        table: 'sys_ui_message'
                        id: '6676e863e2e64a1385c9072dd953dcb8'
                        deleted: true
                    }
                    'False positive': {
                        table: 'sys_ui_message'
                        id: '2dd86202daf745288290ab29f2cb6723'
                        deleted: true
                    }
                    'For example contoso.onmicrosoft.com, a verified domain such as contoso.com, or the tenant ID (a GUID). The token and OIDC metadata URLs use it.': {
                        table: 'sys_ui_message'
                        id: '6eab9079f9d74e3cb4d5aa5f91e994fa'
                        deleted: true
                    }
                    'Give these values to the Microsoft 365 admin (support admin or service request admin) and verify they are correct.': {
                        table: 'sys_ui_message'
                        id: 'b15ff5c1471241a792e2e89c847b6fbb'
                        deleted: true
                    }
                    Helpful: {
                        table: 'sys_ui_message'
                        id: '8149995bc7a24bcaa1e5a951cd0022a6'
                        deleted: true
                    }
                    'How to create it': {
                        table: 'sys_ui_message'
                        id: 'c0815088a6b14399a1c15d70af3e2855'
                        deleted: true
                    }
                    'How to create the outbound OAuth provider': {
                        table: 'sys_ui_message'
                        id: '54ff9e8a76974c359b0281802e51bff6'
                        deleted: true
                    }
                    'How to fix:': {
                        table: 'sys_ui_message'
                        id: '392d95d606a341d3859d577a12ee52d1'
                        deleted: true
                    }
                    'https URL of the support connector, for example https://connector.contoso.com.': {
                        table: 'sys_ui_message'
                        id: '8fb82e95718f4cc9862b04b2e8cc4fa7'
                        deleted: true
                    }
                    'In progress': {
                        table: 'sys_ui_message'
                        id: '65b4cde09e714f33b4c3f37b5db63943'
                        deleted: true
                    }
                    'In the Microsoft 365 admin center': {
                        table: 'sys_ui_message'
                        id: 'a523f925c38b4359bfe3624b95d56408'
                        deleted: true
                    }
                    Incident: {
                        table: 'sys_ui_message'
                        id: '4235fa7572cd4e1b80a447e313846325'
                        deleted: true
                    }
                    'incident-tab-formatter': {
                        table: 'sys_ui_formatter'
                        id: 'b9d2601251634622bd8e741772b29461'
                    }
                    'incident-tab-hide-client-script': {
                        table: 'sys_script_client'
                        id: '256e742744084720b326c4f80e6c609b'
                        deleted: true
                    }
                    'incident-tab-macro': {
                        table: 'sys_ui_macro'
                        id: 'e0ae5f6790e942e7af49a38181265022'
                    }
                    'Insights only': {
                        table: 'sys_ui_message'
                        id: '35779cbc94ef49d98f8c01d999b9cccd'
                        deleted: true
                    }
                    'Integration status': {
                        table: 'sys_ui_message'
                        id: '6d001614098545dda1dd7ea801bc227f'
                        deleted: true
                    }
                    'Integration user': {
                        table: 'sys_ui_message'
                        id: '94f4aa89e7de442086a7ecad5692338b'
                        deleted: true
                    }
                    Investigating: {
                        table: 'sys_ui_message'
                        id: '36213859ae9c4862b5d456b297d54384'
                        deleted: true
                    }
                    'Investigation suspended': {
                        table: 'sys_ui_message'
                        id: '44c3475dd38b4837912dba8f17ac0f2a'
                        deleted: true
                    }
                    'job-case-sync': {
                        table: 'sysauto_script'
                        id: '956d1f5a92a14c5ea73b615a13f144a9'
                    }
                    'job-health-poll': {
                        table: 'sysauto_script'
                        id: '750a5127cff24bf3885ec5880618fac7'
                    }
                    'job-solution-cache-purge': {
                        table: 'sysauto_script'
                        id: '70b5c52e2adb42ed908cb875fa501c37'
                    }
                    'Keep it on': {
                        table: 'sys_ui_message'
                        id: '23479466e164472a886b3420970f47e5'
                        deleted: true
                    }
                    'Last update: {0}': {
                        table: 'sys_ui_message'
                        id: '39d5ac62f31c4f789833f735189e5d1c'
                        deleted: true
                    }
                    'Link Account': {
                        table: 'sys_ui_message'
                        id: '461e04b1472145a48c2652fef31bc728'
                        deleted: true
                    }
                    'Linked: {0} (checked {1})': {
                        table: 'sys_ui_message'
                        id: '80e1ba54ef0b46e891eb06f7fbdc4ae5'
                        deleted: true
                    }
                    'Loading Microsoft 365 information...': {
                        table: 'sys_ui_message'
                        id: 'be4b0b245d2446cfb6adf4f8b0ad0c61'
                        deleted: true
                    }
                    'Loading...': {
                        table: 'sys_ui_message'
                        id: '2a26c8a9c3cd4fc78ee241be23c85d94'
                        deleted: true
                    }
                    'menu-m365-support': {
                        table: 'sys_app_application'
                        id: 'ce775021100f46748d948ee4e2dcd0a6'
                    }
                    'Microsoft 365 admin email': {
                        table: 'sys_ui_message'
                        id: 'cf844437ec9e4216b4fb463a28145ed2'
                        deleted: true
                    }
                    'Microsoft 365 support integration sends incident details (short description, description, and the contact information you enter) to Microsoft when you look for recommended solutions or contact Microsoft support, and receives updates on those support cases from Microsoft.': {
                        table: 'sys_ui_message'
                        id: '25defbaeb4734762880001819cc72139'
                        deleted: true
                    }
                    'Microsoft 365 Support Setup': {
                        table: 'sys_ui_message'
                        id: 'f3a4ec48525241f5b8f0f3e33485bbb6'
                        deleted: true
                    }
                    'Microsoft 365 tenant domain': {
                        table: 'sys_ui_message'
                        id: '85db9b4089fd498e98bf1e66424c1310'
                        deleted: true
                    }
                    'Microsoft calls this instance with an Entra ID token checked by an OIDC provider.': {
                        table: 'sys_ui_message'
                        id: '2946742bbeb04817957f057f24a61e64'
                        deleted: true
                    }
                    'Microsoft calls this instance with an integration user and password.': {
                        table: 'sys_ui_message'
                        id: 'fd585e1baa9d410eac17e5bcd1bc5e74'
                        deleted: true
                    }
                    'Microsoft processes this data under the Microsoft Privacy Statement and your Microsoft 365 agreement. Select Agree to continue.': {
                        table: 'sys_ui_message'
                        id: '2dfceb55842e4c1883f87b829dd5f0be'
                        deleted: true
                    }
                    'Microsoft recommended solutions': {
                        table: 'sys_ui_message'
                        id: 'e24b49ea33334ef5a058464cb1aae2f2'
                        deleted: true
                    }
                    'Microsoft retired its hosted connector service on 2025-05-30, so the connector this app talks to is configuration: enter the endpoint and App ID URI of the connector your organization runs.': {
                        table: 'sys_ui_message'
                        id: '6bdd5b5a5b394c3ebd65bf1b6e3c0383'
                        deleted: true
                    }
                    'Microsoft support agents do not contact you about cases opened from a test environment.': {
                        table: 'sys_ui_message'
                        id: '9ca89c7908d240bf8b68d1426f6cd589'
                        deleted: true
                    }
                    'Microsoft support cases': {
                        table: 'sys_ui_message'
                        id: 'b6670c7783354fc48b08adfcb0d9cf42'
                        deleted: true
                    }
                    'Microsoft support cases you open from incidents are opened as this Microsoft 365 admin account.': {
                        table: 'sys_ui_message'
                        id: '94056de51c0b49848bbd76065fc7942a'
                        deleted: true
                    }
                    'Microsoft support could not be reached yet. The case is saved and will be sent automatically (attempt {0}).': {
                        table: 'sys_ui_message'
                        id: '1dedd8f2c9cf4efc8e21404c33b77289'
                        deleted: true
                    }
                    Mitigated: {
                        table: 'sys_ui_message'
                        id: '31d7a9ecfc0b4d04a98c0b32cc66c47f'
                        deleted: true
                    }
                    'Mitigated (external)': {
                        table: 'sys_ui_message'
                        id: 'fa613a78125049cfb13c391a66a7321e'
                        deleted: true
                    }
                    'module-cases': {
                        table: 'sys_app_module'
                        id: '0ed4805e696141ceb1b43fda47af6aa7'
                    }
                    'module-link-account': {
                        table: 'sys_app_module'
                        id: 'cdc8da3b16354168be26d1dd4e69840e'
                    }
                    'module-logs': {
                        table: 'sys_app_module'
                        id: '32c5533d02cb455b8c51da6d38fd43dc'
                    }
                    'module-service-health': {
                        table: 'sys_app_module'
                        id: '0d17dac454454b1db8a84e41104c275e'
                    }
                    'module-service-health-active': {
                        table: 'sys_app_module'
                        id: '1376bd579953474a8e8ac7a34d521ad8'
                    }
                    'module-service-health-settings': {
                        table: 'sys_app_module'
                        id: '0652310406a049518ab01a10beb74f72'
                    }
                    'module-setup': {
                        table: 'sys_app_module'
                        id: '3bb84ffd8d91453fbafd245c8e8db511'
                    }
                    Next: {
                        table: 'sys_ui_message'
                        id: '1b482e48d9d7404eaf79d96a5d736706'
                        deleted: true
                    }
                    'Next runs the verification tests.': {
                        table: 'sys_ui_message'
                        id: 'bc7cc4ce00c845bdb9305b63b37143e7'
                        deleted: true
                    }
                    'Next: run the verification tests': {
                        table: 'sys_ui_message'
                        id: 'a8e923dce66c48d78b3899630d41cee1'
                        deleted: true
                    }
                    'No Microsoft 365 service health issue matches this incident.': {
                        table: 'sys_ui_message'
                        id: '184518ad0c15402480cbe7e3b58277f7'
                        deleted: true
                    }
                    'No Microsoft support case was opened for this incident.': {
                        table: 'sys_ui_message'
                        id: 'd076b959679541a683b9e7849e9347b2'
                        deleted: true
                    }
                    'No profile yet: create one': {
                        table: 'sys_ui_message'
                        id: '7506131b791246e3a56182b18bf84925'
                        deleted: true
                    }
                    'No recommended solutions were found.': {
                        table: 'sys_ui_message'
                        id: '9203d8e5d37546ee94e4076f9e17b53f'
                        deleted: true
                    }
                    'No such user yet: create one in Organization > Users with Web service access only checked, a password, and the incident_manager and x_mioms_m365_assis.integration roles, then reload this page.': {
                        table: 'sys_ui_message'
                        id: '8acb9dbdd5d747ffb7256d03ff3d8df5'
                        deleted: true
                    }
                    'No such user yet: create one in Organization > Users with Web service access only checked, a password, and the incident_manager role, then reload this page.': {
                        table: 'sys_ui_message'
                        id: 'd18726d0d0a04b60bd2b9cb5041ba62f'
                        deleted: true
                    }
                    'No: Microsoft Entra ID (AAD) OAuth token': {
                        table: 'sys_ui_message'
                        id: 'e758d55e8acb4d0abc9fbc21ffd60570'
                        deleted: true
                    }
                    'Not helpful': {
                        table: 'sys_ui_message'
                        id: '53f710d718fc4afc8e3d01d775e5dfb0'
                        deleted: true
                    }
                    'not run': {
                        table: 'sys_ui_message'
                        id: 'd5eab243d816448b97fbac4e7cf089c4'
                        deleted: true
                    }
                    'Not validated: {0}': {
                        table: 'sys_ui_message'
                        id: '7536f60477c94d1b8588022d0f6f0362'
                        deleted: true
                    }
                    'Not yet sent to Microsoft': {
                        table: 'sys_ui_message'
                        id: '88f61862465149f7aca569af4e670ced'
                        deleted: true
                    }
                    'Note from {0}: {1}': {
                        table: 'sys_ui_message'
                        id: '13d3f37bbc354ec4a03037f3b2f9869b'
                        deleted: true
                    }
                    'OAuth API endpoint for external clients': {
                        table: 'sys_ui_message'
                        id: '24fa12fd299940f6bb7444ae6e550f13'
                        deleted: true
                    }
                    'OAuth API Script: OAuthM365EntraResource (shipped with this app). Entra v1 token URLs need a resource parameter; this script adds it to every token request. With the v2.0 token URL (https://login.microsoftonline.com/{0}/oauth2/v2.0/token) leave OAuth API Script empty.': {
                        table: 'sys_ui_message'
                        id: '9f296473337d431988f736784ab328a9'
                        deleted: true
                    }
                    'OAuth profile for the outbound OAuth provider': {
                        table: 'sys_ui_message'
                        id: 'b57b0f479f194bdeb8403e7610ab0305'
                        deleted: true
                    }
                    'OIDC metadata URL': {
                        table: 'sys_ui_message'
                        id: '11afa0f504044388936881e7d8587390'
                        deleted: true
                    }
                    'OIDC provider (OAuth client)': {
                        table: 'sys_ui_message'
                        id: '154808917b4349ebb64f7bb9cad42698'
                        deleted: true
                    }
                    'OIDC provider configuration (oidc_provider_configuration): OIDC Metadata URL https://login.microsoftonline.com/{0}/.well-known/openid-configuration, User Claim appid, User Field User ID.': {
                        table: 'sys_ui_message'
                        id: 'c225c8b8f4d74b9eb6d9fb06bc509e4c'
                        deleted: true
                    }
                    Open: {
                        table: 'sys_ui_message'
                        id: '3ad0c6010aa14c5bb4ee1db561e817c6'
                        deleted: true
                    }
                    'Open Setup': {
                        table: 'sys_ui_message'
                        id: '1564107d47324a949af85e04b8f19486'
                        deleted: true
                    }
                    'Opened as Microsoft 365 admin: {0}': {
                        table: 'sys_ui_message'
                        id: '9d97ef15d0834658abaff5a93c4707a7'
                        deleted: true
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '9daa8e9b96bb411e8783f2aa6b1fa1a7'
                    }
                    passed: {
                        table: 'sys_ui_message'
                        id: 'fb7beb9c679541ebb6cd9513be759624'
                        deleted: true
                    }
                    Pending: {
                        table: 'sys_ui_message'
                        id: '37452c271d42452ba157ee297b210604'
                        deleted: true
                    }
                    'Post-incident report published': {
                        table: 'sys_ui_message'
                        id: 'e8ce3f529f024789832b78e0527ec963'
                        deleted: true
                    }
                    'Profiles with the Client Credentials grant type.': {
                        table: 'sys_ui_message'
                        id: '343c1ec817b84644a60b0ba7d9179309'
                        deleted: true
                    }
                    'prop-admin-email': {
                        table: 'sys_properties'
                        id: 'c1dbafc5896a4e0a8e5a071537cc1ef7'
                    }
                    'prop-category-m2m-assigned-to': {
                        table: 'sys_properties_category_m2m'
                        id: '07c44d6abb854e24a7b5c01518d6bc2e'
                    }
                    'prop-category-m2m-assignment-group': {
                        table: 'sys_properties_category_m2m'
                        id: '8495739c85d84f9183cc04cd29093357'
                    }
                    'prop-category-m2m-auto-resolve': {
                        table: 'sys_properties_category_m2m'
                        id: 'ec84aa89133f4686aed53f6343bb7e06'
                    }
                    'prop-category-m2m-category': {
                        table: 'sys_properties_category_m2m'
                        id: 'c88946033e0741f7a8d47b40d13c09ba'
                    }
                    'prop-category-m2m-enabled': {
                        table: 'sys_properties_category_m2m'
                        id: 'a4adcdfe016643e38973585c3590e23a'
                    }
                    'prop-category-m2m-last-run': {
                        table: 'sys_properties_category_m2m'
                        id: 'fb830219df5449d5bbb4ede32fe2bd14'
                    }
                    'prop-category-m2m-max-per-hour': {
                        table: 'sys_properties_category_m2m'
                        id: '9c08e23796f74cefac296cfb043bfb77'
                    }
                    'prop-category-m2m-max-per-minute': {
                        table: 'sys_properties_category_m2m'
                        id: 'a1e325c7488f4a2caa714f533eb8c168'
                    }
                    'prop-category-m2m-max-per-run': {
                        table: 'sys_properties_category_m2m'
                        id: 'a39e6a74bdd84d1ba55d23602a37b292'
                    }
                    'prop-category-m2m-overviews-interval': {
                        table: 'sys_properties_category_m2m'
                        id: 'f217e66d3bb346c48a20a6bb4221db10'
                    }
                    'prop-category-m2m-page-size': {
                        table: 'sys_properties_category_m2m'
                        id: '4cbc448cccef498ca6418dc553990ff7'
                    }
                    'prop-category-m2m-subcategory': {
                        table: 'sys_properties_category_m2m'
                        id: 'c23cc65612b34069bdde2f0f30d06722'
                    }
                    'prop-category-service-health': {
                        table: 'sys_properties_category'
                        id: '7bb0c2381e0e47bc884481f58cf27ab1'
                    }
                    'prop-connector-endpoint': {
                        table: 'sys_properties'
                        id: '5fa21eb9be304a88802b9c6d78450be6'
                    }
                    'prop-connector-repository-id': {
                        table: 'sys_properties'
                        id: 'e884c4b482324b3099a0dbb002b8a69f'
                    }
                    'prop-connector-resource': {
                        table: 'sys_properties'
                        id: 'ea92e63d12e340e5a3f192ea00f2fe34'
                    }
                    'prop-graph-base-url': {
                        table: 'sys_properties'
                        id: '1e543de510924d94be1330fa76133f80'
                    }
                    'prop-graph-resource': {
                        table: 'sys_properties'
                        id: 'ffb557df8fed460f8eb783482f3a4f87'
                    }
                    'prop-health-auto-incident-assigned-to': {
                        table: 'sys_properties'
                        id: '70fee33c05b34c41b348f14de5e45eda'
                    }
                    'prop-health-auto-incident-assignment-group': {
                        table: 'sys_properties'
                        id: 'ee1519a79ea94727ab7868c802304cdb'
                    }
                    'prop-health-auto-incident-auto-resolve': {
                        table: 'sys_properties'
                        id: '86011b9f26d047388745a6ba093176d8'
                    }
                    'prop-health-auto-incident-category': {
                        table: 'sys_properties'
                        id: '61415073f8dc4d12befa229711d3fece'
                    }
                    'prop-health-auto-incident-enabled': {
                        table: 'sys_properties'
                        id: '989e25189b274bd5858caee86a9234f9'
                    }
                    'prop-health-auto-incident-subcategory': {
                        table: 'sys_properties'
                        id: '7873b8c6dfb643ddb38b340cf954616a'
                    }
                    'prop-health-last-run': {
                        table: 'sys_properties'
                        id: '2c12212a8606476481d212960b0e2c2b'
                    }
                    'prop-health-max-requests-per-hour': {
                        table: 'sys_properties'
                        id: 'fbc6246d45ee4f5d87d23239736ff65f'
                    }
                    'prop-health-max-requests-per-minute': {
                        table: 'sys_properties'
                        id: 'f8c8f85f6569416bbb18cb684791b245'
                    }
                    'prop-health-max-requests-per-run': {
                        table: 'sys_properties'
                        id: 'e0c17c60dc624fe38ff9fb6021aa73e8'
                    }
                    'prop-health-overviews': {
                        table: 'sys_properties'
                        id: 'd9f270874dcb42b7ad7a8d4309ee6a6e'
                    }
                    'prop-health-overviews-interval-minutes': {
                        table: 'sys_properties'
                        id: 'd17c9e9134ad4b8f8a1f95b73cb7695e'
                    }
                    'prop-health-page-size': {
                        table: 'sys_properties'
                        id: 'e19946ed95504cda9fd510adbe3b0f81'
                    }
                    'prop-health-poll-interval-minutes': {
                        table: 'sys_properties'
                        id: 'd09e741280bb44edbc2e9775c2d77990'
                    }
                    'prop-health-poll-requested': {
                        table: 'sys_properties'
                        id: 'da379a0f3a26464180089aecd67e58e6'
                    }
                    'prop-health-rate-budget': {
                        table: 'sys_properties'
                        id: '7e628cd9e5b44808a5632b31676037e7'
                    }
                    'prop-health-run-lock': {
                        table: 'sys_properties'
                        id: '52bdc221fa6b4215b94750b776929c43'
                    }
                    'prop-health-sync-cursor': {
                        table: 'sys_properties'
                        id: '39d441c7cc3249e49c1d4eec9c16c30b'
                    }
                    'prop-health-watermark': {
                        table: 'sys_properties'
                        id: '8d0d5c1d912149f58940def966a93c94'
                    }
                    'prop-inbound-max-body-bytes': {
                        table: 'sys_properties'
                        id: '0b484a64c5604c9fabe67f1c6d46af31'
                    }
                    'prop-logging-verbosity': {
                        table: 'sys_properties'
                        id: 'ef75a9e1ec964a87a07e3f96dacddcca'
                    }
                    'prop-oauth-profile': {
                        table: 'sys_properties'
                        id: '3cf6e81ebb8841969df529349bb8b983'
                    }
                    'prop-outbound-max-retries': {
                        table: 'sys_properties'
                        id: '26219172f06846e490874f498de7c238'
                    }
                    'prop-outbound-timeout-ms': {
                        table: 'sys_properties'
                        id: 'a2324875304343c3a43370bf1a6c50cc'
                    }
                    'prop-setup-turn-off-after-failures': {
                        table: 'sys_properties'
                        id: '9b9c65e9807441328602c1a420d0c50c'
                    }
                    'prop-setup-turn-off-after-hours': {
                        table: 'sys_properties'
                        id: 'd0cfae002c5247e5b8beee75a3515cfa'
                    }
                    'prop-solutions-cache-ttl-minutes': {
                        table: 'sys_properties'
                        id: 'fab6489e957d433895461e5d74a0250a'
                    }
                    'prop-sso-enabled': {
                        table: 'sys_properties'
                        id: 'eddf065467854b98957a4411eb578f16'
                    }
                    'prop-test-environment': {
                        table: 'sys_properties'
                        id: '5205f3c292c64001982c4ae4f13c2447'
                    }
                    Refresh: {
                        table: 'sys_ui_message'
                        id: '6f2de91d0756461bbcbbd402cb19a291'
                        deleted: true
                    }
                    Reported: {
                        table: 'sys_ui_message'
                        id: '34b0aa1f8b3144518a48508e339928e5'
                        deleted: true
                    }
                    'Repository ID': {
                        table: 'sys_ui_message'
                        id: 'ae9907f1f5234471be4c3b6035d2a057'
                        deleted: true
                    }
                    Resolved: {
                        table: 'sys_ui_message'
                        id: '85a6e8d4e0684df5a0fe506f0253ad49'
                        deleted: true
                    }
                    'Resolved (external)': {
                        table: 'sys_ui_message'
                        id: 'c880684d87a24ce89945a29f2dbb8772'
                        deleted: true
                    }
                    'rest-app-api': {
                        table: 'sys_ws_definition'
                        id: '995155cb4c3f4b928dad30ed0b5179e4'
                    }
                    'rest-app-incident-cases-get': {
                        table: 'sys_ws_operation'
                        id: '4d9d0743d22e47d9aec1a83682695f49'
                    }
                    'rest-app-incident-cases-post': {
                        table: 'sys_ws_operation'
                        id: '71179582f181415e8d7326631be0f229'
                    }
                    'rest-app-incident-health-feedback': {
                        table: 'sys_ws_operation'
                        id: '8904937fb0d84cde8a3ba41b568f2c68'
                    }
                    'rest-app-incident-solutions-feedback': {
                        table: 'sys_ws_operation'
                        id: 'd8382f964ae5493b89affcc55b1f0a51'
                    }
                    'rest-app-incident-solutions-get': {
                        table: 'sys_ws_operation'
                        id: '0757faf2adb943388f6aa32c45bcd61a'
                    }
                    'rest-app-incident-solutions-search': {
                        table: 'sys_ws_operation'
                        id: 'a4d7d2e3e39e40b7852175ccc1565f82'
                    }
                    'rest-app-incident-tab-get': {
                        table: 'sys_ws_operation'
                        id: '548e14a0b2cc4c36b1e51c93d1f6fbf2'
                    }
                    'rest-app-link-account-get': {
                        table: 'sys_ws_operation'
                        id: '5d056940edd549a189c763fdf59e6f06'
                    }
                    'rest-app-link-account-put': {
                        table: 'sys_ws_operation'
                        id: '19ded0c44a454ee190c2729f4b53d2dc'
                    }
                    'rest-app-setup-get': {
                        table: 'sys_ws_operation'
                        id: '8316e5f70f994e8ba3a380dde6ae8712'
                    }
                    'rest-app-setup-step-put': {
                        table: 'sys_ws_operation'
                        id: '76fda26d120041b095d925c68a54db9d'
                    }
                    'rest-app-setup-turn-off-post': {
                        table: 'sys_ws_operation'
                        id: '6495d35d49d54dbe83e8124a42200681'
                    }
                    'rest-app-setup-verify-post': {
                        table: 'sys_ws_operation'
                        id: 'e5ea23460b154fcb9550f3f8ecf795d7'
                    }
                    'rest-app-status': {
                        table: 'sys_ws_operation'
                        id: 'eb7c0ede5b584e95bb7ea5da80221971'
                    }
                    'rest-connector-api': {
                        table: 'sys_ws_definition'
                        id: '1fe346935e054eb592c895bc27829b4f'
                    }
                    'rest-connector-case-events': {
                        table: 'sys_ws_operation'
                        id: '73938f2205cb4158a96e4660477c9d9e'
                    }
                    'rest-connector-case-get': {
                        table: 'sys_ws_operation'
                        id: '1de5a9b7360449a49baadece120f4e13'
                    }
                    'rest-connector-ping': {
                        table: 'sys_ws_operation'
                        id: '527d63f5ce9d401db53da5e0fffe5faa'
                    }
                    'rest-connector-v1': {
                        table: 'sys_ws_version'
                        id: '2ea57ec4228342d284e5432673dbd6da'
                    }
                    'Restoring service': {
                        table: 'sys_ui_message'
                        id: '8677c07c196e4e0f92c4215f3d12fa7c'
                        deleted: true
                    }
                    'Results for: {0}': {
                        table: 'sys_ui_message'
                        id: 'c87c94d8bce64109b1dbef93d837a0e5'
                        deleted: true
                    }
                    'Running tests...': {
                        table: 'sys_ui_message'
                        id: '52ae5a354ab243fe89f2735cf9831dc8'
                        deleted: true
                    }
                    Save: {
                        table: 'sys_ui_message'
                        id: 'c6d1a2a585184f3b9c34aa44972ac97b'
                        deleted: true
                    }
                    'Save, come back here and reload the page: the new profile is listed.': {
                        table: 'sys_ui_message'
                        id: 'e42b8613251a4982bd1d3fafd5d24d80'
                        deleted: true
                    }
                    'Saved. {0}': {
                        table: 'sys_ui_message'
                        id: '13312870eb794cdda7b8e27bfd9a66f1'
                        deleted: true
                    }
                    'Saved. Microsoft support cases you open use {0}.': {
                        table: 'sys_ui_message'
                        id: '4169f774116d4b4aac853e0016ad0234'
                        deleted: true
                    }
                    Search: {
                        table: 'sys_ui_message'
                        id: 'b8c8c42b02f2435ab1751cbfefe701aa'
                        deleted: true
                    }
                    'Search for other solutions': {
                        table: 'sys_ui_message'
                        id: 'f303602be69b40a285d9b7890f0ca94d'
                        deleted: true
                    }
                    'Select the value and copy it with Ctrl+C': {
                        table: 'sys_ui_message'
                        id: '65ed865e2db84932a3a41853aa7d2557'
                        deleted: true
                    }
                    'Service degradation': {
                        table: 'sys_ui_message'
                        id: '1a8c4e480aad4ee9be68e0757ec62582'
                        deleted: true
                    }
                    'Service health and recommended solutions only: no Microsoft support cases, so Microsoft never calls this instance.': {
                        table: 'sys_ui_message'
                        id: '442aa0ef939b4f91861f11f691cacc52'
                        deleted: true
                    }
                    'Service health issues': {
                        table: 'sys_ui_message'
                        id: '36edd11c1c264bf0a39842c9e3bd2f91'
                        deleted: true
                    }
                    'Service interruption': {
                        table: 'sys_ui_message'
                        id: 'd00348a4a222412591d9ab5643ffc2a9'
                        deleted: true
                    }
                    'Service operational': {
                        table: 'sys_ui_message'
                        id: '037da9d310e349e39cec99aa82174d8d'
                        deleted: true
                    }
                    'Service restored': {
                        table: 'sys_ui_message'
                        id: 'b8e48ea3732140e2919519125bb2cc06'
                        deleted: true
                    }
                    'ServiceNow admin: switch to the Global scope, open System OAuth > Application Registry > New > "Connect to a third party OAuth Provider".': {
                        table: 'sys_ui_message'
                        id: '66d2272d0cfd4169a768a85c371bcecb'
                        deleted: true
                    }
                    'Setup steps': {
                        table: 'sys_ui_message'
                        id: '91add2be85364051a73f59469b6361a2'
                        deleted: true
                    }
                    'si-m365-token-provider': {
                        table: 'sys_script_include'
                        id: 'eb9bfd11c1f34684b7e8341162cc91cf'
                    }
                    'si-oauth-m365-entra-resource': {
                        table: 'sys_script_include'
                        id: 'fe629fee42dc42a39ff9e57cbe1fa6a5'
                    }
                    skipped: {
                        table: 'sys_ui_message'
                        id: 'ec243a64477c438d9ea98ab1f5b41ace'
                        deleted: true
                    }
                    'src_server_cases_case-service_ts': {
                        table: 'sys_module'
                        id: 'e6c4698390824a26b5b6e45a60ad6d21'
                    }
                    'src_server_cases_case-store_ts': {
                        table: 'sys_module'
                        id: 'ad2f4f191c844cf18bcd80eaa312222f'
                    }
                    'src_server_cases_case-sync-job_ts': {
                        table: 'sys_module'
                        id: '776c4f9fffa14a87896dcd26bd423ffb'
                    }
                    'src_server_cases_link-account-routes_ts': {
                        table: 'sys_module'
                        id: 'e18c3120305842dca3dd387621c89770'
                    }
                    'src_server_cases_linked-account-service_ts': {
                        table: 'sys_module'
                        id: 'd74d816830e44734a8791a4d2953a0ad'
                    }
                    'src_server_cases_rules_admin-email_ts': {
                        table: 'sys_module'
                        id: 'ce7295c653c4409ea609b7b4ad8e1cf3'
                    }
                    'src_server_cases_rules_case-escalation_ts': {
                        table: 'sys_module'
                        id: '3494f4ee6f39417c86c75dfc8a302292'
                    }
                    'src_server_cases_rules_case-status_ts': {
                        table: 'sys_module'
                        id: '48d9a28443be42eebbf22ea2484d25c4'
                    }
                    'src_server_domain_admin-email_ts': {
                        table: 'sys_module'
                        id: 'ea7128eab0ab40b3ac9549ed642b7d6b'
                        deleted: true
                    }
                    'src_server_domain_case-escalation_ts': {
                        table: 'sys_module'
                        id: '2bfaf58ebf2c4ab194e860e443258630'
                        deleted: true
                    }
                    'src_server_domain_case-event-plan_ts': {
                        table: 'sys_module'
                        id: 'adf7e666546b456b8edc6b57838d25b5'
                        deleted: true
                    }
                    'src_server_domain_connector-event_ts': {
                        table: 'sys_module'
                        id: 'f8c2949e89f842bdad08f47e316c8b0b'
                        deleted: true
                    }
                    'src_server_domain_connector-trouble_ts': {
                        table: 'sys_module'
                        id: '18dd275d7b5b41b598fdc7f54ba72e2e'
                        deleted: true
                    }
                    'src_server_domain_email-format_ts': {
                        table: 'sys_module'
                        id: '37e5427dd20f4d0486a5e21cfadec6d0'
                    }
                    'src_server_domain_glide-time_ts': {
                        table: 'sys_module'
                        id: 'de69672f55c54810841e1857e747696d'
                        deleted: true
                    }
                    'src_server_domain_health-auto-incident_ts': {
                        table: 'sys_module'
                        id: 'b5ceb52143074d84866d135fb3895150'
                        deleted: true
                    }
                    'src_server_domain_health-issue-mapping_ts': {
                        table: 'sys_module'
                        id: '213fb8e10380436ebad687b97106e3b6'
                        deleted: true
                    }
                    'src_server_domain_health-match-feedback_ts': {
                        table: 'sys_module'
                        id: '2ce021cf01fa4128b9fa64f27ebf3659'
                        deleted: true
                    }
                    'src_server_domain_health-match-placeholder_ts': {
                        table: 'sys_module'
                        id: 'f4aff58cde1e4c7f9aa8a399383b04db'
                        deleted: true
                    }
                    'src_server_domain_health-matching_ts': {
                        table: 'sys_module'
                        id: '6333c5fb591f423d820d83f08423b8e2'
                        deleted: true
                    }
                    'src_server_domain_health-rate-budget_ts': {
                        table: 'sys_module'
                        id: '18e298e1393d4216afce1759a0700d2e'
                        deleted: true
                    }
                    'src_server_domain_health-sync-cursor_ts': {
                        table: 'sys_module'
                        id: '53d70a1face64491b3d7ca84fe85a833'
                        deleted: true
                    }
                    'src_server_domain_health-text_ts': {
                        table: 'sys_module'
                        id: '7680f96727844e13b8c1b1645ad15f0c'
                        deleted: true
                    }
                    'src_server_domain_http-date_ts': {
                        table: 'sys_module'
                        id: 'fd525b52a0084b16b436d6d858319269'
                    }
                    'src_server_domain_incident-state_ts': {
                        table: 'sys_module'
                        id: 'ab95d4d8d74d4309bc9a6c37aa452eff'
                        deleted: false
                    }
                    'src_server_domain_iso-time_ts': {
                        table: 'sys_module'
                        id: 'b3bbb8c07a4842e99d2a3c0db5bb8f52'
                    }
                    'src_server_domain_journal-text_ts': {
                        table: 'sys_module'
                        id: '357ccbce9aa94a7c86bf2e6233dec1f3'
                    }
                    'src_server_domain_match-analyze_ts': {
                        table: 'sys_module'
                        id: '61facb309bc2401abef98c2d68ba74da'
                        deleted: true
                    }
                    'src_server_domain_match-catalog_ts': {
                        table: 'sys_module'
                        id: '6cd8e9a77d404a6b92132a5e3df47396'
                        deleted: true
                    }
                    'src_server_domain_match-lexicon-da_ts': {
                        table: 'sys_module'
                        id: '4be1ace074b743d98705c3a07e69ef3e'
                        deleted: true
                    }
                    'src_server_domain_match-lexicon-en_ts': {
                        table: 'sys_module'
                        id: '0a457310a51f40ce8942cc90c5765a59'
                        deleted: true
                    }
                    'src_server_domain_match-lexicon-fr_ts': {
                        table: 'sys_module'
                        id: '96edd8463a2e4ec0af44d3aef5ad00c1'
                        deleted: true
                    }
                    'src_server_domain_match-lexicon-zh_ts': {
                        table: 'sys_module'
                        id: 'a0c74b3762054ff98b0567e907883bc8'
                        deleted: true
                    }
                    'src_server_domain_match-phrases_ts': {
                        table: 'sys_module'
                        id: 'a32e355b281a4ac2beb5c9ff63093af0'
                        deleted: true
                    }
                    'src_server_domain_match-services_ts': {
                        table: 'sys_module'
                        id: 'd311e035810340ef8f3e4b5dd58ef881'
                        deleted: true
                    }
                    'src_server_domain_match-text_ts': {
                        table: 'sys_module'
                        id: '28ca417d9f7c43bf956102b12895d885'
                        deleted: true
                    }
                    'src_server_domain_match-topics_ts': {
                        table: 'sys_module'
                        id: '38352709817443e0a8b1e8c2e116abf4'
                        deleted: true
                    }
                    'src_server_domain_media-type_ts': {
                        table: 'sys_module'
                        id: 'c7f235e1f4854dc7b78a87291e6927d3'
                        deleted: true
                    }
                    'src_server_domain_message-key_ts': {
                        table: 'sys_module'
                        id: '4d5f0de492354a0ca25411935ea7ea1a'
                    }
                    src_server_domain_messages_ts: {
                        table: 'sys_module'
                        id: '8060ab611e6c4f18b71468891428c915'
                    }
                    src_server_domain_numbers_ts: {
                        table: 'sys_module'
                        id: '049e57aaad214c0ca8e1bad7b9a31ffe'
                    }
                    'src_server_domain_oauth-api-script_ts': {
                        table: 'sys_module'
                        id: 'f95a5effdf3249dfa84f3ef17f56ff86'
                    }
                    'src_server_domain_outbound-errors_ts': {
                        table: 'sys_module'
                        id: '58ade1f8b8554fc39b98f6a6a59c88a7'
                        deleted: true
                    }
                    'src_server_domain_own-key_ts': {
                        table: 'sys_module'
                        id: 'eeed10dd2f314a369881f04d4e10f46c'
                    }
                    src_server_domain_result_ts: {
                        table: 'sys_module'
                        id: '5de822eea82f4b18aec3a34e1d4698eb'
                    }
                    'src_server_domain_retry-mode_ts': {
                        table: 'sys_module'
                        id: '1bafd148d84f4318b349d6ef8d11a67a'
                        deleted: true
                    }
                    'src_server_domain_retry-policy_ts': {
                        table: 'sys_module'
                        id: 'bdb6d4ec980242b8ae988d64dde07fe7'
                        deleted: true
                    }
                    src_server_domain_scope_ts: {
                        table: 'sys_module'
                        id: 'efb4ee3bfb56468db2cae21c917e2eaf'
                    }
                    'src_server_domain_setup-check-http_ts': {
                        table: 'sys_module'
                        id: '024d4df839af475aa6e3879f64135e0a'
                        deleted: true
                    }
                    'src_server_domain_setup-checks_ts': {
                        table: 'sys_module'
                        id: 'baff2f3ef4654d7bbd5246ad2a8d65ca'
                        deleted: true
                    }
                    'src_server_domain_setup-formats_ts': {
                        table: 'sys_module'
                        id: '9d4c3b9a413647e3a8cc1e3f41bafd05'
                        deleted: true
                    }
                    'src_server_domain_setup-gate_ts': {
                        table: 'sys_module'
                        id: '6190c4c3cc3e44edb9c84545958ad896'
                        deleted: true
                    }
                    'src_server_domain_setup-machine_ts': {
                        table: 'sys_module'
                        id: 'b443de0b17b64e9ea92099482eb651ec'
                        deleted: true
                    }
                    'src_server_domain_setup-standing_ts': {
                        table: 'sys_module'
                        id: '083f7752c9364b22a29691dd419fb285'
                        deleted: true
                    }
                    'src_server_domain_setup-steps_ts': {
                        table: 'sys_module'
                        id: 'b0478cfbbb9f42fd9549e044dcf99fae'
                        deleted: true
                    }
                    'src_server_domain_setup-summary_ts': {
                        table: 'sys_module'
                        id: '67891eec4d0c4e1285c657fd1ad6e5bd'
                        deleted: true
                    }
                    'src_server_domain_setup-text_ts': {
                        table: 'sys_module'
                        id: '43c34345546b466e8d3cea02971f48d5'
                        deleted: true
                    }
                    'src_server_domain_setup-time_ts': {
                        table: 'sys_module'
                        id: '4566ffcdf10546c0bf622b4b7b8a22a3'
                        deleted: true
                    }
                    'src_server_domain_setup-validation_ts': {
                        table: 'sys_module'
                        id: '55ce3c7d6687452cb7fbc86689bfbc44'
                        deleted: true
                    }
                    src_server_domain_sha256_ts: {
                        table: 'sys_module'
                        id: '8e7785bc4f8d479f8fc1f321f0c745db'
                        deleted: true
                    }
                    'src_server_domain_solution-query_ts': {
                        table: 'sys_module'
                        id: '92e925ff33c746d491ec8a2838af7b23'
                        deleted: true
                    }
                    'src_server_domain_stable-sort_ts': {
                        table: 'sys_module'
                        id: '730aefd6174c410580be1ec9136f4485'
                    }
                    'src_server_domain_token-audience_ts': {
                        table: 'sys_module'
                        id: '9e88e5d3a1fd4d219de3815b81883589'
                        deleted: true
                    }
                    'src_server_domain_token-cache-policy_ts': {
                        table: 'sys_module'
                        id: 'fc31e2f2ded746f9bb5f7d243fe77ffe'
                        deleted: true
                    }
                    src_server_domain_version_ts: {
                        table: 'sys_module'
                        id: '2cdfe3a5863f4ba8bb47d465cacf7b5d'
                    }
                    'src_server_health_auto-incident-settings_ts': {
                        table: 'sys_module'
                        id: '93d4359c135b47f3b521ceeec54a2ed4'
                    }
                    'src_server_health_auto-incidents_ts': {
                        table: 'sys_module'
                        id: 'c64c68020bcd44f185e6b7e1780a3ef6'
                    }
                    'src_server_health_health-issue-store_ts': {
                        table: 'sys_module'
                        id: '886eaed5a9a64727a9b26dc0b3ecbb1a'
                    }
                    'src_server_health_health-job_ts': {
                        table: 'sys_module'
                        id: '02ba5bef6a0642eba25fc1d1b0eaa46b'
                    }
                    'src_server_health_health-poller_ts': {
                        table: 'sys_module'
                        id: 'f7188932d0af4abebda1f875b379fd16'
                    }
                    'src_server_health_health-state-store_ts': {
                        table: 'sys_module'
                        id: '5c38d65f04b74b84805faf2b67181534'
                    }
                    'src_server_health_match-service_ts': {
                        table: 'sys_module'
                        id: 'b097a3dac9d341d296954491e1afd4b2'
                    }
                    'src_server_health_rules_health-auto-incident_ts': {
                        table: 'sys_module'
                        id: 'dca4ada574f14968966c3e6a7c884b4b'
                    }
                    'src_server_health_rules_health-issue-mapping_ts': {
                        table: 'sys_module'
                        id: 'bfcf206d62de45a4942c080b7d7edeac'
                    }
                    'src_server_health_rules_health-match-feedback_ts': {
                        table: 'sys_module'
                        id: '44a8088228a74dd5b37cae7bb83d70e7'
                    }
                    'src_server_health_rules_health-matching_ts': {
                        table: 'sys_module'
                        id: '5b894547909345a28ae585cf42c1f777'
                    }
                    'src_server_health_rules_health-rate-budget_ts': {
                        table: 'sys_module'
                        id: '285507f44d804fba97719bc13bd7be79'
                    }
                    'src_server_health_rules_health-sync-cursor_ts': {
                        table: 'sys_module'
                        id: '8b955825f2d842b48300ee66de26d957'
                    }
                    'src_server_health_rules_health-text_ts': {
                        table: 'sys_module'
                        id: '6e302b6fcf314db88a11a038c29c182a'
                    }
                    'src_server_health_rules_match-analyze_ts': {
                        table: 'sys_module'
                        id: '1255fef17eca48149f723eed3473fc5c'
                    }
                    'src_server_health_rules_match-catalog_ts': {
                        table: 'sys_module'
                        id: '03a4209659fc466fbc6b0cd48badb24f'
                    }
                    'src_server_health_rules_match-lexicon-da_ts': {
                        table: 'sys_module'
                        id: 'fffad1d429ca4a63972c7d11333967c0'
                    }
                    'src_server_health_rules_match-lexicon-en_ts': {
                        table: 'sys_module'
                        id: '39055c886a2f47b5935fde9a9775428f'
                    }
                    'src_server_health_rules_match-lexicon-fr_ts': {
                        table: 'sys_module'
                        id: '35b41b3ece13499a95b269a4c089e758'
                    }
                    'src_server_health_rules_match-lexicon-zh_ts': {
                        table: 'sys_module'
                        id: 'c4eebf36159c4c298b450c085a574a4f'
                    }
                    'src_server_health_rules_match-phrases_ts': {
                        table: 'sys_module'
                        id: '13b4786ca94148c792983d4928c7816b'
                    }
                    'src_server_health_rules_match-services_ts': {
                        table: 'sys_module'
                        id: 'aa9fefdeb19647178cc8f66b74fdf202'
                    }
                    'src_server_health_rules_match-text_ts': {
                        table: 'sys_module'
                        id: '34160a97c42045458d8b63ae6510115a'
                    }
                    'src_server_health_rules_match-topics_ts': {
                        table: 'sys_module'
                        id: 'c750c149d79a4ccd868803a3d99f94d2'
                    }
                    'src_server_inbound_app-status-route_ts': {
                        table: 'sys_module'
                        id: '67f99f432d4349a694cd61f78164b216'
                    }
                    'src_server_inbound_case-event-service_ts': {
                        table: 'sys_module'
                        id: '1499084bbca3456c95eb1de82f4c2bbb'
                    }
                    'src_server_inbound_case-events-route_ts': {
                        table: 'sys_module'
                        id: '1c4320acbd024aeb8da3eb03788a6ca0'
                    }
                    'src_server_inbound_case-read-route_ts': {
                        table: 'sys_module'
                        id: 'ac0de67e7077402482480be4fd5a40ee'
                    }
                    'src_server_inbound_connector-ping-route_ts': {
                        table: 'sys_module'
                        id: 'e99ed5f7b51f4fafbafc757f3c178509'
                    }
                    'src_server_inbound_rules_case-event-plan_ts': {
                        table: 'sys_module'
                        id: '1960ae775b2348b0a237562837b520b7'
                    }
                    'src_server_inbound_rules_connector-event_ts': {
                        table: 'sys_module'
                        id: '1ac287847d60485389666fc547299e4c'
                    }
                    'src_server_inbound_rules_media-type_ts': {
                        table: 'sys_module'
                        id: 'ed11aa103e46479e96f1d6634a9669c8'
                    }
                    'src_server_incident_health-feedback-store_ts': {
                        table: 'sys_module'
                        id: '35e36db36a7a41699cbd47fdddc43d41'
                    }
                    'src_server_incident_health-for-incident_ts': {
                        table: 'sys_module'
                        id: '14c5ad6f99d6406b9c05c03bc6abff69'
                    }
                    'src_server_incident_incident-context_ts': {
                        table: 'sys_module'
                        id: 'b5faff2b058248b7b1ca4d8aa8199d56'
                    }
                    'src_server_incident_incident-store_ts': {
                        table: 'sys_module'
                        id: '9c11e4c253454e6798ca9f57c080f50a'
                        deleted: true
                    }
                    'src_server_incident_incident-tab-routes_ts': {
                        table: 'sys_module'
                        id: 'c4013949d16e441593a60a7b2742c79d'
                    }
                    'src_server_incident_incident-tab-service_ts': {
                        table: 'sys_module'
                        id: '896ab6f0a2724895a450f14b4a4f576e'
                    }
                    'src_server_incident_rules_connector-trouble_ts': {
                        table: 'sys_module'
                        id: '86ac8a1f5d6d497eacf486f635177958'
                    }
                    'src_server_incident_rules_incident-state_ts': {
                        table: 'sys_module'
                        id: 'edad6d61b9a046f5a551d264e68746f6'
                        deleted: true
                    }
                    'src_server_incident_section-error_ts': {
                        table: 'sys_module'
                        id: '0b7abfd45ede4c35b1c14dc46fb66bef'
                    }
                    'src_server_incident_work-notes_ts': {
                        table: 'sys_module'
                        id: '7b54fc9ed50f4adf91f28b7dc7735d9e'
                        deleted: true
                    }
                    src_server_outbound_bearer_ts: {
                        table: 'sys_module'
                        id: 'df418b1981e844138c8f6433dffc2a4d'
                    }
                    'src_server_outbound_caller-tokens_ts': {
                        table: 'sys_module'
                        id: 'ff3ac49d158d4ee6b54c37dba5f7d7bd'
                    }
                    'src_server_outbound_connector-client_ts': {
                        table: 'sys_module'
                        id: '0917be2985c040b7859aa335aa850aea'
                    }
                    'src_server_outbound_graph-client_ts': {
                        table: 'sys_module'
                        id: '95f9b99115874a7f9c8a01007edbfa30'
                    }
                    'src_server_outbound_graph-endpoint_ts': {
                        table: 'sys_module'
                        id: 'aad247315e3242c29630f06ae9beb208'
                    }
                    'src_server_outbound_outbound-result_ts': {
                        table: 'sys_module'
                        id: '51cba33b8fb74bcf9004ea7bb22a727a'
                    }
                    'src_server_outbound_rules_graph-types_ts': {
                        table: 'sys_module'
                        id: '22c70ef50d1142bf82a90ee7fcea481b'
                    }
                    'src_server_outbound_rules_outbound-errors_ts': {
                        table: 'sys_module'
                        id: '62f1fa3f12c04f79abc396ec273f1604'
                    }
                    'src_server_outbound_rules_retry-mode_ts': {
                        table: 'sys_module'
                        id: 'f1a224f4cb944ef883d742abb4693723'
                    }
                    'src_server_outbound_rules_retry-policy_ts': {
                        table: 'sys_module'
                        id: 'ccaa748a176e4681b3e66c826cfd3a27'
                    }
                    'src_server_outbound_rules_token-audience_ts': {
                        table: 'sys_module'
                        id: 'c556a5d2dfd24b22ba7053d79ecb7056'
                    }
                    'src_server_outbound_rules_token-cache-policy_ts': {
                        table: 'sys_module'
                        id: 'eb0cb1d3f8db416099823f7a5a7564e2'
                    }
                    'src_server_outbound_send-json_ts': {
                        table: 'sys_module'
                        id: 'a629e2b45e4642768db7c189ee0ced88'
                    }
                    'src_server_outbound_token-provider_ts': {
                        table: 'sys_module'
                        id: '4663172df3904d34b787410fad780937'
                    }
                    src_server_platform_clock_ts: {
                        table: 'sys_module'
                        id: 'eab4fec40a76442293815981f7fa4636'
                    }
                    src_server_platform_digest_ts: {
                        table: 'sys_module'
                        id: '35186e69eb564e1d9d40a9ff69ecca4f'
                    }
                    src_server_platform_http_ts: {
                        table: 'sys_module'
                        id: '350c07fe21334539a82de52a92823aed'
                    }
                    src_server_platform_i18n_ts: {
                        table: 'sys_module'
                        id: '06bd0f87ba2e4be0a37f7541daa34cf2'
                    }
                    'src_server_platform_incident-table_ts': {
                        table: 'sys_module'
                        id: '7e526e0d42404a029e917c6aaea481d5'
                    }
                    src_server_platform_jobs_ts: {
                        table: 'sys_module'
                        id: 'e1320822f5a34fb5b7fd6c445767cd54'
                    }
                    src_server_platform_log_ts: {
                        table: 'sys_module'
                        id: 'c58c83c9c7c34c44816638d9075a16af'
                    }
                    src_server_platform_oauth_ts: {
                        table: 'sys_module'
                        id: 'c9d4c4de1968484c9e31651e74f37c43'
                    }
                    src_server_platform_properties_ts: {
                        table: 'sys_module'
                        id: '7a327f916a3d40109312b961c344dd4a'
                    }
                    src_server_platform_records_ts: {
                        table: 'sys_module'
                        id: '27402e6222ed4bbb80212a48e8358e99'
                    }
                    src_server_platform_rest_ts: {
                        table: 'sys_module'
                        id: 'd06d8159fb254bdf8fad2c0b8d013dca'
                    }
                    'src_server_platform_session-user_ts': {
                        table: 'sys_module'
                        id: '9f36bda24c944442bc851ccc52bb6532'
                    }
                    'src_server_setup_rules_setup-check-http_ts': {
                        table: 'sys_module'
                        id: '8c4cc7790d984541bfd0b51afbf1c936'
                    }
                    'src_server_setup_rules_setup-checks_ts': {
                        table: 'sys_module'
                        id: '789c5eef99ef4e569c4e67b5b81bc81a'
                    }
                    'src_server_setup_rules_setup-formats_ts': {
                        table: 'sys_module'
                        id: '9dd334e3fad445ebbac1ab84e6251b88'
                    }
                    'src_server_setup_rules_setup-gate_ts': {
                        table: 'sys_module'
                        id: '5abd69881f824e1b87bc448c275a6972'
                    }
                    'src_server_setup_rules_setup-machine_ts': {
                        table: 'sys_module'
                        id: '1f222d743fb94abf92f2c391a8941601'
                    }
                    'src_server_setup_rules_setup-standing_ts': {
                        table: 'sys_module'
                        id: '44f2f41987b746bdb242cc7abc301b22'
                    }
                    'src_server_setup_rules_setup-steps_ts': {
                        table: 'sys_module'
                        id: 'fa49a14015b041ff8514844a17407fef'
                    }
                    'src_server_setup_rules_setup-summary_ts': {
                        table: 'sys_module'
                        id: '1fdcb9ac45d64fcabc999bf86f3270bd'
                    }
                    'src_server_setup_rules_setup-text_ts': {
                        table: 'sys_module'
                        id: '57e74daa5c89429fb8cf2ac69b95b13d'
                    }
                    'src_server_setup_rules_setup-time_ts': {
                        table: 'sys_module'
                        id: 'ab21f58178e4426193b842453d0686e8'
                        deleted: true
                    }
                    'src_server_setup_rules_setup-validation_ts': {
                        table: 'sys_module'
                        id: '13a6477ddbad4cd8bc6e9c7a0ade38a6'
                    }
                    'src_server_setup_setup-context_ts': {
                        table: 'sys_module'
                        id: '1b08fc59bf1443e6b5ffe84d34a09c6c'
                    }
                    'src_server_setup_setup-notice_ts': {
                        table: 'sys_module'
                        id: '93475fe7ca404b909d3be547ecc60194'
                    }
                    'src_server_setup_setup-options_ts': {
                        table: 'sys_module'
                        id: '80d6f8c6d19445cdaed9e6f76288268e'
                    }
                    'src_server_setup_setup-render_ts': {
                        table: 'sys_module'
                        id: '8c8f94f63f6a422396ea82bf4f3628a1'
                    }
                    'src_server_setup_setup-routes_ts': {
                        table: 'sys_module'
                        id: 'b08455fa7b15413083f6e772e92c0df9'
                    }
                    'src_server_setup_setup-service_ts': {
                        table: 'sys_module'
                        id: '61430e1b4b354b35bd89876920755be7'
                    }
                    'src_server_setup_setup-state-store_ts': {
                        table: 'sys_module'
                        id: '8371fb871bb242a59518f3bfb757e4cc'
                    }
                    'src_server_setup_setup-verify_ts': {
                        table: 'sys_module'
                        id: '7527171dc1e84dc5878df6dadc7619ce'
                    }
                    'src_server_setup_setup-view-data_ts': {
                        table: 'sys_module'
                        id: '8539fb628ef84414aafefea76b51639e'
                    }
                    'src_server_solutions_cache-purge_ts': {
                        table: 'sys_module'
                        id: '906022cf53184cfba2fcfb73808b8188'
                    }
                    'src_server_solutions_rules_solution-query_ts': {
                        table: 'sys_module'
                        id: '01ac50a7a7954ae38c08b982dcffd118'
                    }
                    'src_server_solutions_solution-service_ts': {
                        table: 'sys_module'
                        id: '17d9a92d725a4b8cbfa4d2c49ea8480c'
                    }
                    'SSO with Microsoft 365': {
                        table: 'sys_ui_message'
                        id: '9605aa6ef5454c1e9c71587513538056'
                        deleted: true
                    }
                    'Status: {0}': {
                        table: 'sys_ui_message'
                        id: '91b818ba085d47319554738b48699548'
                        deleted: true
                    }
                    Submit: {
                        table: 'sys_ui_message'
                        id: 'b5746947f32d48f49fcead90dfdf3d17'
                        deleted: true
                    }
                    Submitted: {
                        table: 'sys_ui_message'
                        id: '0b9d5399e796474fb6a640e523f9bacf'
                        deleted: true
                    }
                    'System OAuth > Application Registry > New > "Configure an OIDC provider to verify ID tokens": Client ID and secret of the REST API app, the OIDC provider configuration above, Redirect URL https://<instance>.service-now.com/oauth_redirect.do.': {
                        table: 'sys_ui_message'
                        id: '2fd0dbdee92941ff847a33b681f5b9e9'
                        deleted: true
                    }
                    'System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients". Name it (for example Microsoft 365 support inbound) and keep the other defaults. Its Client ID and Client Secret go to the Microsoft 365 admin center in the last step.': {
                        table: 'sys_ui_message'
                        id: 'f3d9a299a0e04adcaee3f2c64bd0ef65'
                        deleted: true
                    }
                    'Test environment': {
                        table: 'sys_ui_message'
                        id: '245333dbdd1346b386be46bfa2943dd8'
                        deleted: true
                    }
                    'Test environment: Microsoft agents will not contact you.': {
                        table: 'sys_ui_message'
                        id: '16eeba98854e45cf8d5d96e8ff4c9ac2'
                        deleted: true
                    }
                    'The audience of the outbound token, for example api://m365-support-connector.': {
                        table: 'sys_ui_message'
                        id: '2358028269914ff897cd81869278085f'
                        deleted: true
                    }
                    'The Microsoft 365 admin Microsoft contacts when a support case is opened. Administrators can link their own account later (Link Account).': {
                        table: 'sys_ui_message'
                        id: '72d9d057b0ec4683ba255dff5ce4a3cc'
                        deleted: true
                    }
                    'The repository name the Microsoft 365 admin uses on the Repositories tab of Support integration.': {
                        table: 'sys_ui_message'
                        id: 'f125214f858b415792f3cba6c9bbc477'
                        deleted: true
                    }
                    'This is a test environment': {
                        table: 'sys_ui_message'
                        id: '71ccf7314ccb408ab0a2890e04dfaec9'
                        deleted: true
                    }
                    Title: {
                        table: 'sys_ui_message'
                        id: '795a6eb5835943bc9d4d9339fa206e0a'
                        deleted: true
                    }
                    'Token URL': {
                        table: 'sys_ui_message'
                        id: '974abf7693784f97b12aabd2d73bd036'
                        deleted: true
                    }
                    'Token URL: https://login.microsoftonline.com/{0}/oauth2/token': {
                        table: 'sys_ui_message'
                        id: '33af489fb0e046ccb798f939de28a289'
                        deleted: true
                    }
                    'Turn it off': {
                        table: 'sys_ui_message'
                        id: '06aa20f41e4146f0980a561a2f5fe082'
                        deleted: true
                    }
                    'Turn the integration off until fixed': {
                        table: 'sys_ui_message'
                        id: 'f701225e9b26401c9772a591f7bdc00c'
                        deleted: true
                    }
                    'ui-message-da-008b31a367c69c98': {
                        table: 'sys_ui_message'
                        id: '99929ca283304516be733a991d8fa262'
                    }
                    'ui-message-da-008fd7518aea9991': {
                        table: 'sys_ui_message'
                        id: '48134f55326f4e55b86b7f003648587a'
                    }
                    'ui-message-da-012d112194f4f761': {
                        table: 'sys_ui_message'
                        id: 'd1ad5d263d0449dd96bf7a68804d748f'
                    }
                    'ui-message-da-01472d5159d1dee6': {
                        table: 'sys_ui_message'
                        id: '67307a58cfa746cdb36ae0358be2f485'
                    }
                    'ui-message-da-015fde2e871bed29': {
                        table: 'sys_ui_message'
                        id: 'c67699f6fd1b424f8821d087900a2c81'
                    }
                    'ui-message-da-016dc8c8a650c576': {
                        table: 'sys_ui_message'
                        id: '3f15af8f336145d9afabd864a39157db'
                        deleted: true
                    }
                    'ui-message-da-0249e82b4706e8ac': {
                        table: 'sys_ui_message'
                        id: '741ba70293ee45ffb4967aa2000be6c4'
                    }
                    'ui-message-da-02c4a05824f755b5': {
                        table: 'sys_ui_message'
                        id: 'f2463b6d7b0145908870e179d102aebf'
                    }
                    'ui-message-da-042c862e4467d7d0': {
                        table: 'sys_ui_message'
                        id: '6f1d4d964c064ef8bf955c36ca29db11'
                    }
                    'ui-message-da-04a35b3eda1fd6dc': {
                        table: 'sys_ui_message'
                        id: 'a1b0628cfaf44639b91f2c42c45c6ccb'
                    }
                    'ui-message-da-05858aa04f56a98e': {
                        table: 'sys_ui_message'
                        id: 'b6f9e29c8ac94d4c8cf9eed6c5ae10c4'
                    }
                    'ui-message-da-068f75af12569695': {
                        table: 'sys_ui_message'
                        id: 'f5823e09e213439084a87069588a5e4f'
                    }
                    'ui-message-da-07c669f624bb0aa6': {
                        table: 'sys_ui_message'
                        id: 'ff1fd0e4d1174421b191e21eecb229e4'
                    }
                    'ui-message-da-08c257849b049b92': {
                        table: 'sys_ui_message'
                        id: '12aba577915f4e4f9a1e572bdc79e23e'
                    }
                    'ui-message-da-0947eeaec1cd661d': {
                        table: 'sys_ui_message'
                        id: '7a5432d36ea2439d8c4009ba2dc18d61'
                    }
                    'ui-message-da-0985bd5619904ab3': {
                        table: 'sys_ui_message'
                        id: 'eef3cc3869574a529af8bc3f851dd327'
                    }
                    'ui-message-da-09fef5d8d9a3c86b': {
                        table: 'sys_ui_message'
                        id: 'ee8ecc89624c42de871607226b6d5588'
                    }
                    'ui-message-da-0b919ef2ff1ba696': {
                        table: 'sys_ui_message'
                        id: '6eb9788bc8d64d199f88e698674b09a2'
                    }
                    'ui-message-da-0c38647219332f10': {
                        table: 'sys_ui_message'
                        id: '871ea38ff62d4a9b83bf3e4499edd385'
                    }
                    'ui-message-da-0c657a5792be4176': {
                        table: 'sys_ui_message'
                        id: '03c6e970733c4436b6e1e95fe3fc4bad'
                    }
                    'ui-message-da-0c93189dbd5623e3': {
                        table: 'sys_ui_message'
                        id: 'bec6720fbe064ca0b7841a2c301088d2'
                    }
                    'ui-message-da-0d5a84378141ad84': {
                        table: 'sys_ui_message'
                        id: '7edbc2137a754c7ba5dc23835d237906'
                    }
                    'ui-message-da-0ddb208601aa0e12': {
                        table: 'sys_ui_message'
                        id: '37e468c0831740fb87a4e84dd9ea4cad'
                    }
                    'ui-message-da-0dea6e415f3616da': {
                        table: 'sys_ui_message'
                        id: 'b17f5e2f003248609ebf9c519b5682bc'
                    }
                    'ui-message-da-0f6c648c9bf3d6d8': {
                        table: 'sys_ui_message'
                        id: 'f889d77189194f4d98b869c075f1d0f0'
                    }
                    'ui-message-da-0fc6cf9d6483ed6e': {
                        table: 'sys_ui_message'
                        id: '2c7cb3f5d43b494aa896db51283449da'
                    }
                    'ui-message-da-0fdfa84d808b1535': {
                        table: 'sys_ui_message'
                        id: '506b9ee1dd5d4470b9b674c8d6152487'
                    }
                    'ui-message-da-1030f010da0c8edc': {
                        table: 'sys_ui_message'
                        id: '31b4016603924ff0bc95353d94ca6086'
                    }
                    'ui-message-da-11c633ebce5cb301': {
                        table: 'sys_ui_message'
                        id: 'a05287b42b1f4875b1e4e852c9a44bdb'
                    }
                    'ui-message-da-11dd0a6413b3fea1': {
                        table: 'sys_ui_message'
                        id: '556431d4c2b04d10b90a0bcc3b452482'
                    }
                    'ui-message-da-13a6e33c06100e3c': {
                        table: 'sys_ui_message'
                        id: 'ab466b139ff841119b281af5d31b2aff'
                    }
                    'ui-message-da-149cc4fe267ff759': {
                        table: 'sys_ui_message'
                        id: '33a01ba1a4874afa8c45ef5a17dd633d'
                        deleted: true
                    }
                    'ui-message-da-155f96d4a0d198e1': {
                        table: 'sys_ui_message'
                        id: '547465c0a042477ca66229998adc8ebe'
                    }
                    'ui-message-da-15a91958f33b54b1': {
                        table: 'sys_ui_message'
                        id: '5aab4649f6414c9cb0d069b57fbf8ad4'
                    }
                    'ui-message-da-16a851cfb48b96b4': {
                        table: 'sys_ui_message'
                        id: '9dc6d5c91cec482695b9ebd2a7725009'
                    }
                    'ui-message-da-1735be2026e1be65': {
                        table: 'sys_ui_message'
                        id: 'abb23e21037b4638a5e1f27c2530eadc'
                    }
                    'ui-message-da-17d2836cdf881e0b': {
                        table: 'sys_ui_message'
                        id: 'f3b59fcaa37d402e8efb236a1a2ed638'
                    }
                    'ui-message-da-18b5be69aef71316': {
                        table: 'sys_ui_message'
                        id: '7e5d251ee2ce4678b4adcf64512f8f2f'
                    }
                    'ui-message-da-19066ee4cab34442': {
                        table: 'sys_ui_message'
                        id: '887ab4cff02e476ab72b18c49b429c7f'
                    }
                    'ui-message-da-1912437c17065922': {
                        table: 'sys_ui_message'
                        id: '634b0e1e6b83448a8454b2dfd12f3350'
                    }
                    'ui-message-da-19442df54ab5c082': {
                        table: 'sys_ui_message'
                        id: 'cf5e7b0a58cc41cb92a4664cb9df0aab'
                    }
                    'ui-message-da-19e48e465d04b463': {
                        table: 'sys_ui_message'
                        id: '4b87a0c74b174b028de2d04fc3fb6310'
                    }
                    'ui-message-da-1aae8b804bb183ea': {
                        table: 'sys_ui_message'
                        id: '6385e880fb46416cb63fa6ec557c7195'
                    }
                    'ui-message-da-1b1134e3b6d48c79': {
                        table: 'sys_ui_message'
                        id: 'd86e1ac31c24444c9da53026e579e6fa'
                    }
                    'ui-message-da-1bf74b7da4192094': {
                        table: 'sys_ui_message'
                        id: 'c3310f531d1d494489340b66c56d79ee'
                    }
                    'ui-message-da-1c0af8ac30bd8dae': {
                        table: 'sys_ui_message'
                        id: '47f9a0f842ee49389d617b7cbd8e3da1'
                    }
                    'ui-message-da-1c8fc6dad04cc0fb': {
                        table: 'sys_ui_message'
                        id: 'b1549feecf8a402a9639e040e6ebd2a7'
                    }
                    'ui-message-da-1d2b43da3c9e3ad1': {
                        table: 'sys_ui_message'
                        id: 'feaf73f2230d4d03927d350e80c3e983'
                    }
                    'ui-message-da-1d5d591797aa7cc1': {
                        table: 'sys_ui_message'
                        id: '7a92a1caa4eb456da64ff45ca759c085'
                    }
                    'ui-message-da-1d86583fb3a31187': {
                        table: 'sys_ui_message'
                        id: '2cdbba0bf5c041c5b99212796e61f6da'
                    }
                    'ui-message-da-1df4b42bcad88b73': {
                        table: 'sys_ui_message'
                        id: '56bcd8a806ce48ed8c019948a28cb310'
                    }
                    'ui-message-da-1e1529a21ada6d5a': {
                        table: 'sys_ui_message'
                        id: '49bb64115d534a158bd78590b76e5ed8'
                    }
                    'ui-message-da-1e33c4bd7db792ee': {
                        table: 'sys_ui_message'
                        id: '9454c7700b354794b27ce7dae283136c'
                    }
                    'ui-message-da-1f4841122f695a88': {
                        table: 'sys_ui_message'
                        id: '6a616530ec4c49bf84958e6553914acd'
                    }
                    'ui-message-da-2077e1e708a6a1f9': {
                        table: 'sys_ui_message'
                        id: '1f83d5b43d664790ba02fbc56c697a66'
                    }
                    'ui-message-da-21b54677bdeadde2': {
                        table: 'sys_ui_message'
                        id: 'eddf8e0a03854959950782179aec7a2c'
                    }
                    'ui-message-da-234f3c7940083e06': {
                        table: 'sys_ui_message'
                        id: '6aca0f39bc3d486cbd582dbd5c614d63'
                    }
                    'ui-message-da-236fe34577b6d94a': {
                        table: 'sys_ui_message'
                        id: 'edb5a587f305430289b0cf5d83c49804'
                    }
                    'ui-message-da-239fb234fcdf158d': {
                        table: 'sys_ui_message'
                        id: '6261cbc41a7a4e628a9c6b79b0c1db95'
                    }
                    'ui-message-da-24c3873385a414c8': {
                        table: 'sys_ui_message'
                        id: '2337a698832949c0892b2702cdb8a11e'
                    }
                    'ui-message-da-25193d9de4621170': {
                        table: 'sys_ui_message'
                        id: '568a6a2337474f89b074712ee4027fc6'
                    }
                    'ui-message-da-25fc804cfd42d7c5': {
                        table: 'sys_ui_message'
                        id: 'bdce4b4b09174b788f43077c04d0840a'
                    }
                    'ui-message-da-2601fcb5de01a9ab': {
                        table: 'sys_ui_message'
                        id: '818891cb447a4e3baba055abede4967e'
                    }
                    'ui-message-da-270c09dc1c7d4555': {
                        table: 'sys_ui_message'
                        id: '49a2e852d35e4b029801c0f5fd69b2ed'
                    }
                    'ui-message-da-27c11dd3f8b05a16': {
                        table: 'sys_ui_message'
                        id: 'c033a96252b84af997ed9d9699b084fb'
                    }
                    'ui-message-da-281a695239a34003': {
                        table: 'sys_ui_message'
                        id: '7268e0931af0401aafe0c89b6aef3f70'
                    }
                    'ui-message-da-28d9387b44f9c450': {
                        table: 'sys_ui_message'
                        id: '84a2e2ac1d5b4f8bac07eced6e11219f'
                    }
                    'ui-message-da-290f3499eb755168': {
                        table: 'sys_ui_message'
                        id: '62b606fd333a4f1e92c52071b0d3b08f'
                    }
                    'ui-message-da-299c2f5ebfdf531a': {
                        table: 'sys_ui_message'
                        id: '5d5f2d17ebc64e7f823e2cbdf6dfc055'
                    }
                    'ui-message-da-2a10c2bd6cd0ae96': {
                        table: 'sys_ui_message'
                        id: 'caa68c937cf04c989471dba54acf3f5b'
                    }
                    'ui-message-da-2a776cf05885d8d2': {
                        table: 'sys_ui_message'
                        id: '5480b8c45b1a43bab67ebe0344f32216'
                    }
                    'ui-message-da-2a9adc9982ca0d2b': {
                        table: 'sys_ui_message'
                        id: '3894e6f376114562ae649d12c1f0f68b'
                    }
                    'ui-message-da-2c0fc27cc7c0c7e1': {
                        table: 'sys_ui_message'
                        id: '317097a768d14a25814c7e864dd97f90'
                    }
                    'ui-message-da-2cd0fe846c440714': {
                        table: 'sys_ui_message'
                        id: 'cef27a776ff84a3d8db7d18eac93afce'
                    }
                    'ui-message-da-2dacf65959849884': {
                        table: 'sys_ui_message'
                        id: 'e4e1904f5e374afa8f5dcc64571e2bd6'
                    }
                    'ui-message-da-2e00359b9802d1fa': {
                        table: 'sys_ui_message'
                        id: 'd149292ffa3941ad98da44c901002345'
                    }
                    'ui-message-da-2f92b16b64f2f508': {
                        table: 'sys_ui_message'
                        id: '678832deeb40476cb6909fad8d20e018'
                    }
                    'ui-message-da-2fb5041e84789dd8': {
                        table: 'sys_ui_message'
                        id: 'c011ed81bdc54f5b802546502c0ded86'
                    }
                    'ui-message-da-32addc18a4f4e259': {
                        table: 'sys_ui_message'
                        id: 'dcb17a07ee1d48cc80a323009bb02b93'
                    }
                    'ui-message-da-348c9cddf8f11478': {
                        table: 'sys_ui_message'
                        id: '52dee36df5f54394a48f50948a1373fb'
                    }
                    'ui-message-da-34c6629cd741dccb': {
                        table: 'sys_ui_message'
                        id: 'a0a24af57c4c4845be62b4e1ab2d6dbc'
                    }
                    'ui-message-da-36cf51247f6a904f': {
                        table: 'sys_ui_message'
                        id: 'a42cb3cb17cb42a4930d4f93c17c807f'
                    }
                    'ui-message-da-37a90f022caf4007': {
                        table: 'sys_ui_message'
                        id: 'e18778acb5b549d997cef8fc6be69c0c'
                    }
                    'ui-message-da-37daa938bbe00039': {
                        table: 'sys_ui_message'
                        id: '577e69d132b248bdbbb19709a5085cb8'
                    }
                    'ui-message-da-37f70c1c44328710': {
                        table: 'sys_ui_message'
                        id: 'd9352c157c9d4d559cb1d70bd2718709'
                    }
                    'ui-message-da-383d54b667c1b141': {
                        table: 'sys_ui_message'
                        id: '794967d5b9ee4db7bed3ebd2b6aa7595'
                    }
                    'ui-message-da-39903c53a47c6ff3': {
                        table: 'sys_ui_message'
                        id: 'a660229d69bc4e2184067468f80994f0'
                    }
                    'ui-message-da-3b4219642f06ae4e': {
                        table: 'sys_ui_message'
                        id: '8976d64e6b184a9db27f664f6d0ae696'
                    }
                    'ui-message-da-3b4b75084f479452': {
                        table: 'sys_ui_message'
                        id: '709e9136849d4daeb4599cf06ed489da'
                    }
                    'ui-message-da-3bc5083820a6627d': {
                        table: 'sys_ui_message'
                        id: 'b735b42bb0194e03b50b917a36d3c021'
                    }
                    'ui-message-da-3c6b183d348f9553': {
                        table: 'sys_ui_message'
                        id: '854739f442564ce2b413877b40afee4e'
                    }
                    'ui-message-da-3cad332ba6983e7f': {
                        table: 'sys_ui_message'
                        id: '0bc2caa683fc41bf96c232d708f6c61a'
                    }
                    'ui-message-da-40aef4073ebfb235': {
                        table: 'sys_ui_message'
                        id: '00380ce0b37740dd97382bcd4dc6df4b'
                    }
                    'ui-message-da-40ee3d797e5103e3': {
                        table: 'sys_ui_message'
                        id: 'f6ebe9334cc543f8ba9637ce59cfc659'
                    }
                    'ui-message-da-40fc0b8e623cda2a': {
                        table: 'sys_ui_message'
                        id: '6e5e480a7f84486b94a233969d1917a1'
                    }
                    'ui-message-da-413a9328e5c37109': {
                        table: 'sys_ui_message'
                        id: 'fe4dcb3078554a0abede057fd4b99953'
                    }
                    'ui-message-da-43aa0a32afe52eca': {
                        table: 'sys_ui_message'
                        id: '6c8b1d67028d4e2490f11aedf1dc981d'
                    }
                    'ui-message-da-43eb8bbc28fd8271': {
                        table: 'sys_ui_message'
                        id: '2d82de295e094f86baa2ae9b45d350e0'
                    }
                    'ui-message-da-4484bdf2de58793b': {
                        table: 'sys_ui_message'
                        id: 'f2bc7d17a5fa40aca7fb161186aced41'
                        deleted: true
                    }
                    'ui-message-da-44c2f34581491284': {
                        table: 'sys_ui_message'
                        id: '2922561a4dcd42988517aafef9e48f23'
                    }
                    'ui-message-da-452376e9506cf720': {
                        table: 'sys_ui_message'
                        id: 'f177fcd7d4d04f9fa21e89cc2cd74e56'
                    }
                    'ui-message-da-45818fa6cfeb36cd': {
                        table: 'sys_ui_message'
                        id: '9b52ff7122ad451bbb38a60ad2b6c973'
                    }
                    'ui-message-da-45e36dd93e0fcdeb': {
                        table: 'sys_ui_message'
                        id: 'e635cf03d3f8480f8a56e5c8f96cdd17'
                    }
                    'ui-message-da-46b9f4fb4d2a634a': {
                        table: 'sys_ui_message'
                        id: '0cd21317c8f4433d8c5a36be8a0d0742'
                    }
                    'ui-message-da-46ec0a1025afa332': {
                        table: 'sys_ui_message'
                        id: '898a2961ea0f4d4d94e668ede7300e72'
                    }
                    'ui-message-da-47083f0a9b8f0a80': {
                        table: 'sys_ui_message'
                        id: 'd97dcb9e15e145edb8abccff4844f26a'
                    }
                    'ui-message-da-4848b6c6a9b69b51': {
                        table: 'sys_ui_message'
                        id: 'f64c4c44ba984da893469140d472fca6'
                    }
                    'ui-message-da-488e45cf6d9fca07': {
                        table: 'sys_ui_message'
                        id: 'fa0ec14df32042c79641c8a484e5a315'
                    }
                    'ui-message-da-48ff73f37ba0d0b9': {
                        table: 'sys_ui_message'
                        id: '2eddbdd847654da6ae4e605533637811'
                    }
                    'ui-message-da-498ffefd8bfe7ea0': {
                        table: 'sys_ui_message'
                        id: 'fdbdbf029f0f498893b5b2745bf2b1e8'
                    }
                    'ui-message-da-4994ae413f3faadf': {
                        table: 'sys_ui_message'
                        id: '6b3ea6a0f22c478b8afbd31228b5bc64'
                    }
                    'ui-message-da-499a156009184ca5': {
                        table: 'sys_ui_message'
                        id: 'c89f24ae71a14a689a78ddf424fde60b'
                    }
                    'ui-message-da-49cae79d6ab235ef': {
                        table: 'sys_ui_message'
                        id: '281131738e0b4e8db877f2f13bc425fc'
                    }
                    'ui-message-da-4a03cf4e5bef413f': {
                        table: 'sys_ui_message'
                        id: '8957103ae66041c5983c4034d3d0e04f'
                    }
                    'ui-message-da-4a566fe273fc8f01': {
                        table: 'sys_ui_message'
                        id: '349e717eaed34be29a113e67ee41395a'
                    }
                    'ui-message-da-4e13ace73ea68997': {
                        table: 'sys_ui_message'
                        id: 'c8c658fd118f425985278edfa4e5cb11'
                    }
                    'ui-message-da-4e2f2c2facb72451': {
                        table: 'sys_ui_message'
                        id: '911d6ccf736d49888e76c95ca84d2f2a'
                    }
                    'ui-message-da-4e8d230530e4e674': {
                        table: 'sys_ui_message'
                        id: 'bd74ea2494d943578c5106d2096c7cb7'
                    }
                    'ui-message-da-4f3fd4dba32ee299': {
                        table: 'sys_ui_message'
                        id: '7f17ec36b3014039af5536784519bf73'
                    }
                    'ui-message-da-4f8489b4c6dce8b9': {
                        table: 'sys_ui_message'
                        id: 'a79d73883df842ffacf1ee7a79729b64'
                    }
                    'ui-message-da-50b61e56b17d7295': {
                        table: 'sys_ui_message'
                        id: '29b73dd6b85547bdb272f39ad956eafa'
                    }
                    'ui-message-da-50f7d9bc9f318440': {
                        table: 'sys_ui_message'
                        id: '0b60638eba3043b4a61b446ac77c57b0'
                    }
                    'ui-message-da-510fe5e3f542b46f': {
                        table: 'sys_ui_message'
                        id: 'a827d99e27a445e5903d2b82e0deecde'
                    }
                    'ui-message-da-51a22d32337936d4': {
                        table: 'sys_ui_message'
                        id: '7e99430084e74d7a952f10c6526f668c'
                    }
                    'ui-message-da-5317d51514bc1935': {
                        table: 'sys_ui_message'
                        id: '22d1c88071ad4c8da305477db30b3945'
                    }
                    'ui-message-da-5322870fe0d0e778': {
                        table: 'sys_ui_message'
                        id: '8a14cd75536f49e79d0e184adc11fb5e'
                    }
                    'ui-message-da-542573e67456ba78': {
                        table: 'sys_ui_message'
                        id: '4d0a689ba0574cb98cd30d805cc044a0'
                    }
                    'ui-message-da-55316cdb7dd4cfee': {
                        table: 'sys_ui_message'
                        id: '3cf8643427e84a95bf779cd1e2bd2c43'
                    }
                    'ui-message-da-559e191d83b4bace': {
                        table: 'sys_ui_message'
                        id: '4c184b2941474428b1799086d2108097'
                    }
                    'ui-message-da-55be9fb2744b5a95': {
                        table: 'sys_ui_message'
                        id: '519b782f29354a2991ec37d869772fa6'
                    }
                    'ui-message-da-55f8ebc805e65b5b': {
                        table: 'sys_ui_message'
                        id: '3412091a3f9d4d058124fe45ee63097a'
                    }
                    'ui-message-da-564f06e91230454a': {
                        table: 'sys_ui_message'
                        id: 'ac45dd19b1a14ea580510f9bab0fd229'
                    }
                    'ui-message-da-565e288e2a02cae6': {
                        table: 'sys_ui_message'
                        id: '752963ac6ca94b5c96d9c076f1c96cc7'
                    }
                    'ui-message-da-56699d68fe3fef0b': {
                        table: 'sys_ui_message'
                        id: 'abe9c8d8f87045e9a9022049b9f3bd6e'
                    }
                    'ui-message-da-56e3badc4e6c5cc9': {
                        table: 'sys_ui_message'
                        id: 'b94b072fd5de4561a99c1cad09dbe093'
                    }
                    'ui-message-da-57e29aff927c59f0': {
                        table: 'sys_ui_message'
                        id: '6464cbb2b35d4afbb5b88dcac33d899f'
                    }
                    'ui-message-da-581d6da62df2d777': {
                        table: 'sys_ui_message'
                        id: '94da82878dd34942b1be3257c4007d28'
                    }
                    'ui-message-da-591dbb0d5f0bf816': {
                        table: 'sys_ui_message'
                        id: 'fac2652f8d9d46e1b7699c64080f23c0'
                    }
                    'ui-message-da-5b6cedd9a02b11c3': {
                        table: 'sys_ui_message'
                        id: 'fff6a587e46542b489758c2a2558e3dc'
                    }
                    'ui-message-da-5c98d4739a5eb06d': {
                        table: 'sys_ui_message'
                        id: 'b1ac9557dfba4708872165d5d526183a'
                        deleted: true
                    }
                    'ui-message-da-5d223bb6656e61cc': {
                        table: 'sys_ui_message'
                        id: '245dbf65ad774be6abd30febe58c44d7'
                    }
                    'ui-message-da-5d83055c06086dc8': {
                        table: 'sys_ui_message'
                        id: '0008756671a04bebab6897a50a877d94'
                    }
                    'ui-message-da-5dac7474aaa5ccf4': {
                        table: 'sys_ui_message'
                        id: '3225ee0e42fa4bd7a491b4861ba0074a'
                    }
                    'ui-message-da-5ee2c7843da4b09d': {
                        table: 'sys_ui_message'
                        id: '1380b97db90840a28ad3c3037f9eea3a'
                    }
                    'ui-message-da-5efa18ee8654c79b': {
                        table: 'sys_ui_message'
                        id: 'd7dc5c0cd7f244e39464ba4adb11a670'
                    }
                    'ui-message-da-5f5f8758f5f22d52': {
                        table: 'sys_ui_message'
                        id: '34f9f78f21c543e0a4139dca8bca25bb'
                    }
                    'ui-message-da-5f80d975dc4bd549': {
                        table: 'sys_ui_message'
                        id: '4354947fe80245a4b90bab4af3356888'
                    }
                    'ui-message-da-5f8a7d95030cf6a7': {
                        table: 'sys_ui_message'
                        id: 'dfd56bcce2134aa6bdde1cb8035a408d'
                        deleted: true
                    }
                    'ui-message-da-6064aa96f7fc07ff': {
                        table: 'sys_ui_message'
                        id: '8d50a5e678bb41758278cf2eaf6a1186'
                    }
                    'ui-message-da-60783fbf04cbf7ce': {
                        table: 'sys_ui_message'
                        id: 'ed45993f909c4ec5842b536e1a6ce376'
                    }
                    'ui-message-da-60cc65bc3e7ef9a1': {
                        table: 'sys_ui_message'
                        id: 'feb8a5c69c574cad87d1fab8fa3ca2ff'
                    }
                    'ui-message-da-617413586ea25c32': {
                        table: 'sys_ui_message'
                        id: 'aa71808af9a9486a9c8f09466c756456'
                    }
                    'ui-message-da-6184253e3054f49c': {
                        table: 'sys_ui_message'
                        id: 'd44f68bb732e4ef798cb22051c46babc'
                    }
                    'ui-message-da-61f3602450712f16': {
                        table: 'sys_ui_message'
                        id: 'ececcbac63dc4138a74e1c6a9fe9300b'
                    }
                    'ui-message-da-62c88e59b5419e9b': {
                        table: 'sys_ui_message'
                        id: 'd68a37a8f5904ea18a9c81398128e4d6'
                    }
                    'ui-message-da-633827f3a2416c86': {
                        table: 'sys_ui_message'
                        id: '2d4ebf6da47246428de7c582e9b019d2'
                    }
                    'ui-message-da-63a1d87f801bbf98': {
                        table: 'sys_ui_message'
                        id: 'fe1e3b6b6b1c461980ec103e267c39e3'
                    }
                    'ui-message-da-65c721eea2574271': {
                        table: 'sys_ui_message'
                        id: '3f013ceebe394220a02dc93521ac12c1'
                    }
                    'ui-message-da-6660328ffa327273': {
                        table: 'sys_ui_message'
                        id: '6368d95a77d64e7894b632575ee2f396'
                    }
                    'ui-message-da-66edd92d92d0b72e': {
                        table: 'sys_ui_message'
                        id: 'd4049cce59404f79ba73141811310334'
                    }
                    'ui-message-da-67ce11382a011a46': {
                        table: 'sys_ui_message'
                        id: 'ba02112763b443c99280ee8e0421907d'
                    }
                    'ui-message-da-690664a9c71bc500': {
                        table: 'sys_ui_message'
                        id: 'da32921811984db2bef9f56383a0742f'
                    }
                    'ui-message-da-692f0248102807d7': {
                        table: 'sys_ui_message'
                        id: '7f208b1726db492c97e9a2c33256cc6e'
                    }
                    'ui-message-da-6a9f6c3fff9581a2': {
                        table: 'sys_ui_message'
                        id: 'b32b230f239945e5ae0c21e4c54d4243'
                    }
                    'ui-message-da-6a9f8c2895567144': {
                        table: 'sys_ui_message'
                        id: 'f50102572afa4d2cb8c6037f4d74b2a4'
                    }
                    'ui-message-da-6b3731644cda1195': {
                        table: 'sys_ui_message'
                        id: 'cefbb8052dac42ada61aef0e6afbaf6a'
                    }
                    'ui-message-da-6c165941d1460e14': {
                        table: 'sys_ui_message'
                        id: '52d9b636a8ef4809a2a68d571e11c7d2'
                    }
                    'ui-message-da-6c1dd2ab31f5a230': {
                        table: 'sys_ui_message'
                        id: '37dc38bd8b254e19b58b597fb7bf7c0c'
                    }
                    'ui-message-da-6c45aafda59b1095': {
                        table: 'sys_ui_message'
                        id: '03f9c3d22b5d4aa18e7f0bd8c95d430d'
                    }
                    'ui-message-da-6cf268765d488db1': {
                        table: 'sys_ui_message'
                        id: '3ef3f27081b54317a17bc711375e635b'
                    }
                    'ui-message-da-6d5b01bca211b5d1': {
                        table: 'sys_ui_message'
                        id: 'd51a03f475294bf2972ae7f49d598f5b'
                    }
                    'ui-message-da-6e71d8e8b2be7726': {
                        table: 'sys_ui_message'
                        id: 'bd0c030d301c42c395e8e5c0a94b5845'
                    }
                    'ui-message-da-6f2e4690917e85e5': {
                        table: 'sys_ui_message'
                        id: 'bbf69a4e1a854bcab5258a49c3f9a0e3'
                    }
                    'ui-message-da-70d307c9afcde045': {
                        table: 'sys_ui_message'
                        id: '3c45d18ab1e5445985fd3e1b424c814f'
                    }
                    'ui-message-da-726a1ceebd2e32d2': {
                        table: 'sys_ui_message'
                        id: '1ef8334ebc7c4de9b12ea0982ed8e57d'
                    }
                    'ui-message-da-73987a3ea1f0a4c3': {
                        table: 'sys_ui_message'
                        id: 'cbb8f7671f6144e0ad23c4e26286d028'
                    }
                    'ui-message-da-73c20ded5edce7ee': {
                        table: 'sys_ui_message'
                        id: '0198056afc484f21bd7581bda2c5feed'
                    }
                    'ui-message-da-74aca3dd7a487307': {
                        table: 'sys_ui_message'
                        id: 'e35342fb81d04dd284524dbe996bd0ce'
                    }
                    'ui-message-da-751dd54fa877ffa0': {
                        table: 'sys_ui_message'
                        id: 'cdb2eadc51e84b6492aa363bb840d479'
                    }
                    'ui-message-da-756798b9593228d8': {
                        table: 'sys_ui_message'
                        id: '65bf6ba9fd454a89929a01f0151ff279'
                    }
                    'ui-message-da-75805eeac7769fee': {
                        table: 'sys_ui_message'
                        id: 'e0235e24f7c443919a11a283e08f1f95'
                    }
                    'ui-message-da-75da2c6ed7c6af1e': {
                        table: 'sys_ui_message'
                        id: '1cfb773640aa443b80f41d0516c2e6e9'
                    }
                    'ui-message-da-75f13889a61ade7f': {
                        table: 'sys_ui_message'
                        id: 'b0e927b843b54f839168fd7d620414f5'
                    }
                    'ui-message-da-75f8a9cda93c4a9c': {
                        table: 'sys_ui_message'
                        id: 'b2e1f0656476445e8d85a89709a3d011'
                    }
                    'ui-message-da-762f0cba38552a67': {
                        table: 'sys_ui_message'
                        id: '47b10c11236e45cba821a43226a58e17'
                    }
                    'ui-message-da-768e0c1c69573fb5': {
                        table: 'sys_ui_message'
                        id: '541e8340bed44237805b32cddc2f14e9'
                    }
                    'ui-message-da-774b7289aec71835': {
                        table: 'sys_ui_message'
                        id: '150a5a7a040e4ae5b316186023488394'
                    }
                    'ui-message-da-775818d75f7b5d4d': {
                        table: 'sys_ui_message'
                        id: 'd92302a07a964f0380963283d6de156b'
                    }
                    'ui-message-da-77d7229dcd489364': {
                        table: 'sys_ui_message'
                        id: '939eb41a06714397b7c5329148496c31'
                    }
                    'ui-message-da-77dfd2135f4db726': {
                        table: 'sys_ui_message'
                        id: '91ef590478af4942adfd004d915b7ca4'
                    }
                    'ui-message-da-78a4872f45c9b880': {
                        table: 'sys_ui_message'
                        id: '15ebfe7e41834a0ea5a1089ffc52cdd3'
                    }
                    'ui-message-da-7a2723e9a8780efb': {
                        table: 'sys_ui_message'
                        id: 'eba452c8f78e4bba9b395dcecacdf069'
                    }
                    'ui-message-da-7e60071c2ecf64a8': {
                        table: 'sys_ui_message'
                        id: '91cb38f911cd4135935242a8de6432b0'
                    }
                    'ui-message-da-7eae163c8e91934e': {
                        table: 'sys_ui_message'
                        id: '7e77532ee08a45f0a190ed7d294f300b'
                    }
                    'ui-message-da-7f631792b2230145': {
                        table: 'sys_ui_message'
                        id: 'e6b5bf58ada94c0ebae512f16303fcb9'
                    }
                    'ui-message-da-7f6cb7da0c3f0ced': {
                        table: 'sys_ui_message'
                        id: '0e62529f54d54d77980a80ca8acb9abc'
                    }
                    'ui-message-da-7f72b83d77e3057b': {
                        table: 'sys_ui_message'
                        id: '4397983c6b72497daf9c5c00253e6537'
                    }
                    'ui-message-da-8130e419dc98ec96': {
                        table: 'sys_ui_message'
                        id: '4d16ddced23846f9810a024f0deebc67'
                    }
                    'ui-message-da-818b9087ecaee3fb': {
                        table: 'sys_ui_message'
                        id: '447a47c77fbe41a2b35302f953d2a9c2'
                    }
                    'ui-message-da-81c0922f60de2e93': {
                        table: 'sys_ui_message'
                        id: '6fe8ddc0625044e8b4b7a806fc439ef0'
                    }
                    'ui-message-da-839b8d39ff46e0e4': {
                        table: 'sys_ui_message'
                        id: 'cd61a2dc4c214ff5a6342b57fe61e440'
                    }
                    'ui-message-da-8483dddc42d78aa1': {
                        table: 'sys_ui_message'
                        id: '73606cfae43a4282b8bf4c8355179a8f'
                    }
                    'ui-message-da-8517190fbe27b51c': {
                        table: 'sys_ui_message'
                        id: '86671b07ea9744e6b2ddb61dd77bfbd5'
                    }
                    'ui-message-da-85847405531e2bf3': {
                        table: 'sys_ui_message'
                        id: '35ed0f6fd07d41078224dfc0aad83a91'
                    }
                    'ui-message-da-85efce01b3b3d863': {
                        table: 'sys_ui_message'
                        id: 'e681e2306a134be381c536da1741053d'
                    }
                    'ui-message-da-88d86b7721d58764': {
                        table: 'sys_ui_message'
                        id: 'faea6686e1564139a87c20a4321716e3'
                    }
                    'ui-message-da-898048943ff65cdb': {
                        table: 'sys_ui_message'
                        id: '9d40c27cd3ff45eab2e52470c2d546fc'
                    }
                    'ui-message-da-8bf1dc112a2c176b': {
                        table: 'sys_ui_message'
                        id: 'e53463d8897d40a5831efa7a35b84bf1'
                    }
                    'ui-message-da-8bf896f6b94769bf': {
                        table: 'sys_ui_message'
                        id: '20626e9b6cb643288fd329c6c99a50c9'
                        deleted: true
                    }
                    'ui-message-da-8ca924f12149b7ba': {
                        table: 'sys_ui_message'
                        id: 'a4df4d9c75e14d4abc8c793ee6f29aea'
                    }
                    'ui-message-da-8cc7acb8f360901e': {
                        table: 'sys_ui_message'
                        id: '1189c1a21a3d4ebfb107d4e5409bf618'
                    }
                    'ui-message-da-8ddd24bb9ea1edeb': {
                        table: 'sys_ui_message'
                        id: '1c502b6a78964df58ca58a535d8c3cc8'
                    }
                    'ui-message-da-8e3df45a49dba2b2': {
                        table: 'sys_ui_message'
                        id: 'e53dde9bce634523806fb1ee93d3b1fa'
                    }
                    'ui-message-da-8e69a2aee94f9f10': {
                        table: 'sys_ui_message'
                        id: '81fed3475f5d47af9a409e2801e0c50a'
                    }
                    'ui-message-da-8ef0161e83ea68db': {
                        table: 'sys_ui_message'
                        id: 'd04a738764364b5c8176e31bedb8a365'
                    }
                    'ui-message-da-8f0aabf9ebc50053': {
                        table: 'sys_ui_message'
                        id: 'c109169179d0457e830a1fbf388ccb2b'
                    }
                    'ui-message-da-8fab6a6954fbbbfc': {
                        table: 'sys_ui_message'
                        id: '0641528279cb40889f6b43acec2fcc22'
                    }
                    'ui-message-da-901c0756705801fc': {
                        table: 'sys_ui_message'
                        id: '4477185d5cd242aa8b8753267550aef3'
                    }
                    'ui-message-da-903f00387129a0be': {
                        table: 'sys_ui_message'
                        id: '70acec70940247cdbe4c73f9e87c8a7e'
                    }
                    'ui-message-da-90c0b256757f19c7': {
                        table: 'sys_ui_message'
                        id: '3baa4b961c874391b66fa32dddb7b99e'
                    }
                    'ui-message-da-90f484459b7f7cd9': {
                        table: 'sys_ui_message'
                        id: 'd96fb9aacdfd4a96a3c8dddab11f9a95'
                    }
                    'ui-message-da-90f9034d67450792': {
                        table: 'sys_ui_message'
                        id: '541bc28eda914f589a4c06d2a564d2a6'
                    }
                    'ui-message-da-91544c25067e63fd': {
                        table: 'sys_ui_message'
                        id: 'e974f21ca5434989a25effa325f74d01'
                    }
                    'ui-message-da-916286d26cc33ee7': {
                        table: 'sys_ui_message'
                        id: '782d923e78a9468f8743a52077cdced5'
                    }
                    'ui-message-da-917df91e1730cb55': {
                        table: 'sys_ui_message'
                        id: 'dd1471fb9be949e7ade11d1495095b57'
                    }
                    'ui-message-da-91ce3f9b63211a95': {
                        table: 'sys_ui_message'
                        id: 'f985570a1698492083ce3a051e31fabe'
                    }
                    'ui-message-da-92ec6350888ffe87': {
                        table: 'sys_ui_message'
                        id: '548f923f4a7441df8c7465a446755c82'
                    }
                    'ui-message-da-94e358e26520c770': {
                        table: 'sys_ui_message'
                        id: 'bd809dacbb1c44b6a79a0233b86b8499'
                    }
                    'ui-message-da-952eea264487e63b': {
                        table: 'sys_ui_message'
                        id: '26b84352f71c4af79696e1294bbd514e'
                    }
                    'ui-message-da-96de9352b9f43d35': {
                        table: 'sys_ui_message'
                        id: '9f16741a84984352ab9cf91648d548b7'
                    }
                    'ui-message-da-96f608c16cef16ca': {
                        table: 'sys_ui_message'
                        id: '7b972a3e9d8e46d89678db5bf5b8f1e6'
                    }
                    'ui-message-da-979bb1a37f3e347c': {
                        table: 'sys_ui_message'
                        id: '024d806373794bd9b64018db76f6abd6'
                    }
                    'ui-message-da-97c3f6ca3c45f6c0': {
                        table: 'sys_ui_message'
                        id: '836b7eae669a4fd799f0d7d70838c227'
                    }
                    'ui-message-da-9825df44591a2d02': {
                        table: 'sys_ui_message'
                        id: '7c09abe2c6194f8aaeb0ced24923c3bf'
                    }
                    'ui-message-da-9996af59991b7e9c': {
                        table: 'sys_ui_message'
                        id: '75cc12340029470a8232157084e60b24'
                    }
                    'ui-message-da-9a0c3525b199b70a': {
                        table: 'sys_ui_message'
                        id: '0972d08cb3f24512bd68f499da7bbb73'
                    }
                    'ui-message-da-9a4030deb2b59fde': {
                        table: 'sys_ui_message'
                        id: 'c9c21a4e4aaa45b68436626bf6f7c799'
                    }
                    'ui-message-da-9bd0e64c675feb3b': {
                        table: 'sys_ui_message'
                        id: '5a91c6cf76d34f95836650fa7cdc57b9'
                    }
                    'ui-message-da-9d680195eb1cb0dd': {
                        table: 'sys_ui_message'
                        id: '132a0a888877427b9c7fec28f42afeae'
                    }
                    'ui-message-da-9d994be4c83e9f5f': {
                        table: 'sys_ui_message'
                        id: 'aea901382a9143f5a214d53a5d61a7ce'
                    }
                    'ui-message-da-9ddedae9b70e41c5': {
                        table: 'sys_ui_message'
                        id: '8ba7bdb7a0744f17952d6d3b14e1dedf'
                    }
                    'ui-message-da-9efdf92f5b5015d4': {
                        table: 'sys_ui_message'
                        id: 'bf1a2591c170451c891a1d5d4ae4a14b'
                    }
                    'ui-message-da-9fce1472d005c94b': {
                        table: 'sys_ui_message'
                        id: 'e768ca62dd5e41c9a130626effc250f9'
                    }
                    'ui-message-da-a074b0e45605a42b': {
                        table: 'sys_ui_message'
                        id: '22f38af2a90543d5920a0f251e67fb74'
                    }
                    'ui-message-da-a0a3e149066ddffa': {
                        table: 'sys_ui_message'
                        id: '3ca740ff4f2d4a70ac5bbbc18e3c5495'
                    }
                    'ui-message-da-a283dc89bac82785': {
                        table: 'sys_ui_message'
                        id: '6147e50648b74c50adb9a518f5ffdf07'
                    }
                    'ui-message-da-a441c696c4e2611d': {
                        table: 'sys_ui_message'
                        id: '2f7873aef30f477087fb89aaee305fbf'
                    }
                    'ui-message-da-a4830231a69a6892': {
                        table: 'sys_ui_message'
                        id: '03bfeff907664773a5375e0e195ef691'
                    }
                    'ui-message-da-a55ffd89508c9068': {
                        table: 'sys_ui_message'
                        id: '42d0082dcce143b4bb2a9041f551aab2'
                    }
                    'ui-message-da-a6c799cd26029d69': {
                        table: 'sys_ui_message'
                        id: '2fcf58a768d34bffa2d5b990018d43cd'
                    }
                    'ui-message-da-a766cd7ff02c32d2': {
                        table: 'sys_ui_message'
                        id: '270cd34c2f3a46b39cc1ccaec0c68c12'
                    }
                    'ui-message-da-a8e36e9279422cdb': {
                        table: 'sys_ui_message'
                        id: 'bc23273021ea46c9aac83b2edc800c49'
                    }
                    'ui-message-da-a951840b9198d73f': {
                        table: 'sys_ui_message'
                        id: '85c39c1dc10541e28f9bb55a492f7a65'
                    }
                    'ui-message-da-a95380a95363ef49': {
                        table: 'sys_ui_message'
                        id: 'b5a22fd08f59435dacf3a50256abfc02'
                    }
                    'ui-message-da-a97150c557494790': {
                        table: 'sys_ui_message'
                        id: 'd9ffc14c2eaf4f23b2acaee802ce2394'
                    }
                    'ui-message-da-a9ee99de2f4dbdbb': {
                        table: 'sys_ui_message'
                        id: '6da080fb126f4a91a97b928a89be3b90'
                    }
                    'ui-message-da-aab7b7d308df609d': {
                        table: 'sys_ui_message'
                        id: '048dd58b650141eba750fa52af3178f6'
                    }
                    'ui-message-da-ace679eb5e52552c': {
                        table: 'sys_ui_message'
                        id: '75bc3e0d9c294282b321e95d565d2a50'
                    }
                    'ui-message-da-af74f7c5362aaee9': {
                        table: 'sys_ui_message'
                        id: '7fd530f63c994b2daa594908abc77be8'
                    }
                    'ui-message-da-b00137539b2ea9d1': {
                        table: 'sys_ui_message'
                        id: '06f70f7f98f64561beb082a7ee8748c0'
                    }
                    'ui-message-da-b024418b6c1f8bc8': {
                        table: 'sys_ui_message'
                        id: 'ee40ac726f274f2295b1a738d7203711'
                    }
                    'ui-message-da-b04ba49f848624bb': {
                        table: 'sys_ui_message'
                        id: '6df7c2fe55b64e738d3f8e9b75c51314'
                    }
                    'ui-message-da-b054a70da6418de0': {
                        table: 'sys_ui_message'
                        id: '65be7781b4ea4818ae0ab4e8caed1479'
                    }
                    'ui-message-da-b0c2d9327726d0ce': {
                        table: 'sys_ui_message'
                        id: '5b7fef27fc41433ba381ffa61e330fa0'
                    }
                    'ui-message-da-b1463cc52250cb5e': {
                        table: 'sys_ui_message'
                        id: 'c8a2a515eefe470793bb108b9920f4b1'
                    }
                    'ui-message-da-b2644d084a9064f7': {
                        table: 'sys_ui_message'
                        id: '19ee356494b0485f9a74a60ba5f2bf5d'
                    }
                    'ui-message-da-b4343e9783216b90': {
                        table: 'sys_ui_message'
                        id: '34dd19e43b9b4ca9b674a647f7d2a7ab'
                    }
                    'ui-message-da-b52b36b7269fbfc5': {
                        table: 'sys_ui_message'
                        id: 'afde3070ea63423fbae48b39b0340671'
                    }
                    'ui-message-da-b5ec82400308f7ab': {
                        table: 'sys_ui_message'
                        id: '130e890005794acda219a094a5241faf'
                    }
                    'ui-message-da-b61467422043fcf4': {
                        table: 'sys_ui_message'
                        id: 'b873474086e4451ea138cedb943750aa'
                    }
                    'ui-message-da-b677021cb0bbb0f8': {
                        table: 'sys_ui_message'
                        id: 'd578f119453b478d91ec641912d73660'
                    }
                    'ui-message-da-b681901b0f4a2add': {
                        table: 'sys_ui_message'
                        id: '35b4984d88be424793eba29f49df5a07'
                    }
                    'ui-message-da-b6bd42e4e7302e5e': {
                        table: 'sys_ui_message'
                        id: '42768164ba5844b5828f3f6acebd4573'
                    }
                    'ui-message-da-b785c736d0365a33': {
                        table: 'sys_ui_message'
                        id: '6373cf46714e446083b14768d6abddb6'
                    }
                    'ui-message-da-bab7da2b4b4b912a': {
                        table: 'sys_ui_message'
                        id: '1662b7b827744dea9ec57229c5d915bd'
                    }
                    'ui-message-da-bb59a623c330814d': {
                        table: 'sys_ui_message'
                        id: 'de30bead76e94d0e8fe25ffb09be42c7'
                    }
                    'ui-message-da-bb80d241c575f72c': {
                        table: 'sys_ui_message'
                        id: '4437315d3a3f4bdaadd9270780af011f'
                    }
                    'ui-message-da-bc0e392aefbfa1c3': {
                        table: 'sys_ui_message'
                        id: '0247b4eedb1c4d61b2327aca27817cd0'
                    }
                    'ui-message-da-bc981983e7f547dc': {
                        table: 'sys_ui_message'
                        id: 'fcd5fc4b83dd43aaa2cff32f2fd19ecd'
                    }
                    'ui-message-da-bce06414177f72ab': {
                        table: 'sys_ui_message'
                        id: '2bbe86aa775d4c288484a9ac401f0af4'
                    }
                    'ui-message-da-bdea94a5409d7acf': {
                        table: 'sys_ui_message'
                        id: 'cdb315a6cda2453e9556a3fe67c727b3'
                    }
                    'ui-message-da-bf6844fa36bdd8bd': {
                        table: 'sys_ui_message'
                        id: 'f2321ce14141492b9fb32b0a096eaf18'
                    }
                    'ui-message-da-c19877aeb64d12f0': {
                        table: 'sys_ui_message'
                        id: '69d59380d103444bb67abeb0aa7f74d7'
                    }
                    'ui-message-da-c19e93b2be5a48a7': {
                        table: 'sys_ui_message'
                        id: 'a65310817c5643509872fbcec4187128'
                    }
                    'ui-message-da-c24ef7c8ac460d8c': {
                        table: 'sys_ui_message'
                        id: 'cace10d882f74eb1b951dcb5f56030b2'
                    }
                    'ui-message-da-c260415a90351fd1': {
                        table: 'sys_ui_message'
                        id: '8d9fb0feceec43a59b36ae49bbd2a7ef'
                    }
                    'ui-message-da-c2dca755c93a154b': {
                        table: 'sys_ui_message'
                        id: '4b00fbb5c4064f5980e0cab7e87a4a01'
                    }
                    'ui-message-da-c3c32baa0b8a3c8b': {
                        table: 'sys_ui_message'
                        id: 'bee9e313c3154d43923a37146c962645'
                    }
                    'ui-message-da-c478af32418de5fb': {
                        table: 'sys_ui_message'
                        id: '4c44d299cd0241eebfcf08650df934bc'
                    }
                    'ui-message-da-c487e712e0a814b3': {
                        table: 'sys_ui_message'
                        id: 'eeea7269987e4a9ba7618b7daee553f8'
                    }
                    'ui-message-da-c563e31be0aabe4c': {
                        table: 'sys_ui_message'
                        id: '53a789f74c9b467393898c323763b921'
                    }
                    'ui-message-da-c74b143b92296e49': {
                        table: 'sys_ui_message'
                        id: 'dad3095de92b40c3966573e16e7bd4df'
                    }
                    'ui-message-da-c800d38217778440': {
                        table: 'sys_ui_message'
                        id: '914283ddaa9f4cf0aa384e1bbe4e7d81'
                    }
                    'ui-message-da-c869d5007ed50221': {
                        table: 'sys_ui_message'
                        id: '1e7901ec9d654d04a4f23a1211394fc2'
                    }
                    'ui-message-da-c8d2e39681e4520b': {
                        table: 'sys_ui_message'
                        id: 'b8fcf846b27240f6acf716e374649ff0'
                    }
                    'ui-message-da-c8e6753fcf614bfe': {
                        table: 'sys_ui_message'
                        id: 'fcd057d6cf9b400daa7b9f08f5b226f8'
                    }
                    'ui-message-da-c9a18f0041ff40c3': {
                        table: 'sys_ui_message'
                        id: '536a86f1d54f47d3b42c304dd724e248'
                    }
                    'ui-message-da-cadb6ef0d00a050e': {
                        table: 'sys_ui_message'
                        id: '8612a6f2188d45cd86576f24be320255'
                    }
                    'ui-message-da-cb20e13b4bb9a4e9': {
                        table: 'sys_ui_message'
                        id: '44b402ea31ba4f58b7cb9f9ddeef0218'
                    }
                    'ui-message-da-cde415ad0ef2647b': {
                        table: 'sys_ui_message'
                        id: 'd0ddee10aac34efea71e0524c9d4dd45'
                    }
                    'ui-message-da-ce0ee52356508728': {
                        table: 'sys_ui_message'
                        id: '5d3fd43061de4f88a3c02da42165a545'
                    }
                    'ui-message-da-cee0384e59f22c0b': {
                        table: 'sys_ui_message'
                        id: 'd298f2a3e0ae4047beb739142938b151'
                    }
                    'ui-message-da-cf43c7527e70b971': {
                        table: 'sys_ui_message'
                        id: '6d12c715513f4869b5de893d1ecb53ff'
                    }
                    'ui-message-da-cf94f0d685bb0649': {
                        table: 'sys_ui_message'
                        id: 'ad656392ff9948e09bdf798495d19ff2'
                    }
                    'ui-message-da-cf9b77061f7b3126': {
                        table: 'sys_ui_message'
                        id: 'ebfa877109bf40dea04df4ce48e1a51d'
                    }
                    'ui-message-da-cfd30bc836ec0f8e': {
                        table: 'sys_ui_message'
                        id: '93b061ba3a054e58bc66e10b0e2be709'
                    }
                    'ui-message-da-d09e4550a9462428': {
                        table: 'sys_ui_message'
                        id: '326fe89adfa848fa929618c59d211c78'
                    }
                    'ui-message-da-d1074e68002eda73': {
                        table: 'sys_ui_message'
                        id: 'f14b5f4fa23b493abcaa664ce1eddac9'
                    }
                    'ui-message-da-d23d73d0b02154ee': {
                        table: 'sys_ui_message'
                        id: 'e0f8a2e9c0b6423e80e8698980af5ea9'
                    }
                    'ui-message-da-d2ab4c668834f25f': {
                        table: 'sys_ui_message'
                        id: '9904d7a1ca244506830b70b55da813d0'
                    }
                    'ui-message-da-d3dfb6377e76701b': {
                        table: 'sys_ui_message'
                        id: 'eed7987598f2493389d40681d8112f1c'
                    }
                    'ui-message-da-d4bb76013102e985': {
                        table: 'sys_ui_message'
                        id: 'c71014c691d04ee896b75cc498bed6c2'
                    }
                    'ui-message-da-d5e036505517bd7b': {
                        table: 'sys_ui_message'
                        id: '72d96a156ba0411c99b35acdf02cb3ed'
                    }
                    'ui-message-da-d6091c08711623a6': {
                        table: 'sys_ui_message'
                        id: '729c61e878f94435bb9c6309e0f8e212'
                    }
                    'ui-message-da-d624ada857134ad1': {
                        table: 'sys_ui_message'
                        id: 'e69d5d74a37d4c75986e35b746efd3a8'
                    }
                    'ui-message-da-d687bedcf105819b': {
                        table: 'sys_ui_message'
                        id: '4075d0cb1ade46fe866a698da5fb9486'
                    }
                    'ui-message-da-d6b14b55b4ca9270': {
                        table: 'sys_ui_message'
                        id: 'fcf8b7d513e845de94f5f28a495d56b8'
                    }
                    'ui-message-da-d6e1dfa5305b15dc': {
                        table: 'sys_ui_message'
                        id: '72aa3d405e3b4001af5561b9e3b5d702'
                    }
                    'ui-message-da-d7df03c04ece2fd1': {
                        table: 'sys_ui_message'
                        id: '9e9b67dc04d6423c869766c3df1da5d0'
                    }
                    'ui-message-da-d83c26cdf76d490d': {
                        table: 'sys_ui_message'
                        id: 'b618be83e776480180ef55ad92c4805a'
                    }
                    'ui-message-da-d96b53b45299b216': {
                        table: 'sys_ui_message'
                        id: '4530751a88364304938ffe00ee4c4a0e'
                    }
                    'ui-message-da-d999aeb0545fa93c': {
                        table: 'sys_ui_message'
                        id: '02c04a977bac4601904b66fd34d546df'
                    }
                    'ui-message-da-d9f69d98dfaf721e': {
                        table: 'sys_ui_message'
                        id: '46f92b9b68ac4a6f9459eaafab3e86df'
                    }
                    'ui-message-da-db3048e7b74bf0ba': {
                        table: 'sys_ui_message'
                        id: '5c4eca1dffdf4d9681668a06f02bbc10'
                    }
                    'ui-message-da-db970f0c23ae32d9': {
                        table: 'sys_ui_message'
                        id: 'ffbfa8d072a04f1f82fd5c32d3feb920'
                    }
                    'ui-message-da-dbe721166e32ff7f': {
                        table: 'sys_ui_message'
                        id: 'a82d832030f649e48f3628e990cac225'
                    }
                    'ui-message-da-dc6df45f7a27a257': {
                        table: 'sys_ui_message'
                        id: 'e9a6720bb5c24126be638d3218556bbf'
                    }
                    'ui-message-da-dd7a5744a5369e47': {
                        table: 'sys_ui_message'
                        id: '099bfa3c10a4449a8364355379945c36'
                    }
                    'ui-message-da-de14c104cf5bda1f': {
                        table: 'sys_ui_message'
                        id: 'fd730efeae1a429ab7b85bce637bfb2d'
                    }
                    'ui-message-da-dee4b46e619df1f6': {
                        table: 'sys_ui_message'
                        id: 'e4610a7a3fd34464a52fe64b29b3a28c'
                    }
                    'ui-message-da-defd946ae120431b': {
                        table: 'sys_ui_message'
                        id: '841bcf9f2e414b81972232a52d516cb7'
                    }
                    'ui-message-da-df6705bec10fe241': {
                        table: 'sys_ui_message'
                        id: 'be1ea3c06e914005bec03125e3dcc05c'
                    }
                    'ui-message-da-dfe56232bd3569a7': {
                        table: 'sys_ui_message'
                        id: '08440a05323b4d609e38ff8aabe604e7'
                    }
                    'ui-message-da-dfeab78cf75a93db': {
                        table: 'sys_ui_message'
                        id: '7889c1d00a9e40089e1ab6c276dd1d3c'
                    }
                    'ui-message-da-e0f844ec780fd0d6': {
                        table: 'sys_ui_message'
                        id: '50e0ef74d8064e0dad8a1791b711851e'
                    }
                    'ui-message-da-e310b1ba0066bc5d': {
                        table: 'sys_ui_message'
                        id: 'c175b0b4511245c5bacbdd436a43dfd1'
                    }
                    'ui-message-da-e32309bdb3f043a2': {
                        table: 'sys_ui_message'
                        id: '3132062edc6747e797648970a4a0958c'
                    }
                    'ui-message-da-e34fd63151598f91': {
                        table: 'sys_ui_message'
                        id: '4ce09b3dbe9640b981989874c26d1dd7'
                    }
                    'ui-message-da-e49119d163cf5a35': {
                        table: 'sys_ui_message'
                        id: '25e5496d9a9e4951a17717f9f8362ebe'
                    }
                    'ui-message-da-e4ad788db4389586': {
                        table: 'sys_ui_message'
                        id: 'cd4458580ced4f5982ef3c8ddcad393e'
                    }
                    'ui-message-da-e5aa18f45ee509a3': {
                        table: 'sys_ui_message'
                        id: '87e39f12167e45f8b76dbfd6d59baf0d'
                    }
                    'ui-message-da-e5ab59c0f92c1764': {
                        table: 'sys_ui_message'
                        id: '3e0d801d5d834fdca10a70360357d915'
                    }
                    'ui-message-da-e5ea143d72a0ee0b': {
                        table: 'sys_ui_message'
                        id: 'e0d557ed2a4a4253a8029f8b56948c35'
                    }
                    'ui-message-da-e5fd9cfe0e803911': {
                        table: 'sys_ui_message'
                        id: 'c6199df9544f4b41adf5dcc7d18c2d9d'
                    }
                    'ui-message-da-e69460b1ea14b905': {
                        table: 'sys_ui_message'
                        id: '1b5ca59753994c6795819f53b17b0d06'
                    }
                    'ui-message-da-e73298f85341036f': {
                        table: 'sys_ui_message'
                        id: 'be253f648ac14e728b71d862f5dee097'
                    }
                    'ui-message-da-e7818bc72e1064d2': {
                        table: 'sys_ui_message'
                        id: '56cafae859674afa9faefec8dd00f333'
                    }
                    'ui-message-da-e7ca7131e791c98c': {
                        table: 'sys_ui_message'
                        id: '441ab3db53f842d3b4329fc3fbb7183e'
                    }
                    'ui-message-da-e802079214a31919': {
                        table: 'sys_ui_message'
                        id: '55a65a7411a74694bb054f65654a06b0'
                    }
                    'ui-message-da-e853bd5092519017': {
                        table: 'sys_ui_message'
                        id: '1614897a0010453483502e68f77abace'
                    }
                    'ui-message-da-e9eced07c6357e1b': {
                        table: 'sys_ui_message'
                        id: '2528a087d56045e6b1ce6442a272dfb2'
                    }
                    'ui-message-da-e9fc69937e4fd10e': {
                        table: 'sys_ui_message'
                        id: 'd4e224ac2b4f4d80850b0cc671ba8a3e'
                    }
                    'ui-message-da-ea1d5c73ce67c261': {
                        table: 'sys_ui_message'
                        id: '98e637e8ea2d4a53a820dec78a17c013'
                    }
                    'ui-message-da-ea9d25e8327976c3': {
                        table: 'sys_ui_message'
                        id: '66392d6ab2bf473abfb05c2d03253ece'
                    }
                    'ui-message-da-eac48ca93a15f4ae': {
                        table: 'sys_ui_message'
                        id: '93210cc24b7a4f64bec5b80c8b895112'
                    }
                    'ui-message-da-ec00bb1fa0d37eb1': {
                        table: 'sys_ui_message'
                        id: 'aba113a4545447a5a24532e3ffc59535'
                    }
                    'ui-message-da-ec3055ef0defaf89': {
                        table: 'sys_ui_message'
                        id: 'c782f265429b4425b3bfef1360263d69'
                    }
                    'ui-message-da-edbe14626272d448': {
                        table: 'sys_ui_message'
                        id: '3d2a1c708eaf4b3b9107717e27b8dd2b'
                    }
                    'ui-message-da-ee68d3496bb455d5': {
                        table: 'sys_ui_message'
                        id: 'fb5911f46c044f0d8ed878ae696558c3'
                    }
                    'ui-message-da-eeefc018ba68ac8c': {
                        table: 'sys_ui_message'
                        id: 'd0f35cf02c7a4f2b87fbf5c9fc364830'
                    }
                    'ui-message-da-efc007a393f66cdb': {
                        table: 'sys_ui_message'
                        id: '32d826c82bf74db182ad4bda9132ed78'
                    }
                    'ui-message-da-f016b6e6269f1168': {
                        table: 'sys_ui_message'
                        id: '0abee147500e4a50bed40244717c0efe'
                    }
                    'ui-message-da-f18e20a11258c2be': {
                        table: 'sys_ui_message'
                        id: 'ba9ec12729054a7f995d19bb4854420d'
                    }
                    'ui-message-da-f1c634cae3894f83': {
                        table: 'sys_ui_message'
                        id: 'ae4d762064fe458bb8d9707a63fb9486'
                    }
                    'ui-message-da-f1f510e8f620a8e1': {
                        table: 'sys_ui_message'
                        id: '000f990f95b84b409edd4d5917cc1c2f'
                    }
                    'ui-message-da-f26d168787cc7f61': {
                        table: 'sys_ui_message'
                        id: '1dcc52d024c34dd3b1f4ec3a603cce33'
                    }
                    'ui-message-da-f3099a05d4e2b3d8': {
                        table: 'sys_ui_message'
                        id: '52affa21e2cf44d28c18e9c6be4cbf51'
                    }
                    'ui-message-da-f365cda67f13bedd': {
                        table: 'sys_ui_message'
                        id: '86e6afc6b03a4746a6b7a32499a35027'
                    }
                    'ui-message-da-f387f50230f98fe9': {
                        table: 'sys_ui_message'
                        id: 'c874e74b085e435885fe3c0be52e4227'
                    }
                    'ui-message-da-f43884244baa2d94': {
                        table: 'sys_ui_message'
                        id: 'd4a33a135a8e42e79fde47538ef59320'
                    }
                    'ui-message-da-f44a1f3f69fab675': {
                        table: 'sys_ui_message'
                        id: '17e213cad6fa4a0b914783ee430ef955'
                    }
                    'ui-message-da-f594f550a845b7a3': {
                        table: 'sys_ui_message'
                        id: '314b67bd7f4c4b9a8f158eaa813ccd68'
                    }
                    'ui-message-da-f6fddf5b5602aaa8': {
                        table: 'sys_ui_message'
                        id: '8fcd3cc4eb3d4e3dad920eafbc216a0b'
                    }
                    'ui-message-da-f741e3daf99235e4': {
                        table: 'sys_ui_message'
                        id: 'c9649340518b4ed1bc2fda174335146a'
                    }
                    'ui-message-da-f7e7a2d4728b362f': {
                        table: 'sys_ui_message'
                        id: 'f0deb00a7c9d42a59f264be2af8912d5'
                    }
                    'ui-message-da-f80bc45f1d7d4b4b': {
                        table: 'sys_ui_message'
                        id: '770ae4611bb84774bf8edf66d1c3ea65'
                    }
                    'ui-message-da-fa0807039d1d049a': {
                        table: 'sys_ui_message'
                        id: '3a55d68e48094a67920c6e86b36e878f'
                    }
                    'ui-message-da-fa64e68f59a68d8b': {
                        table: 'sys_ui_message'
                        id: 'd82a7d2572ac4c028593383983a6b7b6'
                    }
                    'ui-message-da-fa67c5d491b5985f': {
                        table: 'sys_ui_message'
                        id: 'eee4fc3fe90e473384dede8c5e51cd5b'
                        deleted: true
                    }
                    'ui-message-da-fb32f5871e4c9e1e': {
                        table: 'sys_ui_message'
                        id: 'f69c50e428ce48a9a29727a487f1862d'
                    }
                    'ui-message-da-fb63f72feecc9f7a': {
                        table: 'sys_ui_message'
                        id: '21d9d41aa68f44b9bb7efea1beecc361'
                    }
                    'ui-message-da-fbae3edb049b1ad6': {
                        table: 'sys_ui_message'
                        id: 'c9b9fd768a9d4c0b8429cc05dd5ce215'
                    }
                    'ui-message-da-fc1612988cfe9690': {
                        table: 'sys_ui_message'
                        id: 'c80f5bfeab704861865060d4d8e83a84'
                    }
                    'ui-message-da-fd55e96d737de4da': {
                        table: 'sys_ui_message'
                        id: '624c2cd9d7f6488ba5440945964a0350'
                    }
                    'ui-message-da-fd993453f7829c20': {
                        table: 'sys_ui_message'
                        id: 'cedc7e0bf0a34cf98fe9e45833b0ec05'
                    }
                    'ui-message-da-febf536e633ebb97': {
                        table: 'sys_ui_message'
                        id: '517e8a8c7adc473f8e652d316508cb9a'
                    }
                    'ui-message-da-ffbb40f5a5531f52': {
                        table: 'sys_ui_message'
                        id: 'acd3bd8d170d44b69126492009a8acb2'
                    }
                    'ui-message-da-ffebf85f977216c4': {
                        table: 'sys_ui_message'
                        id: 'a408b2571afc4098aa5311adb70b583b'
                    }
                    'ui-message-en-008b31a367c69c98': {
                        table: 'sys_ui_message'
                        id: '84e343acb7b64b60acba80afb3ce3145'
                    }
                    'ui-message-en-008fd7518aea9991': {
                        table: 'sys_ui_message'
                        id: 'aeea70de4c21435193e814bae9f43474'
                    }
                    'ui-message-en-015fde2e871bed29': {
                        table: 'sys_ui_message'
                        id: '2503d4700811448b8ad0862d8b8196d9'
                    }
                    'ui-message-en-02c4a05824f755b5': {
                        table: 'sys_ui_message'
                        id: '8aaeb64a3fae4a87a0e6a93a1bd758b4'
                    }
                    'ui-message-en-05858aa04f56a98e': {
                        table: 'sys_ui_message'
                        id: 'd7e598ab160a4e64ba8e21ff054267a3'
                    }
                    'ui-message-en-07c669f624bb0aa6': {
                        table: 'sys_ui_message'
                        id: '5dbb82c783334b248d46ed8245b87572'
                    }
                    'ui-message-en-0985bd5619904ab3': {
                        table: 'sys_ui_message'
                        id: 'c80ec299aede470f8bbe6d2c0725d524'
                    }
                    'ui-message-en-0c93189dbd5623e3': {
                        table: 'sys_ui_message'
                        id: '1667b00e2acf492faefcd6f52d44ec1d'
                    }
                    'ui-message-en-0fc6cf9d6483ed6e': {
                        table: 'sys_ui_message'
                        id: '88efff14ed1a4233a74f0aeb3e86b6e4'
                    }
                    'ui-message-en-0fdfa84d808b1535': {
                        table: 'sys_ui_message'
                        id: '4b9f7f515aff42be8d0864a772548300'
                    }
                    'ui-message-en-11dd0a6413b3fea1': {
                        table: 'sys_ui_message'
                        id: 'bd5ef7102d9e440e9683ed0c71962477'
                    }
                    'ui-message-en-13a6e33c06100e3c': {
                        table: 'sys_ui_message'
                        id: 'eac2c7cf56ab45ce8c93e00e66410fe7'
                    }
                    'ui-message-en-155f96d4a0d198e1': {
                        table: 'sys_ui_message'
                        id: '0e9cdbceb77f447196f91ff067100e89'
                    }
                    'ui-message-en-1735be2026e1be65': {
                        table: 'sys_ui_message'
                        id: '4cc36cc20a5641afa2f96e1ca2a0d3fa'
                    }
                    'ui-message-en-17d2836cdf881e0b': {
                        table: 'sys_ui_message'
                        id: 'bc898356f7d6479c953d46525548f046'
                    }
                    'ui-message-en-18b5be69aef71316': {
                        table: 'sys_ui_message'
                        id: '37aca0e66f9c4df7aaa3b992b0d2dd04'
                    }
                    'ui-message-en-19066ee4cab34442': {
                        table: 'sys_ui_message'
                        id: '57b35fbe5b0d4b2996815e0bfcafac01'
                    }
                    'ui-message-en-1aae8b804bb183ea': {
                        table: 'sys_ui_message'
                        id: '21198a7c0de9492ea3a9fbc42e544eb1'
                    }
                    'ui-message-en-1c8fc6dad04cc0fb': {
                        table: 'sys_ui_message'
                        id: 'aec2f9421cea453d85024071b02d705e'
                    }
                    'ui-message-en-1d2b43da3c9e3ad1': {
                        table: 'sys_ui_message'
                        id: '44f10b9f03504479853e04b2d083e3dd'
                    }
                    'ui-message-en-1e33c4bd7db792ee': {
                        table: 'sys_ui_message'
                        id: '831825d22b074217a2d8fdb5debc1636'
                    }
                    'ui-message-en-21b54677bdeadde2': {
                        table: 'sys_ui_message'
                        id: '40ff687dfc3a459cb5a45955055ef2eb'
                    }
                    'ui-message-en-234f3c7940083e06': {
                        table: 'sys_ui_message'
                        id: 'f22953021585416193bd18817a5b22cb'
                    }
                    'ui-message-en-236fe34577b6d94a': {
                        table: 'sys_ui_message'
                        id: 'debc269cd66d49679151b71c7bcd00bd'
                    }
                    'ui-message-en-24c3873385a414c8': {
                        table: 'sys_ui_message'
                        id: '22f7789f01164a3f8d47559c56dd11c3'
                    }
                    'ui-message-en-25fc804cfd42d7c5': {
                        table: 'sys_ui_message'
                        id: '6bbc3dfb6cda4e8189119a81b43de18c'
                    }
                    'ui-message-en-270c09dc1c7d4555': {
                        table: 'sys_ui_message'
                        id: '69afbe1bf2c645ed90df8d6841883e6f'
                    }
                    'ui-message-en-28d9387b44f9c450': {
                        table: 'sys_ui_message'
                        id: 'b92754b2d4d4441eaf4807419615fb62'
                    }
                    'ui-message-en-290f3499eb755168': {
                        table: 'sys_ui_message'
                        id: '3302b35ad5384b72a260e02b4258fb5a'
                    }
                    'ui-message-en-299c2f5ebfdf531a': {
                        table: 'sys_ui_message'
                        id: 'b048be256ca649039a84701849ff5759'
                    }
                    'ui-message-en-2a776cf05885d8d2': {
                        table: 'sys_ui_message'
                        id: '429c6b1e01684dca81a5b4b15c49529d'
                    }
                    'ui-message-en-2a9adc9982ca0d2b': {
                        table: 'sys_ui_message'
                        id: '847544fb71974b67af14c5d2e39a42dd'
                    }
                    'ui-message-en-2f92b16b64f2f508': {
                        table: 'sys_ui_message'
                        id: 'a7dcacbd1f084fb183e6c8eb04e564a0'
                    }
                    'ui-message-en-2fb5041e84789dd8': {
                        table: 'sys_ui_message'
                        id: '91190a7f2bee4392bd69c715697a6db3'
                    }
                    'ui-message-en-32addc18a4f4e259': {
                        table: 'sys_ui_message'
                        id: 'ad5f1648278b45e0bdd788fce2edc649'
                    }
                    'ui-message-en-348c9cddf8f11478': {
                        table: 'sys_ui_message'
                        id: 'b5ff389a2e9c4c0589dc8ccdefc914c4'
                    }
                    'ui-message-en-36cf51247f6a904f': {
                        table: 'sys_ui_message'
                        id: 'f59ab8cfec3a4fb494b1ff61c3b9bc65'
                    }
                    'ui-message-en-37a90f022caf4007': {
                        table: 'sys_ui_message'
                        id: '060dc5412d594e8e91126ab7bb2c55d8'
                    }
                    'ui-message-en-37f70c1c44328710': {
                        table: 'sys_ui_message'
                        id: '16228bc3bc0d47e1897c9eab98af059f'
                    }
                    'ui-message-en-39903c53a47c6ff3': {
                        table: 'sys_ui_message'
                        id: 'e3734e60d35a49eea025d96b899507e0'
                    }
                    'ui-message-en-3b4b75084f479452': {
                        table: 'sys_ui_message'
                        id: 'df9dca7793764e2598e1cfa0202edcac'
                    }
                    'ui-message-en-3bc5083820a6627d': {
                        table: 'sys_ui_message'
                        id: 'c258d94994b34213a57be9fd8f998298'
                    }
                    'ui-message-en-40ee3d797e5103e3': {
                        table: 'sys_ui_message'
                        id: '6a974fb8ce5d45389ea28bb928ea598c'
                    }
                    'ui-message-en-43aa0a32afe52eca': {
                        table: 'sys_ui_message'
                        id: '5a659de0095f418980f0de01f800b605'
                    }
                    'ui-message-en-44c2f34581491284': {
                        table: 'sys_ui_message'
                        id: '4616c8495a664ef6abf7e6e51b28c5d7'
                    }
                    'ui-message-en-452376e9506cf720': {
                        table: 'sys_ui_message'
                        id: 'c6d085265f6141cca149b24739c829bb'
                    }
                    'ui-message-en-45818fa6cfeb36cd': {
                        table: 'sys_ui_message'
                        id: 'dee959733b514190b5af3e613c7fec4a'
                    }
                    'ui-message-en-47083f0a9b8f0a80': {
                        table: 'sys_ui_message'
                        id: '429b3dcace7e4f0db462deaae18b3999'
                    }
                    'ui-message-en-4848b6c6a9b69b51': {
                        table: 'sys_ui_message'
                        id: 'dc49f64a007c4981ab0e18683ee01d98'
                    }
                    'ui-message-en-488e45cf6d9fca07': {
                        table: 'sys_ui_message'
                        id: '37d5ae3d17484ce79bf74a3e9ad2b442'
                    }
                    'ui-message-en-499a156009184ca5': {
                        table: 'sys_ui_message'
                        id: '3cf7cc3d1bcd4297b9cd9f5f452309b4'
                    }
                    'ui-message-en-4a03cf4e5bef413f': {
                        table: 'sys_ui_message'
                        id: 'b4cb061d42474917bc8d0841a2b772a2'
                    }
                    'ui-message-en-4e2f2c2facb72451': {
                        table: 'sys_ui_message'
                        id: '9dd037c391b645558aeec1dc8cbf599f'
                    }
                    'ui-message-en-4f3fd4dba32ee299': {
                        table: 'sys_ui_message'
                        id: '4ebe5617e1f643569f9a9c8b0a6a523c'
                    }
                    'ui-message-en-50b61e56b17d7295': {
                        table: 'sys_ui_message'
                        id: 'c8b90cf8ebd84f6d9afe4e7810149e2f'
                    }
                    'ui-message-en-50f7d9bc9f318440': {
                        table: 'sys_ui_message'
                        id: '016827a80d9543b19d32c69c2efce4a2'
                    }
                    'ui-message-en-5322870fe0d0e778': {
                        table: 'sys_ui_message'
                        id: 'cc143be6fc95442d9f10a48caa791770'
                    }
                    'ui-message-en-55316cdb7dd4cfee': {
                        table: 'sys_ui_message'
                        id: 'ad46812e3475462d9cf87aa1d695d029'
                    }
                    'ui-message-en-559e191d83b4bace': {
                        table: 'sys_ui_message'
                        id: '1b4e5fb13747493283afe62cd11c9255'
                    }
                    'ui-message-en-55be9fb2744b5a95': {
                        table: 'sys_ui_message'
                        id: '1320602fc7c84f8788536b635b46a072'
                    }
                    'ui-message-en-564f06e91230454a': {
                        table: 'sys_ui_message'
                        id: '4a67d69632f14546b83d2bf7f473d6a2'
                    }
                    'ui-message-en-57e29aff927c59f0': {
                        table: 'sys_ui_message'
                        id: '6dad9f770e5547d2afb4d922d9f3ad38'
                    }
                    'ui-message-en-581d6da62df2d777': {
                        table: 'sys_ui_message'
                        id: '51bb57d80d0142c9ac19160c5c114412'
                    }
                    'ui-message-en-591dbb0d5f0bf816': {
                        table: 'sys_ui_message'
                        id: '292cb0d67bcb40d7a3c355d0072374cc'
                    }
                    'ui-message-en-5b6cedd9a02b11c3': {
                        table: 'sys_ui_message'
                        id: 'ffbffd16164e4a1f9357bf32c5bb2eba'
                    }
                    'ui-message-en-5d83055c06086dc8': {
                        table: 'sys_ui_message'
                        id: '77a67a3281574f1e94bb6f7e35c2bd16'
                    }
                    'ui-message-en-5dac7474aaa5ccf4': {
                        table: 'sys_ui_message'
                        id: 'b2ffd09a7b8746b0a2d8429d88ccb564'
                    }
                    'ui-message-en-5ee2c7843da4b09d': {
                        table: 'sys_ui_message'
                        id: '4cc8a6ad82e1494497be464d92b7ab16'
                        deleted: true
                    }
                    'ui-message-en-5efa18ee8654c79b': {
                        table: 'sys_ui_message'
                        id: '2c175d6281b74198b02eed023c1d9f47'
                    }
                    'ui-message-en-6064aa96f7fc07ff': {
                        table: 'sys_ui_message'
                        id: 'a908c79157a44be7aa9c252083018188'
                    }
                    'ui-message-en-60cc65bc3e7ef9a1': {
                        table: 'sys_ui_message'
                        id: '6d7f9bfbe8174d889ea290a487882526'
                    }
                    'ui-message-en-617413586ea25c32': {
                        table: 'sys_ui_message'
                        id: '700a2f7a9abd4735ae1333f6e0efaa35'
                    }
                    'ui-message-en-6184253e3054f49c': {
                        table: 'sys_ui_message'
                        id: 'e914d81e5d524ab8ada04abe4605c912'
                    }
                    'ui-message-en-61f3602450712f16': {
                        table: 'sys_ui_message'
                        id: '23fae6fcd26341dea3bdfbf9e39417e7'
                    }
                    'ui-message-en-633827f3a2416c86': {
                        table: 'sys_ui_message'
                        id: '6ffe594bed774b9093769c83a4042541'
                    }
                    'ui-message-en-66edd92d92d0b72e': {
                        table: 'sys_ui_message'
                        id: '0015b22b89f64bebbd400cf0e2dee042'
                    }
                    'ui-message-en-690664a9c71bc500': {
                        table: 'sys_ui_message'
                        id: '823f405d9db2408b96dcc6030208764f'
                    }
                    'ui-message-en-692f0248102807d7': {
                        table: 'sys_ui_message'
                        id: '487cae36046347d4b7257aedb5fbc178'
                    }
                    'ui-message-en-6a9f8c2895567144': {
                        table: 'sys_ui_message'
                        id: '26c70632c55146c1a3e657f25940551c'
                    }
                    'ui-message-en-6c165941d1460e14': {
                        table: 'sys_ui_message'
                        id: 'ae150536f68940158ff47552c7837742'
                    }
                    'ui-message-en-6c45aafda59b1095': {
                        table: 'sys_ui_message'
                        id: 'e4d9b7a7d63e470190e6f5ead40e8082'
                    }
                    'ui-message-en-6cf268765d488db1': {
                        table: 'sys_ui_message'
                        id: '8ad0d7c66f7b432ea8c6ec775f1be325'
                    }
                    'ui-message-en-6d5b01bca211b5d1': {
                        table: 'sys_ui_message'
                        id: 'bfec14dd602c4c0f82aab067effb2015'
                    }
                    'ui-message-en-74aca3dd7a487307': {
                        table: 'sys_ui_message'
                        id: 'd978df4482cb4dec8d35902aec05e494'
                    }
                    'ui-message-en-756798b9593228d8': {
                        table: 'sys_ui_message'
                        id: '9937f2b5b8c641d7bef0d0bcee51184a'
                    }
                    'ui-message-en-75f13889a61ade7f': {
                        table: 'sys_ui_message'
                        id: 'ffca7a5f78584a2d96fbafd23f942c30'
                    }
                    'ui-message-en-762f0cba38552a67': {
                        table: 'sys_ui_message'
                        id: '3a88c15b1f704ecdb7456de47167f4e6'
                    }
                    'ui-message-en-774b7289aec71835': {
                        table: 'sys_ui_message'
                        id: 'e35f54fdf7b14400ba407759b84a120c'
                    }
                    'ui-message-en-7a2723e9a8780efb': {
                        table: 'sys_ui_message'
                        id: '96a1860af53c4b81a10efa8c0da8d8cd'
                    }
                    'ui-message-en-7f631792b2230145': {
                        table: 'sys_ui_message'
                        id: '1942edcabdd042a0bdc201d561d3d1cb'
                    }
                    'ui-message-en-7f6cb7da0c3f0ced': {
                        table: 'sys_ui_message'
                        id: 'f0f5a4e7c0134959a820ac0a93bfa557'
                    }
                    'ui-message-en-7f72b83d77e3057b': {
                        table: 'sys_ui_message'
                        id: '4d67309863c749f1901efd6a83b3016e'
                    }
                    'ui-message-en-818b9087ecaee3fb': {
                        table: 'sys_ui_message'
                        id: '755a1a8a42c945e49c9623e93feabea1'
                    }
                    'ui-message-en-839b8d39ff46e0e4': {
                        table: 'sys_ui_message'
                        id: '84643427981249139dc2200c6389703c'
                    }
                    'ui-message-en-898048943ff65cdb': {
                        table: 'sys_ui_message'
                        id: '31c9e69d902743fbaf8916add7c8978e'
                    }
                    'ui-message-en-8bf1dc112a2c176b': {
                        table: 'sys_ui_message'
                        id: 'b2e5274d9b094d988f75f06e3c3a3f14'
                    }
                    'ui-message-en-8e69a2aee94f9f10': {
                        table: 'sys_ui_message'
                        id: '541ba7958508453da8af9a917f908685'
                    }
                    'ui-message-en-8ef0161e83ea68db': {
                        table: 'sys_ui_message'
                        id: 'c06d74a65b5d422aa7d6de00ab3c62b7'
                    }
                    'ui-message-en-8fab6a6954fbbbfc': {
                        table: 'sys_ui_message'
                        id: 'a45126f4a3a14ab7a4a3cdcb57a55aff'
                    }
                    'ui-message-en-90c0b256757f19c7': {
                        table: 'sys_ui_message'
                        id: '2a162a5c60fd49ae8526f45b979a86ac'
                    }
                    'ui-message-en-90f484459b7f7cd9': {
                        table: 'sys_ui_message'
                        id: '9d12032e3a5e4a2ab37d45742fcc5941'
                    }
                    'ui-message-en-91544c25067e63fd': {
                        table: 'sys_ui_message'
                        id: '827a6284770b4696ba26c30c391b7f1b'
                    }
                    'ui-message-en-91ce3f9b63211a95': {
                        table: 'sys_ui_message'
                        id: '21ff3a1fabd143ad984f081112768cce'
                    }
                    'ui-message-en-92ec6350888ffe87': {
                        table: 'sys_ui_message'
                        id: '3a531291a7b245869a279a0872a3de9e'
                    }
                    'ui-message-en-94e358e26520c770': {
                        table: 'sys_ui_message'
                        id: 'b0412926dc484a02bb265424e785bd1a'
                    }
                    'ui-message-en-97c3f6ca3c45f6c0': {
                        table: 'sys_ui_message'
                        id: 'a7e8fa7b40f949da8992ed05ef62dc3d'
                    }
                    'ui-message-en-9996af59991b7e9c': {
                        table: 'sys_ui_message'
                        id: 'b2a1c050ca2e4d93b35d7e5bd7248165'
                    }
                    'ui-message-en-9a0c3525b199b70a': {
                        table: 'sys_ui_message'
                        id: '0a68ab8f20ae438bba35c6664a61fc7a'
                    }
                    'ui-message-en-9a4030deb2b59fde': {
                        table: 'sys_ui_message'
                        id: 'a13ff1936e614472a3dcffdc786af96c'
                    }
                    'ui-message-en-9d680195eb1cb0dd': {
                        table: 'sys_ui_message'
                        id: '45996d12d0484260aa1f0acbcc6ef88f'
                    }
                    'ui-message-en-9ddedae9b70e41c5': {
                        table: 'sys_ui_message'
                        id: '1cd69370d5a542ffa50bd34b00315c6f'
                    }
                    'ui-message-en-a0a3e149066ddffa': {
                        table: 'sys_ui_message'
                        id: 'b3935f41f3c04796ae38e893e2ea8025'
                    }
                    'ui-message-en-a283dc89bac82785': {
                        table: 'sys_ui_message'
                        id: 'e6963906d6e2402f842c7b4c59e02b31'
                    }
                    'ui-message-en-a441c696c4e2611d': {
                        table: 'sys_ui_message'
                        id: '6c180b84a32047999ffddd2f3d9e2f10'
                    }
                    'ui-message-en-a6c799cd26029d69': {
                        table: 'sys_ui_message'
                        id: '2e3541fb1c9a43378c501f63e66a54ea'
                    }
                    'ui-message-en-a766cd7ff02c32d2': {
                        table: 'sys_ui_message'
                        id: '6cbbcb45de514e168b1f4cf2af10e443'
                    }
                    'ui-message-en-a8e36e9279422cdb': {
                        table: 'sys_ui_message'
                        id: '3b9d7c25579e40caad63869e0d79be1f'
                    }
                    'ui-message-en-a951840b9198d73f': {
                        table: 'sys_ui_message'
                        id: 'a03dd625c7804b78b998dc6d184dcec9'
                    }
                    'ui-message-en-a95380a95363ef49': {
                        table: 'sys_ui_message'
                        id: '727f633168b149588d7ee95b96dba75b'
                    }
                    'ui-message-en-a97150c557494790': {
                        table: 'sys_ui_message'
                        id: '18a8029c0ae04eaabaab0a696942688d'
                    }
                    'ui-message-en-a9ee99de2f4dbdbb': {
                        table: 'sys_ui_message'
                        id: '50ba476cc507498c90986d6f6cade881'
                    }
                    'ui-message-en-aab7b7d308df609d': {
                        table: 'sys_ui_message'
                        id: '9a220c678f884ca08f8e9c0a222565d7'
                    }
                    'ui-message-en-b00137539b2ea9d1': {
                        table: 'sys_ui_message'
                        id: '03cd4c9e97284aada9750fad8db84c60'
                    }
                    'ui-message-en-b024418b6c1f8bc8': {
                        table: 'sys_ui_message'
                        id: '67cd36c320d34d119a39a8c02f0910f2'
                    }
                    'ui-message-en-b1463cc52250cb5e': {
                        table: 'sys_ui_message'
                        id: '958b09b5bb134553936979db18911c8e'
                    }
                    'ui-message-en-b2644d084a9064f7': {
                        table: 'sys_ui_message'
                        id: '2c9ebd5125d54805a1b91f3bbaf47d4d'
                    }
                    'ui-message-en-b4343e9783216b90': {
                        table: 'sys_ui_message'
                        id: '2ea1e1b133de4b5abab21bd97934c7e1'
                    }
                    'ui-message-en-b677021cb0bbb0f8': {
                        table: 'sys_ui_message'
                        id: 'bab8354537744091b3dc1b3b4f2bde69'
                    }
                    'ui-message-en-b681901b0f4a2add': {
                        table: 'sys_ui_message'
                        id: '42dae584bc8b4d148bc3dbab7b2d0d10'
                    }
                    'ui-message-en-bab7da2b4b4b912a': {
                        table: 'sys_ui_message'
                        id: '95a5db36cad04f79bf9d9c85a7017977'
                    }
                    'ui-message-en-bb59a623c330814d': {
                        table: 'sys_ui_message'
                        id: '352d1395e3464f18bb411518409a756f'
                    }
                    'ui-message-en-bb80d241c575f72c': {
                        table: 'sys_ui_message'
                        id: '2b54deb611924b068964aa366d448bcd'
                    }
                    'ui-message-en-bc0e392aefbfa1c3': {
                        table: 'sys_ui_message'
                        id: '6fc836ab33504d578437834a57c4311a'
                    }
                    'ui-message-en-bf6844fa36bdd8bd': {
                        table: 'sys_ui_message'
                        id: 'f9d18e7232fb4428b964e0be43f6856d'
                    }
                    'ui-message-en-c19e93b2be5a48a7': {
                        table: 'sys_ui_message'
                        id: '7d453ed989df4989851909cb7da4277d'
                    }
                    'ui-message-en-c24ef7c8ac460d8c': {
                        table: 'sys_ui_message'
                        id: '3b5e4ab588984660af504c9d4b2e9101'
                    }
                    'ui-message-en-c2dca755c93a154b': {
                        table: 'sys_ui_message'
                        id: 'b0254c1f668347aba919a4913948f710'
                    }
                    'ui-message-en-c74b143b92296e49': {
                        table: 'sys_ui_message'
                        id: '6861512cb80c41bdb4a01a499d920f9f'
                    }
                    'ui-message-en-c800d38217778440': {
                        table: 'sys_ui_message'
                        id: '63af93fe224443c2813ea4c37333524c'
                    }
                    'ui-message-en-c869d5007ed50221': {
                        table: 'sys_ui_message'
                        id: '9ab848410bed463280dad515d332098f'
                    }
                    'ui-message-en-c8d2e39681e4520b': {
                        table: 'sys_ui_message'
                        id: '3ff8888fba6647438464e2d1591cf99b'
                    }
                    'ui-message-en-c8e6753fcf614bfe': {
                        table: 'sys_ui_message'
                        id: 'd0254e05dfce4c98af4e1e952bd11382'
                    }
                    'ui-message-en-c9a18f0041ff40c3': {
                        table: 'sys_ui_message'
                        id: '3d8ba339572041c68311c36811624771'
                    }
                    'ui-message-en-cb20e13b4bb9a4e9': {
                        table: 'sys_ui_message'
                        id: '995a6751949b447ba114fa509ed9d110'
                    }
                    'ui-message-en-cde415ad0ef2647b': {
                        table: 'sys_ui_message'
                        id: 'c40f722031354983b9fb9fa2f6953836'
                    }
                    'ui-message-en-cfd30bc836ec0f8e': {
                        table: 'sys_ui_message'
                        id: '4f191412ac3f4c0d817adffc5d9688ae'
                    }
                    'ui-message-en-d09e4550a9462428': {
                        table: 'sys_ui_message'
                        id: 'da338a1cf2cc4ec4975314344898857a'
                    }
                    'ui-message-en-d3dfb6377e76701b': {
                        table: 'sys_ui_message'
                        id: '5e093f6d022e4ecd9898c572e98f3994'
                    }
                    'ui-message-en-d4bb76013102e985': {
                        table: 'sys_ui_message'
                        id: 'a19e8025b47b433ab8ad0abaf138ed10'
                    }
                    'ui-message-en-d5e036505517bd7b': {
                        table: 'sys_ui_message'
                        id: '3e105fe5621941949ea7ad59fce8a4d8'
                    }
                    'ui-message-en-d6091c08711623a6': {
                        table: 'sys_ui_message'
                        id: '7992b9170a3d4e3c96c03d78b8ac6ef8'
                    }
                    'ui-message-en-d687bedcf105819b': {
                        table: 'sys_ui_message'
                        id: '71bed9b84c4b4ef8975d72d584bf6d21'
                    }
                    'ui-message-en-d6e1dfa5305b15dc': {
                        table: 'sys_ui_message'
                        id: '622a9c4a6748427b9a2af96c29761248'
                    }
                    'ui-message-en-d7df03c04ece2fd1': {
                        table: 'sys_ui_message'
                        id: 'a432902f95ca49d0b352d6c288034c25'
                    }
                    'ui-message-en-d83c26cdf76d490d': {
                        table: 'sys_ui_message'
                        id: '9fff9d46b86f4727a460e529ec801176'
                    }
                    'ui-message-en-db3048e7b74bf0ba': {
                        table: 'sys_ui_message'
                        id: '5a4c871acc7e44a8bd7853f341d518cb'
                    }
                    'ui-message-en-db970f0c23ae32d9': {
                        table: 'sys_ui_message'
                        id: 'f7f33361848c465294efb6641641eaba'
                    }
                    'ui-message-en-dc6df45f7a27a257': {
                        table: 'sys_ui_message'
                        id: 'a8a0e8dadd4f4f2ba3fb8cb9a87e6e77'
                    }
                    'ui-message-en-dd7a5744a5369e47': {
                        table: 'sys_ui_message'
                        id: '51d908184617465a861057b0f0e6b98f'
                    }
                    'ui-message-en-de14c104cf5bda1f': {
                        table: 'sys_ui_message'
                        id: 'eca73cdcc8e848559358ba94d97be70a'
                    }
                    'ui-message-en-e32309bdb3f043a2': {
                        table: 'sys_ui_message'
                        id: '24cdbd44128d45848a79d8b90bdec122'
                    }
                    'ui-message-en-e49119d163cf5a35': {
                        table: 'sys_ui_message'
                        id: 'fb1e91bc868c4e5bac92232f147421a7'
                    }
                    'ui-message-en-e5aa18f45ee509a3': {
                        table: 'sys_ui_message'
                        id: 'a8311849385642fca94a2c00e2b5aab3'
                    }
                    'ui-message-en-e5ea143d72a0ee0b': {
                        table: 'sys_ui_message'
                        id: '02b5c9a3eed24893a55ca2f12fd4b052'
                    }
                    'ui-message-en-e73298f85341036f': {
                        table: 'sys_ui_message'
                        id: 'e97c3b9a83d642dd982f885137b5df80'
                    }
                    'ui-message-en-e7ca7131e791c98c': {
                        table: 'sys_ui_message'
                        id: '380e0cc86c324c84b2cd73409c2ea817'
                    }
                    'ui-message-en-e802079214a31919': {
                        table: 'sys_ui_message'
                        id: '46f6f6ad480c464690c59d6a67d25334'
                    }
                    'ui-message-en-e853bd5092519017': {
                        table: 'sys_ui_message'
                        id: '6dc7eef3a1854d0597303d9cd88043d5'
                    }
                    'ui-message-en-e9fc69937e4fd10e': {
                        table: 'sys_ui_message'
                        id: '997e527a280f467ba103da59688883ab'
                    }
                    'ui-message-en-ea1d5c73ce67c261': {
                        table: 'sys_ui_message'
                        id: 'd7d5e2b52b644693bef8e9ddd51be6c9'
                    }
                    'ui-message-en-ea9d25e8327976c3': {
                        table: 'sys_ui_message'
                        id: 'a6ae914617a245dea84a82a0e1dead23'
                    }
                    'ui-message-en-eac48ca93a15f4ae': {
                        table: 'sys_ui_message'
                        id: 'cf75b30670e64cf1b9e0bf4732d695a8'
                    }
                    'ui-message-en-ec00bb1fa0d37eb1': {
                        table: 'sys_ui_message'
                        id: '35a6de4d3d2b4d10a8b5175aab485f36'
                    }
                    'ui-message-en-edbe14626272d448': {
                        table: 'sys_ui_message'
                        id: '3dbc04160a574aaf93da068f5e84deb0'
                    }
                    'ui-message-en-f016b6e6269f1168': {
                        table: 'sys_ui_message'
                        id: '3ecceccceeec474cb685077b1ae9469d'
                    }
                    'ui-message-en-f18e20a11258c2be': {
                        table: 'sys_ui_message'
                        id: 'd86f116d53f44062866b62c58912d09a'
                    }
                    'ui-message-en-f1c634cae3894f83': {
                        table: 'sys_ui_message'
                        id: 'e415e09c93a74e44ad4d3e89bf32bfe6'
                    }
                    'ui-message-en-f1f510e8f620a8e1': {
                        table: 'sys_ui_message'
                        id: '5bd4fdedeb8b433685e96549e0578312'
                    }
                    'ui-message-en-f26d168787cc7f61': {
                        table: 'sys_ui_message'
                        id: '31ada4b60c36468192739be8d0fb9e3c'
                    }
                    'ui-message-en-f3099a05d4e2b3d8': {
                        table: 'sys_ui_message'
                        id: '4dcea31991e849e9838ef31c38ded952'
                    }
                    'ui-message-en-f365cda67f13bedd': {
                        table: 'sys_ui_message'
                        id: '81674507294a472eb61900abcefebbcc'
                    }
                    'ui-message-en-f44a1f3f69fab675': {
                        table: 'sys_ui_message'
                        id: '7ef4e36ef42e47bcb8f1e1b7bca2a9d9'
                    }
                    'ui-message-en-f741e3daf99235e4': {
                        table: 'sys_ui_message'
                        id: '553875273be842d297e85cec955d3f4f'
                    }
                    'ui-message-en-f7e7a2d4728b362f': {
                        table: 'sys_ui_message'
                        id: '56d9b362c97c4c4f91ba99b1f870003e'
                    }
                    'ui-message-en-f80bc45f1d7d4b4b': {
                        table: 'sys_ui_message'
                        id: '3bb912ffc24d449487ef171d72754c44'
                    }
                    'ui-message-en-fb32f5871e4c9e1e': {
                        table: 'sys_ui_message'
                        id: '86a64ff7fd8244f6a7b96fadb7113ff9'
                    }
                    'ui-message-en-fb63f72feecc9f7a': {
                        table: 'sys_ui_message'
                        id: 'ea13b7274a984e509d1112765b1fb259'
                    }
                    'ui-message-en-fbae3edb049b1ad6': {
                        table: 'sys_ui_message'
                        id: '82f4d2fcaac64055b3b6b1c975faad9d'
                    }
                    'ui-message-en-fc1612988cfe9690': {
                        table: 'sys_ui_message'
                        id: '6fd0e7bf25f142b1931d3f5e9c5f9b24'
                    }
                    'ui-message-en-fd993453f7829c20': {
                        table: 'sys_ui_message'
                        id: '9446fdea53da43ca91b4ea2a527491ac'
                    }
                    'ui-message-fr-008b31a367c69c98': {
                        table: 'sys_ui_message'
                        id: '6cdfc23ad3f5499e97169c725fa6e35a'
                    }
                    'ui-message-fr-008fd7518aea9991': {
                        table: 'sys_ui_message'
                        id: '050e83a5babd4c9ab952567a0c91cf23'
                    }
                    'ui-message-fr-012d112194f4f761': {
                        table: 'sys_ui_message'
                        id: '43488472cdcf4328b3f8539ee9a5862e'
                    }
                    'ui-message-fr-01472d5159d1dee6': {
                        table: 'sys_ui_message'
                        id: 'b46bb9cd3c0c406d936d81ce541a205c'
                    }
                    'ui-message-fr-015fde2e871bed29': {
                        table: 'sys_ui_message'
                        id: 'afb492572684480fb4064bc736d0d4e8'
                    }
                    'ui-message-fr-016dc8c8a650c576': {
                        table: 'sys_ui_message'
                        id: '64e5fccb6dbd402b9e0000434f6f7e40'
                        deleted: true
                    }
                    'ui-message-fr-0249e82b4706e8ac': {
                        table: 'sys_ui_message'
                        id: '211765ad296a422084725aa157c7ea98'
                    }
                    'ui-message-fr-02c4a05824f755b5': {
                        table: 'sys_ui_message'
                        id: '810cd580fd014a3aa5ea16a8c215409d'
                    }
                    'ui-message-fr-042c862e4467d7d0': {
                        table: 'sys_ui_message'
                        id: '4cf88cb3cfb44424b46556b093cd28e5'
                    }
                    'ui-message-fr-04a35b3eda1fd6dc': {
                        table: 'sys_ui_message'
                        id: '59799afdbcdb43d8ba3a1b51317390ba'
                    }
                    'ui-message-fr-05858aa04f56a98e': {
                        table: 'sys_ui_message'
                        id: '7663e55faec44ef6bac8c3b376699a09'
                    }
                    'ui-message-fr-068f75af12569695': {
                        table: 'sys_ui_message'
                        id: '9a89e2f6b43b4dfd9d9749917002366f'
                    }
                    'ui-message-fr-07c669f624bb0aa6': {
                        table: 'sys_ui_message'
                        id: 'f9b3a1749f8b44e28f084a75cf35277b'
                    }
                    'ui-message-fr-08c257849b049b92': {
                        table: 'sys_ui_message'
                        id: '44a38cb78f604166b383eb21df9f9c77'
                    }
                    'ui-message-fr-0947eeaec1cd661d': {
                        table: 'sys_ui_message'
                        id: 'c2b2bfc3d7ea45b3b3e54bb766d7a90b'
                    }
                    'ui-message-fr-0985bd5619904ab3': {
                        table: 'sys_ui_message'
                        id: '4ea0db19558b4df98a1392f9f2b88106'
                    }
                    'ui-message-fr-09fef5d8d9a3c86b': {
                        table: 'sys_ui_message'
                        id: '7cba3dc7ae1744e0aaf868702be2fb7b'
                    }
                    'ui-message-fr-0b919ef2ff1ba696': {
                        table: 'sys_ui_message'
                        id: 'f7c27c0340ad42938374e688fe483b7f'
                    }
                    'ui-message-fr-0c38647219332f10': {
                        table: 'sys_ui_message'
                        id: '9a5b58d61fc142b99dbdb82fefbdf601'
                    }
                    'ui-message-fr-0c657a5792be4176': {
                        table: 'sys_ui_message'
                        id: '3af6b933ac2c4b58a3e75fe26d7c51fc'
                    }
                    'ui-message-fr-0c93189dbd5623e3': {
                        table: 'sys_ui_message'
                        id: '43a3cd520e6c45cd94c9ec8b151c6228'
                    }
                    'ui-message-fr-0d5a84378141ad84': {
                        table: 'sys_ui_message'
                        id: 'ee55adba41754f4da770cfe51f1f3443'
                    }
                    'ui-message-fr-0ddb208601aa0e12': {
                        table: 'sys_ui_message'
                        id: 'c3a50351713540169f1182f00b99bea1'
                    }
                    'ui-message-fr-0dea6e415f3616da': {
                        table: 'sys_ui_message'
                        id: '76ad754008f54aca929bbdefa7ec5786'
                    }
                    'ui-message-fr-0f6c648c9bf3d6d8': {
                        table: 'sys_ui_message'
                        id: '6e814adb3aa840f1b26452bbfd230950'
                    }
                    'ui-message-fr-0fc6cf9d6483ed6e': {
                        table: 'sys_ui_message'
                        id: '97ab5614fbbf4e28b34421f2d8f1c689'
                    }
                    'ui-message-fr-0fdfa84d808b1535': {
                        table: 'sys_ui_message'
                        id: '4089e9d1f0d84faba85aa06e4b9d072f'
                    }
                    'ui-message-fr-1030f010da0c8edc': {
                        table: 'sys_ui_message'
                        id: '5cf72c1f412b477da4b09e619cfdc096'
                    }
                    'ui-message-fr-11c633ebce5cb301': {
                        table: 'sys_ui_message'
                        id: '3c0256a0c9e04d979b739a6af1bc2998'
                    }
                    'ui-message-fr-11dd0a6413b3fea1': {
                        table: 'sys_ui_message'
                        id: '56835ec499e54181b16e4d087933964c'
                    }
                    'ui-message-fr-13a6e33c06100e3c': {
                        table: 'sys_ui_message'
                        id: 'e22450e10e714f50bdb7fe1065b20c27'
                    }
                    'ui-message-fr-149cc4fe267ff759': {
                        table: 'sys_ui_message'
                        id: '723c619e4d7141b59e9271110ed6abf9'
                        deleted: true
                    }
                    'ui-message-fr-155f96d4a0d198e1': {
                        table: 'sys_ui_message'
                        id: 'd99d9fa3d11a45e9b4f1500a40aab63c'
                    }
                    'ui-message-fr-15a91958f33b54b1': {
                        table: 'sys_ui_message'
                        id: '5c1993220ab64eccbdabfa769e9c8cc4'
                    }
                    'ui-message-fr-16a851cfb48b96b4': {
                        table: 'sys_ui_message'
                        id: '19dc3c05698848a988e22422c547c29c'
                    }
                    'ui-message-fr-1735be2026e1be65': {
                        table: 'sys_ui_message'
                        id: '087c30b4635449d48e3e971f2c75bb4b'
                    }
                    'ui-message-fr-17d2836cdf881e0b': {
                        table: 'sys_ui_message'
                        id: '49e96c4461c74724a79f30f6dd36df87'
                    }
                    'ui-message-fr-18b5be69aef71316': {
                        table: 'sys_ui_message'
                        id: 'ee65d0cba7344f42af09a53112af78b4'
                    }
                    'ui-message-fr-19066ee4cab34442': {
                        table: 'sys_ui_message'
                        id: '4ce4395994f447ffb82bc9aee7d1afb8'
                    }
                    'ui-message-fr-1912437c17065922': {
                        table: 'sys_ui_message'
                        id: 'ee6d52aea3da4c01a84d7e877ee24736'
                    }
                    'ui-message-fr-19442df54ab5c082': {
                        table: 'sys_ui_message'
                        id: '4f9ada1b45c54358beecb796d3985f2e'
                    }
                    'ui-message-fr-19e48e465d04b463': {
                        table: 'sys_ui_message'
                        id: '04e3811595314fccb5c96f327798e6f2'
                    }
                    'ui-message-fr-1aae8b804bb183ea': {
                        table: 'sys_ui_message'
                        id: 'dbec2345dd184e82993d151c0c29de35'
                    }
                    'ui-message-fr-1b1134e3b6d48c79': {
                        table: 'sys_ui_message'
                        id: '23e1f0ac5378412d975a598ca3ac8491'
                    }
                    'ui-message-fr-1bf74b7da4192094': {
                        table: 'sys_ui_message'
                        id: 'a41530a443dd4b3fa3dd1be74a682021'
                    }
                    'ui-message-fr-1c0af8ac30bd8dae': {
                        table: 'sys_ui_message'
                        id: 'e3a35a0a3e91441ca43830c766d19acf'
                    }
                    'ui-message-fr-1c8fc6dad04cc0fb': {
                        table: 'sys_ui_message'
                        id: '484a2394a97444d9b58078515ab2a455'
                    }
                    'ui-message-fr-1d2b43da3c9e3ad1': {
                        table: 'sys_ui_message'
                        id: 'f90bdd8f6e114608b364ed9d49debfa9'
                    }
                    'ui-message-fr-1d5d591797aa7cc1': {
                        table: 'sys_ui_message'
                        id: '012313268f814fd09c2e952b75b4bd51'
                    }
                    'ui-message-fr-1d86583fb3a31187': {
                        table: 'sys_ui_message'
                        id: '533beb2341d548a79cf358d5fa24ef7c'
                    }
                    'ui-message-fr-1df4b42bcad88b73': {
                        table: 'sys_ui_message'
                        id: 'b80deb1a5b0a4aa6b4146cd8014b6c9d'
                    }
                    'ui-message-fr-1e1529a21ada6d5a': {
                        table: 'sys_ui_message'
                        id: '07bf4b8c3fdb4860962ed5733947fb74'
                    }
                    'ui-message-fr-1e33c4bd7db792ee': {
                        table: 'sys_ui_message'
                        id: '24707982c77b4576b1a91fe1897469e2'
                    }
                    'ui-message-fr-1f4841122f695a88': {
                        table: 'sys_ui_message'
                        id: '8bcb489cb9c54280a935abc3bb08614d'
                    }
                    'ui-message-fr-2077e1e708a6a1f9': {
                        table: 'sys_ui_message'
                        id: '0f9246939c8d4f7ba277b1e49c2ed49f'
                    }
                    'ui-message-fr-21b54677bdeadde2': {
                        table: 'sys_ui_message'
                        id: '57c9976514fd4f73b7845932b32760cf'
                    }
                    'ui-message-fr-234f3c7940083e06': {
                        table: 'sys_ui_message'
                        id: '1964059504874c3fb8346a293829f8cc'
                    }
                    'ui-message-fr-236fe34577b6d94a': {
                        table: 'sys_ui_message'
                        id: '901062b39174442cae6fa584b09f1998'
                    }
                    'ui-message-fr-239fb234fcdf158d': {
                        table: 'sys_ui_message'
                        id: 'ed3dac685dd2484a9930bb164d30f1ed'
                    }
                    'ui-message-fr-24c3873385a414c8': {
                        table: 'sys_ui_message'
                        id: '773df96324194bdfa9a0e3c11cebdac3'
                    }
                    'ui-message-fr-25193d9de4621170': {
                        table: 'sys_ui_message'
                        id: '133343f8a60a434db6f0dc50126a9cec'
                    }
                    'ui-message-fr-25fc804cfd42d7c5': {
                        table: 'sys_ui_message'
                        id: 'db90857194b64a069892ef2c8ee2fbc6'
                    }
                    'ui-message-fr-2601fcb5de01a9ab': {
                        table: 'sys_ui_message'
                        id: '7a38b646a01448f6949c17598dd40d3c'
                    }
                    'ui-message-fr-270c09dc1c7d4555': {
                        table: 'sys_ui_message'
                        id: '72e4a911f1a64cd6b96b03e49be2db6c'
                    }
                    'ui-message-fr-27c11dd3f8b05a16': {
                        table: 'sys_ui_message'
                        id: 'a5a61b8c389746a4ba7a25e7a483f59c'
                    }
                    'ui-message-fr-281a695239a34003': {
                        table: 'sys_ui_message'
                        id: 'e50b527ebd3247a8bb52726fe1fd063f'
                    }
                    'ui-message-fr-28d9387b44f9c450': {
                        table: 'sys_ui_message'
                        id: 'd401c99e43dc4d6fa5ffb2f30e63d7e0'
                    }
                    'ui-message-fr-290f3499eb755168': {
                        table: 'sys_ui_message'
                        id: '68e627fd077a4936a5d06de0612f4a1a'
                    }
                    'ui-message-fr-299c2f5ebfdf531a': {
                        table: 'sys_ui_message'
                        id: 'becb850cf9684dbf863186f40b3b9b14'
                    }
                    'ui-message-fr-2a10c2bd6cd0ae96': {
                        table: 'sys_ui_message'
                        id: '673f7d42fa6f488b8ca99b5c77f52379'
                    }
                    'ui-message-fr-2a776cf05885d8d2': {
                        table: 'sys_ui_message'
                        id: 'a08aecc74ed44dd688e66f6cba23b247'
                    }
                    'ui-message-fr-2a9adc9982ca0d2b': {
                        table: 'sys_ui_message'
                        id: 'f3880d6968234a72a8b2839aaf9011ec'
                    }
                    'ui-message-fr-2c0fc27cc7c0c7e1': {
                        table: 'sys_ui_message'
                        id: '2524c18a27794459981084cd9640cb1c'
                    }
                    'ui-message-fr-2cd0fe846c440714': {
                        table: 'sys_ui_message'
                        id: 'bf71a50b069847289a43a7f658f37246'
                    }
                    'ui-message-fr-2dacf65959849884': {
                        table: 'sys_ui_message'
                        id: 'c85529e110ee4ad8b3693b907e734279'
                    }
                    'ui-message-fr-2e00359b9802d1fa': {
                        table: 'sys_ui_message'
                        id: 'cd617c20d6bd43e0b9c11d353beb439b'
                    }
                    'ui-message-fr-2f92b16b64f2f508': {
                        table: 'sys_ui_message'
                        id: '0b8a821782b645d7b533c47740fe2389'
                    }
                    'ui-message-fr-2fb5041e84789dd8': {
                        table: 'sys_ui_message'
                        id: '8c0744700b52490abdf93acf6ebe2419'
                    }
                    'ui-message-fr-32addc18a4f4e259': {
                        table: 'sys_ui_message'
                        id: '8456ed8f993148a68ebda15a17f4bdbf'
                    }
                    'ui-message-fr-348c9cddf8f11478': {
                        table: 'sys_ui_message'
                        id: 'c44096364c7649589ed4008a077e27a7'
                    }
                    'ui-message-fr-34c6629cd741dccb': {
                        table: 'sys_ui_message'
                        id: '1bd1e9e35581485bac79829be443612e'
                    }
                    'ui-message-fr-36cf51247f6a904f': {
                        table: 'sys_ui_message'
                        id: '26522b0850694e28969f2e872b2f56da'
                    }
                    'ui-message-fr-37a90f022caf4007': {
                        table: 'sys_ui_message'
                        id: '363c7a409d72436b854aaa49340842ce'
                    }
                    'ui-message-fr-37daa938bbe00039': {
                        table: 'sys_ui_message'
                        id: 'f5d66d1fee654fa78996681ce053cd84'
                    }
                    'ui-message-fr-37f70c1c44328710': {
                        table: 'sys_ui_message'
                        id: 'ea7776d9125d411aa7b0723d36cfdbb6'
                    }
                    'ui-message-fr-383d54b667c1b141': {
                        table: 'sys_ui_message'
                        id: 'f09759cde8de4efaaf9bc463967015d2'
                    }
                    'ui-message-fr-39903c53a47c6ff3': {
                        table: 'sys_ui_message'
                        id: 'aacb89e11a9b4c709a3323ec82ffe595'
                    }
                    'ui-message-fr-3b4219642f06ae4e': {
                        table: 'sys_ui_message'
                        id: '5ebf8e4dcecb4d73bbc48063fe7dfaa7'
                    }
                    'ui-message-fr-3b4b75084f479452': {
                        table: 'sys_ui_message'
                        id: 'fa733643f4be4896861155c798e5a1c2'
                    }
                    'ui-message-fr-3bc5083820a6627d': {
                        table: 'sys_ui_message'
                        id: '84527500d4614d2ea187623734a53677'
                    }
                    'ui-message-fr-3c6b183d348f9553': {
                        table: 'sys_ui_message'
                        id: 'b6d014fd6c034d6c9df6afb0559a6e5c'
                    }
                    'ui-message-fr-3cad332ba6983e7f': {
                        table: 'sys_ui_message'
                        id: '4e25b656ac674299a7ac37734dcba8b5'
                    }
                    'ui-message-fr-40aef4073ebfb235': {
                        table: 'sys_ui_message'
                        id: '95466b0f584847b4bcfbc3c990bc81fa'
                    }
                    'ui-message-fr-40ee3d797e5103e3': {
                        table: 'sys_ui_message'
                        id: '2da4d28159c34dbcba01944e1a5d6248'
                    }
                    'ui-message-fr-40fc0b8e623cda2a': {
                        table: 'sys_ui_message'
                        id: '9385fe600d6f4f2abf42a44da0e4d80d'
                    }
                    'ui-message-fr-413a9328e5c37109': {
                        table: 'sys_ui_message'
                        id: '0581bbbc0f5040c09fb3dcf93fa5bb46'
                    }
                    'ui-message-fr-43aa0a32afe52eca': {
                        table: 'sys_ui_message'
                        id: '88def6e961a14eddb7cfde1043316d65'
                    }
                    'ui-message-fr-43eb8bbc28fd8271': {
                        table: 'sys_ui_message'
                        id: '09cda0afc51e4a2cbdb8715ee963f5a4'
                    }
                    'ui-message-fr-4484bdf2de58793b': {
                        table: 'sys_ui_message'
                        id: '7bdef4eb8ded45029744123522d45c75'
                        deleted: true
                    }
                    'ui-message-fr-44c2f34581491284': {
                        table: 'sys_ui_message'
                        id: 'e262f584dcd44edaa8baa4ff33079554'
                    }
                    'ui-message-fr-452376e9506cf720': {
                        table: 'sys_ui_message'
                        id: 'c278d1771d804926ac164f48ef1b01be'
                    }
                    'ui-message-fr-45818fa6cfeb36cd': {
                        table: 'sys_ui_message'
                        id: 'e38088d751194bc082daa1d8661f32ee'
                    }
                    'ui-message-fr-45e36dd93e0fcdeb': {
                        table: 'sys_ui_message'
                        id: 'c11241be084646c282ada943b9c01558'
                    }
                    'ui-message-fr-46b9f4fb4d2a634a': {
                        table: 'sys_ui_message'
                        id: '7b245144e25a43b58dd1d8c3c4d6ef55'
                    }
                    'ui-message-fr-46ec0a1025afa332': {
                        table: 'sys_ui_message'
                        id: '494f562725cb4f259038469c70a51495'
                    }
                    'ui-message-fr-47083f0a9b8f0a80': {
                        table: 'sys_ui_message'
                        id: '70318601a409446d929d84f21141030e'
                    }
                    'ui-message-fr-4848b6c6a9b69b51': {
                        table: 'sys_ui_message'
                        id: '480ab5ebecfe40218bd099de4be5421a'
                    }
                    'ui-message-fr-488e45cf6d9fca07': {
                        table: 'sys_ui_message'
                        id: 'a6fa8275a5b146078f59dc6b83d9a47b'
                    }
                    'ui-message-fr-48ff73f37ba0d0b9': {
                        table: 'sys_ui_message'
                        id: '03576f9fed5944cca317c61bdb6446de'
                    }
                    'ui-message-fr-498ffefd8bfe7ea0': {
                        table: 'sys_ui_message'
                        id: 'be7fc2db7c3b4ccd987299f5968c51c7'
                    }
                    'ui-message-fr-4994ae413f3faadf': {
                        table: 'sys_ui_message'
                        id: '2e4331aea8ea4d2fa691c7bc124f4c89'
                    }
                    'ui-message-fr-499a156009184ca5': {
                        table: 'sys_ui_message'
                        id: '4ea34bd531f041fa94d1e67474728576'
                    }
                    'ui-message-fr-49cae79d6ab235ef': {
                        table: 'sys_ui_message'
                        id: '760d10a3a3f34707982f7a0b228067b2'
                    }
                    'ui-message-fr-4a03cf4e5bef413f': {
                        table: 'sys_ui_message'
                        id: '9e57bd3f57a049c696ac0ad5c96637b9'
                    }
                    'ui-message-fr-4a566fe273fc8f01': {
                        table: 'sys_ui_message'
                        id: '3ffd8aabc1bd48dd855a1b76f4c3b2e8'
                    }
                    'ui-message-fr-4e13ace73ea68997': {
                        table: 'sys_ui_message'
                        id: 'ecc05623e95a40c4a4d672ebdd86deec'
                    }
                    'ui-message-fr-4e2f2c2facb72451': {
                        table: 'sys_ui_message'
                        id: '50e03c2b25fb4307a1960b7a6ad11968'
                    }
                    'ui-message-fr-4e8d230530e4e674': {
                        table: 'sys_ui_message'
                        id: '2f67bf1df32c449c848af41b29f3eed9'
                    }
                    'ui-message-fr-4f3fd4dba32ee299': {
                        table: 'sys_ui_message'
                        id: 'd76418e47a7c4cc9bbf1ab3d1770bc2c'
                    }
                    'ui-message-fr-4f8489b4c6dce8b9': {
                        table: 'sys_ui_message'
                        id: '7041372e8c234dc1941fd211440ff0f1'
                    }
                    'ui-message-fr-50b61e56b17d7295': {
                        table: 'sys_ui_message'
                        id: '5a7d3362daf44ba7a13e61900901fe5b'
                    }
                    'ui-message-fr-50f7d9bc9f318440': {
                        table: 'sys_ui_message'
                        id: 'cea46ad7123d485da9e047cb7a051e7d'
                    }
                    'ui-message-fr-510fe5e3f542b46f': {
                        table: 'sys_ui_message'
                        id: '9aec4b1d490448ae8c6fb29c5289a074'
                    }
                    'ui-message-fr-51a22d32337936d4': {
                        table: 'sys_ui_message'
                        id: '8e7618b9505b4f95b187dd1ff39cb5b9'
                    }
                    'ui-message-fr-5317d51514bc1935': {
                        table: 'sys_ui_message'
                        id: 'dead04aa2c6b422aace54a1ec0d9bd0a'
                    }
                    'ui-message-fr-5322870fe0d0e778': {
                        table: 'sys_ui_message'
                        id: '8ed833f9b9f34a729ca7a2f445c93955'
                    }
                    'ui-message-fr-542573e67456ba78': {
                        table: 'sys_ui_message'
                        id: '0275abc9d4ea4124bf65c422a5631bd3'
                    }
                    'ui-message-fr-55316cdb7dd4cfee': {
                        table: 'sys_ui_message'
                        id: 'e7637559b51e4499a55da74f4514ddf6'
                    }
                    'ui-message-fr-559e191d83b4bace': {
                        table: 'sys_ui_message'
                        id: '1983d4238b2d49c488a9a5828358e9aa'
                    }
                    'ui-message-fr-55be9fb2744b5a95': {
                        table: 'sys_ui_message'
                        id: '90aeb985489a4ad1a307dca3a45e00d1'
                    }
                    'ui-message-fr-55f8ebc805e65b5b': {
                        table: 'sys_ui_message'
                        id: 'df1a3d0e96f84c6da0e4cac4ee47919d'
                    }
                    'ui-message-fr-564f06e91230454a': {
                        table: 'sys_ui_message'
                        id: '98fdaf2356b946b1bbd82434412283f2'
                    }
                    'ui-message-fr-565e288e2a02cae6': {
                        table: 'sys_ui_message'
                        id: '8d19d33f7fbf433080424c018f077a61'
                    }
                    'ui-message-fr-56699d68fe3fef0b': {
                        table: 'sys_ui_message'
                        id: '80bffbdae6434303bf75388eeae14fd3'
                    }
                    'ui-message-fr-56e3badc4e6c5cc9': {
                        table: 'sys_ui_message'
                        id: '07b6d85c2b2549829c11b5944a647d5c'
                    }
                    'ui-message-fr-57e29aff927c59f0': {
                        table: 'sys_ui_message'
                        id: 'd74cfcfcff41454a867a79849f252f78'
                    }
                    'ui-message-fr-581d6da62df2d777': {
                        table: 'sys_ui_message'
                        id: '5787b51db1e54c0ea878bf48bc2e031f'
                    }
                    'ui-message-fr-591dbb0d5f0bf816': {
                        table: 'sys_ui_message'
                        id: '832159ac89a445869086e239a0edb059'
                    }
                    'ui-message-fr-5b6cedd9a02b11c3': {
                        table: 'sys_ui_message'
                        id: 'e3248f08530c429db814d0c717b12601'
                    }
                    'ui-message-fr-5c98d4739a5eb06d': {
                        table: 'sys_ui_message'
                        id: 'ac238e9326514ce9b49e99cb3e40a06e'
                        deleted: true
                    }
                    'ui-message-fr-5d223bb6656e61cc': {
                        table: 'sys_ui_message'
                        id: 'e5316f2192b741028579153e85340754'
                    }
                    'ui-message-fr-5d83055c06086dc8': {
                        table: 'sys_ui_message'
                        id: '7eefcb4f4af34cc1ae5347edb42cc9f2'
                    }
                    'ui-message-fr-5dac7474aaa5ccf4': {
                        table: 'sys_ui_message'
                        id: '830f6dfb89654203a5313a0e92633f6f'
                    }
                    'ui-message-fr-5ee2c7843da4b09d': {
                        table: 'sys_ui_message'
                        id: '2133135614824f699640c5ce31f850f1'
                    }
                    'ui-message-fr-5efa18ee8654c79b': {
                        table: 'sys_ui_message'
                        id: 'c584c7947d434e1d95b0ae619c02bb61'
                    }
                    'ui-message-fr-5f5f8758f5f22d52': {
                        table: 'sys_ui_message'
                        id: '36d821c305d34d8294643ed75c2b265b'
                    }
                    'ui-message-fr-5f80d975dc4bd549': {
                        table: 'sys_ui_message'
                        id: 'b1d95cf740364cf2a40c6eb79ba699f1'
                    }
                    'ui-message-fr-5f8a7d95030cf6a7': {
                        table: 'sys_ui_message'
                        id: '524dda0aab84423f9733e3fdc237e167'
                        deleted: true
                    }
                    'ui-message-fr-6064aa96f7fc07ff': {
                        table: 'sys_ui_message'
                        id: 'abf197ab269542a8966245df6791a9d1'
                    }
                    'ui-message-fr-60783fbf04cbf7ce': {
                        table: 'sys_ui_message'
                        id: '0c98c8f536224453a069e258d49fb4b3'
                    }
                    'ui-message-fr-60cc65bc3e7ef9a1': {
                        table: 'sys_ui_message'
                        id: 'e91a9c0d16d3467ab98ffdc9acfaeffc'
                    }
                    'ui-message-fr-617413586ea25c32': {
                        table: 'sys_ui_message'
                        id: 'a57ed3a5b7e74ecaa6199d751d874bce'
                    }
                    'ui-message-fr-6184253e3054f49c': {
                        table: 'sys_ui_message'
                        id: '09f1133d974e40af8ef7ceb98c0308c0'
                    }
                    'ui-message-fr-61f3602450712f16': {
                        table: 'sys_ui_message'
                        id: '959dbacffd5647a380e916fd3459078d'
                    }
                    'ui-message-fr-62c88e59b5419e9b': {
                        table: 'sys_ui_message'
                        id: '55bcd7d357e54f548ee6bc9d5345b6cf'
                    }
                    'ui-message-fr-633827f3a2416c86': {
                        table: 'sys_ui_message'
                        id: '149d8f864e564b8fbb8eab256ebf2e68'
                    }
                    'ui-message-fr-63a1d87f801bbf98': {
                        table: 'sys_ui_message'
                        id: '4f8056bf7aa946d8a5806d1987b826d6'
                    }
                    'ui-message-fr-65c721eea2574271': {
                        table: 'sys_ui_message'
                        id: 'fa83562612154d71b304efcd11f5ae69'
                    }
                    'ui-message-fr-6660328ffa327273': {
                        table: 'sys_ui_message'
                        id: '427619edac234eed87e16bb8062189c9'
                    }
                    'ui-message-fr-66edd92d92d0b72e': {
                        table: 'sys_ui_message'
                        id: '88b83a5c13074992a5ccbc3cc03a1e26'
                    }
                    'ui-message-fr-67ce11382a011a46': {
                        table: 'sys_ui_message'
                        id: 'c36e7e016c4f40bd8f3ecbf784871734'
                    }
                    'ui-message-fr-690664a9c71bc500': {
                        table: 'sys_ui_message'
                        id: '3e15d3e61cee47c4aa150654529dd1a3'
                    }
                    'ui-message-fr-692f0248102807d7': {
                        table: 'sys_ui_message'
                        id: 'adc9818a714e4f889a0512a38f73a274'
                    }
                    'ui-message-fr-6a9f6c3fff9581a2': {
                        table: 'sys_ui_message'
                        id: '02141fbbc1594fafae4fab61ae24894f'
                    }
                    'ui-message-fr-6a9f8c2895567144': {
                        table: 'sys_ui_message'
                        id: '9e45d83512dd40bd891f68f88f4d9096'
                    }
                    'ui-message-fr-6b3731644cda1195': {
                        table: 'sys_ui_message'
                        id: 'c7686fefa11e49489fd51888fc5d3f5d'
                    }
                    'ui-message-fr-6c165941d1460e14': {
                        table: 'sys_ui_message'
                        id: '3da3555704b149e2a5072c7258e4adcf'
                    }
                    'ui-message-fr-6c1dd2ab31f5a230': {
                        table: 'sys_ui_message'
                        id: '5b201f099a21487095a8f1b811ec409b'
                    }
                    'ui-message-fr-6c45aafda59b1095': {
                        table: 'sys_ui_message'
                        id: 'e2b108e080714760a40268856b9d0c3f'
                    }
                    'ui-message-fr-6cf268765d488db1': {
                        table: 'sys_ui_message'
                        id: '33f784a981ec4c899c09d62c854d03c8'
                    }
                    'ui-message-fr-6d5b01bca211b5d1': {
                        table: 'sys_ui_message'
                        id: '9e2774a0b0f24eceb14bf4d5022257f4'
                    }
                    'ui-message-fr-6e71d8e8b2be7726': {
                        table: 'sys_ui_message'
                        id: '6351af52801e46f084a0095eefaa03e3'
                    }
                    'ui-message-fr-6f2e4690917e85e5': {
                        table: 'sys_ui_message'
                        id: '963b5ee69fe740f384cbaa3e4c89810a'
                    }
                    'ui-message-fr-70d307c9afcde045': {
                        table: 'sys_ui_message'
                        id: '01a00e2503b741ae9a7a22e2b27b7585'
                    }
                    'ui-message-fr-726a1ceebd2e32d2': {
                        table: 'sys_ui_message'
                        id: '5af9607915b04b1ca37023e04c65d986'
                    }
                    'ui-message-fr-73987a3ea1f0a4c3': {
                        table: 'sys_ui_message'
                        id: '58b149ee94304defa0a64866618f5256'
                    }
                    'ui-message-fr-73c20ded5edce7ee': {
                        table: 'sys_ui_message'
                        id: '264247c8222d41e4af0bc3c6218282a9'
                    }
                    'ui-message-fr-74aca3dd7a487307': {
                        table: 'sys_ui_message'
                        id: '374df71d0c284a08a3e97f5a1056a19c'
                    }
                    'ui-message-fr-751dd54fa877ffa0': {
                        table: 'sys_ui_message'
                        id: '7e992070cfc843758bb0f1f5b321cbf2'
                    }
                    'ui-message-fr-756798b9593228d8': {
                        table: 'sys_ui_message'
                        id: 'e37804510b1040a892fcabd8eb6e2d67'
                    }
                    'ui-message-fr-75805eeac7769fee': {
                        table: 'sys_ui_message'
                        id: 'de267cf8000341488cc542529c2add5b'
                    }
                    'ui-message-fr-75da2c6ed7c6af1e': {
                        table: 'sys_ui_message'
                        id: '096d6b5f746641e5ab58cebe915381e7'
                    }
                    'ui-message-fr-75f13889a61ade7f': {
                        table: 'sys_ui_message'
                        id: '39bd17fdbb5e487797ddc9b21f8334f4'
                    }
                    'ui-message-fr-75f8a9cda93c4a9c': {
                        table: 'sys_ui_message'
                        id: '0581b25303744667876d20096a8bfe9e'
                    }
                    'ui-message-fr-762f0cba38552a67': {
                        table: 'sys_ui_message'
                        id: '15627afe9f094f55a656b8b955b6de32'
                    }
                    'ui-message-fr-768e0c1c69573fb5': {
                        table: 'sys_ui_message'
                        id: 'cbe324832cbc44788cbc05f695e60b6f'
                    }
                    'ui-message-fr-774b7289aec71835': {
                        table: 'sys_ui_message'
                        id: '5815894c4107471ba511192585ffcebb'
                    }
                    'ui-message-fr-775818d75f7b5d4d': {
                        table: 'sys_ui_message'
                        id: '3a47fadacf864508a3c2fd35b1daa35b'
                    }
                    'ui-message-fr-77d7229dcd489364': {
                        table: 'sys_ui_message'
                        id: 'e80540035f6a415ea34546e3d8407cf7'
                    }
                    'ui-message-fr-77dfd2135f4db726': {
                        table: 'sys_ui_message'
                        id: '22dbd8ec248b45e9b3eb6c854aec91de'
                    }
                    'ui-message-fr-78a4872f45c9b880': {
                        table: 'sys_ui_message'
                        id: 'c2ae739545cf47c7aa84f1c2d9fbb103'
                    }
                    'ui-message-fr-7a2723e9a8780efb': {
                        table: 'sys_ui_message'
                        id: '4845548f2fe1435cab17cc70dddc49c7'
                    }
                    'ui-message-fr-7e60071c2ecf64a8': {
                        table: 'sys_ui_message'
                        id: 'fbb34b1e70174e948f7105a0218c9970'
                    }
                    'ui-message-fr-7eae163c8e91934e': {
                        table: 'sys_ui_message'
                        id: '7803a708b70940bc9fdbc3f1c053069c'
                    }
                    'ui-message-fr-7f631792b2230145': {
                        table: 'sys_ui_message'
                        id: '901c6fc7fd004b13a9a23b8072cd89a7'
                    }
                    'ui-message-fr-7f6cb7da0c3f0ced': {
                        table: 'sys_ui_message'
                        id: '31fe1b0990b4446e90f7a7431e0be08b'
                    }
                    'ui-message-fr-7f72b83d77e3057b': {
                        table: 'sys_ui_message'
                        id: 'd299f6b2b92b46ebb33fa82a307b8d7b'
                    }
                    'ui-message-fr-8130e419dc98ec96': {
                        table: 'sys_ui_message'
                        id: 'ac30e08c011e4ef0851c9bb2e501d820'
                    }
                    'ui-message-fr-818b9087ecaee3fb': {
                        table: 'sys_ui_message'
                        id: '65322025763e423ba85b90abd80d4eaf'
                    }
                    'ui-message-fr-81c0922f60de2e93': {
                        table: 'sys_ui_message'
                        id: 'b7de1f488ea1432d94200b62518d0d67'
                    }
                    'ui-message-fr-839b8d39ff46e0e4': {
                        table: 'sys_ui_message'
                        id: '71757ee85265492f9b03b16a1bbd2473'
                    }
                    'ui-message-fr-8483dddc42d78aa1': {
                        table: 'sys_ui_message'
                        id: 'f07a6e58ad034674905c016a9fb6a2df'
                    }
                    'ui-message-fr-8517190fbe27b51c': {
                        table: 'sys_ui_message'
                        id: '65dc093e14144270bfa0e765ed947495'
                    }
                    'ui-message-fr-85847405531e2bf3': {
                        table: 'sys_ui_message'
                        id: 'd05db5cd7ea14c419dd4c0288325b17e'
                    }
                    'ui-message-fr-85efce01b3b3d863': {
                        table: 'sys_ui_message'
                        id: '043aecc7bd5e411aa516f3cd226cea6d'
                    }
                    'ui-message-fr-88d86b7721d58764': {
                        table: 'sys_ui_message'
                        id: '0c394c87d72c445bbc7c24d315c39caf'
                    }
                    'ui-message-fr-898048943ff65cdb': {
                        table: 'sys_ui_message'
                        id: 'a450860b0215427f8c4e9aa602b5fd6b'
                    }
                    'ui-message-fr-8bf1dc112a2c176b': {
                        table: 'sys_ui_message'
                        id: 'e307ca8f98fe4d4d919a45772bac79a1'
                    }
                    'ui-message-fr-8bf896f6b94769bf': {
                        table: 'sys_ui_message'
                        id: 'a04de82582a9401395708cd74ba41d3d'
                        deleted: true
                    }
                    'ui-message-fr-8ca924f12149b7ba': {
                        table: 'sys_ui_message'
                        id: '7b49336d1c064284b3517bb86202a655'
                    }
                    'ui-message-fr-8cc7acb8f360901e': {
                        table: 'sys_ui_message'
                        id: 'ce5e4393edc14f34b42073e073c19606'
                    }
                    'ui-message-fr-8ddd24bb9ea1edeb': {
                        table: 'sys_ui_message'
                        id: 'dff09a41178a4236941b975d05413d65'
                    }
                    'ui-message-fr-8e3df45a49dba2b2': {
                        table: 'sys_ui_message'
                        id: 'a0b79696a171464f8098ebd3acb3ced3'
                    }
                    'ui-message-fr-8e69a2aee94f9f10': {
                        table: 'sys_ui_message'
                        id: 'fe989cc1b3c240e4ba775fde0e38a0b1'
                    }
                    'ui-message-fr-8ef0161e83ea68db': {
                        table: 'sys_ui_message'
                        id: '06d163bf84c84c82aebc15c7a3e63170'
                    }
                    'ui-message-fr-8f0aabf9ebc50053': {
                        table: 'sys_ui_message'
                        id: '7131e6f04feb441aae8d7434f96b162b'
                    }
                    'ui-message-fr-8fab6a6954fbbbfc': {
                        table: 'sys_ui_message'
                        id: '903942ed71d846b6b445f3d984cc04a9'
                    }
                    'ui-message-fr-901c0756705801fc': {
                        table: 'sys_ui_message'
                        id: '3209f8553b274ca089bdd1755e3e8ec4'
                    }
                    'ui-message-fr-903f00387129a0be': {
                        table: 'sys_ui_message'
                        id: 'cd3f02f55edc4125ae842caf28961c85'
                    }
                    'ui-message-fr-90c0b256757f19c7': {
                        table: 'sys_ui_message'
                        id: '7fc303c13375414e90b4fa427d2893c6'
                    }
                    'ui-message-fr-90f484459b7f7cd9': {
                        table: 'sys_ui_message'
                        id: 'fcce6349a0e14c32a57c64c41588e665'
                    }
                    'ui-message-fr-90f9034d67450792': {
                        table: 'sys_ui_message'
                        id: 'a3f93423a8a444f9920543cabee41e19'
                    }
                    'ui-message-fr-91544c25067e63fd': {
                        table: 'sys_ui_message'
                        id: '0ce8a4e6ce354a9b84235c6d7374255f'
                    }
                    'ui-message-fr-916286d26cc33ee7': {
                        table: 'sys_ui_message'
                        id: 'bdbf6130662648ccbdcc5def582aa0cc'
                    }
                    'ui-message-fr-917df91e1730cb55': {
                        table: 'sys_ui_message'
                        id: 'ee71ac4953e04724a04d4b2a37ef07d5'
                    }
                    'ui-message-fr-91ce3f9b63211a95': {
                        table: 'sys_ui_message'
                        id: '504fffe2df5c46d4a8c67f43beb8ee4d'
                    }
                    'ui-message-fr-92ec6350888ffe87': {
                        table: 'sys_ui_message'
                        id: '79359a46aac14736b530d2be718dd4df'
                    }
                    'ui-message-fr-94e358e26520c770': {
                        table: 'sys_ui_message'
                        id: 'ee8546d154264ec9b0ba2507b2e8fa03'
                    }
                    'ui-message-fr-952eea264487e63b': {
                        table: 'sys_ui_message'
                        id: '5c7b3ab487eb4e67b6bbdc4b5e302aaf'
                    }
                    'ui-message-fr-96de9352b9f43d35': {
                        table: 'sys_ui_message'
                        id: 'd2d4b6513b5b4d41bb192e00218ff701'
                    }
                    'ui-message-fr-96f608c16cef16ca': {
                        table: 'sys_ui_message'
                        id: 'b4f8a47a039d4803b758e63a5e2ed55d'
                    }
                    'ui-message-fr-979bb1a37f3e347c': {
                        table: 'sys_ui_message'
                        id: '0ec5cb6f583841cf85f88ec55422a756'
                    }
                    'ui-message-fr-97c3f6ca3c45f6c0': {
                        table: 'sys_ui_message'
                        id: '0ecaff9ca652407186a5dc4a9dd4e136'
                    }
                    'ui-message-fr-9825df44591a2d02': {
                        table: 'sys_ui_message'
                        id: '315ea9ffa41b49b9a4af8d07862cf9c7'
                    }
                    'ui-message-fr-9996af59991b7e9c': {
                        table: 'sys_ui_message'
                        id: '3532498e949d4b129d9c9d167f0747bb'
                    }
                    'ui-message-fr-9a0c3525b199b70a': {
                        table: 'sys_ui_message'
                        id: '51d6c03feea44eebaa0d6fdefe82b960'
                    }
                    'ui-message-fr-9a4030deb2b59fde': {
                        table: 'sys_ui_message'
                        id: '6b5c1ec59ab34bf89b1fe736a1905373'
                    }
                    'ui-message-fr-9bd0e64c675feb3b': {
                        table: 'sys_ui_message'
                        id: '9ec5fc9fc1ba49989a44f5240c4ee427'
                    }
                    'ui-message-fr-9d680195eb1cb0dd': {
                        table: 'sys_ui_message'
                        id: '4ff17f1e0ff64908aca724e512906d96'
                    }
                    'ui-message-fr-9d994be4c83e9f5f': {
                        table: 'sys_ui_message'
                        id: '090868107a48419189c03031b37dce5c'
                    }
                    'ui-message-fr-9ddedae9b70e41c5': {
                        table: 'sys_ui_message'
                        id: 'fb5cfd459d094981b26d5c4153374b76'
                    }
                    'ui-message-fr-9efdf92f5b5015d4': {
                        table: 'sys_ui_message'
                        id: '289858f736354c739de3ff5acd008c59'
                    }
                    'ui-message-fr-9fce1472d005c94b': {
                        table: 'sys_ui_message'
                        id: '5282474e2c7f41b9a05beafbb861561d'
                    }
                    'ui-message-fr-a074b0e45605a42b': {
                        table: 'sys_ui_message'
                        id: '7499885f6cfb44779ed6181e82238e94'
                    }
                    'ui-message-fr-a0a3e149066ddffa': {
                        table: 'sys_ui_message'
                        id: '385f5dc81ef24c9696e5520f5b1fb6e2'
                    }
                    'ui-message-fr-a283dc89bac82785': {
                        table: 'sys_ui_message'
                        id: '6be355a51bb14f6dabbdb5a1f6996a1c'
                    }
                    'ui-message-fr-a441c696c4e2611d': {
                        table: 'sys_ui_message'
                        id: 'aef9eeb6fb784961a966d5cd0b3a8af9'
                    }
                    'ui-message-fr-a4830231a69a6892': {
                        table: 'sys_ui_message'
                        id: '0a1ab5c84a6345c2890cf6c715b620ec'
                    }
                    'ui-message-fr-a55ffd89508c9068': {
                        table: 'sys_ui_message'
                        id: 'dbec73dc88e84bb0927b38546376f832'
                    }
                    'ui-message-fr-a6c799cd26029d69': {
                        table: 'sys_ui_message'
                        id: 'a5e3ddb443804bf39fcf977e08a66aa6'
                    }
                    'ui-message-fr-a766cd7ff02c32d2': {
                        table: 'sys_ui_message'
                        id: '7539150b40034a87b252e251e512552c'
                    }
                    'ui-message-fr-a8e36e9279422cdb': {
                        table: 'sys_ui_message'
                        id: '98bcddcc9b1d4f3da6e2cc0689c3b517'
                    }
                    'ui-message-fr-a951840b9198d73f': {
                        table: 'sys_ui_message'
                        id: '4aecb7e071db4451a75cd91d4bbd6ea3'
                    }
                    'ui-message-fr-a95380a95363ef49': {
                        table: 'sys_ui_message'
                        id: 'cd7908be3cbe4e8eb604ceae472cbff8'
                    }
                    'ui-message-fr-a97150c557494790': {
                        table: 'sys_ui_message'
                        id: '466cbfda12bb4fd9ae5033e2df4b960e'
                    }
                    'ui-message-fr-a9ee99de2f4dbdbb': {
                        table: 'sys_ui_message'
                        id: '1e22fb7865f645a89404b96b0799bd8e'
                    }
                    'ui-message-fr-aab7b7d308df609d': {
                        table: 'sys_ui_message'
                        id: 'a7315f78a7f14989ac437db2da1747b8'
                    }
                    'ui-message-fr-ace679eb5e52552c': {
                        table: 'sys_ui_message'
                        id: '79092ecd4e00498194a0126ec78cfb25'
                    }
                    'ui-message-fr-af74f7c5362aaee9': {
                        table: 'sys_ui_message'
                        id: '815d2d73ea7447728ac8d55ac702180a'
                    }
                    'ui-message-fr-b00137539b2ea9d1': {
                        table: 'sys_ui_message'
                        id: 'f445b8c76f1b4711b9a837a860f426a3'
                    }
                    'ui-message-fr-b024418b6c1f8bc8': {
                        table: 'sys_ui_message'
                        id: '67169a5ec4e7496b9fde01f138957171'
                    }
                    'ui-message-fr-b04ba49f848624bb': {
                        table: 'sys_ui_message'
                        id: '3a450f87eb964279a03c49d61d5f6ff7'
                    }
                    'ui-message-fr-b054a70da6418de0': {
                        table: 'sys_ui_message'
                        id: '240b1c36e3374b049ffd776a9f35154c'
                    }
                    'ui-message-fr-b0c2d9327726d0ce': {
                        table: 'sys_ui_message'
                        id: '233551f740b44c2c89e2766d3f6c0fe4'
                    }
                    'ui-message-fr-b1463cc52250cb5e': {
                        table: 'sys_ui_message'
                        id: '12a6df0f6c9242d7a789f9c599786153'
                    }
                    'ui-message-fr-b2644d084a9064f7': {
                        table: 'sys_ui_message'
                        id: 'b6fc11cc88024fe48ea745a039e70e64'
                    }
                    'ui-message-fr-b4343e9783216b90': {
                        table: 'sys_ui_message'
                        id: 'c20eb48660d1449aa306fd6cc42d679d'
                    }
                    'ui-message-fr-b52b36b7269fbfc5': {
                        table: 'sys_ui_message'
                        id: 'd926f8025179446ab27e71f2fe87419c'
                    }
                    'ui-message-fr-b5ec82400308f7ab': {
                        table: 'sys_ui_message'
                        id: 'e7742bbb308e4691b1813929343f7b4a'
                    }
                    'ui-message-fr-b61467422043fcf4': {
                        table: 'sys_ui_message'
                        id: 'f2f400f5e309402e97ee9d1b1ea8850a'
                    }
                    'ui-message-fr-b677021cb0bbb0f8': {
                        table: 'sys_ui_message'
                        id: '07788536d7764d388fe21e9229f2cd84'
                    }
                    'ui-message-fr-b681901b0f4a2add': {
                        table: 'sys_ui_message'
                        id: '97cb3a9c8be34c759dc307f38de3d541'
                    }
                    'ui-message-fr-b6bd42e4e7302e5e': {
                        table: 'sys_ui_message'
                        id: 'f6aad93f31ac47cfb884ef61e93b5249'
                    }
                    'ui-message-fr-b785c736d0365a33': {
                        table: 'sys_ui_message'
                        id: '4b203a7904d34b84be40d5371b09d2fa'
                    }
                    'ui-message-fr-bab7da2b4b4b912a': {
                        table: 'sys_ui_message'
                        id: 'd20ffd6f2ac74b48a3958b1c2814e01c'
                    }
                    'ui-message-fr-bb59a623c330814d': {
                        table: 'sys_ui_message'
                        id: '9d421bd0637e4533ac7fb3e6f5045ca5'
                    }
                    'ui-message-fr-bb80d241c575f72c': {
                        table: 'sys_ui_message'
                        id: '960a21276e8f403c835089ebb455f75a'
                    }
                    'ui-message-fr-bc0e392aefbfa1c3': {
                        table: 'sys_ui_message'
                        id: 'f39b691659bd46d6828238d7299d17c1'
                    }
                    'ui-message-fr-bc981983e7f547dc': {
                        table: 'sys_ui_message'
                        id: 'b82641da17ac4967ac983222aa3b575a'
                    }
                    'ui-message-fr-bce06414177f72ab': {
                        table: 'sys_ui_message'
                        id: '3936b42c8ad84677ab4b2608ef3ce929'
                    }
                    'ui-message-fr-bdea94a5409d7acf': {
                        table: 'sys_ui_message'
                        id: 'b7092d48c5a4472ebebb3ad7fb437a49'
                    }
                    'ui-message-fr-bf6844fa36bdd8bd': {
                        table: 'sys_ui_message'
                        id: 'df20d52c8db146d38f891cfaf2b717ce'
                    }
                    'ui-message-fr-c19877aeb64d12f0': {
                        table: 'sys_ui_message'
                        id: 'a7877fa857e4480f8dd9ee0e51910816'
                    }
                    'ui-message-fr-c19e93b2be5a48a7': {
                        table: 'sys_ui_message'
                        id: '9c51771e25044d8d86496aafa56c871d'
                    }
                    'ui-message-fr-c24ef7c8ac460d8c': {
                        table: 'sys_ui_message'
                        id: '9d0f7b6a56df4a5087affce4f0b1ff66'
                    }
                    'ui-message-fr-c260415a90351fd1': {
                        table: 'sys_ui_message'
                        id: '94a9adcebd6e412fa4985f1d41487ec4'
                    }
                    'ui-message-fr-c2dca755c93a154b': {
                        table: 'sys_ui_message'
                        id: '2a8aa64f32a14dd9975978fa8755c98c'
                    }
                    'ui-message-fr-c3c32baa0b8a3c8b': {
                        table: 'sys_ui_message'
                        id: '3b6c2b56981c4fac925ee2752e9136c6'
                    }
                    'ui-message-fr-c478af32418de5fb': {
                        table: 'sys_ui_message'
                        id: 'd57d3dc95ab94a48924723db95e0fddf'
                    }
                    'ui-message-fr-c487e712e0a814b3': {
                        table: 'sys_ui_message'
                        id: '543b5f2d62094e369c28bf3c1fa82a95'
                    }
                    'ui-message-fr-c563e31be0aabe4c': {
                        table: 'sys_ui_message'
                        id: '1a6c976d1ffa4821a0cc73abc09a9274'
                    }
                    'ui-message-fr-c74b143b92296e49': {
                        table: 'sys_ui_message'
                        id: '59a60f7a2b464a3199a679d463d40fb3'
                    }
                    'ui-message-fr-c800d38217778440': {
                        table: 'sys_ui_message'
                        id: 'e3260dc448b143bcaf0a667be86f8392'
                    }
                    'ui-message-fr-c869d5007ed50221': {
                        table: 'sys_ui_message'
                        id: 'a0f3fea538d24cac8b4c4af6a3c38de5'
                    }
                    'ui-message-fr-c8d2e39681e4520b': {
                        table: 'sys_ui_message'
                        id: '0ddb690721ed4799b64ec12e5a91e0a2'
                    }
                    'ui-message-fr-c8e6753fcf614bfe': {
                        table: 'sys_ui_message'
                        id: '4f0099e3133a4a0a887bf79f2e895c86'
                    }
                    'ui-message-fr-c9a18f0041ff40c3': {
                        table: 'sys_ui_message'
                        id: '780b9ec7a58b490a8b6219f5ecb0ceba'
                    }
                    'ui-message-fr-cadb6ef0d00a050e': {
                        table: 'sys_ui_message'
                        id: 'c32aad048a9041468b98a2982fdc9864'
                    }
                    'ui-message-fr-cb20e13b4bb9a4e9': {
                        table: 'sys_ui_message'
                        id: 'c55b022f63f746cf96a712ce4ebeb813'
                    }
                    'ui-message-fr-cde415ad0ef2647b': {
                        table: 'sys_ui_message'
                        id: 'a45a152909074886a4fb663113d571b0'
                    }
                    'ui-message-fr-ce0ee52356508728': {
                        table: 'sys_ui_message'
                        id: '4381c3dcb10244a99655877b724739c2'
                    }
                    'ui-message-fr-cee0384e59f22c0b': {
                        table: 'sys_ui_message'
                        id: '192af552b90246b2a57e1d2993685f5d'
                    }
                    'ui-message-fr-cf43c7527e70b971': {
                        table: 'sys_ui_message'
                        id: '3d1f43cfe94b46de9bbd80268489d077'
                    }
                    'ui-message-fr-cf94f0d685bb0649': {
                        table: 'sys_ui_message'
                        id: '85e98d49d74041f78af3fe32c5326ec4'
                    }
                    'ui-message-fr-cf9b77061f7b3126': {
                        table: 'sys_ui_message'
                        id: '18c8ba6d623c44319cf7956dd3f0194d'
                    }
                    'ui-message-fr-cfd30bc836ec0f8e': {
                        table: 'sys_ui_message'
                        id: 'b7a22ff05185491fb4d39195b5e983bc'
                    }
                    'ui-message-fr-d09e4550a9462428': {
                        table: 'sys_ui_message'
                        id: 'c8930bdc9ccd4512b2170290acd7a3e7'
                    }
                    'ui-message-fr-d1074e68002eda73': {
                        table: 'sys_ui_message'
                        id: '7256e7879a054f7cadb6a1cf62bee8d0'
                    }
                    'ui-message-fr-d23d73d0b02154ee': {
                        table: 'sys_ui_message'
                        id: '563eb37d16b545cf93310afeb16e2156'
                    }
                    'ui-message-fr-d2ab4c668834f25f': {
                        table: 'sys_ui_message'
                        id: '196496e4ae0d49b6a3e26cd0f91a4b72'
                    }
                    'ui-message-fr-d3dfb6377e76701b': {
                        table: 'sys_ui_message'
                        id: 'd258875fa7494fa8bb9e36036179b00a'
                    }
                    'ui-message-fr-d4bb76013102e985': {
                        table: 'sys_ui_message'
                        id: '570d8b8c0af642ffad5b21b4ece2e4c5'
                    }
                    'ui-message-fr-d5e036505517bd7b': {
                        table: 'sys_ui_message'
                        id: '81d422034b534314bbce6cc2448df7a6'
                    }
                    'ui-message-fr-d6091c08711623a6': {
                        table: 'sys_ui_message'
                        id: '2c18904806a8477f883221f72af06eef'
                    }
                    'ui-message-fr-d624ada857134ad1': {
                        table: 'sys_ui_message'
                        id: 'b01237aa4bfe4fdbad071fa3377b9d7e'
                    }
                    'ui-message-fr-d687bedcf105819b': {
                        table: 'sys_ui_message'
                        id: '9dfb99b24c3045d09a425be0a8c6ed74'
                    }
                    'ui-message-fr-d6b14b55b4ca9270': {
                        table: 'sys_ui_message'
                        id: '8e7d78e4f2dd4511a53e584b7a1a90f1'
                    }
                    'ui-message-fr-d6e1dfa5305b15dc': {
                        table: 'sys_ui_message'
                        id: 'a897112e2ba24f5e90b2f600ad70e1b2'
                    }
                    'ui-message-fr-d7df03c04ece2fd1': {
                        table: 'sys_ui_message'
                        id: '461dec24d48e4389a2211274591f5b20'
                    }
                    'ui-message-fr-d83c26cdf76d490d': {
                        table: 'sys_ui_message'
                        id: '478b99fbe2e0404ab47ab67eb9b6762d'
                    }
                    'ui-message-fr-d96b53b45299b216': {
                        table: 'sys_ui_message'
                        id: 'f67c34932c6548f2863bef4a923a8a55'
                    }
                    'ui-message-fr-d999aeb0545fa93c': {
                        table: 'sys_ui_message'
                        id: '1757116208d14b4587600d0d24ff3e22'
                    }
                    'ui-message-fr-d9f69d98dfaf721e': {
                        table: 'sys_ui_message'
                        id: '0cb176b1c9554342950455d8d926c09c'
                    }
                    'ui-message-fr-db3048e7b74bf0ba': {
                        table: 'sys_ui_message'
                        id: 'cb0e75375e38439cbf59a2e485665b9f'
                    }
                    'ui-message-fr-db970f0c23ae32d9': {
                        table: 'sys_ui_message'
                        id: 'c41a6806dc9345ae9eb4d2a2062d5319'
                    }
                    'ui-message-fr-dbe721166e32ff7f': {
                        table: 'sys_ui_message'
                        id: 'b7bcfdd2b1574037b14cf2e3ea330274'
                    }
                    'ui-message-fr-dc6df45f7a27a257': {
                        table: 'sys_ui_message'
                        id: 'e478c651ccc24600b446ba50e8d83f51'
                    }
                    'ui-message-fr-dd7a5744a5369e47': {
                        table: 'sys_ui_message'
                        id: '8277d3e6222846cd836c408fe0b38119'
                    }
                    'ui-message-fr-de14c104cf5bda1f': {
                        table: 'sys_ui_message'
                        id: 'cc58bcf3b788483fb28f951ac66f98f6'
                    }
                    'ui-message-fr-dee4b46e619df1f6': {
                        table: 'sys_ui_message'
                        id: '595761e864064e28897c0d9cf1cee30e'
                    }
                    'ui-message-fr-defd946ae120431b': {
                        table: 'sys_ui_message'
                        id: '7b6915fb2d2b4fc0aea1b140edcd91de'
                    }
                    'ui-message-fr-df6705bec10fe241': {
                        table: 'sys_ui_message'
                        id: 'abd363151f4144dda9986349617b66d5'
                    }
                    'ui-message-fr-dfe56232bd3569a7': {
                        table: 'sys_ui_message'
                        id: '4a4bf28862a3427ea14bd01e2a7e6a89'
                    }
                    'ui-message-fr-dfeab78cf75a93db': {
                        table: 'sys_ui_message'
                        id: '87fc6d2e626246dbabe53373a9b81d19'
                    }
                    'ui-message-fr-e0f844ec780fd0d6': {
                        table: 'sys_ui_message'
                        id: '2cd8176c8f2e4458b41e3425b3a466bb'
                    }
                    'ui-message-fr-e310b1ba0066bc5d': {
                        table: 'sys_ui_message'
                        id: '5647da065b564d2f964f7ceb1f0a92c6'
                    }
                    'ui-message-fr-e32309bdb3f043a2': {
                        table: 'sys_ui_message'
                        id: 'a19e806dd2954cea8fdb451348b1b1f0'
                    }
                    'ui-message-fr-e34fd63151598f91': {
                        table: 'sys_ui_message'
                        id: 'c04ae68927c64b9ebc85750a6da099a9'
                    }
                    'ui-message-fr-e49119d163cf5a35': {
                        table: 'sys_ui_message'
                        id: '1ba81e6768974d179da57d8d7e0d0599'
                    }
                    'ui-message-fr-e4ad788db4389586': {
                        table: 'sys_ui_message'
                        id: 'c4777e30ae054c3c90f00ed28fb8ea03'
                    }
                    'ui-message-fr-e5aa18f45ee509a3': {
                        table: 'sys_ui_message'
                        id: '8ccdf960fe1d404289d831024012782d'
                    }
                    'ui-message-fr-e5ab59c0f92c1764': {
                        table: 'sys_ui_message'
                        id: 'eccd63105f6f4841aa738fc6055175b7'
                    }
                    'ui-message-fr-e5ea143d72a0ee0b': {
                        table: 'sys_ui_message'
                        id: '1b19809aed424deaa16f5dc6ee46b274'
                    }
                    'ui-message-fr-e5fd9cfe0e803911': {
                        table: 'sys_ui_message'
                        id: 'c6fae161b3764b6ab40909aa7a7343b6'
                    }
                    'ui-message-fr-e69460b1ea14b905': {
                        table: 'sys_ui_message'
                        id: 'f7e02098c35c41c7a2a6efbe7b702bc7'
                    }
                    'ui-message-fr-e73298f85341036f': {
                        table: 'sys_ui_message'
                        id: '3301d42af9b54dd3928570f562ff6455'
                    }
                    'ui-message-fr-e7818bc72e1064d2': {
                        table: 'sys_ui_message'
                        id: '122f608e7dd14bdcb92bc678244837dd'
                    }
                    'ui-message-fr-e7ca7131e791c98c': {
                        table: 'sys_ui_message'
                        id: '1450f0a0e3b44f289664942bf3da9f56'
                    }
                    'ui-message-fr-e802079214a31919': {
                        table: 'sys_ui_message'
                        id: '8a3ebe6546e742aeb92db2f2f298e786'
                    }
                    'ui-message-fr-e853bd5092519017': {
                        table: 'sys_ui_message'
                        id: '52798c402d80410da23418161f805a67'
                    }
                    'ui-message-fr-e9eced07c6357e1b': {
                        table: 'sys_ui_message'
                        id: '525d66fde0934cd6a74daeca681e1801'
                    }
                    'ui-message-fr-e9fc69937e4fd10e': {
                        table: 'sys_ui_message'
                        id: 'bc53703394394f68b548f0400371be88'
                    }
                    'ui-message-fr-ea1d5c73ce67c261': {
                        table: 'sys_ui_message'
                        id: 'e9949a07ab6b440cb03c70b2dee3f17e'
                    }
                    'ui-message-fr-ea9d25e8327976c3': {
                        table: 'sys_ui_message'
                        id: 'efbcdd91014a4e068d492b89a257dcf5'
                    }
                    'ui-message-fr-eac48ca93a15f4ae': {
                        table: 'sys_ui_message'
                        id: 'd0a5132059a846079925519b89826467'
                    }
                    'ui-message-fr-ec00bb1fa0d37eb1': {
                        table: 'sys_ui_message'
                        id: '598f47e8be3742f1b9acff53f3d10cfe'
                    }
                    'ui-message-fr-ec3055ef0defaf89': {
                        table: 'sys_ui_message'
                        id: '0331d017e6174d18ba321e9f7587c472'
                    }
                    'ui-message-fr-edbe14626272d448': {
                        table: 'sys_ui_message'
                        id: 'e25b4b8ca637451aae9530e24bacd26a'
                    }
                    'ui-message-fr-ee68d3496bb455d5': {
                        table: 'sys_ui_message'
                        id: 'f0802ab2562743848322259470e211c5'
                    }
                    'ui-message-fr-eeefc018ba68ac8c': {
                        table: 'sys_ui_message'
                        id: '0ebbe9b018c5477a945119a4644d56f7'
                    }
                    'ui-message-fr-efc007a393f66cdb': {
                        table: 'sys_ui_message'
                        id: '88b8d8c159864e8785b6aa2a79efeeaa'
                    }
                    'ui-message-fr-f016b6e6269f1168': {
                        table: 'sys_ui_message'
                        id: 'cab678b87fec45e887fb286fb9cc2b4d'
                    }
                    'ui-message-fr-f18e20a11258c2be': {
                        table: 'sys_ui_message'
                        id: 'c7ef8618a1a1431fa141f8ad595c0f28'
                    }
                    'ui-message-fr-f1c634cae3894f83': {
                        table: 'sys_ui_message'
                        id: '3ab2eaf23f254f9fb111885eeb876d78'
                    }
                    'ui-message-fr-f1f510e8f620a8e1': {
                        table: 'sys_ui_message'
                        id: 'fc294fd37ab948b1abc2212ac6d8d9bd'
                    }
                    'ui-message-fr-f26d168787cc7f61': {
                        table: 'sys_ui_message'
                        id: '2e9de80e0e1e4b4cbe078fb02c6f23e0'
                    }
                    'ui-message-fr-f3099a05d4e2b3d8': {
                        table: 'sys_ui_message'
                        id: '36bfa01dda054211abe618a98800a81d'
                    }
                    'ui-message-fr-f365cda67f13bedd': {
                        table: 'sys_ui_message'
                        id: 'd664cc0a101348eeb6c8939b615e5a1d'
                    }
                    'ui-message-fr-f387f50230f98fe9': {
                        table: 'sys_ui_message'
                        id: 'fdf132ba042a4eb0ac15671d4775abf9'
                    }
                    'ui-message-fr-f43884244baa2d94': {
                        table: 'sys_ui_message'
                        id: 'e0cb6beb2ed448b89b2c245434acffca'
                    }
                    'ui-message-fr-f44a1f3f69fab675': {
                        table: 'sys_ui_message'
                        id: 'a9c10cd529a0467684c5b0f419123fa4'
                    }
                    'ui-message-fr-f594f550a845b7a3': {
                        table: 'sys_ui_message'
                        id: '30dfb62c8f9c401e8682275c1c952289'
                    }
                    'ui-message-fr-f6fddf5b5602aaa8': {
                        table: 'sys_ui_message'
                        id: '031f61dfca994f8bae23dadc96f55e7d'
                    }
                    'ui-message-fr-f741e3daf99235e4': {
                        table: 'sys_ui_message'
                        id: '1060b940129d4e4abcef9cd4d523c06c'
                    }
                    'ui-message-fr-f7e7a2d4728b362f': {
                        table: 'sys_ui_message'
                        id: 'f8e1c0d161fb4a0d91ef9d36ebf48c6e'
                    }
                    'ui-message-fr-f80bc45f1d7d4b4b': {
                        table: 'sys_ui_message'
                        id: '4761a57ad9eb4813addbd471d44468eb'
                    }
                    'ui-message-fr-fa0807039d1d049a': {
                        table: 'sys_ui_message'
                        id: 'c1635972b6ec47cb8f2f5907469e5e14'
                    }
                    'ui-message-fr-fa64e68f59a68d8b': {
                        table: 'sys_ui_message'
                        id: '99bc13d15bf34a1b86a37a70b1b0a498'
                    }
                    'ui-message-fr-fa67c5d491b5985f': {
                        table: 'sys_ui_message'
                        id: '0c82af9263bd4f1f9730bb5f029dac1c'
                        deleted: true
                    }
                    'ui-message-fr-fb32f5871e4c9e1e': {
                        table: 'sys_ui_message'
                        id: '0753e78c0fcb47249fd07d60c0344eaa'
                    }
                    'ui-message-fr-fb63f72feecc9f7a': {
                        table: 'sys_ui_message'
                        id: 'ade702a4fb9c4053bd5fff17240d7908'
                    }
                    'ui-message-fr-fbae3edb049b1ad6': {
                        table: 'sys_ui_message'
                        id: '22a3d02e06fa40379c59399b8798ac00'
                    }
                    'ui-message-fr-fc1612988cfe9690': {
                        table: 'sys_ui_message'
                        id: 'c591e5bbab1b434ba6489689dac177b7'
                    }
                    'ui-message-fr-fd55e96d737de4da': {
                        table: 'sys_ui_message'
                        id: '0416d483ccc0469ab5d18b1854b148bc'
                    }
                    'ui-message-fr-fd993453f7829c20': {
                        table: 'sys_ui_message'
                        id: '50ccb8a9866049289602c9e8f2eee7b1'
                    }
                    'ui-message-fr-febf536e633ebb97': {
                        table: 'sys_ui_message'
                        id: '2d81d4a2131e4365ac4530d5ad326587'
                    }
                    'ui-message-fr-ffbb40f5a5531f52': {
                        table: 'sys_ui_message'
                        id: '4a016d1e01bb4fd79337bcd8953fcdbf'
                    }
                    'ui-message-fr-ffebf85f977216c4': {
                        table: 'sys_ui_message'
                        id: 'a0573b041502422da3fdedd526f6b84e'
                    }
                    'ui-message-zh-008b31a367c69c98': {
                        table: 'sys_ui_message'
                        id: '3aed42a57e134cf2b28959533227a5d3'
                    }
                    'ui-message-zh-008fd7518aea9991': {
                        table: 'sys_ui_message'
                        id: 'dd79243ffa97406593e9b4a2109ce6be'
                    }
                    'ui-message-zh-012d112194f4f761': {
                        table: 'sys_ui_message'
                        id: '1e7a3a02322746c68debb8b5764f14a3'
                    }
                    'ui-message-zh-01472d5159d1dee6': {
                        table: 'sys_ui_message'
                        id: 'c74e58824a8a450d84852199eba92d65'
                    }
                    'ui-message-zh-015fde2e871bed29': {
                        table: 'sys_ui_message'
                        id: '9f0a65000c5f472f97c1d74b4b4632f0'
                    }
                    'ui-message-zh-016dc8c8a650c576': {
                        table: 'sys_ui_message'
                        id: '9e12a2a7e2924d67aedab0f8f40044cb'
                        deleted: true
                    }
                    'ui-message-zh-0249e82b4706e8ac': {
                        table: 'sys_ui_message'
                        id: '5d9c56c1062844bea8fb33b609f9f83a'
                    }
                    'ui-message-zh-02c4a05824f755b5': {
                        table: 'sys_ui_message'
                        id: 'fdeffb901ccf4401a60a4aabe5e87dd1'
                    }
                    'ui-message-zh-042c862e4467d7d0': {
                        table: 'sys_ui_message'
                        id: '93fe5fee30b143cbb3a75ec40824fd5e'
                    }
                    'ui-message-zh-04a35b3eda1fd6dc': {
                        table: 'sys_ui_message'
                        id: '496a2a1e347a48a78a5f57ab399234b8'
                    }
                    'ui-message-zh-05858aa04f56a98e': {
                        table: 'sys_ui_message'
                        id: 'c55bf5b66cf841999aa40b96f3aa7d73'
                    }
                    'ui-message-zh-068f75af12569695': {
                        table: 'sys_ui_message'
                        id: 'f005f619a80642e4b9fe59efc37a9886'
                    }
                    'ui-message-zh-07c669f624bb0aa6': {
                        table: 'sys_ui_message'
                        id: 'aa4fe0c45d5d45888fbfaaeba97e1839'
                    }
                    'ui-message-zh-08c257849b049b92': {
                        table: 'sys_ui_message'
                        id: 'e4229eca72744326aabea27782958464'
                    }
                    'ui-message-zh-0947eeaec1cd661d': {
                        table: 'sys_ui_message'
                        id: '4b31140e050d43e48f62ee13b576101b'
                    }
                    'ui-message-zh-0985bd5619904ab3': {
                        table: 'sys_ui_message'
                        id: '5c86392d10c943548559aaece6e664d9'
                    }
                    'ui-message-zh-09fef5d8d9a3c86b': {
                        table: 'sys_ui_message'
                        id: 'a4392ea1355448c68db488db41ed6598'
                    }
                    'ui-message-zh-0b919ef2ff1ba696': {
                        table: 'sys_ui_message'
                        id: '6e8e9748905f44c0ad5e251b4ba523d7'
                    }
                    'ui-message-zh-0c38647219332f10': {
                        table: 'sys_ui_message'
                        id: '05291742300c4591bf77d894efed9e1d'
                    }
                    'ui-message-zh-0c657a5792be4176': {
                        table: 'sys_ui_message'
                        id: 'ec3e21be8ec34f389dca3deadc776fef'
                    }
                    'ui-message-zh-0c93189dbd5623e3': {
                        table: 'sys_ui_message'
                        id: 'e8a22fbc43654abbb58f31b7aab4e9a5'
                    }
                    'ui-message-zh-0d5a84378141ad84': {
                        table: 'sys_ui_message'
                        id: 'fc5092737cbf4e5fb65cc22c0b6a710a'
                    }
                    'ui-message-zh-0ddb208601aa0e12': {
                        table: 'sys_ui_message'
                        id: 'eea35fc7f4004d68b00c1239a3016a9d'
                    }
                    'ui-message-zh-0dea6e415f3616da': {
                        table: 'sys_ui_message'
                        id: '6ade97a6d16b416eb84ff4a42da397df'
                    }
                    'ui-message-zh-0f6c648c9bf3d6d8': {
                        table: 'sys_ui_message'
                        id: '404bf56cebbf40bea05ef12816ca7976'
                    }
                    'ui-message-zh-0fc6cf9d6483ed6e': {
                        table: 'sys_ui_message'
                        id: '69e753ad74c546508ccbf4145be2ee94'
                    }
                    'ui-message-zh-0fdfa84d808b1535': {
                        table: 'sys_ui_message'
                        id: '841db15311864e63b5dae9d51ac3ddce'
                    }
                    'ui-message-zh-1030f010da0c8edc': {
                        table: 'sys_ui_message'
                        id: '8edd867eca6b4b7b9f6fc9215d75cd79'
                    }
                    'ui-message-zh-11c633ebce5cb301': {
                        table: 'sys_ui_message'
                        id: '2886de1b4ed3426dad3f65d9079a5cbd'
                    }
                    'ui-message-zh-11dd0a6413b3fea1': {
                        table: 'sys_ui_message'
                        id: '1a9d83befc534332a7546119141445df'
                    }
                    'ui-message-zh-13a6e33c06100e3c': {
                        table: 'sys_ui_message'
                        id: 'd2ac00c52dab48b39974edf2c3661113'
                    }
                    'ui-message-zh-149cc4fe267ff759': {
                        table: 'sys_ui_message'
                        id: 'cd990f4a901c40cc922f7409279a71f4'
                        deleted: true
                    }
                    'ui-message-zh-155f96d4a0d198e1': {
                        table: 'sys_ui_message'
                        id: '270967e6e16e425f85218ef8f39c0d37'
                    }
                    'ui-message-zh-15a91958f33b54b1': {
                        table: 'sys_ui_message'
                        id: '880e01154620450294a2e897034047c2'
                    }
                    'ui-message-zh-16a851cfb48b96b4': {
                        table: 'sys_ui_message'
                        id: '27f0a4a3896a4d32820e1b13886ac873'
                    }
                    'ui-message-zh-1735be2026e1be65': {
                        table: 'sys_ui_message'
                        id: '4b3155dad00a4fd6aff730346e1298e5'
                    }
                    'ui-message-zh-17d2836cdf881e0b': {
                        table: 'sys_ui_message'
                        id: '8f6bfc6121f2422bb7d6e351e938b9a3'
                    }
                    'ui-message-zh-18b5be69aef71316': {
                        table: 'sys_ui_message'
                        id: 'b01f1bb89b0e4daca3e226f422ce67f7'
                    }
                    'ui-message-zh-19066ee4cab34442': {
                        table: 'sys_ui_message'
                        id: 'a91603aedd4048bcb42af627355ad9ff'
                    }
                    'ui-message-zh-1912437c17065922': {
                        table: 'sys_ui_message'
                        id: '55e3ab40350a46a8a9e03e3af7c26573'
                    }
                    'ui-message-zh-19442df54ab5c082': {
                        table: 'sys_ui_message'
                        id: 'ecdc8910d5c240738c3fe85441927f72'
                    }
                    'ui-message-zh-19e48e465d04b463': {
                        table: 'sys_ui_message'
                        id: 'ea1aa03aece54a7b93cf68d73f77da22'
                    }
                    'ui-message-zh-1aae8b804bb183ea': {
                        table: 'sys_ui_message'
                        id: 'ddf7c4a40d9442798c558ce98925aff6'
                    }
                    'ui-message-zh-1b1134e3b6d48c79': {
                        table: 'sys_ui_message'
                        id: '2a31dc7f3978431b825154faf400c33d'
                    }
                    'ui-message-zh-1bf74b7da4192094': {
                        table: 'sys_ui_message'
                        id: 'b263f78acab146758addc6277aa7459a'
                    }
                    'ui-message-zh-1c0af8ac30bd8dae': {
                        table: 'sys_ui_message'
                        id: 'd5e2df397d984f6094c570b4e948430c'
                    }
                    'ui-message-zh-1c8fc6dad04cc0fb': {
                        table: 'sys_ui_message'
                        id: '568043b9d7f54cd5acaeec1efa533a92'
                    }
                    'ui-message-zh-1d2b43da3c9e3ad1': {
                        table: 'sys_ui_message'
                        id: '9a96ce171bf449ff9e8ace68aa67a253'
                    }
                    'ui-message-zh-1d5d591797aa7cc1': {
                        table: 'sys_ui_message'
                        id: '441c76e7e3114abb8df56b4bf5927136'
                    }
                    'ui-message-zh-1d86583fb3a31187': {
                        table: 'sys_ui_message'
                        id: '67d1301746894a26869b9c5eb57832f4'
                    }
                    'ui-message-zh-1df4b42bcad88b73': {
                        table: 'sys_ui_message'
                        id: 'c1eed001dbea46d592fa709132078e48'
                    }
                    'ui-message-zh-1e1529a21ada6d5a': {
                        table: 'sys_ui_message'
                        id: 'd562641d384c42c3ab3b49122424e6ac'
                    }
                    'ui-message-zh-1e33c4bd7db792ee': {
                        table: 'sys_ui_message'
                        id: '32a91b53ae5347a8a4033157807bf5cd'
                    }
                    'ui-message-zh-1f4841122f695a88': {
                        table: 'sys_ui_message'
                        id: 'b75fdc58c95b4a9bbd9d62b5c93c8f86'
                    }
                    'ui-message-zh-2077e1e708a6a1f9': {
                        table: 'sys_ui_message'
                        id: '9f1eb7b5ea59471bac322a3cdba988e1'
                    }
                    'ui-message-zh-21b54677bdeadde2': {
                        table: 'sys_ui_message'
                        id: '7779e98041c74991adace25a65a7f543'
                    }
                    'ui-message-zh-234f3c7940083e06': {
                        table: 'sys_ui_message'
                        id: 'd58440101b294620b1e1834a0f4c3e0b'
                    }
                    'ui-message-zh-236fe34577b6d94a': {
                        table: 'sys_ui_message'
                        id: '7998e9fdda3d4143abc63c2cfc1ac199'
                    }
                    'ui-message-zh-239fb234fcdf158d': {
                        table: 'sys_ui_message'
                        id: '3285b933b906441d8c0245d4e8585519'
                    }
                    'ui-message-zh-24c3873385a414c8': {
                        table: 'sys_ui_message'
                        id: 'cf1d1b3dfc4e4c7db3e35b0f411fddc2'
                    }
                    'ui-message-zh-25193d9de4621170': {
                        table: 'sys_ui_message'
                        id: '1daa2dff07b1431d9cd921196212e246'
                    }
                    'ui-message-zh-25fc804cfd42d7c5': {
                        table: 'sys_ui_message'
                        id: '803a02416e1e4102816fbda44e361199'
                    }
                    'ui-message-zh-2601fcb5de01a9ab': {
                        table: 'sys_ui_message'
                        id: 'd68f36a87216489193a804823986fc04'
                    }
                    'ui-message-zh-270c09dc1c7d4555': {
                        table: 'sys_ui_message'
                        id: '4765f61a1afc40c0acf71d3186ca1453'
                    }
                    'ui-message-zh-27c11dd3f8b05a16': {
                        table: 'sys_ui_message'
                        id: '47e9e018d28f4fb48cdeeeff37855399'
                    }
                    'ui-message-zh-281a695239a34003': {
                        table: 'sys_ui_message'
                        id: '94e838af82bb4743bc9ed4f8d26b9e1a'
                    }
                    'ui-message-zh-28d9387b44f9c450': {
                        table: 'sys_ui_message'
                        id: 'd08ba229eaa449d4aecf240accad7384'
                    }
                    'ui-message-zh-290f3499eb755168': {
                        table: 'sys_ui_message'
                        id: '6811ab6982614f69859454d7f8bf99fd'
                    }
                    'ui-message-zh-299c2f5ebfdf531a': {
                        table: 'sys_ui_message'
                        id: 'fcf4d27379ee493892c8a691f0747416'
                    }
                    'ui-message-zh-2a10c2bd6cd0ae96': {
                        table: 'sys_ui_message'
                        id: '4b7c68b6d241481e8a24e447282f2328'
                    }
                    'ui-message-zh-2a776cf05885d8d2': {
                        table: 'sys_ui_message'
                        id: '81546c4e4d2348ebb742a4c910cfacf1'
                    }
                    'ui-message-zh-2a9adc9982ca0d2b': {
                        table: 'sys_ui_message'
                        id: '2681e37fd82942be8311f6d72ba817c9'
                    }
                    'ui-message-zh-2c0fc27cc7c0c7e1': {
                        table: 'sys_ui_message'
                        id: 'b1a28edd3d4543b58e6f9acc8225dc01'
                    }
                    'ui-message-zh-2cd0fe846c440714': {
                        table: 'sys_ui_message'
                        id: '3c86ce1a2563421c94fec073f1f56f05'
                    }
                    'ui-message-zh-2dacf65959849884': {
                        table: 'sys_ui_message'
                        id: '0a0673b351eb4563a78d9fe835cdd621'
                    }
                    'ui-message-zh-2e00359b9802d1fa': {
                        table: 'sys_ui_message'
                        id: 'cc4c52cec202446d8bdf3a95e5b02b52'
                    }
                    'ui-message-zh-2f92b16b64f2f508': {
                        table: 'sys_ui_message'
                        id: 'aeb13b2b6bda41a28a1716c2546730bb'
                    }
                    'ui-message-zh-2fb5041e84789dd8': {
                        table: 'sys_ui_message'
                        id: 'e77ceb7ae38b481d865a498c8140605a'
                    }
                    'ui-message-zh-32addc18a4f4e259': {
                        table: 'sys_ui_message'
                        id: '543a06117597478484d847d2549ad10c'
                    }
                    'ui-message-zh-348c9cddf8f11478': {
                        table: 'sys_ui_message'
                        id: '91dc0d3b8abc4d88850fb4d76a52562f'
                    }
                    'ui-message-zh-34c6629cd741dccb': {
                        table: 'sys_ui_message'
                        id: '2653dc92d07640fa8f912db88872c8c4'
                    }
                    'ui-message-zh-36cf51247f6a904f': {
                        table: 'sys_ui_message'
                        id: '68c23362b7e24de5b83b533e1cb0b72e'
                    }
                    'ui-message-zh-37a90f022caf4007': {
                        table: 'sys_ui_message'
                        id: 'a2ef3c975d274297a227b282691c9a07'
                    }
                    'ui-message-zh-37daa938bbe00039': {
                        table: 'sys_ui_message'
                        id: '4396fa3722854663b2109985c22b781a'
                    }
                    'ui-message-zh-37f70c1c44328710': {
                        table: 'sys_ui_message'
                        id: 'd49c1813162c4333a2c5b14c37f29a27'
                    }
                    'ui-message-zh-383d54b667c1b141': {
                        table: 'sys_ui_message'
                        id: '7ac3f7b599624d33889a2b4c7835d249'
                    }
                    'ui-message-zh-39903c53a47c6ff3': {
                        table: 'sys_ui_message'
                        id: '7aaf7b52820b4b899e8ada1c6f318a34'
                    }
                    'ui-message-zh-3b4219642f06ae4e': {
                        table: 'sys_ui_message'
                        id: 'de014be058c34dc9b0c14602854813ef'
                    }
                    'ui-message-zh-3b4b75084f479452': {
                        table: 'sys_ui_message'
                        id: 'd986e87653e1430f99cfd18b9b5cc40b'
                    }
                    'ui-message-zh-3bc5083820a6627d': {
                        table: 'sys_ui_message'
                        id: 'eac9628efc4240f98e2a06b913c21865'
                    }
                    'ui-message-zh-3c6b183d348f9553': {
                        table: 'sys_ui_message'
                        id: 'e44ad9dda02943a7b52a99354ada64fe'
                    }
                    'ui-message-zh-3cad332ba6983e7f': {
                        table: 'sys_ui_message'
                        id: '9e9049040c994055979ddb4c9f2e5aa6'
                    }
                    'ui-message-zh-40aef4073ebfb235': {
                        table: 'sys_ui_message'
                        id: '257a26e44cbd4252ac2bfb03823c2abe'
                    }
                    'ui-message-zh-40ee3d797e5103e3': {
                        table: 'sys_ui_message'
                        id: '1f7c364ffffa4eadbc85b132c79ce3eb'
                    }
                    'ui-message-zh-40fc0b8e623cda2a': {
                        table: 'sys_ui_message'
                        id: 'e4ee9d883dc8425794f59d2c59d293ee'
                    }
                    'ui-message-zh-413a9328e5c37109': {
                        table: 'sys_ui_message'
                        id: '0549f6cdf2024f35bffad719b314e14d'
                    }
                    'ui-message-zh-43aa0a32afe52eca': {
                        table: 'sys_ui_message'
                        id: 'd586de41f8324ff4aba2214267b31d54'
                    }
                    'ui-message-zh-43eb8bbc28fd8271': {
                        table: 'sys_ui_message'
                        id: 'f5bd1328151c4affa9bae19dc69a9acd'
                    }
                    'ui-message-zh-4484bdf2de58793b': {
                        table: 'sys_ui_message'
                        id: 'b606a1c93cd94fa1a124ac10c0d49b0c'
                        deleted: true
                    }
                    'ui-message-zh-44c2f34581491284': {
                        table: 'sys_ui_message'
                        id: 'f111cc2e5e634a7289baccb9f22ced84'
                    }
                    'ui-message-zh-452376e9506cf720': {
                        table: 'sys_ui_message'
                        id: 'b7707dff51ab4375a722284157eae4e0'
                    }
                    'ui-message-zh-45818fa6cfeb36cd': {
                        table: 'sys_ui_message'
                        id: 'cf3a2c537e5c44508604da57d23dcbca'
                    }
                    'ui-message-zh-45e36dd93e0fcdeb': {
                        table: 'sys_ui_message'
                        id: '90730c510e144b0085356859003e0a6b'
                    }
                    'ui-message-zh-46b9f4fb4d2a634a': {
                        table: 'sys_ui_message'
                        id: 'b3bb2cc922364be69964123c97ad5de0'
                    }
                    'ui-message-zh-46ec0a1025afa332': {
                        table: 'sys_ui_message'
                        id: '0ca49d9bc7544f3baa49cda806952388'
                    }
                    'ui-message-zh-47083f0a9b8f0a80': {
                        table: 'sys_ui_message'
                        id: 'c6c2176179ca40f3a1ff63ee93124bc1'
                    }
                    'ui-message-zh-4848b6c6a9b69b51': {
                        table: 'sys_ui_message'
                        id: 'ae0fd266f1c047a48a3f6e7ad09e16a4'
                    }
                    'ui-message-zh-488e45cf6d9fca07': {
                        table: 'sys_ui_message'
                        id: '52c1bac32ca7475bbf00f4bb7c64fa70'
                    }
                    'ui-message-zh-48ff73f37ba0d0b9': {
                        table: 'sys_ui_message'
                        id: '3c0d22705a8e413a8d60a82e204d11de'
                    }
                    'ui-message-zh-498ffefd8bfe7ea0': {
                        table: 'sys_ui_message'
                        id: '8974f932284245299b4bdf47afa18799'
                    }
                    'ui-message-zh-4994ae413f3faadf': {
                        table: 'sys_ui_message'
                        id: '31a9d32031734040a5ddcc8b5edcd5cc'
                    }
                    'ui-message-zh-499a156009184ca5': {
                        table: 'sys_ui_message'
                        id: '74de53e9852f4d03afdb18e176fe6d4f'
                    }
                    'ui-message-zh-49cae79d6ab235ef': {
                        table: 'sys_ui_message'
                        id: 'd58561174b444f249ac8f190ef205d64'
                    }
                    'ui-message-zh-4a03cf4e5bef413f': {
                        table: 'sys_ui_message'
                        id: 'bcf29c1dd12e431da568a2025dfb34b9'
                    }
                    'ui-message-zh-4a566fe273fc8f01': {
                        table: 'sys_ui_message'
                        id: '51ec562d6ce74c4f90bb0914da007fdc'
                    }
                    'ui-message-zh-4e13ace73ea68997': {
                        table: 'sys_ui_message'
                        id: '5ee586ca5f614352a2aebd47a9a7014f'
                    }
                    'ui-message-zh-4e2f2c2facb72451': {
                        table: 'sys_ui_message'
                        id: '23987ba77dac46beb2ea652af03a3d18'
                    }
                    'ui-message-zh-4e8d230530e4e674': {
                        table: 'sys_ui_message'
                        id: '901f7ecd78174620a2ba23842363299c'
                    }
                    'ui-message-zh-4f3fd4dba32ee299': {
                        table: 'sys_ui_message'
                        id: 'f36a8b82c03e42f28e7daeff3b34fc9a'
                    }
                    'ui-message-zh-4f8489b4c6dce8b9': {
                        table: 'sys_ui_message'
                        id: '97fa76e7070243d3afc93e89274af198'
                    }
                    'ui-message-zh-50b61e56b17d7295': {
                        table: 'sys_ui_message'
                        id: 'dc3c6a44038f43069b52889e8ea39ad7'
                    }
                    'ui-message-zh-50f7d9bc9f318440': {
                        table: 'sys_ui_message'
                        id: 'fb90eeae0e644adeb447380e998d0037'
                    }
                    'ui-message-zh-510fe5e3f542b46f': {
                        table: 'sys_ui_message'
                        id: '4d8c79b48f0c40d684416aac5f1144d2'
                    }
                    'ui-message-zh-51a22d32337936d4': {
                        table: 'sys_ui_message'
                        id: 'af3128f34f53475ebc81b4f579a6564b'
                    }
                    'ui-message-zh-5317d51514bc1935': {
                        table: 'sys_ui_message'
                        id: 'd87fcf61d48f4a49a93e7b89f1920ba3'
                    }
                    'ui-message-zh-5322870fe0d0e778': {
                        table: 'sys_ui_message'
                        id: 'f8613d2f5abc42cabc6a75333b6154d6'
                    }
                    'ui-message-zh-542573e67456ba78': {
                        table: 'sys_ui_message'
                        id: '0567ce2915274288a9ff3040de0bce6b'
                    }
                    'ui-message-zh-55316cdb7dd4cfee': {
                        table: 'sys_ui_message'
                        id: 'f8916a82734b46d9b552028f3f4d1a6c'
                    }
                    'ui-message-zh-559e191d83b4bace': {
                        table: 'sys_ui_message'
                        id: '9f76b9e8aecf4a5889874caa2640a2e4'
                    }
                    'ui-message-zh-55be9fb2744b5a95': {
                        table: 'sys_ui_message'
                        id: '31bd6018e50e4e93a188bfa7b1a7de9f'
                    }
                    'ui-message-zh-55f8ebc805e65b5b': {
                        table: 'sys_ui_message'
                        id: 'ea09721da10e4a0499477add844beb1b'
                    }
                    'ui-message-zh-564f06e91230454a': {
                        table: 'sys_ui_message'
                        id: '786d12af5ef24c489eda5f94d7d6df2e'
                    }
                    'ui-message-zh-565e288e2a02cae6': {
                        table: 'sys_ui_message'
                        id: 'fdc89807c3134d7e8fbcd72a6c2db517'
                    }
                    'ui-message-zh-56699d68fe3fef0b': {
                        table: 'sys_ui_message'
                        id: '2e465075c1524474b99a095e176e3838'
                    }
                    'ui-message-zh-56e3badc4e6c5cc9': {
                        table: 'sys_ui_message'
                        id: 'c120dcbd6dc2404baf445a468bfe7782'
                    }
                    'ui-message-zh-57e29aff927c59f0': {
                        table: 'sys_ui_message'
                        id: '348b39a2c0054f82b32d04eff79934cc'
                    }
                    'ui-message-zh-581d6da62df2d777': {
                        table: 'sys_ui_message'
                        id: '83a16b8093b4486f84f9dbed3538d9d1'
                    }
                    'ui-message-zh-591dbb0d5f0bf816': {
                        table: 'sys_ui_message'
                        id: '12f0381bcb9e4125aeac2f33ff02a46a'
                    }
                    'ui-message-zh-5b6cedd9a02b11c3': {
                        table: 'sys_ui_message'
                        id: '434184cddbac4148baf4d1aacb01dea7'
                    }
                    'ui-message-zh-5c98d4739a5eb06d': {
                        table: 'sys_ui_message'
                        id: '3c8a619e33b1440f9c697e878b96cf16'
                        deleted: true
                    }
                    'ui-message-zh-5d223bb6656e61cc': {
                        table: 'sys_ui_message'
                        id: '8399ae372f7b426ab5fee50498b4b2c8'
                    }
                    'ui-message-zh-5d83055c06086dc8': {
                        table: 'sys_ui_message'
                        id: 'a28867c1e1dd4f64861e188a61e541ac'
                    }
                    'ui-message-zh-5dac7474aaa5ccf4': {
                        table: 'sys_ui_message'
                        id: 'b2b9f3841e7b43638a1838d29e757ccd'
                    }
                    'ui-message-zh-5ee2c7843da4b09d': {
                        table: 'sys_ui_message'
                        id: '027b805bb6894d30a07442527617a528'
                    }
                    'ui-message-zh-5efa18ee8654c79b': {
                        table: 'sys_ui_message'
                        id: '4f792861193940d5a30327c3911faf1b'
                    }
                    'ui-message-zh-5f5f8758f5f22d52': {
                        table: 'sys_ui_message'
                        id: '7a9a9aa76c40418fb81749b8f8fe93a3'
                    }
                    'ui-message-zh-5f80d975dc4bd549': {
                        table: 'sys_ui_message'
                        id: '4a9607f94df84c7e80cea49fbc550e68'
                    }
                    'ui-message-zh-5f8a7d95030cf6a7': {
                        table: 'sys_ui_message'
                        id: '60bd3ecbc1ae4c67b36be135d7ad95bf'
                        deleted: true
                    }
                    'ui-message-zh-6064aa96f7fc07ff': {
                        table: 'sys_ui_message'
                        id: '791c3f99bdfb4a35a0cf43a7ddd3cfc4'
                    }
                    'ui-message-zh-60783fbf04cbf7ce': {
                        table: 'sys_ui_message'
                        id: 'c2a06312b68048bca36947040a0afd07'
                    }
                    'ui-message-zh-60cc65bc3e7ef9a1': {
                        table: 'sys_ui_message'
                        id: '81878d92556d4bde81dd85c8f1aced7b'
                    }
                    'ui-message-zh-617413586ea25c32': {
                        table: 'sys_ui_message'
                        id: '8ee340ff03854bd89ca05e329a0ae954'
                    }
                    'ui-message-zh-6184253e3054f49c': {
                        table: 'sys_ui_message'
                        id: '9cc440623a254764bab5b19e9735813b'
                    }
                    'ui-message-zh-61f3602450712f16': {
                        table: 'sys_ui_message'
                        id: 'c30e6b07730e43b083c3d778e91049b5'
                    }
                    'ui-message-zh-62c88e59b5419e9b': {
                        table: 'sys_ui_message'
                        id: 'cacc08ff8b41466c8b62afb256db2af5'
                    }
                    'ui-message-zh-633827f3a2416c86': {
                        table: 'sys_ui_message'
                        id: 'e36a3134a75c4f9da82c3c4075e828da'
                    }
                    'ui-message-zh-63a1d87f801bbf98': {
                        table: 'sys_ui_message'
                        id: '460ca8e344184f3ab368e092f17349e0'
                    }
                    'ui-message-zh-65c721eea2574271': {
                        table: 'sys_ui_message'
                        id: 'aea6c70b3a164c35948b48b60e238aff'
                    }
                    'ui-message-zh-6660328ffa327273': {
                        table: 'sys_ui_message'
                        id: '9618124acc934ad0a4dfe25ce70e7b60'
                    }
                    'ui-message-zh-66edd92d92d0b72e': {
                        table: 'sys_ui_message'
                        id: '814ff3416ba0478493425d6ef469ab7a'
                    }
                    'ui-message-zh-67ce11382a011a46': {
                        table: 'sys_ui_message'
                        id: '7a33f0c6a97845eebab1dafa3e9ea468'
                    }
                    'ui-message-zh-690664a9c71bc500': {
                        table: 'sys_ui_message'
                        id: 'f3c2db5dc046433d8a7e7ede69de3827'
                    }
                    'ui-message-zh-692f0248102807d7': {
                        table: 'sys_ui_message'
                        id: '6f090de4a5d8456db1c3b7408ace31f2'
                    }
                    'ui-message-zh-6a9f6c3fff9581a2': {
                        table: 'sys_ui_message'
                        id: '9da6426a63584528882cf1f6ede8bc60'
                    }
                    'ui-message-zh-6a9f8c2895567144': {
                        table: 'sys_ui_message'
                        id: 'cbd75f88b0f342d5b7f83093c7cebd99'
                    }
                    'ui-message-zh-6b3731644cda1195': {
                        table: 'sys_ui_message'
                        id: 'a5a19afa1b86417299d8dd07aa4138cd'
                    }
                    'ui-message-zh-6c165941d1460e14': {
                        table: 'sys_ui_message'
                        id: '365bcfb45cb94395a21f18338f7a0a31'
                    }
                    'ui-message-zh-6c1dd2ab31f5a230': {
                        table: 'sys_ui_message'
                        id: '9065d92caad7472d811dd29dd6b9fa44'
                    }
                    'ui-message-zh-6c45aafda59b1095': {
                        table: 'sys_ui_message'
                        id: '18136c23baf44a6ea0bc3f171fb29b84'
                    }
                    'ui-message-zh-6cf268765d488db1': {
                        table: 'sys_ui_message'
                        id: '2f933e23713e4af2b28873984902653b'
                    }
                    'ui-message-zh-6d5b01bca211b5d1': {
                        table: 'sys_ui_message'
                        id: '3478562de79b4a77a9da794c3e62df8a'
                    }
                    'ui-message-zh-6e71d8e8b2be7726': {
                        table: 'sys_ui_message'
                        id: '5e00116614684ec9bf4d9ebc0b83d9fb'
                    }
                    'ui-message-zh-6f2e4690917e85e5': {
                        table: 'sys_ui_message'
                        id: '177e540cccb848ac93d371fe9e0ca3ca'
                    }
                    'ui-message-zh-70d307c9afcde045': {
                        table: 'sys_ui_message'
                        id: '5e29728da4ef47da9e03d29a5e78d36d'
                    }
                    'ui-message-zh-726a1ceebd2e32d2': {
                        table: 'sys_ui_message'
                        id: '582ea768ed104561bdbbb784bac73618'
                    }
                    'ui-message-zh-73987a3ea1f0a4c3': {
                        table: 'sys_ui_message'
                        id: '24cddab486a944bea848f58724db4f80'
                    }
                    'ui-message-zh-73c20ded5edce7ee': {
                        table: 'sys_ui_message'
                        id: 'cb12cf9f6c9c48b29b36e68e9a94d6a3'
                    }
                    'ui-message-zh-74aca3dd7a487307': {
                        table: 'sys_ui_message'
                        id: '979dc02f91cd48f890f4668811959509'
                    }
                    'ui-message-zh-751dd54fa877ffa0': {
                        table: 'sys_ui_message'
                        id: '7fea172134ef4fe9a1cd331f9ed382bc'
                    }
                    'ui-message-zh-756798b9593228d8': {
                        table: 'sys_ui_message'
                        id: '1b006aedc4b64d83ab5443eeaae757ca'
                    }
                    'ui-message-zh-75805eeac7769fee': {
                        table: 'sys_ui_message'
                        id: 'c46c7d239fc041ce9c62d1e18fe5ccba'
                    }
                    'ui-message-zh-75da2c6ed7c6af1e': {
                        table: 'sys_ui_message'
                        id: '937560f154744ee299edc6c98896928d'
                    }
                    'ui-message-zh-75f13889a61ade7f': {
                        table: 'sys_ui_message'
                        id: '281555dd47aa490fa275860acc886b0e'
                    }
                    'ui-message-zh-75f8a9cda93c4a9c': {
                        table: 'sys_ui_message'
                        id: '5fe175cc2177492cb2f01a01905df18b'
                    }
                    'ui-message-zh-762f0cba38552a67': {
                        table: 'sys_ui_message'
                        id: '6e3a4200db2948ba93017580d474eb94'
                    }
                    'ui-message-zh-768e0c1c69573fb5': {
                        table: 'sys_ui_message'
                        id: 'f19017cefb124f889824221a41695e04'
                    }
                    'ui-message-zh-774b7289aec71835': {
                        table: 'sys_ui_message'
                        id: '794cc3bb4d9f4ec48184e90e7c090234'
                    }
                    'ui-message-zh-775818d75f7b5d4d': {
                        table: 'sys_ui_message'
                        id: '5a9efa910de14d828de4c6d66f611047'
                    }
                    'ui-message-zh-77d7229dcd489364': {
                        table: 'sys_ui_message'
                        id: '43fca896021c4d20800170bba885ee29'
                    }
                    'ui-message-zh-77dfd2135f4db726': {
                        table: 'sys_ui_message'
                        id: '087aa04eb7904cfcabeccf86a448313e'
                    }
                    'ui-message-zh-78a4872f45c9b880': {
                        table: 'sys_ui_message'
                        id: '6968057c0e3b4718be6f81409ac3fd59'
                    }
                    'ui-message-zh-7a2723e9a8780efb': {
                        table: 'sys_ui_message'
                        id: 'e542fbdcdf4e494693d2899c7771a33f'
                    }
                    'ui-message-zh-7e60071c2ecf64a8': {
                        table: 'sys_ui_message'
                        id: '3ff26465502e4b3eae6fe38f3c5bd8ae'
                    }
                    'ui-message-zh-7eae163c8e91934e': {
                        table: 'sys_ui_message'
                        id: '663ae37851064adfb9079b1caee483db'
                    }
                    'ui-message-zh-7f631792b2230145': {
                        table: 'sys_ui_message'
                        id: 'e8c4032e65bc4ac882d48e642a8974ab'
                    }
                    'ui-message-zh-7f6cb7da0c3f0ced': {
                        table: 'sys_ui_message'
                        id: '233a49af8ca74495836837be2ba561c5'
                    }
                    'ui-message-zh-7f72b83d77e3057b': {
                        table: 'sys_ui_message'
                        id: '4497886e90c946829a36330003a288e6'
                    }
                    'ui-message-zh-8130e419dc98ec96': {
                        table: 'sys_ui_message'
                        id: '93b93c0a62ec4946b35bfb4bcb1751ee'
                    }
                    'ui-message-zh-818b9087ecaee3fb': {
                        table: 'sys_ui_message'
                        id: 'd6f804518b814739b1b743c36bc1a74b'
                    }
                    'ui-message-zh-81c0922f60de2e93': {
                        table: 'sys_ui_message'
                        id: '9ba11d8c9dae4b87a64a1439a3a74662'
                    }
                    'ui-message-zh-839b8d39ff46e0e4': {
                        table: 'sys_ui_message'
                        id: 'd0193c0956cf4ccaba642521b2a16b0c'
                    }
                    'ui-message-zh-8483dddc42d78aa1': {
                        table: 'sys_ui_message'
                        id: 'a5bc682a896149b7bb1c02877d76d21b'
                    }
                    'ui-message-zh-8517190fbe27b51c': {
                        table: 'sys_ui_message'
                        id: '4d0145d3e5f34e738d8ea845aa0a4688'
                    }
                    'ui-message-zh-85847405531e2bf3': {
                        table: 'sys_ui_message'
                        id: '3eb95832caee470fbef118e5807cac13'
                    }
                    'ui-message-zh-85efce01b3b3d863': {
                        table: 'sys_ui_message'
                        id: '699bc2b6a53145ce8066effc48a584c4'
                    }
                    'ui-message-zh-88d86b7721d58764': {
                        table: 'sys_ui_message'
                        id: '61af01a3c467416c843c2e99feb375a5'
                    }
                    'ui-message-zh-898048943ff65cdb': {
                        table: 'sys_ui_message'
                        id: '49eee1f8c2324b7aae0d931153c6072c'
                    }
                    'ui-message-zh-8bf1dc112a2c176b': {
                        table: 'sys_ui_message'
                        id: '2e8a5c0e150647c3ab1581bd5367ac53'
                    }
                    'ui-message-zh-8bf896f6b94769bf': {
                        table: 'sys_ui_message'
                        id: '61659d6de2854333bbfb3f2f6e599531'
                        deleted: true
                    }
                    'ui-message-zh-8ca924f12149b7ba': {
                        table: 'sys_ui_message'
                        id: 'bd78ba8d250d4df7bc5f40392a953b4e'
                    }
                    'ui-message-zh-8cc7acb8f360901e': {
                        table: 'sys_ui_message'
                        id: '8d5f699df79b429b9f8ef62eed39c553'
                    }
                    'ui-message-zh-8ddd24bb9ea1edeb': {
                        table: 'sys_ui_message'
                        id: '01c7800f0259429e8ec9b5e15acbc811'
                    }
                    'ui-message-zh-8e3df45a49dba2b2': {
                        table: 'sys_ui_message'
                        id: 'ab7fadea4b19440cabbd44a2f28b2262'
                    }
                    'ui-message-zh-8e69a2aee94f9f10': {
                        table: 'sys_ui_message'
                        id: '506f32d6f12d40a995865e1c1b37f24f'
                    }
                    'ui-message-zh-8ef0161e83ea68db': {
                        table: 'sys_ui_message'
                        id: '3908d083eb0943c28afd5739574870f6'
                    }
                    'ui-message-zh-8f0aabf9ebc50053': {
                        table: 'sys_ui_message'
                        id: '4d3e06fcb4f449c6be341314005b2513'
                    }
                    'ui-message-zh-8fab6a6954fbbbfc': {
                        table: 'sys_ui_message'
                        id: '39e2d33decf349438538ce99592565c2'
                    }
                    'ui-message-zh-901c0756705801fc': {
                        table: 'sys_ui_message'
                        id: '700ecbee1f8c49649cf2eb069badbf45'
                    }
                    'ui-message-zh-903f00387129a0be': {
                        table: 'sys_ui_message'
                        id: 'd89f03bb7c3d43939d53777b9fc59e67'
                    }
                    'ui-message-zh-90c0b256757f19c7': {
                        table: 'sys_ui_message'
                        id: '14353f28424b43ad8a3c7d06bc164921'
                    }
                    'ui-message-zh-90f484459b7f7cd9': {
                        table: 'sys_ui_message'
                        id: '29648520e7da4c3d98f9c57e29c2f6ba'
                    }
                    'ui-message-zh-90f9034d67450792': {
                        table: 'sys_ui_message'
                        id: '3099a950b4064b70a6a8379cad757a8f'
                    }
                    'ui-message-zh-91544c25067e63fd': {
                        table: 'sys_ui_message'
                        id: '94af3c9272fa45b6a19421ea7159c136'
                    }
                    'ui-message-zh-916286d26cc33ee7': {
                        table: 'sys_ui_message'
                        id: 'a07ce9007f35466e8712417d3c276c97'
                    }
                    'ui-message-zh-917df91e1730cb55': {
                        table: 'sys_ui_message'
                        id: 'b96174156a2a415a9033e6ce38c5e788'
                    }
                    'ui-message-zh-91ce3f9b63211a95': {
                        table: 'sys_ui_message'
                        id: '83472e441c2542d4aca376698f2c371e'
                    }
                    'ui-message-zh-92ec6350888ffe87': {
                        table: 'sys_ui_message'
                        id: '9af1ec25f778430fbda285b3eb8fa061'
                    }
                    'ui-message-zh-94e358e26520c770': {
                        table: 'sys_ui_message'
                        id: 'c126ca11d8d54f3d8a7aab2c33e50dd3'
                    }
                    'ui-message-zh-952eea264487e63b': {
                        table: 'sys_ui_message'
                        id: '2dd5cdd721b245c994df80252f233e95'
                    }
                    'ui-message-zh-96de9352b9f43d35': {
                        table: 'sys_ui_message'
                        id: '68ffd591ce3c402b858be55bea73001b'
                    }
                    'ui-message-zh-96f608c16cef16ca': {
                        table: 'sys_ui_message'
                        id: 'd4577af459dd4999b70d35c683f120c6'
                    }
                    'ui-message-zh-979bb1a37f3e347c': {
                        table: 'sys_ui_message'
                        id: '61b7d01a1517435ab36679fb2c7a147e'
                    }
                    'ui-message-zh-97c3f6ca3c45f6c0': {
                        table: 'sys_ui_message'
                        id: 'd45c585fee954e18b1232454debaa8a9'
                    }
                    'ui-message-zh-9825df44591a2d02': {
                        table: 'sys_ui_message'
                        id: '96450b4316f049a0be717ba8e16c6210'
                    }
                    'ui-message-zh-9996af59991b7e9c': {
                        table: 'sys_ui_message'
                        id: '7c6eb39328964b279ee6200297b0d965'
                    }
                    'ui-message-zh-9a0c3525b199b70a': {
                        table: 'sys_ui_message'
                        id: 'f2b3e9a51f1940dabb6d240d4185a494'
                    }
                    'ui-message-zh-9a4030deb2b59fde': {
                        table: 'sys_ui_message'
                        id: '8e4477095d1b4876b1ad726b1b5ff5ef'
                    }
                    'ui-message-zh-9bd0e64c675feb3b': {
                        table: 'sys_ui_message'
                        id: '38e1ded6428b4598abac85fe69d1bfd0'
                    }
                    'ui-message-zh-9d680195eb1cb0dd': {
                        table: 'sys_ui_message'
                        id: '30a10caa72574297a0dbe7efb311ae11'
                    }
                    'ui-message-zh-9d994be4c83e9f5f': {
                        table: 'sys_ui_message'
                        id: '8e5f1b21aab64948a78d3fce32382852'
                    }
                    'ui-message-zh-9ddedae9b70e41c5': {
                        table: 'sys_ui_message'
                        id: 'dd1c4f5b7f4d4b8aac81298fbdcd4795'
                    }
                    'ui-message-zh-9efdf92f5b5015d4': {
                        table: 'sys_ui_message'
                        id: '322c57a104e3483dbd3225ee23bc8f12'
                    }
                    'ui-message-zh-9fce1472d005c94b': {
                        table: 'sys_ui_message'
                        id: '07d56319d1654c38906a8d9120e60a9e'
                    }
                    'ui-message-zh-a074b0e45605a42b': {
                        table: 'sys_ui_message'
                        id: 'e5463db38add4953a0e124f88d32ba23'
                    }
                    'ui-message-zh-a0a3e149066ddffa': {
                        table: 'sys_ui_message'
                        id: 'd85eaa9e4130435d8afcfc2ee0bd2d29'
                    }
                    'ui-message-zh-a283dc89bac82785': {
                        table: 'sys_ui_message'
                        id: '19ab01710c1d437aa2ca34a0f96aeee3'
                    }
                    'ui-message-zh-a441c696c4e2611d': {
                        table: 'sys_ui_message'
                        id: '303315e2c6be4b71a76cb49f967e3f3b'
                    }
                    'ui-message-zh-a4830231a69a6892': {
                        table: 'sys_ui_message'
                        id: '4ca66637c2164fb68c9c424776eb438f'
                    }
                    'ui-message-zh-a55ffd89508c9068': {
                        table: 'sys_ui_message'
                        id: '2c96050642c94cff88617c181af8fd35'
                    }
                    'ui-message-zh-a6c799cd26029d69': {
                        table: 'sys_ui_message'
                        id: 'ded940d6fd544fb285620e8231206a05'
                    }
                    'ui-message-zh-a766cd7ff02c32d2': {
                        table: 'sys_ui_message'
                        id: '3dc13a809d5e4b87b319e30e849d5705'
                    }
                    'ui-message-zh-a8e36e9279422cdb': {
                        table: 'sys_ui_message'
                        id: '0132e00c3d0d4de6ba4117150468657f'
                    }
                    'ui-message-zh-a951840b9198d73f': {
                        table: 'sys_ui_message'
                        id: '539eaddcf0cf42e1a125930e0b079667'
                    }
                    'ui-message-zh-a95380a95363ef49': {
                        table: 'sys_ui_message'
                        id: '540677e6649843db80209a085241e9d2'
                    }
                    'ui-message-zh-a97150c557494790': {
                        table: 'sys_ui_message'
                        id: '1a1700614e0c456aaa496174293c2079'
                    }
                    'ui-message-zh-a9ee99de2f4dbdbb': {
                        table: 'sys_ui_message'
                        id: '97394f54c9ff44d0bdbdaab910c473b7'
                    }
                    'ui-message-zh-aab7b7d308df609d': {
                        table: 'sys_ui_message'
                        id: '511c1587c81f486d91e0c301713a60ff'
                    }
                    'ui-message-zh-ace679eb5e52552c': {
                        table: 'sys_ui_message'
                        id: '6840b4116f08434fb8ce55da0d9c3c9e'
                    }
                    'ui-message-zh-af74f7c5362aaee9': {
                        table: 'sys_ui_message'
                        id: '728def8ef6ca41ad81f807e90db11680'
                    }
                    'ui-message-zh-b00137539b2ea9d1': {
                        table: 'sys_ui_message'
                        id: '1138964d7fd74e1fb31c15ca9b305fe5'
                    }
                    'ui-message-zh-b024418b6c1f8bc8': {
                        table: 'sys_ui_message'
                        id: '8caecd4718f243529cd51a91b90c998f'
                    }
                    'ui-message-zh-b04ba49f848624bb': {
                        table: 'sys_ui_message'
                        id: 'f865f78d53f44de69663fd717bc83e15'
                    }
                    'ui-message-zh-b054a70da6418de0': {
                        table: 'sys_ui_message'
                        id: '806e3948a6a24a6caff71977f386cd7b'
                    }
                    'ui-message-zh-b0c2d9327726d0ce': {
                        table: 'sys_ui_message'
                        id: 'ee89cf9234be4cbebacdc1a5b6537cdb'
                    }
                    'ui-message-zh-b1463cc52250cb5e': {
                        table: 'sys_ui_message'
                        id: '3c21a340ff86467ab6366e49405002e6'
                    }
                    'ui-message-zh-b2644d084a9064f7': {
                        table: 'sys_ui_message'
                        id: '03562fb199684142978c1225bff047e3'
                    }
                    'ui-message-zh-b4343e9783216b90': {
                        table: 'sys_ui_message'
                        id: '27ad8323d2ef4a2784e937bf33f351fc'
                    }
                    'ui-message-zh-b52b36b7269fbfc5': {
                        table: 'sys_ui_message'
                        id: '2698276549e04c8ea01d1fe0eadc60be'
                    }
                    'ui-message-zh-b5ec82400308f7ab': {
                        table: 'sys_ui_message'
                        id: 'f711217431ab4f93a916913ce707eb45'
                    }
                    'ui-message-zh-b61467422043fcf4': {
                        table: 'sys_ui_message'
                        id: 'dcfd79aa3fde40488d2f53e7385dbc65'
                    }
                    'ui-message-zh-b677021cb0bbb0f8': {
                        table: 'sys_ui_message'
                        id: 'a30767049743449292c03e7e3e9f049d'
                    }
                    'ui-message-zh-b681901b0f4a2add': {
                        table: 'sys_ui_message'
                        id: '2c7750c5d1e64d538af079c7352c9e6f'
                    }
                    'ui-message-zh-b6bd42e4e7302e5e': {
                        table: 'sys_ui_message'
                        id: '9b9778172ed4406e8311111f4c2501f7'
                    }
                    'ui-message-zh-b785c736d0365a33': {
                        table: 'sys_ui_message'
                        id: 'c9aec40907ef4dc4ba938a405c317914'
                    }
                    'ui-message-zh-bab7da2b4b4b912a': {
                        table: 'sys_ui_message'
                        id: 'a66235da82cf4621892cf74e75707338'
                    }
                    'ui-message-zh-bb59a623c330814d': {
                        table: 'sys_ui_message'
                        id: '6c08630b327b49fb8945c4cd72914714'
                    }
                    'ui-message-zh-bb80d241c575f72c': {
                        table: 'sys_ui_message'
                        id: 'd9bac4b31828461b87b03dd7e3fc09ba'
                    }
                    'ui-message-zh-bc0e392aefbfa1c3': {
                        table: 'sys_ui_message'
                        id: '159adb688aa9464a8d4c302e25943d54'
                    }
                    'ui-message-zh-bc981983e7f547dc': {
                        table: 'sys_ui_message'
                        id: '5f27cd0a86b24acba17c32693561eacb'
                    }
                    'ui-message-zh-bce06414177f72ab': {
                        table: 'sys_ui_message'
                        id: '58133f9c42a24b8d9ef744252182077e'
                    }
                    'ui-message-zh-bdea94a5409d7acf': {
                        table: 'sys_ui_message'
                        id: '34c7118187e24d4bab738d80ea744a8e'
                    }
                    'ui-message-zh-bf6844fa36bdd8bd': {
                        table: 'sys_ui_message'
                        id: 'b2ed956893604d138d613eb5f6ce340f'
                    }
                    'ui-message-zh-c19877aeb64d12f0': {
                        table: 'sys_ui_message'
                        id: 'dee379bdd0e2425bb629dbbb9d73d135'
                    }
                    'ui-message-zh-c19e93b2be5a48a7': {
                        table: 'sys_ui_message'
                        id: '9e4ca0359900436fa78400c7f2b4e430'
                    }
                    'ui-message-zh-c24ef7c8ac460d8c': {
                        table: 'sys_ui_message'
                        id: '032a6287e63244dc95883e475f88a0e0'
                    }
                    'ui-message-zh-c260415a90351fd1': {
                        table: 'sys_ui_message'
                        id: 'bd736fa5fb5d4de4b207e62f4f5fde76'
                    }
                    'ui-message-zh-c2dca755c93a154b': {
                        table: 'sys_ui_message'
                        id: 'a155b2b7a2174ccdb69a00770629b6b1'
                    }
                    'ui-message-zh-c3c32baa0b8a3c8b': {
                        table: 'sys_ui_message'
                        id: '73c939cbb9e8402cb11572367f09b1f1'
                    }
                    'ui-message-zh-c478af32418de5fb': {
                        table: 'sys_ui_message'
                        id: '20c2aa3b06714776b2ec845f45f574aa'
                    }
                    'ui-message-zh-c487e712e0a814b3': {
                        table: 'sys_ui_message'
                        id: '90096a1f813b493ba956572503169769'
                    }
                    'ui-message-zh-c563e31be0aabe4c': {
                        table: 'sys_ui_message'
                        id: '6fca3ddc25c94fa08bf16009c92617cf'
                    }
                    'ui-message-zh-c74b143b92296e49': {
                        table: 'sys_ui_message'
                        id: 'd750d0cd81c64970a096f32bb917695e'
                    }
                    'ui-message-zh-c800d38217778440': {
                        table: 'sys_ui_message'
                        id: '10ed329fe1f64b4dbd890f9e03a57b51'
                    }
                    'ui-message-zh-c869d5007ed50221': {
                        table: 'sys_ui_message'
                        id: 'ef6b862928e74bb1b47e3e59dcfb526e'
                    }
                    'ui-message-zh-c8d2e39681e4520b': {
                        table: 'sys_ui_message'
                        id: 'e47d3962a2a14867934c6693297c79ce'
                    }
                    'ui-message-zh-c8e6753fcf614bfe': {
                        table: 'sys_ui_message'
                        id: 'b26d66ecb2ca43fbba9509f8251dd0f8'
                    }
                    'ui-message-zh-c9a18f0041ff40c3': {
                        table: 'sys_ui_message'
                        id: '533853f2fe474efba6fa3fa54521bf1b'
                    }
                    'ui-message-zh-cadb6ef0d00a050e': {
                        table: 'sys_ui_message'
                        id: 'ce2605aa0acf491daeaf4c0461ee1928'
                    }
                    'ui-message-zh-cb20e13b4bb9a4e9': {
                        table: 'sys_ui_message'
                        id: 'e76bc9d09e80440ba5977c05edf3db48'
                    }
                    'ui-message-zh-cde415ad0ef2647b': {
                        table: 'sys_ui_message'
                        id: '9c15c97fd96640c3910f8fc5c5fcdde5'
                    }
                    'ui-message-zh-ce0ee52356508728': {
                        table: 'sys_ui_message'
                        id: 'f8e104d6af15479a9c572bbe22cd25f7'
                    }
                    'ui-message-zh-cee0384e59f22c0b': {
                        table: 'sys_ui_message'
                        id: 'c39a6c52ce5e4faea194960a96a43b15'
                    }
                    'ui-message-zh-cf43c7527e70b971': {
                        table: 'sys_ui_message'
                        id: '448b46c216a34e3e935547f23c945163'
                    }
                    'ui-message-zh-cf94f0d685bb0649': {
                        table: 'sys_ui_message'
                        id: '0257b4c797a64955a4e2c820e5092b86'
                    }
                    'ui-message-zh-cf9b77061f7b3126': {
                        table: 'sys_ui_message'
                        id: 'ae7400f2e0f443c8aa6fd6ae84095283'
                    }
                    'ui-message-zh-cfd30bc836ec0f8e': {
                        table: 'sys_ui_message'
                        id: '94764e25180f47318a5077498075b0c7'
                    }
                    'ui-message-zh-d09e4550a9462428': {
                        table: 'sys_ui_message'
                        id: 'f794bc3401ba4bdf95bc62ff2d7bd5c9'
                    }
                    'ui-message-zh-d1074e68002eda73': {
                        table: 'sys_ui_message'
                        id: 'b6f30c46a8e94218ad4e18f9f076bc92'
                    }
                    'ui-message-zh-d23d73d0b02154ee': {
                        table: 'sys_ui_message'
                        id: 'f95a3196bbb34429b3610071d5cd3a3a'
                    }
                    'ui-message-zh-d2ab4c668834f25f': {
                        table: 'sys_ui_message'
                        id: 'e59099c6c1114b3c9ed407a80fe9a048'
                    }
                    'ui-message-zh-d3dfb6377e76701b': {
                        table: 'sys_ui_message'
                        id: 'a8578ec7959b4341bca88c65cfeb050f'
                    }
                    'ui-message-zh-d4bb76013102e985': {
                        table: 'sys_ui_message'
                        id: 'bf58a19932224ea5934f205712824f19'
                    }
                    'ui-message-zh-d5e036505517bd7b': {
                        table: 'sys_ui_message'
                        id: '922bd189293b4a05910e4f67fd0c01fd'
                    }
                    'ui-message-zh-d6091c08711623a6': {
                        table: 'sys_ui_message'
                        id: '8968134ac4014ccfbaac0741413dd116'
                    }
                    'ui-message-zh-d624ada857134ad1': {
                        table: 'sys_ui_message'
                        id: '1aa0ee5429ab430dbd9202e0ccb2d1f3'
                    }
                    'ui-message-zh-d687bedcf105819b': {
                        table: 'sys_ui_message'
                        id: '2b07a7ead79d48348381039fd2585b44'
                    }
                    'ui-message-zh-d6b14b55b4ca9270': {
                        table: 'sys_ui_message'
                        id: 'a0bcb014e58545a39274bd8e51bbadca'
                    }
                    'ui-message-zh-d6e1dfa5305b15dc': {
                        table: 'sys_ui_message'
                        id: '636c2f3df30c41cfb581702a3b3dc04a'
                    }
                    'ui-message-zh-d7df03c04ece2fd1': {
                        table: 'sys_ui_message'
                        id: '1105e112c9c94d999d70c7598d204ada'
                    }
                    'ui-message-zh-d83c26cdf76d490d': {
                        table: 'sys_ui_message'
                        id: 'd2b4935372e14537b4cc7e3c563b26f8'
                    }
                    'ui-message-zh-d96b53b45299b216': {
                        table: 'sys_ui_message'
                        id: 'f69d4e214da14bdf81705cbc8d1b7eee'
                    }
                    'ui-message-zh-d999aeb0545fa93c': {
                        table: 'sys_ui_message'
                        id: '5066dd77aaaf40279962546115cdedaf'
                    }
                    'ui-message-zh-d9f69d98dfaf721e': {
                        table: 'sys_ui_message'
                        id: '1ce431098c554bb18e585acc1cfe304e'
                    }
                    'ui-message-zh-db3048e7b74bf0ba': {
                        table: 'sys_ui_message'
                        id: '205a7fdc6b0e431cb9738f35c052ef8a'
                    }
                    'ui-message-zh-db970f0c23ae32d9': {
                        table: 'sys_ui_message'
                        id: '5e73c009c3664a878c8fac539b16f1a2'
                    }
                    'ui-message-zh-dbe721166e32ff7f': {
                        table: 'sys_ui_message'
                        id: '57a0a5cc52bd4312a8c3f39633c34941'
                    }
                    'ui-message-zh-dc6df45f7a27a257': {
                        table: 'sys_ui_message'
                        id: 'f15c1d717cd44e7585b0d8396bb2ae13'
                    }
                    'ui-message-zh-dd7a5744a5369e47': {
                        table: 'sys_ui_message'
                        id: '55bd0c2fb6f9497db72ee28149a6df0e'
                    }
                    'ui-message-zh-de14c104cf5bda1f': {
                        table: 'sys_ui_message'
                        id: 'd46c993fe4984841aeca098144ce5135'
                    }
                    'ui-message-zh-dee4b46e619df1f6': {
                        table: 'sys_ui_message'
                        id: '2162af54a5cc4e2abeb154a7c755e70a'
                    }
                    'ui-message-zh-defd946ae120431b': {
                        table: 'sys_ui_message'
                        id: 'e9b0059f461a45d19869ad08c7d1bcd9'
                    }
                    'ui-message-zh-df6705bec10fe241': {
                        table: 'sys_ui_message'
                        id: 'aabd56b1442c40969685ec0b9d206ccc'
                    }
                    'ui-message-zh-dfe56232bd3569a7': {
                        table: 'sys_ui_message'
                        id: 'bfc78c83489e439493a4f74258a43f7c'
                    }
                    'ui-message-zh-dfeab78cf75a93db': {
                        table: 'sys_ui_message'
                        id: '5fd08b305e674c8d9475a7e1de8c09ed'
                    }
                    'ui-message-zh-e0f844ec780fd0d6': {
                        table: 'sys_ui_message'
                        id: 'c70dd8f8a5444b478c19b83138d09deb'
                    }
                    'ui-message-zh-e310b1ba0066bc5d': {
                        table: 'sys_ui_message'
                        id: '566d3dffb55148aeb4ecb6e85fe05415'
                    }
                    'ui-message-zh-e32309bdb3f043a2': {
                        table: 'sys_ui_message'
                        id: 'e9c39925f91d449188c3b58911166fd2'
                    }
                    'ui-message-zh-e34fd63151598f91': {
                        table: 'sys_ui_message'
                        id: '4b7673909bd2456fa24906525559be24'
                    }
                    'ui-message-zh-e49119d163cf5a35': {
                        table: 'sys_ui_message'
                        id: 'd1f843d0414743cca40c77a611ac281f'
                    }
                    'ui-message-zh-e4ad788db4389586': {
                        table: 'sys_ui_message'
                        id: 'abffa6b2beb840b18987f5463e362c20'
                    }
                    'ui-message-zh-e5aa18f45ee509a3': {
                        table: 'sys_ui_message'
                        id: 'b152f8d8203c451f808bfb0b8cf0c329'
                    }
                    'ui-message-zh-e5ab59c0f92c1764': {
                        table: 'sys_ui_message'
                        id: '00618a0faf6a409b95b0d385c2855cf1'
                    }
                    'ui-message-zh-e5ea143d72a0ee0b': {
                        table: 'sys_ui_message'
                        id: '9594fc937a764a958f020cac4651d0d5'
                    }
                    'ui-message-zh-e5fd9cfe0e803911': {
                        table: 'sys_ui_message'
                        id: '57a80dff7afc43d89fa4be5cb07a97fc'
                    }
                    'ui-message-zh-e69460b1ea14b905': {
                        table: 'sys_ui_message'
                        id: '0a23304197da470faf0cb5e04483ddfe'
                    }
                    'ui-message-zh-e73298f85341036f': {
                        table: 'sys_ui_message'
                        id: 'fac578e9da9a4846a258d6542b22b00e'
                    }
                    'ui-message-zh-e7818bc72e1064d2': {
                        table: 'sys_ui_message'
                        id: 'a44aa74c9e2e4a388a3c13e1650051eb'
                    }
                    'ui-message-zh-e7ca7131e791c98c': {
                        table: 'sys_ui_message'
                        id: '2ac4322d963847efb36c4f1c213c6a2e'
                    }
                    'ui-message-zh-e802079214a31919': {
                        table: 'sys_ui_message'
                        id: '008012dd266242edafd2c7af5f772759'
                    }
                    'ui-message-zh-e853bd5092519017': {
                        table: 'sys_ui_message'
                        id: '1aa34ce93ea741a29912f736df62237b'
                    }
                    'ui-message-zh-e9eced07c6357e1b': {
                        table: 'sys_ui_message'
                        id: '054d57d0aba04e7a9687bb01048399f1'
                    }
                    'ui-message-zh-e9fc69937e4fd10e': {
                        table: 'sys_ui_message'
                        id: '9657eb487d574c24a4a60e1973b2e9bf'
                    }
                    'ui-message-zh-ea1d5c73ce67c261': {
                        table: 'sys_ui_message'
                        id: '89f59c149b9a4593a19472953640f4db'
                    }
                    'ui-message-zh-ea9d25e8327976c3': {
                        table: 'sys_ui_message'
                        id: 'a6408293feec422e9488994d0b769d88'
                    }
                    'ui-message-zh-eac48ca93a15f4ae': {
                        table: 'sys_ui_message'
                        id: 'df91c1bee9314cd2a2ccfa20e2e93f21'
                    }
                    'ui-message-zh-ec00bb1fa0d37eb1': {
                        table: 'sys_ui_message'
                        id: 'e223ef5d45a4471baa61c1ebdef6a65f'
                    }
                    'ui-message-zh-ec3055ef0defaf89': {
                        table: 'sys_ui_message'
                        id: '567ab8d1252c472487765da38e6ac9f4'
                    }
                    'ui-message-zh-edbe14626272d448': {
                        table: 'sys_ui_message'
                        id: 'a3bf0ed8cc874914b81a194568f82c5f'
                    }
                    'ui-message-zh-ee68d3496bb455d5': {
                        table: 'sys_ui_message'
                        id: '003e025796aa495484045ce8aaf2604a'
                    }
                    'ui-message-zh-eeefc018ba68ac8c': {
                        table: 'sys_ui_message'
                        id: '0e8fb668dd1c465abf73a7949f49fc33'
                    }
                    'ui-message-zh-efc007a393f66cdb': {
                        table: 'sys_ui_message'
                        id: '5a19191f0587441ebd92db3f38f683b2'
                    }
                    'ui-message-zh-f016b6e6269f1168': {
                        table: 'sys_ui_message'
                        id: 'd7722bdcfcc249d0bf4b7f760931d38a'
                    }
                    'ui-message-zh-f18e20a11258c2be': {
                        table: 'sys_ui_message'
                        id: '49727078bdfc4fee8fd22833245b0cff'
                    }
                    'ui-message-zh-f1c634cae3894f83': {
                        table: 'sys_ui_message'
                        id: '972f04a1eb6d411a956a5449d6207224'
                    }
                    'ui-message-zh-f1f510e8f620a8e1': {
                        table: 'sys_ui_message'
                        id: '0499409b905f4ad8a5ca7feb65c1286d'
                    }
                    'ui-message-zh-f26d168787cc7f61': {
                        table: 'sys_ui_message'
                        id: 'd1defef75cbb4665b5b1f6716308c05d'
                    }
                    'ui-message-zh-f3099a05d4e2b3d8': {
                        table: 'sys_ui_message'
                        id: '2e332d1dbbac46e998308c227cfb0ed2'
                    }
                    'ui-message-zh-f365cda67f13bedd': {
                        table: 'sys_ui_message'
                        id: '322584f736974f00adc6dd950ec2e070'
                    }
                    'ui-message-zh-f387f50230f98fe9': {
                        table: 'sys_ui_message'
                        id: 'ff0f8d7a119d4122b4661722cad1101c'
                    }
                    'ui-message-zh-f43884244baa2d94': {
                        table: 'sys_ui_message'
                        id: '65bd362ce14b49d99b4c28ed615f4bac'
                    }
                    'ui-message-zh-f44a1f3f69fab675': {
                        table: 'sys_ui_message'
                        id: 'be2387b985a94580bb1e4140d005c76a'
                    }
                    'ui-message-zh-f594f550a845b7a3': {
                        table: 'sys_ui_message'
                        id: '59fe0ce843174febbe646799a1e4052d'
                    }
                    'ui-message-zh-f6fddf5b5602aaa8': {
                        table: 'sys_ui_message'
                        id: '9d45abddd5bc49a6ba9d69757cd44ebc'
                    }
                    'ui-message-zh-f741e3daf99235e4': {
                        table: 'sys_ui_message'
                        id: 'c2fecdb3d6314a459e4d224d27523452'
                    }
                    'ui-message-zh-f7e7a2d4728b362f': {
                        table: 'sys_ui_message'
                        id: '492d58217a8d4b7082d1a18a1c702e17'
                    }
                    'ui-message-zh-f80bc45f1d7d4b4b': {
                        table: 'sys_ui_message'
                        id: 'e1576093a9cb42e797c80cfe3e0eed6a'
                    }
                    'ui-message-zh-fa0807039d1d049a': {
                        table: 'sys_ui_message'
                        id: '1eda94de58974a0c830c7cc31564f5d8'
                    }
                    'ui-message-zh-fa64e68f59a68d8b': {
                        table: 'sys_ui_message'
                        id: '319ca7553e6d42b194dc91e5665e26fd'
                    }
                    'ui-message-zh-fa67c5d491b5985f': {
                        table: 'sys_ui_message'
                        id: '579c34ecd9834d8bb9abc4c187b14b7f'
                        deleted: true
                    }
                    'ui-message-zh-fb32f5871e4c9e1e': {
                        table: 'sys_ui_message'
                        id: 'bd81ca74c6a242dea40aca1b32676ae6'
                    }
                    'ui-message-zh-fb63f72feecc9f7a': {
                        table: 'sys_ui_message'
                        id: '878138ec87ff47118a848f25637610b8'
                    }
                    'ui-message-zh-fbae3edb049b1ad6': {
                        table: 'sys_ui_message'
                        id: '1d26d0b26e5346ca9dca9856dc8da318'
                    }
                    'ui-message-zh-fc1612988cfe9690': {
                        table: 'sys_ui_message'
                        id: '8a015f4e58494b4e8a6a575737204832'
                    }
                    'ui-message-zh-fd55e96d737de4da': {
                        table: 'sys_ui_message'
                        id: '0bd3b724ac004fd6841184bbf1f6e7fb'
                    }
                    'ui-message-zh-fd993453f7829c20': {
                        table: 'sys_ui_message'
                        id: '99f8341ee23c497c8e81de97116a815f'
                    }
                    'ui-message-zh-febf536e633ebb97': {
                        table: 'sys_ui_message'
                        id: '17f82dc5d6e7468982b0d9ac4a09cab3'
                    }
                    'ui-message-zh-ffbb40f5a5531f52': {
                        table: 'sys_ui_message'
                        id: '6ca697acd4d94df0ab9605201afccfc6'
                    }
                    'ui-message-zh-ffebf85f977216c4': {
                        table: 'sys_ui_message'
                        id: 'c1f854f7325d4631af932680f1acb2ea'
                    }
                    'Updates ({0})': {
                        table: 'sys_ui_message'
                        id: 'd60aafbe199b403f8876a002809d9222'
                        deleted: true
                    }
                    'User claim / user field': {
                        table: 'sys_ui_message'
                        id: '5c4688648c934905aaddef049ca0b560'
                        deleted: true
                    }
                    'User ID (client ID of the REST-user app)': {
                        table: 'sys_ui_message'
                        id: 'd982075b509c490ab0499ce09ace3fe8'
                        deleted: true
                    }
                    'User impact': {
                        table: 'sys_ui_message'
                        id: '0e4fa9eee89b4eaab559a8b80ed5ef59'
                        deleted: true
                    }
                    'Verification tests': {
                        table: 'sys_ui_message'
                        id: 'b3f3c56673444bdeaebab1249c620b97'
                        deleted: true
                    }
                    'Verifying service': {
                        table: 'sys_ui_message'
                        id: 'e543ac3b85e04ee3978832998d728db9'
                        deleted: true
                    }
                    'Waiting on customer': {
                        table: 'sys_ui_message'
                        id: '6253e3a79e7e4e51a1a08db237f7a859'
                        deleted: true
                    }
                    'Was this helpful?': {
                        table: 'sys_ui_message'
                        id: '3321bf4eb1f549cc8e62a0dac370240f'
                        deleted: true
                    }
                    'Without a linked account the app default {0} is used.': {
                        table: 'sys_ui_message'
                        id: '84d9bea2ee1e46e1bf5d496786dfdfae'
                        deleted: true
                    }
                    'x_mioms_m365_assis.0_is_not_on_the_tenant_domain_1_check_t.2af2bc5c': {
                        table: 'sys_ui_message'
                        id: 'bf3c9e1eb60b4934aed71912997157a0'
                    }
                    'x_mioms_m365_assis.0_of_1_tests_did_not_pass_fix_what_each.6272a101': {
                        table: 'sys_ui_message'
                        id: '48287f41681843ff9feaa62c6d7c1c5b'
                        deleted: true
                    }
                    'x_mioms_m365_assis.0_of_1_tests_did_not_pass_the_integrati.2e7c591f': {
                        table: 'sys_ui_message'
                        id: 'eebc6c3657d04e8a88e7790596fde71d'
                        deleted: true
                    }
                    'x_mioms_m365_assis.active_users_with_web_service_access_onl.bd467bb0': {
                        table: 'sys_ui_message'
                        id: '1fadac1e0b144c50aa6d8d18ffe4769c'
                    }
                    'x_mioms_m365_assis.administrators_can_contact_microsoft_sup.7dd7f839': {
                        table: 'sys_ui_message'
                        id: 'b85762a8f2a94ee88ddc8893ef75c758'
                    }
                    'x_mioms_m365_assis.advisory.1597c5ce': {
                        table: 'sys_ui_message'
                        id: '15a9de7c7ba940e48a9292f98de5f702'
                    }
                    'x_mioms_m365_assis.agree.c6362be3': {
                        table: 'sys_ui_message'
                        id: '02f1046cfb87441585bf84fd17f6ed6e'
                    }
                    'x_mioms_m365_assis.all_tests_passed_on_0_utc_setup_is_compl.195dd44d': {
                        table: 'sys_ui_message'
                        id: '7b54ec8addd94b2e8eef14aa7609c3f5'
                    }
                    'x_mioms_m365_assis.an_admin_account_of_your_tenant_for_exam.b608b656': {
                        table: 'sys_ui_message'
                        id: 'f0996d733aba4192838a30a2c8bb9fbc'
                    }
                    'x_mioms_m365_assis.ask_your_servicenow_admin_for_a_microsof.972a457d': {
                        table: 'sys_ui_message'
                        id: 'f523eea66714417a9b9e826b09a24511'
                    }
                    'x_mioms_m365_assis.authentication_type_0.fe9ad08d': {
                        table: 'sys_ui_message'
                        id: '47810e0a855c45b0bf2e027ddb110766'
                    }
                    'x_mioms_m365_assis.back.c2954bc2': {
                        table: 'sys_ui_message'
                        id: 'd37713d0f2da408f84f630296e683961'
                    }
                    'x_mioms_m365_assis.cancel.35afca3b': {
                        table: 'sys_ui_message'
                        id: '0933fa527d074b6da90b7e27f8a34fb3'
                    }
                    'x_mioms_m365_assis.case_0.696d0d0f': {
                        table: 'sys_ui_message'
                        id: '8c57ca473e3b4495b9c03c1cc76f02a3'
                    }
                    'x_mioms_m365_assis.check_when_users_sign_in_to_this_instanc.d11d3a32': {
                        table: 'sys_ui_message'
                        id: '1d26676b09c145aba0352348cfe24e75'
                    }
                    'x_mioms_m365_assis.checked_microsoft_support_agents_do_not.14809e74': {
                        table: 'sys_ui_message'
                        id: 'fb6a717684d34488bb76a4cba72c5a7e'
                    }
                    'x_mioms_m365_assis.client_id_and_client_secret_the_values_f.683efef1': {
                        table: 'sys_ui_message'
                        id: 'bd11e92d997a4e8a97f7a964d51ce6cb'
                    }
                    'x_mioms_m365_assis.client_id_outbound_app_id.d3603b40': {
                        table: 'sys_ui_message'
                        id: '6eba9849dcc24f449f81fae66819c57c'
                    }
                    'x_mioms_m365_assis.client_id_rest_api_app.ad9b0c85': {
                        table: 'sys_ui_message'
                        id: 'a71151c9c43c46d7a17b88c11ca08fbf'
                    }
                    'x_mioms_m365_assis.closed_by_microsoft.86ffd18e': {
                        table: 'sys_ui_message'
                        id: '3c2c4f63fc414f198018ed8eaca52770'
                    }
                    'x_mioms_m365_assis.closed.3201cae5': {
                        table: 'sys_ui_message'
                        id: '694ff41ab7cc459ab2aec349778089b6'
                    }
                    'x_mioms_m365_assis.confirmed.382d99ae': {
                        table: 'sys_ui_message'
                        id: '6aa26c76d7bb4a4a85bdf8fd23377865'
                    }
                    'x_mioms_m365_assis.connector_app_id_uri_resource.fdf8579d': {
                        table: 'sys_ui_message'
                        id: 'bceba900290549e9b977daf2272f061c'
                    }
                    'x_mioms_m365_assis.connector_endpoint_url.0a24f164': {
                        table: 'sys_ui_message'
                        id: '07e6fcaf2ba74c699cdfe4f1c0f66994'
                    }
                    'x_mioms_m365_assis.contact_email.2716f62b': {
                        table: 'sys_ui_message'
                        id: 'fe08c3b5c4894f5c83a4064015bfcef2'
                    }
                    'x_mioms_m365_assis.contact_microsoft_support.b9d60534': {
                        table: 'sys_ui_message'
                        id: '9ae06b18e1ef49fdbd82e970237655a9'
                    }
                    'x_mioms_m365_assis.contact_name.1f6398f2': {
                        table: 'sys_ui_message'
                        id: 'ae60ddb15b07440c9128a261ff15c5a2'
                    }
                    'x_mioms_m365_assis.contact_phone.ba37cdb3': {
                        table: 'sys_ui_message'
                        id: 'd4172a8e3d544725b03487552455dc98'
                    }
                    'x_mioms_m365_assis.copied.8dc21305': {
                        table: 'sys_ui_message'
                        id: 'a82644c154a24fffb04a6d67a9335af0'
                    }
                    'x_mioms_m365_assis.copy_0.be2128a6': {
                        table: 'sys_ui_message'
                        id: '73c2e1f9b7a149509eabde0bc7d46e80'
                    }
                    'x_mioms_m365_assis.copy.658f3664': {
                        table: 'sys_ui_message'
                        id: 'c89270dd32b344b185ab0ae4f72ad572'
                    }
                    'x_mioms_m365_assis.create_the_user_in_organization_users_wi.e0b316d4': {
                        table: 'sys_ui_message'
                        id: '222b229e1b794ebdb1c0314fc399a60a'
                    }
                    'x_mioms_m365_assis.description.66de7a09': {
                        table: 'sys_ui_message'
                        id: '320c0628751c401c99d664d52e4b5cc4'
                    }
                    'x_mioms_m365_assis.do_not_select_next_until_these_values_ar.78c17708': {
                        table: 'sys_ui_message'
                        id: 'eb13258ff3ab4c068adaba087f00f25e'
                    }
                    'x_mioms_m365_assis.does_this_instance_allow_basic_authentic.959c7956': {
                        table: 'sys_ui_message'
                        id: '440937a174ef470cb994e6a4eb9c6580'
                    }
                    'x_mioms_m365_assis.done.26f38071': {
                        table: 'sys_ui_message'
                        id: 'bc6cc396994b4024a082e3b8861b0d4f'
                    }
                    'x_mioms_m365_assis.entra_admin_in_the_azure_portal_app_regi.3d8ab476': {
                        table: 'sys_ui_message'
                        id: '517320c112e44ac9a7862d3869425391'
                    }
                    'x_mioms_m365_assis.entra_admin_register_a_rest_api_app_sing.3b856721': {
                        table: 'sys_ui_message'
                        id: '171bb18e85f94f61bae9a7f79ce75ea2'
                    }
                    'x_mioms_m365_assis.every_incident_form_has_a_microsoft_365.784fb2c8': {
                        table: 'sys_ui_message'
                        id: 'd182b3a52b2343c486cfb7332898e493'
                    }
                    'x_mioms_m365_assis.every_user_will_see_the_final_set_up_ste.de7b8201': {
                        table: 'sys_ui_message'
                        id: 'e1f1668df1f345bf844533389fec3598'
                    }
                    'x_mioms_m365_assis.extended_recovery.a259cb87': {
                        table: 'sys_ui_message'
                        id: '4810da7517924b5ba0a8ddc7d6f8d311'
                    }
                    'x_mioms_m365_assis.external_oidc_auth_token_microsoft_calls.81c21247': {
                        table: 'sys_ui_message'
                        id: 'd9bb00a4abdd41498a82aad0f2014e23'
                    }
                    'x_mioms_m365_assis.failed_0.5b472700': {
                        table: 'sys_ui_message'
                        id: 'f2972914f5b24e82845c79253d99f7d7'
                    }
                    'x_mioms_m365_assis.failed.5579c3d4': {
                        table: 'sys_ui_message'
                        id: 'fc8b2ad77d0e4b0d9ea4f57fa7cce1fb'
                    }
                    'x_mioms_m365_assis.failed.e0accfb4': {
                        table: 'sys_ui_message'
                        id: 'c4a88a7f1c764f76a5046a4b31a3ed57'
                    }
                    'x_mioms_m365_assis.false_positive.3d67d4bb': {
                        table: 'sys_ui_message'
                        id: '35ac950b8b4344cfb7a49189e028c207'
                    }
                    'x_mioms_m365_assis.for_example_contoso_onmicrosoft_com_a_ve.79c1d64e': {
                        table: 'sys_ui_message'
                        id: 'c33470e42db444be898a5491e6125dd7'
                    }
                    'x_mioms_m365_assis.give_these_values_to_the_microsoft_365_a.2f8466d3': {
                        table: 'sys_ui_message'
                        id: 'ca6995b091b74196aba98e52b9275123'
                    }
                    'x_mioms_m365_assis.go_to_the_features.7b98d9ee': {
                        table: 'sys_ui_message'
                        id: '7aa7454f3a714bb2aa335e45c8b75a89'
                    }
                    'x_mioms_m365_assis.helpful.76f4402d': {
                        table: 'sys_ui_message'
                        id: '06b29f5cbe424067a8d393a1e11b1067'
                    }
                    'x_mioms_m365_assis.how_to_create_it.20f968ab': {
                        table: 'sys_ui_message'
                        id: '05cd45f58735400084af56d968460cad'
                    }
                    'x_mioms_m365_assis.how_to_create_the_outbound_oauth_provide.0cb6b479': {
                        table: 'sys_ui_message'
                        id: '542082bd00bc401eb8513457bf5a7e4d'
                    }
                    'x_mioms_m365_assis.how_to_fix.fa2dc709': {
                        table: 'sys_ui_message'
                        id: '65fafe5f3e9f47b3a78a58382d5743c9'
                    }
                    'x_mioms_m365_assis.https_url_of_the_support_connector_for_e.537634a2': {
                        table: 'sys_ui_message'
                        id: 'b95aea531b174841a3c7a37b9da6b595'
                    }
                    'x_mioms_m365_assis.in_progress.2948b425': {
                        table: 'sys_ui_message'
                        id: 'bd9affc7bc114197980fc7b0420a3820'
                    }
                    'x_mioms_m365_assis.in_the_microsoft_365_admin_center.975643ff': {
                        table: 'sys_ui_message'
                        id: '0358251521894a7c99a13728f2d6f027'
                    }
                    'x_mioms_m365_assis.incident.89aa0b87': {
                        table: 'sys_ui_message'
                        id: '38d526ed86ff4d2ca6ad392462195118'
                    }
                    'x_mioms_m365_assis.insights_only.0bed204a': {
                        table: 'sys_ui_message'
                        id: 'cbdc676f96b442dcaa9e8d8505682a9e'
                    }
                    'x_mioms_m365_assis.integration_status.4feb2141': {
                        table: 'sys_ui_message'
                        id: 'ef3a469d0d7d4fe59b7b8786929ff862'
                    }
                    'x_mioms_m365_assis.integration_user.13d66284': {
                        table: 'sys_ui_message'
                        id: 'afb70f23a0b84ba0a824c50e4ef179c9'
                    }
                    'x_mioms_m365_assis.investigating.924ba467': {
                        table: 'sys_ui_message'
                        id: 'f1a96c885e8345499a2a7fa568ba8a05'
                    }
                    'x_mioms_m365_assis.investigation_suspended.9c85d640': {
                        table: 'sys_ui_message'
                        id: '0c912353300d4b27be984d75d81892db'
                    }
                    'x_mioms_m365_assis.is_this_issue_related_to_the_incident.29f12944': {
                        table: 'sys_ui_message'
                        id: 'a390c96044cc4f87aff955b02f0d08bc'
                    }
                    'x_mioms_m365_assis.keep_it_on.ecea090a': {
                        table: 'sys_ui_message'
                        id: 'dae3900649834a4c95594687e34b9668'
                    }
                    'x_mioms_m365_assis.last_update_0.d47a78fa': {
                        table: 'sys_ui_message'
                        id: 'bbab3bcb91d0400fbf46692937d8bf02'
                    }
                    'x_mioms_m365_assis.link_account.ec0652de': {
                        table: 'sys_ui_message'
                        id: 'c95574ab8548419b86a61b54fdcf4be1'
                    }
                    'x_mioms_m365_assis.link_your_admin_account.b2a98614': {
                        table: 'sys_ui_message'
                        id: '06d2350184494c5e85be733d92dbaefd'
                    }
                    'x_mioms_m365_assis.linked_0_checked_1.23db37ad': {
                        table: 'sys_ui_message'
                        id: '23eeb3e74774430386e8c94836e8e12a'
                    }
                    'x_mioms_m365_assis.loading_microsoft_365_information.5f09cb05': {
                        table: 'sys_ui_message'
                        id: '9565abf302a44628b8e6038d1590d2c5'
                    }
                    'x_mioms_m365_assis.loading_microsoft_recommended_solutions.9b8a5f46': {
                        table: 'sys_ui_message'
                        id: '02af9b30c342478db7823ef57058de0d'
                    }
                    'x_mioms_m365_assis.loading.17b11033': {
                        table: 'sys_ui_message'
                        id: 'b05053add06445a7bb602433ffa9f68d'
                    }
                    'x_mioms_m365_assis.microsoft_365_admin_email.7b04e178': {
                        table: 'sys_ui_message'
                        id: 'f8af8eb472bb4ca49ab6826867ce912b'
                    }
                    'x_mioms_m365_assis.microsoft_365_support_integration_sends.c0716fd7': {
                        table: 'sys_ui_message'
                        id: '37e17874ff254041bedc9e47b62eab8d'
                    }
                    'x_mioms_m365_assis.microsoft_365_support_setup.b7459689': {
                        table: 'sys_ui_message'
                        id: '85ebc2a957c74508bddd4383edb219dd'
                    }
                    'x_mioms_m365_assis.microsoft_365_tenant_domain.7060fbff': {
                        table: 'sys_ui_message'
                        id: 'b87ec320bcae4eef8459fa60f4a3f514'
                    }
                    'x_mioms_m365_assis.microsoft_calls_this_instance_with_an_en.19bdf555': {
                        table: 'sys_ui_message'
                        id: '6fafb67275234afe921a83d3445a700e'
                    }
                    'x_mioms_m365_assis.microsoft_calls_this_instance_with_an_in.39d4d9c7': {
                        table: 'sys_ui_message'
                        id: '6abd9d9871b2480e8a8dabb6fd36d376'
                    }
                    'x_mioms_m365_assis.microsoft_processes_this_data_under_the.28d54e24': {
                        table: 'sys_ui_message'
                        id: 'b004ae4219854638be479b6c62502816'
                    }
                    'x_mioms_m365_assis.microsoft_recommended_solutions.dc0210d0': {
                        table: 'sys_ui_message'
                        id: 'a0e1d567dbe741ff8265e7d5cbc72256'
                    }
                    'x_mioms_m365_assis.microsoft_retired_its_hosted_connector_s.e38a686a': {
                        table: 'sys_ui_message'
                        id: '065d431c17554dc3ae8c6f2037546191'
                    }
                    'x_mioms_m365_assis.microsoft_support_agents_do_not_contact.99b88fd4': {
                        table: 'sys_ui_message'
                        id: 'eb03559ca7804301a9002a2b9adfc130'
                    }
                    'x_mioms_m365_assis.microsoft_support_cases_you_open_from_in.92f98f52': {
                        table: 'sys_ui_message'
                        id: '647077701c1e4106af2e703e796a45e4'
                    }
                    'x_mioms_m365_assis.microsoft_support_cases.9c117ed5': {
                        table: 'sys_ui_message'
                        id: '73f6887048c54cd2b5c4d72edf68c5de'
                    }
                    'x_mioms_m365_assis.microsoft_support_could_not_be_reached_y.2a349f58': {
                        table: 'sys_ui_message'
                        id: 'fd3140e1925347f78fde9039cf26f08c'
                    }
                    'x_mioms_m365_assis.mitigated_external.0dd461d9': {
                        table: 'sys_ui_message'
                        id: 'f9f4e9acb4f8402bbc3483da51342c8b'
                    }
                    'x_mioms_m365_assis.mitigated.ef9e08d5': {
                        table: 'sys_ui_message'
                        id: '48115b4c0c484b859b630ce9e8cb6642'
                    }
                    'x_mioms_m365_assis.next_run_the_verification_tests.713bd896': {
                        table: 'sys_ui_message'
                        id: '8a4098223c9f463f9753b4eff55cb9d8'
                    }
                    'x_mioms_m365_assis.next_runs_the_verification_tests.39fadce9': {
                        table: 'sys_ui_message'
                        id: '2e5f183de8324eb68b4789c85ab728c2'
                    }
                    'x_mioms_m365_assis.next.dce2da08': {
                        table: 'sys_ui_message'
                        id: 'f81dd5337b104cd0ad3c806f1a327f20'
                    }
                    'x_mioms_m365_assis.no_microsoft_365_service_health_issue_ma.42688649': {
                        table: 'sys_ui_message'
                        id: 'f63a94c739f843a79e52561b92ba1a69'
                    }
                    'x_mioms_m365_assis.no_microsoft_entra_id_aad_oauth_token.4e4c552a': {
                        table: 'sys_ui_message'
                        id: 'c481332e7bc74d2ca1c6891e4a478b80'
                    }
                    'x_mioms_m365_assis.no_microsoft_support_case_was_opened_for.a1d5e044': {
                        table: 'sys_ui_message'
                        id: '033472ec299f4aafa6b955fa6b163a92'
                    }
                    'x_mioms_m365_assis.no_profile_yet_create_one.67571533': {
                        table: 'sys_ui_message'
                        id: '327d8031095e4ee8bc8846e7aca42290'
                    }
                    'x_mioms_m365_assis.no_recommended_solutions_were_found.7041f7ac': {
                        table: 'sys_ui_message'
                        id: 'd831456139f342928e47bc233fe3ab22'
                    }
                    'x_mioms_m365_assis.no_such_user_yet_create_one_in_organizat.44f81ff3': {
                        table: 'sys_ui_message'
                        id: 'e5d1775565634247880673e2e569ef89'
                    }
                    'x_mioms_m365_assis.none.90458a20': {
                        table: 'sys_ui_message'
                        id: '5f5c8bbd72f34c788bedf3dcd4e2732b'
                    }
                    'x_mioms_m365_assis.not_helpful.8b910974': {
                        table: 'sys_ui_message'
                        id: 'c6a86f30aded481098ae7c2ba34a74df'
                    }
                    'x_mioms_m365_assis.not_polled_yet_the_app_has_not_read_micr.4ce8eb94': {
                        table: 'sys_ui_message'
                        id: 'b8cf3f0e1e6544109a067f25f4a99e73'
                    }
                    'x_mioms_m365_assis.not_related.59157171': {
                        table: 'sys_ui_message'
                        id: '87f7f90720b944bfaf64503a30f7221a'
                    }
                    'x_mioms_m365_assis.not_run_0.ca43f7a9': {
                        table: 'sys_ui_message'
                        id: '724ed0c1b81f4611960a84ec70d92e1a'
                    }
                    'x_mioms_m365_assis.not_run.8ae97577': {
                        table: 'sys_ui_message'
                        id: '7cb8793a9bba4f90b2d883780ef0693e'
                    }
                    'x_mioms_m365_assis.not_set.a541b773': {
                        table: 'sys_ui_message'
                        id: 'bc9bac2382454ea991c96307e9248954'
                    }
                    'x_mioms_m365_assis.not_validated_0.1481a648': {
                        table: 'sys_ui_message'
                        id: '28e5d64ede934eaa9926df4c4fb7ae6e'
                    }
                    'x_mioms_m365_assis.not_yet_sent_to_microsoft.f07a46ab': {
                        table: 'sys_ui_message'
                        id: 'a5b698c5220040099f5c445a76615ed2'
                    }
                    'x_mioms_m365_assis.note_from_0_1.2b0cc8b6': {
                        table: 'sys_ui_message'
                        id: 'f53df7cb9c7949c5bf6644136530e90e'
                    }
                    'x_mioms_m365_assis.nothing_else_to_do_here_run_the_verifica.0b0cccca': {
                        table: 'sys_ui_message'
                        id: '83b15b23b53b48ec984661b4963cd558'
                    }
                    'x_mioms_m365_assis.oauth_api_endpoint_for_external_clients.59171df9': {
                        table: 'sys_ui_message'
                        id: 'da271455a35c4719bc6293f55622df37'
                    }
                    'x_mioms_m365_assis.oauth_api_script_oauthm365entraresource.ff4d4d0d': {
                        table: 'sys_ui_message'
                        id: '661b88764ca244c191f8ae243dfb4784'
                    }
                    'x_mioms_m365_assis.oauth_profile_for_the_outbound_oauth_pro.727e7f65': {
                        table: 'sys_ui_message'
                        id: '7172d99198e74e2c807b4c03439e0bc4'
                    }
                    'x_mioms_m365_assis.oidc_metadata_url.3df738f8': {
                        table: 'sys_ui_message'
                        id: 'de49e872aa384688a74368518ee44d3b'
                    }
                    'x_mioms_m365_assis.oidc_provider_configuration_oidc_provide.2bd0dc1e': {
                        table: 'sys_ui_message'
                        id: 'a0638209e12c40c899cf8d2fd041cb6c'
                    }
                    'x_mioms_m365_assis.oidc_provider_oauth_client.5c7fb8be': {
                        table: 'sys_ui_message'
                        id: 'be3e8dcbf5e440cf989b47fd343933e7'
                    }
                    'x_mioms_m365_assis.open_incidents.ca06619e': {
                        table: 'sys_ui_message'
                        id: '406010834840411cbb4b24479f5c2c79'
                    }
                    'x_mioms_m365_assis.open_service_health.82daa020': {
                        table: 'sys_ui_message'
                        id: 'f76ac7ecb7814894b9151e87a7e9a18e'
                    }
                    'x_mioms_m365_assis.open_setup.d505defc': {
                        table: 'sys_ui_message'
                        id: '269993cb3fd24c1ab466517876fa2b95'
                    }
                    'x_mioms_m365_assis.open.538b10e9': {
                        table: 'sys_ui_message'
                        id: '46b29b55a91641b3a72415274a5b9984'
                    }
                    'x_mioms_m365_assis.opened_as_microsoft_365_admin_0.cbd12715': {
                        table: 'sys_ui_message'
                        id: 'ff58ad8d09554b2a9c908b3123f73707'
                    }
                    'x_mioms_m365_assis.passed_0.3f883ef7': {
                        table: 'sys_ui_message'
                        id: '5f4343507fb6490dad95f1bd4c4b7fe3'
                    }
                    'x_mioms_m365_assis.passed.513cb799': {
                        table: 'sys_ui_message'
                        id: 'e020388e453d40d494555e6cc850ae9b'
                    }
                    'x_mioms_m365_assis.pending.3352afdc': {
                        table: 'sys_ui_message'
                        id: '6a5ddcc5edb042c6811932923d50eeb1'
                    }
                    'x_mioms_m365_assis.post_incident_report_published.1c9db1cc': {
                        table: 'sys_ui_message'
                        id: 'bf96145949094c10814f429a9940df27'
                    }
                    'x_mioms_m365_assis.profiles_with_the_client_credentials_gra.1c2fad6f': {
                        table: 'sys_ui_message'
                        id: 'ae73dacdcf064edbb25541ded1e9289f'
                    }
                    'x_mioms_m365_assis.refresh.0815aad4': {
                        table: 'sys_ui_message'
                        id: 'bd078c7c1b5c44e682ce30e72d107c7b'
                    }
                    'x_mioms_m365_assis.related.4b2466d8': {
                        table: 'sys_ui_message'
                        id: '1fe627b7da874749a239ac53e364f5da'
                    }
                    'x_mioms_m365_assis.reported.49845bca': {
                        table: 'sys_ui_message'
                        id: 'cc1106f1bd134cd488556a7ded6b6b44'
                    }
                    'x_mioms_m365_assis.repository_id.49e2aa42': {
                        table: 'sys_ui_message'
                        id: '68ef907fd23d4615b2ec2f8c04baae0a'
                    }
                    'x_mioms_m365_assis.resolved_external.eb05d629': {
                        table: 'sys_ui_message'
                        id: '9b60f7a7884f447a885094b14b945079'
                    }
                    'x_mioms_m365_assis.resolved.503b5525': {
                        table: 'sys_ui_message'
                        id: 'dd5e6f9612324b2b8ebb793e0572dce7'
                    }
                    'x_mioms_m365_assis.restoring_service.b2a392bd': {
                        table: 'sys_ui_message'
                        id: '8e9add480e794f6a97ab5303c115269a'
                    }
                    'x_mioms_m365_assis.results_for_0.10635b1a': {
                        table: 'sys_ui_message'
                        id: '988d46e8240146cab1f7b23deaae2d87'
                    }
                    'x_mioms_m365_assis.run_the_verification_tests_again.208e1145': {
                        table: 'sys_ui_message'
                        id: '9ca5818d03ec4f508636a42f48708273'
                    }
                    'x_mioms_m365_assis.running_tests.4127c7ed': {
                        table: 'sys_ui_message'
                        id: '3266bad1c918427fa071e3cd8150d627'
                    }
                    'x_mioms_m365_assis.save_come_back_here_and_reload_the_page.de20a9c8': {
                        table: 'sys_ui_message'
                        id: '99a0d605131049fc97b4f3a9dba94f05'
                    }
                    'x_mioms_m365_assis.save.4d2d5d68': {
                        table: 'sys_ui_message'
                        id: 'ca9951dc3e7541069e181de2df7df2d8'
                    }
                    'x_mioms_m365_assis.saved_0.487a46ec': {
                        table: 'sys_ui_message'
                        id: '6eb54b371e9a4bb880f508ec83ee568c'
                        deleted: true
                    }
                    'x_mioms_m365_assis.saved_microsoft_support_cases_you_open_u.3683b4ae': {
                        table: 'sys_ui_message'
                        id: '62a9f5f7fca149889af472331c3aacc1'
                    }
                    'x_mioms_m365_assis.saved_results_the_search_service_is_not.44bd8d5c': {
                        table: 'sys_ui_message'
                        id: 'b800cfaad0494c46804be256eb34172e'
                    }
                    'x_mioms_m365_assis.search_for_other_solutions.450461ec': {
                        table: 'sys_ui_message'
                        id: '5f1abf8963344b94b2abd770d806b7e1'
                    }
                    'x_mioms_m365_assis.search.c646a2c9': {
                        table: 'sys_ui_message'
                        id: '62947a92c0b84f64b6956772a7987764'
                    }
                    'x_mioms_m365_assis.searching_microsoft_recommended_solution.d6a1d406': {
                        table: 'sys_ui_message'
                        id: '315e6595265b4f269ef8c44caaeb703c'
                    }
                    'x_mioms_m365_assis.select_a_profile.04c3f183': {
                        table: 'sys_ui_message'
                        id: '28378b063b8242008519b01e1dd309fe'
                    }
                    'x_mioms_m365_assis.select_a_user.12c030a5': {
                        table: 'sys_ui_message'
                        id: '895f5916d26f496395e12c33e18411eb'
                    }
                    'x_mioms_m365_assis.select_an_oauth_client.122b014c': {
                        table: 'sys_ui_message'
                        id: '0339e4dc98004b8c827e8aa630706b1b'
                    }
                    'x_mioms_m365_assis.select_an_oidc_entity.f0a23166': {
                        table: 'sys_ui_message'
                        id: 'b3d384bda97c4955b425e76c99c24626'
                    }
                    'x_mioms_m365_assis.select_the_value_and_copy_it_with_ctrl_c.7011c9df': {
                        table: 'sys_ui_message'
                        id: '910152783d844c01b75cfe96f4eb93ed'
                    }
                    'x_mioms_m365_assis.service_degradation.83999318': {
                        table: 'sys_ui_message'
                        id: '9809aaa7dacc4e2e835e5ae8e02f82ad'
                    }
                    'x_mioms_m365_assis.service_health_and_recommended_solutions.53c05b47': {
                        table: 'sys_ui_message'
                        id: '15ec5c2ef7ca40a48ea4a0cafd42b047'
                    }
                    'x_mioms_m365_assis.service_health_issues.477a48f2': {
                        table: 'sys_ui_message'
                        id: 'e477bfb5b2ff43cdaceed1f0454222e0'
                    }
                    'x_mioms_m365_assis.service_health_last_read_from_microsoft.360957ea': {
                        table: 'sys_ui_message'
                        id: '113d93d5fa244d28b997f65cf1623f0e'
                    }
                    'x_mioms_m365_assis.service_health_lists_the_microsoft_365_s.87757dd7': {
                        table: 'sys_ui_message'
                        id: '998a30f4f085481d95ac32daf6a1ef5c'
                    }
                    'x_mioms_m365_assis.service_interruption.91c11f2b': {
                        table: 'sys_ui_message'
                        id: '31da845403f34f70a62cf1131c217e6e'
                    }
                    'x_mioms_m365_assis.service_operational.6b0bc370': {
                        table: 'sys_ui_message'
                        id: 'f3a54b7858aa4b0ba427965976e722bf'
                    }
                    'x_mioms_m365_assis.service_restored.442dc056': {
                        table: 'sys_ui_message'
                        id: 'bb8a3838d059404f9a74b011aa13a421'
                    }
                    'x_mioms_m365_assis.servicenow_admin_switch_to_the_global_sc.486cf090': {
                        table: 'sys_ui_message'
                        id: 'ba9520ca758b448cafcc75807b2a058a'
                    }
                    'x_mioms_m365_assis.setup_is_complete_what_happens_now.46b048b8': {
                        table: 'sys_ui_message'
                        id: 'e0a4eb91ddbe450885557d18cdc67fa0'
                    }
                    'x_mioms_m365_assis.setup_steps.6002b549': {
                        table: 'sys_ui_message'
                        id: '93aadaed3efb4ffbbbbc5e652c81a408'
                    }
                    'x_mioms_m365_assis.skipped.022ec9b7': {
                        table: 'sys_ui_message'
                        id: '9c4c119cd85a406f8b1c1f077e692196'
                    }
                    'x_mioms_m365_assis.sso_with_microsoft_365.1c497fd0': {
                        table: 'sys_ui_message'
                        id: '80aea0a3f9464f1fb4d0f8d4345bb057'
                    }
                    'x_mioms_m365_assis.status_0.e8215f61': {
                        table: 'sys_ui_message'
                        id: '83f2a86a53cb4cc4ae8ee6bc4442b22e'
                    }
                    'x_mioms_m365_assis.submit.4078e545': {
                        table: 'sys_ui_message'
                        id: 'ae41a76e47164e0b8e35b86cd19891f4'
                    }
                    'x_mioms_m365_assis.submitted.8a095d62': {
                        table: 'sys_ui_message'
                        id: '9752406fc7ef48bb9e2b6f40393d191c'
                    }
                    'x_mioms_m365_assis.system_oauth_application_registry_new_co.20575398': {
                        table: 'sys_ui_message'
                        id: '66519ac567e846bdbffa48125891abb0'
                    }
                    'x_mioms_m365_assis.system_oauth_application_registry_new_cr.9fe5b5c6': {
                        table: 'sys_ui_message'
                        id: 'c547ace3440049c3b6c2626ad29084ff'
                    }
                    'x_mioms_m365_assis.test_environment_microsoft_agents_will_n.bf87f10c': {
                        table: 'sys_ui_message'
                        id: '18320d8a118348e3ac75a54a7b88c747'
                    }
                    'x_mioms_m365_assis.test_environment.ca692c88': {
                        table: 'sys_ui_message'
                        id: 'cb16bf95583b465e8f35cfc94396b6dd'
                    }
                    'x_mioms_m365_assis.tests_0.94ed8c42': {
                        table: 'sys_ui_message'
                        id: '99ec44cf7b3b461e8d17bcc768e1668c'
                    }
                    'x_mioms_m365_assis.the_audience_of_the_outbound_token_for_e.f6f4a457': {
                        table: 'sys_ui_message'
                        id: '53aaa9b2d12b45d48e6ccf0e50d798e1'
                    }
                    'x_mioms_m365_assis.the_first_poll_has_started_open_the_tab.d0dfe2fd': {
                        table: 'sys_ui_message'
                        id: '10398504ee224e948097b7af8ca3ac0d'
                    }
                    'x_mioms_m365_assis.the_microsoft_365_admin_microsoft_contac.6dd71574': {
                        table: 'sys_ui_message'
                        id: 'daadf127204d4564846a68009d1705eb'
                    }
                    'x_mioms_m365_assis.the_repository_name_the_microsoft_365_ad.0599fa72': {
                        table: 'sys_ui_message'
                        id: 'e267fd6f34a44dc187e685acfe3ebc5c'
                    }
                    'x_mioms_m365_assis.the_verification_did_not_pass_fix_what_e.2d409cdf': {
                        table: 'sys_ui_message'
                        id: 'b832d9a12b014697845a75e682f21fcc'
                    }
                    'x_mioms_m365_assis.the_verification_did_not_pass_the_integr.f2a0dbd9': {
                        table: 'sys_ui_message'
                        id: 'ef6c86a0bff74052aad8e8663b865560'
                    }
                    'x_mioms_m365_assis.this_integration_is_set_up_for_insights.ef743be4': {
                        table: 'sys_ui_message'
                        id: 'e1b31da673a2493aaacab8625a67cadc'
                    }
                    'x_mioms_m365_assis.this_is_a_test_environment.34b70751': {
                        table: 'sys_ui_message'
                        id: '5cb4b118be914b01821d62bec84a555d'
                    }
                    'x_mioms_m365_assis.title.24d471a9': {
                        table: 'sys_ui_message'
                        id: '2bb07758d58845c888664440fe8dcfa0'
                    }
                    'x_mioms_m365_assis.token_url_https_login_microsoftonline_co.25a16e70': {
                        table: 'sys_ui_message'
                        id: '9b4ef9d032984e9398796e9ed3fca08a'
                    }
                    'x_mioms_m365_assis.token_url.c073e7e7': {
                        table: 'sys_ui_message'
                        id: '6a257f0323014b18814dab0bd8c0b4b0'
                    }
                    'x_mioms_m365_assis.try_again_in_0_s.93c4ef0c': {
                        table: 'sys_ui_message'
                        id: 'ec718982dd0d4a249968e83db3729db7'
                    }
                    'x_mioms_m365_assis.try_again.213e90fa': {
                        table: 'sys_ui_message'
                        id: 'b8dd362ea47a4def9b21cbcab01cfc00'
                    }
                    'x_mioms_m365_assis.turn_it_off.8747393e': {
                        table: 'sys_ui_message'
                        id: '8e4f4dea84c74e6ab32fccd01e667022'
                    }
                    'x_mioms_m365_assis.turn_the_integration_off_until_fixed.fe11a11c': {
                        table: 'sys_ui_message'
                        id: '1bda2e9d4e374fe1b2330628d02ba440'
                    }
                    'x_mioms_m365_assis.updates_0.b98ffc00': {
                        table: 'sys_ui_message'
                        id: '7a96a1be319a47de9e0b42fdcde0fb12'
                    }
                    'x_mioms_m365_assis.user_claim_user_field.868e47a6': {
                        table: 'sys_ui_message'
                        id: '9e91b55c9b864724badbd57bf7181237'
                    }
                    'x_mioms_m365_assis.user_id_client_id_of_the_rest_user_app.0ea81df3': {
                        table: 'sys_ui_message'
                        id: 'fbc708b4b49042bca1ce54e2f2bcad06'
                    }
                    'x_mioms_m365_assis.user_impact.544c047c': {
                        table: 'sys_ui_message'
                        id: 'e639dd216108408d82e5a686ef94f656'
                    }
                    'x_mioms_m365_assis.user_not_authenticated.9e83ccb4': {
                        table: 'sys_ui_message'
                        id: '45053480b3cd40c9851d36c47726000a'
                    }
                    'x_mioms_m365_assis.user_not_authorized.f69aeff8': {
                        table: 'sys_ui_message'
                        id: 'c07b27fc50ac49f4b7e2673531c22f6d'
                    }
                    'x_mioms_m365_assis.verification_tests.05c243cb': {
                        table: 'sys_ui_message'
                        id: '60e0176e754a411eab3e5851ccf40d49'
                    }
                    'x_mioms_m365_assis.verifying_service.fa29776f': {
                        table: 'sys_ui_message'
                        id: '7a27e2f0b06f45febc1c735ea44050aa'
                    }
                    'x_mioms_m365_assis.waiting_on_customer.94e4a637': {
                        table: 'sys_ui_message'
                        id: '5e7f0521ff9d4e2b9d15f42fd2c1de7d'
                    }
                    'x_mioms_m365_assis.was_this_helpful.471b9bbd': {
                        table: 'sys_ui_message'
                        id: 'b42c85b593044a89ab505050b628bd51'
                    }
                    'x_mioms_m365_assis.without_a_linked_account_the_app_default.47603b82': {
                        table: 'sys_ui_message'
                        id: 'e0d03ecaa2794adabfbdbc61557f899f'
                    }
                    'x_mioms_m365_assis.yes_basic_authentication.9ba302a4': {
                        table: 'sys_ui_message'
                        id: '2c7cd9d557dd42e1bfdc262e1869cfd9'
                    }
                    'x_mioms_m365_assis.you_can_try_again_now.8e47efdf': {
                        table: 'sys_ui_message'
                        id: 'e7b6cf4b657c419e94e9a057d073df09'
                    }
                    'x_mioms_m365_assis.your_answer_is_saved.85f93b9f': {
                        table: 'sys_ui_message'
                        id: '50add93142af47d3bbfac91cc604eea6'
                    }
                    'xscope-incident-create': {
                        table: 'sys_scope_privilege'
                        id: '74cfe01f6d6b4d16a5adb42207a75885'
                    }
                    'xscope-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'e4ebb74eeeaf4e09909d85f1bafe086e'
                    }
                    'xscope-incident-write': {
                        table: 'sys_scope_privilege'
                        id: '5f3e64c89329466c91562d95975c53db'
                    }
                    'xscope-oauth-entity-profile-read': {
                        table: 'sys_scope_privilege'
                        id: 'edbb56d1839940d8a9438352f77f1aac'
                    }
                    'xscope-oauth-entity-read': {
                        table: 'sys_scope_privilege'
                        id: 'ff067e1c737549e7a731a1fb01e7f73f'
                    }
                    'xscope-oauth-oidc-entity-read': {
                        table: 'sys_scope_privilege'
                        id: '2a2245c337d44b7e9f02d7bc90995fed'
                    }
                    'xscope-oidc-provider-configuration-read': {
                        table: 'sys_scope_privilege'
                        id: 'b3efbb3ee2a241d4a87193f67e0949a6'
                    }
                    'xscope-sys-choice-read': {
                        table: 'sys_scope_privilege'
                        id: 'b1310e70b0824af59c6e617117281e1b'
                        deleted: true
                    }
                    'xscope-sys-journal-field-read': {
                        table: 'sys_scope_privilege'
                        id: 'ebccc66bef0c4ae3a9390b56ac8e3af4'
                        deleted: true
                    }
                    'xscope-sys-scope-privilege-read': {
                        table: 'sys_scope_privilege'
                        id: '96b2166e091e4a96ae3e917e53672be7'
                    }
                    'xscope-sys-scope-read': {
                        table: 'sys_scope_privilege'
                        id: '673451aa56db4f9586a71e46759c7642'
                    }
                    'xscope-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: 'c3cf7fa08a644acfa43b63701ad4d265'
                    }
                    'xscope-sys-user-has-role-read': {
                        table: 'sys_scope_privilege'
                        id: 'c9496c023b7e4e7697d8be67e43dcd8b'
                    }
                    'xscope-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: 'fd3f288594234222b8cedc83883c5023'
                    }
                    'xscope-sys-user-role-read': {
                        table: 'sys_scope_privilege'
                        id: '016bf902c7694fc6ab895d84201c8227'
                    }
                    'xscope-sysauto-script-read': {
                        table: 'sys_scope_privilege'
                        id: '2c2fb298c6d64b29953a69b698dfd67a'
                    }
                    'Yes: basic authentication': {
                        table: 'sys_ui_message'
                        id: '9041e7fa8b834955a2fa73bab78f0c06'
                        deleted: true
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '00297b7dadb14c25bd9a350a698e3fa0'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '01579f178ebd46b188c15f10842447e1'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01a4d1007b39446cad743d7782071396'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01d52b717545418080e8926b3802dd19'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02be8778895040d9abd406dd422e660d'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0322e3d1abe44dedade708d21213d6c7'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_body'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '036d15764f28442881ab59ec11adcf31'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '04c7ff8d760c4a9e9b98125e36347cdb'
                        key: {
                            sys_security_acl: '3ba265f4af5b4641bb2615987f4987cc'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04e212ac508f4d298c8f8c2dd2bca38d'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '064242f454174c60a1a117c7917661a7'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '065f24512d62468893f67d678100bbc9'
                        key: {
                            sys_security_acl: '47dbc2f4888b4fd485b0bea968c06fa6'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '067b776232d647749124cb6abcfbb33f'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06a83fe9910544838f2a7dac0a3617a6'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '07530dfe276b4d728a237b1cb6c7e897'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_reason'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '07f57a916c924b19906d3763f3604960'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0822392b6ce24b318f1b6bf1075b437c'
                        key: {
                            sys_security_acl: '7006dc46d2c4468ab44ba237440ddfe9'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08895b554c5a4d6b9b73a30f50a29d5a'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '088a70c7985d4d39819b463d9f1b133d'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08b7c543e7e64cafa156891ffac66649'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '093e45befbc84721abae9361ab87aac4'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09a1bc09fa5246e9b9562416aef78352'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0a21d59aecdf4d688b71bab670a692ce'
                        key: {
                            sys_security_acl: 'b1e4327c1fea42eb92424c70d58cbd61'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b84e3336d4643f39b02eb7538866753'
                        key: {
                            sys_security_acl: '6cf157bb94ad4856aa7b2faa6aabb020'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0bcdb9b37a814ffdb3e62b268b51da15'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'first_failed_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bf082630b7b4750a87d3733b98a0325'
                        key: {
                            document_key: 'fb0bac781685480fae3e97f048ce5b3c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c1ad656cb0a4d839a41111e6a38ef36'
                        key: {
                            document_key: 'dbc215329c864ca6bd82e0e865b0dac2'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0c577401d4d84abb93cd6abc358e7300'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                            value: 'advisory'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0d9e46267f504c8ba1f7f413dd74a968'
                        key: {
                            sys_security_acl: '799a08da0c5d4bb8b07034bbc4e1e4cf'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0da7ff77ed494f389d32feb1872b0490'
                        key: {
                            sys_security_acl: 'b9b9efbda59846e787b6cc57b71759c5'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0de6065b6b99434c9ad78fc0cfc76b11'
                        key: {
                            document_key: 'bcad056d1fd14524886e694fcacce3fb'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '0dfc5477464d471eb7c7987698521f29'
                        deleted: false
                        key: {
                            application_file: '27ee66131dfa420d88c0a2ef931aaab1'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e5f469e12584e3397051fa5f0b11e11'
                        key: {
                            document_key: '0ef6abb7d6ff48c491890f25b5c5e417'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ec2fbfd75534689b2f21fc945de6e6e'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'start_date_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ed6d3fa9af54d23bfa021458ec0aba2'
                        key: {
                            document_key: '1bf1715ca07148878c72cd342f25b4b2'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1019ae5a65f746f4b48ea4c874d6af87'
                        key: {
                            document_key: 'f8b9f1e3da4e46d2ab801e428b081d4e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1156ad1041bd4ec59e4fda771dcdcef0'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_case'
                            col_name_string: 'sync_state,next_attempt_at'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '1156fd70a83442a5a20ee96fc54d9c4b'
                        key: {
                            application_file: '282c868652a646c99df35feef101a56b'
                            source_artifact: 'b7b7530eb74c42bf93e94dd819475680'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '11716a801bb7459fb7b118d8708d4f1f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1262d6b4691246dda03a27c2eace9ea2'
                        key: {
                            document_key: '7c1025bf4336483fa2801aba54cd77ea'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12ec01cf70b24d1187a9d934f9eee11b'
                        key: {
                            document_key: '44370dbc70db40c18a5552572c184591'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '137625771078487e84c4ee6cf10e59e8'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'completed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '14305104cc99402abc1270247dcb1ef4'
                        key: {
                            sys_security_acl: 'f459cc0461904a1ca95b7a98592e6b0d'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '147244e1e01043fc8fdbb930f9f00dc9'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1490af41835646b5a35c504f3377ed8b'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '14a5b57f8ec34c7096ac2e5ce23065e9'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14cdaf55f8ba4f59b223ec6bfef73c3f'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14eafed0bfef4e4f807c9095dd43704a'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15081818ec664a9d90bf3e6be9982c18'
                        key: {
                            document_key: 'f8b9f1e3da4e46d2ab801e428b081d4e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '15c525ac665c4927949d281cd4067ead'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_author'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16c96028674b4c918f1dc7474dc88352'
                        key: {
                            document_key: 'e02af5bffff5454fb479687843ab9f48'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '171a3c6fa0a0434abbade38de48cb03e'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'end_date_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17541444f7ee45479718ae34758df084'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18611d9920fa4e22847e87e3bd475b9b'
                        key: {
                            document_key: '541c10acb7604b77860809e0efe2c05a'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1930cb3bec2348c2b6d0eff154e24b1c'
                        key: {
                            sys_security_acl: '7f51e831d7ce45278940356e903494e4'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '193955a356c0408195062e1d15011dc4'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e085ea4315284f3290ea9d49a37e8e4a'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '19d8bdb6ab0e43d89ae79fce2cb18360'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'valid'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19f7ccbcb1f64d209bf550649939fb3d'
                        key: {
                            document_key: '7c1025bf4336483fa2801aba54cd77ea'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a286142b47147a9b87e092b678762f3'
                        key: {
                            document_key: 'a9fecdfcc86241be9ab9d5555d8b125a'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a2fc06a0aac414b94730ed4496351e8'
                        key: {
                            document_key: '7c1025bf4336483fa2801aba54cd77ea'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a38c001978c4bbf94a3860f1fef12e1'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'outbound_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ab570586f4e4e2086f9e43edf1ae0fd'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ad5212bd2db4dc79e2fe747c9895192'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'admin_email'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b24d15b0d6a4aa6ac08bf09651d2ee2'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'origin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ba66ca10f594ee8b57187bb0eac08ed'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bc0d271b19546a9ae22305bcf878996'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'end_date_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c457cbc78cc46d98e88ae6dca414cb9'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1c5a039dd4bc4f4eb2bb775aedb7aae8'
                        key: {
                            sys_security_acl: '806734a86e524e8497126cbf57ba0eb0'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '1d1a272531d049b3899087f4569cc582'
                        deleted: false
                        key: {
                            application_file: '2c68075908b4406b90bdddef68c5b942'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d575fbf47494bf094cb57dc413f9d89'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'test_results'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e1e3f67cd18482ea5a008d8e288c5b3'
                        key: {
                            document_key: '44370dbc70db40c18a5552572c184591'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1ed638ae0c1e45b7827dc7bfda5312e5'
                        key: {
                            sys_security_acl: '89fabaa09cd44895be316929fea323e5'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ef186e5261f4e5096834cc9711f5f00'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1f0d171b4b2e423282e639c75b133c41'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'oidc_provider'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1f6584101def42c49b9875770a1ab623'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                            value: 'synced'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2071a78ab84e4682bdce0aac97f6c638'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'solution_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '224a830873af45ab9cc9225925388985'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2267a5b209004b508dc4780dfd82211a'
                        key: {
                            document_key: '0c9541687b244beaa9135e6d82b8c20e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '226f3af295004e5aa4a13b00d9cfe94c'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'test_environment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2316f1eb94c844479c8ecc0c06141e20'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2372cf3999e8468eb4dfe6f8177193ce'
                        key: {
                            document_key: 'e085ea4315284f3290ea9d49a37e8e4a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '241cac278b1b4676b4c5c16a6baffd34'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '24db5255123347e4bc7bf6bf556d0c65'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'tests_passed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '24f3910f304540839e0e2fd03692cd39'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_reason'
                            value: 'repeated_failures'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2567338c05a24077a16d84b8d2c183e5'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'inbound_entity'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2611af8cc21949c7a630097ec6615a1b'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '6a2b79353c1d48618a7e9d8fa439dcfa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2624043059f143cfa10b464b00352e8f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'origin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '26507f825c8943a3adfd25cf2f5ae65d'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'last_failed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26ad6beddc0642e7965cf15b3ed37865'
                        key: {
                            sys_security_acl: '23092ec35c44486fbfea8a01ed1f6326'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2736a10227394fd8bb16071adc15c2f2'
                        key: {
                            document_key: 'e5d17e18eac141deb85240870360e2a4'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2778796db6854e85aa5416fd2252a942'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '27e34d1fa95e4b26827decfa19e42a07'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '27ee66131dfa420d88c0a2ef931aaab1'
                        key: {
                            name: 'x_mioms_m365_assis/setup/main.js.map'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '27f63241cb86452ca1b3ed816cf3e275'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '282c868652a646c99df35feef101a56b'
                        key: {
                            endpoint: 'x_mioms_m365_assis_link_account.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29a74b8eca48454eb7c5d99bb8f04c15'
                        key: {
                            document_key: 'fb0bac781685480fae3e97f048ce5b3c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2b300d03e8d549c1ba5f40af1a02f086'
                        key: {
                            sys_security_acl: '23092ec35c44486fbfea8a01ed1f6326'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '2c68075908b4406b90bdddef68c5b942'
                        key: {
                            endpoint: 'x_mioms_m365_assis_setup.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d83faf69164498d8a8d9da4196df187'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dbea1f48c0d4a11bbedb696d447083c'
                        key: {
                            document_key: '6eadbea36f614ca3b5b9b6530b36f1ea'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e5ad73df1df4a0b8332000bfe4a1409'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_attempts'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ea5a9de77a34495898fd9eb16bbf86e'
                        key: {
                            document_key: '1ebe5d34c5e84cd6bb9de28ad3d3ae33'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f955d2371eb4bccba580a455845a19a'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2fe916037ed84df78204bd42140de5ab'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_match_feedback'
                            col_name_string: 'incident,issue_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3044013b5c9143d3bc59e64ff904b303'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'is_resolved'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30eba143fcd3467eb0fb5d3df5680f42'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '314affc55dde499f8ee814776a7d5939'
                        key: {
                            document_key: '789816d63db54735914d03cfdb0070dd'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3170705f0ece45bda1c929e87df157e8'
                        key: {
                            document_key: 'e8cc7a1222c5448ba78f0c692691ddd4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '31c29336d23b4f3b8e75432fc09452c8'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'da994d593ffd4e83a3d45632ee1db97a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32924b0bece949eeab8d870ffd62724d'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3364e55f9297410ca111412d93b81e96'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '340f3ac484fa4c2a94b04d77daf8c8b9'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '343bf960737345d0b23a9fd2c957040b'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'waiting_on_customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34ab53f1f8d64f6cb57bd4d5a07226df'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '35f47eedf8ca4b50b4188e8171e09ffe'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '367660bed0604d66a36d0c8c04b2a6f9'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36ece66c37c644ec9032f55cb67a7253'
                        key: {
                            document_key: 'e8cc7a1222c5448ba78f0c692691ddd4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '375c53f538fc421ab394a00376814b05'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '37ed3c752ed84de9ba2b163a2c4a7373'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '38687f44f7a840719c28594b8df03846'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '398020dd9852466c999e042a1040b2a8'
                        key: {
                            document_key: '3b16653525214fe48336b8ced41e1945'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '39c1f8decbd1495493126c666a8b637e'
                        key: {
                            sys_security_acl: '2ab54d93f28548a2ba186a71f2a6b5dc'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a1d5620b80a46debca65f56ff0610d3'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3ae6d740336c4857a666f1ee03a97138'
                        key: {
                            sys_security_acl: 'a812871b911a4d92827a9a4304b4bc50'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bed80785e2149f08137ea620014ee0f'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3c3a1aac501148b5b6c49ce878bb7a1a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3c3b471fb3e9464aad1198d8399caed1'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c70d7ac0c3e42bf9f4d32db0330bcd5'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3cd250870de04f5bb2515d0846048fb5'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3e0cfb3e2be24f119b29572ba0245adf'
                        key: {
                            sys_security_acl: 'fb9328fbe5b646b6b8f75ecb718ad647'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '3f1df520c83240ff9b0907a3a56bcfb0'
                        deleted: false
                        key: {
                            name: 'x_mioms_m365_assis_setup.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f23ed62694149fc99cf6cd986c528cf'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f9dfcd20070423abc477c5629e7a682'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'last_failed_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3fd1b85845d046c5af62326ceab04bee'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3fea897f064649058b3703dc2882e3f8'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_created_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '406700926dfb41c88ed4a10dd468bb94'
                        key: {
                            document_key: 'd671021d46904544bb4d306dc98eff2a'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '406e9b04ce91449096f43b8d51498405'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40cc0d77f3c046e7a3c6353c687d1527'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40ffaa488498462dafb313f4f8ad68f8'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '41350d3e220a45c283b474d192570a5a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '417298a1695f47a58f42ec553d44f889'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41a3ee9a957d4257baba629455de87c0'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41a6692bb6484157b14b0703938cc501'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '426b61ef9b764f02846bb328a98171d6'
                        key: {
                            document_key: '0c9541687b244beaa9135e6d82b8c20e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42d6d4a477264fef8f76d6b4e63934f8'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'step'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4541be05c8b24268afa5aec7067a3cbe'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4547befed0e140c9bb9db042025c3480'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '457579532bdb4ab684fb8f24fd8acb97'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'first_failed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45f849d53d8d4bc395960f1fb73b8f7c'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'helpful'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46195a36dfff4bc08231b198dc2e22f7'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '487c1d5169864b98b77b788819b3ddea'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'query_text'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '48efafe59bf5414b9e1af2afcdbbcb28'
                        key: {
                            sys_security_acl: '7d72740d6a1949c388f029c9b7969c02'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49ba4c18264a469a9f1372c76afa9320'
                        key: {
                            document_key: 'a73f0fc4137f4fc7bb2f76b5f945fcf8'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49d97780be424487b712831fc9cb8628'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'connector_case_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49e6237a8577454c928a77567a682067'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'impact_description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a202b7101484d6285d13124dbdf809c'
                        key: {
                            document_key: 'dbc215329c864ca6bd82e0e865b0dac2'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4a28336ed14c470788e34b3d0f673a05'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'dbc215329c864ca6bd82e0e865b0dac2'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '4b392e50982d483cb6e09045042dc927'
                        key: {
                            name: 'x_mioms_m365_assis/setup/main'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b612812629f4d33bd1a3f3f21d961c3'
                        key: {
                            sys_security_acl: '3c197047e76f46b3b5bf4f030dcd43dd'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b7fb004e0bb4a9cb09c095ec6a6b99f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c361ff2f4b645d68dd0823e83b5bcdc'
                        key: {
                            document_key: '789816d63db54735914d03cfdb0070dd'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c56950b442a4269b00d11c627ca80a3'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4caa7eee027a46dc88b30d5d18d52e66'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'oidc_provider'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '4ddf125197b44cdeb542b089f031c815'
                        key: {
                            name: 'x_mioms_m365_assis/incident-tab/main.js.map'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4ec3ffed695d434a83ac2d28483c8ec5'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f84b67fa4184f0588bb4af595c44566'
                        key: {
                            document_key: '5d96bd322d4342858f29248cc1a1dc5c'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50334f55efb842bcac4a288f754db4ae'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50364f826f8742a2b51e56efd1a6d37e'
                        key: {
                            document_key: '6eadbea36f614ca3b5b9b6530b36f1ea'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '509e75ed774a4661b5feb9fd20cf6233'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'consent'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51498c3afe634614bded60b2477ea0f2'
                        key: {
                            document_key: 'a9fecdfcc86241be9ab9d5555d8b125a'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '514bfff67f6f491b9100938e9cff31c2'
                        key: {
                            document_key: 'e8cc7a1222c5448ba78f0c692691ddd4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5220e12bc9ec4ff9b4b73bc3c4ccb995'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'issue_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5233e89f026b480a864d2d38b7cf3a14'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1ebe5d34c5e84cd6bb9de28ad3d3ae33'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52cf129305a941d28c821adec096e484'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'test_results'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '537b3b7706bb4d90937d16977e08b0f4'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'e139a52092f14be6a46917638efc996f'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '543ddd8ab9ea4bebadf9d2d1020b1045'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54978a194a8143d5a09188a12d501422'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54acb9e71b754b149c4a8be6c9992ffe'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '558254b543a846aeac5be2d76092e222'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '55b5e007c46849c1879f50ebe6c8798d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '564daefae2934495a4d45865852d6edb'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5733d9e71bd34a769b486b97206e9772'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '57c2fd30c6144c9baa7b71ddea69b1de'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5909656a8a76428fa3272dbfe1cdb07c'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5916019f04d742908319546ea59ab3fd'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'issue_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '597c740093f14a5e9951bffff5185380'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'step'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '598a2a9f14ac4af98b8be9568adaa72e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a745d9afba840c19cfa33ddfc19c1cb'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a75a985a2a3474295b48879b6ec3087'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a809b8bfdbb4c0684ff36f4d8d204f5'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'admin_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b141e761523442da98dcfc96a42195c'
                        key: {
                            document_key: '6eadbea36f614ca3b5b9b6530b36f1ea'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5b26e3b9ab154b88923edb240acaffdf'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d115d15f1804ec4bdfbf777e38d50b8'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d88ab4c286a420ca2727ff2990d20f1'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dbcd6b43cfa4af1aa7b19755c8d7b6e'
                        key: {
                            document_key: '2a4084f3725c4357bdf004ff731e2f92'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e13c233858b424d98301c76f1dc6f28'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_author'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e3f8afc391e459bb35624081100bc45'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e9ebb0e07504acdabd5cb8ee34f8ba4'
                        key: {
                            document_key: 'b2e2d3b53a284f338797303a2b753dbe'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5eb460eae68741a59ced0a8624db2cb1'
                        key: {
                            document_key: 'e8cc7a1222c5448ba78f0c692691ddd4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ebda075979147878c1eda5b4b69eab4'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'repository_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '5fc544b0bded4748b3db6a51a2b14c92'
                        key: {
                            application_file: '97f8b3f03c77471b9d990ef6048f3a42'
                            source_artifact: 'cd7366b9ec8f4725884c296119a300a3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60b41b814f53401f9349347acc5fb732'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'repository_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '61dcc110b61845ebac3653c8f66b0fc0'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '2513df159a6d4ae385aee6d4dccea90f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '62f41a626ef9404db3cd1ea874429b2c'
                        key: {
                            sys_security_acl: 'a812871b911a4d92827a9a4304b4bc50'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6388978d459c427c88b1079166b478b8'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63df98fc505c4b0cb111a79e615d2a9e'
                        key: {
                            document_key: 'e02af5bffff5454fb479687843ab9f48'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6424ae1d4d7c4fc3969feaa6336d776b'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6429cd3f31e1417fb9c6b5a04a9da4ba'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_solution_cache'
                            col_name_string: 'expires_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6491360f51b041c4bbd2ea3b0a8c1e8f'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '668f3962f7d4474ca21435d731b102f1'
                        key: {
                            document_key: '670867be996144efaa7c97fbf4d4a174'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66a59274759e4247b565f778f9163fb5'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66f80cd387a6433fb9a894b09da823eb'
                        key: {
                            document_key: '1ebe5d34c5e84cd6bb9de28ad3d3ae33'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '67207392184e4ba6999d6e2b33b37e28'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '674c5e1f37f4465997ff77270a4eb462'
                        key: {
                            document_key: 'f92c858c2f2c40048cb0f6737b2b80e6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '68b62b9c51f84632a52a104c4fdee0f8'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '57f8cff0eee74f4d866d968b3cba7f62'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68db7c555f864c53a1e9c905ca0da43e'
                        key: {
                            document_key: 'd9d3a79166d347bf80086b2d06ad1be5'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '699bd314dbff4be4a398b55b6962e686'
                        key: {
                            sys_security_acl: '1123723885c7401f8b08303086009d67'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '69b9e2d4a63d4324b8f0d0119871ed75'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'results'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a7ac175d03840278188a1157cc798b4'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ac7fe4bb37945c4af630bae4b551aa8'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ad34d10b0f94ee5b1c728b381577e37'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b28570365844650a5c28a02994333fa'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b808567df7941a491a03a4c2ac88e9c'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6c988a76e6d94c18ad9c89bb53719a4c'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'helpful'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e1f890a03c74ea3b418eb535a25175a'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e677b730bcd4f37b446388382dbd338'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ee2a3a53e884b07b5f32cdc3793a9a7'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'test_environment'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70549ad3987640969d3770a34d973004'
                        key: {
                            document_key: '8fcc6d909ba2492ea00902107fb1c333'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '714e1da34f024cb4967c0b81315cab58'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '715f928955a940bebeca1e1106ef6298'
                        key: {
                            sys_security_acl: 'e04d830fff36435ba5b176f9ff88b603'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '71ac271ffb5e424fa0368d4f50e59dfd'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '72275b386f1c4c4eae2a3aae49f76dcf'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72be4ad0fb9c423ebf810dc01842546d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_phone'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '72fea21cf63d44b8b82f527127542008'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                            value: 'incident'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '738111eac50e45d1b198c498bd7e9df4'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_reason'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '747c9d980edd414b9319b58cc8bc2d87'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74912eebd9094730a41e6d10d0d1ec2b'
                        key: {
                            document_key: '57f8cff0eee74f4d866d968b3cba7f62'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7590a8cd4216434e8a78c8ab1da4c4bd'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_post_synced_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75ba3aba80354b8da9e3bda16303983a'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7665f76d397c4e109738681c7b37a8be'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7672679749a8424aac99b10a8c6d98d8'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7676fb4c0eda439985f66863eb9cdb16'
                        key: {
                            document_key: '0ecac30a38264af580df7e4c7c3859ad'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7677edbdbf9e4c3b9413a34d11c5ca5a'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '768547f06f1640a1b9abf7e191ff2dfb'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '76da9337499447f494d564436472b9fc'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0ecac30a38264af580df7e4c7c3859ad'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '776b27dd5c644158b2c606fb83dc017f'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '77d32618e82440148a5e3d4948c0a7c9'
                        key: {
                            sys_security_acl: 'ccee9dfb00104be391ae1ff7913c7558'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '77fa9d932f3148e7907c5b2bb17e0801'
                        key: {
                            sys_security_acl: 'ac5c6a8ce6f545749715d15d8d949f34'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '781a3b2e36544aa8b02cca0a4eb933d7'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'event_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7853e1bdcb074aebb3a098495efc4c01'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '789dbf3b8119481c84ef5117d7fd26fd'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'event_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '796eb403d7a9489d86e52c3efca29e7a'
                        key: {
                            document_key: 'f641c76765274985bfcc2c598c86550f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '798c0da8009f4a218a85be0ece6e0646'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79ec2a84ec024ebb8fb2d8cd897ee500'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79f3d0c940be4f5c9e0ae747870d507e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'connector_case_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a4bf083985a4d3c8ffbd028e2d04892'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a6fdc60f4014aecaf05b3910ff478a7'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7a82d2a59e204a1baf409f132cae9c6a'
                        key: {
                            sys_security_acl: '222a01d2574043f3a320ff0ee304712b'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a864a16754845c7874a8712f9b40b05'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'valid'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ad1ea640f4d42de9951a20071aa0536'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'response'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ae993aabdb742d5b921f02a2c46146d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b894c4900ef4578909fdb524fa3bb25'
                        key: {
                            document_key: '0ef6abb7d6ff48c491890f25b5c5e417'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c48b346ee854010b9ddc8d2a93f90f1'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c4d239973054a8b93bb70c17ef8e268'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ccac9c459b34792b267153067efe8eb'
                        key: {
                            document_key: '649f32affe9c4b7babae8f0041bee3af'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ce5b477e6a3475ea542bd9443bf10d8'
                        key: {
                            document_key: 'c3945cc1198247e39b5c09c1585ebdfe'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d424b4a1cd84deba709bd453acd2a82'
                        key: {
                            document_key: '0ecac30a38264af580df7e4c7c3859ad'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d9a836e18a940b281822ab292bb90ac'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ef135e9369c49f2af0f8f7714cfb123'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f17f4847600480f8777756d7b301817'
                        key: {
                            document_key: 'b2e2d3b53a284f338797303a2b753dbe'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f3a3ba65d864b20bc69e010aa6f2ffd'
                        key: {
                            document_key: '57f8cff0eee74f4d866d968b3cba7f62'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7fd9851b8aeb48d08397e1a6872ec0e4'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                            value: 'status_changed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '800bafe21b6a455fb0df211c23e8d658'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8087b01f9e3d4939aa5a2ed2792eb7b4'
                        key: {
                            sys_security_acl: '38a14c8e992044bd954263ea5192394a'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '809f3141f38c438799baead3f4f825ce'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_solution_cache'
                            col_name_string: 'incident,query_hash'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '813a06e7de1b4fc6aa4c917c8c1963eb'
                        key: {
                            application_file: '4ddf125197b44cdeb542b089f031c815'
                            source_artifact: 'cd7366b9ec8f4725884c296119a300a3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8216d16ca9684d7cae0f5a324517a1d9'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '82c2843ae033448ba60371c34e00632a'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82ef1da9674f4465870f81a7887b1b8d'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '837ee7bece084cad85fec7ca07f5cff7'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '840f6281b4d14f2dbf41b8be831f4548'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8469c283aaff4fbeb3e1d5c6a5563e30'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                            value: 'retrying'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '849ff6c331a74910a45c539a9570917b'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'failed_verifications'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8501160963ee40018512e0a5e42e2f77'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8566e356ca034987b3c4e58180ffd24b'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'start_date_time'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '864313152d664e959d47b73b5a5e6ec1'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f8bcab3eee7b44b48689d1381fb962f7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '866cf3c7304045909bc305b73edc1c51'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '86774eb38d8144f0b3652ff835a80723'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'waiting_on_customer'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8704b316da134989aa54a542f3329268'
                        key: {
                            document_key: '8fcc6d909ba2492ea00902107fb1c333'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '872cf076c2c046a487b1070755074ff3'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '886a810ae0f844a48028bf2869ad6b6a'
                        key: {
                            document_key: 'f92c858c2f2c40048cb0f6737b2b80e6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '898a16ab14d946aca198c27d38deec41'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'admin_email'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89f94c1863464553a4120a2e5c3cdfce'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'outbound_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8a3cef3cabcd4ee78eaf4005a1113ebc'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a5159af7a454b138d4c3df60bbc5965'
                        key: {
                            document_key: 'd671021d46904544bb4d306dc98eff2a'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8a5729f73dc2465e81e604283e5415e1'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8b27e0e591544d67a412a00d60ab5007'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'is_test'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c764b8884ab4b0da1d69877a0661ede'
                        key: {
                            document_key: '8fcc6d909ba2492ea00902107fb1c333'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8cb5d5f69ed843f6bca71fd2e0302b11'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8cf7e307a4944d3980414c8ff9906583'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d6c65c523754d498d78dba8ac6dde43'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d8df311cdd04205b25c7ca2dfc702eb'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8db154817408486c87fa7f4909faee60'
                        key: {
                            document_key: 'dbc215329c864ca6bd82e0e865b0dac2'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e086de9e58341cf94e09a3f116def6b'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e4aa9267a9e43e7b6432888686ad0ef'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '8f54f97c4fc143fe875bc3fb803bfd50'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main.js.map'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8fb9068045ae404095d0c48e5be89c26'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'results'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '905d69f989954e4f9da261b8e1590a9e'
                        key: {
                            document_key: 'c3945cc1198247e39b5c09c1585ebdfe'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '907bcad235ff4c62a53d066c75752cf5'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '90856d4f195146c09ebca7ea414d2ead'
                        key: {
                            application_file: '8f54f97c4fc143fe875bc3fb803bfd50'
                            source_artifact: 'b7b7530eb74c42bf93e94dd819475680'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '90ac7fd3572f4612abc303d5f1ca4dbc'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'solution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91290d8128034d69aa09609ff709c6f9'
                        key: {
                            document_key: 'a73f0fc4137f4fc7bb2f76b5f945fcf8'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '921fbb258c5f4a2a96592e0e164825e7'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                            value: 'note_added'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '928edb3c8eb546b89ec15886677232e6'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92b01c316e9446d7b9d286dc8cec6e69'
                        key: {
                            document_key: 'f641c76765274985bfcc2c598c86550f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '93589a767e584afa93bb8135dfc590e2'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '938527e612d0422783079de543ea0c95'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'case'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '939d74124dae422cb8be94d715e028a2'
                        key: {
                            document_key: 'dbc215329c864ca6bd82e0e865b0dac2'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94a8874101114f10850ada58e61542ac'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '94eac0425f104153816df53140ea14ed'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '95408a5d76c04b159f0a316ced445506'
                        key: {
                            sys_security_acl: '32dbe6052cc64e34bfc7b087d8c899c5'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '964e371680e64537a2f9c4efe50eee09'
                        key: {
                            document_key: '00e3f87e2e97408db8069bf98d90b773'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '97f81500590849d4b4aad97e9736585b'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '97f8b3f03c77471b9d990ef6048f3a42'
                        key: {
                            name: 'x_mioms_m365_assis/incident-tab/main'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '982cb9b38c7c44b1ad04c1fa5782e62c'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '988701f238df4f5c9d7ed7a4a9a6154e'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98c73b8130ab479a8ae29a00783e8b62'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99e832c06d0448e58e9cb852136c764a'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9a3712105dc040b8906f73844a0a1ffb'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a89b05070704759b7f26602e4cd1639'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '9afa330d9f9641a68ee503e4819e3077'
                        deleted: false
                        key: {
                            application_file: '4b392e50982d483cb6e09045042dc927'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '9b5c0baa988043cfb77ec7a56c1b7676'
                        key: {
                            name: 'x_mioms_m365_assis.insights_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c0f8e695d2648adba88c279f9243cde'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9c3b767b9d7344a9b00a88ac2f7f46a8'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '01ec6bc21afb40eaac0db8daf32740b3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9c649cc38ab8452d8f923bcd82908bdb'
                        key: {
                            sys_security_acl: 'a09201017ed74ca1958638149bb8da0e'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9cbfee1eb8cf48ed8b35c2298eb1a6a3'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9e8bb502b0684fd3b9c7d1dc5a91ba1a'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f18cfa80a6f41e2aed52a83c0e9a83f'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9fd596f8b87b4b509bb4a78392d0a772'
                        key: {
                            sys_security_acl: 'd58613a0602c4f5f9ca4a6fe9b2cdec4'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'a008774f19aa4c46afe163b58f044a11'
                        key: {
                            application_file: 'c278e9206e3a4db098eca7e93cfb0328'
                            source_artifact: 'cd7366b9ec8f4725884c296119a300a3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a020bbc1fdaa48ba98b4f4fae07b04cc'
                        key: {
                            document_key: '649f32affe9c4b7babae8f0041bee3af'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a1f0f8dce7354aafae16b0a31e970171'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a240dde87b1c445bb919c1e393c4a5ae'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a34d411a16aa4ea78fe9bb93c916ffaf'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '36ded115f0ad4ef194ece068ee8b7791'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a37a7bf7cb9245cfaf87716aa42f84e2'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4a656b6e66c43ea94c2a34727aec076'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'expires_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a59b10c7d0534ec3871de0999cc4e37e'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '36a9494adeaf4fb586a0cf43c2cd64c6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a5d4a003b1e440f1a9615b89a5e45145'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'posts'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a60b0215e5f74f3897067c9270f57e5a'
                        key: {
                            sys_security_acl: '7f51e831d7ce45278940356e903494e4'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a64b57a48b5747f5be5917f25ed85d71'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a66e0c56ad3e4207b108ebfe3b2a8bc5'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'a7bf94cb382e45e8854abf18ef778c41'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a85781d915474fa9b3c0ffd31d1b8b0b'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'is_resolved'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a860bf84ba854dd88984ca50b021e55c'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'tests_passed_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8bb608030694e6596340bc39ce83e5c'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa2129a16e8a4fa992e0b6dc0aeaf509'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ab3d1637eabc4b05ad8ad4cb48b16c4c'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ab85e9fa01874c56baf0aedaf6559d79'
                        key: {
                            sys_security_acl: 'bd26bcb0beba41f3aa1c41c886e0d1ff'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'abd792a288b641628415cf3ce8889324'
                        key: {
                            name: 'x_mioms_m365_assis.administrator'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abe265efa12f499b87ee43c41ff5f9b5'
                        key: {
                            document_key: '2a4084f3725c4357bdf004ff731e2f92'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ac53b241d7184d68aea3762974ad9ed6'
                        key: {
                            sys_security_acl: 'ccee9dfb00104be391ae1ff7913c7558'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'adeee276e92c4351b8df7b9f597e6e25'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af959f7b4fee4f8da80c285d5d59b7ce'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afe884df028e47578c864cac60ba7883'
                        key: {
                            document_key: 'e085ea4315284f3290ea9d49a37e8e4a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aff990083ebd460f801619a52baf2d35'
                        key: {
                            sys_security_acl: '62b64fe0579645c2b9c64e7bb34d35e7'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b0cbe6d924b446b09a3703d92d0d4a9a'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'related'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b0ddc9983740497eab71c3a0116fa86f'
                        key: {
                            sys_security_acl: '23eceb758db84b0196c37c20c6943c4f'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b18714e75968472fb4638b198c73ea49'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b3dc85b62a5d4a3b997b88742ac127c5'
                        key: {
                            sys_security_acl: '8d969cb744b140aa9dde3823885c312d'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4b40a79fc424b18a170b23b235b4731'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5bcc407f1834db2803b859f9bee358b'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b6a3148f48db455d958d7c69bbbd2c01'
                        key: {
                            sys_security_acl: '3788972577444cf9a871da4884736fd9'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b70af79d0cb441558b979a387d7cfcf9'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'b752090e19b549fc824ebdc396ae981b'
                        key: {
                            name: 'incident'
                            caption: 'Microsoft 365'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: 'b7b7530eb74c42bf93e94dd819475680'
                        key: {
                            name: 'x_mioms_m365_assis_link_account.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b819b77144674abb9e6570368e2e0609'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'response'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b855414ec3e54ce6a989200b43263c25'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'validated_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b8c1a43b593244acb7112dd23183d971'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_post_synced_on'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b93b4acbbfad45eeb377cc6c10e78fa8'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_reason'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b9fc64054b0940d68ad82ca2735e974f'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ba23c4b5424f48798073c0fa7b16c7fe'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'tenant_domain'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bbc3110331504d85907ba984b7103c0c'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbcf39fc56d44a67953af77459e31171'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bbf54d43b2e7438c85cf82afc8b67735'
                        key: {
                            sys_security_acl: 'f3c9ebf9b917407e80dc75373000b160'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc02315667e24d78b516275efd526389'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bcdcc02dd672413b91f149dbd9785522'
                        key: {
                            sys_security_acl: '70ae810dceee4c8c9463f9f8202f1281'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bcfbd1d3b84f48128f16468518f85b06'
                        key: {
                            sys_security_acl: '3c197047e76f46b3b5bf4f030dcd43dd'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd510b83c2434691ae74f182a7948acd'
                        key: {
                            document_key: '8c887d2088484aab912c63d82dd6c2a8'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bd75fa7443b346d59bae05e7112559bb'
                        key: {
                            sys_security_acl: 'b5f585c99add423f932fc4049ca6aed8'
                            sys_user_role: {
                                id: 'cb5735b250e24bb2878c15620a9a9b6a'
                                key: {
                                    name: 'x_mioms_m365_assis.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be23a57413064192aea8149bec9af486'
                        key: {
                            document_key: '1bf1715ca07148878c72cd342f25b4b2'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf49a5d2a34a4eae81703411415b0786'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'admin_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0113d6e36b9485bb82a3c6c9d6fe048'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'query_text'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c02a84d18c354a98aa2ae49752c70a95'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0dfb43fedaf4711a5a1745b22a13488'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c125eb805dc54334b401f61358e2ab91'
                        key: {
                            document_key: '6a2b79353c1d48618a7e9d8fa439dcfa'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c147fa2817de4e6095d3994c67600008'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'c278e9206e3a4db098eca7e93cfb0328'
                        key: {
                            endpoint: 'x_mioms_m365_assis_incident_tab.do'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c2859b8a09c542009a031d83217e7706'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'query_hash'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c2a2f60d8abc4611870cf05fe820ec12'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f92c858c2f2c40048cb0f6737b2b80e6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2e7df4a3a514343a995388aaf495358'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c30f4fe270014f50833c4a57c160277c'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c4392a07bb9944f4ba85956a2d0ebe72'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c46860c737b4433c8f3a9a367bb285d0'
                        key: {
                            document_key: '36ded115f0ad4ef194ece068ee8b7791'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c76dfccb98c94aae882e02f881a86924'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c79f9d6f65ab492294959a1d78523e64'
                        key: {
                            document_key: '7c1025bf4336483fa2801aba54cd77ea'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7b7ca46389e4760b833d5b71c9fe538'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_event_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c82563b9ed3b412b8c5965aaa2f0259a'
                        key: {
                            document_key: 'f8bcab3eee7b44b48689d1381fb962f7'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c963e871a95947b6b783262fd9bcc423'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c99918f66d1d49b18e6f7b00b1696de2'
                        key: {
                            document_key: 'e5d17e18eac141deb85240870360e2a4'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9a97fb3d3e840f4a4168db69920074c'
                        key: {
                            document_key: 'dbc215329c864ca6bd82e0e865b0dac2'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cb4e814eb0ff408aadf5a0a965213c0e'
                        key: {
                            sys_security_acl: '810d5240ff1e4bedae0feec635b95ce5'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'cb5735b250e24bb2878c15620a9a9b6a'
                        key: {
                            name: 'x_mioms_m365_assis.integration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb74205ed33e4656be069f3f6166211c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_event_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cc1948be56d542af8393a06a82e51d96'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'submitted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cca20fc893e046508b4f3bae29de6d1d'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'case'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccc43cea0b0c40dcb8beeb2341a687d6'
                        key: {
                            document_key: 'fb0bac781685480fae3e97f048ce5b3c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: 'cd7366b9ec8f4725884c296119a300a3'
                        key: {
                            name: 'x_mioms_m365_assis_incident_tab.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce2cd0250c5f47f99e18ab948dee6aff'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_phone'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ce628d66097b47839c7316f7e5023b25'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf13beabd8024d25b046143c986da479'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf5eea81d70845079dfcda8cb13a4a93'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'failed_verifications'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfd089f3226342349f4352f2f0dc1e36'
                        key: {
                            document_key: '5d96bd322d4342858f29248cc1a1dc5c'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd013212fdf514152bf6536ea44ac54f6'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd02c0f7a39fe4ddaa9fe360174e8c455'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0dd2e3a758e4621862e6ed057343911'
                        key: {
                            document_key: '36a9494adeaf4fb586a0cf43c2cd64c6'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd155b93d154b41eb88ae5c335b1bb5e5'
                        key: {
                            sys_security_acl: 'e0a6f27088f64ec986bb1955d5050c65'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd16fdb60aba846af8dd3f69aee27ae86'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '250411a1262e4a0dbd64eaaab20442b1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1936eb77bf44d2d96384741452f7378'
                        key: {
                            document_key: 'd9d3a79166d347bf80086b2d06ad1be5'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd1a7bd7dd797480ebf9d8560c9a2b4bc'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'related'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd1f2f5de94d64c94b416f1379360dadb'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd20bec77d39641b7a32fb1f1fae7db31'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'issue_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd2730f6f4701426eadd05882767c35c8'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2ac2b7d15e7471b83e170a9a4aef639'
                        key: {
                            document_key: 'bcad056d1fd14524886e694fcacce3fb'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3e52e5833b64c26b81749607f829d68'
                        key: {
                            document_key: '00e3f87e2e97408db8069bf98d90b773'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd3ed0003b886472080eaee6ad4a5bb0b'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd486b0ee7a5e4271b42233da569619c2'
                        key: {
                            document_key: 'f8b9f1e3da4e46d2ab801e428b081d4e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd55cbdf2e9e04642b256764c6e7c1109'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5ba1c90d4984173af5528904941f849'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd5e61b830b604dd0862b7cb0a6366fbd'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd67a56d01b1544e4a68d2abf9b239bc0'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd70e19a450d04b24b74d745adb4be1dc'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7d09e287d8449eeaca763b84c945b8a'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'admin_email'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7d9a61d746940fcb5e48e10066a487c'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'tenant_domain'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8b078e5627a451b96318e514ab570c5'
                        key: {
                            document_key: '6eadbea36f614ca3b5b9b6530b36f1ea'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd9036a321e274d1a99146c78d8284737'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'expires_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd97b733c0e7f4a058c3991352083ad2f'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'consent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dbc041bf86b44eaf989e2f80025cbc61'
                        key: {
                            sys_security_acl: '7d0eb6e4cae148ec8733739f3dd80755'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dc2aae2183f24245ba84fecd8d8390e4'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c3945cc1198247e39b5c09c1585ebdfe'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dc5e70f3567b4cfb9fb2ed321b8832cb'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc9ba20cc0394ffc9d5af978b44f8f0f'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd1a2fe306a94313bd4d8359045fe14f'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd64693340e44b2f9f7eddd7c125eb00'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                            value: 'aad'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd97a23905d04e72879e2bf97656b5a1'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'de19764c97d94bdfb81d37df4998eef7'
                        key: {
                            sys_security_acl: '222a01d2574043f3a320ff0ee304712b'
                            sys_user_role: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'deaf81706ed5455a970886f01188ab65'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'issue_id'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'df0fe2edfb34456ca61204faf60beed9'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'df221e2b0f32440483442d620b9ae3e9'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df33e3c167624986af8b41534cd87969'
                        key: {
                            document_key: '01ec6bc21afb40eaac0db8daf32740b3'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'df35e3942c8d4cad95dd7aaa7f7102b8'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'df9472aaed7c441cbbf1ae2a7d98e9e5'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e01cf246fc99411c9fd4c49b03f7eb5c'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0a8f50e5d804cc8bb64ab9b18554db4'
                        key: {
                            document_key: '8fcc6d909ba2492ea00902107fb1c333'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0b05da5a967414c8bd5a8378eb36393'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'validated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0e336ba3dbb4066959a40a0c3671fd4'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1f2215e4120456d9735395f890e7ea5'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e268cba3e58143bea637aa84131f7e7d'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e2fcc42baa724ad1acc0359098e8de61'
                        key: {
                            sys_security_acl: '7e07b56da3134d37b2c446c22b13e4ee'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e300c564257d4a2cac76dd975ac672d2'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e30e79d7255548b5b15f3bf20cf48417'
                        key: {
                            sys_ui_section: {
                                id: 'b752090e19b549fc824ebdc396ae981b'
                                key: {
                                    name: 'incident'
                                    caption: 'Microsoft 365'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                }
                            }
                            element: 'x_mioms_m365_assis_incident_tab.xml'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e32a24d733fb46dea4e18679108866e9'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_modified_date_time'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'e38650c7c7694cb5824dbd800fbbbf50'
                        key: {
                            role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                            contains: {
                                id: '9b5c0baa988043cfb77ec7a56c1b7676'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e393f50eec5a4075a3a5333984a48f7c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e8cc7a1222c5448ba78f0c692691ddd4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3a6962c5c2d44ca8f446a199a42ca12'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'sso'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e46537a29095436b957a90ff76aa41bf'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'inbound_entity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4c8c811cf654941ab7f173015a63ebf'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'query_hash'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e57458b4b90a429b83abbdcfd6a92b68'
                        key: {
                            document_key: '3b16653525214fe48336b8ced41e1945'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e5d2f46825424569b8d26e004347d83f'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e655a20b23eb4571b3acea8611fa86ec'
                        key: {
                            sys_security_acl: 'f07bb3464cc0454ebdf6fb1a42d45787'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6ada5a1456e4065a8ee34f931b66403'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6c045c219c541948ea36eeedebabcaa'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6c8074aa86d4a0b8d1136c8c9a5bd68'
                        key: {
                            document_key: '10220a7bad2a4c1c99f06dafca33319a'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e71d2445a8ca48c8982d55f449b69e2f'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e7c64ac8bf9d4480b844bbd6f218a404'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e89a340887b5419b8b9c2eb21a01bf67'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_created_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9c1aed5b45a4d5b8f087d34d19527d2'
                        key: {
                            document_key: 'e139a52092f14be6a46917638efc996f'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea18cacf54ca44c5a3b87678897a8b85'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_modified_date_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'eac37b470195408c86a165d138227abb'
                        key: {
                            application_file: '747c9d980edd414b9319b58cc8bc2d87'
                            source_artifact: 'b7b7530eb74c42bf93e94dd819475680'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebfb0ea0df6d471f98f27f692c92425d'
                        key: {
                            document_key: 'fb0bac781685480fae3e97f048ce5b3c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ec709257116f4d7392720ae6246c893e'
                        key: {
                            name: 'x_mioms_m365_assis_health_match_feedback'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed3b1207c6624917a1ef00c0984b6e5f'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed53a26c1d1943ebad74343720fd4af6'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edaedd094fc3474da62dd05f140def85'
                        key: {
                            document_key: 'da994d593ffd4e83a3d45632ee1db97a'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef286c6a4195405db890394ef22db2f4'
                        key: {
                            document_key: '8242aa0f9208487d87bc333c95ea7209'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f019653598504ae3b15054629a674f86'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'sso'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0e921736c4644c4b841e5830bdf4a0d'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'impact_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1dea4ae48654c059098391acdd16d6f'
                        key: {
                            document_key: '6daaa4ed4069411bb816a011350334e5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f24e6639064148eba02c4b284bc7fce6'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'completed'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f31bba706864448685b24b536243d884'
                        key: {
                            document_key: '10220a7bad2a4c1c99f06dafca33319a'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3546cf8b8a3403cb2dc74f7b4b3bf38'
                        key: {
                            document_key: '20093526930a4c919f4c6fc23dabadb0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f35df8a33b45499bb18a5c0f39d7b5e3'
                        key: {
                            document_key: '670867be996144efaa7c97fbf4d4a174'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3ee095499fb41fc8ab7ff2aae4202f7'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'admin_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f479e88a76be489c9f890621465bc77c'
                        key: {
                            document_key: '541c10acb7604b77860809e0efe2c05a'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f4b863ed64354115875e50bd59e238ec'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e5d17e18eac141deb85240870360e2a4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5eaca1c0dc24a6d993acc61517de75c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f68cbde0869740f087f877e6080daa8a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e02af5bffff5454fb479687843ab9f48'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6e8f0eea23b42b7afe282647df47bda'
                        key: {
                            document_key: '250411a1262e4a0dbd64eaaab20442b1'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f6ea78de98974adbab5f35237d76e5de'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f7216992eb7d40b4ad59bbd5002f2297'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f85b357c5acf44719f084da5b47939f1'
                        key: {
                            document_key: 'f8b9f1e3da4e46d2ab801e428b081d4e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f8c39b70ecbc4491b707215a9c2c3b8d'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'turned_off_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f8e0033e17264437a1f7e602c423c1f7'
                        key: {
                            sys_security_acl: '23eceb758db84b0196c37c20c6943c4f'
                            sys_user_role: {
                                id: 'abd792a288b641628415cf3ce8889324'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f8e3f496e520455892d46c0cd4fcca81'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f94ba00b61d54174880dff182c14a672'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'posts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f96cbd9940354e4babb2ec1c2b4aa3e2'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
                            value: 'insights'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9b676867fa74da089fb4e0c5e438587'
                        key: {
                            document_key: 'ed7ab1e2474c4a2e96a3b43b55dc898c'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb7bb99123ef4d319456d4ebddc80b1e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'is_test'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'fbc4928a0461419c9709a538062acb6c'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc711ca46c3246b5b21b2630949774e0'
                        key: {
                            document_key: '2513df159a6d4ae385aee6d4dccea90f'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fcce679fb6da461082d83767275381e1'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_email'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fd88c852361c43a2bd214b23632fe6e2'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'occurred_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fde9c62095fc46d787e9059621d2b689'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe0b8e0415ee4a3b9e6e297fd5608299'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
                            value: 'submitted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                ]
            }
        }
    }
}
