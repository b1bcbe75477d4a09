// Child process: the Microsoft-side stand-ins (Entra, Graph) for test/outbound while test/microsoft/spawn.ts is
// not available. Prints its URLs as one JSON line, exits when stdin closes.
import { startMicrosoftSide } from '../../../sandbox/microsoft/index.ts'

async function main(): Promise<void> {
    const side = await startMicrosoftSide({ tokenLifetimeSeconds: Number(process.env.TOKEN_LIFETIME || '') || undefined })
    process.stdout.write(JSON.stringify(side.urls) + '\n')
    process.stdin.resume()
    process.stdin.on('end', () => {
        void side.close().then(() => process.exit(0))
    })
}

void main()
