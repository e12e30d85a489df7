package dev.newsbridge.story.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of the time window, in memory: their features, document frequencies, an inverted
 * index over each article's strongest terms (for story and event candidates) and MinHash LSH bands
 * (for copy candidates). Articles older than the window are evicted as newer ones arrive; postings
 * are compacted lazily once evicted entries outnumber live ones.
 *
 * <p>Memory is linear in the window: about {@value Doc#MAX_LEAD_TERMS} + {@value
 * Doc#MAX_ENGLISH_TERMS} terms (8 bytes each), {@value #INDEXED_TERMS} postings and {@value
 * MinHash#BANDS} bands ({@link BandTable}) per article.
 * Not thread-safe.
 */
public final class WindowIndex {
  /** Terms of an article put in the inverted index (its highest TF-IDF ones): {@value}. */
  public static final int INDEXED_TERMS = 48;

  /** Postings longer than this are skipped at query time (the term says little): {@value}. */
  public static final int MAX_POSTINGS_READ = 2000;

  private final long windowSeconds;
  private final DocumentFrequencies df = new DocumentFrequencies();
  private final List<Doc> slots = new ArrayList<>();
  private final Map<Long, Integer> slotById = new HashMap<>();
  private final Map<Integer, IntList> postings = new HashMap<>();
  private final BandTable bands = new BandTable();
  private long newest = Long.MIN_VALUE;
  private int oldestLive;
  private int evicted;
  private float[] accumulator = new float[1024];

  public WindowIndex(long windowSeconds) {
    this.windowSeconds = windowSeconds;
  }

  public DocumentFrequencies frequencies() {
    return df;
  }

  public int size() {
    return slotById.size();
  }

  public Doc doc(long id) {
    Integer slot = slotById.get(id);
    return slot == null ? null : slots.get(slot);
  }

  /** Adds an article and evicts what fell out of the window. */
  public void add(Doc doc) {
    if (slotById.containsKey(doc.id())) {
      return;
    }
    int slot = slots.size();
    slots.add(doc);
    slotById.put(doc.id(), slot);
    df.add(doc.title(), doc.lead(), doc.english(), doc.entityVector());
    for (int term : strongestTerms(doc)) {
      postings.computeIfAbsent(term, k -> new IntList()).add(slot);
    }
    if (doc.minHash() != null) {
      for (int b = 0; b < MinHash.BANDS; b++) {
        bands.add(MinHash.band(doc.minHash(), b), slot);
      }
    }
    newest = Math.max(newest, doc.epochSecond());
    evictOld();
  }

  /**
   * Takes an article out now (issue #6: it is placed again with new features, then added back at
   * the end of the slots, from where it is evicted a little late; candidates still check the
   * window by time). Its postings are compacted lazily, as for evicted ones.
   */
  public void remove(long id) {
    Integer slot = slotById.get(id);
    if (slot != null) {
      evict(slot);
    }
  }

  /**
   * The live articles sharing strong terms with {@code doc} within the window of its time, best
   * first by the summed IDF weight of shared terms, at most {@code limit}.
   */
  public List<Doc> candidates(Doc doc, int limit) {
    if (accumulator.length < slots.size()) {
      accumulator = new float[Math.max(slots.size(), accumulator.length * 2)];
    }
    IntList touched = new IntList();
    for (int term : strongestTerms(doc)) {
      IntList list = postings.get(term);
      if (list == null || list.size() > MAX_POSTINGS_READ) {
        continue;
      }
      float idf = (float) df.idf(term);
      for (int i = 0; i < list.size(); i++) {
        int s = list.get(i);
        if (accumulator[s] == 0) {
          touched.add(s);
        }
        accumulator[s] += idf;
      }
    }
    List<Integer> live = new ArrayList<>();
    for (int t = 0; t < touched.size(); t++) {
      int s = touched.get(t);
      Doc d = slots.get(s);
      if (d != null && d.id() != doc.id() && inWindow(d, doc)) {
        live.add(s);
      }
    }
    live.sort((a, b) -> Float.compare(accumulator[b], accumulator[a]));
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, live.size()); i++) {
      out.add(slots.get(live.get(i)));
    }
    for (int t = 0; t < touched.size(); t++) {
      accumulator[touched.get(t)] = 0;
    }
    return out;
  }

  /**
   * Live articles within the window of {@code doc}'s time sharing at least one MinHash band with it
   * (copy candidates).
   */
  public List<Doc> bandMates(Doc doc) {
    List<Doc> out = new ArrayList<>();
    if (doc.minHash() == null) {
      return out;
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int b = 0; b < MinHash.BANDS; b++) {
      bands.forEachSlot(MinHash.band(doc.minHash(), b), slot -> {
        Doc d = slots.get(slot);
        if (d != null && d.id() != doc.id() && inWindow(d, doc) && seen.add(slot)) {
          out.add(d);
        }
      });
    }
    return out;
  }

  private boolean inWindow(Doc d, Doc query) {
    return Math.abs(d.epochSecond() - query.epochSecond()) <= windowSeconds;
  }

  /** Title terms, then the strongest lead and English terms, at most {@value #INDEXED_TERMS}. */
  private int[] strongestTerms(Doc doc) {
    java.util.LinkedHashSet<Integer> terms = new java.util.LinkedHashSet<>();
    addAll(terms, doc.title().top(INDEXED_TERMS / 3, df));
    addAll(terms, doc.lead().top(INDEXED_TERMS / 3, df));
    addAll(terms, doc.english().top(INDEXED_TERMS / 3, df));
    return terms.stream().mapToInt(Integer::intValue).limit(INDEXED_TERMS).toArray();
  }

  private static void addAll(java.util.Set<Integer> into, SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      into.add(v.term(i));
    }
  }

  private void evictOld() {
    while (oldestLive < slots.size()) {
      Doc d = slots.get(oldestLive);
      if (d != null && newest - d.epochSecond() <= windowSeconds) {
        break;
      }
      if (d != null) {
        evict(oldestLive);
      }
      oldestLive++;
    }
    if (evicted > slotById.size() && evicted > 1024) {
      compact();
    }
  }

  private void evict(int slot) {
    Doc d = slots.get(slot);
    df.remove(d.title(), d.lead(), d.english(), d.entityVector());
    slotById.remove(d.id());
    slots.set(slot, null);
    evicted++;
  }

  private void compact() {
    postings.values().forEach(l -> l.retain(s -> slots.get(s) != null));
    postings.values().removeIf(l -> l.size() == 0);
    bands.retain(s -> slots.get(s) != null);
    evicted = 0;
  }
}
