package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's {@code --help}, as an operator reads it. */
class HelpTextTest {

  static Stream<String> everyCommand() {
    List<String> names = new ArrayList<>();
    collect(new CommandLine(new NewsbridgeCommand()), names);
    return names.stream();
  }

  private static void collect(CommandLine command, List<String> names) {
    names.add(command.getCommandSpec().qualifiedName());
    command.getSubcommands().values().stream()
        .filter(sub -> !sub.getCommandName().equals("help"))
        .forEach(sub -> collect(sub, names));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void namesEveryOptionValueForTheReaderAndRendersWithoutFormatWarnings(String qualifiedName) {
    String[] path = qualifiedName.split(" ");
    String[] args = new String[path.length];
    System.arraycopy(path, 1, args, 0, path.length - 1);
    args[path.length - 1] = "--help";
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new NewsbridgeCommand());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    assertThat(line.execute(args)).isZero();
    String help = out.toString();
    assertThat(help).startsWith("Usage: " + qualifiedName);
    assertThat(help)
        .as("option values are labelled like FILE or N, not with a Java field name")
        .doesNotContainPattern("=<[a-z]+[A-Z][A-Za-z]*>");
    assertThat(help).as("descriptions are formatted").doesNotContain("%n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void everyDescriptionIsAValidFormatString(String qualifiedName) {
    CommandSpec spec = find(new CommandLine(new NewsbridgeCommand()), qualifiedName).getCommandSpec();
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    spec.options().forEach(option -> texts.addAll(List.of(option.description())));
    spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));

    // picocli formats descriptions with String.format: a bare '%' makes it print the raw text.
    for (String text : texts) {
      assertThatCode(() -> String.format(text)).as(text).doesNotThrowAnyException();
    }
  }

  private static CommandLine find(CommandLine root, String qualifiedName) {
    CommandLine command = root;
    String[] path = qualifiedName.split(" ");
    for (int i = 1; i < path.length; i++) {
      command = command.getSubcommands().get(path[i]);
    }
    return command;
  }
}
