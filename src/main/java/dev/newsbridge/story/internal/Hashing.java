package dev.newsbridge.story.internal;

/** 32-bit term hashes (FNV-1a over UTF-16 units, then a murmur finaliser), namespaced by kind. */
public final class Hashing {
  private Hashing() {}

  public static int term(char namespace, String token) {
    int h = 0x811c9dc5 ^ namespace;
    for (int i = 0; i < token.length(); i++) {
      h ^= token.charAt(i);
      h *= 0x01000193;
    }
    return mix(h);
  }

  public static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
