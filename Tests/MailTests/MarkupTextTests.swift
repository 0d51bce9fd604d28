import Mail
import Testing

/// Text a user typed (a roadmap activity, a survey choice) goes into the charts and letters as text, never as markup.
struct MarkupTextTests {
    @Test func markupAndQuotesAreEscaped() {
        #expect(
            MarkupText.escaped(#"<script>"a" & 'b'</script>"#)
                == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;")
        let plain = "Анкетирование «Чем я могу быть полезен»"
        #expect(MarkupText.escaped(plain) == plain)
    }
}
