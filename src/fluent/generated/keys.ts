import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    '-- Select a profile --': {
                        table: 'sys_ui_message'
                        id: 'e7d46cde8968415f85bd15d731244c6a'
                    }
                    '-- Select a user --': {
                        table: 'sys_ui_message'
                        id: '86670f4a036c4da294d84422be557e0b'
                    }
                    '-- Select an OAuth client --': {
                        table: 'sys_ui_message'
                        id: '0a157b701a0341e1aee47d8fe15c49a8'
                    }
                    '-- Select an OIDC entity --': {
                        table: 'sys_ui_message'
                        id: '7395b61a51ec4c149cda99b15c1a1d25'
                    }
                    '(none)': {
                        table: 'sys_ui_message'
                        id: 'd52f6c4047c04bf3bddfb6b407613c23'
                    }
                    '(not set)': {
                        table: 'sys_ui_message'
                        id: '5e56332c550a4408a295f6087d5ff74d'
                    }
                    '(saved results; the search service is not reachable)': {
                        table: 'sys_ui_message'
                        id: '9e2abc88410b41beb0a806dbe887609a'
                    }
                    '{0} of {1} tests did not pass. Fix what each one says, then select Next again.': {
                        table: 'sys_ui_message'
                        id: '67618bc5a2e4428ab1817f1363e4f47a'
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
                    }
                    'Active users with Web service access only and the incident_manager role.': {
                        table: 'sys_ui_message'
                        id: '62e7dc999eeb4328b7842c9d17fd0803'
                        deleted: true
                    }
                    Agree: {
                        table: 'sys_ui_message'
                        id: '7fe74f7b03a6469b942a20da5941db98'
                    }
                    'All tests passed on {0} (UTC). Setup is complete.': {
                        table: 'sys_ui_message'
                        id: '93a57d6395694fb69070888f4d903612'
                    }
                    'An admin account of your tenant, for example admin@{0}': {
                        table: 'sys_ui_message'
                        id: 'b1b02949d3c1466ebdfbf8e808148110'
                    }
                    'Authentication type: {0}': {
                        table: 'sys_ui_message'
                        id: '057724b7bb3d4f3ab11da24d70a10773'
                    }
                    Back: {
                        table: 'sys_ui_message'
                        id: '96b9cc03d2a24aa1b4124c12d96bfc47'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '5f496414cf1d426992db8077daedc7bd'
                    }
                    Cancel: {
                        table: 'sys_ui_message'
                        id: 'be04c60c260f49e281f269ec7a3db3be'
                    }
                    'Case {0}': {
                        table: 'sys_ui_message'
                        id: '9c8005b424fd4260b96c572cb4b83a5e'
                    }
                    'Check when users sign in to this instance with their Microsoft 365 accounts (single sign-on with the tenant).': {
                        table: 'sys_ui_message'
                        id: '817af651ad7b4fa59c2a1e4354afe515'
                    }
                    'Checked: Microsoft support agents do not contact you. Uncheck when you move forward officially.': {
                        table: 'sys_ui_message'
                        id: '1ea2ae1ea93f4e8a97074ccc7096997b'
                    }
                    'Client ID (Outbound App ID)': {
                        table: 'sys_ui_message'
                        id: '8d394fb0716d4f47854ef114b9b6057e'
                    }
                    'Client ID (REST API app)': {
                        table: 'sys_ui_message'
                        id: '10f88ff17bcc4d22b514538a6685c1aa'
                    }
                    'Client ID and Client Secret: the values from step 1. Default Grant type: Client Credentials. Redirect URL: https://<instance>.service-now.com/oauth_redirect.do.': {
                        table: 'sys_ui_message'
                        id: '7d236cf908a449fb91466e85f5160687'
                    }
                    Closed: {
                        table: 'sys_ui_message'
                        id: 'a0d888deb9204277b9cfdee88f0654aa'
                    }
                    'Connector App ID URI (resource)': {
                        table: 'sys_ui_message'
                        id: '26e706ccb81f4c45822de79ea6c5dedd'
                    }
                    'Connector endpoint URL': {
                        table: 'sys_ui_message'
                        id: 'fd6f0a8fb66c478c8eb69542bf2787a5'
                    }
                    'Contact email': {
                        table: 'sys_ui_message'
                        id: 'a089391910494c87a716463b83b3e800'
                    }
                    'Contact Microsoft support': {
                        table: 'sys_ui_message'
                        id: 'e046a771b93f4783b9176fadf9d90fdb'
                    }
                    'Contact name': {
                        table: 'sys_ui_message'
                        id: '81891333653746629e367f2e30a750e3'
                    }
                    'Contact phone': {
                        table: 'sys_ui_message'
                        id: '5b9a78498e8b40df95836cc3e24a345c'
                    }
                    Copied: {
                        table: 'sys_ui_message'
                        id: 'deec98d741494c89bfbfb8b74f17d274'
                    }
                    Copy: {
                        table: 'sys_ui_message'
                        id: '0440b7607c63486f9c567fe392e933d6'
                    }
                    'Copy {0}': {
                        table: 'sys_ui_message'
                        id: '81e17577900643f3aeed5abcc455aa3b'
                    }
                    "Create the user in Organization > Users with this User ID, Web service access only checked and the incident_manager and x_mioms_m365_assis.integration roles. The token's appid claim names this user.": {
                        table: 'sys_ui_message'
                        id: 'd7b0ea9354b6420c9add8e0f501c4b13'
                    }
                    "Create the user in Organization > Users with this User ID, Web service access only checked and the incident_manager role. The token's appid claim names this user.": {
                        table: 'sys_ui_message'
                        id: '01728f6b8d5a400491eda3276122a43e'
                        deleted: true
                    }
                    Description: {
                        table: 'sys_ui_message'
                        id: '11f9e9eeb92147d2ab3b834602cabf7c'
                    }
                    'Do not select Next until these values are entered in the Microsoft 365 admin center.': {
                        table: 'sys_ui_message'
                        id: '54f6f44b38864b5ab16c0db6e104f9f8'
                    }
                    'Does this instance allow basic authentication for inbound web services (ServiceNow user credentials)?': {
                        table: 'sys_ui_message'
                        id: '2f7615839fa44f90b13880042b143562'
                    }
                    done: {
                        table: 'sys_ui_message'
                        id: 'e63186be3a294a839893a4ab5c03b991'
                    }
                    'Entra admin: in the Azure portal, App registrations > New registration, "Accounts in this organizational directory only (single tenant)". Add the Web redirect URL https://<instance>.service-now.com/oauth_redirect.do. Copy the Application (client) ID and create a client secret.': {
                        table: 'sys_ui_message'
                        id: '629395bd32ae4192a17b92c8553aa595'
                    }
                    'Entra admin: register a "REST API" app (single tenant), copy its client ID and create a secret.': {
                        table: 'sys_ui_message'
                        id: '99bf8bd40f7042f9badcc40f03dffe15'
                    }
                    'External OIDC Auth Token: Microsoft calls this instance with an Entra ID token that this OIDC provider verifies.': {
                        table: 'sys_ui_message'
                        id: 'e0060a750f5741ea81862d7ff6cba25e'
                    }
                    failed: {
                        table: 'sys_ui_message'
                        id: '2d97f37b73f344e7a0d73f6bb0e5b290'
                    }
                    Failed: {
                        table: 'sys_ui_message'
                        id: '6676e863e2e64a1385c9072dd953dcb8'
                    }
                    'For example contoso.onmicrosoft.com, a verified domain such as contoso.com, or the tenant ID (a GUID). The token and OIDC metadata URLs use it.': {
                        table: 'sys_ui_message'
                        id: '6eab9079f9d74e3cb4d5aa5f91e994fa'
                    }
                    'Give these values to the Microsoft 365 admin (support admin or service request admin) and verify they are correct.': {
                        table: 'sys_ui_message'
                        id: 'b15ff5c1471241a792e2e89c847b6fbb'
                    }
                    Helpful: {
                        table: 'sys_ui_message'
                        id: '8149995bc7a24bcaa1e5a951cd0022a6'
                    }
                    'How to create it': {
                        table: 'sys_ui_message'
                        id: 'c0815088a6b14399a1c15d70af3e2855'
                    }
                    'How to create the outbound OAuth provider': {
                        table: 'sys_ui_message'
                        id: '54ff9e8a76974c359b0281802e51bff6'
                    }
                    'How to fix:': {
                        table: 'sys_ui_message'
                        id: '392d95d606a341d3859d577a12ee52d1'
                    }
                    'https URL of the support connector, for example https://connector.contoso.com.': {
                        table: 'sys_ui_message'
                        id: '8fb82e95718f4cc9862b04b2e8cc4fa7'
                    }
                    'In progress': {
                        table: 'sys_ui_message'
                        id: '65b4cde09e714f33b4c3f37b5db63943'
                    }
                    'In the Microsoft 365 admin center': {
                        table: 'sys_ui_message'
                        id: 'a523f925c38b4359bfe3624b95d56408'
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
                    }
                    'Integration user': {
                        table: 'sys_ui_message'
                        id: '94f4aa89e7de442086a7ecad5692338b'
                    }
                    'job-case-sync': {
                        table: 'sysauto_script'
                        id: '956d1f5a92a14c5ea73b615a13f144a9'
                    }
                    'job-health-poll': {
                        table: 'sysauto_script'
                        id: '750a5127cff24bf3885ec5880618fac7'
                    }
                    'Last update: {0}': {
                        table: 'sys_ui_message'
                        id: '39d5ac62f31c4f789833f735189e5d1c'
                    }
                    'Link Account': {
                        table: 'sys_ui_message'
                        id: '461e04b1472145a48c2652fef31bc728'
                    }
                    'Linked: {0} (checked {1})': {
                        table: 'sys_ui_message'
                        id: '80e1ba54ef0b46e891eb06f7fbdc4ae5'
                    }
                    'Loading Microsoft 365 information...': {
                        table: 'sys_ui_message'
                        id: 'be4b0b245d2446cfb6adf4f8b0ad0c61'
                    }
                    'Loading...': {
                        table: 'sys_ui_message'
                        id: '2a26c8a9c3cd4fc78ee241be23c85d94'
                    }
                    'menu-m365-support': {
                        table: 'sys_app_application'
                        id: 'ce775021100f46748d948ee4e2dcd0a6'
                    }
                    'Microsoft 365 admin email': {
                        table: 'sys_ui_message'
                        id: 'cf844437ec9e4216b4fb463a28145ed2'
                    }
                    'Microsoft 365 support integration sends incident details (short description, description, and the contact information you enter) to Microsoft when you look for recommended solutions or contact Microsoft support, and receives updates on those support cases from Microsoft.': {
                        table: 'sys_ui_message'
                        id: '25defbaeb4734762880001819cc72139'
                    }
                    'Microsoft 365 Support Setup': {
                        table: 'sys_ui_message'
                        id: 'f3a4ec48525241f5b8f0f3e33485bbb6'
                    }
                    'Microsoft 365 tenant domain': {
                        table: 'sys_ui_message'
                        id: '85db9b4089fd498e98bf1e66424c1310'
                    }
                    'Microsoft calls this instance with an Entra ID token checked by an OIDC provider.': {
                        table: 'sys_ui_message'
                        id: '2946742bbeb04817957f057f24a61e64'
                    }
                    'Microsoft calls this instance with an integration user and password.': {
                        table: 'sys_ui_message'
                        id: 'fd585e1baa9d410eac17e5bcd1bc5e74'
                    }
                    'Microsoft processes this data under the Microsoft Privacy Statement and your Microsoft 365 agreement. Select Agree to continue.': {
                        table: 'sys_ui_message'
                        id: '2dfceb55842e4c1883f87b829dd5f0be'
                    }
                    'Microsoft recommended solutions': {
                        table: 'sys_ui_message'
                        id: 'e24b49ea33334ef5a058464cb1aae2f2'
                    }
                    'Microsoft retired its hosted connector service on 2025-05-30, so the connector this app talks to is configuration: enter the endpoint and App ID URI of the connector your organization runs.': {
                        table: 'sys_ui_message'
                        id: '6bdd5b5a5b394c3ebd65bf1b6e3c0383'
                    }
                    'Microsoft support agents do not contact you about cases opened from a test environment.': {
                        table: 'sys_ui_message'
                        id: '9ca89c7908d240bf8b68d1426f6cd589'
                    }
                    'Microsoft support cases': {
                        table: 'sys_ui_message'
                        id: 'b6670c7783354fc48b08adfcb0d9cf42'
                    }
                    'Microsoft support cases you open from incidents are opened as this Microsoft 365 admin account.': {
                        table: 'sys_ui_message'
                        id: '94056de51c0b49848bbd76065fc7942a'
                    }
                    'Microsoft support could not be reached yet. The case is saved and will be sent automatically (attempt {0}).': {
                        table: 'sys_ui_message'
                        id: '1dedd8f2c9cf4efc8e21404c33b77289'
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
                    }
                    'Next runs the verification tests.': {
                        table: 'sys_ui_message'
                        id: 'bc7cc4ce00c845bdb9305b63b37143e7'
                    }
                    'Next: run the verification tests': {
                        table: 'sys_ui_message'
                        id: 'a8e923dce66c48d78b3899630d41cee1'
                    }
                    'No Microsoft 365 service health issue matches this incident.': {
                        table: 'sys_ui_message'
                        id: '184518ad0c15402480cbe7e3b58277f7'
                    }
                    'No Microsoft support case was opened for this incident.': {
                        table: 'sys_ui_message'
                        id: 'd076b959679541a683b9e7849e9347b2'
                    }
                    'No profile yet: create one': {
                        table: 'sys_ui_message'
                        id: '7506131b791246e3a56182b18bf84925'
                    }
                    'No recommended solutions were found.': {
                        table: 'sys_ui_message'
                        id: '9203d8e5d37546ee94e4076f9e17b53f'
                    }
                    'No such user yet: create one in Organization > Users with Web service access only checked, a password, and the incident_manager and x_mioms_m365_assis.integration roles, then reload this page.': {
                        table: 'sys_ui_message'
                        id: '8acb9dbdd5d747ffb7256d03ff3d8df5'
                    }
                    'No such user yet: create one in Organization > Users with Web service access only checked, a password, and the incident_manager role, then reload this page.': {
                        table: 'sys_ui_message'
                        id: 'd18726d0d0a04b60bd2b9cb5041ba62f'
                        deleted: true
                    }
                    'No: Microsoft Entra ID (AAD) OAuth token': {
                        table: 'sys_ui_message'
                        id: 'e758d55e8acb4d0abc9fbc21ffd60570'
                    }
                    'Not helpful': {
                        table: 'sys_ui_message'
                        id: '53f710d718fc4afc8e3d01d775e5dfb0'
                    }
                    'not run': {
                        table: 'sys_ui_message'
                        id: 'd5eab243d816448b97fbac4e7cf089c4'
                    }
                    'Not validated: {0}': {
                        table: 'sys_ui_message'
                        id: '7536f60477c94d1b8588022d0f6f0362'
                    }
                    'Not yet sent to Microsoft': {
                        table: 'sys_ui_message'
                        id: '88f61862465149f7aca569af4e670ced'
                    }
                    'Note from {0}: {1}': {
                        table: 'sys_ui_message'
                        id: '13d3f37bbc354ec4a03037f3b2f9869b'
                    }
                    'OAuth API endpoint for external clients': {
                        table: 'sys_ui_message'
                        id: '24fa12fd299940f6bb7444ae6e550f13'
                    }
                    'OAuth profile for the outbound OAuth provider': {
                        table: 'sys_ui_message'
                        id: 'b57b0f479f194bdeb8403e7610ab0305'
                    }
                    'OIDC metadata URL': {
                        table: 'sys_ui_message'
                        id: '11afa0f504044388936881e7d8587390'
                    }
                    'OIDC provider (OAuth client)': {
                        table: 'sys_ui_message'
                        id: '154808917b4349ebb64f7bb9cad42698'
                    }
                    'OIDC provider configuration (oidc_provider_configuration): OIDC Metadata URL https://login.microsoftonline.com/{0}/.well-known/openid-configuration, User Claim appid, User Field User ID.': {
                        table: 'sys_ui_message'
                        id: 'c225c8b8f4d74b9eb6d9fb06bc509e4c'
                    }
                    Open: {
                        table: 'sys_ui_message'
                        id: '3ad0c6010aa14c5bb4ee1db561e817c6'
                    }
                    'Opened as Microsoft 365 admin: {0}': {
                        table: 'sys_ui_message'
                        id: '9d97ef15d0834658abaff5a93c4707a7'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '9daa8e9b96bb411e8783f2aa6b1fa1a7'
                    }
                    passed: {
                        table: 'sys_ui_message'
                        id: 'fb7beb9c679541ebb6cd9513be759624'
                    }
                    Pending: {
                        table: 'sys_ui_message'
                        id: '37452c271d42452ba157ee297b210604'
                    }
                    'Profiles with the Client Credentials grant type.': {
                        table: 'sys_ui_message'
                        id: '343c1ec817b84644a60b0ba7d9179309'
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
                    'prop-health-page-size': {
                        table: 'sys_properties'
                        id: 'e19946ed95504cda9fd510adbe3b0f81'
                    }
                    'prop-health-poll-interval-minutes': {
                        table: 'sys_properties'
                        id: 'd09e741280bb44edbc2e9775c2d77990'
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
                    }
                    'Repository ID': {
                        table: 'sys_ui_message'
                        id: 'ae9907f1f5234471be4c3b6035d2a057'
                    }
                    Resolved: {
                        table: 'sys_ui_message'
                        id: '85a6e8d4e0684df5a0fe506f0253ad49'
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
                    'rest-app-incident-solutions-feedback': {
                        table: 'sys_ws_operation'
                        id: 'd8382f964ae5493b89affcc55b1f0a51'
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
                    'Results for: {0}': {
                        table: 'sys_ui_message'
                        id: 'c87c94d8bce64109b1dbef93d837a0e5'
                    }
                    'Running tests...': {
                        table: 'sys_ui_message'
                        id: '52ae5a354ab243fe89f2735cf9831dc8'
                    }
                    Save: {
                        table: 'sys_ui_message'
                        id: 'c6d1a2a585184f3b9c34aa44972ac97b'
                    }
                    'Save, come back here and reload the page: the new profile is listed.': {
                        table: 'sys_ui_message'
                        id: 'e42b8613251a4982bd1d3fafd5d24d80'
                    }
                    'Saved. {0}': {
                        table: 'sys_ui_message'
                        id: '13312870eb794cdda7b8e27bfd9a66f1'
                    }
                    'Saved. Microsoft support cases you open use {0}.': {
                        table: 'sys_ui_message'
                        id: '4169f774116d4b4aac853e0016ad0234'
                    }
                    Search: {
                        table: 'sys_ui_message'
                        id: 'b8c8c42b02f2435ab1751cbfefe701aa'
                    }
                    'Search for other solutions': {
                        table: 'sys_ui_message'
                        id: 'f303602be69b40a285d9b7890f0ca94d'
                    }
                    'Select the value and copy it with Ctrl+C': {
                        table: 'sys_ui_message'
                        id: '65ed865e2db84932a3a41853aa7d2557'
                    }
                    'Service health and recommended solutions only: no Microsoft support cases, so Microsoft never calls this instance.': {
                        table: 'sys_ui_message'
                        id: '442aa0ef939b4f91861f11f691cacc52'
                    }
                    'Service health issues': {
                        table: 'sys_ui_message'
                        id: '36edd11c1c264bf0a39842c9e3bd2f91'
                    }
                    'ServiceNow admin: switch to the Global scope, open System OAuth > Application Registry > New > "Connect to a third party OAuth Provider".': {
                        table: 'sys_ui_message'
                        id: '66d2272d0cfd4169a768a85c371bcecb'
                    }
                    'Setup steps': {
                        table: 'sys_ui_message'
                        id: '91add2be85364051a73f59469b6361a2'
                    }
                    'si-m365-token-provider': {
                        table: 'sys_script_include'
                        id: 'eb9bfd11c1f34684b7e8341162cc91cf'
                    }
                    skipped: {
                        table: 'sys_ui_message'
                        id: 'ec243a64477c438d9ea98ab1f5b41ace'
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
                    'src_server_domain_admin-email_ts': {
                        table: 'sys_module'
                        id: 'ea7128eab0ab40b3ac9549ed642b7d6b'
                    }
                    'src_server_domain_case-escalation_ts': {
                        table: 'sys_module'
                        id: '2bfaf58ebf2c4ab194e860e443258630'
                    }
                    'src_server_domain_case-event-plan_ts': {
                        table: 'sys_module'
                        id: 'adf7e666546b456b8edc6b57838d25b5'
                    }
                    'src_server_domain_connector-event_ts': {
                        table: 'sys_module'
                        id: 'f8c2949e89f842bdad08f47e316c8b0b'
                    }
                    'src_server_domain_glide-time_ts': {
                        table: 'sys_module'
                        id: 'de69672f55c54810841e1857e747696d'
                    }
                    'src_server_domain_health-auto-incident_ts': {
                        table: 'sys_module'
                        id: 'b5ceb52143074d84866d135fb3895150'
                    }
                    'src_server_domain_health-issue-mapping_ts': {
                        table: 'sys_module'
                        id: '213fb8e10380436ebad687b97106e3b6'
                    }
                    'src_server_domain_health-match-placeholder_ts': {
                        table: 'sys_module'
                        id: 'f4aff58cde1e4c7f9aa8a399383b04db'
                    }
                    'src_server_domain_health-matching_ts': {
                        table: 'sys_module'
                        id: '6333c5fb591f423d820d83f08423b8e2'
                    }
                    'src_server_domain_health-rate-budget_ts': {
                        table: 'sys_module'
                        id: '18e298e1393d4216afce1759a0700d2e'
                    }
                    'src_server_domain_health-sync-cursor_ts': {
                        table: 'sys_module'
                        id: '53d70a1face64491b3d7ca84fe85a833'
                    }
                    'src_server_domain_health-text_ts': {
                        table: 'sys_module'
                        id: '7680f96727844e13b8c1b1645ad15f0c'
                    }
                    'src_server_domain_incident-state_ts': {
                        table: 'sys_module'
                        id: 'ab95d4d8d74d4309bc9a6c37aa452eff'
                    }
                    src_server_domain_messages_ts: {
                        table: 'sys_module'
                        id: '8060ab611e6c4f18b71468891428c915'
                    }
                    'src_server_domain_outbound-errors_ts': {
                        table: 'sys_module'
                        id: '58ade1f8b8554fc39b98f6a6a59c88a7'
                    }
                    'src_server_domain_retry-policy_ts': {
                        table: 'sys_module'
                        id: 'bdb6d4ec980242b8ae988d64dde07fe7'
                    }
                    src_server_domain_scope_ts: {
                        table: 'sys_module'
                        id: 'efb4ee3bfb56468db2cae21c917e2eaf'
                    }
                    'src_server_domain_setup-check-http_ts': {
                        table: 'sys_module'
                        id: '024d4df839af475aa6e3879f64135e0a'
                    }
                    'src_server_domain_setup-checks_ts': {
                        table: 'sys_module'
                        id: 'baff2f3ef4654d7bbd5246ad2a8d65ca'
                    }
                    'src_server_domain_setup-formats_ts': {
                        table: 'sys_module'
                        id: '9d4c3b9a413647e3a8cc1e3f41bafd05'
                    }
                    'src_server_domain_setup-gate_ts': {
                        table: 'sys_module'
                        id: '6190c4c3cc3e44edb9c84545958ad896'
                    }
                    'src_server_domain_setup-machine_ts': {
                        table: 'sys_module'
                        id: 'b443de0b17b64e9ea92099482eb651ec'
                    }
                    'src_server_domain_setup-steps_ts': {
                        table: 'sys_module'
                        id: 'b0478cfbbb9f42fd9549e044dcf99fae'
                    }
                    'src_server_domain_setup-summary_ts': {
                        table: 'sys_module'
                        id: '67891eec4d0c4e1285c657fd1ad6e5bd'
                    }
                    'src_server_domain_setup-text_ts': {
                        table: 'sys_module'
                        id: '43c34345546b466e8d3cea02971f48d5'
                    }
                    'src_server_domain_setup-time_ts': {
                        table: 'sys_module'
                        id: '4566ffcdf10546c0bf622b4b7b8a22a3'
                    }
                    'src_server_domain_setup-validation_ts': {
                        table: 'sys_module'
                        id: '55ce3c7d6687452cb7fbc86689bfbc44'
                    }
                    src_server_domain_sha256_ts: {
                        table: 'sys_module'
                        id: '8e7785bc4f8d479f8fc1f321f0c745db'
                    }
                    'src_server_domain_solution-query_ts': {
                        table: 'sys_module'
                        id: '92e925ff33c746d491ec8a2838af7b23'
                    }
                    'src_server_domain_token-cache-policy_ts': {
                        table: 'sys_module'
                        id: 'fc31e2f2ded746f9bb5f7d243fe77ffe'
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
                    'src_server_incident_health-for-incident_ts': {
                        table: 'sys_module'
                        id: '14c5ad6f99d6406b9c05c03bc6abff69'
                    }
                    'src_server_incident_incident-context_ts': {
                        table: 'sys_module'
                        id: 'b5faff2b058248b7b1ca4d8aa8199d56'
                    }
                    'src_server_incident_incident-tab-routes_ts': {
                        table: 'sys_module'
                        id: 'c4013949d16e441593a60a7b2742c79d'
                    }
                    'src_server_incident_incident-tab-service_ts': {
                        table: 'sys_module'
                        id: '896ab6f0a2724895a450f14b4a4f576e'
                    }
                    'src_server_incident_work-notes_ts': {
                        table: 'sys_module'
                        id: '7b54fc9ed50f4adf91f28b7dc7735d9e'
                    }
                    src_server_outbound_bearer_ts: {
                        table: 'sys_module'
                        id: 'df418b1981e844138c8f6433dffc2a4d'
                    }
                    'src_server_outbound_connector-client_ts': {
                        table: 'sys_module'
                        id: '0917be2985c040b7859aa335aa850aea'
                    }
                    'src_server_outbound_graph-client_ts': {
                        table: 'sys_module'
                        id: '95f9b99115874a7f9c8a01007edbfa30'
                    }
                    'src_server_outbound_outbound-result_ts': {
                        table: 'sys_module'
                        id: '51cba33b8fb74bcf9004ea7bb22a727a'
                    }
                    'src_server_outbound_token-provider_ts': {
                        table: 'sys_module'
                        id: '4663172df3904d34b787410fad780937'
                    }
                    src_server_platform_clock_ts: {
                        table: 'sys_module'
                        id: 'eab4fec40a76442293815981f7fa4636'
                    }
                    src_server_platform_http_ts: {
                        table: 'sys_module'
                        id: '350c07fe21334539a82de52a92823aed'
                    }
                    src_server_platform_i18n_ts: {
                        table: 'sys_module'
                        id: '06bd0f87ba2e4be0a37f7541daa34cf2'
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
                    'src_server_setup_setup-context_ts': {
                        table: 'sys_module'
                        id: '1b08fc59bf1443e6b5ffe84d34a09c6c'
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
                    'src_server_solutions_solution-service_ts': {
                        table: 'sys_module'
                        id: '17d9a92d725a4b8cbfa4d2c49ea8480c'
                    }
                    'SSO with Microsoft 365': {
                        table: 'sys_ui_message'
                        id: '9605aa6ef5454c1e9c71587513538056'
                    }
                    'Status: {0}': {
                        table: 'sys_ui_message'
                        id: '91b818ba085d47319554738b48699548'
                    }
                    Submit: {
                        table: 'sys_ui_message'
                        id: 'b5746947f32d48f49fcead90dfdf3d17'
                    }
                    Submitted: {
                        table: 'sys_ui_message'
                        id: '0b9d5399e796474fb6a640e523f9bacf'
                    }
                    'System OAuth > Application Registry > New > "Configure an OIDC provider to verify ID tokens": Client ID and secret of the REST API app, the OIDC provider configuration above, Redirect URL https://<instance>.service-now.com/oauth_redirect.do.': {
                        table: 'sys_ui_message'
                        id: '2fd0dbdee92941ff847a33b681f5b9e9'
                    }
                    'System OAuth > Application Registry > New > "Create an OAuth API endpoint for external clients". Name it (for example Microsoft 365 support inbound) and keep the other defaults. Its Client ID and Client Secret go to the Microsoft 365 admin center in the last step.': {
                        table: 'sys_ui_message'
                        id: 'f3d9a299a0e04adcaee3f2c64bd0ef65'
                    }
                    'Test environment': {
                        table: 'sys_ui_message'
                        id: '245333dbdd1346b386be46bfa2943dd8'
                    }
                    'Test environment: Microsoft agents will not contact you.': {
                        table: 'sys_ui_message'
                        id: '16eeba98854e45cf8d5d96e8ff4c9ac2'
                    }
                    'The audience of the outbound token, for example api://m365-support-connector.': {
                        table: 'sys_ui_message'
                        id: '2358028269914ff897cd81869278085f'
                    }
                    'The Microsoft 365 admin Microsoft contacts when a support case is opened. Administrators can link their own account later (Link Account).': {
                        table: 'sys_ui_message'
                        id: '72d9d057b0ec4683ba255dff5ce4a3cc'
                    }
                    'The repository name the Microsoft 365 admin uses on the Repositories tab of Support integration.': {
                        table: 'sys_ui_message'
                        id: 'f125214f858b415792f3cba6c9bbc477'
                    }
                    'This is a test environment': {
                        table: 'sys_ui_message'
                        id: '71ccf7314ccb408ab0a2890e04dfaec9'
                    }
                    Title: {
                        table: 'sys_ui_message'
                        id: '795a6eb5835943bc9d4d9339fa206e0a'
                    }
                    'Token URL': {
                        table: 'sys_ui_message'
                        id: '974abf7693784f97b12aabd2d73bd036'
                    }
                    'Token URL: https://login.microsoftonline.com/{0}/oauth2/token': {
                        table: 'sys_ui_message'
                        id: '33af489fb0e046ccb798f939de28a289'
                    }
                    'Updates ({0})': {
                        table: 'sys_ui_message'
                        id: 'd60aafbe199b403f8876a002809d9222'
                    }
                    'User claim / user field': {
                        table: 'sys_ui_message'
                        id: '5c4688648c934905aaddef049ca0b560'
                    }
                    'User ID (client ID of the REST-user app)': {
                        table: 'sys_ui_message'
                        id: 'd982075b509c490ab0499ce09ace3fe8'
                    }
                    'User impact': {
                        table: 'sys_ui_message'
                        id: '0e4fa9eee89b4eaab559a8b80ed5ef59'
                    }
                    'Verification tests': {
                        table: 'sys_ui_message'
                        id: 'b3f3c56673444bdeaebab1249c620b97'
                    }
                    'Waiting on customer': {
                        table: 'sys_ui_message'
                        id: '6253e3a79e7e4e51a1a08db237f7a859'
                    }
                    'Was this helpful?': {
                        table: 'sys_ui_message'
                        id: '3321bf4eb1f549cc8e62a0dac370240f'
                    }
                    'Without a linked account the app default {0} is used.': {
                        table: 'sys_ui_message'
                        id: '84d9bea2ee1e46e1bf5d496786dfdfae'
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
                    }
                    'xscope-sys-journal-field-read': {
                        table: 'sys_scope_privilege'
                        id: 'ebccc66bef0c4ae3a9390b56ac8e3af4'
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
                    'Yes: basic authentication': {
                        table: 'sys_ui_message'
                        id: '9041e7fa8b834955a2fa73bab78f0c06'
                    }
                }
                composite: [
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
                        table: 'sys_dictionary'
                        id: '093e45befbc84721abae9361ab87aac4'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'next_attempt_at'
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
                        table: 'sn_glider_source_artifact_m2m'
                        id: '0dfc5477464d471eb7c7987698521f29'
                        deleted: false
                        key: {
                            application_file: '27ee66131dfa420d88c0a2ef931aaab1'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
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
                        table: 'sys_dictionary'
                        id: '15c525ac665c4927949d281cd4067ead'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_author'
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
                        table: 'sys_dictionary'
                        id: '19d8bdb6ab0e43d89ae79fce2cb18360'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'valid'
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
                        table: 'sys_dictionary'
                        id: '1bc0d271b19546a9ae22305bcf878996'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'end_date_time'
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
                        table: 'sys_dictionary'
                        id: '2567338c05a24077a16d84b8d2c183e5'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'inbound_entity'
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
                        table: 'sys_ui_page'
                        id: '282c868652a646c99df35feef101a56b'
                        key: {
                            endpoint: 'x_mioms_m365_assis_link_account.do'
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
                        table: 'sys_dictionary'
                        id: '2e5ad73df1df4a0b8332000bfe4a1409'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'sync_attempts'
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
                        table: 'sys_documentation'
                        id: '3364e55f9297410ca111412d93b81e96'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'description'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '35f47eedf8ca4b50b4188e8171e09ffe'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
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
                        id: '3fea897f064649058b3703dc2882e3f8'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'note_created_at'
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
                        table: 'sys_documentation'
                        id: '45f849d53d8d4bc395960f1fb73b8f7c'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'helpful'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '50334f55efb842bcac4a288f754db4ae'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'title'
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
                        table: 'sys_dictionary'
                        id: '52cf129305a941d28c821adec096e484'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'test_results'
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
                        table: 'sys_dictionary'
                        id: '54acb9e71b754b149c4a8be6c9992ffe'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
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
                        table: 'sys_documentation'
                        id: '57c2fd30c6144c9baa7b71ddea69b1de'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'user'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '5b26e3b9ab154b88923edb240acaffdf'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'NULL'
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
                        table: 'sys_dictionary'
                        id: '67207392184e4ba6999d6e2b33b37e28'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'configuration'
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
                        table: 'sys_documentation'
                        id: '6ac7fe4bb37945c4af630bae4b551aa8'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'incident'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '6c988a76e6d94c18ad9c89bb53719a4c'
                        key: {
                            name: 'x_mioms_m365_assis_solution_feedback'
                            element: 'helpful'
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
                        table: 'sys_ux_lib_asset'
                        id: '747c9d980edd414b9319b58cc8bc2d87'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main'
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
                        table: 'sys_dictionary'
                        id: '789dbf3b8119481c84ef5117d7fd26fd'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'event_id'
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
                        table: 'sys_dictionary'
                        id: '79f3d0c940be4f5c9e0ae747870d507e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'connector_case_id'
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
                        table: 'sys_dictionary'
                        id: '8566e356ca034987b3c4e58180ffd24b'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'start_date_time'
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
                        table: 'sys_documentation'
                        id: '872cf076c2c046a487b1070755074ff3'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '8d6c65c523754d498d78dba8ac6dde43'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user_id'
                            language: 'en'
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
                        table: 'sys_documentation'
                        id: '94eac0425f104153816df53140ea14ed'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature_group'
                            language: 'en'
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
                        table: 'sys_db_object'
                        id: '988701f238df4f5c9d7ed7a4a9a6154e'
                        key: {
                            name: 'x_mioms_m365_assis_solution_cache'
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
                        table: 'sys_documentation'
                        id: 'a1f0f8dce7354aafae16b0a31e970171'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_email'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'c0dfb43fedaf4711a5a1745b22a13488'
                        key: {
                            name: 'x_mioms_m365_assis_linked_account'
                            element: 'user'
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
                        table: 'sys_choice_set'
                        id: 'c76dfccb98c94aae882e02f881a86924'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
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
                        table: 'sys_dictionary'
                        id: 'c963e871a95947b6b783262fd9bcc423'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'NULL'
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
                        table: 'sys_documentation'
                        id: 'd013212fdf514152bf6536ea44ac54f6'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: 'd2730f6f4701426eadd05882767c35c8'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'integration_user'
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
                        table: 'sys_dictionary'
                        id: 'd55cbdf2e9e04642b256764c6e7c1109'
                        key: {
                            name: 'x_mioms_m365_assis_case_activity'
                            element: 'status'
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
                        table: 'sys_dictionary'
                        id: 'f24e6639064148eba02c4b284bc7fce6'
                        key: {
                            name: 'x_mioms_m365_assis_setup_state'
                            element: 'completed'
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
                        table: 'sys_dictionary'
                        id: 'f5eaca1c0dc24a6d993acc61517de75c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
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
