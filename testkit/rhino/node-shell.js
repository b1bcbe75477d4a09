// Node's counterpart of Rhino's shell for a differential bundle: a global print() and the script run as a
// classic (non-module) script in a fresh context, as Rhino runs it.
const fs = require('node:fs')
const vm = require('node:vm')

const file = process.argv[2]
const context = vm.createContext({ print: (s) => process.stdout.write(String(s) + '\n') })
vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file })
