import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Orders each headword's readings so the one HanLP reads in running text comes first (CC-CEDICT
 * lists 说 shui4 "to persuade" before shuo1 "to speak"), then common-noun readings before
 * capitalised proper-noun ones, and writes the gzipped resource.
 *
 * <p>Usage: java -cp hanlp.jar CedictOrder.java raw.tsv cedict.tsv.gz
 */
public class CedictOrder {
  public static void main(String[] args) throws IOException {
    Map<String, List<String[]>> byHeadword = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", 3);
        if (f.length == 3) byHeadword.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<String[]>> e : byHeadword.entrySet()) {
        List<String[]> readings = e.getValue();
        if (readings.size() > 1) readings.sort(order(e.getKey()));
        for (String[] f : readings) out.write(String.join("\t", f) + "\n");
      }
    }
  }

  private static Comparator<String[]> order(String headword) {
    String toned = toned(headword);
    String plain = toned.replaceAll("[0-9]", "");
    return Comparator.<String[]>comparingInt(f -> f[1].toLowerCase().equals(toned) ? 0 : 1)
        .thenComparingInt(f -> f[1].toLowerCase().replaceAll("[0-9]", "").equals(plain) ? 0 : 1)
        .thenComparingInt(f -> Character.isUpperCase(f[1].charAt(0)) ? 1 : 0)
        .thenComparingInt(f -> -f[2].split(" / ").length);
  }

  private static String toned(String headword) {
    List<String> parts = new ArrayList<>();
    for (Pinyin p : HanLP.convertToPinyinList(headword)) {
      parts.add(p.toString().replace("ü", "u:").replace("v", "u:"));
    }
    return String.join(" ", parts).toLowerCase();
  }
}
