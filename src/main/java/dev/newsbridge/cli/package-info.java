/**
 * The {@code newsbridge} command line: every subcommand, its options and their defaults.
 */
package dev.newsbridge.cli;
