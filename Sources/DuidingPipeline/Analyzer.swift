public import DuidingCore
public import DuidingReader
public import DuidingResources
import DuidingLearning
public import DuidingEntities
public import DuidingSyntax
public import DuidingText
import DuidingTime
import DuidingStatements
import DuidingEvents
public import DuidingKnowledge
public import Foundation

/// Options of one analysis. The clock is injected: `now` is used only when neither a reference time
/// nor a full publication time is known.
public struct AnalyzeOptions: Sendable {
    /// ISO 639-1 code; `nil` identifies the language from the text.
    public var language: String?
    public var referenceTime: Date?
    /// A reference time as written (ISO 8601); without an offset it is read in the source's time zone.
    public var referenceText: String?
    /// IANA time zone of the source; `nil` uses the language's default.
    public var timeZone: TimeZone?
    public var now: Date

    public init(
        language: String? = nil, referenceTime: Date? = nil, referenceText: String? = nil, timeZone: TimeZone? = nil,
        now: Date
    ) {
        self.language = language
        self.referenceTime = referenceTime
        self.referenceText = referenceText
        self.timeZone = timeZone
        self.now = now
    }
}

extension AnalyzeOptions {
    /// The reference moment: the given date, or the written one read in `zone` when it has no offset.
    func reference(in zone: TimeZone) -> Date? {
        referenceTime ?? referenceText.flatMap { ISOTime.parse($0, timeZone: zone) }
    }
}

/// Turns text into an ``Analysis``: identify the language, read the article, run the pipeline.
///
/// ```
/// text ─► LanguageIdentifier ─► ArticleReader (blocks, metadata) ─► Pipeline [SegmentationComponent, …] ─► Analysis
/// CoNLL-U ─► tokens and sentences kept ─► Pipeline [components after segmentation] ─► Analysis
/// ```
/// Loaded once, immutable and `Sendable`: one analyzer serves many threads.
public struct Analyzer: Sendable {
    public let identifier: LanguageIdentifier
    public let languages: [String: LanguageSetup]
    /// The knowledge base the linker uses, when one is shipped.
    public let knowledgeBase: KnowledgeBase?
    /// The language assumed when the text gives nothing to identify it by (only punctuation or numbers).
    public let defaultLanguage: String

    /// Everything loaded for one language.
    public struct LanguageSetup: Sendable {
        public let reader: ArticleReader
        public let pipeline: Pipeline
        public let postSegmentation: Pipeline
        public let timeZone: TimeZone
        /// Component → model name, for ``EngineInfo``.
        public let models: [String: String]
    }

    /// The model file of a component for a language in `models/`, named `<lang>-…-<component>-<version>.model`.
    static func modelData(language: String, component: String, bundle: ResourceBundle) throws(ResourceError) -> (String, Data)? {
        guard let file = bundle.files(under: "models").first(where: {
            let name = $0.split(separator: "/").last.map(String.init) ?? $0
            return name.hasPrefix(language + "-") && name.contains("-\(component)-") && name.hasSuffix(".model")
        }) else { return nil }
        return (file, try bundle.data(file))
    }

    /// The parser shipped for a language, if any.
    public static func shippedParser(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) -> Parser? {
        let rule = try temporalPhrases(language: language, bundle: bundle)
        let clauses = try asyndeticClauses(language: language, bundle: bundle)
        return try load(language: language, component: "parser", bundle: bundle, Parser.init(data:))?.with(temporalPhrases: rule)
            .with(asyndeticClauses: clauses)
    }

    /// The entity tagger shipped for a language, if any.
    public static func shippedEntityTagger(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) -> EntityTagger? {
        try load(language: language, component: "ner", bundle: bundle, EntityTagger.init(data:))
    }

    /// Loads a model with `make`, naming the file in any error.
    static func load<Model>(
        language: String, component: String, bundle: ResourceBundle, _ make: (Data) throws -> Model
    ) throws(ResourceError) -> Model? {
        guard let (file, data) = try modelData(language: language, component: component, bundle: bundle) else { return nil }
        do {
            return try make(data)
        } catch {
            throw ResourceError(file: file, line: 0, message: "\(error)")
        }
    }

