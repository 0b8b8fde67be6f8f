public import DuidingCore

/// A layer of an analysis that a component reads or writes.
public enum Annotation: String, Sendable, CaseIterable, Comparable {
    case text, blocks, metadata, language, tokens, sentences
    case upos, xpos, feats, lemma, dependencies, ner, entities, times, quotes, claims, events

    public static func < (lhs: Annotation, rhs: Annotation) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One step of the pipeline: it reads what it `requires` and writes what it `assigns`.
///
/// Annotating is synchronous and pure in the component's loaded state, which is immutable.
public protocol Component: Sendable {
    /// Registry name with version (`segmenter.v1`).
    var name: String { get }
    var requires: Set<Annotation> { get }
    var assigns: Set<Annotation> { get }
    func annotate(_ analysis: inout Analysis)
}

/// Components in order, checked when built: each one's requirements are met by what is given or by
/// a component before it.
public struct Pipeline: Sendable {
    public let components: [any Component]

    public init(_ components: [any Component], given: Set<Annotation>) throws(PipelineError) {
        var available = given
        for component in components {
            let missing = component.requires.subtracting(available)
            guard missing.isEmpty else {
                throw PipelineError.missingRequirement(component: component.name, missing: missing.sorted().map(\.rawValue))
            }
            available.formUnion(component.assigns)
        }
        self.components = components
    }

    public func run(_ analysis: inout Analysis) {
        for component in components {
            component.annotate(&analysis)
        }
    }

    /// Runs the components, adding the seconds each one took to `seconds[component.name]`.
    public func run(_ analysis: inout Analysis, seconds: inout [String: Double]) {
        let clock = ContinuousClock()
        for component in components {
            let elapsed = clock.measure { component.annotate(&analysis) }
            let (whole, fraction) = elapsed.components
            seconds[component.name, default: 0] += Double(whole) + Double(fraction) * 1e-18
        }
    }
}

/// Why an analysis could not be made.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingRequirement(component: String, missing: [String])
    case unsupportedLanguage(String, supported: [String])
    case invalidInput(String)

    public var description: String {
        switch self {
        case .missingRequirement(let component, let missing):
            "pipeline misconfigured: \(component) needs \(missing.joined(separator: ", ")), which no component before it assigns"
        case .unsupportedLanguage(let language, let supported):
            "language \"\(language)\" is not supported; supported: \(supported.joined(separator: ", "))"
        case .invalidInput(let message):
            message
        }
    }
}
