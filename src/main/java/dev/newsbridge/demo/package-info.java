/**
 * The demo outlet: a small Chinese news website written by this project, served on loopback, so
 * that the whole pipeline can be seen without the network.
 */
package dev.newsbridge.demo;
