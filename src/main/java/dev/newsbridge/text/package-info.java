/**
 * Text facts every stage that reads Chinese needs alike (no stage of its own): {@link
 * dev.newsbridge.text.ChineseScripts}, a Simplified view of Traditional text.
 */
package dev.newsbridge.text;
