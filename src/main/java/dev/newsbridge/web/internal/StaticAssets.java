package dev.newsbridge.web.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The stylesheet and icon, read once from the jar. Pages link them with a content hash in the query
 * ({@code /static/site.css?v=…}), so browsers may cache them for a year and still see a new version
 * at once; the ETag answers revalidations with 304.
 */
public final class StaticAssets {
  /** One year, the longest lifetime RFC 9111 caches are expected to honour. */
  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  private static final String ROOT = "/dev/newsbridge/web/static/";
  private static final Map<String, String> TYPES =
      Map.of("site.css", "text/css; charset=utf-8", "icon.svg", "image/svg+xml");

  private final Map<String, Asset> assets;

  private record Asset(byte[] bytes, String type, String hash) {}

  public StaticAssets() {
    this.assets = Map.of("site.css", load("site.css"), "icon.svg", load("icon.svg"));
  }

  /** The address to link, e.g. {@code /static/site.css?v=3f2a…}. */
  public String href(String name) {
    return "/static/" + name + "?v=" + assets.get(name).hash();
  }

  /** Serves {@code /static/{name}}; unknown names are a 404. */
  public void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw Problem.notFound("There is no such file.");
    }
    String etag = "\"" + asset.hash() + "\"";
    ctx.header("Cache-Control", CACHE_CONTROL).header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.type()).result(asset.bytes());
  }

  private static Asset load(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing static asset " + ROOT + name);
      }
      byte[] bytes = in.readAllBytes();
      return new Asset(bytes, TYPES.get(name), sha256(bytes).substring(0, 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
