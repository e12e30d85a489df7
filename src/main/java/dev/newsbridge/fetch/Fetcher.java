package dev.newsbridge.fetch;

import java.net.URI;

/**
 * The fetch port: gets one URL politely and safely. Implementations enforce the {@link
 * FetchPolicy} (address checks, size and time caps, redirect limit, robots.txt).
 */
public interface Fetcher {

  /**
   * Fetches {@code url}, sending {@code validators} as a conditional GET when not empty.
   *
   * @throws FetchException with the URL, status and reason when the fetch fails or is refused
   */
  FetchedResource fetch(URI url, Validators validators) throws FetchException;
}
