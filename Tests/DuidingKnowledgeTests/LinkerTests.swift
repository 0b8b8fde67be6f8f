import DuidingCore
import DuidingKnowledge
import DuidingResources
import Foundation
import Testing

/// A small knowledge base written to a temporary folder, read by the real loader.
enum SmallKnowledgeBase {
    static let files: [String: String] = [
        "knowledge/transliteration.tsv": header + "tsj\tch\nsj\tsh\noe\tu\nou\tu\nj\ti\ny\ti\n",
        "knowledge/name-particles.txt": header + "van\nder\nvon\n",
        "knowledge/articles.txt": header + "de\nhet\nthe\n",
        "knowledge/countries.tsv": header
            + "RU\tQ159\tRussia\tRusland\tRussisch | Russische\tRus | Russen\tRussian\tRussians\tMoscow\t-\tMoscow Kremlin\tcountry\n"
            + "CN\tQ148\tChina\tChina\tChinees | Chinese\tChinees | Chinezen\tChinese\tChinese\tBeijing\t-\t-\tcountry\n"
            + "US\tQ30\tUnited States\tVerenigde Staten | VS\tAmerikaans | Amerikaanse\tAmerikaan | Amerikanen\tAmerican\tAmericans\tWashington, D.C.\t-\t-\tcountry\n",
        "knowledge/entities/places.tsv": header
            + "Q649\tGPE\tRU\t4\tMoscow\tMoskou\t-\t-\tcity\n"
            + "Q956\tGPE\tCN\t4\tBeijing\tPeking\t-\t-\tcity\n"
            + "Q61\tGPE\tUS\t4\tWashington, D.C. | Washington\t-\t-\t-\tcity\n"
            + "-\tLOC\tRU\t4\tMoscow Kremlin | the Kremlin | Kremlin\thet Kremlin | Kremlin\t-\t-\tbuilding\n",
        "knowledge/entities/people.tsv": header
            + "Q7747\tPER\tRU\t5\tVladimir Putin | Putin\tVladimir Poetin | Poetin\tPresident of Russia\tpresident van Rusland\tpolitician\n"
            + "Q23530\tPER\tRU\t5\tDmitry Medvedev | Medvedev\tDmitri Medvedev\t-\t-\tpolitician\n"
            + "Q15031\tPER\tCN\t5\tXi Jinping | Xi\t-\t-\t-\tpolitician\n"
            + "-\tPER\tRU\t4\tSergei Shoigu | Shoigu\t-\t-\t-\tpolitician\n"
            + "-\tPER\tRU\t4\tAndrei Belousov | Belousov\t-\t-\t-\tpolitician\n"
            + "-\tPER\tUS\t4\tAntony Blinken | Blinken\t-\t-\t-\tpolitician\n"
            + "-\tPER\tDE\t5\tUrsula von der Leyen | Von der Leyen\t-\t-\t-\tpolitician\n"
            + "-\tPER\tRU\t4\tSergey Lavrov | Lavrov\tSergej Lavrov | Lavrov\t-\t-\tpolitician\n",
        "knowledge/roles/people.tsv": header
            + "Vladimir Putin\thead-of-state\tRU\t2000-05-07\t2008-05-07\t-\t-\t-\n"
            + "Vladimir Putin\thead-of-state\tRU\t2012-05-07\t-\t-\t-\t-\n"
            + "Dmitry Medvedev\thead-of-state\tRU\t2008-05-07\t2012-05-07\t-\t-\t-\n"
            + "Xi Jinping\thead-of-state\tCN\t2013-03-14\t-\t-\t-\t-\n"
            + "Sergei Shoigu\tdefence-minister\tRU\t2012-11\t2024-05-12\t-\t-\t-\n"
            + "Andrei Belousov\tdefence-minister\tRU\t2024-05-14\t-\t-\t-\t-\n"
            + "Antony Blinken\tforeign-minister\tUS\t2021-01-26\t2025-01-20\t-\t-\t-\n",
    ]
    static let header = "# format: test data\n# source: written for the tests\n# licence: CC0\n"

