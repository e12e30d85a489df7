package dev.newsbridge.search.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/**
 * Turns a stored article into its Lucene document. The index keeps only the id (the page is
 * rendered from the database); text fields are indexed, not stored.
 *
 * <p>The original always goes into the original fields. The English fields hold the translation, or
 * the original itself when it is English (nothing to translate); tags hold the tag names and the
 * entities' English names.
 */
public final class ArticleDocument {

  private ArticleDocument() {}

  public static Term idTerm(long id) {
    return new Term(IndexFields.ID, Long.toString(id));
  }

  public static Document of(StoredArticle article) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, Long.toString(article.id()), Field.Store.YES));
    doc.add(new NumericDocValuesField(IndexFields.ID_VALUE, article.id()));
    ExtractedArticle original = article.original();
    addText(doc, IndexFields.TITLE_ORIGINAL, original.title());
    addText(doc, IndexFields.BODY_ORIGINAL, join(original.paragraphs()));
    Translation english = article.translation();
    if (english != null) {
      addText(doc, IndexFields.TITLE_EN, english.title());
      addText(doc, IndexFields.BODY_EN, join(english.paragraphs()));
    } else if ("en".equals(article.language())) {
      addText(doc, IndexFields.TITLE_EN, original.title());
      addText(doc, IndexFields.BODY_EN, join(original.paragraphs()));
    }
    addText(doc, IndexFields.TAGS_EN, join(List.copyOf(tagNames(article))));
    return doc;
  }

  private static Set<String> tagNames(StoredArticle article) {
    Set<String> names = new LinkedHashSet<>();
    for (Tag tag : article.tags()) {
      names.add(tag.name());
    }
    if (article.translation() != null) {
      for (Entity entity : article.translation().entities()) {
        names.add(entity.english());
      }
    }
    return names;
  }

  private static void addText(Document doc, String field, String text) {
    if (text != null && !text.isBlank()) {
      doc.add(new TextField(field, text, Field.Store.NO));
    }
  }

  /** Paragraphs as one text, a blank line between them; null paragraphs are skipped. */
  private static String join(List<String> parts) {
    return String.join("\n\n", parts.stream().filter(p -> p != null).toList());
  }
}
