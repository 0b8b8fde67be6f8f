import DuidingCore
import DuidingResources
import DuidingStatements
import Testing

/// Quotation marks of every style are paired, across paragraphs where Dutch repeats the opening mark, and
/// apostrophes are not taken for marks.
@Suite struct QuoteMarksTests {
    static let marks: QuoteMarks? = try? QuoteMarks(bundle: .shipped, elisions: ["'s", "'t", "'n"])

    /// The scalars of `text` and its paragraphs, one per line.
    static func paragraphs(_ text: String) -> (scalars: [Unicode.Scalar], blocks: [Range<Int>]) {
        let scalars = ScalarText.scalars(of: text)
        var blocks: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            blocks.append(start..<index)
            start = index + 1
        }
        blocks.append(start..<scalars.count)
        return (scalars, blocks)
    }

    /// The quoted texts of `text`, one paragraph per line.
    static func quoted(_ text: String) throws -> [String] {
        let marks = try #require(Self.marks)
        let (scalars, blocks) = Self.paragraphs(text)
        return marks.quotations(in: scalars, blocks: blocks).map { quotation in
            quotation.pieces.map { ScalarText.string(scalars, $0) }.joined(separator: " ")
        }
    }

    @Test(arguments: [
        ("\"Ik kom\", zei hij.", "Ik kom"),
        ("„Ik kom”, zei hij.", "Ik kom"),
        ("„Ik kom“, zei hij.", "Ik kom"),
        (",,Ik kom'', zei hij.", "Ik kom"),
        (",, Ik kom '', zei hij.", "Ik kom"),
        ("'Ik kom', zei hij.", "Ik kom"),
        ("‘Ik kom’, zei hij.", "Ik kom"),
        ("«Ik kom», zei hij.", "Ik kom"),
        ("De premier: “Ik kom.”", "Ik kom."),
    ])
    func everyStyle(text: String, expected: String) throws {
        #expect(try Self.quoted(text) == [expected])
    }

    @Test func threeCommasAreACommaAndAnOpeningMark() throws {
        #expect(try Self.quoted(",,Wij weten'', aldus Jansen,,, waar we staan.''") == ["Wij weten", "waar we staan."])
        #expect(try Self.quoted(",,Ik kom'', zei hij,,,maar niet morgen.''") == ["Ik kom", "maar niet morgen."])
    }

    @Test func apostrophesAreNoMarks() throws {
        #expect(try Self.quoted("Zo'n plan komt 's avonds, zei Hans' broer in '81.").isEmpty)
        #expect(try Self.quoted("Het is ‘zo’n dag’, zei ze.") == ["zo’n dag"])
        #expect(try Self.quoted("Hij noemde het 'onzin' en 't was 'n grap.") == ["onzin"])
    }

    @Test func nestedQuotationsArePartOfTheOuter() throws {
        #expect(try Self.quoted("\"Hij sprak van 'de crisis' daar\", zei ze.") == ["Hij sprak van 'de crisis' daar"])
    }

    @Test func aQuotationGoesOnInTheNextParagraph() throws {
        let text = "Ze zei: „Wij komen.\n„Maar niet morgen.”\nDaarna ging ze weg."
        #expect(try Self.quoted(text) == ["Wij komen. Maar niet morgen."])
    }

    @Test func aParagraphThatClosesBeforeItsOwnAttributionIsAQuotationOfItsOwn() throws {
        // `"…", reageert X` attributes only its own paragraph: the quotation left open before it ended there.
        let text = "\"Wij komen niet.\n\"Dat is een zwak excuus\", reageert de minister.\n\"Maar niet morgen.\n\"En ook niet overmorgen.\", zei ze."
        #expect(try Self.quoted(text) == ["Wij komen niet.", "Dat is een zwak excuus", "Maar niet morgen.", "En ook niet overmorgen."])
        // One that closes with no attribution after it is the last part of the one before.
        #expect(try Self.quoted("Ze zei: „Wij komen.\n„Maar niet morgen.”\nDaarna ging ze weg.") == ["Wij komen. Maar niet morgen."])
    }

    @Test func aStraightSingleMarkClosedByADoubleOneIsAQuotation() throws {
        #expect(try Self.quoted("Manager Peeters: 'Wij zijn een kleine club\"") == ["Wij zijn een kleine club"])
        #expect(try Self.quoted("'Te weinig zon\", zegt de weervrouw.") == ["Te weinig zon"])
        // Well-formed nesting is read as before.
        #expect(try Self.quoted("Hij zei: \"Het 'partnerschap' is dood.\"") == ["Het 'partnerschap' is dood."])
    }

    @Test func aParagraphLeftOpenEndsWithIt() throws {
        #expect(try Self.quoted("\"Wij komen niet.\nHet regende.") == ["Wij komen niet."])
    }

    @Test func aParagraphThatOnlyClosesIsTheEndOfAQuotation() throws {
        #expect(try Self.quoted("Dat leidt tot andere aankopen.\"") == ["Dat leidt tot andere aankopen."])
    }

    @Test func aFirstMarkThatClosesEndsAQuotationBegunBefore() throws {
        #expect(try Self.quoted("Je creëert problemen\", aldus Gminder.") == ["Je creëert problemen"])
        // Not when a quotation was already found in the paragraph, or the clause goes on.
        #expect(try Self.quoted("Het woord 2\" staat hier en verder niets.").isEmpty)
    }

    /// How many marks stand where the order of the text's sentences cannot have put them.
    static func breaks(_ text: String) throws -> Int {
        let marks = try #require(Self.marks)
        let (scalars, blocks) = Self.paragraphs(text)
        return marks.orderBreaks(in: scalars, blocks: blocks)
    }

    @Test func marksThatPairAcrossSentencesInOrderShowNoBreak() throws {
        // A quotation over three one-sentence paragraphs, one that Dutch reopens in the next paragraph, apostrophes.
        #expect(try Self.breaks("\"Wij komen.\nMaar niet morgen.\nOok niet overmorgen\", zei ze.") == 0)
        #expect(try Self.breaks("Ze zei: „Wij komen.\n„Maar niet morgen.”\nZo'n dag, 's avonds.") == 0)
        #expect(try Self.breaks(",,Ik kom'', zei hij. „Ik ook”, zei zij.") == 0)
        // An inch closes nothing; three commas are a comma and an opening mark.
        #expect(try Self.breaks("Een inch is 2,54 cm (1\") en een scherm van 27\" is groot.") == 0)
        #expect(try Self.breaks(",,Wij weten'', aldus Jansen,,, waar we staan.''") == 0)
        // A quotation may end in a number.
        #expect(try Self.breaks("Zij zei dat \"elk mens telt, ook nummer 281\".\n\"Het netwerk is vol\", zegt ze.") == 0)
        // A quotation of another kind inside one that goes on over paragraphs is nested.
        #expect(try Self.breaks("«Hij was tien.\n«Na het laatste hoofdstuk zei hij: \"Zo zou het gegaan zijn.\" Dat was genoeg.»") == 0)
    }

    @Test func marksOutOfOrderShowWhereSentencesWereShuffled() throws {
        // A closing mark with no quotation open; an opening one inside a paragraph while one is still open.
        #expect(try Self.breaks("Maar niet morgen\", zei ze.\nHet regende.\n\"Wij komen.") == 1)
        #expect(try Self.breaks("\"Wij komen.\nHet regende, zei \"de krant\".") == 1)
        #expect(try Self.breaks("«Wij komen.\nHet regende, zei hij. «Nu wel.»") == 1)
    }

    @Test func unpairedMarksAreLeftAlone() throws {
        #expect(try Self.quoted("Een inch is 2,54 cm (1\") en dat is alles.").isEmpty)
    }
}

