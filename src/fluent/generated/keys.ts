import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '5f496414cf1d426992db8077daedc7bd'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '9daa8e9b96bb411e8783f2aa6b1fa1a7'
                    }
                }
                composite: [
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
