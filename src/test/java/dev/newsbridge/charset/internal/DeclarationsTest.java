package dev.newsbridge.charset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarationsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html; charset=GBK|GBK",
        "text/html;charset=\"utf-8\"|utf-8",
        "text/html; Charset='gb2312'; foo=bar|gb2312",
        "application/xml; q=1; charset=big5|big5"
      })
  void readsTheCharsetParameterOfContentType(String header, String label) {
    assertThat(Declarations.fromContentType(header)).contains(label);
  }

  @Test
  void contentTypeWithoutCharsetDeclaresNothing() {
    assertThat(Declarations.fromContentType("text/html")).isEmpty();
    assertThat(Declarations.fromContentType(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<html><head><meta charset=gb2312>|gb2312|<meta>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />|GBK|<meta>",
        "<META CONTENT='text/html; charset=big5' HTTP-EQUIV='content-type'>|big5|<meta>",
        "<?xml version=\"1.0\" encoding=\"gb2312\"?><rss>|gb2312|XML prolog",
        "  <?xml version='1.0' encoding='UTF-8' ?>|UTF-8|XML prolog"
      })
  void readsTheDocumentsOwnDeclaration(String head, String label, String where) {
    byte[] bytes = head.getBytes(StandardCharsets.US_ASCII);

    assertThat(Declarations.fromDocument(bytes, 0))
        .contains(new Declarations.Declared(label, where));
  }

  @Test
  void ignoresMetaTagsWithoutCharsetAndDeclarationsBeyondTheScanLimit() {
    String late = " ".repeat(Declarations.DOCUMENT_SCAN_LIMIT) + "<meta charset=gbk>";
    String noCharset = "<meta name=\"viewport\" content=\"width=device-width\">";

    assertThat(Declarations.fromDocument(late.getBytes(StandardCharsets.US_ASCII), 0)).isEmpty();
    assertThat(Declarations.fromDocument(noCharset.getBytes(StandardCharsets.US_ASCII), 0)).isEmpty();
  }
}
