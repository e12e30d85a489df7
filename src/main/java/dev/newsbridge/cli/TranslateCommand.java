package dev.newsbridge.cli;

import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.engine.Engines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import dev.newsbridge.translate.UserGlossary;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge translate}: one paragraph per input line, one translation per output line, in
 * the same order. The input is treated as one text, so a name keeps one spelling throughout. The
 * user's glossary in the data directory ({@code --data}, default as for every command) applies,
 * as it does when the desk ingests.
 */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = "Translates one paragraph per line (FILE or standard input) to English, one line out per line in.")
final class TranslateCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE", description = "UTF-8 text file. Default: standard input.")
  Path file;

  @Option(names = "--from", paramLabel = "LANG", converter = LanguageTagConverter.class, description = "Source language (BCP 47). A region decides how people's names are spelled: zh-TW as Taiwan spells them; without one, Traditional characters are. Default: ${DEFAULT-VALUE}.")
  String from = "zh";

  @Mixin EngineOptions engine;

  @Mixin DataDirOption data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> lines = file == null ? readStdin() : Files.readAllLines(file, StandardCharsets.UTF_8);
    activateUserGlossary();
    Translator translator = Engines.translator(engine.resolve(), InstantSource.system());
    try {
      Translation t = translator.translate(new TranslationRequest(from, "", lines));
      PrintWriter out = spec.commandLine().getOut();
      t.paragraphs().forEach(out::println);
      out.flush();
      return 0;
    } catch (TranslationException e) {
      spec.commandLine().getErr().println("translation failed: " + e.getMessage());
      return 1;
    }
  }

  /** A glossary that cannot be read is reported and the bundled one used, as the desk does. */
  private void activateUserGlossary() {
    try {
      UserGlossary.in(data.resolve()).activate();
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("newsbridge: user glossary not used: " + e.getMessage());
    }
  }

  private static List<String> readStdin() throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      lines.add(line);
    }
    return lines;
  }
}
