package dev.newsbridge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system for the disk-full and read-only tests: a tmpfs of a given size mounted
 * on a test directory. Mounting needs root (CI runs as root); elsewhere {@link #mount} returns
 * empty and the test is skipped, and the SQLite-level {@code DiskFullTest} still runs.
 */
public final class SmallFileSystem implements AutoCloseable {
  private final Path mountPoint;

  private SmallFileSystem(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** A tmpfs of {@code kibibytes} on {@code mountPoint}, or empty when this machine cannot mount. */
  public static Optional<SmallFileSystem> mount(Path mountPoint, int kibibytes) {
    boolean mounted =
        run("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k", "tmpfs", mountPoint.toString());
    return mounted ? Optional.of(new SmallFileSystem(mountPoint)) : Optional.empty();
  }

  /** A tmpfs as {@link #mount}, or the calling test is skipped (aborted) when none can be had. */
  public static SmallFileSystem mountOrSkip(Path mountPoint, int kibibytes) {
    Optional<SmallFileSystem> mounted = mount(mountPoint, kibibytes);
    Assumptions.assumeTrue(mounted.isPresent(), "cannot mount a tmpfs here (not root)");
    return mounted.get();
  }

  public Path root() {
    return mountPoint;
  }

  /** Makes the whole file system read-only: even root cannot write to it then (EROFS). */
  public void makeReadOnly() {
    if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
      throw new IllegalStateException("cannot remount " + mountPoint + " read-only");
    }
  }

  /**
   * Fills the free space with a file in chunks of 4 KiB until the file system refuses more, then
   * gives back {@code leaveKibibytes}; the file can be deleted to make room again.
   */
  public Path fill(int leaveKibibytes) throws IOException {
    Path filler = mountPoint.resolve("filler.bin");
    byte[] chunk = new byte[4096];
    try (var out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(chunk);
        out.flush();
      }
    } catch (IOException full) {
      // ENOSPC: the file system is full, which is what we wanted.
    }
    long size = Files.size(filler);
    try (var file = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
      file.truncate(Math.max(0, size - leaveKibibytes * 1024L));
    }
    return filler;
  }

  @Override
  public void close() {
    run("umount", "-l", mountPoint.toString());
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
