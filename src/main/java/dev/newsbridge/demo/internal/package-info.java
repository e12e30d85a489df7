/**
 * Internals of the demo outlet: the article files, the three outlets' page templates, the RSS
 * writer and the HTTP handler. Not API: use {@link dev.newsbridge.demo.DemoOutlet}.
 */
package dev.newsbridge.demo.internal;
