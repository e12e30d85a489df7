package dev.newsbridge.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The site's JSON writer: ISO-8601 dates with their offset, and HTML-significant characters ({@code
 * < > & '}) plus U+2028/U+2029 written as {@code \}{@code uXXXX} escapes, as Go's encoding/json
 * does, so that a JSON body sniffed or pasted into a page can never close a tag. Parsers read back
 * exactly the original text.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }

  private static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return mapper;
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] table = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        table[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