    /// The settings of a `<lang>/syntax/` file of `name TAB value` lines; nil when the language has no such file or
    /// it has no settings.
    static func syntaxSettings(_ file: String, language: String, bundle: ResourceBundle) throws(ResourceError) -> [String: String]? {
        let name = "\(language)/syntax/\(file)"
        guard bundle.files(under: "\(language)/syntax").contains(name) else { return nil }
        let resource = try bundle.file(name)
        var settings: [String: String] = [:]
        for line in resource.lines {
            let fields = line.fields
            guard fields.count == 2 else { throw resource.error(line, "expected name TAB value") }
            settings[fields[0]] = fields[1]
        }
        return settings.isEmpty ? nil : settings
    }

    /// The particle-verb lemma rule of a language, when its `<lang>/syntax/particle-verbs.txt` has one.
    static func particleVerbs(language: String, bundle: ResourceBundle) throws(ResourceError) -> ParticleVerbs? {
        guard let settings = try syntaxSettings("particle-verbs.txt", language: language, bundle: bundle) else { return nil }
        guard let relation = settings["relation"], let tag = settings["particle-upos"], let joiner = settings["joiner"] else {
            throw ResourceError(file: "\(language)/syntax/particle-verbs.txt", line: 0, message: "needs relation, particle-upos and joiner")
        }
        let notParticles = Set((settings["not-particles"] ?? "").split(separator: " ").map { $0.lowercased() })
        return ParticleVerbs(relation: relation, particleTag: tag, joiner: joiner, notParticles: notParticles)
    }

    /// The repair of clauses joined by a comma alone, when the language's `<lang>/syntax/asyndetic-clauses.txt` has one.
    static func asyndeticClauses(language: String, bundle: ResourceBundle) throws(ResourceError) -> AsyndeticClauses? {
        guard let settings = try syntaxSettings("asyndetic-clauses.txt", language: language, bundle: bundle) else { return nil }
        guard let relation = settings["relation"], let heads = settings["bare-infinitive-heads"] else {
            throw ResourceError(file: "\(language)/syntax/asyndetic-clauses.txt", line: 0, message: "needs relation and bare-infinitive-heads")
        }
        return AsyndeticClauses(relation: relation, bareInfinitiveHeads: Set(heads.split(separator: " ").map { $0.lowercased() }))
    }

    /// The repair of bare phrases of time of a language, when its `<lang>/syntax/temporal-phrases.txt` has one; the
    /// days are the first names of its `<lang>/calendar/weekdays.txt`.
    static func temporalPhrases(language: String, bundle: ResourceBundle) throws(ResourceError) -> TemporalPhrases? {
        let name = "\(language)/syntax/temporal-phrases.txt"
        guard let settings = try syntaxSettings("temporal-phrases.txt", language: language, bundle: bundle) else { return nil }
        guard let relation = settings["relation"], let nouns = settings["nouns"], let determiners = settings["determiners"] else {
            throw ResourceError(file: name, line: 0, message: "needs relation, nouns and determiners")
        }
        func words(_ value: String?) -> [String] { (value ?? "").split(separator: " ").map { $0.lowercased() } }
        let weekdays = try bundle.file("\(language)/calendar/weekdays.txt")
        let days = Set(weekdays.lines.compactMap { $0.fields.dropFirst().first?.lowercased() })
        return TemporalPhrases(
            relation: relation, days: days, dayParts: words(settings["day-parts"]), nouns: Set(words(nouns)),
            determiners: Set(words(determiners)), ownPrepositions: Set(words(settings["own-prepositions"])))
    }

    /// The acronym rule of a language, when its `<lang>/syntax/acronyms.txt` has one.
    static func acronyms(language: String, bundle: ResourceBundle) throws(ResourceError) -> Acronyms? {
        guard let settings = try syntaxSettings("acronyms.txt", language: language, bundle: bundle) else { return nil }
        guard let upos = settings["upos"], let never = settings["never"] else {
            throw ResourceError(file: "\(language)/syntax/acronyms.txt", line: 0, message: "needs upos and never")
        }
        return Acronyms(upos: upos, never: Set(never.split(separator: " ").map(String.init)))
    }

