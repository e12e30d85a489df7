package dev.newsbridge.web;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.AnnotationSupport;

/** Opens and closes the desk of each {@link SeededDesk} field. */
final class SeededDeskExtension implements BeforeAllCallback, AfterAllCallback {
  private static final Namespace NAMESPACE = Namespace.create(SeededDeskExtension.class);

  /** A desk and the directory it was opened in, which goes with it. */
  private record Opened(TestDesk desk, Path dir) {}

  // @Nested classes inherit the extension but declare no field of their own: they read the
  // enclosing class's desk, and nothing is opened or closed for them.

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    for (Field field : fields(context)) {
      Path dir = Files.createTempDirectory("newsbridge-web-");
      TestDesk desk = TestDesk.open(dir, SiteSettings.defaults());
      context.getStore(NAMESPACE).put(field, new Opened(desk, dir));
      field.setAccessible(true);
      field.set(null, desk);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    for (Field field : fields(context)) {
      Opened opened = context.getStore(NAMESPACE).remove(field, Opened.class);
      if (opened != null) {
        opened.desk().close();
        delete(opened.dir());
      }
    }
  }

  private static List<Field> fields(ExtensionContext context) {
    List<Field> fields =
        AnnotationSupport.findAnnotatedFields(context.getRequiredTestClass(), SeededDesk.class);
    for (Field field : fields) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != TestDesk.class) {
        throw new ExtensionConfigurationException(
            "@SeededDesk goes on a static TestDesk field, not on " + field);
      }
    }
    return fields;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
