import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { commands } from './commands.ts';

// hongyun CLI: `npm run cli -- <command> [options]`. Each command lives in commands.ts.
async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log('Usage: npm run cli -- <command> [options]\n\nCommands:');
    for (const [n, c] of Object.entries(commands)) console.log(`  ${n.padEnd(14)} ${c.summary}`);
    process.exit(name && name !== 'help' ? 64 : 0);
  }
  const { values } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: false, strict: true });
  const config = loadConfigOrExit();
  const code = await command.run(config, values as Record<string, string | boolean | undefined>);
  process.exit(code);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
