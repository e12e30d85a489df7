package dev.newsbridge.translate.bench;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link Translator} over a {@link ParallelCorpus}, one document per request on one
 * thread, and scores it: corpus chrF2 and BLEU, names kept right, sentences per second. A
 * document the translator fails on counts as empty output and is reported, never fatal.
 */
public final class TranslationBench {
  private final Translator translator;

  public TranslationBench(Translator translator) {
    this.translator = translator;
  }

  /**
   * What one run measured.
   *
   * @param chrF corpus chrF2, 0-100
   * @param bleu corpus BLEU, 0-100
   * @param namesRight entity mentions whose English name the reference line also has
   * @param namesTotal entity mentions in the source
   * @param failedDocuments documents the translator failed on
   * @param hypotheses the English, one line per source line
   * @param seconds wall-clock translation time, without the warm-up
   * @param cpuSeconds CPU time of the translating thread: the one-core cost, unaffected by
   *     other load on the machine (equals {@code seconds} when the JVM cannot measure it)
   */
  public record Result(double chrF, double bleu, int namesRight, int namesTotal,
      int failedDocuments, List<String> hypotheses, double seconds, double cpuSeconds) {
    public double namesShare() {
      return namesTotal == 0 ? 1 : (double) namesRight / namesTotal;
    }

    public double sentencesPerSecond() {
      return seconds <= 0 ? 0 : hypotheses.size() / seconds;
    }

    /** Sentences per second of CPU time on the one translating thread. */
    public double sentencesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : hypotheses.size() / cpuSeconds;
    }

    /** The one summary line, e.g. {@code chrF=36.2 BLEU=5.3 names=81.0% sentences_per_s=350}. */
    public String summaryLine() {
      return String.format(Locale.ROOT,
          "chrF=%.1f BLEU=%.1f names=%.1f%% sentences=%d sentences_per_s=%.1f"
              + " sentences_per_cpu_s=%.1f failed_documents=%d",
          chrF, bleu, 100 * namesShare(), hypotheses.size(), sentencesPerSecond(),
          sentencesPerCpuSecond(), failedDocuments);
    }
  }

  /** Translates and scores {@code corpus}; a first tiny request warms the engine up untimed. */
  public Result run(ParallelCorpus corpus) {
    warmUp();
    String[] hyp = new String[corpus.source().size()];
    Arrays.fill(hyp, "");
    int right = 0;
    int total = 0;
    int failed = 0;
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    for (List<Integer> lines : corpus.documentLines()) {
      List<String> paragraphs = lines.stream().map(corpus.source()::get).toList();
      Translation t;
      try {
        t = translator.translate(new TranslationRequest("zh", "", paragraphs));
      } catch (TranslationException | RuntimeException e) {
        failed++;
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        int line = lines.get(i);
        hyp[line] = i < t.paragraphs().size() ? t.paragraphs().get(i) : "";
        for (Entity e : t.entities()) {
          if (corpus.source().get(line).contains(e.original())) {
            total++;
            right += namedIn(corpus.reference().get(line), e.english()) ? 1 : 0;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuEnd = cpuNanos();
    double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? seconds : (cpuEnd - cpuStart) / 1e9;
    List<String> hypotheses = List.of(hyp);
    return new Result(ChrF.corpus(hypotheses, corpus.reference()),
        Bleu.corpus(hypotheses, corpus.reference()), right, total, failed, hypotheses, seconds,
        cpuSeconds);
  }

  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  /** True when the reference writes the name or, for a person, the last word of it. */
  static boolean namedIn(String reference, String english) {
    String last = english.substring(english.lastIndexOf(' ') + 1);
    return reference.contains(english) || (last.length() > 2 && reference.contains(last));
  }

  private void warmUp() {
    try {
      translator.translate(new TranslationRequest("zh", "", List.of("预热。")));
    } catch (TranslationException | RuntimeException e) {
      // a failing engine shows up in the run itself
    }
  }
}
