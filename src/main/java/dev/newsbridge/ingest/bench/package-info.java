/**
 * {@code newsbridge bench ingest}: a generated loopback outlet and a two-pass measurement of the
 * whole ingest pipeline (throughput, time per stage, peak heap, conditional GET on the second
 * pass). Not used by the running desk.
 */
package dev.newsbridge.ingest.bench;
