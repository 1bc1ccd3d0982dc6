import { loadFaq } from '../src/faq/load.js';
import { benchDiscord } from './discord.js';
import { benchMatcher } from './matcher.js';
import { benchSchedule } from './schedule.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const faq = await loadFaq('faq');
if (!faq.ok) throw new Error('the shipped FAQ does not load; run npm run faq -- check');

print(`Cooldown benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
await benchMatcher(faq.value, print);
print('');
await benchSchedule(print);
print('');
await benchDiscord(print);
