import DuidingCore
import DuidingText
import Testing

@Suite("Tokenizer (UD Dutch and English conventions)")
struct TokenizerTests {
    static let dutch = try! Tokenizer(rules: TokenizerRules(language: "nl"))  // swift-format-ignore: NeverUseForceTry
    static let english = try! Tokenizer(rules: TokenizerRules(language: "en"))  // swift-format-ignore: NeverUseForceTry

    /// Tokens written with `|` between them.
    @Test(arguments: [
        // Quote styles
        (#""Goed," zei hij."#, #"" | Goed | , | " | zei | hij | ."#),
        ("'Warme gesprekken'", "' | Warme | gesprekken | '"),
        ("„Ja”, zei ze.", "„ | Ja | ” | , | zei | ze | ."),
        (",,Door te vasten'', zegt hij.", ",, | Door | te | vasten | '' | , | zegt | hij | ."),
        ("‘Nee’ en «oui»", "‘ | Nee | ’ | en | « | oui | »"),
        ("geld:,,We zullen", "geld | : | ,, | We | zullen"),
        ("zei hij,,,maar", "zei | hij | , | ,, | maar"),
        // Abbreviations and initials
        ("dr. Jansen en mr. Pietersen", "dr. | Jansen | en | mr. | Pietersen"),
        ("o.a. Rusland, bijv. China, i.p.v. de VS, ca. 90", "o.a. | Rusland | , | bijv. | China | , | i.p.v. | de | VS | , | ca. | 90"),
        ("O.J. Simpson en F.J.G. Jansen", "O.J. | Simpson | en | F.J.G. | Jansen"),
        ("H. de Vries", "H. | de | Vries"),
        ("St.-Janstraat", "St.-Janstraat"),
        // Numbers and times
        ("1.000,50 euro", "1.000,50 | euro"),
        ("om 09:34 en 19.15 uur", "om | 09:34 | en | 19.15 | uur"),
        ("90% van 2023-03", "90% | van | 2023-03"),
        ("in 2001.", "in | 2001 | ."),
        ("van 1985-1987 op 1-1-2006", "van | 1985-1987 | op | 1-1-2006"),
        ("3 - 6 6 - 1", "3 | - | 6 | 6 | - | 1"),
        ("de jaren '30", "de | jaren | '30"),
        ("20 km²", "20 | km²"),
        // Elisions and apostrophes
        ("'s avonds in 't huis", "'s | avonds | in | 't | huis"),
        ("zo'n m'n Oekraïne's homo's", "zo'n | m'n | Oekraïne's | homo's"),
        ("zo’n auto’s", "zo’n | auto’s"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        // Compounds
        ("Nieuwe Zijderoute-conferentie", "Nieuwe | Zijderoute-conferentie"),
        ("Spraak- en taalstoornissen", "Spraak- | en | taalstoornissen"),
        ("micro-elektronica, land-, tuin- en", "micro-elektronica | , | land- | , | tuin- | en"),
        ("CD&V/N-VA", "CD&V/N-VA"),
        // Web
        ("zie https://nos.nl/artikel/123. Of mail", "zie | https://nos.nl/artikel/123 | . | Of | mail"),
        ("(www.nu.nl)", "( | www.nu.nl | )"),
        ("mail redactie@nos.nl, of", "mail | redactie@nos.nl | , | of"),
        ("#Oekraïne en @NOS", "#Oekraïne | en | @NOS"),
        // Emoji and symbols
        ("Goed 👍🏽 nieuws 🇳🇱!", "Goed | 👍🏽 | nieuws | 🇳🇱 | !"),
        ("familie 👨‍👩‍👧 samen", "familie | 👨‍👩‍👧 | samen"),
        // Diacritics and punctuation runs
        ("Dostojevski, Oekraïne, Citroën, café", "Dostojevski | , | Oekraïne | , | Citroën | , | café"),
        ("Echt?! Ja... Nee…", "Echt | ?! | Ja | ... | Nee | …"),
        ("(tussen haakjes)", "( | tussen | haakjes | )"),
    ])
    func dutch(input: String, expected: String) {
        #expect(Self.dutch.tokenize(input).joined(separator: " | ") == expected)
    }

    @Test(arguments: [
        ("I don't know, it's John's.", "I | do | n't | know | , | it | 's | John | 's | ."),
        ("Mr. Smith visited the U.S. on Jan. 5.", "Mr. | Smith | visited | the | U.S. | on | Jan. | 5 | ."),
        ("They'll go; we're here", "They | 'll | go | ; | we | 're | here"),
    ])
    func english(input: String, expected: String) {
        #expect(Self.english.tokenize(input).joined(separator: " | ") == expected)
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Oekraïne 👨‍👩‍👧 Citroënfan."
        let scalars = ScalarText.scalars(of: text)
        var spans: [TokenSpan] = []
        Self.dutch.tokenize(scalars, in: 0..<scalars.count, into: &spans)
        #expect(spans.map(\.start) == [0, 9, 15, 25])
        #expect(spans.map(\.end) == [8, 14, 25, 26])
        #expect(spans.map(\.spaceAfter) == [true, true, false, false])
        for span in spans {
            #expect(!ScalarText.string(scalars, span.start..<span.end).isEmpty)
        }
    }

    @Test func whitespaceOfAllKindsSeparatesTokens() {
        #expect(Self.dutch.tokenize("een\u{00A0}twee\u{200B}drie\tvier\u{2009}vijf") == ["een", "twee", "drie", "vier", "vijf"])
    }

    @Test func onlyPunctuationGivesPunctuationTokens() {
        #expect(Self.dutch.tokenize("?!... ,,'' --") == ["?!", "...", ",,", "''", "--"])
        #expect(Self.dutch.tokenize("   ").isEmpty)
    }
}

@Suite("Tokenizer: regressions")
struct TokenizerRegressionTests {
    static let dutch = TokenizerTests.dutch

    @Test func longChainsOfJoinedAbbreviationsDoNotOverflowTheStack() {
        let text = "Dat is " + String(repeating: "A.-", count: 10_000) + "B einde."
        #expect(Self.dutch.tokenize(text).count == 5)
        #expect(Self.dutch.tokenize(String(repeating: "St.-", count: 20_000)).count >= 1)
    }

    @Test func manyClosingBracketsAfterAnAddressAreLinear() {
        let tokens = Self.dutch.tokenize("Zie http://x.nl/" + String(repeating: ")", count: 50_000))
        #expect(tokens.first == "Zie")
        #expect(tokens.count > 2)
    }

    @Test func abbreviationsMatchAsWritten() {
        #expect(Self.dutch.tokenize("de EU en de VS. Het") == ["de", "EU", "en", "de", "VS", ".", "Het"])
        #expect(Self.dutch.tokenize("Dr. Jansen") == ["Dr.", "Jansen"])
    }
}