    static func bundle(replacing changes: [String: String] = [:]) throws -> ResourceBundle {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-kb-\(UUID().uuidString)")
        for (name, contents) in files.merging(changes, uniquingKeysWith: { $1 }) {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return ResourceBundle(root: root)
    }

    static let linker: Linker? = {
        guard let bundle = try? bundle(), let kb = try? KnowledgeBase(bundle: bundle),
            let nl = try? ReferenceWords(language: "nl", bundle: .shipped)
        else { return nil }
        return Linker(kb: kb, words: ["nl": nl])
    }()
}

/// An analysis from inline markup: words separated by spaces, `[Mark Rutte]PER` for a tagged name.
func marked(_ markup: String, day: String) -> Analysis {
    var text = ""
    var tokens: [Token] = []
    var rest = Substring(markup)
    while !rest.isEmpty {
        rest = rest.drop { $0 == " " }
        guard !rest.isEmpty else { break }
        var words: [Substring]
        var type: String?
        if rest.first == "[", let close = rest.firstIndex(of: "]") {
            words = rest[rest.index(after: rest.startIndex)..<close].split(separator: " ")
            let after = rest[rest.index(after: close)...]
            let label = after.prefix { $0.isUppercase }
            type = String(label)
            rest = after.dropFirst(label.count)
        } else {
            let word = rest.prefix { $0 != " " }
            words = [word]
            rest = rest.dropFirst(word.count)
        }
        for (index, word) in words.enumerated() {
            if !text.isEmpty { text += " " }
            let start = text.unicodeScalars.count
            text += word
            var token = Token(text: String(word), start: start, end: text.unicodeScalars.count, spaceAfter: true)
            token.ner = type.map { (index == 0 ? "B-" : "I-") + $0 } ?? "O"
            tokens.append(token)
        }
    }
    var analysis = Analysis(language: "nl", text: text)
    analysis.referenceTime = day + "T12:00:00+00:00"
    analysis.tokens = tokens
    analysis.sentences = [Sentence(start: 0, end: text.unicodeScalars.count, tokens: 0..<tokens.count)]
    return analysis
}

@Suite struct LinkerTests {
    func link(_ markup: String, day: String = "2024-05-16") throws -> [Entity] {
        let linker = try #require(SmallKnowledgeBase.linker)
        var analysis = marked(markup, day: day)
        linker.link(&analysis)
        return analysis.entities
    }

    func entity(_ title: String, in entities: [Entity]) -> Entity? { entities.first { $0.title == title } }

    @Test func aNameLosesTheFunctionWordOrTitleTheTaggerTookIntoIt() throws {
        // `Of` opening the sentence (shipped `opener` words) and a lowercase title before a person's name are no part of
        // the name; a name particle is (`van der`).
        let entities = try link("[Of Poetin]PER opnieuw komt , is de vraag . Zo zei [lerares Anna Petrova]PER het . [Jan van der Berg]PER ook .")
        #expect(entity("Vladimir Putin", in: entities)?.mentions.map(\.text) == ["Poetin"])
        #expect(entities.contains { $0.name == "Anna Petrova" && $0.type == "PER" })
        #expect(entities.contains { $0.name == "Jan van der Berg" })
    }

    @Test func bridgesDutchTransliterations() throws {
        let entities = try link("[Poetin]PER benoemde [Beloöesov]PER en ontsloeg [Sjojgoe]PER .")
        #expect(entity("Vladimir Putin", in: entities)?.kb == "Q7747")
        #expect(entity("Andrei Belousov", in: entities) != nil)
        #expect(entity("Sergei Shoigu", in: entities) != nil)
    }

    @Test(arguments: [("2010-06-01", "Dmitry Medvedev"), ("2024-05-16", "Vladimir Putin")])
    func officeDescriptionsResolveOnTheReferenceDay(day: String, title: String) throws {
        let entities = try link("[Xi]PER ontving gisteren gasten . De Russische president zei niets .", day: day)
        let president = try #require(entity(title, in: entities))
        #expect(president.mentions.map(\.text) == ["De Russische president"])
        #expect(president.mentions.first?.kind == "description")
    }

    @Test func anOfficeBeforeANameIsNoMentionButHelpsTheName() throws {
        let entities = try link("De Amerikaanse minister van Buitenlandse Zaken [Antony Blinken]PER reisde af . [Blinken]PER zei dat hij kwam .")
        let blinken = try #require(entity("Antony Blinken", in: entities))
        #expect(blinken.mentions.map(\.text) == ["Antony Blinken", "Blinken", "hij"])
        #expect(blinken.mentions.last?.kind == "pronoun")
    }

