import { parseArgs } from 'node:util';
import { ErrorCatalog } from '@hongyun/contracts';
import { loadConfigOrExit } from '../config.ts';
import { AppError } from '../platform/errors.ts';
import { commands } from './commands.ts';

// hongyun CLI: `npm run cli -- <command> [options]`. Each command lives in commands.ts.
async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log('Usage: npm run cli -- <command> [options]\n\nCommands:');
    for (const [n, c] of Object.entries(commands)) console.log(`  ${n.padEnd(14)} ${c.summary}`);
    const askedForHelp = name === 'help' || name === '--help' || name === '-h';
    if (name && !askedForHelp) console.error(`\nunknown command: ${name}`);
    process.exit(askedForHelp ? 0 : 64);
  }
  const { values } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: false, strict: true });
  const config = loadConfigOrExit();
  const code = await command.run(config, values as Record<string, string | boolean | undefined>);
  process.exit(code);
}

main().catch((e: unknown) => {
  // Application errors carry a code: show it with its words, in Chinese and English.
  if (e instanceof AppError) console.error(`${e.code}: ${ErrorCatalog[e.code].zh} / ${ErrorCatalog[e.code].en}`);
  else console.error(e instanceof Error ? e.message : `failed: ${String(e)}`);
  process.exit(1);
});