    /// The apostrophe words of a language (`'s`, `'t`), from its tokenizer's `elisions.txt`.
    static func elisions(language: String, bundle: ResourceBundle) throws(ResourceError) -> [String] {
        let name = "\(language)/tokenizer/elisions.txt"
        guard bundle.files(under: "\(language)/tokenizer").contains(name) else { return [] }
        return try bundle.file(name).lines.map { $0.fields[0] }
    }

    /// The knowledge base shipped in `knowledge/`, if the bundle has one.
    public static func shippedKnowledgeBase(bundle: ResourceBundle = .shipped) throws(ResourceError) -> KnowledgeBase? {
        guard bundle.files(under: "knowledge").contains("knowledge/countries.tsv") else { return nil }
        return try KnowledgeBase(bundle: bundle)
    }

    /// Loads everything shipped in `bundle`; `knowledge` adds folders of entities and roles (`entities/*.tsv`,
    /// `roles/*.tsv`, as `duiding kb import` writes them) to the shipped knowledge base.
    public init(bundle: ResourceBundle = .shipped, defaultLanguage: String = "nl", knowledge extra: [ResourceBundle] = [])
        throws(ResourceError)
    {
        // The knowledge base loads on another core while the models load on this one; it is waited for only once
        // they are in.
        let loading = BackgroundLoad { () throws(ResourceError) -> KnowledgeBase? in
            var knowledge = try Self.shippedKnowledgeBase(bundle: bundle)
            for folder in extra { try knowledge?.add(bundle: folder) }
            return knowledge
        }
        identifier = try LanguageIdentifier.shipped(bundle: bundle)
        var loaded: [String: Models] = [:]
        for language in identifier.model.languages where bundle.languages.contains(language) {
            loaded[language] = try Models(language: language, bundle: bundle)
        }
        var languages: [String: LanguageSetup] = [:]
        let knowledge = try loading.wait()
        var references: [String: ReferenceWords] = [:]
        for language in identifier.model.languages where bundle.languages.contains(language) {
            references[language] = try ReferenceWords(language: language, bundle: bundle)
        }
        let linker = knowledge.map { Linker(kb: $0, words: references) }
        let codebook: EventCodebook? = bundle.files(under: "common/events").contains("common/events/cameo.tsv") ? try EventCodebook(bundle: bundle) : nil
        knowledgeBase = knowledge
        for language in identifier.model.languages where bundle.languages.contains(language) {
            let resources = try ReaderResources(language: language, bundle: bundle)
            guard let zone = TimeZone(identifier: resources.timeZone) else {
                throw ResourceError(file: "\(language)/reader/defaults.txt", line: 0, message: "unknown time zone \(resources.timeZone)")
            }
            let segmenter = try Segmenter(language: language, bundle: bundle)
            var models: [String: String] = [:]
            var later: [any Component] = []
            let model = loaded[language]
            if let tagger = model?.tagger {
                later.append(TaggingComponent(tagger: tagger, acronyms: try Self.acronyms(language: language, bundle: bundle)))
                models["tagger"] = tagger.name
                if let lemmatizer = model?.lemmatizer {
                    later.append(LemmatizationComponent(lemmatizer: lemmatizer))
                    models["lemmatizer"] = lemmatizer.name
                }
                if let parser = model?.parser {
                    later.append(ParsingComponent(parser: parser))
                    models["parser"] = parser.name
                    if models["lemmatizer"] != nil, let rule = try Self.particleVerbs(language: language, bundle: bundle) {
                        later.append(ParticleVerbComponent(rule: rule))
                    }
                }
            }
            if let entities = model?.entities {
                later.append(EntityComponent(tagger: entities))
                models["ner"] = entities.name
                if let linker {
                    later.append(LinkingComponent(linker: linker))
                }
            }
            if let grammar = try TimeGrammar.load(language: language, bundle: bundle) {
                later.append(TimeComponent(tagger: TimeTagger(grammar: grammar)))
            }
            // Quotes read the parse and the linked entities.
            if models["parser"] != nil, models["ner"] != nil, let speech = try SpeechWords(language: language, bundle: bundle) {
                let marks = try QuoteMarks(bundle: bundle, elisions: try Self.elisions(language: language, bundle: bundle))
                later.append(QuoteComponent(finder: QuoteFinder(marks: marks, words: speech)))
                if later.contains(where: { $0.assigns.contains(.times) }), let quantities = try Quantities(language: language, bundle: bundle) {
                    later.append(ClaimComponent(finder: ClaimFinder(quantities: quantities, speech: speech)))
                }
                if later.contains(where: { $0.assigns.contains(.times) }), let knowledge, let codebook,
                    let patterns = try EventPatterns(language: language, bundle: bundle, codebook: codebook)
                {
                    let coder = try EventCoder(
                        patterns: patterns, codebook: codebook, language: language, bundle: bundle,
                        actor: EventComponent.actorCodes(kb: knowledge, codebook: codebook))
                    later.append(EventComponent(coder: coder))
                }
            }
            do {
                languages[language] = LanguageSetup(
                    reader: ArticleReader(resources: resources),
                    pipeline: try Pipeline(
                        [SegmentationComponent(segmenter: segmenter)] + later, given: [.text, .blocks, .metadata, .language]),
                    postSegmentation: try Pipeline(later, given: [.text, .blocks, .tokens, .sentences, .language]),
                    timeZone: zone, models: models)
            } catch {
                throw ResourceError(file: language, line: 0, message: "\(error)")
            }
        }
        self.languages = languages
        self.defaultLanguage = languages[defaultLanguage] == nil ? languages.keys.sorted().first ?? defaultLanguage : defaultLanguage
    }

