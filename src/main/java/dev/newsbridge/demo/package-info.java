/**
 * The demo outlet: a small news website written by this project (two mainland outlets, a Taipei one
 * and an English-language daily), served on loopback, so that the whole pipeline can be seen
 * without the network.
 */
package dev.newsbridge.demo;
