import DuidingCore
import Testing

/// Typographic marks read as the plain ones the models were trained on.
@Suite struct TypographyTests {
    @Test(arguments: [
        ("„", "\""), ("“", "\""), ("”", "\""), ("‘", "'"), ("’", "'"), ("«", "«"), ("»", "»"),
        ("zo’n", "zo'n"), ("d’haese", "d'haese"), ("–", "-"), ("2,5–3", "2,5-3"), ("…", "..."),
        ("zo'n", "zo'n"), ("Poetin", "Poetin"), ("Oekraïne", "Oekraïne"),
    ])
    func plain(word: String, expected: String) {
        #expect(Typography.plain(word) == expected)
    }
}
