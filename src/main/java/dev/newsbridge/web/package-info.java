/** Stage 7, publish: the English site, its feeds (Atom, JSON Feed) and the JSON API. */
package dev.newsbridge.web;