    public var supportedLanguages: [String] { languages.keys.sorted() }

    /// Analyses pasted article text.
    public func analyze(_ text: String, options: AnalyzeOptions) throws(PipelineError) -> Analysis {
        let (language, setup) = try choose(options.language, sample: text)
        let zone = options.timeZone ?? setup.timeZone
        let reference = options.reference(in: zone)
        let article = setup.reader.read(text, context: ReadingContext(reference: reference ?? options.now, timeZone: zone))
        var analysis = Analysis(
            engine: engineInfo(setup),
            language: language,
            referenceTime: referenceTime(reference, now: options.now, published: article.metadata.published, timeZone: zone),
            metadata: article.metadata,
            text: article.text,
            blocks: article.blocks)
        setup.pipeline.run(&analysis)
        return analysis
    }

    /// Analyses pre-tokenised CoNLL-U, keeping its tokens and sentence boundaries.
    public func analyze(conllu document: CoNLLUDocument, options: AnalyzeOptions) throws(PipelineError) -> Analysis {
        let sample = document.sentences.prefix(50).map { $0.comment("text") ?? $0.words.map(\.form).joined(separator: " ") }
        let (language, setup) = try choose(options.language, sample: sample.joined(separator: " "))
        var analysis = Analysis(conllu: document, language: language)
        analysis.engine = engineInfo(setup)
        let zone = options.timeZone ?? setup.timeZone
        analysis.referenceTime = options.reference(in: zone).map { ISOTime.format($0, timeZone: zone) }
        if !analysis.text.isEmpty {
            analysis.blocks = [Block(kind: .paragraph, start: 0, end: analysis.text.unicodeScalars.count)]
        }
        setup.postSegmentation.run(&analysis)
        return analysis
    }

    private func choose(_ requested: String?, sample: String) throws(PipelineError) -> (String, LanguageSetup) {
        let language = requested ?? identifier.identify(sample)?.language ?? defaultLanguage
        guard let setup = languages[language] else {
            throw .unsupportedLanguage(language, supported: supportedLanguages)
        }
        return (language, setup)
    }

    private func engineInfo(_ setup: LanguageSetup) -> EngineInfo {
        EngineInfo(models: setup.models.merging(["langid": identifier.model.name]) { a, _ in a })
    }

