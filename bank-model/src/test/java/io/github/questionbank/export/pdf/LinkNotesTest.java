package io.github.questionbank.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkNotesTest {

  @Test
  void onlyWebAndMailAddressesArePrinted() {
    assertThat(LinkNotes.printable("https://example.com/a")).isTrue();
    assertThat(LinkNotes.printable("HTTP://example.com")).isTrue();
    assertThat(LinkNotes.printable("mailto:ops@example.com")).isTrue();
    assertThat(LinkNotes.printable("file:///etc/passwd")).isFalse();
    assertThat(LinkNotes.printable("../other.md")).isFalse();
    assertThat(LinkNotes.printable("#section")).isFalse();
    assertThat(LinkNotes.printable("https://")).isFalse();
  }

  @Test
  void aTextThatShowsTheAddressNeedsNoNote() {
    assertThat(LinkNotes.textShowsAddress("https://example.com", "https://example.com")).isTrue();
    assertThat(LinkNotes.textShowsAddress("example.com", "https://example.com/")).isTrue();
    assertThat(LinkNotes.textShowsAddress("Ops@Example.com", "mailto:ops@example.com")).isTrue();
    assertThat(LinkNotes.textShowsAddress("PostgreSQL docs", "https://postgresql.org")).isFalse();
    assertThat(LinkNotes.textShowsAddress("example.com", "https://example.com/docs")).isFalse();
  }

  @Test
  void aMailAddressPrintsWithoutMailto() {
    assertThat(LinkNotes.printed("mailto:ops@example.com")).isEqualTo("ops@example.com");
    assertThat(LinkNotes.printed("MAILTO:ops@example.com")).isEqualTo("ops@example.com");
    assertThat(LinkNotes.printed("https://example.com")).isEqualTo("https://example.com");
  }

  @Test
  void anAddressLinkedTwiceKeepsItsNumber() {
    LinkNotes notes = new LinkNotes();
    assertThat(notes.isEmpty()).isTrue();

    assertThat(notes.number("https://a.example")).isEqualTo(1);
    assertThat(notes.number("https://b.example")).isEqualTo(2);
    assertThat(notes.number("https://a.example")).isEqualTo(1);

    assertThat(notes.addresses()).containsExactly("https://a.example", "https://b.example");
  }
}
