/**
 * Internal helpers of the fetch stage (address checks, body limits, deadlines, robots.txt,
 * politeness). Not public API: only {@link dev.newsbridge.fetch} is; these may change without
 * notice.
 */
package dev.newsbridge.fetch.internal;
