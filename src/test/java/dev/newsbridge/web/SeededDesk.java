package dev.newsbridge.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a static {@link TestDesk} field that holds the desk a test class reads: seeded with {@link
 * DeskArticles}, its site started on default settings in a temporary directory before the class's
 * own {@code @BeforeAll} methods run, and closed and deleted after its tests.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SeededDeskExtension.class)
@interface SeededDesk {}
