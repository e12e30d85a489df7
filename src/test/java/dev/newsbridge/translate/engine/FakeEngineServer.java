package dev.newsbridge.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsbridge.translate.ChineseLexicon;
import dev.newsbridge.translate.internal.GlossEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translation server on 127.0.0.1 that speaks one engine's documented protocol (OpenAI chat
 * completions, LibreTranslate, DeepL) and translates with the offline gloss engine, so answers are
 * real English. It misbehaves on request ({@link Fault}) the way real engines do: an LLM that
 * ignores the glossary and writes "Ultraman", an MT model that rewrites placeholder brackets,
 * markup in the answer, rate limits, quota, errors, slowness, broken JSON. It records every
 * request body and the most requests it saw in flight at once.
 */
public final class FakeEngineServer implements AutoCloseable {
  public enum Protocol {
    OPENAI("/v1/chat/completions"),
    LIBRETRANSLATE("/translate"),
    DEEPL("/v2/translate");

    final String path;

    Protocol(String path) {
      this.path = path;
    }
  }

  public enum Fault {
    /** A faithful engine: placeholders copied exactly. */
    NONE,
    /** The engine-typical failure: names rendered its own way (LLM) or brackets rewritten (MT). */
    CARELESS_NAMES,
    /**
     * OpenAI: the model writes names from the glossary instead of their tokens, people by surname
     * only (even at the first mention), others in full.
     */
    SPELLED_OUT,
    /** Each answer carries an image tag with an onerror handler and a script. */
    HTML_INJECTION,
    /** 429 with Retry-After: 7. */
    RATE_LIMITED,
    /** DeepL's 456 quota exceeded. */
    QUOTA,
    /** 500 with an error page. */
    SERVER_ERROR,
    /** Answers after 3 s. */
    SLOW,
    /** 200 with a body that is not JSON. */
    MALFORMED_JSON,
    /** One paragraph fewer than asked. */
    WRONG_COUNT,
    /** OpenAI: finish_reason=length with a cut-off answer. */
    TRUNCATED,
    /** OpenAI: 400 for any response_format of type json_schema (older servers). */
    NO_JSON_SCHEMA
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("⟦(\\d+)⟧");
  private static final Pattern GLOSSARY_LINE =
      Pattern.compile("⟦(\\d+)⟧ = (\\S+) = ([^(\\n]+?)(?: \\((\\w+)\\))?\\n");
  private static final GlossEngine GLOSS = new GlossEngine();

  private final Protocol protocol;
  private final HttpServer server;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;

  public FakeEngineServer(Protocol protocol) {
    this.protocol = protocol;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(protocol.path, this::handle);
    server.start();
  }

  public FakeEngineServer fault(Fault f) {
    fault = f;
    return this;
  }

  /** The base URL an engine is configured with. */
  public String baseUrl() {
    String root = "http://127.0.0.1:" + server.getAddress().getPort();
    return protocol == Protocol.OPENAI ? root + "/v1" : root;
  }

  public List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  List<Map<String, String>> headers() {
    return List.copyOf(headers);
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      requests.add(body);
      Map<String, String> h = new HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(), v.get(0)));
      headers.add(h);
      answer(exchange, body);
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange, JsonNode body) throws IOException {
    switch (fault) {
      case RATE_LIMITED -> {
        exchange.getResponseHeaders().set("Retry-After", "7");
        send(exchange, 429, "{\"error\":\"Too many requests\"}");
        return;
      }
      case QUOTA -> {
        send(exchange, 456, "{\"message\":\"Quota exceeded\"}");
        return;
      }
      case SERVER_ERROR -> {
        send(exchange, 500, "<html><body>Internal Server Error</body></html>");
        return;
      }
      case MALFORMED_JSON -> {
        send(exchange, 200, "{\"translations\": [ this is not json");
        return;
      }
      case SLOW -> sleep(3000);
      case NO_JSON_SCHEMA -> {
        if ("json_schema".equals(body.path("response_format").path("type").asText())) {
          send(exchange, 400, "{\"error\":{\"message\":\"response_format json_schema unsupported\"}}");
          return;
        }
      }
      default -> { }
    }
    List<String> in = paragraphsOf(body);
    Map<Integer, String> names = protocol == Protocol.OPENAI ? glossary(body, 2) : Map.of();
    englishNames = protocol == Protocol.OPENAI ? glossary(body, 3) : Map.of();
    types = protocol == Protocol.OPENAI ? glossary(body, 4) : Map.of();
    List<String> out = new ArrayList<>();
    for (String p : in) {
      out.add(misbehave(GLOSS.translateParagraph(p), names, out.size()));
    }
    if (fault == Fault.WRONG_COUNT) {
      out.remove(out.size() - 1);
    }
    send(exchange, 200, JSON.writeValueAsString(wrap(out)));
  }

  private String misbehave(String english, Map<Integer, String> names, int index) {
    return switch (fault) {
      case CARELESS_NAMES -> protocol == Protocol.OPENAI
          ? replacePlaceholders(english, id -> carelessName(names.get(id)))
          : replacePlaceholders(english, id -> index % 2 == 0 ? "[" + id + "]" : "【 " + id + " 】");
      case SPELLED_OUT -> replacePlaceholders(english, id -> "person".equals(types.get(id))
          ? surname(english(id)) : english(id));
      case HTML_INJECTION -> english + " <img src=x onerror=alert(1)><script>alert(2)</script>";
      default -> english;
    };
  }

  /** What a careless engine writes for a name: its dictionary reading, else its pinyin. */
  static String carelessName(String chinese) {
    if (chinese == null) {
      return "";
    }
    String gloss = ChineseLexicon.gloss(chinese);
    String name = gloss != null ? gloss.split("[;,(]")[0].strip()
        : ChineseLexicon.pinyin(chinese).replace(" ", "");
    return name.isEmpty() ? chinese : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String replacePlaceholders(String text, java.util.function.IntFunction<String> f) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(f.apply(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(out).toString();
  }

  /** The paragraphs a request asked to translate. */
  public List<String> paragraphsOf(JsonNode body) throws IOException {
    JsonNode array = switch (protocol) {
      case OPENAI -> JSON.readTree(body.path("messages").path(1).path("content").asText())
          .path("paragraphs");
      case LIBRETRANSLATE -> body.path("q");
      case DEEPL -> body.path("text");
    };
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private volatile Map<Integer, String> englishNames = Map.of();
  private volatile Map<Integer, String> types = Map.of();

  private String english(int id) {
    return englishNames.getOrDefault(id, "");
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static Map<Integer, String> glossary(JsonNode body, int group) {
    Map<Integer, String> names = new HashMap<>();
    Matcher m = GLOSSARY_LINE.matcher(body.path("messages").path(0).path("content").asText());
    while (m.find()) {
      if (m.group(group) != null) {
        names.put(Integer.parseInt(m.group(1)), m.group(group));
      }
    }
    return names;
  }

  private Object wrap(List<String> out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    switch (protocol) {
      case OPENAI -> {
        ObjectNode choice = root.putArray("choices").addObject();
        String content = JSON.writeValueAsString(Map.of("paragraphs", out));
        if (fault == Fault.TRUNCATED) {
          content = content.substring(0, content.length() / 2);
        }
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", fault == Fault.TRUNCATED ? "length" : "stop");
      }
      case LIBRETRANSLATE -> {
        var array = root.putArray("translatedText");
        out.forEach(array::add);
      }
      case DEEPL -> {
        var array = root.putArray("translations");
        out.forEach(t -> array.addObject().put("detected_source_language", "ZH").put("text", t));
      }
    }
    return root;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
