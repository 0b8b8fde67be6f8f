import DuidingCore
@testable import DuidingSyntax
import Testing

@Suite("Tree conversion and punctuation attachment")
struct TreeConversionTests {
    static func heads(_ forms: String, _ heads: [Int], punctuation: Set<Int>) -> [Int] {
        let words = forms.split(separator: " ").map(String.init)
        var result = heads
        PunctuationAttachment.attach(
            forms: words, isPunctuation: words.indices.map { punctuation.contains($0 + 1) }, heads: &result)
        return result
    }

    @Test func commasGoWithTheLowerNeighbouringPhrase() {
        // Jan , de buurman , komt morgen . — the apposition's commas: the first opens it (goes with
        // `buurman`), the second closes the subject (goes with `Jan`), the full stop with the verb.
        let result = Self.heads("Jan , de buurman , komt morgen .", [6, -1, 4, 1, -1, 0, 6, -1], punctuation: [2, 5, 8])
        #expect(result == [6, 4, 4, 1, 1, 0, 6, 6])
    }

    @Test func commaBeforeAConjunctGoesWithIt() {
        // appels , peren en kersen — conjuncts attach to the first one.
        let result = Self.heads("appels , peren en kersen", [0, -1, 1, 5, 1], punctuation: [2])
        #expect(result[1] == 3)
    }

    @Test func bracketsAndQuotesGoWithTheEnclosedPhrase() {
        // Hij won ( met 3 - 1 ) « eindelijk » .
        let forms = "Hij won ( met 3 - 1 ) « eindelijk » ."
        let result = Self.heads(forms, [2, 0, -1, 5, 2, 5, 5, -1, -1, 2, -1, -1], punctuation: [3, 8, 9, 11, 12])
        #expect(result[2] == 5 && result[7] == 5)
        #expect(result[8] == 10 && result[10] == 10)
        #expect(result[11] == 2)
    }

    @Test func pairsOfMarks() {
        let forms = ["(", "a", "\"", "b", "\"", ")", "«", "c"]
        let pairs = PunctuationAttachment.pairs(forms: forms, isPunctuation: forms.map { $0.count == 1 && !$0.first!.isLetter })
        #expect(pairs.map { [$0.0, $0.1] } == [[2, 4], [0, 5]])
    }

    static func sentence(_ rows: [(String, String, String, Int, String)]) -> CoNLLUSentence {
        CoNLLUSentence(
            comments: [],
            rows: rows.enumerated().map { index, row in
                CoNLLURow(
                    id: String(index + 1), form: row.0, lemma: row.1, upos: row.2, xpos: "_", feats: "_",
                    head: String(row.3), deprel: row.4, deps: "_", misc: "_")
            })
    }

    @Test func coordinationAndFunctionWordsFollowTheCurrentGuidelines() {
        // Old: `cc` on the first conjunct; `worden` a copula. Current: `cc` on the next conjunct and
        // `worden` a verb with an `xcomp` (the current treebank only knows `zijn` as copula).
        let old = Self.sentence([
            ("Hij", "hij", "PRON", 3, "nsubj"), ("werd", "worden", "AUX", 3, "cop"), ("ziek", "ziek", "ADJ", 0, "root"),
            ("en", "en", "CCONJ", 3, "cc"), ("bleef", "blijven", "VERB", 3, "conj"), (".", ".", "PUNCT", 3, "punct"),
        ])
        let current = Self.sentence([
            ("Hij", "hij", "PRON", 2, "nsubj"), ("werd", "worden", "VERB", 0, "root"), ("ziek", "ziek", "ADJ", 2, "xcomp"),
            ("en", "en", "CCONJ", 5, "cc"), ("bleef", "blijven", "VERB", 2, "conj"), (".", ".", "PUNCT", 2, "punct"),
        ])
        let copula = Self.sentence([
            ("Zij", "zij", "PRON", 3, "nsubj"), ("is", "zijn", "AUX", 3, "cop"), ("ziek", "ziek", "ADJ", 0, "root"),
        ])
        let converter = TreeConverter(pairs: [(old, current)], current: [current, copula], minimumCount: 1)
        let converted = converter.convert(old)
        #expect(converted.words.map(\.head) == ["2", "0", "2", "5", "2", "2"])
        #expect(converted.words.map(\.deprel) == ["nsubj", "root", "xcomp", "cc", "conj", "punct"])
        // A copula the current treebank has stays one.
        #expect(converter.convert(copula).words.map(\.head) == ["3", "3", "0"])
    }

    @Test func dynamicOracleRebuildsTheGoldTree() {
        // Following only zero-cost moves from the start must build the gold tree exactly.
        let trees: [[Int]] = [[0, 2, 3, 0, 3], [0, 2, 0, 4, 2, 2], [0, 0, 1, 1, 3, 3, 1], [0, 3, 3, 4, 0, 4, 5, 4]]
        for gold in trees {
            let count = gold.count - 1
            var state = ParserState(count: count)
            var onStack = [Bool](repeating: false, count: gold.count)
            onStack[0] = true
            var steps = 0
            while !state.isTerminal, steps < 4 * count {
                let costs = state.costs(goldHeads: gold, onStack: onStack)
                if costs.shift == 0 && !(costs.left == 0 || costs.right == 0) {
                    onStack[state.next] = true
                    state.apply(.shift)
                } else {
                    #expect(costs.left == 0 || costs.right == 0)
                    onStack[state.stack[state.stack.count - 1]] = false
                    state.apply(costs.left == 0 ? .left(0) : .right(0))
                }
                steps += 1
            }
            #expect(Array(state.heads.dropFirst()) == Array(gold.dropFirst()))
        }
    }
}
