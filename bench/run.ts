import { readCommandLine } from '../src/cli/args.js';
import { loadFaq } from '../src/faq/load.js';
import { bundle } from '../scripts/bundle.mjs';
import { benchDiscord } from './discord.js';
import { benchMatcher } from './matcher.js';
import { benchSchedule } from './schedule.js';
import { benchStartup } from './startup.js';
import { createVerdicts } from './targets.js';

readCommandLine({
	usage: [
		'Usage: npm run -s bench',
		'Start-up of the terminal chat and of ask; the matcher on the shipped FAQ and on a generated 10,000-entry one',
		'(build, latency, autocomplete, heap); the Discord bot end to end over a loopback gateway (latency, RSS).',
		'Each figure is printed beside its target (bench/targets.ts), ✓ met or ✗ missed. Takes about a minute.',
	],
});

const print = (line: string) => process.stdout.write(`${line}\n`);
const faq = await loadFaq('faq');
if (!faq.ok) throw new Error('the shipped FAQ does not load; run npm run -s faq -- check');
const verdicts = createVerdicts();
// Start-up and the bot are measured as npm start and npm run ask run them: from the bundle in dist/.
await bundle();

print(`Cooldown benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
await benchStartup(print, verdicts);
print('');
await benchMatcher(faq.value, print, verdicts);
print('');
await benchSchedule(print, verdicts);
print('');
await benchDiscord(print, verdicts);
print('');
for (const line of verdicts.summary()) print(line);
