import ArgumentParser

/// Options every perceptron-trained syntax model shares: iterations, pruning, seed, name and output.
struct ModelOptions: ParsableArguments {
    @Option(help: "Training iterations (default: the component's own).")
    var iterations: Int?

    @Option(help: "Drop averaged weights smaller than this in magnitude (smaller, faster models).")
    var prune: Float = 0.001

    @Option(help: "Seed of the shuffling.")
    var seed: UInt64 = 1

    @Option(help: "Model name (with version) recorded in the file (default: the component's own).")
    var name: String?

    @Option(help: "Language of the model.")
    var language = "nl"

    @Option(help: "Where to write the model (omit to only report tuning scores).")
    var out: String?

    func validate() throws {
        if let iterations, !(1...1000).contains(iterations) { throw ValidationError("--iterations must lie between 1 and 1000") }
        guard prune.isFinite, prune >= 0 else { throw ValidationError("--prune must be a number of at least 0") }
    }

    /// The settings recorded in the model header.
    func settings(iterations: Int) -> [String: String] {
        ["iterations": String(iterations), "seed": String(seed), "prune": String(prune)]
    }
}
