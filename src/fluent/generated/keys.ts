import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-rest-app-status': {
                        table: 'sys_security_acl'
                        id: '222a01d2574043f3a320ff0ee304712b'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '5f496414cf1d426992db8077daedc7bd'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '9daa8e9b96bb411e8783f2aa6b1fa1a7'
                    }
                    'rest-app-api': {
                        table: 'sys_ws_definition'
                        id: '995155cb4c3f4b928dad30ed0b5179e4'
                    }
                    'rest-app-status': {
                        table: 'sys_ws_operation'
                        id: 'eb7c0ede5b584e95bb7ea5da80221971'
                    }
                    src_server_domain_messages_ts: {
                        table: 'sys_module'
                        id: '8060ab611e6c4f18b71468891428c915'
                    }
                    src_server_domain_scope_ts: {
                        table: 'sys_module'
                        id: 'efb4ee3bfb56468db2cae21c917e2eaf'
                    }
                    'src_server_domain_setup-gate_ts': {
                        table: 'sys_module'
                        id: '6190c4c3cc3e44edb9c84545958ad896'
                    }
                    src_server_domain_version_ts: {
                        table: 'sys_module'
                        id: '2cdfe3a5863f4ba8bb47d465cacf7b5d'
                    }
                    'src_server_inbound_app-status-route_ts': {
                        table: 'sys_module'
                        id: '67f99f432d4349a694cd61f78164b216'
                    }
                    src_server_platform_log_ts: {
                        table: 'sys_module'
                        id: 'c58c83c9c7c34c44816638d9075a16af'
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
                    'src_server_setup_setup-state-store_ts': {
                        table: 'sys_module'
                        id: '8371fb871bb242a59518f3bfb757e4cc'
                    }
                }
                composite: [
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '0dfc5477464d471eb7c7987698521f29'
                        key: {
                            application_file: '27ee66131dfa420d88c0a2ef931aaab1'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '1d1a272531d049b3899087f4569cc582'
                        key: {
                            application_file: '2c68075908b4406b90bdddef68c5b942'
                            source_artifact: '3f1df520c83240ff9b0907a3a56bcfb0'
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
                        id: '2c68075908b4406b90bdddef68c5b942'
                        key: {
                            endpoint: 'x_mioms_m365_assis_setup.do'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '3f1df520c83240ff9b0907a3a56bcfb0'
                        key: {
                            name: 'x_mioms_m365_assis_setup.do - BYOUI Files'
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
                        table: 'sn_glider_source_artifact_m2m'
                        id: '9afa330d9f9641a68ee503e4819e3077'
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
                        table: 'sys_user_role'
                        id: 'abd792a288b641628415cf3ce8889324'
                        key: {
                            name: 'x_mioms_m365_assis.administrator'
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
                ]
            }
        }
    }
}
