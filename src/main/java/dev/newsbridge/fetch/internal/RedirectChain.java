package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.HttpUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hops of one fetch. Each new hop must be http(s) and within the redirect limit; the error for
 * a loop or a long chain names every hop, so the source's error log shows where it went.
 */
public final class RedirectChain {
  private final List<URI> hops = new ArrayList<>();
  private final int maxRedirects;

  public RedirectChain(URI start, int maxRedirects) throws FetchException {
    hops.add(HttpUrls.requireHttp(start));
    this.maxRedirects = maxRedirects;
  }

  public URI current() {
    return hops.get(hops.size() - 1);
  }

  /** Follows a redirect's {@code Location}; returns the next URL to fetch. */
  public URI follow(String location) throws FetchException {
    if (location == null || location.isBlank()) {
      throw new FetchException(current(), "redirect without a Location header");
    }
    URI next = HttpUrls.resolveLocation(current(), location);
    if (hops.size() > maxRedirects) {
      throw new FetchException(
          hops.get(0), "too many redirects (limit " + maxRedirects + "): " + describe(next));
    }
    if (!HttpUrls.isHttp(next)) {
      throw new FetchException(
          hops.get(0), "redirect refused, only http and https are fetched: " + describe(next));
    }
    hops.add(next);
    return next;
  }

  private String describe(URI next) {
    return hops.stream().map(URI::toString).collect(Collectors.joining(" -> ")) + " -> " + next;
  }
}
