package dev.newsbridge.translate.bench;

import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the offline gloss translator on the mt-dev corpus (read by path, never copied): corpus
 * chrF2 and BLEU (13a tokenisation, sacreBLEU conventions) and sentences per second on one
 * thread. Documents go through whole, so one-name-per-article applies. Not a unit test: run
 * with {@code java -cp target/classes:target/test-classes:<deps> ...MtDevBenchmark [dir]}.
 */
public final class MtDevBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/mt-dev");
    List<String> zh = Files.readAllLines(dir.resolve("ntrex-dev.zh"), StandardCharsets.UTF_8);
    List<String> ref = Files.readAllLines(dir.resolve("ntrex-dev.en"), StandardCharsets.UTF_8);
    Map<String, List<Integer>> docs = documents(dir.resolve("ntrex-dev.tsv"));
    OfflineGlossTranslator translator = new OfflineGlossTranslator();
    translator.translate(new TranslationRequest("zh", "", List.of("预热。")));
    String[] hyp = new String[zh.size()];
    long start = System.nanoTime();
    for (List<Integer> lines : docs.values()) {
      List<String> paragraphs = lines.stream().map(zh::get).toList();
      Translation t = translator.translate(new TranslationRequest("zh", "", paragraphs));
      for (int i = 0; i < lines.size(); i++) {
        hyp[lines.get(i)] = t.paragraphs().get(i);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (args.length > 1) {
      Files.write(Path.of(args[1]), List.of(hyp), StandardCharsets.UTF_8);
    }
    System.out.printf("sentences %d, %.1f sentences/s, chrF2 %.1f, BLEU %.1f%n", zh.size(),
        zh.size() / seconds, Scores.chrF(List.of(hyp), ref), Scores.bleu(List.of(hyp), ref));
  }

  private static Map<String, List<Integer>> documents(Path tsv) throws Exception {
    Map<String, List<Integer>> docs = new LinkedHashMap<>();
    List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t");
      docs.computeIfAbsent(f[2], k -> new ArrayList<>()).add(Integer.parseInt(f[0]) - 1);
    }
    return docs;
  }

  /** Corpus-level chrF2 and BLEU as sacreBLEU computes them (default settings). */
  static final class Scores {
    static double chrF(List<String> hyp, List<String> ref) {
      long[][] stats = new long[6][3];
      for (int s = 0; s < hyp.size(); s++) {
        String h = hyp.get(s).replaceAll("\\s+", "");
        String r = ref.get(s).replaceAll("\\s+", "");
        for (int n = 1; n <= 6; n++) {
          Map<String, Integer> hc = ngrams(h, n);
          Map<String, Integer> rc = ngrams(r, n);
          stats[n - 1][0] += hc.values().stream().mapToInt(Integer::intValue).sum();
          stats[n - 1][1] += rc.values().stream().mapToInt(Integer::intValue).sum();
          for (var e : hc.entrySet()) {
            stats[n - 1][2] += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
          }
        }
      }
      double score = 0;
      int effective = 0;
      for (long[] st : stats) {
        double p = st[0] > 0 ? (double) st[2] / st[0] : 1e-16;
        double r = st[1] > 0 ? (double) st[2] / st[1] : 1e-16;
        double denom = 4 * p + r;
        score += denom > 0 ? 5 * p * r / denom : 1e-16;
        effective += st[0] > 0 && st[1] > 0 ? 1 : 0;
      }
      return 100 * score / effective;
    }

    private static Map<String, Integer> ngrams(String s, int n) {
      Map<String, Integer> counts = new HashMap<>();
      int[] cps = s.codePoints().toArray();
      for (int i = 0; i + n <= cps.length; i++) {
        counts.merge(new String(cps, i, n), 1, Integer::sum);
      }
      return counts;
    }

    static double bleu(List<String> hyp, List<String> ref) {
      long[] match = new long[4];
      long[] total = new long[4];
      long hypLen = 0;
      long refLen = 0;
      for (int s = 0; s < hyp.size(); s++) {
        String[] h = tokenize13a(hyp.get(s));
        String[] r = tokenize13a(ref.get(s));
        hypLen += h.length;
        refLen += r.length;
        for (int n = 1; n <= 4; n++) {
          Map<String, Integer> hc = wordNgrams(h, n);
          Map<String, Integer> rc = wordNgrams(r, n);
          for (var e : hc.entrySet()) {
            total[n - 1] += e.getValue();
            match[n - 1] += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
          }
        }
      }
      double logSum = 0;
      for (int n = 0; n < 4; n++) {
        if (match[n] == 0) {
          return 0;
        }
        logSum += Math.log((double) match[n] / total[n]);
      }
      double bp = hypLen < refLen ? Math.exp(1 - (double) refLen / hypLen) : 1;
      return 100 * bp * Math.exp(logSum / 4);
    }

    private static Map<String, Integer> wordNgrams(String[] words, int n) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + n <= words.length; i++) {
        counts.merge(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)), 1,
            Integer::sum);
      }
      return counts;
    }

    private static String[] tokenize13a(String line) {
      String s = " " + line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
          .replace("&gt;", ">") + " ";
      s = s.replaceAll("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])", " $1 ");
      s = s.replaceAll("([^0-9])([\\.,])", "$1 $2 ");
      s = s.replaceAll("([\\.,])([^0-9])", " $1 $2");
      s = s.replaceAll("([0-9])(-)", "$1 $2 ");
      s = s.trim();
      return s.isEmpty() ? new String[0] : s.split("\\s+");
    }
  }
}
