package dev.newsbridge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names given to import/export stay inside their base directory (RELIABILITY.md §3.6). */
class ImportPathsTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ../../x.opml         | path leaves
          sub/../../x.opml     | path leaves
          /etc/passwd          | absolute path refused
          ..\\\\x.opml           | backslash in file name refused
          .                    | path leaves
          ''                   | no file name given
          """)
  void refusesEveryWayOut(String name, String reason) throws IOException {
    Path base = Files.createDirectories(temp.resolve("data"));

    assertThatThrownBy(() -> ImportPaths.resolveInside(base, name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void aSiblingWhoseNameStartsWithTheBaseNameIsOutside() throws IOException {
    Path base = Files.createDirectories(temp.resolve("data"));
    Files.createDirectories(temp.resolve("data-evil"));

    assertThatThrownBy(() -> ImportPaths.resolveInside(base, "../data-evil/x.opml"))
        .hasMessageContaining("path leaves");
  }

  @Test
  void aSymbolicLinkPointingOutsideIsRefused() throws IOException {
    Path base = Files.createDirectories(temp.resolve("data"));
    Path outside = Files.writeString(temp.resolve("secret.opml"), "<opml/>");
    Files.createSymbolicLink(base.resolve("link.opml"), outside);

    assertThatThrownBy(() -> ImportPaths.resolveInside(base, "link.opml"))
        .hasMessageContaining("symbolic link leads outside");
  }

  @Test
  void aNameInsideTheBaseResolvesThere() throws IOException {
    Path base = Files.createDirectories(temp.resolve("data"));

    assertThat(ImportPaths.resolveInside(base, "lists/./mine.opml"))
        .isEqualTo(base.toAbsolutePath().resolve("lists/mine.opml"));
  }
}
