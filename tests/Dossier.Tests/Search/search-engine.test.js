// Unit tests of theme/assets/search-engine.js, run with node's own test runner by SearchEngineTests.cs:
//   DOSSIER_SEARCH_INDEX=<a built site>/assets/search node --test search-engine.test.js
// The index is the one the build wrote for the real dossier; each part is run as the browser would run its script.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Engine, decodePostings, decodePositions, distance } = require('../../../theme/assets/search-engine.js');

const folder = process.env.DOSSIER_SEARCH_INDEX;
assert.ok(folder, 'DOSSIER_SEARCH_INDEX names the assets/search folder of a built site');

// An engine over the built index, counting the parts it loads.
function engine() {
  const loaded = [];
  let e;
  const context = { DossierSearch: { add: (kind, number, data) => e.add(kind, number, data) } };
  e = new Engine((file, done, fail) => {
    loaded.push(file);
    try { vm.runInNewContext(fs.readFileSync(path.join(folder, file), 'utf8'), context); } catch (err) { fail(err); return; }
    done();
  });
  vm.runInNewContext(fs.readFileSync(path.join(folder, 'manifest.js'), 'utf8'), context);
  return { e, loaded };
}

async function urls(e, query, filters) {
  const answer = await e.search(query, filters);
  const shown = await Promise.all(answer.ids.map(id => e.describe(id, false)));
  return { answer, urls: shown.map(r => r.url) };
}

test('numbers are read back as the build writes them (Base64Numbers.cs)', () => {
  // Postings: the gap to each document, then its score digit. "F" is 5; "hB" is 1 + 1 × 32, low five bits first.
  assert.deepEqual(decodePostings('FAhBz'), { docs: [5, 5 + 33], scores: [0, 51] });
  assert.deepEqual(decodePostings(''), { docs: [], scores: [] });
  // Positions: per document, a count and then the gaps.
  assert.deepEqual(decodePositions('CBCBgB', 2), [[1, 3], [32]]);
});

test('edit distance counts a swap of neighbours as one', () => {
  assert.equal(distance('ceasefire', 'cesefire', 2), 1);
  assert.equal(distance('ceasefire', 'caesefire', 2), 1);
  assert.equal(distance('talks', 'tlaks', 1), 1);
  assert.equal(distance('talks', 'walls', 1), 2);
  assert.equal(distance('istanbul', 'doha', 2), 3);
});

test('a query is folded as the build folds words: case, accents, hyphens', () => {
  const { e } = engine();
  // A letter alone counts only in a phrase, or as the whole query.
  assert.deepEqual(e.parse('Müller’s Tehrik-e-Taliban ISTANBUL').words, ['muller', 'tehrik', 'taliban', 'istanbul']);
  assert.deepEqual(e.parse('"Tehrik-e-Taliban"').phrases, [['tehrik', 'e', 'taliban']]);
  assert.deepEqual(e.parse('a').words, ['a']);
  assert.deepEqual(e.parse('Øresund İstanbul').words, ['oresund', 'istanbul']);
  assert.deepEqual(e.parse('"talks in Istanbul" Doha'), { words: ['talks', 'in', 'istanbul', 'doha'], phrases: [['talks', 'in', 'istanbul']] });
});

test('names put their own page first', async () => {
  const { e } = engine();
  assert.equal((await urls(e, 'Mujahid')).urls[0], 'entities/zabihullah-mujahid.html');
  assert.equal((await urls(e, 'TTP')).urls[0], 'entities/ttp.html');
  assert.equal((await urls(e, 'qatar')).urls[0], 'entities/qatar.html');
  assert.ok((await urls(e, 'Doha ceasefire')).urls.slice(0, 3).includes('topics/doha-ceasefire.html'));
});

test('every word must match; when no page has them all, pages with some are given and the answer says so', async () => {
  const { e } = engine();
  const both = await urls(e, 'Mujahid Doha');
  const one = await urls(e, 'Mujahid');
  assert.ok(both.answer.total <= one.answer.total);
  assert.equal(both.answer.partial, false);
  const none = await e.search('Mujahid zzzqqq');
  assert.equal(none.partial, true);
  assert.equal(none.total, one.answer.total);
  assert.equal((await e.search('zzzqqq')).total, 0);
});

test('a word finds the terms it begins; a word that is a term of its own prefers it', async () => {
  const { e } = engine();
  assert.equal((await urls(e, 'Muja')).urls[0], 'entities/zabihullah-mujahid.html');
  const pakistan = await e.search('Pakistan');
  assert.ok(pakistan.terms.includes('pakistan'));
  assert.ok(pakistan.terms.includes('pakistani'));
  assert.equal((await urls(e, 'Pakistan')).urls[0], 'entities/pakistan.html');
});

test('a misspelt word of five letters or more finds its neighbours, a shorter one does not', async () => {
  const { e } = engine();
  const misspelt = await e.search('cesefire');
  assert.ok(misspelt.terms.includes('ceasefire'));
  assert.ok(misspelt.total > 0);
  assert.equal((await e.search('Dohx')).total, 0);
});

test('a quoted phrase keeps only documents with its words side by side, in order', async () => {
  const { e } = engine();
  const phrase = await e.search('"talks in Istanbul"');
  const words = await e.search('talks in Istanbul');
  assert.ok(phrase.total > 0);
  assert.ok(phrase.total < words.total);
  assert.ok(phrase.ids.every(id => words.ids.includes(id)));
  assert.equal((await e.search('"Istanbul in talks"')).total, 0);
});

test('filters keep a kind, a topic or an outlet', async () => {
  const { e } = engine();
  const kinds = Object.fromEntries(e.manifest.kinds.map(k => [k[0], k]));
  const articles = await e.search('ceasefire', { kind: 'Article' });
  assert.ok(articles.total > 0);
  assert.ok(articles.ids.every(id => id >= kinds.Article[1] && id < kinds.Article[2]));
  const topic = await urls(e, 'Istanbul', { topic: 'doha-ceasefire' });
  assert.ok(topic.urls.includes('topics/doha-ceasefire.html'));
  assert.ok(!topic.urls.includes('topics/istanbul-talks.html'));
  const outlet = await urls(e, 'Istanbul', { outlet: 'dawat-media-center' });
  assert.ok(outlet.urls.length > 0);
  assert.ok(outlet.urls.every(u => u.startsWith('articles/')));
});

test('a term that is also a property of every object is not found by accident', async () => {
  const { e } = engine();
  for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) assert.equal((await e.search(word)).total, 0, word);
});

test('a query loads only the parts it needs, each once', async () => {
  const { e, loaded } = engine();
  await e.search('Mujahid');
  await e.search('Mujahid');
  assert.equal(new Set(loaded).size, loaded.length, loaded.join(' '));
  assert.ok(loaded.filter(f => f.startsWith('terms-')).length <= 2, loaded.join(' '));
  assert.ok(!loaded.some(f => f.startsWith('positions-')), 'positions are read only for phrases');
  await e.describe(0, true);
  assert.ok(loaded.includes('docs-0.js') && loaded.includes('snippets-0.js'));
});

test('results are described from the docs and snippets parts', async () => {
  const { e } = engine();
  const [first] = (await e.search('Mujahid')).ids;
  const shown = await e.describe(first, true);
  assert.equal(shown.kind, 'Entity');
  assert.equal(shown.title, 'Zabihullah Mujahid');
  assert.equal(shown.url, 'entities/zabihullah-mujahid.html');
  assert.equal(typeof shown.excerpt, 'string');
});
