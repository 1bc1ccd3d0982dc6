import { readCommandLine } from '../src/cli/args.js';
import { loadFaq } from '../src/faq/load.js';
import { benchDiscord } from './discord.js';
import { benchMatcher } from './matcher.js';

readCommandLine({
	usage: [
		'Usage: npm run -s bench',
		'The matcher on the shipped FAQ and on a generated 10,000-entry one (build, latency, autocomplete, heap), and',
		'the Discord bot end to end over a loopback gateway (latency, RSS). Takes about a minute.',
	],
});

const print = (line: string) => process.stdout.write(`${line}\n`);
const faq = await loadFaq('faq');
if (!faq.ok) throw new Error('the shipped FAQ does not load; run npm run faq -- check');

print(`Cooldown benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
await benchMatcher(faq.value, print);
print('');
await benchDiscord(print);
