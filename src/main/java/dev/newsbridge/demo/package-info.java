/**
 * The demo outlet: a small Chinese news website written by this project (two mainland outlets and a
 * Taipei one), served on loopback, so that the whole pipeline can be seen without the network.
 */
package dev.newsbridge.demo;
