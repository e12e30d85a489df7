package dev.newsbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL only through bound parameters (RELIABILITY.md 3.6): SQL text in the store may be joined from
 * string literals and constants, never from variables, and never formatted. This reads the store's
 * sources and fails on any SQL literal glued to a non-constant.
 */
class NoStringBuiltSqlTest {

  private static final Path STORE_SOURCES = Path.of("src/main/java/dev/newsbridge/store");

  private static final Pattern SQL_WORDS =
      Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|ORDER BY|SET|LIMIT)\\b");
  // Possessive: a quote with no partner before the end of a long file must not recurse per char.
  private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*+)\"";
  private static final String OPERAND = "([A-Za-z_][\\w.]*)";
  private static final Pattern LITERAL_PLUS = Pattern.compile(LITERAL + "\\s*\\+\\s*" + OPERAND);
  private static final Pattern PLUS_LITERAL = Pattern.compile(OPERAND + "\\s*\\+\\s*" + LITERAL);
  private static final Pattern FORMATTED =
      Pattern.compile(LITERAL + "\\s*\\.formatted\\(|String\\.format\\(\\s*" + LITERAL);
  private static final Pattern CONSTANT = Pattern.compile("(?:[\\w.]*\\.)?[A-Z][A-Z0-9_]*");

  @Test
  void theStoreNeverGluesAVariableIntoSqlText() throws IOException {
    List<String> violations = new ArrayList<>();
    int sqlLiterals = 0;
    try (Stream<Path> files = Files.walk(STORE_SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        sqlLiterals += countSqlLiterals(source);
        violations.addAll(violations(file.getFileName() + ": ", source));
      }
    }
    assertThat(sqlLiterals).as("SQL literals found (the scan must see the SQL)").isGreaterThan(20);
    assertThat(violations).isEmpty();
  }

  @Test
  void theScanCatchesSqlBuiltFromAVariable() {
    String bad =
        "String sql = \"SELECT * FROM article WHERE title = '\" + title + \"'\";\n"
            + "String q = \"DELETE FROM tag WHERE slug = %s\".formatted(slug);";
    String good = "Sql.one(c, ArticleRows.SELECT + \" WHERE a.id = ?\", ArticleRows::row, id);";

    assertThat(violations("bad: ", bad)).hasSize(2);
    assertThat(violations("good: ", good)).isEmpty();
  }

  private static List<String> violations(String where, String source) {
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL_PLUS.matcher(source);
    while (m.find()) {
      if (isSql(m.group(1)) && !CONSTANT.matcher(m.group(2)).matches()) {
        found.add(where + m.group());
      }
    }
    m = PLUS_LITERAL.matcher(source);
    while (m.find()) {
      if (isSql(m.group(2)) && !CONSTANT.matcher(m.group(1)).matches()) {
        found.add(where + m.group());
      }
    }
    m = FORMATTED.matcher(source);
    while (m.find()) {
      String literal = m.group(1) != null ? m.group(1) : m.group(2);
      if (isSql(literal)) {
        found.add(where + m.group());
      }
    }
    return found;
  }

  private static int countSqlLiterals(String source) {
    int count = 0;
    Matcher m = Pattern.compile(LITERAL).matcher(source);
    while (m.find()) {
      count += isSql(m.group(1)) ? 1 : 0;
    }
    return count;
  }

  private static boolean isSql(String literal) {
    return SQL_WORDS.matcher(literal).find();
  }
}
