/**
 * Stage 4, translate: the {@link dev.newsbridge.translate.Translator} port, its engines and the entity layer that keeps people's and companies' names right.
 */
package dev.newsbridge.translate;
