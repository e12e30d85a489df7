package dev.newsbridge.enrich.internal;

import com.hankcs.hanlp.algorithm.MaxHeap;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * HanLP's TextRank keyword extraction ({@code HanLP.extractKeyword}, HanLP 1.8.6 {@code
 * TextRankKeyword}) with the same segmenter, stop-word filter, window, damping, iteration limit and
 * float arithmetic, so it returns the same keywords in the same order, but ranked over arrays
 * instead of boxed maps: HanLP's version spent most of the tagger's time (issue #5: about 5 ms of
 * an article's 8 ms of tagging) in {@code TreeMap}/{@code HashMap} look-ups inside its up to
 * {@value #MAX_ITERATIONS} iterations. Thread-safe (no state).
 */
public final class TextRankKeywords {
  /** Damping factor, as HanLP (from the TextRank paper). */
  static final float DAMPING = 0.85f;
  /** At most this many iterations, as HanLP: {@value}. */
  static final int MAX_ITERATIONS = 200;
  /** Ranking stops once no score moves more than this, as HanLP: {@value}. */
  static final float MIN_DIFF = 0.001f;
  /** Words within this many positions of each other are linked, as HanLP: {@value}. */
  static final int WINDOW = 5;

  private TextRankKeywords() {}

  /** The {@code size} best keywords of {@code document}, best first. */
  public static List<String> extract(String document, int size) {
    List<String> words = new ArrayList<>();
    for (Term term : StandardTokenizer.SEGMENT.seg(document)) {
      if (CoreStopWordDictionary.shouldInclude(term)) {
        words.add(term.word);
      }
    }
    return top(size, rank(words));
  }

  /** Each distinct word's score; keys inserted in sorted order, as HanLP fills its map. */
  static Map<String, Float> rank(List<String> sequence) {
    Graph graph = Graph.of(sequence);
    int n = graph.words.length;
    float[] score = new float[n];
    for (int i = 0; i < n; i++) {
      score[i] = sigmoid(graph.neighbours[i].length);
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      float[] next = new float[n];
      float maxDiff = 0;
      for (int i = 0; i < n; i++) {
        float m = 1 - DAMPING;
        for (int j : graph.neighbours[i]) {
          int size = graph.neighbours[j].length;
          if (i != j && size != 0) {
            m = m + DAMPING / size * score[j];
          }
        }
        next[i] = m;
        maxDiff = Math.max(maxDiff, Math.abs(m - score[i]));
      }
      score = next;
      if (maxDiff <= MIN_DIFF) {
        break;
      }
    }
    Map<String, Float> result = new HashMap<>();
    for (int i = 0; i < n; i++) {
      result.put(graph.words[i], score[i]);
    }
    return result;
  }

  static float sigmoid(float value) {
    return (float) (1 / (1 + Math.exp(-value)));
  }

  /** HanLP's selection, heap and tie order included. */
  private static List<String> top(int size, Map<String, Float> scores) {
    List<String> keywords = new ArrayList<>(size);
    for (Map.Entry<String, Float> e :
        new MaxHeap<Map.Entry<String, Float>>(size, Map.Entry.comparingByValue())
            .addAll(scores.entrySet())
            .toList()) {
      keywords.add(e.getKey());
    }
    return keywords;
  }

  /** Distinct words in sorted order, each with its neighbours' indices in sorted order. */
  private record Graph(String[] words, int[][] neighbours) {
    static Graph of(List<String> sequence) {
      TreeMap<String, TreeSet<String>> links = new TreeMap<>();
      ArrayDeque<String> window = new ArrayDeque<>();
      for (String w : sequence) {
        links.computeIfAbsent(w, k -> new TreeSet<>());
        if (window.size() >= WINDOW) {
          window.poll();
        }
        for (String other : window) {
          if (!w.equals(other)) {
            links.get(w).add(other);
            links.get(other).add(w);
          }
        }
        window.offer(w);
      }
      String[] words = links.keySet().toArray(String[]::new);
      int[][] neighbours = new int[words.length][];
      int i = 0;
      for (TreeSet<String> set : links.values()) {
        neighbours[i++] = set.stream().mapToInt(s -> Arrays.binarySearch(words, s)).toArray();
      }
      return new Graph(words, neighbours);
    }
  }
}