    @Test func groupsTakeTheLastEntitiesOfTheirKind() throws {
        let entities = try link("[Poetin]PER sprak met [Xi]PER . De twee leiders tekenden .")
        for title in ["Vladimir Putin", "Xi Jinping"] {
            #expect(entity(title, in: entities)?.mentions.contains { $0.kind == "group" && $0.text == "De twee leiders" } == true)
        }
    }

    @Test func unknownPeopleAreOneNILEntityWithTheirShortForm() throws {
        let entities = try link("[Jan Peeters]PER uit [Moskou]LOC zag het . Volgens [Peeters]PER was het koud .")
        let peeters = try #require(entities.first { $0.name == "Jan Peeters" })
        #expect(peeters.kb == nil && peeters.title == nil)
        #expect(peeters.mentions.map(\.text) == ["Jan Peeters", "Peeters"])
    }

    @Test func surnameParticlesTheTaggerLeftOutJoinTheName() throws {
        let entities = try link("Het publiek juichte voor Van der [Voort]PER . Ook Van [der Voort]MISC zelf juichte .")
        let voort = try #require(entities.first { $0.name == "Van der Voort" })
        #expect(voort.type == "PER")
        #expect(voort.mentions.map(\.text) == ["Van der Voort", "Van der Voort"])
        // A capitalised particle, lowercase particles and one capitalised word make a surname whatever the tagger's type.
        let meulen = try link("Het team van [Van der Meulen]MISC verloor .").first
        #expect(meulen?.name == "Van der Meulen" && meulen?.type == "PER")
        // A lowercase particle alone opens no surname.
        #expect(try link("Het lied van [Voort]PER klonk .").first?.name == "Voort")
    }

    @Test func capitalsAndBuildingsStandForTheirGovernment() throws {
        let entities = try link("[Moskou]LOC reageerde . Ook [het Kremlin]ORG zweeg , en [Peking]LOC .")
        #expect(entity("Moscow", in: entities)?.government == "RU")
        #expect(entity("Moscow Kremlin", in: entities)?.government == "RU")
        #expect(entity("Beijing", in: entities)?.government == "CN")
    }

    @Test func namesTheTaggerCutUpAreJoinedWhenTheyFormALabel() throws {
        let entities = try link("[Ursula]PER von der [Leyen]MISC sprak met [Poetin]PER .")
        let leyen = try #require(entity("Ursula von der Leyen", in: entities))
        #expect(leyen.mentions.map(\.text) == ["Ursula von der Leyen"])
        #expect(leyen.type == "PER")
        // Two names that are no label together stay two.
        #expect(try link("[Poetin]PER en [Xi]PER spraken .").count == 2)
    }

    @Test func aKnownPersonAfterAnOfficeIsFoundWhenTheTaggerMissedHim() throws {
        let entities = try link("Ook minister van Buitenlandse Zaken Lavrov was erbij .")
        #expect(entity("Sergey Lavrov", in: entities)?.mentions.map(\.text) == ["Lavrov"])
        // An unknown capitalised word there is left alone.
        #expect(try link("Ook minister van Buitenlandse Zaken Jansen was erbij .").isEmpty)
    }

    @Test func aMalformedFileIsNamedWithItsLine() throws {
        let bundle = try SmallKnowledgeBase.bundle(replacing: [
            "knowledge/entities/people.tsv": SmallKnowledgeBase.header + "Q7747\tPER\tRU\t5\tVladimir Putin\n"
        ])
        #expect(throws: ResourceError(file: "knowledge/entities/people.tsv", line: 4, message: "expected 9 fields, found 5")) {
            _ = try KnowledgeBase(bundle: bundle)
        }
    }

    @Test func aRoleOfAnUnknownPersonIsAnError() throws {
        let bundle = try SmallKnowledgeBase.bundle(replacing: [
            "knowledge/roles/people.tsv": SmallKnowledgeBase.header + "Nobody\thead-of-state\tRU\t2000\t-\t-\t-\t-\n"
        ])
        #expect(throws: ResourceError.self) { _ = try KnowledgeBase(bundle: bundle) }
    }
}