/// Numbers as Dutch writes them, in digits and in words.
@Suite struct QuantitiesTests {
    static let quantities: Quantities? = try? Quantities(language: "nl", bundle: .shipped)

    @Test(arguments: [
        ("10.000", 10_000.0), ("2,5", 2.5), ("1.234,5", 1_234.5), ("1.5", 1.5), ("90", 90), ("twaalf", 12), ("veertig", 40),
        ("vierentwintig", 24), ("tweeëntwintig", 22), ("Twaalf", 12),
    ])
    func values(word: String, value: Double) throws {
        let quantities = try #require(Self.quantities)
        #expect(quantities.value(of: word) == value)
    }

    @Test func notNumbers() throws {
        let quantities = try #require(Self.quantities)
        for word in ["F-16", "3a", "1,2,3", "tiental", "en"] { #expect(quantities.value(of: word) == nil, "\(word)") }
    }
}

/// English has its own quantity and speech words, ready for when it has a parser.
@Suite struct EnglishStatementWordsTests {
    @Test func englishNumbers() throws {
        let quantities = try #require(try Quantities(language: "en", bundle: .shipped))
        #expect(quantities.value(of: "twenty-four") == 24)
        #expect(quantities.value(of: "1,234.5") == 1_234.5)
        #expect(quantities.value(of: "10,000") == 10_000)
        #expect(try SpeechWords(language: "en", bundle: .shipped) != nil)
    }
}
