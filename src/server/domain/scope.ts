// The application scope: also the log source and the prefix of every property, table and role.
export const SCOPE = 'x_mioms_m365_assis'
