package dev.newsbridge.cli;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.fetch.Validators;
import java.net.URI;
import java.util.function.Function;

/**
 * Fetches single pages for {@code extract URL} with the same safe fetcher ingest uses (address
 * checks, caps, robots.txt), created on first use so that file-only runs open no client.
 */
final class PageFetch implements Function<URI, FetchedResource> {
  private HttpFetcher fetcher;

  @Override
  public synchronized FetchedResource apply(URI url) {
    if (fetcher == null) {
      fetcher = new HttpFetcher(FetchPolicy.defaults());
    }
    try {
      return fetcher.fetch(url, Validators.NONE);
    } catch (FetchException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
