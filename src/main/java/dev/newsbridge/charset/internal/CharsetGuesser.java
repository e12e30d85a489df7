package dev.newsbridge.charset.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guesses a charset from the bytes alone with ICU4J's {@link CharsetDetector}.
 *
 * <p>ICU's multi-byte recognisers read the raw input, but a Chinese page often starts with tens of
 * kilobytes of ASCII scripts and styles, which dilute the evidence. So the detector is given a
 * sample of the non-ASCII stretches only (each high byte plus the byte after it, which may be an
 * ASCII trail byte in GBK, Big5 or Shift_JIS), at most {@value #SAMPLE_LIMIT} bytes.
 */
public final class CharsetGuesser {
  /** Largest sample handed to the detector: {@value} bytes (64 KiB). */
  public static final int SAMPLE_LIMIT = 64 * 1024;

  /** Matches below this ICU confidence (0..100) are ignored: {@value}. */
  public static final int MIN_CONFIDENCE = 10;

  private CharsetGuesser() {}

  /** Candidate charsets, most likely first, already remapped the WHATWG way. */
  public static List<Guess> guess(byte[] bytes, int offset) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample(bytes, offset));
    List<Guess> guesses = new ArrayList<>();
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        continue;
      }
      Optional<Charset> charset = CharsetLabels.resolve(match.getName());
      if (charset.isPresent() && guesses.stream().noneMatch(g -> g.charset().equals(charset.get()))) {
        guesses.add(new Guess(charset.get(), match.getConfidence()));
      }
    }
    return guesses;
  }

  static byte[] sample(byte[] bytes, int offset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean gap = false;
    for (int i = offset; i < bytes.length && out.size() < SAMPLE_LIMIT; i++) {
      boolean high = bytes[i] < 0;
      boolean trail = i > offset && bytes[i - 1] < 0;
      if (high || trail) {
        if (gap && out.size() > 0) {
          out.write(' ');
        }
        out.write(bytes[i]);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toByteArray();
  }

  /**
   * One candidate.
   *
   * @param charset the charset to decode with
   * @param confidence ICU's confidence, 0..100
   */
  public record Guess(Charset charset, int confidence) {}
}
