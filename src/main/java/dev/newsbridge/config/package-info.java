/**
 * One typed configuration object, with every default beside its option.
 */
package dev.newsbridge.config;
