package dev.newsbridge.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves a file name given to an import or export inside one base directory, refusing every way
 * out (RELIABILITY.md §3.6): absolute paths, {@code ..} segments, Windows separators, and symbolic
 * links that point outside. The check compares {@link Path} objects ({@code
 * base.resolve(name).normalize().startsWith(base)}), never strings: a string prefix check lets
 * {@code /data-evil} pass for {@code /data} (CodeQL {@code java/zipslip}). Nothing is created here.
 */
public final class ImportPaths {
  private ImportPaths() {}

  /**
   * The path {@code name} names inside {@code base}.
   *
   * @throws IllegalArgumentException naming the reason, when {@code name} leaves {@code base}
   */
  public static Path resolveInside(Path base, String name) {
    if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("no file name given");
    }
    if (name.contains("\\")) {
      throw new IllegalArgumentException("backslash in file name refused: " + name);
    }
    Path root = base.toAbsolutePath().normalize();
    Path given;
    try {
      given = Path.of(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a file name: " + name);
    }
    if (given.isAbsolute()) {
      throw new IllegalArgumentException(
          "absolute path refused (give a path inside " + root + "): " + name);
    }
    Path resolved = root.resolve(given).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw new IllegalArgumentException("path leaves " + root + ": " + name);
    }
    requireNoLinkOutside(root, resolved, name);
    return resolved;
  }

  private static void requireNoLinkOutside(Path root, Path resolved, String name) {
    try {
      Path realRoot = root.toRealPath();
      Path existing = resolved;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (existing != null && !existing.toRealPath().startsWith(realRoot)) {
        throw new IllegalArgumentException("symbolic link leads outside " + root + ": " + name);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot check " + name + ": " + e.getMessage());
    }
  }
}