    /// Analyses plain text without reading it as an article: no cleaning, no blocks but paragraphs
    /// separated by blank lines. For evaluation on raw treebank text, where offsets must stay as given.
    /// With `headline`, a first paragraph that reads as a title is the headline (gold sets of whole articles).
    public func analyze(plainText text: String, options: AnalyzeOptions, headline: Bool = false) throws(PipelineError) -> Analysis {
        var seconds: [String: Double] = [:]
        return try analyze(plainText: text, options: options, seconds: &seconds, headline: headline)
    }

    /// As `analyze(plainText:options:)`, adding the seconds each component took to `seconds`
    /// (keyed by component name), for benchmarks.
    public func analyze(plainText text: String, options: AnalyzeOptions, seconds: inout [String: Double], headline: Bool = false)
        throws(PipelineError) -> Analysis
    {
        let (language, setup) = try choose(options.language, sample: String(text.prefix(4_000)))
        var blocks: [Block] = []
        var start = 0
        var offset = 0
        var previousNewline = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousNewline {
                if offset - 1 > start { blocks.append(Block(kind: .paragraph, start: start, end: offset - 1)) }
                start = offset + 1
            }
            previousNewline = scalar == "\n"
            offset += 1
        }
        if offset > start { blocks.append(Block(kind: .paragraph, start: start, end: offset)) }
        if headline, blocks.count > 1, let first = blocks.first,
            setup.reader.isTitle(paragraph: String(String.UnicodeScalarView(text.unicodeScalars.prefix(first.end).dropFirst(first.start))))
        {
            blocks[0].kind = .headline
        }
        var analysis = Analysis(engine: engineInfo(setup), language: language, text: text, blocks: blocks)
        let zone = options.timeZone ?? setup.timeZone
        analysis.referenceTime = options.reference(in: zone).map { ISOTime.format($0, timeZone: zone) }
        setup.pipeline.run(&analysis, seconds: &seconds)
        return analysis
    }

    /// The given reference time, else the publication time when it has a clock time, else now.
    private func referenceTime(_ reference: Date?, now: Date, published: String?, timeZone: TimeZone) -> String {
        if let reference { return ISOTime.format(reference, timeZone: timeZone) }
        if let published, published.contains("T") { return published }
        return ISOTime.format(now, timeZone: timeZone)
    }
}

/// The statistical models of one language: a lemmatizer and a parser only with a tagger, whose tags they read.
private struct Models {
    var tagger: Tagger?
    var lemmatizer: Lemmatizer?
    var parser: Parser?
    var entities: EntityTagger?

    init(language: String, bundle: ResourceBundle) throws(ResourceError) {
        tagger = try Analyzer.load(language: language, component: "tagger", bundle: bundle, Tagger.init(data:))
        if tagger != nil {
            let forms = try Analyzer.syntaxSettings("verb-forms.txt", language: language, bundle: bundle) ?? [:]
            lemmatizer = try Analyzer.load(language: language, component: "lemmatizer", bundle: bundle, Lemmatizer.init(data:))?
                .with(verbForms: Dictionary(forms.map { ($0.key.lowercased(), $0.value) }) { a, _ in a })
            parser = try Analyzer.shippedParser(language: language, bundle: bundle)
        }
        entities = try Analyzer.shippedEntityTagger(language: language, bundle: bundle)
    }
}

/// A value loaded on a background thread: started at init, collected by `wait()`.
private final class BackgroundLoad<Value>: @unchecked Sendable {
    private var result: Result<Value, ResourceError>?
    private let done = DispatchSemaphore(value: 0)

    init(_ load: @escaping @Sendable () throws(ResourceError) -> Value) {
        Thread.detachNewThread { [self] in
            // Written before the signal, read after the wait: the semaphore orders the two.
            do throws(ResourceError) { result = .success(try load()) } catch { result = .failure(error) }
            done.signal()
        }
    }

    func wait() throws(ResourceError) -> Value {
        done.wait()
        // `result` is set before the signal.
        guard let result else { preconditionFailure("signalled without a result") }
        return try result.get()
    }
}
