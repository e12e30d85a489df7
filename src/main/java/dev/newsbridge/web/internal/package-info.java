/**
 * Internal to the web stage: routes, view models for the jte templates, feed writers and the JSON
 * API shapes. Not public API; only {@link dev.newsbridge.web.NewsSite} and {@link
 * dev.newsbridge.web.SiteSettings} are meant to be used from other packages.
 */
package dev.newsbridge.web.internal;
