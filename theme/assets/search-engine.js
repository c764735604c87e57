/* Dossier search, the engine: reads the index that the build writes under assets/search/ and answers queries.
   Every part of the index is a plain script that calls DossierSearch.add(kind, number, data); a part is loaded by
   adding a <script src> when a query first needs it, so this works from file:// as from any server, with no fetch,
   no worker and no WebAssembly. The index is cut by term range (terms-N.js), so a word needs one or two parts.
   Runs in node too (module.exports), where the tests hand it a loader of their own. */
(function (root) {
  'use strict';

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;
  var FILES = { t: 'terms-', p: 'positions-', d: 'docs-', s: 'snippets-' };
  var WORD = /[\p{L}\p{M}\p{Nd}]/u;
  var PREFIX_TERMS = 60;  // terms a word may stand for by its beginning
  var PREFIX_SHARDS = 2;  // shards read for them: a beginning that spans more is too short to say much
  var FUZZY_SHARDS = 4;   // shards read to find a misspelt word's neighbours

  // Whether a part has a term of its own (a term may be "constructor", which every object seems to have).
  function has(terms, term) { return Object.prototype.hasOwnProperty.call(terms, term); }

  function Engine(loadScript) {
    this.parts = {};
    this.pending = {};
    this.manifest = null;
    this.loadScript = loadScript;
  }

  /* ---- the parts of the index ---- */

  Engine.prototype.add = function (kind, number, data) {
    if (kind === 'manifest') this.manifest = data;
    var key = kind + number;
    this.parts[key] = data;
    var waiting = this.pending[key];
    if (waiting) { delete this.pending[key]; waiting.forEach(function (w) { w.resolve(data); }); }
  };

  // A part of the index, loaded once; resolves when its script has run.
  Engine.prototype.part = function (kind, number) {
    var key = kind + number, self = this;
    if (key in this.parts) return Promise.resolve(this.parts[key]);
    if (this.pending[key]) return new Promise(function (resolve, reject) { self.pending[key].push({ resolve: resolve, reject: reject }); });
    return new Promise(function (resolve, reject) {
      self.pending[key] = [{ resolve: resolve, reject: reject }];
      self.loadScript(FILES[kind] + number + '.js', function () {
        // The script called add(), which resolved the waiters; one that did not is a damaged index.
        var waiting = self.pending[key];
        if (waiting) { delete self.pending[key]; waiting.forEach(function (w) { w.reject(new Error('search index part ' + key + ' is damaged')); }); }
      }, function () {
        var waiting = self.pending[key] || [];
        delete self.pending[key];
        waiting.forEach(function (w) { w.reject(new Error('search index part ' + key + ' could not be loaded')); });
      });
    });
  };

  /* ---- words, folded as the build folds them (src/Dossier.Core/Search/SearchWords.cs) ---- */

  Engine.prototype.fold = function (c) {
    var fold = this.manifest.fold, code = c.charCodeAt(0);
    if (code >= fold[0] && code < fold[0] + fold[1].length) c = fold[1].charAt(code - fold[0]);
    var lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  };

  // The words of a text, folded; a run of letters, marks and digits, one UTF-16 unit at a time.
  Engine.prototype.words = function (text) {
    var words = [], word = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (WORD.test(c)) word += this.fold(c);
      else if (word) { words.push(word); word = ''; }
    }
    if (word) words.push(word);
    return words;
  };

  // Words, and "quoted phrases" as lists of words.
  Engine.prototype.parse = function (query) {
    var words = [], phrases = [], self = this;
    var rest = query.replace(/["“”„«»]([^"“”„«»]*)["“”„«»]?/g, function (all, inside) {
      var phrase = self.words(inside);
      if (phrase.length > 1) phrases.push(phrase);
      words = words.concat(phrase);
      return ' ';
    });
    var loose = this.words(rest);
    // A letter alone ("a", the "s" of "Pakistan's", the "e" of "Tehrik-e-Taliban") matches nearly every page or
    // none: it counts inside a phrase, or when it is all the query has.
    if (loose.length + words.length > 1) loose = loose.filter(function (w) { return w.length > 1; });
    words = words.concat(loose);
    var seen = {};
    words = words.filter(function (w) { if (seen[w]) return false; seen[w] = true; return true; });
    return { words: words, phrases: phrases };
  };

  /* ---- postings ---- */

  // A term's documents and scores, from its text: for each, the gap from the previous number and a score digit.
  function decodePostings(text) {
    var docs = [], scores = [], doc = 0, i = 0;
    while (i < text.length) {
      var value = 0, scale = 1, d;
      while ((d = DIGIT[text.charAt(i++)]) >= 32) { value += (d - 32) * scale; scale *= 32; }
      doc += value + d * scale;
      docs.push(doc);
      scores.push(DIGIT[text.charAt(i++)]);
    }
    return { docs: docs, scores: scores };
  }

  // The positions of a term in each of its documents, in the order of its postings.
  function decodePositions(text, count) {
    var lists = [], i = 0;
    function next() {
      var value = 0, scale = 1, d;
      while ((d = DIGIT[text.charAt(i++)]) >= 32) { value += (d - 32) * scale; scale *= 32; }
      return value + d * scale;
    }
    for (var k = 0; k < count; k++) {
      var n = next(), at = 0, list = [];
      for (var j = 0; j < n; j++) { at += next(); list.push(at); }
      lists.push(list);
    }
    return lists;
  }

  // The shard a term is in: the last whose first term is not after it.
  Engine.prototype.shardOf = function (term) {
    var shards = this.manifest.shards, lo = 0, hi = shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (shards[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  Engine.prototype.shards = function (from, to) {
    var list = [];
    for (var s = this.shardOf(from); s <= this.shardOf(to); s++) list.push(s);
    return list;
  };

  // Edit distance of two words, with a swap of neighbours counting as one, given up above max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
        cur.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  // What a query word stands for: the term itself, terms it begins, and (five letters or more, when neither is
  // found) terms one or two edits away. Each with the weight its matches get.
  Engine.prototype.expand = function (word) {
    var self = this;
    var shards = word.length < 3 ? [this.shardOf(word)] : this.shards(word, word + '\uffff').slice(0, PREFIX_SHARDS);
    return Promise.all(shards.map(function (s) { return self.part('t', s); })).then(function (parts) {
      var found = [];
      var whole = parts.some(function (terms) { return has(terms, word); });
      parts.forEach(function (terms) {
        if (has(terms, word)) found.unshift({ term: word, weight: 1, postings: terms[word] });
        if (word.length < 3) return;
        for (var term in terms) {
          if (found.length > PREFIX_TERMS) break;
          // A word that is a term of its own is most likely typed in full: the longer terms it begins count little.
          var weight = whole ? 0.05 : 0.3 + 0.6 * word.length / term.length;
          if (term !== word && term.lastIndexOf(word, 0) === 0) found.push({ term: term, weight: weight, postings: terms[term] });
        }
      });
      if (found.length > 0 || word.length < 5) return found;
      var max = word.length >= 8 ? 2 : 1, start = word.slice(0, 2);
      var near = self.shards(start, start + '\uffff').slice(0, FUZZY_SHARDS);
      return Promise.all(near.map(function (s) { return self.part('t', s); })).then(function (more) {
        more.forEach(function (terms) {
          for (var term in terms) {
            var d = distance(word, term, max);
            if (d <= max) found.push({ term: term, weight: 0.45 - 0.1 * d, postings: terms[term] });
          }
        });
        return found;
      });
    });
  };

  // A term's postings, decoded once: the next keystroke asks for the same terms again.
  Engine.prototype.postings = function (term, text) {
    var cache = this.decoded || (this.decoded = {});
    if (!has(cache, term)) cache[term] = decodePostings(text);
    return cache[term];
  };

  // The documents of a filter term (a topic's, an outlet's), as a set.
  Engine.prototype.filterSet = function (term) {
    var n = this.manifest.docs;
    return this.part('t', this.shardOf(term)).then(function (terms) {
      var set = new Uint8Array(n);
      if (has(terms, term)) decodePostings(terms[term]).docs.forEach(function (d) { set[d] = 1; });
      return set;
    });
  };

  /* ---- a query ---- */

  // Resolves to { page(from, count), ids, total, partial, terms, words }: the matching documents best first;
  // partial when no document has every word and those with some of them are given instead; terms, what the words
  // matched.
  Engine.prototype.search = function (query, filters) {
    var self = this, parsed = this.parse(query);
    filters = filters || {};
    if (parsed.words.length === 0) return Promise.resolve(answer([], null, false, [], []));
    // The same words again (a keystroke that only added a space or a letter that waits) give the same answer.
    var key = JSON.stringify([parsed, filters.kind || '', filters.topic || '', filters.outlet || '']);
    var memo = this.memo || (this.memo = {});
    if (!has(memo, key)) {
      memo[key] = this.answer(parsed, filters);
      // A part that failed to load may load the next time.
      memo[key].catch(function () { delete memo[key]; });
      var keys = this.memoKeys || (this.memoKeys = []);
      keys.push(key);
      if (keys.length > 16) delete memo[keys.shift()];
    }
    return memo[key];
  };

  Engine.prototype.answer = function (parsed, filters) {
    var self = this;
    var wanted = [Promise.all(parsed.words.map(function (w) { return self.expand(w); }))];
    if (filters.topic) wanted.push(this.filterSet(this.manifest.topicFilter + filters.topic));
    if (filters.outlet) wanted.push(this.filterSet(this.manifest.outletFilter + filters.outlet));
    return Promise.all(wanted).then(function (got) {
      var expansions = got[0], sets = got.slice(1);
      var range = null;
      if (filters.kind) self.manifest.kinds.forEach(function (k) { if (k[0] === filters.kind) range = k; });
      var allowed = function (doc) {
        if (range && (doc < range[1] || doc >= range[2])) return false;
        for (var s = 0; s < sets.length; s++) if (!sets[s][doc]) return false;
        return true;
      };
      // Per word, each document's best score among the terms the word stands for; then the sum over the words,
      // and how many words each document has. Arrays over all documents: a query touches many, and a keystroke
      // must take milliseconds at 100,000 articles.
      var n = self.manifest.docs;
      var scores = new Float64Array(n), hits = new Uint8Array(n), best = new Float64Array(n);
      expansions.forEach(function (found) {
        var touched = [];
        found.forEach(function (f) {
          var p = self.postings(f.term, f.postings);
          for (var i = 0; i < p.docs.length; i++) {
            var doc = p.docs[i];
            if (!allowed(doc)) continue;
            var s = f.weight * p.scores[i] * p.scores[i];
            if (best[doc] === 0) touched.push(doc);
            if (best[doc] < s) best[doc] = s;
          }
        });
        touched.forEach(function (doc) { scores[doc] += best[doc]; hits[doc]++; best[doc] = 0; });
      });
      var terms = [];
      expansions.forEach(function (found) { found.forEach(function (f) { terms.push(f.term); }); });
      var all = [], some = [];
      for (var d = 0; d < n; d++) {
        if (hits[d] === expansions.length) all.push(d);
        else if (hits[d] > 0) some.push(d);
      }
      var partial = false;
      if (all.length === 0 && expansions.length > 1 && parsed.phrases.length === 0) {
        all = some;
        partial = all.length > 0;
      }
      var done = parsed.phrases.length === 0 ? Promise.resolve(all) : self.withPhrases(all, parsed.phrases);
      return done.then(function (kept) { return answer(kept, scores, partial, terms, parsed.words); });
    });
  };

  // An answer: its documents best first, given a page at a time. Only the best are sorted until a page beyond them
  // is asked for: a common word matches most of 100,000 documents, and sorting them all took most of a keystroke.
  var SORTED_FIRST = 200;
  function answer(kept, scores, partial, terms, words) {
    var order = function (x, y) { return (scores[y] - scores[x]) || (x - y); };
    var sorted = kept.length <= SORTED_FIRST;
    var ids = kept;
    if (sorted) ids.sort(order);
    else {
      // The score of the SORTED_FIRST-th best, from a typed array's native sort, and the documents at or above it.
      var values = new Float64Array(kept.length);
      for (var i = 0; i < kept.length; i++) values[i] = scores[kept[i]];
      values.sort();
      var threshold = values[values.length - SORTED_FIRST];
      ids = kept.filter(function (d) { return scores[d] >= threshold; }).sort(order);
    }
    return {
      total: kept.length, partial: partial, terms: terms, words: words,
      // The documents from..from+count, in order.
      page: function (from, count) {
        if (!sorted && from + count > ids.length) { ids = kept.sort(order); sorted = true; }
        return ids.slice(from, from + count);
      },
      get ids() { return this.page(0, kept.length); }
    };
  }

  // The documents among ids where each phrase's words stand side by side, in order.
  Engine.prototype.withPhrases = function (ids, phrases) {
    var self = this, words = [];
    phrases.forEach(function (p) { p.forEach(function (w) { if (words.indexOf(w) < 0) words.push(w); }); });
    var loads = words.map(function (w) {
      var s = self.shardOf(w);
      return Promise.all([self.part('t', s), self.part('p', s)]).then(function (got) {
        var byDoc = {};
        if (!has(got[0], w)) return byDoc;
        var postings = got[0][w], positions = got[1][w];
        var docs = decodePostings(postings).docs, lists = decodePositions(positions, docs.length);
        docs.forEach(function (d, i) { byDoc[d] = lists[i]; });
        return byDoc;
      });
    });
    return Promise.all(loads).then(function (maps) {
      var at = {};
      words.forEach(function (w, i) { at[w] = maps[i]; });
      return ids.filter(function (doc) {
        return phrases.every(function (phrase) {
          var starts = at[phrase[0]][doc] || [];
          return starts.some(function (p) {
            for (var k = 1; k < phrase.length; k++) {
              var list = at[phrase[k]][doc];
              if (!list || list.indexOf(p + k) < 0) return false;
            }
            return true;
          });
        });
      });
    });
  };

  // What a result shows: { kind, title, url, outlet, date } and, with snippets, { summary, excerpt, names }.
  Engine.prototype.describe = function (id, withSnippet) {
    var m = this.manifest, self = this;
    var loads = [this.part('d', Math.floor(id / m.docsChunk))];
    if (withSnippet) loads.push(this.part('s', Math.floor(id / m.snippetsChunk)));
    return Promise.all(loads).then(function (got) {
      var d = got[0][id % m.docsChunk];
      var result = { id: id, kind: m.kinds[d[0]][0], title: d[1], url: d[2], outlet: d[3], date: d[4] };
      if (got[1]) { var s = got[1][id % m.snippetsChunk]; result.summary = s[0]; result.excerpt = s[1]; result.names = s[2]; }
      return result;
    });
  };

  var api = { Engine: Engine, decodePostings: decodePostings, decodePositions: decodePositions, distance: distance };

  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }

  // In the page: one engine, loading parts from the folder the manifest's own script came from.
  var manifestScript = null;
  var engine = new Engine(function (file, done, fail) {
    var base = manifestScript.src.slice(0, manifestScript.src.lastIndexOf('/') + 1);
    var script = document.createElement('script');
    script.src = base + file;
    script.onload = done;
    script.onerror = fail;
    document.head.appendChild(script);
  });
  root.DossierSearch = {
    engine: engine,
    add: function (kind, number, data) {
      if (kind === 'manifest' && document.currentScript) manifestScript = document.currentScript;
      engine.add(kind, number, data);
    }
  };
})(typeof window !== 'undefined' ? window : this);
